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
        # a plural noun the parser makes the subject of the verb right after it is no headline verb
        "Harbour Power Plant Rules Face Key Test In State Court\n\nThe rules face a test on Tuesday.",
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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a role before the name
        ("Union president Maria Lund: “We warned them this would happen.”", "We warned them this would happen."),
        # a sentence inside a paragraph: the quote after the colon is the content, not the rest
        ("The union blamed the cuts. Its president, Maria Lund: “We warned them. Nobody listened.” The mayor left.",
         "We warned them. Nobody listened."),
    ],
)
def test_a_name_and_a_colon_before_a_quote(nlp: Language, text: str, content: str) -> None:
    [quote] = [q for q in quotes_of(nlp, text) if q.cue == ":"]
    assert (quote.speaker, quote.kind, text[quote.content_start:quote.content_end]) == ("Maria Lund", "direct", content)


@pytest.mark.parametrize(
    "text",
    [
        # a clause with a verb before the colon is no speaker's name
        "Maria Lund gave the toll: “Twelve people died.”",
        # inside a paragraph, a colon with no quote after it introduces a list
        "The mill lost three things. Mayor Maria Lund: her office, her car and her temper.",
    ],
)
def test_no_colon_speaker(nlp: Language, text: str) -> None:
    assert [q for q in quotes_of(nlp, text) if q.cue == ":"] == []
