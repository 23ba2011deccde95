"""The notebooks' corpus views in the query layer: checked by hand on invented tables held in memory,
and the same answers from the store as from memory on a real analysed corpus."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import chronology, corpus, tables, timelines, version
from analysis.store import aggregates, manifest
from analysis.store.query import CorpusQuery

ARTICLES = {"article_id": ["a", "b"], "headline": ["Ferry vote", "Port talks"],
            "published": [dt.date(2025, 3, 3), dt.date(2025, 3, 20)], "source": ["Daily", None]}
ACTORS = {"article_id": ["a", "a", "b", "b"], "actor": ["Ana Ruiz", "Harbor Council", "Ruiz", "Li Wei"],
          "type": ["PERSON", "ORG", "PERSON", "PERSON"], "n_mentions": [1, 9, 1, 1],
          "aliases": ["Ms. Ruiz; Ana Ruiz", "the council", "Mayor Ruiz", "Li Wei"]}
MENTIONS = {"article_id": ["a", "a", "b", "b"], "sentence_id": [0, 0, 3, 3],
            "actor": ["Ana Ruiz", "Harbor Council", "Ruiz", "Li Wei"]}
SCORED = {"article_id": ["a", "a", "b", "b"], "actor": ["Ana Ruiz", "Ana Ruiz", "Ruiz", "Li Wei"],
          "engine": ["vader"] * 4, "polarity": [0.5, -0.1, 0.2, 0.9]}
QUOTES = {"article_id": ["a", "a", "a", "b", "b"],
          "speaker": ["Ana Ruiz", "Ana Ruiz", None, "a police spokesman", "Ana Ruiz"],
          "speaker_type": ["person", "person", None, "descriptor", "person"],
          "kind": ["direct", "indirect", "mixed", "indirect", "indirect"], "quote": ["w", "x", "y", "z", "v"],
          "cue_class": ["speech", "thought", "speech", "speech", "stance"], "withheld": [False, False, False, True, False]}
EVENTS = {"article_id": ["a", "a", "b", "b"], "start": [5, 1, 0, 9], "trigger": ["vote", "met", "meeting", "visit"],
          "lemma": ["vote", "meet", "meeting", "visit"], "actors": ["Ana Ruiz", "Ana Ruiz; Li Wei", "Li Wei", ""],
          "dated": [True, True, True, False], "granularity": ["day", "year", "day", None],
          "start_date": [dt.date(2025, 3, 1), dt.date(1650, 1, 1), dt.date(2025, 3, 2), None],
          "end_date": [dt.date(2025, 3, 1), dt.date(1650, 12, 31), dt.date(2025, 3, 2), None]}
PORTRAYAL = {"article_id": ["a", "a", "b"], "actor": ["Ana Ruiz", "Harbor Council", "Ana Ruiz"],
             "label": ["positive", "neutral", "negative"], "score": [0.4, 0.0, -0.2], "n_mentions": [3, 5, 1]}
LINKS = {"article_id": ["a", "a", "b", "b"], "actor": ["Ana Ruiz", "Harbor Council", "Ruiz", "Li Wei"],
         "type": ["PERSON", "ORG", "PERSON", "PERSON"], "actor_id": ["a1", "a2", "a1", "a3"],
         "corpus_actor": ["Ana Ruiz", "Harbor Council", "Ana Ruiz", "Li Wei"],
         "corpus_type": ["PERSON", "ORG", "PERSON", "PERSON"],
         "link": ["same name", "same name", "surname in corpus", "same name"]}


@pytest.fixture(scope="module")
def invented() -> corpus.Corpus:
    """A corpus of the invented tables above, held in memory, with its corpus actors given."""
    given = {"articles": ARTICLES, "actors": ACTORS, "mentions": MENTIONS, "mention_sentiment": SCORED,
             "quotes": QUOTES, "events": EVENTS, "portrayal": PORTRAYAL}
    frames = {name: tables.conform(pd.DataFrame(given[name]), name) if name in given else tables.empty(name)
              for name in ("articles", *tables.ARTICLE_TABLES)}
    made = corpus.Corpus(tables.empty("errors"), corpus.FrameTables(frames)).with_engine("vader")
    made.__dict__["corpus_actors"] = tables.conform(pd.DataFrame(LINKS), "corpus_actors")
    return made


def test_actor_ranking_counts_articles_of_corpus_actors(invented: corpus.Corpus) -> None:
    ranking = aggregates.actor_ranking(invented.query())
    assert ranking[["actor", "type", "n_articles", "n_mentions", "names"]].values.tolist() == [
        ["Ana Ruiz", "PERSON", 2, 2, "Ana Ruiz; Ruiz"], ["Harbor Council", "ORG", 1, 9, "Harbor Council"],
        ["Li Wei", "PERSON", 1, 1, "Li Wei"]]


def test_names_behind_sum_each_name_over_its_articles(invented: corpus.Corpus) -> None:
    names = aggregates.names_behind(invented.query()).set_index("actor")
    assert names.loc["Ruiz", ["corpus_actor", "link", "n_articles", "aliases"]].tolist() == [
        "Ana Ruiz", "surname in corpus", 1, "Mayor Ruiz"]
    assert names.loc["Ana Ruiz", "aliases"] == "Ana Ruiz; Ms. Ruiz" and len(names) == 4


def test_cooccurrence_counts_sentences_naming_both_corpus_actors(invented: corpus.Corpus) -> None:
    matrix = aggregates.cooccurrence(invented.query(), ["a1", "a2", "a3"])
    assert matrix.loc["a1"].tolist() == [0, 1, 1] and matrix.loc["a3", "a2"] == 0
    assert aggregates.cooccurrence(invented.query(), ["a2"]).values.tolist() == [[0]]


def test_portrayal_over_time_by_corpus_actor_and_period(invented: corpus.Corpus) -> None:
    start, end = pd.Timestamp("2025-03-01"), pd.Timestamp("2025-03-31")
    trend = aggregates.portrayal_over_time(invented.query(), actor_ids=["a1"], start=start, end=end, period="month")
    assert trend[["actor", "period", "n", "n_articles"]].values.tolist() == [["Ana Ruiz", pd.Timestamp("2025-03-01"), 3, 2]]
    assert trend["polarity_mean"].iloc[0] == pytest.approx(0.2)
    assert aggregates.portrayal_over_time(invented.query(), actor_ids=["a1"], start=None, end=None, period="month").empty
    with pytest.raises(ValueError, match="fortnight"):
        aggregates.portrayal_over_time(invented.query(), actor_ids=["a1"], start=start, end=end, period="fortnight")


def test_dated_events_in_date_order_with_headlines_and_far_dates_apart(invented: corpus.Corpus) -> None:
    every = aggregates.dated_events(invented.query())
    assert every[["start_date", "trigger", "headline"]].values.tolist() == [
        [dt.date(1650, 1, 1), "met", "Ferry vote"], [dt.date(2025, 3, 1), "vote", "Ferry vote"],
        [dt.date(2025, 3, 2), "meeting", "Port talks"]]
    far = aggregates.dated_events(invented.query(), outside=(pd.Timestamp("2025-03-01"), pd.Timestamp("2025-03-07")))
    assert far["trigger"].tolist() == ["met"]
    assert len(aggregates.dated_events(invented.query(), limit=1)) == 1


def test_quote_counts_and_voices_by_kind_of_source_and_outlet(invented: corpus.Corpus) -> None:
    counts = aggregates.quote_counts(invented.query(), top=10)
    assert counts.values.tolist() == [["Ana Ruiz", 1, 0, 2, 3, 1, 0], ["(no speaker)", 0, 1, 0, 1, 0, 0],
                                      ["a police spokesman", 0, 0, 1, 1, 0, 1]]
    assert list(counts.columns) == ["speaker", "direct", "mixed", "indirect", "total", "stances", "withheld"]
    # voices count words and thoughts given: not Ana Ruiz's stance, not the spokesman's refusal
    overall = aggregates.voices(invented.query(), by="all").set_index("speaker_type")
    assert overall.loc["person", ["quotes", "speakers"]].tolist() == [2, 1] and overall.loc["unattributed", "quotes"] == 1
    assert "descriptor" not in overall.index
    by_source = aggregates.voices(invented.query(), by="source").set_index("source")
    assert by_source.loc["Daily", "person"] == 2 and list(by_source.index) == ["Daily"]
    picked, total = aggregates.quotes_of(invented.query(), ["Ana Ruiz"], columns=["quote"], limit=1)
    assert (picked["quote"].tolist(), total) == (["w"], 3)


def test_portrayed_actors_rank_by_articles_and_bring_only_their_rows(invented: corpus.Corpus) -> None:
    assert aggregates.portrayed_actors(invented.query(), top=1) == ["Ana Ruiz"]
    rows = aggregates.portrayal_rows(invented.query(), ["Ana Ruiz"])
    assert rows[["article_id", "label"]].values.tolist() == [["a", "positive"], ["b", "negative"]]
    assert aggregates.most_mentioned(invented.query(), min_mentions=2, top=5) == ["Harbor Council"]


def test_timeline_events_keep_the_top_actors_at_the_granularity_floor(invented: corpus.Corpus) -> None:
    events, actors = aggregates.timeline_events(invented.query(), n_actors=1,
                                                granularity=lambda g: chronology.granularity_at_least(g, "day"))
    assert actors == ["Ana Ruiz"] and events["trigger"].tolist() == ["vote"]
    events, actors = aggregates.timeline_events(invented.query(), n_actors=5, granularity=lambda g: True)
    assert actors == ["Li Wei", "Ana Ruiz"]  # two articles against one
    assert timelines.timeline_of(events, ["Li Wei"])["n_sources"].tolist() == [1, 1]
    per_article = aggregates.events_per_article(invented.query())
    assert per_article.values.tolist() == [["a", 2, "Ferry vote"], ["b", 1, "Port talks"]]


def test_one_line_summary_names_the_most_mentioned_people_and_the_dated_span(invented: corpus.Corpus) -> None:
    assert aggregates.one_line_summary(invented.query(), n=2) == (
        "top actors: Ana Ruiz, Li Wei; dates: 1650-01-01 – 2025-03-02")  # ties go by name
    assert aggregates.one_line_summary(invented.select(["a"]).query()) == (
        "top actors: Ana Ruiz; dates: 1650-01-01 – 2025-03-01")


SECOND_ARTICLE = """Harbor Council Approves New Ferry Line

The Harbor Council approved a new ferry line on Monday after a long debate in March 2024.

Mayor Ana Ruiz said the service would start in June. "This is a good day for the island," she said.
Ana Ruiz thanked the Harbor Council.
"""


@pytest.fixture(scope="module")
def two_ways(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> tuple[corpus.Corpus, corpus.Corpus]:
    """The sample article and an invented one, analysed into a store and in memory."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copy(sample_path, folder)
    shutil.copy(sample_path.with_name(sample_path.stem + ".meta.yaml"), folder)
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    stored = corpus.build_corpus(str(folder), cache_dir=tmp_path_factory.mktemp("store"), jobs=1)
    return stored.with_engine("vader"), corpus.build_corpus(str(folder), cache=False, jobs=1).with_engine("vader")


def _leading(query: CorpusQuery) -> list[str]:
    return aggregates.actor_ranking(query)["actor_id"].head(5).tolist()


VIEWS = {
    "ranking": aggregates.actor_ranking, "names": aggregates.names_behind, "sources": aggregates.sources,
    "dated": aggregates.dated_events, "quotes": lambda q: aggregates.quote_counts(q, top=50),
    "voices": lambda q: aggregates.voices(q, by="source"), "timexes": aggregates.timex_counts,
    "portrayal": lambda q: aggregates.portrayal_rows(q, aggregates.portrayed_actors(q, top=50)),
    "timeline": lambda q: aggregates.timeline_events(q, granularity=lambda g: True, n_actors=5)[0],
    "co-occurrence": lambda q: aggregates.cooccurrence(q, _leading(q)),
    "over time": lambda q: aggregates.portrayal_over_time(q, actor_ids=_leading(q), period="year",
                                                          start=pd.Timestamp("1900-01-01"), end=pd.Timestamp("2100-01-01")),
    "per article": aggregates.events_per_article,
    "summary": lambda q: pd.DataFrame({"line": [aggregates.one_line_summary(q)]}),
    "most mentioned": lambda q: pd.DataFrame({"actor": aggregates.most_mentioned(q, min_mentions=1, top=10)}),
}


@pytest.mark.parametrize("view", VIEWS)
def test_the_store_answers_as_memory_does(view: str, two_ways: tuple[corpus.Corpus, corpus.Corpus]) -> None:
    stored, in_memory = (VIEWS[view](built.query()) for built in two_ways)
    assert len(stored) > 0
    pd.testing.assert_frame_equal(stored, in_memory)


def test_corpus_actors_are_recorded_once_and_read_back(two_ways: tuple[corpus.Corpus, corpus.Corpus]) -> None:
    stored, in_memory = two_ways
    source = stored.source
    path = Path(stored.corpus_actors_file())
    assert path.is_file() and path.parent.name == "manifests"

    def reopened(listing: pd.DataFrame = source.manifest) -> corpus.Corpus:
        return corpus.Corpus(stored.errors, corpus.StoreTables(source.store, listing, key=source.key))

    pd.testing.assert_frame_equal(reopened().corpus_actors, in_memory.corpus_actors)
    original = path.read_bytes()
    marked = in_memory.corpus_actors.assign(corpus_actor="as recorded")
    try:
        manifest.write_derived(source.store, source.key, "corpus_actors", reopened()._identity_digest(), marked)
        assert set(reopened().corpus_actors["corpus_actor"]) == {"as recorded"}
        assert set(aggregates.actor_ranking(reopened().query())["actor"]) == {"as recorded"}
        fewer = reopened(source.manifest.iloc[:1])  # a rebuild with other articles keeps the fingerprint
        assert "as recorded" not in set(fewer.corpus_actors["corpus_actor"])
        assert set(fewer.corpus_actors["article_id"]) == {source.manifest["article_id"].iloc[0]}
        assert len(list(path.parent.glob(f"{source.key}.corpus_actors.*.parquet"))) == 1  # older records removed
    finally:
        manifest.write_derived(source.store, source.key, "corpus_actors", reopened()._identity_digest(),
                               pd.read_parquet(io.BytesIO(original)))
