"""Derived tables: rankings, co-occurrence, date spans and index summaries, checked by hand."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
from types import ModuleType

import pandas as pd
import pytest

from analysis import newsmtsc, paths, sentiment, views

ACTORS = pd.DataFrame({
    "article_id": ["a", "a", "b", "b"], "actor": ["Ana Ruiz", "Harbor Council", "Ana Ruiz", "Li Wei"],
    "type": ["PERSON", "ORG", "PERSON", "PERSON"], "n_mentions": [3, 2, 4, 1],
    "aliases": ["Ms. Ruiz; Ana Ruiz", "the council", "Mayor Ruiz", "Li Wei"], "first_sentence": [0, 1, 0, 2],
})


def test_top_actors_sums_over_articles_and_merges_aliases() -> None:
    top = views.top_actors(ACTORS, n=2)
    assert top["actor"].tolist() == ["Ana Ruiz", "Harbor Council"]
    assert top.iloc[0][["n_mentions", "n_articles", "aliases"]].tolist() == [7, 2, "Ana Ruiz; Mayor Ruiz; Ms. Ruiz"]
    assert views.top_actors(ACTORS, types=["PERSON"])["actor"].tolist() == ["Ana Ruiz", "Li Wei"]


def test_cooccurrence_counts_sentences_with_both_actors() -> None:
    mentions = pd.DataFrame({"article_id": ["a"] * 5, "sentence_id": [0, 0, 0, 1, 2],
                             "actor": ["X", "Y", "X", "X", "Y"]})
    matrix = views.cooccurrence(mentions)
    assert matrix.loc["X", "Y"] == matrix.loc["Y", "X"] == 1
    assert matrix.loc["X", "X"] == 0


def test_date_span_and_summary() -> None:
    events = pd.DataFrame({"dated": [True, False, True],
                           "start_date": [dt.date(2024, 6, 1), None, dt.date(2025, 3, 12)],
                           "end_date": [dt.date(2024, 8, 31), None, dt.date(2025, 3, 12)]})
    assert views.date_span(events) == "2024-06-01 – 2025-03-12"
    assert views.one_line_summary(ACTORS, events, n=1) == "top actors: Ana Ruiz; dates: 2024-06-01 – 2025-03-12"
    assert views.one_line_summary(ACTORS.iloc[1:2], events.iloc[1:2]) == "no person actors"


def _benchmark_module(name: str) -> ModuleType:
    """The benchmark script ``benchmarks/<name>.py`` imported as a module (its ``main`` is not run)."""
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", paths.BENCHMARKS_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_newsmtsc_results_file_has_every_row_and_split() -> None:
    results = views.benchmark_results("newsmtsc")
    bench = _benchmark_module("newsmtsc")
    expected = {f"{method}/{engine}" for method in ("sentence", "lexicon", "learned") for engine in sentiment.ENGINES}
    assert set(results["rows"]) == expected
    for row in results["rows"].values():
        for split in bench.TEST_SPLITS:
            assert 0 < row[split]["f1m"] <= 100 and 0 < row[split]["acc"] <= 100
    assert results["reference"] == bench.REFERENCE
    table = views.benchmark_table("newsmtsc")
    assert table.loc["learned/vader", "rw-test f1m"] == results["rows"]["learned/vader"]["rw-test"]["f1m"]


def test_newsmtsc_results_file_was_written_with_the_shipped_model() -> None:
    results = views.benchmark_results("newsmtsc")
    model = _benchmark_module("newsmtsc").MODEL_FILE
    assert results["model_sha256"] == hashlib.sha256(model.read_bytes()).hexdigest(), (
        "the target-sentiment model changed since docs/results/newsmtsc.json was written: "
        "run python benchmarks/newsmtsc.py")


@pytest.mark.skipif(not newsmtsc.SPLITS["rw-test"].exists(), reason="NewsMTSC is not in ../shared/benchmarks")
@pytest.mark.parametrize("engine", sentiment.ENGINES)
def test_newsmtsc_results_file_agrees_with_the_benchmark(engine: str) -> None:
    """The whole-sentence rows need no parse: recompute them as the benchmark does and compare."""
    bench = _benchmark_module("newsmtsc")
    results = views.benchmark_results("newsmtsc")
    data = {split: newsmtsc.read_targets(split) for split in bench.TEST_SPLITS}
    assert results["targets"] == {split: len(targets) for split, targets in data.items()}
    for split, targets in data.items():
        assert bench.figures(bench.sentence_labeller(engine), targets) == results["rows"][f"sentence/{engine}"][split]
