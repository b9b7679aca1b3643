"""naba's typed records (pydantic v2), the DuckDB DDL (schema.sql) and the generated JSON Schema."""

from schemas.records import *  # noqa: F401,F403
from schemas.records import __all__  # noqa: F401
