"""The command line, run as a user runs it: ``python -m analysis tables``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import errors, paths, tables


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, check=False, env={**os.environ, **(env or {})})


def test_tables_command_writes_every_table_as_csv_and_parquet(tmp_path: Path, sample_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_path, folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = run_cli("tables", "--articles", str(folder), "--out", str(tmp_path / "out"), "--no-cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("1 article(s) loaded (1 processed, 0 from cache), 1 error(s)")
    assert "empty.txt" in result.stderr
    for name in tables.COLUMNS:
        csv = pd.read_csv(tmp_path / "out" / f"{name}.csv")
        parquet = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        assert list(csv.columns) == list(tables.COLUMNS[name]) == list(parquet.columns)
        assert len(csv) == len(parquet)
    assert len(pd.read_csv(tmp_path / "out" / "errors.csv")) == 1


def test_relative_paths_are_taken_from_the_project_root(tmp_path: Path) -> None:
    relative = paths.ARTICLES_DIR.relative_to(paths.ROOT)
    result = run_cli("tables", "--articles", str(relative), "--out", str(tmp_path / "out"), "--no-cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert pd.read_csv(tmp_path / "out" / "articles.csv")["headline"].tolist() == [
        "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops"]


def test_nothing_loadable_exits_non_zero_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04binary")
    result = run_cli("tables", "--articles", str(tmp_path), "--out", str(tmp_path / "out"), "--no-cache", cwd=tmp_path)
    assert result.returncode == 1
    assert "notes.docx" in result.stderr and "[E301] no articles could be loaded" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_rejects_a_bad_parameter_before_running_anything(tmp_path: Path) -> None:
    result = run_cli("run", "--out", str(tmp_path / "reports"), "-p", "top_n", "many", cwd=tmp_path)
    assert result.returncode == 2
    assert "[E202] notebook" in result.stderr and "parameter 'top_n' must be an integer" in result.stderr
    assert "analysing" not in result.stderr and not (tmp_path / "reports").exists()


def test_run_with_no_loadable_article_names_the_input(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run_cli("run", "--articles", str(missing), "--out", str(tmp_path / "reports"), cwd=tmp_path)
    assert result.returncode == 2
    assert f"skipped {missing}: [E114] no such file or folder" in result.stderr
    assert "[E301] no articles could be loaded" in result.stderr


def test_tables_are_byte_identical_across_processes_with_different_hash_seeds(tmp_path: Path) -> None:
    for seed in ("1", "2"):
        result = run_cli("tables", "--out", str(tmp_path / seed), "--no-cache", cwd=tmp_path,
                         env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
    for name in tables.COLUMNS:
        assert (tmp_path / "1" / f"{name}.csv").read_bytes() == (tmp_path / "2" / f"{name}.csv").read_bytes(), name


def without_weights(tmp_path: Path) -> dict[str, str]:
    """An install of the package whose learned sentiment weights are missing (PYTHONPATH to it)."""
    shutil.copytree(paths.ROOT / "analysis", tmp_path / "install" / "analysis",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "install" / "analysis" / "models" / "target_sentiment.json").unlink()
    return {"PYTHONPATH": str(tmp_path / "install")}


def in_the_way(tmp_path: Path) -> Path:
    """A plain file where a folder is expected."""
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    return tmp_path / "file"


@pytest.mark.parametrize(("case", "code"), [
    ("unknown option", "E302"), ("jobs zero", "E302"), ("no command", "E302"),
    ("missing model", "E002"), ("missing weights", "E405"), ("out is a file", "E303"),
    ("cache is a file", "E304"), ("run: out is a file", "E303"), ("run: unknown notebook", "E204"),
])
def test_every_user_failure_ends_in_a_coded_message(case: str, code: str, tmp_path: Path, sample_path: Path) -> None:
    out, env = str(tmp_path / "out"), {"NEWS_ANALYSIS_CACHE": str(tmp_path / "cache")}
    args = {
        "unknown option": ["tables", "--jobz", "2"],
        "jobs zero": ["tables", "--jobs", "0"],
        "no command": [],
        "missing model": ["tables", "--model", "en_no_such_pipeline_xx", "--out", out],
        "missing weights": ["tables", "--articles", str(sample_path), "--out", out],
        "out is a file": ["tables", "--out", str(in_the_way(tmp_path)) if case == "out is a file" else out],
        "cache is a file": ["tables", "--out", out],
        "run: out is a file": ["run", "--out", str(in_the_way(tmp_path)) if case.startswith("run: out") else out],
        "run: unknown notebook": ["run", "--notebooks", "99_none", "--out", out],
    }[case]
    if case == "missing weights":
        env.update(without_weights(tmp_path))
    if case == "cache is a file":
        env["NEWS_ANALYSIS_CACHE"] = str(in_the_way(tmp_path) / "cache")
    result = run_cli(*args, cwd=tmp_path, env=env)
    assert result.returncode == 2, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: [{code}] "), result.stderr
    assert "Traceback" not in result.stderr
    assert errors.code_of(last.removeprefix("error: ")) in errors.catalogue()
