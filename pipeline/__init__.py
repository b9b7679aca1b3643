"""naba: Arabic news articles into queryable knowledge.

Public API: ``extract(text, *, title=None, published=None) -> ArticleRecord`` and
``extract_many(articles)``. Stages live in one module each; pipeline/run.py orders them.
"""

__all__ = ["extract", "extract_many"]


def __getattr__(name: str):
    # Imported lazily so that `naba --help` and the small stages don't load spaCy and the model.
    if name in __all__:
        from pipeline import run

        return getattr(run, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
