"""The analysis version covers the code that makes the stored tables, and only that code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths, version

MODEL = "en_core_web_sm 3.8.0"


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package's files (without bytecode) to edit."""
    target = tmp_path_factory.mktemp("package") / "analysis"
    shutil.copytree(version.PACKAGE_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.mark.parametrize(("relative", "changes_the_key"), [
    ("reports/index.py", False),
    ("reports/article_pages.py", False),
    ("templates/report/index.html.j2", False),
    ("templates/report/conf.json", False),
    ("views.py", False),
    ("plots.py", False),
    ("portrayal_views.py", False),
    ("store/query.py", False),
    ("actors.py", True),
    ("quotes/speakers.py", True),
    ("timex/rules/named.py", True),
    ("vocabulary.py", True),
    ("extraction.py", True),
    ("models/portrayal.json", True),
    ("models/target_sentiment.json", True),
])
def test_an_edit_changes_the_key_only_for_analysis_code(package_copy: Path, relative: str,
                                                        changes_the_key: bool) -> None:
    before = version.version_key(MODEL, root=package_copy)
    edited = package_copy / relative
    original = edited.read_bytes()
    try:
        edited.write_bytes(original + b"\n")
        assert (version.version_key(MODEL, root=package_copy) != before) is changes_the_key
    finally:
        edited.write_bytes(original)
    assert version.version_key(MODEL, root=package_copy) == before


def test_the_copy_and_the_package_give_one_key(package_copy: Path) -> None:
    assert version.version_key(MODEL, root=package_copy) == version.version_key(MODEL)
    assert version.version_key(MODEL) != version.version_key("en_core_web_sm 3.7.1")


@pytest.mark.parametrize(("name", "source", "expected"), [
    ("analysis.extraction", "from . import actors, tables as t\n", {"analysis", "analysis.actors", "analysis.tables"}),
    ("analysis.store.segments", "from .. import tables\nfrom .keys import bucket_of\n",
     {"analysis", "analysis.tables", "analysis.store.keys", "analysis.store.keys.bucket_of"}),
    ("analysis.timex", "from .rules import RULES\n", {"analysis.timex.rules", "analysis.timex.rules.RULES"}),
    ("analysis.nlp", "import numpy\nimport analysis.paths\n", {"analysis.paths"}),
    ("analysis.quotes", "from .vocabulary import (\n    SPEECH_VERBS,  # cues\n    SUBJECT_DEPS as SUBJ,\n)\n",
     {"analysis.vocabulary", "analysis.vocabulary.SPEECH_VERBS", "analysis.vocabulary.SUBJECT_DEPS"}),
    ("analysis.nlp", "def load():\n    from analysis import reports\n", {"analysis", "analysis.reports"}),
    ("analysis.nlp", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .corpus import Corpus\n", set()),
])
def test_imports_are_read_from_the_source(name: str, source: str, expected: set[str]) -> None:
    is_package = name == "analysis.timex"
    assert version.imported_names(name, source, is_package=is_package) == expected


def test_every_module_the_analysis_runs_is_in_the_version(sample_path: Path, tmp_path: Path) -> None:
    """Analyse an article for real in a fresh interpreter: every module of the package it
    imported must be one the version covers (a lazy or dynamic import the derivation misses
    fails here)."""
    script = (
        "import json, sys\n"
        "from analysis import articles, extraction\n"
        f"batch = articles.load_articles([{str(sample_path)!r}]).articles\n"
        "frames, failures = extraction.analyse_batch(batch, '')\n"
        "assert not failures and len(frames['mentions'])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m == 'analysis' or m.startswith('analysis.'))))\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(paths.ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          env=environment, cwd=tmp_path)
    imported = set(json.loads(done.stdout.splitlines()[-1]))
    assert "analysis.actors" in imported
    assert imported <= set(version.analysis_modules())


def test_report_code_and_readers_are_left_out() -> None:
    covered = set(version.analysis_modules())
    assert {"analysis.extraction", "analysis.actors", "analysis.timex.rules.named", "analysis.store.segments"} <= covered
    assert not covered & {"analysis.reports", "analysis.reports.run", "analysis.views", "analysis.plots",
                          "analysis.corpus", "analysis.store.query", "analysis.identity", "analysis.timelines"}
    data = {path.name for path in version.analysis_files() if path.suffix != ".py"}
    assert data == {"attribution.json", "portrayal.json", "portrayal_paragraph.json", "portrayal_tone.json",
                    "target_sentiment.json"}
