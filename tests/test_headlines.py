"""Tests for analysis.headlines: title case handled, mentions linked to the body's actors."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.actors import extract_mentions
from analysis.headlines import headline_doc, headline_mentions, true_cased
from analysis.nlp import parse_one

BODY = ("Mayor Edda Holmqvist visited the Brekke district on Monday. Holmqvist said the new "
        "bridge in Brekke would open in May.")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Holmqvist Visits Brekke to Cheer Opening of New Bridge",
         "Holmqvist visits Brekke to cheer opening of new bridge"),
        # a headline in sentence case is left alone
        ("Holmqvist visits Brekke", "Holmqvist visits Brekke"),
    ],
)
def test_true_casing_keeps_the_body_capitals(headline: str, expected: str) -> None:
    assert true_cased(headline, BODY) == expected
    assert len(true_cased(headline, BODY)) == len(headline)


def test_headline_mentions_name_the_body_actors(nlp: Language) -> None:
    headline = "Holmqvist Visits Brekke to Cheer Opening of New Bridge"
    body = extract_mentions(parse_one(BODY, nlp=nlp))
    found = headline_mentions(headline_doc(headline, BODY, nlp=nlp), body, headline)
    actors = {m.actor for m in found}
    assert "Edda Holmqvist" in actors
    assert not any("Cheer" in m.text or "Opening" in m.text for m in found)
    assert all(headline[m.start:m.end] == m.text for m in found)


def test_a_headline_actor_the_body_does_not_name_keeps_the_headline_s_capitals(nlp: Language) -> None:
    """True-casing lower-cases a common word the body never writes mid-sentence ("Halifax" is a
    WordNet noun); the actor is named as the headline writes it."""
    headline = "Wait Times Hit Record at Halifax Hospital"
    body_text = "HALIFAX — Patients waited nine hours on Monday, the longest on record."
    body = extract_mentions(parse_one(body_text, nlp=nlp))
    found = headline_mentions(headline_doc(headline, body_text, nlp=nlp), body, headline)
    assert [(m.text, m.actor) for m in found] == [("Halifax Hospital", "Halifax Hospital")]
