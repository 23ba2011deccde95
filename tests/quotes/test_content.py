"""Tests for the bounds of a cue's content (``analysis.quotes.content``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .extracted import quotes_of


def test_a_participle_of_speech_starts_a_report_of_its_own(nlp: Language) -> None:
    text = "Maria Lund said the bridge was safe, adding that it would reopen in May."
    found = {(q.cue, text[q.content_start:q.content_end]) for q in quotes_of(nlp, text)}
    assert found == {("say", "the bridge was safe"), ("add", "that it would reopen in May")}


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a participle clause after "said," describes the speaker
        ("Fire crews fought the blaze overnight.\n\n\u201cWe have lost homes,\u201d the mayor said, "
         "his voice breaking.", ["We have lost homes"]),
        # ... also when the parser makes the comma the clause's first word
        ("“We will be back next year,” said Oskar Brandt, half joking.", ["We will be back next year"]),
        # a speech verb set into a verbless fragment reports nothing
        ("The crowd, he said, cheering loudly.", []),
        # the object of "after" is an adjunct of "charged", no report
        ("Man charged after stabbing at transit station\n\nA 34-year-old man faces charges after a woman was "
         "stabbed, police say.", ["A 34-year-old man faces charges after a woman was stabbed"]),
    ],
)
def test_clauses_about_the_speaker_or_the_event_are_no_content(nlp: Language, text: str,
                                                               quotes: list[str]) -> None:
    assert [q.quote for q in quotes_of(nlp, text)] == quotes


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a speech verb coordinated inside the content is the speaker's next report
        ("The ministry said it was opposed to the toll and warned the council to drop it.",
         [("it was opposed to the toll", "the ministry"), ("the council to drop it", "the ministry")]),
        # a relative clause after a comma that ends a noun-phrase content is the writer's description
        ("Oskar Brandt questioned the cost of the new bridge, which opened in May.",
         [("the cost of the new bridge", "Oskar Brandt")]),
        # ... but not inside a clause content
        ("Maria Lund said the bridge, which opened in May, was unsafe.",
         [("the bridge, which opened in May, was unsafe", "Maria Lund")]),
        ("Maria Lund said the council had chosen Oskar Brandt, who lives in Oslo.",
         [("the council had chosen Oskar Brandt, who lives in Oslo", "Maria Lund")]),
        # a semicolon closes the reported clause
        ("Lund said the timing of the vote was not planned; they only learned of it on Friday.",
         [("the timing of the vote was not planned", "Lund")]),
        # an "as" phrase after the object is predicated of it
        ("Maria Lund mentioned the toll as a reason for the delay.",
         [("the toll as a reason for the delay", "Maria Lund")]),
        # phrases that run on from the object belong to it; a time or an adjunct of time does not
        ("Maria Lund described the cost of the bridge in the city council's budget on Monday.",
         [("the cost of the bridge in the city council's budget", "Maria Lund")]),
        ("Oskar Brandt criticized the plan for its cost.", [("the plan for its cost", "Oskar Brandt")]),
        ("Oskar Brandt denied the charges after the hearing.", [("the charges", "Oskar Brandt")]),
        # a phrase of time before the reported clause's subject is the saying's time
        ("Maria Lund said on Monday the mill would close.", [("the mill would close", "Maria Lund")]),
        ("Maria Lund said last week the mill would close.", [("the mill would close", "Maria Lund")]),
        # a wh-word moved out of the reported clause to the front: the content is what follows the cue
        ("The union bought the old mill, which Oskar Brandt says he will keep open.",
         [("he will keep open", "Oskar Brandt")]),
        ("The budget differs from what Maria Lund says the new toll would pay for.",
         [("the new toll would pay for", "Maria Lund")]),
        # a clause set off by a comma with a speech verb and a subject of its own is another's report
        ("Some voters said the mayor had made a good case, while other voters said they had heard nothing new.",
         [("the mayor had made a good case", "some voters"), ("they had heard nothing new", "other voters")]),
        ("Maria Lund said the emails were personal, but her aides said they were about work.",
         [("the emails were personal", "Maria Lund"), ("they were about work", "her aides")]),
        # a noun phrase after "and" that the parser coordinates with a verb is the object's conjunct
        ("Maria Lund began by stressing fairness, and a need to raise the minimum wage.",
         [("fairness, and a need to raise the minimum wage", "Maria Lund")]),
        ("He has mentioned refinancing student loans and forcing universities to spend more from their endowments.",
         [("refinancing student loans and forcing universities to spend more from their endowments", None)]),
        # a list of noun phrases closed by "and" or "or" is one content, though the parser reads its
        # second item as an aside or a second object; an aside without "and" stays out
        ("The mayor thanked his parents, his siblings, his wife and his children.",
         [("his parents, his siblings, his wife and his children", "the mayor")]),
        ("The minister spoke of the cost of the bridge, the delays in the works and the new tolls.",
         [("the cost of the bridge, the delays in the works and the new tolls", "the minister")]),
        ("The council discussed the budget, the school closures or the new clinic.",
         [("the budget, the school closures or the new clinic", "the council")]),
        ("Maria Lund praised Oskar Brandt, the former minister.", [("Oskar Brandt", "Maria Lund")]),
        ("The council discussed the budget, the school closures or the new clinic before voting on the plan.",
         [("the budget, the school closures or the new clinic", "the council"), ("the plan", "the council")]),
        # clauses the parser splits into two complements of the cue are one content
        ("The mill was supposed to close in May, but the owners kept it open until June, the mayor said.",
         [("The mill was supposed to close in May, but the owners kept it open until June", "the mayor")]),
        ("The mill will close in May and the workers will be paid, the mayor said.",
         [("The mill will close in May and the workers will be paid", "the mayor")]),
        # a conjunction the parser leaves at the end of the object is no content
        ("Oskar Brandt has mentioned refinancing student loans and forcing colleges to spend more.",
         [("refinancing student loans", "Oskar Brandt")]),
    ],
)
def test_content_boundaries(nlp: Language, text: str, contents: list[tuple[str, str]]) -> None:
    quotes = quotes_of(nlp, text)
    assert [(text[q.content_start:q.content_end], q.speaker) for q in quotes] == contents


def test_a_word_the_parser_splits_at_its_hyphen_stays_whole(nlp: Language) -> None:
    text = "The miner, Harwick Lithium, said it would co-operate fully."
    assert [q.quote for q in quotes_of(nlp, text)] == ["it would co-operate fully"]
