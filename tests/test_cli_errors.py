"""The bad-input table of tests/test_read.py through the CLI: every bad input is one
``Error: <source>: <reason>`` line on stderr, the exit code is 1, and the good articles of the
same batch are still stored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from test_read import BAD_INPUTS, write

runner = CliRunner()
GOOD = "أعلنت شركة أرامكو السعودية عن أرباح قياسية في الربع الأول.\nوقال المتحدث إن النتائج فاقت التوقعات."

# The CLI has no option for max_bytes: the cases that need a small limit stay in test_read.py.
CLI_CASES = [case for case in BAD_INPUTS if case[3] is None]


def ingest(*args: str, input: bytes | None = None) -> tuple[int, str, list[str]]:
    result = runner.invoke(app, ["ingest", "--quiet", *args], input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr.splitlines()


def added(stdout: str) -> int:
    """Articles stored by this run: added, or already there with the same text (same id)."""
    m = re.search(r"(\d+) articles added, (\d+) unchanged", stdout)
    assert m, stdout
    return int(m.group(1)) + int(m.group(2))


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_the_cli_table_is_large_enough() -> None:
    assert len(CLI_CASES) >= 20


@pytest.mark.parametrize(
    "files, paths, setup, expected",
    [(c[1], c[2], c[4], c[5]) for c in CLI_CASES],
    ids=[c[0] for c in CLI_CASES],
)
def test_each_bad_input_is_one_error_line_and_exit_1_while_good_files_go_in(
    files: dict, paths: list[str], setup, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, data in files.items():
        write(name, data)
    write("good.txt", GOOD)
    stdin = getattr(setup, "stdin", None)
    if setup is not None and stdin is None:
        setup(monkeypatch)
    code, out, err = ingest(*paths, "good.txt", "--db", "t.duckdb", input=stdin)
    errors = [line for line in expected if not line.startswith("ok ")]
    assert err == [f"Error: {line}" for line in errors]
    assert code == 1
    assert added(out) == len(expected) - len(errors) + 1  # the good articles of the batch, good.txt
    assert out.rstrip().endswith("t.duckdb") and f"; {len(errors)} failed" in out


def test_one_batch_of_every_bad_file_and_two_good_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    paths: list[str] = []
    expected_errors: list[str] = []
    oks = 0
    names: set[str] = set()
    for _, files, case_paths, _, setup, expected in CLI_CASES:
        if setup is not None or "-" in case_paths:
            continue
        assert not names & set(files), "file names must be unique across the table"
        names |= set(files)
        for name, data in files.items():
            write(name, data)
        paths += case_paths
        expected_errors += [line for line in expected if not line.startswith("ok ")]
        oks += sum(line.startswith("ok ") for line in expected)
    write("good1.txt", GOOD)
    write("good2.txt", GOOD.replace("أرامكو", "سابك"))
    code, out, err = ingest("good1.txt", *paths, "good2.txt", "--db", "t.duckdb")
    assert code == 1
    assert err == [f"Error: {line}" for line in expected_errors]
    assert added(out) == oks + 2
    result = runner.invoke(
        app, ["query", "SELECT source FROM articles", "--format", "csv", "--db", "t.duckdb"]
    )
    stored = set(result.stdout.split()[1:])
    assert result.exit_code == 0 and {"good1.txt", "good2.txt"} <= stored


def test_all_good_exits_0() -> None:
    write("good.txt", GOOD)
    code, out, err = ingest("good.txt", "--db", "t.duckdb")
    assert (code, err, added(out)) == (0, [], 1)


def test_stdin_article(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = ingest("-", "--db", "t.duckdb", input=GOOD.encode("cp1256"))
    assert (code, err, added(out)) == (0, [], 1)
    result = runner.invoke(
        app,
        ["query", "SELECT source, encoding FROM articles", "--format", "csv", "--db", "t.duckdb"],
    )
    assert result.stdout.split() == ["source,encoding", "<stdin>,windows-1256"]


def test_export_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path, seed_text: str) -> None:
    """``naba export | head``: the closed pipe ends the export without an error line or traceback."""
    import subprocess
    import sys

    from pipeline import store
    from pipeline.read import make_article
    from pipeline.run import extract_article

    db = str(tmp_path / "many.duckdb")
    with store.Store(db) as st:
        st.add([extract_article(make_article(f"{seed_text}\n({i})", source=f"s{i}")) for i in range(4)])
    proc = subprocess.Popen(
        [sys.executable, "-c", "from pipeline.cli import main; main()", "export", "--db", db],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout.read(10)  # the records are more than a pipe holds: the writer blocks, then finds it closed
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert stderr == "" and proc.returncode == 1


def test_train_names_a_missing_or_broken_passages_file_in_one_line(tmp_path: Path) -> None:
    write("train.txt", "قال O\nمحمد B-PERS\n\nفي O\nالقاهرة B-LOC\n")
    result = runner.invoke(app, ["train", "train.txt", "--out", "m", "--passages", "none.yaml"], catch_exceptions=False)
    assert result.exit_code == 1 and result.stderr.splitlines() == ["Error: none.yaml: no such file or directory"]
    write("bad.yaml", "- id: x1\n  text: قال محمد في القاهرة\n  mentions:\n    - [LOC, دمشق]\n")
    result = runner.invoke(app, ["train", "train.txt", "--out", "m", "--passages", "bad.yaml"], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["Error: bad.yaml: x1: mention 'دمشق' #1 not in the text"]
    assert not Path("m", "model.crfsuite").exists()
