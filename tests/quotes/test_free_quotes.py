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


def test_a_colon_hung_on_the_quote_looks_to_the_clause_before_it(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "Officials gave the toll: “Twelve people died.”")
    assert (quote.speaker, quote.cue) == ("Officials", "give")


def test_quote_without_any_cue_has_no_speaker(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "The sign read “No entry for anyone after dark, by order.”")
    assert (quote.speaker, quote.cue) == (None, None)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # quoted words that are no sentence, under their sentence's cue: the cue's clause holding them
        ("Maria Lund described as \u201cunhinged\u201d a post attacking her rival.",
         "as \u201cunhinged\u201d a post attacking her rival"),
        # quoted words the cue does not govern are their own content
        ("The \u201cfair deal\u201d campaign grew, and Maria Lund said so.", "fair deal"),
    ],
)
def test_quoted_words_under_a_cue_take_its_clause(nlp: Language, text: str, content: str) -> None:
    found = [text[q.content_start:q.content_end] for q in quotes_of(nlp, text) if q.kind == "mixed"]
    assert found == [content]


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
        # a title after a comma is set off like a clause, but it is a name in capitals, no sentence
        "The network revived the old show, “Harbour Patrol 9,” in 2010.",
        "The network revived the old show, ``Harbour Patrol 9,'' in 2010.",
        "The library keeps her first novel, “The Long Winter,” in a glass case.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a title beside a noun for a work names it, in a sentence with a cue or in a report
        ("After the news spread, the \u201cHarbour Lights\u201d star wrote on her blog that nobody "
         "should be surprised.", [("indirect", "that nobody should be surprised")]),
        ("Anna Berg said she would find a new host for her \u201cHarbour Files\u201d site.",
         [("indirect", "she would find a new host for her \u201cHarbour Files\u201d site")]),
        # a verb with a clause of its own reports the clause, not the title beside its object
        ("Anna Berg told the program \u201cInside Harbour\u201d that the mill would close.",
         [("indirect", "that the mill would close")]),
        # quoted words that are no title stay a mixed quote
        ("Anna Berg said the plan for her site was \u201ca disgrace.\u201d",
         [("mixed", "the plan for her site was \u201ca disgrace.\u201d")]),
    ],
)
def test_a_title_beside_a_work_is_no_quote(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    assert [(q.kind, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "speaker_type"),
    [
        # the model tags the verb a proper noun and breaks the sentence after the comma
        ("The council met on Friday.\n\nReplied city hall spokesman Tom Reyes, \"We have not studied the plan. "
         "We doubt it will pass.\"", "Tom Reyes", "reply", "person"),
        ("Explained Maria Lopez, \"The rules changed in May.\"", "Maria Lopez", "explain", "person"),
        ("Mayor Jim Walsh spoke on Friday.\n\nAdded Walsh, \"We are ready.\"", "Jim Walsh", "add", "person"),
        ("Added the mayor, \"We are ready.\"", "the mayor", "add", "descriptor"),
    ],
)
def test_an_inverted_attribution_opening_the_sentence_gives_the_speaker(
        nlp: Language, text: str, speaker: str, cue: str, speaker_type: str) -> None:
    """"Added Walsh, “…”": news copy's inverted attribution, the verb before its speaker."""
    [quote] = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert (quote.speaker, quote.cue, quote.speaker_type) == (speaker, cue, speaker_type)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle before its noun is no inverted attribution
        ("Reported cases rose by 10 percent, the agency said.", "the agency"),
        ("Noted economist Ann Fry said the plan would fail.", "Ann Fry"),
    ],
)
def test_a_participle_opening_a_sentence_is_no_inverted_attribution(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the wire's doubled marks open at their second character: the first is no word before the quote
        "The vote passed. ``I want a referendum,'' Lund said. ``The people are owed a say.''",
        "The vote passed. ''I want a referendum,'' Lund said. ''The people are owed a say.''",
        "The vote passed. “I want a referendum,” Lund said. “The people are owed a say.”",
    ],
)
def test_a_quoted_sentence_after_the_cue_sentence_is_direct_in_any_marks(nlp: Language, text: str) -> None:
    assert [(q.kind, q.speaker) for q in quotes_of(nlp, text)] == [("direct", "Lund"), ("direct", "Lund")]
