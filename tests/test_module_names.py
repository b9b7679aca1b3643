"""No module of the pipeline binds one top-level name twice.

The rule modules hold hundreds of small word sets. A second ``_WHEN = …`` further down a module
silently replaces the first for every function that reads it, including those written for the
first set (a bare «هو/هي» lost, «بيد أن» no longer read). Each set gets a name of its own.
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"


def _rebound(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, n in names.items() if n > 1)


@pytest.mark.parametrize("module", sorted(p.name for p in PIPELINE.glob("*.py")))
def test_no_top_level_name_is_bound_twice(module):
    assert _rebound((PIPELINE / module).read_text(encoding="utf-8")) == []


def test_the_check_sees_a_name_bound_twice():
    source = "_WHEN = {'حين'}\n\ndef f(k):\n    return k in _WHEN\n\n_WHEN = {'وحين'}\n"
    assert _rebound(source) == ["_WHEN"]
