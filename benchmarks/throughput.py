"""End-to-end throughput of naba (read → extract → DuckDB), with baselines measured in the same run.

    .venv/bin/python benchmarks/build_corpus.py --words 1000000 --out /tmp/naba_1m.jsonl
    .venv/bin/python benchmarks/throughput.py /tmp/naba_1m.jsonl --jobs 1,2 [--repeat 3] [--limit N]

For each ``--jobs`` value a fresh child process ingests the corpus into a new database exactly as
``naba ingest --jobs N`` does (:func:`pipeline.parallel.extract_stream`; ``Store.add`` every
``--batch-size`` articles, default 256 as in ``naba ingest``). This parent samples the memory
of that process tree every 0.2 s: the proportional set sizes of main, forkserver and workers,
summed (pages the workers share with the forkserver that loaded the pipeline count once) and reads its CPU time when it
ends. The 1-job run also times every stage in CPU seconds (wrappers around the stage functions: a
few microseconds per article against ~100 ms of work). Before the runs, two baselines tokenise the
same texts in this process: spaCy's bare Arabic tokenizer (``spacy.blank("ar")``) and camel-tools'
``simple_word_tokenize``. Words are counted as naba counts them (``articles.n_words``,
:func:`pipeline.normalize.count_words`: camel-tools tokens, punctuation not counted).

Printed: words/s (wall, startup included) and words per CPU-second (all processes) for each run;
the ratio of N jobs to 1 job; the CPU time of each stage; the baselines and naba's cost as a
multiple of each; peak memory; the database load rate of every run (rows of every table per
CPU-second and per wall second of the whole ``Store.add`` step; for 1 job, how that splits into
row building, the entity merge's look-ups, and the rest). With ``--repeat R`` every run is repeated R
times and medians are printed. The machine may be shared: compare ratios measured in one
invocation, and prefer the CPU-second figures, which other work on the machine disturbs least.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# ---------------------------------------------------------------- memory of a process tree

def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out.extend(int(c) for c in f.read().split())
    except OSError:
        pass
    return out


def _memory(pid: int) -> int:
    """The proportional set size of ``pid`` (its resident pages, each page shared with other
    processes counted in proportion: workers forked from the pipeline's forkserver share the
    loaded models, and a plain sum of resident sizes would count them once per worker); the
    resident size where the kernel gives no ``smaps_rollup``."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def tree_memory(pid: int) -> int:
    """Memory of ``pid`` and all its descendants (sum of :func:`_memory`)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _memory(p)
        todo.extend(_children(p))
    return total


class PeakSampler(threading.Thread):
    """Samples :func:`tree_memory` of one process every ``interval`` seconds; ``peak`` in bytes."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak, self.peak_main = pid, interval, 0, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = max(self.peak, tree_memory(self.pid))
            self.peak_main = max(self.peak_main, _memory(self.pid))
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


# ---------------------------------------------------------------- the child: one ingest run

class StageTimer:
    """Cumulative CPU seconds per stage (process CPU time: robust to other work on a shared machine)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, module, name: str, stage: str) -> None:
        fn = getattr(module, name)

        def timed(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - t

        setattr(module, name, timed)


def _instrument(timer: StageTimer) -> None:
    """Time every stage of pipeline.run's chain (same calls, same outputs)."""
    from pipeline import canon, entities, quote_confidence, quotes, relations, run, store, values
    from pipeline.nlp import get_nlp

    nlp = get_nlp()

    def timed_nlp(text):
        t = time.process_time()
        doc = nlp.make_doc(text)
        t2 = time.process_time()
        timer.seconds["nlp: tokenizer"] += t2 - t
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            t3 = time.process_time()
            timer.seconds[f"nlp: {name}"] += t3 - t2
            t2 = t3
        return doc

    run.get_nlp = lambda *a, **k: timed_nlp
    timer.wrap(run, "spelling_view", "spelling view")
    timer.wrap(run, "sentence_spans", "sentence spans")
    timer.wrap(entities, "find_entities", "entities")
    timer.wrap(values, "extract_values", "values (dates, amounts)")
    timer.wrap(quotes, "extract_quotes", "quotes")
    timer.wrap(quote_confidence, "calibrate", "quote confidence")
    timer.wrap(relations, "find_relations", "relations")
    timer.wrap(canon, "canonicalize", "canon")
    timer.wrap(run, "_assemble", "assemble (pydantic)")
    timer.wrap(run, "extract_article", "extract (all)")
    timer.wrap(store, "record_columns", "store: rows")
    timer.wrap(store.Store, "_merge_keys", "store: entity merge (+ rows)")


def _stop_forkserver() -> None:
    """Stop and wait for the forkserver the workers were forked from (if any): it has reaped the
    workers, so their CPU time reaches this process's children's, and the parent's
    ``RUSAGE_CHILDREN`` then counts every process of the run."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is not None and getattr(server, "_forkserver_pid", None) and hasattr(server, "_stop"):
        server._stop()


def child_main(args: argparse.Namespace) -> None:
    # The clock starts before naba is imported: with one job the imports happen in this process
    # (here, or in _instrument), with several in the forkserver, and both runs must count them.
    t_start = time.perf_counter()
    from pipeline import parallel, read, store

    timer = StageTimer()
    if args.stages:
        _instrument(timer)
    words = articles = failures = 0
    rows: dict[str, int] = defaultdict(int)
    rows_first: dict[str, int] = {}

    def timed_inputs():
        it = iter(read.iter_inputs([args.corpus]))
        n = 0
        while True:
            t = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                timer.seconds["read"] += time.process_time() - t
                return
            timer.seconds["read"] += time.process_time() - t
            n += 1
            if args.limit and n > args.limit:
                return
            yield item

    with store.Store(args.db) as st:
        batch = []

        def flush():
            if batch:
                t, c, th = time.perf_counter(), time.process_time(), time.thread_time()
                st.add(batch)
                timer.seconds["store (Store.add)"] += time.process_time() - c
                timer.seconds["store wall"] += time.perf_counter() - t
                timer.seconds["store thread"] += time.thread_time() - th
                if "store first batch" not in timer.seconds:
                    timer.seconds["store first batch"] = time.process_time() - c
                    rows_first.update(st.counts())
                batch.clear()

        first = None
        main_extracts = {"auto": None, "yes": True, "no": False}[args.main_extracts]
        for item in parallel.extract_stream(timed_inputs(), jobs=args.jobs, main_extracts=main_extracts):
            if first is None:
                first = (time.perf_counter() - t_start, time.process_time())
            if isinstance(item, parallel.Failure):
                failures += 1
                continue
            articles += 1
            batch.append(item)
            if len(batch) >= args.batch_size:
                flush()
        flush()
        for t, n in st.counts().items():
            rows[t] = n
        words = st.con.execute("SELECT coalesce(sum(n_words), 0) FROM articles").fetchone()[0]
    wall = time.perf_counter() - t_start
    _stop_forkserver()
    print(json.dumps({"jobs": args.jobs, "wall": wall, "startup_wall": first[0] if first else 0, "words": words, "articles": articles, "failures": failures, "rows": rows, "rows_first": sum(rows_first.values()), "stages": timer.seconds}))


# ---------------------------------------------------------------- the parent

def run_child(corpus: str, jobs: int, stages: bool, limit: int, workdir: str, batch_size: int = 256, main_extracts: str = "auto") -> dict:
    db = tempfile.mktemp(suffix=".duckdb", dir=workdir)
    cmd = [sys.executable, __file__, corpus, "--child", "--jobs", str(jobs), "--db", db, "--limit", str(limit), "--batch-size", str(batch_size),
           "--main-extracts", main_extracts]
    if stages:
        cmd.append("--stages")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    sampler = PeakSampler(proc.pid)
    sampler.start()
    stdout, _ = proc.communicate()
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"child run failed ({proc.returncode}): {' '.join(cmd)}")
    res = json.loads(stdout.strip().splitlines()[-1])
    res["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    res["peak_memory"] = sampler.peak
    res["peak_main"] = sampler.peak_main
    res["db_bytes"] = os.path.getsize(db)
    for p in (db, db + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    return res


def baselines(corpus: str, limit: int) -> dict[str, float]:
    """Words per second of spaCy's bare Arabic tokenizer and camel-tools' simple_word_tokenize."""
    import spacy
    from camel_tools.tokenizers.word import simple_word_tokenize

    from pipeline.normalize import count_words

    texts = []
    with open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            texts.append(json.loads(line)["text"])
    words = sum(count_words(t) for t in texts)
    tok = spacy.blank("ar").tokenizer
    for t in texts[:20]:
        tok(t)  # warm the vocabulary a little, as a long run would be
    out = {}
    t0 = time.process_time()
    for t in texts:
        tok(t)
    out["spaCy blank('ar') tokenizer"] = words / (time.process_time() - t0)
    t0 = time.process_time()
    for t in texts:
        simple_word_tokenize(t)
    out["camel-tools simple_word_tokenize"] = words / (time.process_time() - t0)
    return out


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def parent_main(args: argparse.Namespace) -> None:
    jobs_list = [int(j) for j in args.jobs.split(",")]
    workdir = tempfile.mkdtemp(prefix="naba_bench_")
    print(f"corpus {args.corpus}  jobs {jobs_list}  repeat {args.repeat}  cores {os.cpu_count()}  load avg {os.getloadavg()[0]:.1f}")
    runs: dict[int, list[dict]] = defaultdict(list)
    base_runs: dict[str, list[float]] = defaultdict(list)
    for r in range(args.repeat):
        if not args.no_baselines:
            for k, v in baselines(args.corpus, args.limit).items():
                base_runs[k].append(v)
        for j in jobs_list:
            res = run_child(args.corpus, j, stages=(j == 1 and not args.no_stages), limit=args.limit, workdir=workdir, batch_size=args.batch_size,
                            main_extracts=args.main_extracts)
            runs[j].append(res)
            print(
                f"  run {r + 1} jobs {j}: {res['words']:,} words, {res['articles']:,} articles in {res['wall']:.1f} s → "
                f"{res['words'] / res['wall']:,.0f} words/s; {res['words'] / res['cpu']:,.0f} words/CPU-s; peak {_mb(res['peak_memory'])} (main process {_mb(res['peak_main'])})",
                flush=True,
            )
        if len(jobs_list) > 1:
            one = runs[jobs_list[0]][-1]
            for j in jobs_list[1:]:
                other = runs[j][-1]
                print(f"  run {r + 1}: {j} jobs / {jobs_list[0]} job = {(other['words'] / other['wall']) / (one['words'] / one['wall']):.2f}×")

    med = statistics.median
    print("\n== end to end (read → extract → DuckDB), medians of", args.repeat, "run(s)")
    wps = {j: med([x["words"] / x["wall"] for x in rs]) for j, rs in runs.items()}
    wpc = {j: med([x["words"] / x["cpu"] for x in rs]) for j, rs in runs.items()}
    for j, rs in runs.items():
        print(
            f"jobs {j}: {wps[j]:,.0f} words/s wall ({wps[j] / j:,.0f} per job; startup {med([x['startup_wall'] for x in rs]):.1f} s included), "
            f"{wpc[j]:,.0f} words per CPU-second (all processes); peak memory {_mb(med([x['peak_memory'] for x in rs]))} "
            f"(max {_mb(max(x['peak_memory'] for x in rs))}); {rs[0]['failures']} failed articles"
        )
    if len(jobs_list) > 1:
        ratios = [
            (runs[j][i]["words"] / runs[j][i]["wall"]) / (runs[jobs_list[0]][i]["words"] / runs[jobs_list[0]][i]["wall"])
            for j in jobs_list[1:]
            for i in range(args.repeat)
        ]
        print(f"speed-up {jobs_list[-1]} jobs vs {jobs_list[0]} (wall, same invocation): median {med(ratios):.2f}× (per run: {', '.join(f'{x:.2f}' for x in ratios)}); "
              f"CPU efficiency {wpc[jobs_list[-1]] / wpc[jobs_list[0]]:.2f} (words per CPU-second, {jobs_list[-1]} jobs / {jobs_list[0]})")

    staged = [x for x in runs.get(1, []) if x["stages"]]
    if staged:
        print("\n== stages (1 job): CPU seconds per 100k words, share of the run's CPU time")
        st = defaultdict(list)
        for x in staged:
            for k, v in x["stages"].items():
                if k not in ("store wall", "store first batch", "store thread"):
                    st[k].append(v / x["words"] * 1e5)
        cpu = med([x["cpu"] / x["words"] * 1e5 for x in staged])
        for k, v in sorted(st.items(), key=lambda kv: -med(kv[1])):
            print(f"  {k:28s} {med(v):7.2f} s  {100 * med(v) / cpu:5.1f} %")
        print(f"  {'whole run (CPU)':28s} {cpu:7.2f} s   (startup, imports and model loading are the rest)")

    print("\n== database load: rows of every table per second of the whole store step (Store.add: look-ups, entity")
    print("   merge, row building where it runs in the main process, inserts; the first batch pays pyarrow's one-time import")
    print("   of pandas), medians of", args.repeat, "run(s). CPU-s are the process's (all threads: DuckDB's, and with several")
    print("   jobs the pool's threads that unpickle results meanwhile); 'calling thread alone' leaves the other threads out.")
    for j, rs in runs.items():
        rows = sum(rs[0]["rows"].values())
        cpu_s = med([x["stages"].get("store (Store.add)", 0) for x in rs])
        wall_s = med([x["stages"].get("store wall", 0) for x in rs])
        thread_s = med([x["stages"].get("store thread", 0) for x in rs])
        where = "rows built in the main process" if j == 1 else "rows built by whichever process extracted the article"
        later_runs = [((sum(x["rows"].values()) - x["rows_first"]), x["stages"].get("store (Store.add)", 0) - x["stages"].get("store first batch", 0)) for x in rs]
        later = f"{med([n / c for n, c in later_runs]):,.0f}" if all(n and c > 0 for n, c in later_runs) else "n/a"
        print(f"jobs {j}: {rows:,} rows, {rs[0]['articles']:,} articles; Store.add {cpu_s:.2f} CPU-s, {wall_s:.2f} s wall → "
              f"{rows / cpu_s:,.0f} rows per CPU-second, {rows / wall_s:,.0f} rows per wall second ({where}); after the first batch "
              f"{later} rows per CPU-second; calling thread alone {thread_s:.2f} CPU-s → {rows / thread_s:,.0f} rows per CPU-second; database {_mb(rs[0]['db_bytes'])}")
    if staged:
        x = staged[0]
        rows = sum(x["rows"].values())
        store_s = med([y["stages"].get("store (Store.add)", 0) for y in staged])
        build_s = med([y["stages"].get("store: rows", 0) for y in staged])
        merge_s = med([y["stages"].get("store: entity merge (+ rows)", 0) - y["stages"].get("store: rows", 0) for y in staged])
        sql_s = store_s - build_s - merge_s
        print(f"   1 job, of the {store_s:.2f} CPU-s: row building (record_columns) {build_s:.2f}, entity merge look-ups {merge_s:.2f}, "
              f"the rest (article look-ups, inserts) {sql_s:.2f} → {rows / sql_s:,.0f} rows per CPU-second")
        print("   rows per table:", ", ".join(f"{k} {v:,}" for k, v in x["rows"].items()))

    if base_runs:
        print("\n== baselines on the same texts, CPU time of this process (medians), and naba's cost as a multiple")
        for k, v in base_runs.items():
            b = med(v)
            print(f"  {k:34s} {b:,.0f} words per CPU-second; naba (1 job, end to end) costs {b / wpc[jobs_list[0]]:.1f}× as much CPU per word")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="JSON Lines corpus (benchmarks/build_corpus.py).")
    ap.add_argument("--jobs", default="1,2", help="Comma-separated job counts (default 1,2).")
    ap.add_argument("--repeat", type=int, default=1, help="Repeat every run; medians are printed.")
    ap.add_argument("--limit", type=int, default=0, help="Only the first N articles.")
    ap.add_argument("--batch-size", type=int, default=256, help="Articles per Store.add transaction (naba ingest's default: 256).")
    ap.add_argument("--main-extracts", choices=("auto", "yes", "no"), default="auto",
                    help="With several jobs: the main process extracts too (N-1 workers), or only stores (N workers); auto: naba's default.")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--no-stages", action="store_true", help="Do not time stages in the 1-job run.")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--stages", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        args.jobs = int(args.jobs)
        child_main(args)
    else:
        parent_main(args)


if __name__ == "__main__":
    main()
