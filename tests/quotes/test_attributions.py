"""Tests for the attributions of a Doc (``analysis.quotes.attributions``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


def test_a_wire_dateline_is_no_part_of_the_content(nlp: Language) -> None:
    text = "OSLO — The city will close the bridge in May, the mayor said Thursday."
    [quote] = quotes_of(nlp, text)
    assert quote.quote == "The city will close the bridge in May"


@pytest.mark.parametrize(
    "text",
    [
        # "post" with a financial result: the accounting sense (recorded), nothing published
        "Harwick Mills Inc. posted a third-quarter net loss of $4.1 million.",
        "Harwick Mills posted a 12% gain in net income for the year.",
        "Harwick Mills posted earnings of $9 million, or 30 cents a share.",
        # "charge" with a sum: a cost, no accusation
        "Harwick Mills charged $24 million for insurance reserves.",
        # "realize" with a financial result: earned, nothing understood
        "Its cereal division realized a higher operating profit on volume increases.",
        # "claim" with a death toll: the sense that takes lives, no claim made
        "The storm claimed the lives of three fishermen.",
        "The flood has claimed 40 victims so far.",
        "The blasts, which claimed 200 lives, shook the port.",
        # passive "find" with the state something was found in: seen, no finding reported
        "The boy was found clinging to an inner tube off the coast.",
        "Hundreds of dead fish were found floating in the river.",
        # asking not to be named: the source's terms, no words reported
        "A guard, who asked not to be named, was on duty.",
        "A guard who declined to be identified was on duty.",
        "A clerk asked to remain anonymous.",
        # a set phrase of discourse: the writer's connective or hedge
        "That said, the bridge is not going to last forever.",
        "Having said that, the council will vote on the bridge.",
        "The bridge was old, to say the least.",
        # not permitted to speak: why a source is not named
        "A source who was not authorized to discuss the talks was on duty.",
        "Guards are not allowed to speak publicly about the prison.",
    ],
)
def test_a_speech_verb_in_its_other_sense_reports_nothing(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Harwick Mills posted on its website that the plant would close.", "that the plant would close"),
        ("The inquiry found that most officers had acted lawfully.", "that most officers had acted lawfully"),
        ("The inquiry found the officers had acted lawfully.", "the officers had acted lawfully"),
        ("The audit found the council rated its own work highly.", "the council rated its own work highly"),
        ("The court found the rule unfair.", "the rule unfair"),
        # an active "find" with a state reports a finding
        ("A new poll found voters shifting toward the opposition.", "voters shifting toward the opposition"),
        ("Prosecutors charged that the mayor took bribes.", "that the mayor took bribes"),
        ("The rebels claimed responsibility for the blasts.", "responsibility for the blasts"),
        ("Lund asked voters to remain calm.", "voters to remain calm"),
        # a refusal, or a negated verb of thinking or saying, is reported: attribution annotators mark
        # what a source would not say (PolNeAR), and the reader learns the source was asked
        ("Lund refused to accept the offer.", "to accept the offer"),
        ("Maria Lund said that said permits were rare.", "that said permits were rare"),
        ("Lund does not believe that the mill will close.", "that the mill will close"),
        ("Spokesperson Mara Lind wouldn't say when talks might resume.", "when talks might resume"),
        ("Harwick Mills has not disclosed the price.", "the price"),
    ],
)
def test_a_speech_verb_in_its_reporting_sense_still_reports(nlp: Language, text: str, content: str) -> None:
    assert [text[q.content_start:q.content_end] for q in quotes_of(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("The company declined to comment on the lawsuit.", True),
        ("A spokesman refused to say whether the plant would close.", True),
        ("Maria Lund would not say when the talks would resume.", True),
        ("A spokesman for the ministry declined an interview request.", True),
        ("Maria Lund did not decline to discuss the offer.", False),
        ("Maria Lund said the bridge was safe.", False),
        ("\u201cThe bridge is safe,\u201d Maria Lund said.", False),
    ],
)
def test_a_report_of_words_not_given_is_flagged_withheld(nlp: Language, text: str, withheld: bool) -> None:
    [quote] = quotes_of(nlp, text)
    assert quote.withheld is withheld
