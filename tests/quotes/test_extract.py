"""Tests for the quotes of a Doc and of the sample article (``analysis.quotes.extract``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from analysis.records import Quote

from .extracted import quotes_of


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue", "kind"),
    [
        # speaker after the quote
        ("“We do not need a truce,” Mr. Putin said.", "We do not need a truce", "Putin",
         "say", "direct"),
        # speaker before the quote
        ("Mr. Putin said, “We do not need a truce.”", "We do not need a truce.", "Putin",
         "say", "direct"),
        # pronoun speaker, resolved through the mentions
        ("Mr. Putin spoke at length. He added, “We need peace.”", "We need peace.", "Putin",
         "add", "direct"),
        # partial quote inside a reported sentence
        ("Ukrainian forces were moving to “more advantageous positions,” Gen. Oleksandr Syrsky "
         "said.", "more advantageous positions", "Oleksandr Syrsky", "say", "mixed"),
        ("He warned that Ms. Warren’s plan was “a giveaway to banks.”", "a giveaway to banks.",
         None, "warn", "mixed"),
        # according to
        ("The offer was “a trap,” according to Mr. Putin.", "a trap", "Putin", "according to",
         "mixed"),
        # straight quote marks
        ('"We will win," Volodymyr Zelensky said.', "We will win", "Volodymyr Zelensky", "say",
         "direct"),
        # descriptor speaker
        ("Ukraine’s top military commander, Gen. Oleksandr Syrsky, said forces would “hold the "
         "line.”", "hold the line.", "Oleksandr Syrsky", "say", "mixed"),
    ],
)
def test_quote_shapes(nlp: Language, text: str, quote: str, speaker: str | None, cue: str,
                      kind: str) -> None:
    [found] = quotes_of(nlp, text)
    assert (found.quote, found.speaker, found.cue, found.kind) == (quote, speaker, cue, kind)
    assert text[found.start:found.end] == quote


def test_a_quote_split_by_its_attribution_is_direct(nlp: Language) -> None:
    """The parser hangs "Lund said" inside the clause it reports; its two quoted parts are direct."""
    text = "“The bridge,” Anna Lund said, “will stay open for as long as it is safe.”"
    quotes = quotes_of(nlp, text)
    assert [(q.quote, q.kind, q.speaker) for q in quotes] == [
        ("The bridge", "direct", "Anna Lund"), ("will stay open for as long as it is safe.", "direct", "Anna Lund")]
    assert all(text[q.content_start:q.content_end] == q.quote for q in quotes)


def test_mixed_quote_content_is_the_reported_clause(nlp: Language) -> None:
    text = "Anna Berg said in a statement that the mill would “stay open for good.”"
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed" and quote.quote == "stay open for good."
    assert text[quote.content_start:quote.content_end].startswith("that the mill would")
    assert text[quote.speaker_start:quote.speaker_end] == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a mixed content keeps the closing mark of the quote it ends in
        ("Anna Berg said that the town was returning “to its natural home.”",
         "that the town was returning “to its natural home.”"),
        ("Anna Berg said that the town was returning ``to its natural home.''",
         "that the town was returning ``to its natural home.''"),
        # the quoted predicate of a naming verb, which the parser reads as an apposition of the object
        # (and a time after "call" is nobody called on: the content was "Monday")
        ("Anna Berg called the plan “a disgrace” on Monday.", "the plan “a disgrace”"),
        ("Anna Berg on Monday called the plan “a disgrace.”", "the plan “a disgrace.”"),
    ],
)
def test_mixed_quote_content_ends_with_its_quote(nlp: Language, text: str, content: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, text[quote.content_start:quote.content_end], quote.speaker) == ("mixed", content, "Anna Berg")


@pytest.fixture(scope="module")
def sample_quotes(nlp: Language, sample_path: Path) -> list[Quote]:
    """Quotes of the sample article's body (lines 2-17, paragraphs joined by a blank line)."""
    lines = sample_path.read_text(encoding="utf-8").splitlines()
    return quotes_of(nlp, "\n\n".join(lines[1:17]))


SAMPLE_QUOTES = [
    ("People who are on the territory of the Kursk region", "Vladimir V. Putin", "say",
     "direct"),
    ("foreign mercenaries", "Vladimir V. Putin", "add", "mixed"),
    ("more advantageous positions", "Oleksandr Syrsky", "say", "mixed"),
    ("hold the line in the Kursk region", "Oleksandr Syrsky", "say", "mixed"),
    ("In the most difficult situations", "Oleksandr Syrsky", "add", "direct"),
    ("We do not need a truce", "Vladimir V. Putin", "say", "direct"),
    ("We need peace: a long-term and lasting peace", "Vladimir V. Putin", "say", "direct"),
]


def test_sample_has_seven_quotes_four_by_putin_three_by_syrsky(
        sample_quotes: list[Quote]) -> None:
    marked = [q for q in sample_quotes if q.kind != "indirect"]
    assert len(marked) == 7
    speakers = [q.speaker for q in marked]
    assert speakers.count("Vladimir V. Putin") == 4
    assert speakers.count("Oleksandr Syrsky") == 3


@pytest.mark.parametrize(("index", "expected"), list(enumerate(SAMPLE_QUOTES)))
def test_sample_quote(sample_quotes: list[Quote], index: int,
                      expected: tuple[str, str, str, str]) -> None:
    opening, speaker, cue, kind = expected
    quote = [q for q in sample_quotes if q.kind != "indirect"][index]
    assert quote.quote.startswith(opening)
    assert (quote.speaker, quote.cue, quote.kind) == (speaker, cue, kind)


def test_indirect_quotes_of_the_sample(sample_quotes: list[Quote]) -> None:
    reported = {(q.speaker, q.cue, q.quote[:30]) for q in sample_quotes if q.kind == "indirect"}
    assert ("Valery V. Gerasimov", "say", "more than 400 Ukrainian troops") in reported
    assert ("Vladimir V. Putin", "demand", "that Ukrainian forces seized i") in reported
