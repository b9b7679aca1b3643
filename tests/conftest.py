"""Shared fixtures: small Arabic articles and a fresh database path per test."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "test.duckdb")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return next(SEED_DIR.glob("*.txt")).read_text(encoding="utf-8")


def run_python(code: str, timeout: int = 300) -> str:
    """Run ``code`` in a fresh interpreter at the repository root (what is imported at start-up
    can only be seen there); returns its standard output and fails the test on a non-zero exit."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    assert out.returncode == 0, out.stderr
    return out.stdout
