"""The table schema helpers: records to frames, conforming, concatenation."""

from __future__ import annotations

import pandas as pd

from analysis import tables


def test_from_records_gives_the_schema_and_joins_lists() -> None:
    frame = tables.from_records([{"actor": "Putin", "aliases": ("Putin", "Vladimir Putin")}], "actors",
                                article_id="a1")
    assert tuple(frame.columns) == tables.COLUMNS["actors"]
    assert frame.loc[0, "aliases"] == "Putin; Vladimir Putin" and pd.isna(frame.loc[0, "type"])


def test_concat_types_follow_the_values_not_the_split() -> None:
    rows = [{"article_id": "a", "speaker": None, "sentence_id": None},
            {"article_id": "b", "speaker": "Syrsky", "sentence_id": 3}]
    whole = tables.from_records(rows, "quotes")
    split = tables.concat([tables.from_records(rows[:1], "quotes"), tables.from_records(rows[1:], "quotes")],
                          "quotes")
    pd.testing.assert_frame_equal(whole, split)


def test_concat_keeps_extra_columns_and_the_schema_when_empty() -> None:
    keyed = tables.from_records([{"article_id": "a"}], "paragraphs").assign(article_key="k")
    assert list(tables.concat([keyed], "paragraphs", extra=("article_key",)).columns)[-1] == "article_key"
    assert tuple(tables.concat([], "paragraphs").columns) == tables.COLUMNS["paragraphs"]


def test_notes_describe_columns_of_the_schema_in_order() -> None:
    for table, notes in tables.NOTES.items():
        assert tuple(notes) == tables.COLUMNS[table]


def test_modules_derive_their_column_lists_from_the_schema() -> None:
    from analysis import articles, sentiment
    assert articles.ARTICLE_COLUMNS is tables.COLUMNS["articles"]
    assert articles.ERROR_COLUMNS is tables.COLUMNS["errors"]
    assert articles.PARAGRAPH_COLUMNS is tables.COLUMNS["paragraphs"]
    assert sentiment.ACTOR_SENTIMENT_COLUMNS is tables.COLUMNS["actor_sentiment"]


def test_actor_sentiment_carries_its_engine() -> None:
    from analysis import sentiment
    rows = pd.DataFrame({"article_id": ["a"], "actor": ["X"], "role": ["subject"], "polarity": [0.5],
                         "sentence_id": [0]})
    table = sentiment.actor_sentiment(rows, engine="vader")
    assert tuple(table.columns) == tables.COLUMNS["actor_sentiment"] and table["engine"].tolist() == ["vader"]
