"""Tests for speakers carried across quotes (``analysis.quotes.continuation``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


@pytest.mark.parametrize(
    "text",
    [
        # quote paragraph with no cue: speaker of the sentence before
        "Mr. Putin said the truce was pointless.\n\n“We need peace. We need guarantees.”",
        # a second quote sentence after the cue sentence
        "“We need peace,” Mr. Putin said. “And we need it now.”",
        # cue in the sentence after
        "“We need peace.”\n\nThat was what Mr. Putin said in December.",
    ],
)
def test_quote_without_cue_takes_the_neighbouring_speaker(nlp: Language, text: str) -> None:
    quotes = quotes_of(nlp, text)
    assert quotes
    assert {q.speaker for q in quotes} == {"Putin"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # next paragraph, nothing between: the same speaker goes on
        ("“The mill stays,” Anna Berg said.\n\n“The jobs stay too.”", ["Anna Berg", "Anna Berg"]),
        # the latest attribution, reported speech too, goes on
        ("“The mill stays,” Anna Berg said.\n\nOskar Brandt said the mill would close.\n\n"
         "“The jobs stay too.”", ["Anna Berg", "Oskar Brandt", "Oskar Brandt"]),
        # two paragraphs away: nobody
        ("“The mill stays,” Anna Berg said.\n\nThe weather was cold.\n\n“The jobs stay too.”",
         ["Anna Berg", None]),
    ],
)
def test_quote_without_cue_continues_the_previous_speaker(nlp: Language, text: str,
                                                          speakers: list[str | None]) -> None:
    assert [q.speaker for q in quotes_of(nlp, text)] == speakers


def test_an_unresolved_pronoun_speaker_is_the_last_person_quoted(nlp: Language) -> None:
    text = ("“We will rebuild the bridge,” Maria Lund said. The council met on Monday. The vote was close. "
            "The budget was tight. The river rose again.\n\n“We have no time,” she said.")
    quotes = quotes_of(nlp, text)
    assert [(q.quote, q.speaker) for q in quotes] == [("We will rebuild the bridge", "Maria Lund"),
                                                       ("We have no time", "Maria Lund")]
    assert text[quotes[1].speaker_start:quotes[1].speaker_end] == "she"


def test_an_unresolved_they_is_the_group_that_spoke_last(nlp: Language) -> None:
    text = ("Local farmers said the new toll was too high.\n\n"
            "They argued that the bridge should stay free.")
    quotes = quotes_of(nlp, text)
    last = [q for q in quotes if "stay free" in text[q.content_start:q.content_end]]
    assert last and last[0].speaker == quotes[0].speaker and quotes[0].speaker_type == "descriptor"


def test_it_after_an_organisation_descriptor_speaks_for_it(nlp: Language) -> None:
    text = ("The hospital association said in a statement that it hoped both sides would return to talks. "
            "It said a strike would put patients at risk.")
    assert [q.speaker for q in quotes_of(nlp, text)] == ["the hospital association"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" after a descriptor of one person is that person
        ("An official of the alliance said on Wednesday that the date was fixed.\n\nHe added that a ceremony "
         "would be held in May.", "an official of the alliance"),
        ("A spokeswoman for Harwick Corp. said staff were told of the cuts.\n\nShe said the move would save money.",
         "a spokeswoman for Harwick Corp."),
        # not after a plural descriptor or an organisation
        ("Officials said on Wednesday that the date was fixed.\n\nHe added that a ceremony would be held in May.",
         None),
    ],
)
def test_an_unresolved_he_or_she_is_the_person_described_last(nlp: Language, text: str, speaker: str | None) -> None:
    assert quotes_of(nlp, text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an unresolved "he" is never the woman who spoke last ...
        ("Anna Berg said the mill would close. Later he said the workers would be paid.", None),
        # ... but the man who did
        ("Oskar Berg said the mill would close. Later he said the workers would be paid.", "Oskar Berg"),
    ],
)
def test_an_unresolved_he_or_she_agrees_with_the_first_name(nlp: Language, text: str, speaker: str | None) -> None:
    assert quotes_of(nlp, text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # quoted words go on from quoted words, not from the participle's report beside them
        ("“We asked for a fair hearing,” Maria Lund said, referring to the council’s vote on the plan.\n\n"
         "“Nobody listened to us. Nobody at all.”", "say"),
        # only reported speech before: its cue goes on
        ("Maria Lund said the council had ignored the plan.\n\n“Nobody listened to us.”", "say"),
    ],
)
def test_a_continued_quote_takes_the_cue_of_the_quoted_words(nlp: Language, text: str, cue: str) -> None:
    assert quotes_of(nlp, text)[-1].cue == cue
