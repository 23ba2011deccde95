"""Tests for who a cue's subject names (``analysis.quotes.speakers``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        # records and media speak for the actor they name, else as a document
        ("The mayor resigned on Monday, according to photos seen by the newspaper.", "photos", "document"),
        ("The plan was dropped last year, reports said.", "reports", "document"),
        ("A Pentagon report said the base would close.", "Pentagon", "organisation"),
        ("The mayor resigned, according to photos released by Greenpeace.", "Greenpeace", "organisation"),
        # a statement or record from someone speaks for them
        ("A statement from Greenpeace said the ship had left.", "Greenpeace", "organisation"),
        ("The bridge will reopen in May, according to a statement from the ministry.", "the ministry",
         "descriptor"),
        ("A letter from the union said the strike would go ahead.", "the union", "descriptor"),
        # a record speaks for who put it out
        ("Maria Lund issued a statement saying the bridge was unsafe.", "Maria Lund", "person"),
        ("The ministry released a report that found the bridge was unsafe.", "the ministry", "descriptor"),
        # a poll or a study stays a descriptor speaker
        ("A new poll found that most voters backed the plan.", "a new poll", "descriptor"),
        # a quantifier pronoun is an unnamed group
        ("Many said the bridge was unsafe.", "Many", "descriptor"),
        # a capitalised opening determiner is only the sentence start: one speaker with "the company"
        ("The company said the mill would close.", "the company", "descriptor"),
        # a subject the parser runs into a wire dateline
        ("OSLO (AP) — Maria Lund said the bridge would reopen in May.", "Maria Lund", "person"),
        # a dateline the parser makes a second subject
        ("OSLO — Norway accused Sweden on Monday of breaking the fishing deal.", "Norway", "country"),
        # the subject of a passive verb of speaking to someone was spoken to; the "by" agent speaks
        ("People who develop symptoms are asked to call ahead before visiting a clinic.", None, None),
        ("The mayor was urged by the council to close the bridge.", "the council", "descriptor"),
    ],
)
def test_document_and_dateline_speakers(nlp: Language, text: str, speaker: str | None,
                                        speaker_type: str | None) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        ("A Norwegian police spokesman said the road was closed.", "a Norwegian police spokesman", "Norway"),
        # the phrase runs through the preposition that ties the speaker to whom they speak for
        ("A spokesman for Halvard Air said flights would resume.", "a spokesman for Halvard Air", "Halvard Air"),
        ("A lawyer for the family said they would appeal.", "a lawyer for the family", None),
        # the phrase stops before a clause inside it, and before the comma that opens it
        ("A spokesman for the city, who declined to be named, said the road was closed.",
         "a spokesman for the city", None),
        ("Officials with Halvard Air, who spoke on condition of anonymity, said flights would resume.",
         "Officials with Halvard Air", "Halvard Air"),
        ("An adviser to Premier Tor Lund said the bridge would reopen.", "an adviser to Premier Tor Lund",
         "Tor Lund"),
        # a name in apposition to the owner is the owner's, not the speaker's
        ("A spokesperson for Norway's fisheries minister, Tor Lund, said the quota would rise.",
         "a spokesperson for Norway's fisheries minister, Tor Lund", "Tor Lund"),
    ],
)
def test_descriptor_speaker_with_affiliation(nlp: Language, text: str, speaker: str, affiliation: str | None) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.speaker, quote.speaker_type, quote.speaker_affiliation) == (speaker, "descriptor", affiliation)


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        ("The Halvard Group cut jobs in May. It said the market had collapsed.", "Halvard Group",
         "organisation"),
        # he/she never an organisation: unresolved here
        ("The Halvard Group cut jobs in May. She said the market had collapsed.", None, None),
    ],
)
def test_group_pronoun_speaker_is_an_organisation(nlp: Language, text: str, speaker: str | None,
                                                  speaker_type: str | None) -> None:
    [quote] = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        # the name in apposition speaks, not the owner of the role
        ("Olga Brekke was killed on Sunday. “She was kind,” her sister, Ina Brekke, told reporters.",
         "Ina Brekke", None),
        ("Tor Lund was charged on Monday. His lawyer, Maren Holt, said the charge would not stand.",
         "Maren Holt", None),
        # an organisation in apposition speaks too
        ("The company, Harwick Lithium Corp., said it would appeal.", "Harwick Lithium Corp.", None),
        ("The union, Unifor, said the vote would go ahead.", "Unifor", None),
        # a name closing the subject phrase after its relative clause, which the parser hangs inside it
        ("The union that represents bus drivers, Halvik Transit Union Local 1505, has called for more patrols.",
         "Halvik Transit Union Local 1505", None),
        # without a name, the role speaks for its owner
        ("Tor Lund was charged on Monday. His lawyer said the charge would not stand.", "His lawyer",
         "Tor Lund"),
        # those who stand against the owner speak for themselves
        ("Tor Lund was charged on Monday. His critics said the charge was overdue.", "His critics", "Tor Lund"),
    ],
)
def test_an_owner_in_the_subject_is_no_speaker(nlp: Language, text: str, speaker: str,
                                               affiliation: str | None) -> None:
    [quote] = [q for q in quotes_of(nlp, text) if q.speaker_start is not None]
    assert (quote.speaker, quote.speaker_affiliation) == (speaker, affiliation)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser makes "Assembly" the subject; the titled name after the organisation speaks
        ("Assembly of First Nations National Chief Cindy Woodhouse Nepinak said talks had to move faster.",
         "Cindy Woodhouse Nepinak"),
        ("Federation of Sovereign Indigenous Nations Chief Bobby Cameron said other nations were watching.",
         "Bobby Cameron"),
    ],
)
def test_a_titled_name_after_an_organisation_in_the_subject_speaks(nlp: Language, text: str,
                                                                   speaker: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the writer's own voice outside quotation marks
        ("I think the mill will close before winter.", "the writer"),
        ("We asked whether the mill would close.", "the writer"),
        # inside quotation marks "I" is the quoted speaker's
        ("“I think the mill will close,” Anna Berg said.", "Anna Berg"),
    ],
)
def test_first_person_speaker_is_the_writer(nlp: Language, text: str, speaker: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert quote.speaker == speaker


def test_a_name_in_the_subjects_relative_clause_is_not_the_speaker(nlp: Language) -> None:
    text = "An architect who designed a house for Oskar Brandt said the bridge was unsafe."
    [quote] = quotes_of(nlp, text)
    assert quote.speaker != "Oskar Brandt" and quote.speaker_type == "descriptor"
    assert text[quote.speaker_start:quote.speaker_end] == "An architect"


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        # "they" takes the plural subject before it that can speak, not a place in between
        ("Dealers said trading in London was light on Thursday. But they said the focus on big stocks showed "
         "fears over the U.K. economy.", "Dealers", "descriptor"),
        # not the subject of what was said
        ("Harwick Corp. said profits fell. Analysts said the results were weak. They expect more job cuts.",
         "Analysts", "descriptor"),
        # nor a noun for no one who speaks
        ("Police issued a warrant on Monday. Ravn's whereabouts remain unknown. Until Thursday, they had not "
         "called Ravn a suspect.", "Police", "descriptor"),
        # the phrase that holds an organisation's name is the referent, not the organisation
        ("Men at the Ashford Gun Club met on Sunday. They said the attack was cowardly.",
         "Men at the Ashford Gun Club", "descriptor"),
        # a country is "it", but a nationality in the plural can be "they"
        ("The Iraqis rejected the offer. They said the embargo was illegal.", "Iraq", "country"),
        # a plural subject before an organisation that is an object, or the subject of what was said
        ("The cousins have fought the Harbour Ministry for months. Now they say the mill must stay.",
         "the cousins", "descriptor"),
        ("Traders said the Finance Ministry had acted. They said the plan would work.", "Traders", "descriptor"),
        # an organisation with no plural subject nearer stays the referent
        ("Harwick Corp. said profits fell. They said the plant would close.", "Harwick Corp.", "organisation"),
    ],
)
def test_a_they_speaker_agrees_in_number(nlp: Language, text: str, speaker: str, speaker_type: str) -> None:
    they = [q for q in quotes_of(nlp, text) if text[q.speaker_start:q.speaker_end].lower() == "they"]
    assert [(q.speaker, q.speaker_type) for q in they] == [(speaker, speaker_type)]


def test_it_refers_to_a_noun_phrase_not_to_a_word_that_modifies_one(nlp: Language) -> None:
    """The country in "a costly Norwegian venture" modifies a noun, so "it" refers to the company."""
    text = ("Harbour Freight Inc. said it would sell its stake in a costly Norwegian venture.\n\n"
            "It said it \"expected to return the money to shareholders\".")
    speakers = {q.speaker for q in quotes_of(nlp, text)}
    assert speakers == {"Harbour Freight Inc."}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an expletive "it" stands for the clause after the verb and names no one
        ("Harwick Corp. cut 200 jobs. It is estimated that the cuts will save $9 million.", None),
        ("Harwick Corp. cut 200 jobs. It is important to note that the plant stays open.", None),
        ("Harwick Corp. cut 200 jobs. It remains to be seen whether the plant will close.", None),
        ("Harwick Corp. cut 200 jobs. It was not immediately known who would lead the plant.", None),
        # a referring "it" is the organisation
        ("Harwick Corp. cut 200 jobs. It said the plant would close.", "Harwick Corp."),
        ("Harwick Corp. cut 200 jobs. It is likely to report a loss for the year.", "Harwick Corp."),
    ],
)
def test_an_expletive_it_is_no_speaker(nlp: Language, text: str, speaker: str | None) -> None:
    found = [q for q in quotes_of(nlp, text) if q.quote not in text[:27]]
    assert [q.speaker for q in found] == [speaker]
    if speaker is None:
        assert found[0].speaker_start is None


def test_a_name_in_a_relative_clause_of_the_subject_is_no_speaker(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "The mayor, who met Lund, Berg and Holt, said the bridge would reopen.")
    assert (quote.speaker, quote.speaker_type) == ("the mayor", "descriptor")


@pytest.mark.parametrize(
    ("text", "kind", "content", "speaker"),
    [
        # the parser hangs the speaker and its aside on the content; the verb of saying has no subject
        ("\u201cIt looks as though they panicked,\u201d a detective, speaking on condition of anonymity, said.",
         "direct", "It looks as though they panicked", "a detective"),
        ("On Friday, Norway, speaking for five fishing nations, urged the council to delay the quota.",
         "indirect", "the council to delay the quota", "Norway"),
    ],
)
def test_a_speaker_set_off_by_its_own_aside_speaks(nlp: Language, text: str, kind: str, content: str,
                                                   speaker: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, text[quote.content_start:quote.content_end], quote.speaker) == (kind, content, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" continues the unnamed person who is the subject just before, not a man named earlier
        ("Tom Brekke visited the site on Monday. A police officer said the road was closed. He added "
         "that nobody was hurt.", "a police officer"),
        # ... unless that person is of the other gender
        ("Tom Brekke visited the site on Monday. A police spokeswoman said the road was closed. He added "
         "that nobody was hurt.", "Tom Brekke"),
        # ... or the man is named after them
        ("A police officer said the road was closed. Tom Brekke visited the site on Monday. He said "
         "that nobody was hurt.", "Tom Brekke"),
    ],
)
def test_he_continues_the_unnamed_subject_before_it(nlp: Language, text: str, speaker: str) -> None:
    assert quotes_of(nlp, text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser makes the name after "said" the subject of "Protect" (read as a verb)
        ("“The harbour will survive,” said Ann Lund, a lawyer who chairs the tenants group Protect the Docks.",
         "Ann Lund"),
        # ... or of "joking"
        ("''I am happier at sea than I am on land,'' said Oskar Brandt, half joking.", "Oskar Brandt"),
    ],
)
def test_the_name_after_said_is_the_speaker_not_a_clause(nlp: Language, text: str, speaker: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.cue, quote.speaker) == ("direct", "say", speaker)


def test_a_subject_right_after_said_heads_the_reported_clause(nlp: Language) -> None:
    """A noun right after "said" that its verb follows without a comma is the reported clause's
    subject, even where the parser makes the clause before "said" a complement of it."""
    text = ("Ms. Lund, whose new firm, Harbourdata, helps ports find buyers, said Mr. Brandt was a candidate "
            "very much in the spirit of the harbour.")
    reports = {(text[q.content_start:q.content_end], q.speaker) for q in quotes_of(nlp, text)}
    assert "Mr. Brandt was a candidate very much in the spirit of the harbour" in {c for c, _ in reports}
    assert all(speaker != "Brandt" for _, speaker in reports)
