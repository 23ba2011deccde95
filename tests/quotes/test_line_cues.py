"""Tests for the cue patterns of a line's form (``analysis.quotes.line_cues``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


@pytest.mark.parametrize(
    "text",
    [
        # a noun after a singular name is no headline verb
        "Maria Lund Plan for Bridge Is Costly.\n\nMaria Lund spoke in Oslo on Monday.",
        # a colon after words that name nobody is a label, not a source
        "The Latest: Bridge Reopens in Oslo.\n\nThe bridge reopened on Monday.",
    ],
)
def test_title_lines_without_attribution(nlp: Language, text: str) -> None:
    title_end = text.index("\n")
    assert [q for q in quotes_of(nlp, text) if q.content_start < title_end] == []


def test_title_line_verb_is_a_fallback(nlp: Language) -> None:
    text = "Maria Lund says bridge will reopen in May.\n\nMaria Lund spoke in Oslo on Monday."
    [quote] = [q for q in quotes_of(nlp, text) if q.content_start < text.index("\n")]
    assert (quote.speaker, quote.cue) == ("Maria Lund", "say")
    assert text[quote.content_start:quote.content_end] == "bridge will reopen in May"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a plural noun is no headline verb: its "-s" is no agreement ("Observers" is not "observe")
        ("Harwick Observers Fear Plant Closure\n\nThe plant employs 300 people.", "fear", "Harwick Observers"),
        # the longest lemma of the verb form is the cue
        ("Lund Lambastes Council Over Bridge Delay\n\nThe bridge opened late.", "lambaste", "Lund"),
    ],
)
def test_title_line_verb_is_a_verb_form(nlp: Language, text: str, cue: str, speaker: str) -> None:
    [quote] = [q for q in quotes_of(nlp, text) if q.content_start < text.index("\n")]
    assert (quote.cue, quote.speaker) == (cue, speaker)
