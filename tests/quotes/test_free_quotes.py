"""Tests for quoted words in no reported clause (``analysis.quotes.free_quotes``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


def test_a_dash_after_a_quote_credits_the_person(nlp: Language) -> None:
    text = "“The plan is a shame.” ― Sonya Berglund\n\n“We can still fix it.” ― Steve Quinlan"
    found = [(q.quote, q.speaker, q.cue) for q in quotes_of(nlp, text)]
    assert found == [("The plan is a shame.", "Sonya Berglund", "\u2014"),
                     ("We can still fix it.", "Steve Quinlan", "\u2014")]


def test_a_cue_ending_in_a_colon_before_the_quote_paragraph(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "Maria Lund told the crowd:\n\n“We will rebuild the bridge by May.”")
    assert (quote.speaker, quote.cue, quote.kind) == ("Maria Lund", "tell", "direct")


def test_a_clause_ending_in_a_colon_introduces_its_subject_s_quote(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "Maria Lund released the following statement: “We mourn a friend.”")
    assert (quote.quote, quote.speaker, quote.cue, quote.kind) == ("We mourn a friend.", "Maria Lund", "release",
                                                                   "direct")


def test_quote_without_any_cue_has_no_speaker(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "The sign read “No entry for anyone after dark, by order.”")
    assert (quote.speaker, quote.cue) == (None, None)


def test_quoted_words_in_what_a_named_actor_does_are_theirs(nlp: Language) -> None:
    text = "Maria Lund attacked the mayor as a “con artist” on Monday."
    [quote] = quotes_of(nlp, text)
    assert (quote.quote, quote.speaker, quote.cue, quote.kind) == ("con artist", "Maria Lund", "attack", "mixed")
    assert text[quote.content_start:quote.content_end] == "the mayor as a “con artist” on Monday"


def test_a_quoted_title_is_no_quote_of_the_subject(nlp: Language) -> None:
    assert quotes_of(nlp, "Maria Lund watched the film “Northern Lights” twice.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Critics call the practice “renoviction” in the city.",
        "She watched the film “Northern Lights” twice.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == []
