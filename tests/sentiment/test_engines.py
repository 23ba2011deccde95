"""Tests for analysis.sentiment.engines: each engine's score of a text and of every sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import sentiment


@pytest.mark.parametrize(
    ("text", "engine", "sign"),
    [
        ("The new hospital is a wonderful, excellent achievement.", "textblob", 1),
        ("The new hospital is a wonderful, excellent achievement.", "vader", 1),
        ("The attack was a horrible, terrible disaster.", "textblob", -1),
        ("The attack was a horrible, terrible disaster.", "vader", -1),
        ("The committee met on Tuesday.", "textblob", 0),
        ("The committee met on Tuesday.", "vader", 0),
    ],
)
def test_polarity_sign_per_engine(text: str, engine: str, sign: int) -> None:
    score = sentiment.polarity(text, engine=engine)
    assert -1.0 <= score <= 1.0
    assert (score > 0) - (score < 0) == sign


def test_engines_differ_and_unknown_engine_is_rejected() -> None:
    text = "Protesters attacked the embassy."
    assert sentiment.polarity(text, engine="vader") < 0 == sentiment.polarity(text, engine="textblob")
    with pytest.raises(ValueError, match="textblob, vader"):
        sentiment.polarity(text, engine="afinn")


def test_sentence_sentiment_offsets_and_subjectivity(nlp: Language) -> None:
    doc = nlp("The talks were a great success. The ceasefire collapsed in a terrible way.")
    for engine, has_subjectivity in (("textblob", True), ("vader", False)):
        rows = sentiment.sentence_sentiment(doc, engine=engine)
        assert [(r.start, r.end) for r in rows] == [(s.start_char, s.end_char) for s in doc.sents]
        assert rows[0].polarity > 0 > rows[1].polarity
        assert (rows[0].subjectivity is not None) == has_subjectivity


@pytest.mark.parametrize(
    "text",
    ["The deal is not a great outcome, but it is very good news for farmers.", "", "Terrible, awful losses."],
)
def test_textblob_engine_matches_textblob_itself(text: str) -> None:
    from textblob import TextBlob

    expected = TextBlob(text).sentiment
    assert sentiment.polarity(text) == pytest.approx(expected.polarity)
    assert sentiment.subjectivity(text) == pytest.approx(expected.subjectivity)
