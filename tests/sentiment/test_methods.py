"""Tests for analysis.sentiment.methods: target polarity and label by the lexicon and learned methods."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import sentiment

from .texts import char_span


@pytest.mark.parametrize("method", sentiment.METHODS)
def test_negation_lowers_sentiment_towards_object(nlp: Language, method: str) -> None:
    praised = "The mayor praised the police chief."
    not_praised = "The mayor did not praise the police chief."
    scores = [
        sentiment.target_polarity(nlp(t), *char_span(t, "police chief"), engine="vader", method=method)
        for t in (praised, not_praised)
    ]
    assert scores[0] > 0 > scores[1]


@pytest.mark.parametrize("engine", sentiment.ENGINES)
@pytest.mark.parametrize("method", sentiment.METHODS)
def test_target_dependence(nlp: Language, engine: str, method: str) -> None:
    text = "The president praised the generous volunteers but condemned the corrupt officials."
    doc = nlp(text)
    praised = sentiment.target_polarity(doc, *char_span(text, "volunteers"), engine=engine, method=method)
    condemned = sentiment.target_polarity(doc, *char_span(text, "officials"), engine=engine, method=method)
    assert praised > condemned
    assert condemned < 0


def test_learned_label_and_unknown_method(nlp: Language) -> None:
    text = "The senator harshly criticized the corrupt governor."
    doc = nlp(text)
    assert sentiment.target_label(doc, *char_span(text, "governor"), engine="vader") == "negative"
    with pytest.raises(ValueError, match="learned, lexicon"):
        sentiment.target_polarity(doc, 0, 3, method="neural")


@pytest.mark.parametrize(
    ("score", "band", "label"),
    [(0.3, 0.1, "positive"), (-0.3, 0.1, "negative"), (0.05, 0.1, "neutral"), (0.0, 0.0, "neutral")],
)
def test_label_of(score: float, band: float, label: str) -> None:
    assert sentiment.label_of(score, neutral_band=band) == label
