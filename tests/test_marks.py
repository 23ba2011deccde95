"""Tests for quotation marks paired (``analysis.marks``) and the quotes they make."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.marks import quote_mark_pairs

from .quotes.extracted import quotes_of


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Mr. Putin said the talks were “useless.", []),
        ("Mr. Putin said ” the talks were over.", []),
        ("“Stray “real quote” here.", [(7, 18)]),
        # a doubled opening mark is read once
        ("“”We will stay,” she said.", [(0, 15)]),
        ("He said ”This is it.” twice", [(8, 20)]),
        # a quote over three paragraphs, each reopened
        ("“One.\n\n“Two.\n\n“Three.” Then", [(0, 21)]),
        # an open quote not reopened in the next paragraph is dropped
        ("“One.\n\nTwo.", []),
        ('He said "yes" and "no', [(8, 12)]),
        ("Russia’s soldiers’ lives", []),
        # doubled apostrophes typeset a double mark (an opening one read at its second character)
        ("''We will stay,'' she said.", [(1, 15)]),
        ("The students' teachers' union", []),
        # an opening mark after a sentence end inside an open quote reopens it (a lost paragraph break)
        ("He said, “We left. “We came back.” Then", [(9, 33)]),
        ("He said, ``We left. ``We came back.'' Then", [(10, 35)]),
        # a straight mark shaped as an opening one inside an open quote opens a quote inside it
        ('"Without a "small miracle" the mill will close," she said.', [(0, 47)]),
        # ... not after a comma (a closing mark set one space off) nor after a sentence end
        ('He called it "a mess, "adding nothing. "We act now," she said.', [(13, 21), (39, 51)]),
        ('"We will win. "We will fight," she said.', [(0, 13)]),
    ],
)
def test_unbalanced_and_stray_marks(text: str, pairs: list[tuple[int, int]]) -> None:
    assert quote_mark_pairs(text) == pairs


def test_multi_paragraph_quote_is_one_quote(nlp: Language) -> None:
    text = "“The first paragraph of a long quote.\n\n“The second paragraph,” Mr. Putin said."
    [quote] = quotes_of(nlp, text)
    assert quote.quote == "The first paragraph of a long quote.\n\n“The second paragraph"
    assert (quote.speaker, quote.kind) == ("Putin", "direct")


def test_doubled_apostrophes_make_a_direct_quote(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "''We will stay,'' Maria Lund said.")
    assert (quote.quote, quote.speaker, quote.kind) == ("We will stay", "Maria Lund", "direct")


def test_doubled_marks_are_read_once(nlp: Language) -> None:
    [quote] = quotes_of(nlp, "“‘’We will stay,” Anna Berg said.")
    assert (quote.quote, quote.speaker, quote.kind) == ("We will stay", "Anna Berg", "direct")


def test_unbalanced_quote_raises_nothing(nlp: Language) -> None:
    found = quotes_of(nlp, "Mr. Putin said the talks were “useless. Then he left “ early.")
    assert [q.kind for q in found] == ["indirect"]
    assert quotes_of(nlp, "” Mr. Putin said nothing. “") == []


def test_reopened_quote_is_one_direct_quote(nlp: Language) -> None:
    text = "Replied the mayor, Tom Reyes: “We have not read it. It appears to be noise. “We stay.” Then rain fell."
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker) == ("direct", "Tom Reyes")
    assert quote.quote.startswith("We have not read it.") and quote.quote.endswith("We stay.")


def test_backtick_quotes_are_quotes(nlp: Language) -> None:
    text = "``We are happy to rebuild the bridge,'' Maria Lund told reporters."
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.speaker, q.quote) for q in quotes] == [
        ("direct", "Maria Lund", "We are happy to rebuild the bridge")]
