"""Tests for the cue patterns of verbs (``analysis.quotes.verb_cues``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Brandt spoke to reporters on Thursday.",  # an addressee and a date are no topic
        "Correction: An earlier version of this article misspelled a name.",  # no name before the colon
    ],
)
def test_no_report(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == []


def test_parenthetical_speech_verb_is_no_content_of_another_cue(nlp: Language) -> None:
    text = "Back in May, Maria Lund said, she decided to leave the party."
    [quote] = quotes_of(nlp, text)
    assert (quote.speaker, quote.cue, quote.kind) == ("Maria Lund", "say", "indirect")
    assert text[quote.content_start:quote.content_end] == text[:-1]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The mill will close, as Maria Lund noted.", ["The mill will close"]),
        # an "as" clause whose verb has its own object tells when: the sentence is no report
        ("Flu cases climb in the north as clinics urge vaccination.", []),
    ],
)
def test_an_as_clause_is_parenthetical_only_without_an_object(nlp: Language, text: str,
                                                              contents: list[str]) -> None:
    assert [text[q.content_start:q.content_end] for q in quotes_of(nlp, text)] == contents


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the "as" clause opening or closing the sentence is no part of what it reports
        ("As Maria Lund noted, the mill will close.", "Maria Lund", "the mill will close"),
        # a clause the parser hangs on the cue is no part of the cue's words
        ("If the talks fail, Maria Lund argues, there are other tools.", "Maria Lund",
         "If the talks fail, Maria Lund argues, there are other tools"),
        # a passive one speaks for its "by" agent, or for nobody: never for the clause's subject
        ("As reported by the Harbour Gazette, the council voted to close the mill.", "Harbour Gazette",
         "the council voted to close the mill"),
        ("As reported, Brekkeby Corp. agreed to be sold for $50 a share.", None,
         "Brekkeby Corp. agreed to be sold for $50 a share"),
        # a past tense the tagger reads as a participle still heads the clause the cue is set into
        ("Her eyes widened with surprise, Maria Lund said, and she hugged her son.", "Maria Lund",
         "Her eyes widened with surprise"),
    ],
)
def test_a_parenthetical_cue_reports_the_rest_of_its_sentence(nlp: Language, text: str, speaker: str | None,
                                                       content: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.speaker, text[quote.content_start:quote.content_end]) == (speaker, content)


def test_cue_inside_a_quote_gives_no_attribution(nlp: Language) -> None:
    text = "“I said the mill would close,” Anna Berg told reporters."
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Anna Berg")]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # "appear" in its sense of showing up governs no judgement
        ("Anna Berg appeared on television on Monday.", []),
        # the infinitive is a cue of its own: one report, the subject's
        ("Anna Berg appeared to suggest that the mill would close.", [("suggest", "Anna Berg")]),
    ],
)
def test_evidential_needs_a_judgement_of_its_own(nlp: Language, text: str, cues: list[tuple[str, str]]) -> None:
    assert [(q.cue, q.speaker) for q in quotes_of(nlp, text)] == cues


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Maria Lund declined to comment.", "to comment"),
        ("Oskar Brandt refused to say whether the bridge would reopen.", "to say whether the bridge would reopen"),
    ],
)
def test_declining_to_comment_is_an_attribution(nlp: Language, text: str, content: str) -> None:
    """PolNeAR's train gold annotates "declined to comment" as an attribution (cue "declined",
    content "to comment": 54 of the 60 "declined/refused to comment/say/..." in train; every one of
    the 30 "declined to comment"), so the quotes table keeps it as an indirect quote."""
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, text[quote.content_start:quote.content_end]) == ("indirect", content)
    assert quote.cue in ("decline", "refuse") and quote.speaker in ("Maria Lund", "Oskar Brandt")


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # the subject of a passive judgement is what is judged; the "by" agent judges
        ("The plan was criticized by the mayor.", [("criticize", "The plan", "the mayor")]),
        # the subject of a passive verb of speaking to someone was spoken to: the clause is the message
        ("The mayor was urged by the council to close the bridge.",
         [("urge", "to close the bridge", "the council")]),
        ("The minister was asked by reporters whether the bridge would reopen.",
         [("ask", "whether the bridge would reopen", "reporters")]),
    ],
)
def test_passive_content_is_the_subject_unless_it_was_spoken_to(nlp: Language, text: str,
                                                                 reports: list[tuple[str, str, str]]) -> None:
    assert [(q.cue, text[q.content_start:q.content_end], q.speaker) for q in quotes_of(nlp, text)] == reports
