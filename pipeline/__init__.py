"""naba: Arabic news articles into queryable knowledge.

Public API: ``extract(text, *, title=None, published=None) -> ArticleRecord`` and
``extract_many(articles)``. Stages live in one module each; pipeline/run.py orders them.

Importing this package keeps spaCy's machine-learning library (thinc) from importing torch.
camel-tools depends on torch, so it is installed, and thinc imports it at start-up when it is
there (1.2 s and about 180 MB per process); naba's spaCy pipeline is a blank tokenizer with
naba's own components and never uses it. Only thinc's own probe (``thinc.compat``) is refused:
any other ``import torch``, before or after, works as usual. Set ``NABA_ALLOW_TORCH=1`` to let
thinc see torch (a spaCy model of your own that needs it).
"""

import os
import sys

__all__ = ["extract", "extract_many"]


class _NoTorchForThinc:
    """Import hook: refuse ``torch`` to ``thinc.compat`` only, then remove itself."""

    def find_spec(self, name, path=None, target=None):
        if "thinc.compat" in sys.modules and sys.modules["thinc.compat"].__dict__.get("has_torch") is not None:
            _remove_hook()  # thinc has made up its mind; nothing more to do
            return None
        if name != "torch" and not name.startswith("torch."):
            return None
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_globals.get("__name__") == "thinc.compat":
                raise ModuleNotFoundError("torch is not used by naba's spaCy pipeline", name=name)
            frame = frame.f_back
        return None


_HOOK = _NoTorchForThinc()


def _remove_hook() -> None:
    try:
        sys.meta_path.remove(_HOOK)
    except ValueError:
        pass


if os.environ.get("NABA_ALLOW_TORCH") != "1" and "thinc" not in sys.modules and "torch" not in sys.modules:
    sys.meta_path.insert(0, _HOOK)


def __getattr__(name: str):
    # Imported lazily so that `naba --help` and the small stages don't load spaCy and the model.
    if name in __all__:
        from pipeline import run

        return getattr(run, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
