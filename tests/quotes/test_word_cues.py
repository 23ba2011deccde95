"""Tests for the cue patterns of other words (``analysis.quotes.word_cues``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the model reads the verb as a plural noun after a name opening the sentence
        ("Lund charges that the council wasted money.", "Lund"),
        ("Mayor Anna Lund charges that the council wasted money.", "Anna Lund"),
        # a noun that is what the sentence is about has no holder
        ("The charges that the council wasted money were dropped.", None),
    ],
)
def test_a_speech_verb_read_as_a_noun_keeps_its_subject(nlp: Language, text: str, speaker: str | None) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.cue, quote.speaker, text[quote.content_start:quote.content_end]) == (
        "charge", speaker, "that the council wasted money")
