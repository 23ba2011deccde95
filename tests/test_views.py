"""Derived tables: rankings, co-occurrence, date spans and index summaries, checked by hand."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from types import ModuleType

import pandas as pd
import pytest

from analysis import newsmtsc, sentiment, views


@pytest.fixture(scope="module")
def newsmtsc_benchmark(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    """``benchmarks/newsmtsc.py`` imported as a module (its ``main`` is not run)."""
    return benchmark_script("newsmtsc")


def test_newsmtsc_results_file_has_every_row_and_split(newsmtsc_benchmark: ModuleType) -> None:
    results = views.benchmark_results("newsmtsc")
    bench = newsmtsc_benchmark
    expected = {f"{method}/{engine}" for method in ("sentence", "lexicon", "learned") for engine in sentiment.ENGINES}
    assert set(results["rows"]) == expected
    for row in results["rows"].values():
        for split in bench.TEST_SPLITS:
            assert 0 < row[split]["f1m"] <= 100 and 0 < row[split]["acc"] <= 100
    assert results["reference"] == bench.REFERENCE
    table = views.benchmark_table("newsmtsc")
    assert table.loc["learned/vader", "rw-test f1m"] == results["rows"]["learned/vader"]["rw-test"]["f1m"]


def test_newsmtsc_results_file_was_written_with_the_shipped_model(newsmtsc_benchmark: ModuleType) -> None:
    results = views.benchmark_results("newsmtsc")
    model = newsmtsc_benchmark.sentiment.MODEL_PATH
    assert results["model_sha256"] == hashlib.sha256(model.read_bytes()).hexdigest(), (
        "the target-sentiment model changed since docs/results/newsmtsc.json was written: "
        "run python benchmarks/newsmtsc.py")


@pytest.mark.skipif(not newsmtsc.SPLITS["rw-test"].exists(), reason="NewsMTSC is not in ../shared/benchmarks")
@pytest.mark.parametrize("engine", sentiment.ENGINES)
def test_newsmtsc_results_file_agrees_with_the_benchmark(engine: str, newsmtsc_benchmark: ModuleType) -> None:
    """The whole-sentence rows need no parse: recompute them as the benchmark does and compare."""
    bench = newsmtsc_benchmark
    results = views.benchmark_results("newsmtsc")
    data = {split: newsmtsc.read_targets(split) for split in bench.TEST_SPLITS}
    assert results["targets"] == {split: len(targets) for split, targets in data.items()}
    for split, targets in data.items():
        assert bench.figures(bench.sentence_labeller(engine), targets) == results["rows"][f"sentence/{engine}"][split]


DATES = ["1650-01-01", "2090-12-31", None, "", *[f"2025-03-{day:02d}" for day in range(1, 29)], "2025-04-05"]


def test_dense_date_range_keeps_the_bulk_and_lists_far_dates() -> None:
    span = views.dense_date_range(DATES)
    assert (span.start, span.end) == (pd.Timestamp("2025-03-01"), pd.Timestamp("2025-04-05"))
    outliers = pd.Series(DATES)[span.outliers(DATES)].tolist()
    assert outliers == ["1650-01-01", "2090-12-31"]
    assert views.dense_date_range([None, ""]) is None


def test_dense_date_range_of_one_day_spans_a_week() -> None:
    span = views.dense_date_range([dt.date(2025, 3, 12)] * 3)
    assert (span.start, span.end, span.days) == (pd.Timestamp("2025-03-09"), pd.Timestamp("2025-03-15"), 7)


@pytest.mark.parametrize(("days", "period"), [(7, "day"), (45, "day"), (46, "week"), (300, "week"), (301, "month"),
                                              (1500, "month"), (4000, "quarter"), (9000, "year")])
def test_choose_period_fits_the_span(days: int, period: str) -> None:
    span = views.DateRange(pd.Timestamp("2000-01-01"), pd.Timestamp("2000-01-01") + pd.Timedelta(days=days - 1))
    assert views.choose_period(span) == period
    assert views.choose_period(span, "quarter") == "quarter"


def test_choose_period_rejects_an_unknown_period() -> None:
    with pytest.raises(ValueError, match="day, week, month, quarter, year") as raised:
        views.choose_period(None, "fortnight")
    assert raised.value.code == "E803" and "leave it empty" in str(raised.value)


def test_counts_per_period_include_empty_periods_on_the_range() -> None:
    span = views.DateRange(pd.Timestamp("2025-01-01"), pd.Timestamp("2025-04-30"))
    counts = views.counts_per_period(pd.Series(["2025-01-05", "2025-01-31", "2025-03-02", "1999-01-01"]), span, "month")
    assert counts["period"].dt.strftime("%Y-%m").tolist() == ["2025-01", "2025-02", "2025-03", "2025-04"]
    assert counts["n"].tolist() == [2, 0, 1, 0]


def test_show_table_shows_every_row_with_its_data() -> None:
    from IPython.core.interactiveshell import InteractiveShell

    frame = pd.DataFrame({"quote": ["x" * 200] + [f"row {i}" for i in range(59)], "n": range(60)})
    shell = InteractiveShell.instance()
    published = []
    shell.display_pub.publish = lambda data, **kwargs: published.append({"data": data})
    views.show_table(frame, caption="Quotes")
    (shown,) = views.shown_tables(published).values()
    pd.testing.assert_frame_equal(shown, frame)
    assert "x" * 200 in published[0]["data"]["text/html"]  # full text, not cut at 45 characters


@pytest.mark.parametrize(("total", "said"), [(None, False), (3, False), (4_000, True)])
def test_show_table_says_when_a_bounded_query_cut_the_rows(total: int | None, said: bool) -> None:
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    published = []
    shell.display_pub.publish = lambda data, **kwargs: published.append({"data": data})
    views.show_table(pd.DataFrame({"n": [1, 2, 3]}), caption="Events", total=total)
    (caption,) = views.shown_tables(published)
    assert caption.startswith("Events") and ("the first 3 of 4,000 rows" in caption) == said
