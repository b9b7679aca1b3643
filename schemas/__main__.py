"""Writes schemas/article_record.schema.json from the pydantic records: ``python -m schemas``."""

import json
from pathlib import Path

from schemas import ArticleRecord

SCHEMA_FILE = Path(__file__).resolve().parent / "article_record.schema.json"


def generated() -> str:
    """The JSON Schema of ArticleRecord, as written to the file."""
    return json.dumps(ArticleRecord.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(generated(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
