"""The exceptions naba raises. The CLI turns each into one ``Error: <file>: <reason>`` line."""

from __future__ import annotations

__all__ = ["NabaError", "InputError", "ResourceError", "StoreError", "QueryError"]


class NabaError(Exception):
    """Base of every error naba raises on purpose."""


class InputError(NabaError):
    """An article that cannot be read: ``str(err)`` is ``<file>: <reason>``."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ResourceError(NabaError):
    """A file in data/ (or given with --lexicon) that cannot be loaded."""


class StoreError(NabaError):
    """The database cannot be opened or written."""


class QueryError(NabaError):
    """A query that naba refuses or that DuckDB rejects."""
