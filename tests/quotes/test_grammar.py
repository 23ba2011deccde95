"""Tests for the subject of a cue (``analysis.quotes.grammar``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.nlp import parse_one

from .extracted import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle clause shares the subject of its verb
        ("Anna Berg left the meeting early, saying the mill would close.", "Anna Berg"),
        # an open complement too
        ("Anna Berg declined to say whether the mill would close.", "Anna Berg"),
        # a relative clause's "who" is the noun it hangs on
        ("The mayor met Anna Berg, who told reporters that the mill would close.", "Anna Berg"),
        # a gerund after a preposition of time that the parser hung on the verb's object
        ("Maria Lund allowed the extension of the deadline after rejecting a court order that the bridge "
         "remain closed.", "Maria Lund"),
    ],
)
def test_speaker_of_a_verb_without_its_own_subject(nlp: Language, text: str, speaker: str) -> None:
    found = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a verb of causing or asking: its object does what the infinitive says
        ("The Vanta Institute helped Anna Berg to feel that the mill was safe.", "feel", "Anna Berg"),
        # any other verb keeps its subject: an instrument or a time is no speaker
        ("Anna Berg used a blunt word to describe the mill owners.", "describe", "Anna Berg"),
    ],
)
def test_the_object_of_a_verb_of_causing_speaks_its_infinitive(nlp: Language, text: str, cue: str,
                                                                 speaker: str) -> None:
    found = {q.cue: q.speaker for q in quotes_of(nlp, text)}
    assert found.get(cue) == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the one asked is the subject of "Asked", not its speaker; the answer is theirs
        ("Asked whether the mill would close, Anna Berg said the owners had not decided.",
         {"ask": None, "say": "Anna Berg"}),
        ("Pressed on the cost of the bridge, Anna Berg said the budget would hold.",
         {"press": None, "say": "Anna Berg"}),
        # after the verb it hangs on, the answer's speaker holds the quotes around it
        ("\u201cThe budget will hold,\u201d Anna Berg said when asked about the bridge.",
         {"say": "Anna Berg"}),
    ],
)
def test_the_one_asked_is_no_speaker(nlp: Language, text: str, speakers: dict[str, str | None]) -> None:
    found = {q.cue: q.speaker for q in quotes_of(nlp, text)}
    assert {cue: found.get(cue) for cue in speakers} == speakers


def test_a_name_parsed_as_a_modifier_of_the_verb_is_its_subject(nlp: Language) -> None:
    """"Mr. Swavely said ...": the parser takes the -ly name for an adverb of "said"."""
    text = ("During the quarter, Brekke Corp. bought a former Acme Laboratories plant in Leith, Scotland, which "
            "will be used for repairs. Mr. Swavely said the new space will let Brekke double the output of its "
            "mill in Perth.")
    doc = parse_one(text, nlp=nlp)
    assert [t.dep_ for t in doc if t.text == "Swavely"] == ["advmod"], "the parser no longer mistakes the name"
    assert [q.speaker for q in quotes_of(nlp, text) if q.cue == "say"] == ["Swavely"]


def test_a_relative_clause_speaker_is_its_antecedent(nlp: Language) -> None:
    text = "The council, which said the bridge was unsafe, met on Monday."
    [quote] = quotes_of(nlp, text)
    assert text[quote.speaker_start:quote.speaker_end] in ("The council", "council")
    assert text[quote.content_start:quote.content_end] == "the bridge was unsafe"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # "on" before the terms or the channel of speaking gives no topic
        ("An official, who spoke on condition of anonymity, said the talks had failed.", ["the talks had failed"]),
        ("The minister spoke on the radio on Sunday.", []),
        ("The minister talked on the phone for an hour.", []),
        # a topic after "on" is what is spoken of
        ("The minister spoke on the budget on Sunday.", ["the budget"]),
    ],
)
def test_the_terms_or_channel_of_speaking_are_no_topic(nlp: Language, text: str, contents: list[str]) -> None:
    assert [text[q.content_start:q.content_end] for q in quotes_of(nlp, text)] == contents


def test_a_company_name_parsed_as_an_adverb_of_the_verb_is_its_subject(nlp: Language) -> None:
    """"First of America Bank Corp. said ...": the parser takes "First" for an adverb of "said"."""
    text = "First of America Bank Corp. said it completed its purchase of a bank."
    doc = parse_one(text, nlp=nlp)
    assert doc[0].dep_ == "advmod", "the parser changed"
    assert [q.speaker for q in quotes_of(nlp, text)] == ["First of America Bank Corp."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("State radio quoted Prime Minister Ola Berg as saying that talks would resume.", "Ola Berg"),
        # the parser makes "quoted" a modifier of the role noun
        ("The Argus quoted immigration official Jurie de Wet as saying the suspects had fled.", "Jurie de Wet"),
        # a gerund after another preposition keeps the subject of the verb it hangs on
        ("After saying the plan would fail, the mayor left.", "the mayor"),
    ],
)
def test_the_person_quoted_as_saying_is_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    """"A quoted B as saying ...": the words are B's (PolNeAR takes A as the source, with "quoted" as cue)."""
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_name_parsed_as_an_apposition_before_the_verb_is_its_subject(nlp: Language) -> None:
    """The parser makes the speaker an apposition of the name before it and leaves "said" subjectless."""
    text = ("On the trail for his wife, front-runner Maren Holt, former governor Tor Holt said his wife was "
            "ready to lead.")
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tor Holt"]


def test_a_that_clause_parsed_onto_the_addressee_is_the_content(nlp: Language) -> None:
    """"told a meeting of leaders that ...": the parser hangs the clause on "meeting" as a relative
    clause with "that" as its mark; a relative clause has a gap, this one a subject of its own."""
    text = "In Oslo last week, Anna Berg told a meeting of Nordic leaders that few people understood the stakes."
    doc = parse_one(text, nlp=nlp)
    assert [t.dep_ for t in doc if t.text == "understood"] == ["relcl"], "the parser no longer misattaches"
    assert [(q.cue, q.speaker, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)] == [
        ("tell", "Anna Berg", "that few people understood the stakes")]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # "that" taken for the relative pronoun, the clause's object, while it has a subject of its own
        ("Anna Berg wrote in an email that the company would appeal.",
         [("write", "that the company would appeal")]),
        # "that" the subject of a true relative clause: the statement's, no message
        ("Anna Berg spoke in a statement that was released on Friday.", []),
    ],
)
def test_a_that_clause_parsed_as_a_relative_clause_on_the_medium_is_the_content(
        nlp: Language, text: str, contents: list[tuple[str, str]]) -> None:
    assert [(q.cue, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)] == contents


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a clause with its own subject and no conjunction, misparsed as adverbial, is what was said
        ("Anna Berg said after the meeting she would not accept the offer.",
         [("say", "after the meeting she would not accept the offer")]),
        # an adverbial clause opened by a conjunction stays the speaker's circumstance
        ("Anna Berg smiled when she said it.", []),
        # a bare clause hung on the addressee as a relative clause is the message
        ("Anna Berg told the mayor the people of Leith share his grief.",
         [("tell", "the people of Leith share his grief")]),
        # a true relative clause on the addressee opens with its pronoun, and is no message
        ("Anna Berg told the mayor who opened the bridge.", []),
        # a wh-clause after a negated verb of speech is the question left unanswered
        ("Officials have not said when the bridge will reopen.", [("say", "when the bridge will reopen")]),
    ],
)
def test_a_misparsed_bare_clause_is_the_complement(nlp: Language, text: str,
                                                   contents: list[tuple[str, str]]) -> None:
    assert [(q.cue, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)] == contents


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a verb of perceiving with a bare clause reports an event seen or heard, no thought
        ("The dry summer saw wheat prices climb steadily.", []),
        ("The drought capped a year that has seen the Vanta mill losing money.", []),
        ("Neighbours heard the old barn give way.", []),
        # a bare infinitive the tagger reads as a present tense that does not agree with its subject
        ("Prices fell all week, the end of a week that saw the Vanta index lose 4%.", []),
        # with a finite clause it reports what someone learned
        ("Anna Berg saw that wheat prices would climb.", ["that wheat prices would climb"]),
    ],
)
def test_an_event_perceived_is_no_report(nlp: Language, text: str, contents: list[str]) -> None:
    assert [text[q.content_start:q.content_end] for q in quotes_of(nlp, text)] == contents


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an infinitive on a noun: the noun's owner, or the subject of the verb its phrase hangs on
        ("In an effort to reassure workers that the mill was safe, Anna Berg toured the plant.", "Anna Berg"),
        ("Anna Berg's decision to announce that the mill would close came late.", "Anna Berg"),
        # a plan or an effort does not speak
        ("A plan to announce that the mill would close was dropped.", None),
    ],
)
def test_the_speaker_of_an_infinitive_on_a_noun(nlp: Language, text: str, speaker: str | None) -> None:
    found = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert [q.speaker for q in found] == [speaker]
