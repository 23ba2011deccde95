"""The DuckDB query layer: aggregates equal the same computed in pandas on the full tables, for a
store-backed and an in-memory corpus, restricted to the corpus's own articles."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, errors

SECOND_ARTICLE = """Harbor Council Approves New Ferry Line

The Harbor Council approved a new ferry line on Monday after a long debate in March 2024.

Mayor Ana Ruiz said the service would start in June. "This is a good day for the island," she said.
Ana Ruiz thanked the Harbor Council.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> Path:
    target = tmp_path_factory.mktemp("articles")
    shutil.copy(sample_path, target)
    shutil.copy(sample_path.with_name(sample_path.stem + ".meta.yaml"), target)
    (target / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def stored(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> corpus.Corpus:
    return corpus.build_corpus(str(folder), cache_dir=tmp_path_factory.mktemp("store"), jobs=1)


@pytest.fixture(scope="module")
def in_memory(folder: Path) -> corpus.Corpus:
    return corpus.build_corpus(str(folder), cache=False, jobs=1)


def pandas_actor_counts(built: corpus.Corpus) -> pd.DataFrame:
    grouped = built.actors.groupby("actor").agg(n_articles=("article_id", "nunique"), n_mentions=("n_mentions", "sum"))
    ranked = grouped.reset_index().sort_values(["n_articles", "n_mentions", "actor"], ascending=[False, False, True])
    return ranked.reset_index(drop=True)


@pytest.mark.parametrize("kind", ["stored", "in_memory"])
def test_actor_counts_rank_actors_by_articles_as_pandas_does(kind: str, request: pytest.FixtureRequest) -> None:
    built = request.getfixturevalue(kind)
    got = built.query().actor_counts(top=1000)
    expected = pandas_actor_counts(built)
    assert list(got["actor"]) == list(expected["actor"])
    assert list(got["n_articles"]) == list(expected["n_articles"])
    assert list(got["n_mentions"]) == list(expected["n_mentions"])


@pytest.mark.parametrize("kind", ["stored", "in_memory"])
def test_dated_events_per_period_match_pandas(kind: str, request: pytest.FixtureRequest) -> None:
    built = request.getfixturevalue(kind)
    dated = built.events[built.events["dated"].astype(bool) & built.events["start_date"].notna()]
    years = pd.to_datetime(dated["start_date"]).dt.year.value_counts().sort_index()
    got = built.query().events_by_period(period="year")
    assert [d.year for d in got["period"]] == list(years.index)
    assert list(got["n_events"]) == list(years.values)
    with pytest.raises(ValueError, match="fortnight"):
        built.query().events_by_period(period="fortnight")


def test_portrayal_per_actor_per_month_matches_pandas(stored: corpus.Corpus) -> None:
    vader = stored.with_engine("vader")
    got = vader.query().portrayal_by_month(top=1000)
    assert set(got["engine"]) == {"vader"}
    dates = vader.articles.set_index("article_id")["published"].dropna()
    scored_rows = vader.mention_sentiment
    actors_only = scored_rows["actor"].isin(set(vader.actors["actor"]))  # not descriptor speakers ("officials")
    dated = scored_rows[scored_rows["article_id"].isin(dates.index) & actors_only]
    scored = dated.assign(month=pd.to_datetime(dated["article_id"].map(dates).map(lambda d: d.replace(day=1))))
    expected = scored.groupby(["actor", "month"])["polarity"].agg(["size", "mean"]).reset_index()
    merged = got.merge(expected, left_on=["actor", "month"], right_on=["actor", "month"], validate="one_to_one")
    assert len(merged) == len(expected) == len(got)
    assert (merged["n"] == merged["size"]).all()
    assert (merged["polarity_mean"] - merged["mean"]).abs().max() < 1e-12


def test_the_store_and_memory_give_the_same_answers(stored: corpus.Corpus, in_memory: corpus.Corpus) -> None:
    for ask in ("actor_counts", "events_by_period", "articles_by_period", "portrayal_by_month"):
        pd.testing.assert_frame_equal(getattr(stored.query(), ask)(), getattr(in_memory.query(), ask)(),
                                      check_dtype=False, obj=ask)


@pytest.mark.parametrize(("ask", "code", "allowed"), [
    (lambda built: built.query().count("mention"), "E801", "mentions"),
    (lambda built: built.table("mention"), "E801", "corpus_actors"),
    (lambda built: built.query().events_by_period(period="fortnight"), "E802", "year, quarter, month, week, day"),
    (lambda built: built.query().articles_by_period(period=""), "E802", "year, quarter, month, week, day"),
    (lambda built: built.query().ordered("mention", ["actor"]), "E801", "mentions"),
])
def test_a_bad_table_or_period_name_gets_a_coded_error_with_the_allowed_names(
        stored: corpus.Corpus, ask: Callable[[corpus.Corpus], object], code: str, allowed: str) -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        ask(stored)
    assert raised.value.code == code and isinstance(raised.value, ValueError)
    assert allowed in str(raised.value) and "use one of" in str(raised.value)


def test_a_selected_corpus_queries_only_its_own_articles(stored: corpus.Corpus) -> None:
    first = stored.articles["article_id"].iloc[1]
    one = stored.select([first])
    assert one.query().count("mentions") == len(one.mentions) == int((stored.mentions["article_id"] == first).sum())
    assert set(one.query().sql("SELECT DISTINCT article_id FROM sentences")["article_id"]) == {first}
    assert one.query().count("articles") == 1


@pytest.mark.parametrize("kind", ["stored", "in_memory"])
@pytest.mark.parametrize("table", ["mentions", "quotes", "events", "mention_sentiment"])
def test_ordered_rows_come_in_the_corpus_order_with_its_dtypes(
        kind: str, table: str, request: pytest.FixtureRequest) -> None:
    built = request.getfixturevalue(kind).with_engine("vader")
    frame = built.table(table)
    columns = [*[c for c in frame.columns if c not in ("text", "evidence", "engine")][:5],
               *(["engine"] if "engine" in frame.columns else [])]
    with built.query() as query:
        got = query.ordered(table, columns)
        first = query.ordered(table, columns, limit=2)
        counted = query.scalar(f"SELECT count(*) FROM {table}")
    pd.testing.assert_frame_equal(got, frame[columns].reset_index(drop=True), check_dtype=False)
    assert list(got.dtypes.astype(str)) == list(frame[columns].dtypes.astype(str))
    pd.testing.assert_frame_equal(first, got.head(2))
    assert counted == len(frame) > 2
    if table == "mention_sentiment":
        assert set(got["engine"]) == {"vader"}


def test_a_closed_query_refuses_more_work(stored: corpus.Corpus) -> None:
    with stored.query() as query:
        assert query.count("articles") == 2
    with pytest.raises(Exception, match="closed"):
        query.count("articles")

