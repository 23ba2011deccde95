"""Tests for analysis.sentiment.target: a mention's head, role and evidence words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import sentiment

from .texts import char_span


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("The senator criticized the governor on Tuesday.", "senator", "subject"),
        ("The senator criticized the governor on Tuesday.", "governor", "object"),
        ("The governor was criticized by the senator.", "governor", "object"),
        ("The governor was criticized by the senator.", "senator", "subject"),
        ("The minister spoke about Ukraine at length.", "Ukraine", "object"),
        ("Russia's army advanced near the border.", "Russia", "mentioned"),
        ("Chancellor Scholz, a cautious leader, met Macron in Paris.", "Scholz", "subject"),
    ],
)
def test_roles(nlp: Language, text: str, words: str, role: str) -> None:
    doc = nlp(text)
    start, end = char_span(text, words)
    head = sentiment.span_head(sentiment.span_tokens(doc, start, end))
    assert sentiment.role_of(head) == role


def test_evidence_keeps_own_clause_and_drops_others(nlp: Language) -> None:
    text = "Chancellor Scholz, a cautious leader, met Macron in Paris."
    doc = nlp(text)
    for_macron = [t.text for t in sentiment.evidence_tokens(doc, *char_span(text, "Macron"))]
    for_scholz = [t.text for t in sentiment.evidence_tokens(doc, *char_span(text, "Scholz"))]
    assert "met" in for_macron and "cautious" not in for_macron and "Macron" not in for_macron
    assert "cautious" in for_scholz and "Scholz" not in for_scholz
