"""The CLI end to end: ingest, query, export, extract; exact error lines and exit codes."""

import json
import re

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from conftest import SEED_DIR, run_python

runner = CliRunner()


def run(*args, input=None):
    result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_every_command_has_help():
    code, out, _ = run("--help")
    assert code == 0
    commands = ["ingest", "extract", "query", "export", "quotes", "entities", "entity", "evaluate", "train"]
    for name in commands:
        if name in out:
            code, sub, _ = run(name, "--help")
            assert code == 0 and "Usage" in sub, name
    for name in ("ingest", "extract", "query", "export"):
        assert name in out


def test_ingest_seeds_then_query_and_export(db, tmp_path):
    code, out, err = run("ingest", str(SEED_DIR), "--db", db)
    assert code == 0, err
    assert re.search(r"1 articles added, 0 unchanged, 0 replaced; \d+ mentions, [1-9]\d* quotes; 0 failed", out), out
    code, out, _ = run("ingest", str(SEED_DIR), "--db", db)
    assert "0 articles added, 1 unchanged" in out
    code, out, _ = run("query", "SELECT latin FROM entities WHERE label = ? ORDER BY latin", "--param", "ORG", "--format", "csv", "--db", db)
    assert code == 0 and out.splitlines()[0] == "latin" and "NVIDIA" in out.splitlines()
    code, out, _ = run("query", "SELECT count(*) AS n FROM quotes", "--format", "json", "--db", db)
    assert json.loads(out)[0]["n"] >= 3
    target = tmp_path / "all.jsonl"
    code, _, _ = run("export", "--jsonl", "--output", str(target), "--db", db)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert code == 0 and len(lines) == 1 and json.loads(lines[0])["article"]["title"].startswith("شراكة")
    code, out, _ = run("export", "--db", db)
    assert json.loads(out)[0]["article"]["id"] == json.loads(lines[0])["article"]["id"]


def test_query_write_is_refused_with_one_line(db):
    run("ingest", str(SEED_DIR), "--db", db)
    code, _, err = run("query", "DELETE FROM mentions", "--db", db)
    assert code == 1 and err.strip() == "Error: query: only read-only queries are allowed (got DELETE)"


def test_bad_inputs_are_reported_and_the_batch_goes_on(db, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("أعلنت شركة أرامكو السعودية عن أرباح قياسية.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = run("ingest", str(empty), str(good), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 1
    assert err.splitlines() == [f"Error: {empty}: empty article", f"Error: {tmp_path / 'missing.txt'}: no such file or directory"]
    assert "1 articles added" in out and "2 failed" in out


def test_extract_prints_a_valid_record(tmp_path):
    from schemas import ArticleRecord

    f = tmp_path / "a.txt"
    f.write_text("قال الرئيس التنفيذي لشركة سابك عبدالرحمن الفقيه إن الشركة ستوسع إنتاجها.", encoding="utf-8")
    code, out, _ = run("extract", str(f))
    assert code == 0
    rec = ArticleRecord.model_validate_json(out)
    assert rec.article.text.startswith("قال")


def test_missing_database_for_query(tmp_path):
    code, _, err = run("query", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert code == 1 and err.strip() == f"Error: {tmp_path / 'none.duckdb'}: no such database (run `naba ingest` first)"


def test_export_then_load_gives_identical_records(db, tmp_path):
    passages = tmp_path / "in.jsonl"
    passages.write_text(
        "\n".join(
            json.dumps({"text": t, "published": "2026-03-01"}, ensure_ascii=False)
            for t in [
                "قال الرئيس التنفيذي لشركة سابك عبدالرحمن الفقيه إن الأرباح ارتفعت 12% في 2025.",
                "وقّعت شركة فوري مذكرة تفاهم مع البنك الأهلي المصري بقيمة 300 مليون جنيه أمس.",
            ]
        ),
        encoding="utf-8",
    )
    assert run("ingest", str(SEED_DIR), str(passages), "--db", db)[0] == 0
    first = tmp_path / "first.jsonl"
    assert run("export", "--jsonl", "-o", str(first), "--db", db)[0] == 0
    other = str(tmp_path / "other.duckdb")
    code, out, _ = run("load", str(first), "--db", other)
    assert code == 0 and out.startswith("3 records loaded")
    second = tmp_path / "second.jsonl"
    assert run("export", "--jsonl", "-o", str(second), "--db", other)[0] == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    code, out, _ = run("load", str(first), "--db", other)
    assert out.startswith("0 records loaded, 3 unchanged")


def test_load_reports_bad_records_by_line(db, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": {"id": "x"}}\nnot json\n', encoding="utf-8")
    code, _, err = run("load", str(bad), "--db", db)
    assert code == 1
    assert err.splitlines() == [f"Error: {bad}:1: invalid record (article.text: Field required)", f"Error: {bad}:2: malformed JSON"]


def test_quotes_by_any_spelling_of_the_speaker(db):
    run("ingest", str(SEED_DIR), "--db", db)
    for spelling in ("زوكربيرغ", "زوكربيرج", "Mark Zuckerberg", "مارك زوكربيرج", "Zuckerberg"):
        code, out, _ = run("quotes", "--speaker", spelling, "--format", "json", "--db", db)
        rows = json.loads(out)
        assert code == 0 and len(rows) == 2 and {r["speaker"] for r in rows} == {"Mark Zuckerberg"}, spelling
    code, out, _ = run("quotes", "--text", "لا أحد ينشر", "--format", "json", "--db", db)
    assert [r["speaker"] for r in json.loads(out)] == ["Jensen Huang"]
    code, out, _ = run("quotes", "--kind", "according_to", "--format", "csv", "--db", db)
    assert out.count("\n") == 2


def test_quotes_about_an_entity_in_any_spelling_and_by_date(db, tmp_path):
    """«Every statement Zuckerberg made about NVIDIA this year»: --about keeps the quotes whose
    content names the entity (a mention inside the content span), whatever the spelling."""
    seed = next(SEED_DIR.glob("*.txt"))
    run("ingest", str(seed), "--db", db, "--published", "2026-02-17")
    for spelling in ("NVIDIA", "إنفيديا", "انفيديا"):
        code, out, _ = run("quotes", "--speaker", "Zuckerberg", "--about", spelling, "--format", "json", "--db", db)
        rows = json.loads(out)
        assert code == 0 and len(rows) == 1 and "NVIDIA" in rows[0]["content"], spelling
    code, out, _ = run("quotes", "--about", "Meta", "--format", "json", "--db", db)
    assert {r["speaker"] for r in json.loads(out)} == {"Jensen Huang", "Interesting Engineering"}
    code, out, _ = run("quotes", "--about", "كوداك", "--format", "json", "--db", db)
    assert code == 0 and json.loads(out) == []
    dated = [json.loads(run("quotes", *opt, "--format", "json", "--db", db)[1]) for opt in (
        ("--since", "2026-01-01", "--until", "2026-12-31"), ("--since", "2026-02-18"), ("--until", "2026-02-16"))]
    assert [len(rows) for rows in dated] == [4, 0, 0]


def test_entities_and_entity_by_any_spelling(db):
    run("ingest", str(SEED_DIR), "--db", db)
    code, out, _ = run("entities", "--label", "ORG", "--format", "json", "--db", db)
    rows = {r["latin"]: r for r in json.loads(out)}
    assert rows["NVIDIA"]["mentions"] >= 10 and "إنفيديا" in rows["NVIDIA"]["aliases"]
    for spelling in ("انفيديا", "إنفيديا", "NVIDIA", "nvidia"):
        code, out, _ = run("entity", spelling, "--format", "json", "--db", db)
        data = json.loads(out)
        assert code == 0 and [e["latin"] for e in data["entity"]] == ["NVIDIA"], spelling
        assert any(r["predicate"] == "makes" for r in data["relations"])
        assert all(m["sentence"] for m in data["mentions"])
    code, _, err = run("entity", "كوداك", "--db", db)
    assert code == 1 and err.strip() == "Error: كوداك: no such entity"


def test_query_commands_do_not_load_the_language_stack():
    # `naba query` / `naba entities` open the database and nothing else: camel-tools builds its
    # Unicode tables on import (~1 s), spaCy and the model take seconds more.
    code = (
        "import sys\n"
        "import pipeline.cli, pipeline.store, pipeline.canon\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'camel_tools', 'spacy', 'torch', 'thinc'})\n"
        "print(heavy)\n"
    )
    assert run_python(code, timeout=120).strip() == "[]"


def test_entity_relations_say_when(db):
    """«Which products did Meta commit to, and when»: each relation carries its article's date and
    the dates its evidence sentence states."""
    run("ingest", str(next(SEED_DIR.glob("*.txt"))), "--db", db, "--published", "2026-02-17")
    code, out, _ = run("entity", "Meta", "--format", "json", "--db", db)
    data = json.loads(out)
    rels = {(r["predicate"], r["object"]): r for r in data["relations"]}
    assert code == 0 and rels[("deploys", "Vera")]["dates_stated"] == "عام 2027 (2027-01-01)"
    assert rels[("deploys", "Grace")]["dates_stated"] is None
    assert {r["published"] for r in data["relations"]} == {"2026-02-17"}


def test_quotes_with_evidence_give_the_sentence_that_holds_the_cue(db):
    run("ingest", str(SEED_DIR), "--db", db)
    code, out, _ = run("quotes", "--speaker", "Zuckerberg", "--evidence", "--format", "json", "--db", db)
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2
    text = next(SEED_DIR.glob("*.txt")).read_text(encoding="utf-8")
    for r in rows:
        assert r["cue"] in r["sentence"] and r["sentence"] in text
        assert r["speaker_as_written"] in text and len(r["article_id"]) == 16
    # the direct quote: its cue, its speaker as written and its opening words in one sentence
    direct = next(r for r in rows if r["kind"] == "direct")
    assert direct["speaker_as_written"] in direct["sentence"] and direct["content"][:20] in direct["sentence"]
    plain = json.loads(run("quotes", "--speaker", "Zuckerberg", "--format", "json", "--db", db)[1])
    assert [{k: r[k] for k in plain[0]} for r in rows] == plain
