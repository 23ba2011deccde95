"""Tests for the learned finder's candidates (``analysis.quotes.learned``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.nlp import parse_one
from analysis.quotes.learned import learned_content


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        # the object of a verb of describing is what is said
        ("The mayor described the crowd at the gate.", "described", "the crowd at the gate"),
        # the object of a verb of addressing is the person spoken to, no content
        ("The mayor assured the crowd.", "assured", None),
        ("The mayor briefed reporters on Monday.", "briefed", None),
        # its other complements still are ("briefed reporters on the bridge")
        ("The mayor briefed reporters about the new bridge.", "briefed", "the new bridge"),
        # the object of "with" is who one is with, never what is said
        ("The mayor appeared with the fire chief on Monday.", "appeared", None),
    ],
)
def test_learned_content(nlp: Language, text: str, verb: str, content: str | None) -> None:
    doc = parse_one(text, nlp=nlp)
    [token] = [t for t in doc if t.text == verb]
    found = learned_content(token)
    assert (doc[found[1]:found[2] + 1].text if found else None) == content
