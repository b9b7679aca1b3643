"""naba's command line: a thin typer front over the pipeline. Only this module prints.

Library errors (pipeline.errors) become one ``Error: <file>: <reason>`` line on stderr; a run
where anything failed exits with code 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.errors import InputError, NabaError, StoreError

app = typer.Typer(
    name="naba",
    help="naba (نبأ): Arabic news articles into queryable knowledge — entities, quotes, relations, dates and amounts in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = typer.Option(None, "--db", help="DuckDB file (default: $NABA_DB or ./naba.duckdb).")
LexOption = typer.Option(None, "--lexicon", help="Extra lexicon TSV file (format: README, 'Lexicons'). Repeatable.")


def _fail(message: str) -> None:
    err.print(f"Error: {message}", markup=False)


def _query_or_exit(db_file: str, sql: str, params: Any = None) -> tuple[list[str], list[tuple]]:
    """A read-only query; a refused or failing one becomes the one-line error and exit code 1."""
    from pipeline import store

    try:
        return store.read_only_query(db_file, sql, params)
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, folders (recursive), globs, or - for stdin: .txt .md .html .json .jsonl"),
    db: Optional[str] = DbOption,
    lexicon: Optional[List[Path]] = LexOption,
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for articles that do not give one; resolves relative dates."),
    batch_size: int = typer.Option(256, "--batch-size", help="Articles per database transaction."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Extraction processes (0: one per CPU core). Results are stored in input order."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or ray (Ray Data: a local Ray, or the cluster in $RAY_ADDRESS; install naba[ray])."),
    output: Optional[Path] = typer.Option(None, "--output", help="With --engine ray: write each table as Parquet under this folder instead of the database."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read articles, extract everything, and store it in the database (one transaction per batch)."""
    from pipeline import parallel, read, store

    pub = _parse_date(published)
    lexicons = tuple(str(p) for p in lexicon or ())
    failures = added = skipped = replaced = mentions = quotes = 0
    if engine not in ("local", "ray"):
        raise typer.BadParameter(f"unknown engine {engine!r}: use local or ray", param_hint="--engine")
    if output is not None and engine != "ray":
        raise typer.BadParameter("--output needs --engine ray", param_hint="--output")
    try:
        _check_lexicons(lexicons)
        if engine == "ray":
            from pipeline import engine_ray

            if output is not None:
                summary = engine_ray.write_parquet(paths, str(output), lexicons=lexicons, published=pub, jobs=jobs)
                for message in summary.failures:
                    _fail(message)
                out.print(
                    f"{summary.articles} articles; {summary.rows.get('mentions', 0)} mentions, {summary.rows.get('quotes', 0)} quotes; "
                    f"{len(summary.failures)} failed → {output} (`naba load {output}` puts it in a database)",
                    markup=False,
                )
                if summary.failures:
                    raise typer.Exit(1)
                return
            results = engine_ray.extract_records(paths, lexicons=lexicons, published=pub, jobs=jobs)
        else:
            results = parallel.extract_stream(read.iter_inputs(paths), jobs=jobs, lexicons=lexicons, published=pub)
        db_file = store.db_path(db)
        with store.Store(db_file) as st:
            batch = []

            def flush() -> None:
                nonlocal added, skipped, replaced, mentions, quotes
                if not batch:
                    return
                res = st.add(batch)
                added += res.added
                skipped += res.skipped
                replaced += res.replaced
                batch.clear()

            with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[name]}"), TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True) as progress:
                task = progress.add_task("ingest", total=None, name="")
                for record in results:
                    if isinstance(record, parallel.Failure):
                        failures += 1
                        _fail(record.message)
                        continue
                    mentions += len(record.mentions)
                    quotes += len(record.quotes)
                    batch.append(record)
                    progress.update(task, advance=1, name=Path(record.article.source or "").name[:40])
                    if len(batch) >= batch_size:
                        flush()
                flush()
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    out.print(
        f"{added} articles added, {skipped} unchanged, {replaced} replaced; "
        f"{mentions} mentions, {quotes} quotes; {failures} failed"
        + ("" if failures else "")
        + f" → {db_file}",
        markup=False,
    )
    if failures:
        raise typer.Exit(1)


def _check_lexicons(lexicons: tuple[str, ...]) -> None:
    from pipeline import resources

    for path in lexicons:
        if not Path(path).is_file():
            raise InputError(path, "no such lexicon file")
        resources.load_lexicon_file(path)


@app.command()
def extract(
    file: str = typer.Argument(..., help="One article file (.txt .md .html .json) or - for stdin."),
    as_json: bool = typer.Option(True, "--json/--summary", help="Print the ArticleRecord as JSON (default) or a summary."),
    lexicon: Optional[List[Path]] = LexOption,
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD)."),
) -> None:
    """Extract one article and print its ArticleRecord (no database)."""
    from pipeline import read, run

    pub = _parse_date(published)
    lexicons = tuple(str(p) for p in lexicon or ())
    try:
        _check_lexicons(lexicons)
        items = list(read.iter_inputs([file]))
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    failed = False
    for item in items:
        if isinstance(item, InputError):
            _fail(str(item))
            failed = True
            continue
        if pub and not item.published:
            item = item.model_copy(update={"published": pub})
        record = run.extract_article(item, lexicons=lexicons)
        if as_json:
            out.print(record.model_dump_json(indent=2), markup=False)
        else:
            _print_summary(record)
    if failed:
        raise typer.Exit(1)


def _print_summary(record) -> None:
    from collections import Counter

    labels = Counter(m.label for m in record.mentions)
    out.print(f"{record.article.id}  {record.article.title or ''}", markup=False)
    out.print("mentions: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())), markup=False)
    out.print(f"entities {len(record.entities)}, quotes {len(record.quotes)}, relations {len(record.relations)}, dates {len(record.dates)}, amounts {len(record.amounts)}", markup=False)


def _emit(cols: list[str], rows: list[tuple], fmt: str, title: Optional[str] = None) -> None:
    if fmt == "json":
        out.print(json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=2, default=_json_default), markup=False)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(cols)
        w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(*cols, title=title, show_lines=False)
        for r in rows:
            table.add_row(*["" if v is None else str(v) for v in r])
        out.print(table)
        out.print(f"{len(rows)} rows", style="dim")


FormatOption = typer.Option("table", "--format", "-f", help="table, csv or json.")


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "csv", "json"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use table, csv or json")


@app.command()
def query(
    sql: str = typer.Argument(..., help="One read-only SQL statement; use ? or $name placeholders for --param values."),
    param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="A bound parameter: VALUE for ?, or NAME=VALUE for $NAME. Repeatable."),
    fmt: str = FormatOption,
    db: Optional[str] = DbOption,
) -> None:
    """Run read-only SQL on the database (writes, ATTACH, COPY and PRAGMA are refused)."""
    from pipeline import store

    _check_format(fmt)
    params: Any = None
    if param:
        if all("=" in p and p.split("=", 1)[0].isidentifier() for p in param):
            params = dict(p.split("=", 1) for p in param)
        else:
            params = list(param)
    cols, rows = _query_or_exit(store.db_path(db), sql, params)
    _emit(cols, rows, fmt)


@app.command()
def export(
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    jsonl: bool = typer.Option(False, "--jsonl", help="JSON Lines (one record per line) instead of a JSON array."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article id."),
    db: Optional[str] = DbOption,
) -> None:
    """Export stored ArticleRecords as a JSON array or JSON Lines (validated on the way out)."""
    from pipeline import store

    try:
        records = store.iter_records(store.db_path(db), article)
        sink = output.open("w", encoding="utf-8") if output else sys.stdout
        n = 0
        try:
            if not jsonl:
                sink.write("[")
            for rec in records:
                line = rec.model_dump_json()
                if jsonl:
                    sink.write(line + "\n")
                else:
                    sink.write(("," if n else "") + "\n" + line)
                n += 1
            if not jsonl:
                sink.write("\n]\n")
        finally:
            if output:
                sink.close()
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    except BrokenPipeError:
        raise  # the reader went away (naba export | head): click ends quietly
    except OSError as exc:
        _fail(f"{output or 'stdout'}: cannot write ({exc.strerror})")
        raise typer.Exit(1)
    if article and n == 0:
        _fail(f"{article}: no such article")
        raise typer.Exit(1)
    if output:
        err.print(f"{n} records → {output}", markup=False)


@app.command()
def load(
    files: List[Path] = typer.Argument(..., help="JSON Lines or JSON array files of ArticleRecords, as written by `naba export`; or folders of Parquet tables, as written by `naba ingest --engine ray --output`."),
    db: Optional[str] = DbOption,
    batch_size: int = typer.Option(256, "--batch-size", help="Records per database transaction (JSON files)."),
) -> None:
    """Load exported ArticleRecords, or a folder of Parquet tables, into the database without extracting again.

    JSON records are validated on the way in and stored in batches. A Parquet folder is bulk-loaded
    in one transaction, DuckDB reading the files (the entity merge of `naba ingest`, article by
    article in the folder's order: files by name, then rows); if anything in it is wrong, nothing
    of it is stored."""
    from pipeline import bulk, store
    from pipeline.export import iter_record_file

    failures = added = skipped = 0
    try:
        with store.Store(store.db_path(db)) as st:
            batch: list = []

            def tally(res: "store.AddResult") -> None:
                nonlocal added, skipped
                added, skipped = added + res.added, skipped + res.skipped

            def flush() -> None:
                if batch:
                    tally(st.add(batch))
                    batch.clear()

            for path in files:
                if bulk.is_parquet_folder(path):
                    flush()  # records read before the folder go in first
                    try:
                        tally(bulk.load_parquet(st, path))
                    except StoreError as exc:
                        failures += 1
                        _fail(str(exc))
                    continue
                for item in iter_record_file(path):
                    if isinstance(item, InputError):
                        failures += 1
                        _fail(str(item))
                        continue
                    batch.append(item)
                    if len(batch) >= batch_size:
                        flush()
            flush()
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    out.print(f"{added} records loaded, {skipped} unchanged; {failures} failed", markup=False)
    if failures:
        raise typer.Exit(1)


def _entity_keys(db_file: str, name: str) -> list[str]:
    """Stored entity keys that ``name`` (any spelling, Arabic or Latin) refers to."""
    from pipeline import canon, store

    keys = sorted(canon.query_keys(name))
    _, rows = store.read_only_query(
        db_file,
        """SELECT DISTINCT e.key FROM entities e LEFT JOIN aliases a ON a.entity_key = e.key
           WHERE list_contains($keys, e.key) OR list_contains($keys, a.alias_key) OR a.alias = $name
                 OR lower(e.latin) = lower($name) OR e.name = $name
                 OR (e.label = 'PERSON' AND ends_with(lower(e.latin), ' ' || lower($name)))  -- Zuckerberg
           ORDER BY e.key""",
        {"keys": keys, "name": name},
    )
    return [r[0] for r in rows]


@app.command()
def quotes(
    speaker: Optional[str] = typer.Option(None, "--speaker", "-s", help="Only quotes by this speaker (any spelling: زوكربيرغ, زوكربيرج, Zuckerberg)."),
    about: Optional[str] = typer.Option(None, "--about", "-a", help="Only quotes whose content names this entity (any spelling: إنفيديا, انفيديا, NVIDIA)."),
    text: Optional[str] = typer.Option(None, "--text", "-t", help="Only quotes whose content contains this text."),
    kind: Optional[str] = typer.Option(None, "--kind", help="direct, indirect or according_to."),
    since: Optional[str] = typer.Option(None, "--since", help="Only articles published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Only articles published on or before YYYY-MM-DD."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Only quotes at least this confident (0–1): the learned chance that the quote is real and its speaker right (0.8 kept 87% right on held-out newswire)."),
    evidence: bool = typer.Option(False, "--evidence", "-e", help="Add the sentence that holds the cue (the proof of who said it), the speaker as written, and the article's id."),
    fmt: str = FormatOption,
    db: Optional[str] = DbOption,
) -> None:
    """The stored quotes with speaker, role, kind, cue, confidence and article."""
    from pipeline import store

    _check_format(fmt)
    db_file = store.db_path(db)
    where, params = [], {}
    try:
        if speaker:
            params["keys"] = _entity_keys(db_file, speaker)
            where.append("list_contains($keys, q.speaker_key)")
        if about:
            # a mention of the entity inside the quote's content, in the same article
            params["about"] = _entity_keys(db_file, about)
            where.append(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id AND list_contains($about, m.entity_key)"
                " AND m.start_char >= q.content_start AND m.end_char <= q.content_end)"
            )
        if text:
            params["text"] = text
            where.append("contains(q.content, $text)")
        if kind:
            params["kind"] = kind
            where.append("q.kind = $kind")
        if since:
            params["since"] = _parse_date(since)
            where.append("a.published >= $since")
        if until:
            params["until"] = _parse_date(until)
            where.append("a.published <= $until")
        if min_confidence > 0:
            params["conf"] = min_confidence
            where.append("q.confidence >= $conf")
        sql = (
            "SELECT coalesce(e.latin, e.name) AS speaker, q.role, q.kind, q.cue, q.content, round(q.confidence, 2) AS confidence, "
            "coalesce(a.title, a.source) AS article, a.published "
            + (", q.speaker AS speaker_as_written, s.text AS sentence, q.article_id " if evidence else "")
            + "FROM quotes q LEFT JOIN entities e ON e.key = q.speaker_key JOIN articles a ON a.id = q.article_id"
            + (" JOIN sentences s ON s.key = q.sentence_key" if evidence else "")
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.published NULLS LAST, q.article_id, q.sentence, q.idx"
        )
        cols, rows = store.read_only_query(db_file, sql, params or None)
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    _emit(cols, rows, fmt)


@app.command()
def entities(
    label: Optional[str] = typer.Option(None, "--label", "-l", help="Only this label (PERSON, ORG, LOC, PRODUCT)."),
    limit: int = typer.Option(100, "--limit", help="At most this many rows (most mentioned first)."),
    fmt: str = FormatOption,
    db: Optional[str] = DbOption,
) -> None:
    """Entities with their mention counts and aliases, most mentioned first."""
    from pipeline import store

    _check_format(fmt)
    sql = """
        SELECT e.label, e.name, e.latin, e.org_type,
               (SELECT count(*) FROM mentions m WHERE m.entity_key = e.key) AS mentions,
               (SELECT string_agg(a.alias || ' (' || a.count || ')', ' | ' ORDER BY a.count DESC, a.alias)
                  FROM aliases a WHERE a.entity_key = e.key) AS aliases,
               e.key
        FROM entities e WHERE $label IS NULL OR e.label = $label
        ORDER BY mentions DESC, e.key LIMIT $limit"""
    cols, rows = _query_or_exit(store.db_path(db), sql, {"label": label.upper() if label else None, "limit": limit})
    _emit(cols, rows, fmt)


@app.command()
def entity(
    name: str = typer.Argument(..., help="Any spelling of the entity: إنفيديا, انفيديا, NVIDIA."),
    fmt: str = FormatOption,
    db: Optional[str] = DbOption,
) -> None:
    """One entity across articles: its mentions (with their sentences), quotes and relations."""
    from pipeline import store

    _check_format(fmt)
    db_file = store.db_path(db)
    try:
        keys = _entity_keys(db_file, name)
        if not keys:
            raise InputError(name, "no such entity")
        p = {"keys": keys}
        sections = {
            "entity": "SELECT key, label, name, latin, org_type, role FROM entities WHERE list_contains($keys, key) ORDER BY key",
            "mentions": """SELECT m.text AS mention, m.label, m.source, s.text AS sentence, a.id AS article
                           FROM mentions m JOIN sentences s ON s.key = m.sentence_key
                           JOIN articles a ON a.id = m.article_id
                           WHERE list_contains($keys, m.entity_key) ORDER BY a.published NULLS LAST, a.id, m.start_char""",
            "quotes": """SELECT q.kind, q.role, q.content, q.article_id AS article, a.published FROM quotes q
                         JOIN articles a ON a.id = q.article_id
                         WHERE list_contains($keys, q.speaker_key) ORDER BY a.published NULLS LAST, q.article_id, q.idx""",
            # when: the article's date, and the dates its evidence sentence states
            "relations": """SELECT coalesce(s.latin, s.name) AS subject, r.predicate, coalesce(o.latin, o.name) AS object,
                                   r.attribute, r.evidence, r.article_id AS article, a.published,
                                   (SELECT string_agg(d.text || coalesce(' (' || d.date_start || ')', ''), '; ' ORDER BY d.start_char)
                                      FROM dates d WHERE d.article_id = r.article_id AND NOT d.is_duration
                                       AND d.start_char >= r.evidence_start AND d.end_char <= r.evidence_end) AS dates_stated
                            FROM relations r JOIN entities s ON s.key = r.subject_key JOIN entities o ON o.key = r.object_key
                            JOIN articles a ON a.id = r.article_id
                            WHERE list_contains($keys, r.subject_key) OR list_contains($keys, r.object_key)
                            ORDER BY a.published NULLS LAST, r.article_id, r.predicate""",
        }
        results = {title: store.read_only_query(db_file, sql, p) for title, sql in sections.items()}
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    if fmt == "json":
        payload = {t: [dict(zip(c, r)) for r in rows] for t, (c, rows) in results.items()}
        out.print(json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default), markup=False)
        return
    for title, (cols, rows) in results.items():
        if fmt == "csv":
            out.print(f"# {title}", markup=False)
        _emit(cols, rows, fmt, title=title if fmt == "table" else None)


@app.command()
def train(
    train_file: Path = typer.Argument(..., help="CoNLL file (token TAG per line, BIO tags) — ANERcorp's train.txt."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Model folder (default: data/models/ner)."),
    dev_fraction: float = typer.Option(0.1, "--dev-fraction", help="Share of the train file held out to report development figures."),
    seed: int = typer.Option(0, "--seed", help="Random seed (training is reproducible)."),
    passages: Optional[list[Path]] = typer.Option(
        None, "--passages", help="YAML file of annotated news passages to add to the training part (repeatable; see pipeline/ner_passages.py)."
    ),
) -> None:
    """Train the statistical NER model and write it with its model card."""
    from pipeline import ner, resources

    for path in [train_file, *(passages or [])]:
        if not path.is_file():
            _fail(f"{path}: no such file or directory")
            raise typer.Exit(1)
    try:
        metrics = ner.train(train_file, out_dir or resources.model_dir("ner"), dev_fraction=dev_fraction, seed=seed, passages=passages or ())
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    out.print(json.dumps(metrics, ensure_ascii=False, indent=2, default=_json_default), markup=False)


@app.command()
def evaluate(
    conll_file: Path = typer.Argument(..., help="CoNLL file (token TAG per line, BIO tags over PERS/ORG/LOC/MISC)."),
    model_dir: Optional[Path] = typer.Option(None, "--model", help="Model folder (default: the shipped data/models/ner)."),
) -> None:
    """Precision, recall and F1 per label and micro (exact span match), and words per second."""
    from pipeline import ner

    if not conll_file.is_file():
        _fail(f"{conll_file}: no such file or directory")
        raise typer.Exit(1)
    try:
        report = ner.evaluate(conll_file, model_dir)
    except NabaError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    out.print(ner.format_report(report), markup=False)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
