"""Shared fixtures: small Arabic articles and a fresh database path per test."""

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
