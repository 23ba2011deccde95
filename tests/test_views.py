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


LINKS = pd.DataFrame({
    "article_id": ["a", "a", "b", "b"], "actor": ["Ana Ruiz", "Harbor Council", "Ruiz", "Li Wei"],
    "actor_id": ["a1", "a2", "a1", "a3"], "corpus_actor": ["Ana Ruiz", "Harbor Council", "Ana Ruiz", "Li Wei"],
    "corpus_type": ["PERSON", "ORG", "PERSON", "PERSON"],
})


def test_actor_ranking_counts_articles_of_corpus_actors() -> None:
    actors = ACTORS.assign(actor=["Ana Ruiz", "Harbor Council", "Ruiz", "Li Wei"], n_mentions=[1, 9, 1, 1])
    ranking = views.actor_ranking(actors, LINKS)
    assert ranking[["actor", "n_articles", "n_mentions", "names"]].values.tolist() == [
        ["Ana Ruiz", 2, 2, "Ana Ruiz; Ruiz"], ["Harbor Council", 1, 9, "Harbor Council"], ["Li Wei", 1, 1, "Li Wei"]]
    assert views.actor_ranking(actors, LINKS, n=1)["actor_id"].tolist() == ["a1"]


def test_portrayal_over_time_by_corpus_actor_and_period() -> None:
    scored = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "actor": ["Ana Ruiz", "Ana Ruiz", "Ruiz", "Li Wei"],
                           "polarity": [0.5, -0.1, 0.2, 0.9]})
    articles = pd.DataFrame({"article_id": ["a", "b"], "published": [dt.date(2025, 3, 3), dt.date(2025, 3, 20)]})
    span = views.dense_date_range(articles["published"])
    trend = views.portrayal_over_time(scored, articles, LINKS, actor_ids=["a1"], span=span, period="month")
    assert trend[["actor", "n", "n_articles"]].values.tolist() == [["Ana Ruiz", 3, 2]]
    assert trend["polarity_mean"].iloc[0] == pytest.approx(0.2)
    assert views.portrayal_over_time(scored, articles, LINKS, actor_ids=["a1"], span=None, period="month").empty


def test_cooccurrence_by_corpus_actor() -> None:
    mentions = views.corpus_mentions(pd.DataFrame({"article_id": ["a", "a", "b", "b"], "sentence_id": [0, 0, 3, 3],
                                                   "actor": ["Ana Ruiz", "Harbor Council", "Ruiz", "Li Wei"]}), LINKS)
    matrix = views.cooccurrence(mentions, actors=["Ana Ruiz", "Harbor Council", "Li Wei"], column="corpus_actor")
    assert matrix.loc["Ana Ruiz"].tolist() == [0, 1, 1] and matrix.loc["Li Wei", "Harbor Council"] == 0


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


def test_names_behind_sum_each_name_over_its_articles() -> None:
    actors = ACTORS.assign(actor=["Ana Ruiz", "Harbor Council", "Ruiz", "Li Wei"])
    links = LINKS.assign(link=["same name", "same name", "surname in corpus", "same name"])
    names = views.names_behind(actors, links).set_index("actor")
    assert names.loc["Ruiz", ["corpus_actor", "link", "n_articles", "aliases"]].tolist() == [
        "Ana Ruiz", "surname in corpus", 1, "Mayor Ruiz"]
    assert names.loc["Ana Ruiz", "aliases"] == "Ana Ruiz; Ms. Ruiz" and len(names) == 4


def test_quoted_speakers_and_sources_by_outlet() -> None:
    import pandas as pd

    from analysis.views import quoted_speakers, sources_by_outlet

    quotes = pd.DataFrame({
        "article_id": ["a", "a", "a", "b"],
        "speaker": ["Anna Berg", "Anna Berg", None, "a police spokesman"],
        "speaker_type": ["person", "person", None, "descriptor"],
        "kind": ["direct", "indirect", "mixed", "indirect"],
    })
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["Daily", "Herald"]})
    top = quoted_speakers(quotes)
    assert top.iloc[0][["speaker", "direct", "mixed", "indirect", "total"]].tolist() == ["Anna Berg", 1, 0, 1, 2]
    table = sources_by_outlet(quotes, articles)
    row = table[(table["outlet"] == "Daily") & (table["speaker_type"] == "person")].iloc[0]
    assert (row["quotes"], row["speakers"]) == (2, 1)
    assert set(table["speaker_type"]) == {"person", "nobody", "descriptor"}
