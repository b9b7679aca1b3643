"""Imported once by the ``forkserver`` of :mod:`pipeline.parallel`: builds the pipeline (spaCy, the
NER model, the lexicons and word lists) in that server, so that every worker forked from it starts
with the pipeline loaded instead of loading it again (2–3 CPU-seconds per worker)."""

from __future__ import annotations

try:
    from pipeline import parallel

    parallel._init_worker(())
except Exception:  # a worker that finds nothing loaded loads it itself, and reports what fails there
    pass
