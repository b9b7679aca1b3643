"""Killing an ingest mid-way leaves a consistent database; running it again completes it."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline import store

NABA = [sys.executable, "-m", "pipeline.cli"]

SENTENCES = [
    "أعلنت شركة أرامكو السعودية عن أرباح بلغت {n} مليار دولار في الربع الثالث.",
    "وقال الرئيس التنفيذي أمين الناصر إن الطلب على النفط سيبقى قويا.",
    "ووقعت شركة نوفا للحلول الرقمية اتفاقية شراكة مع مايكروسوفت لنشر منصة Azure.",
    "وأضاف أن الاستثمارات ستصل إلى {n} في المائة من الميزانية بحلول عام 2027.",
]


def _corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = f"خبر رقم {i}\n" + "\n".join(s.format(n=i % 97 + 1) for s in SENTENCES)
            f.write(json.dumps({"text": text, "title": f"خبر رقم {i}", "published": "2026-01-15"}, ensure_ascii=False) + "\n")


def _consistent(db: str) -> int:
    q = lambda sql: store.read_only_query(db, sql)[1][0][0]  # noqa: E731
    for table in ("sentences", "mentions", "quotes", "relations", "dates", "amounts"):
        assert q(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)") == 0, table
    # every stored article has exactly the rows its record lists
    _, rows = store.read_only_query(
        db,
        """SELECT a.record, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),
                  (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) FROM articles a""",
    )
    for record, n_mentions, n_sentences in rows:
        rec = json.loads(store.unpack_record(record))
        assert (n_mentions, n_sentences) == (len(rec["mentions"]), len(rec["sentences"]))
    assert q("SELECT count(*) - count(DISTINCT id) FROM articles") == 0
    return q("SELECT count(*) FROM articles")


def test_sigkill_mid_ingest_then_resume(tmp_path):
    corpus = tmp_path / "archive.jsonl"
    _corpus(corpus, 400)
    db = str(tmp_path / "kill.duckdb")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([*NABA, "ingest", str(corpus), "--db", db, "--batch-size", "10", "--quiet"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(db + ".wal")
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and not (wal.exists() and wal.stat().st_size > 0):
        time.sleep(0.05)
    time.sleep(0.5)
    killed_mid_way = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _consistent(db)
    assert partial % 10 == 0 or partial == 400  # only whole batches are ever committed
    done = subprocess.run([*NABA, "ingest", str(corpus), "--db", db, "--quiet"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"{400 - partial} articles added, {partial} unchanged" in done.stdout
    assert _consistent(db) == 400
    assert killed_mid_way or partial == 400
