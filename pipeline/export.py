"""Reading exported ArticleRecords back (``naba load``): JSON Lines or a JSON array, validated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Union

from pydantic import ValidationError

from pipeline.errors import InputError
from schemas import ArticleRecord

__all__ = ["iter_record_file"]


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"invalid record ({where}: {first.get('msg', 'invalid')})" if where else f"invalid record ({first.get('msg')})"


def iter_record_file(path: Path) -> Iterator[Union[ArticleRecord, InputError]]:
    """Each record of an export file, or an InputError naming ``file:line`` (JSONL) or ``file[i]``."""
    try:
        f = path.open("r", encoding="utf-8")
    except FileNotFoundError:
        yield InputError(str(path), "no such file or directory")
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror})")
        return
    with f:
        try:
            head = f.read(1)
            while head and head.isspace():
                head = f.read(1)
            if head == "[":
                f.seek(0)
                try:
                    items = json.load(f)
                except json.JSONDecodeError as exc:
                    yield InputError(str(path), f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
                    return
                for i, obj in enumerate(items):
                    try:
                        yield ArticleRecord.model_validate(obj)
                    except ValidationError as exc:
                        yield InputError(f"{path}[{i}]", _reason(exc))
                return
            f.seek(0)
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    yield ArticleRecord.model_validate_json(line)
                except ValidationError as exc:
                    if exc.errors()[0].get("type") == "json_invalid":
                        yield InputError(f"{path}:{number}", "malformed JSON")
                    else:
                        yield InputError(f"{path}:{number}", _reason(exc))
        except UnicodeDecodeError:
            yield InputError(str(path), "not UTF-8 text")
