"""The DuckDB DDL and the generated JSON Schema stay in step with the pydantic records."""

import datetime as dt
import re
from decimal import Decimal

import duckdb
import pytest

from pipeline.store import DERIVED, SCHEMA_SQL, TABLES, record_rows
from schemas import Amount, Article, ArticleRecord, DateValue, Entity, Mention, Quote, Relation, Sentence, Span
from schemas.__main__ import SCHEMA_FILE, generated


def _columns() -> dict[str, list[str]]:
    con = duckdb.connect()
    con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
    return {t: [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall()] for t in TABLES}


def _full_record() -> ArticleRecord:
    text = "قال مارك زوكربيرج إن ميتا ستنفق 10 مليارات دولار بحلول عام 2027."
    def span(s: str) -> dict:
        i = text.index(s)
        return {"start": i, "end": i + len(s), "text": s}
    return ArticleRecord(
        article=Article(id="x", text=text, title="t", source="s.txt", url="u", published=dt.date(2026, 1, 1), encoding="utf-8"),
        sentences=[Sentence(index=0, **span(text))],
        mentions=[Mention(label="PERSON", entity_key="PERSON:z", source="rule", confidence=0.5, sentence=0, **span("مارك زوكربيرج"))],
        entities=[Entity(key="PERSON:z", label="PERSON", name="مارك زوكربيرج", latin="Mark Zuckerberg", aliases=["مارك زوكربيرج"], role="r"),
                  Entity(key="ORG:meta", label="ORG", name="ميتا", latin="Meta", org_type="company", aliases=["ميتا"])],
        quotes=[Quote(kind="indirect", content=Span(**span("ميتا ستنفق")), cue=Span(**span("قال")), speaker=Span(**span("مارك زوكربيرج")), speaker_key="PERSON:z", role=None, confidence=0.9, sentence=0)],
        relations=[Relation(subject_key="PERSON:z", predicate="role_at", object_key="ORG:meta", attribute="r", evidence=Span(**span(text)), confidence=0.8)],
        dates=[DateValue(granularity="year", date_start=dt.date(2027, 1, 1), date_end=dt.date(2027, 12, 31), **span("عام 2027"))],
        amounts=[Amount(kind="money", value=Decimal("10000000000"), currency="USD", **span("10 مليارات دولار"))],
    )


def test_every_row_fills_exactly_the_table_columns():
    """A record's rows give every column but those DuckDB derives as they go in (sentence keys)."""
    cols = _columns()
    rows = record_rows(_full_record())
    for table in TABLES:
        assert rows[table], f"the sample record fills no row of {table}"
        for row in rows[table]:
            assert sorted(row) == sorted(c for c in cols[table] if c not in DERIVED.get(table, ())), table
    assert all(name in cols[table] for table, names in DERIVED.items() for name in names)


def test_every_record_field_has_a_column():
    cols = _columns()
    pairs = {"mentions": Mention, "quotes": Quote, "relations": Relation, "dates": DateValue, "amounts": Amount, "sentences": Sentence}
    for table, model in pairs.items():
        for field in model.model_fields:
            expected = {"start": "start_char", "end": "end_char", "index": "idx"}.get(field, field)
            assert expected in cols[table], f"{model.__name__}.{field} has no column in {table}"
    for field in Article.model_fields:
        assert field in cols["articles"]
    for field in set(Entity.model_fields) - {"aliases"}:
        assert field in cols["entities"]


def test_typed_columns_for_values():
    con = duckdb.connect()
    con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
    types = {r[0]: r[1] for r in con.execute("DESCRIBE dates").fetchall()}
    assert types["date_start"] == "DATE" and types["date_end"] == "DATE"
    types = {r[0]: r[1] for r in con.execute("DESCRIBE amounts").fetchall()}
    assert types["value"].startswith("DECIMAL")


def test_json_schema_file_is_generated_from_the_records():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == generated(), "run `make schema` to regenerate"


def test_spans_must_slice_the_text():
    rec = _full_record().model_dump()
    rec["mentions"][0]["start"] += 1
    rec["mentions"][0]["end"] += 1
    with pytest.raises(ValueError, match="does not slice"):
        ArticleRecord.model_validate(rec)


def test_records_forbid_unknown_fields_and_labels():
    with pytest.raises(ValueError):
        Mention(start=0, end=1, text="a", label="MISC", source="rule", confidence=1, sentence=0)
    with pytest.raises(ValueError):
        Span(start=0, end=1, text="a", extra=1)
