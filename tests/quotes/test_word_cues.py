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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a poll that frames the clause, opening it or set into it
        ("In the new Gallup poll, the mayor wins one in three voters.",
         [("poll", "the mayor wins one in three voters")]),
        ("The mayor, in the latest Marist poll, leads by six points.",
         [("poll", "The mayor, in the latest Marist poll, leads by six points")]),
        # a poll that places an actor
        ("A Marist survey released Friday had him at 4 percent.", [("poll", "him at 4 percent")]),
        # a standing in the polls is no finding reported; nor a poll's margin of error
        ("The mayor continues to lead in the polls.", []),
        ("The poll had a margin of error of three points.", []),
        # a cue verb in the clause reports it, as its own
        ("In the poll, 40 percent said they would vote for him.", [("say", "they would vote for him")]),
    ],
)
def test_what_a_poll_finds_is_reported_with_the_poll_as_source(nlp: Language, text: str,
                                                               found: list[tuple[str, str]]) -> None:
    assert [(q.cue, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # idioms of a light verb and a noun of stance: what they take a stance on, the subject's
        ("Maria Lund took issue with the new toll.", [("issue", "Maria Lund", "the new toll")]),
        ("Oskar Brandt took credit for the new bridge.", [("credit", "Oskar Brandt", "the new bridge")]),
        ("Maria Lund took aim at the council.", [("aim", "Maria Lund", "the council")]),
        # the nouns without a holder report nothing
        ("The issue with the bridge is its cost.", []),
    ],
)
def test_a_stance_idiom_of_take_reports_what_it_is_about(nlp: Language, text: str,
                                                        found: list[tuple[str, str, str]]) -> None:
    assert [(q.cue, q.speaker, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a decision or a refusal someone holds reports what they chose
        ("Maria Lund's decision to close the bridge angered the council.",
         [("decision", "Maria Lund", "to close the bridge")]),
        ("Oskar Brandt's refusal to pay the toll surprised the council.",
         [("refusal", "Oskar Brandt", "to pay the toll")]),
        # nobody's decision reports nothing
        ("The decision to close the bridge was made in May.", []),
        # an idea or notion with its "that" clause is a thought held, also by nobody in particular
        ("The idea that the bridge was unsafe spread quickly.", [("idea", None, "that the bridge was unsafe")]),
        ("Maria Lund's notion that the bridge is unsafe puzzled the council.",
         [("notion", "Maria Lund", "that the bridge is unsafe")]),
    ],
)
def test_a_decision_or_an_idea_reports_what_it_holds(nlp: Language, text: str,
                                                     found: list[tuple[str, str, str]]) -> None:
    assert [(q.cue, q.speaker, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)] == found
