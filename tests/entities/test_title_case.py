"""Tests for analysis.entities.title_case: headline fragments and the end of a headline's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.nlp import parse_one

from .corrected import model_tags, spans_by_text


def test_a_headline_verb_after_a_last_name_is_cut_even_when_it_is_also_a_first_name(nlp: Language) -> None:
    """"Clinton" is a first name too, but here it is Hillary Clinton's last name."""
    text = "Clinton Breaks With Obama On Lawsuit Bill\n\nHillary Clinton said on Friday that she would sign the bill."
    assert model_tags(nlp, text, "Clinton Breaks", "PERSON"), "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert "Clinton" in spans and "Clinton Breaks" not in spans, spans


def test_headline_fragment_is_not_a_person(nlp: Language) -> None:
    text = "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops"
    assert "Cheer Ouster" in {e.text for e in parse_one(text, nlp=nlp).ents}
    spans = spans_by_text(nlp, text)
    assert "Cheer Ouster" not in spans
    assert spans["Putin"].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The hospital is full.\n\nBrampton Mayor Patrick Brown called for more funding from Queen's Park.",
         "Mayor Patrick Brown"),
        ("Environment Minister Patrick Brown Opposes Plan to Close Harbour", "Minister Patrick Brown"),
    ],
)
def test_a_name_after_a_title_or_among_lower_case_words_is_no_headline_fragment(
        nlp: Language, text: str, name: str) -> None:
    """A sentence full of names and titles still has lower-case content words ("called",
    "funding"), so it is no headline; in a real headline a title still makes a name."""
    assert "Patrick Brown" in {e.text for e in parse_one(text, nlp=nlp).ents}, "the model changed"
    assert name in spans_by_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria Lund Wins Vote On Bridge Tolls", "Maria Lund"),
        ("Oskar Brandt Responds To Question About Tolls", "Oskar Brandt"),
        # a surname that is also a verb form stays after a first name
        ("Anna Banks Wins Vote On Bridge Tolls", "Anna Banks"),
    ],
)
def test_a_headline_name_ends_before_its_verb(nlp: Language, text: str, name: str) -> None:
    raw = {e.text for e in parse_one(text, nlp=nlp).ents}
    assert any(e.startswith(name + " ") for e in raw), "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert name in spans and spans[name].label == "PERSON"
    assert not [other for other in spans if other != name and other.startswith(name)]
