"""Tests for analysis.entities.credits: credit lines, agency credits and weekdays opening a date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.nlp import parse_one

from .corrected import mention_texts, spans_by_text


def test_credit_line_yields_no_entities(nlp: Language) -> None:
    assert spans_by_text(nlp, "Marc Santora contributed reporting from Kyiv, Ukraine.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Andrew Vaughan/Canadian Press\n\nThe storm hit the coast on Monday.", "Vaughan"),
        ("The storm hit the coast on Monday. CP photo/Lena Marsh", "Marsh"),
    ],
)
def test_agency_credit_is_not_an_actor(nlp: Language, text: str, name: str) -> None:
    assert any(name in e.text and e.label_ == "PERSON" for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    assert not any(name in actor for actor in mention_texts(nlp, text).values())


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo: Andrew Vaughan", True),
        ("Photograph: Lena Ruud for the Herald", True),
        ("Photographers gathered outside the court.", False),
    ],
)
def test_photo_credit_lines(nlp: Language, text: str, credit: bool) -> None:
    from analysis.entities.credits import is_credit_line

    assert is_credit_line(next(parse_one(text, nlp=nlp).sents)) is credit


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Sun., Nov. 29, 2026\nThe council met in Oakville to vote on the budget.", "Sun", None),
        ("The Sun reported that the council met on Friday.", None, "Sun"),
    ],
)
def test_a_weekday_opening_a_date_is_no_actor(nlp: Language, text: str, dropped: str | None,
                                              kept: str | None) -> None:
    """"Sun., Nov. 29": the model tags the weekday a place; a newspaper called the Sun stays."""
    spans = spans_by_text(nlp, text)
    if dropped:
        assert any(e.text.startswith(dropped) for e in parse_one(text, nlp=nlp).ents), \
            "the model no longer tags the case"
        assert not any(t.startswith(dropped) for t in spans), spans
    if kept:
        assert kept in spans, spans
