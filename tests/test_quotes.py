"""Tests for analysis.quotes: quote spans, kinds, cues and speakers."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from analysis.actors import extract_mentions
from analysis.nlp import parse_one
from analysis.quotes import extract_quotes, quote_mark_pairs
from analysis.records import Quote


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = parse_one(text, nlp=nlp)
    return extract_quotes(doc, extract_mentions(doc))


@pytest.fixture(scope="module")
def sample_quotes(nlp: Language, sample_path: Path) -> list[Quote]:
    """Quotes of the sample article's body (lines 2-17, paragraphs joined by a blank line)."""
    lines = sample_path.read_text(encoding="utf-8").splitlines()
    return _quotes(nlp, "\n\n".join(lines[1:17]))


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue", "kind"),
    [
        # speaker after the quote
        ("“We do not need a truce,” Mr. Putin said.", "We do not need a truce", "Putin",
         "said", "direct"),
        # speaker before the quote
        ("Mr. Putin said, “We do not need a truce.”", "We do not need a truce.", "Putin",
         "said", "direct"),
        # pronoun speaker, resolved through the mentions
        ("Mr. Putin spoke at length. He added, “We need peace.”", "We need peace.", "Putin",
         "added", "direct"),
        # partial quote inside a reported sentence
        ("Ukrainian forces were moving to “more advantageous positions,” Gen. Oleksandr Syrsky "
         "said.", "more advantageous positions", "Oleksandr Syrsky", "said", "partial"),
        ("He warned that Ms. Warren’s plan was “a giveaway to banks.”", "a giveaway to banks.",
         None, "warned", "partial"),
        # according to
        ("The offer was “a trap,” according to Mr. Putin.", "a trap", "Putin", "according to",
         "partial"),
        # straight quote marks
        ('"We will win," Volodymyr Zelensky said.', "We will win", "Volodymyr Zelensky", "said",
         "direct"),
        # descriptor speaker
        ("Ukraine’s top military commander, Gen. Oleksandr Syrsky, said forces would “hold the "
         "line.”", "hold the line.", "Oleksandr Syrsky", "said", "partial"),
    ],
)
def test_quote_shapes(nlp: Language, text: str, quote: str, speaker: str | None, cue: str,
                      kind: str) -> None:
    [found] = _quotes(nlp, text)
    assert (found.quote, found.speaker, found.cue, found.kind) == (quote, speaker, cue, kind)
    assert text[found.start:found.end] == quote


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
    quotes = _quotes(nlp, text)
    assert quotes
    assert {q.speaker for q in quotes} == {"Putin"}


def test_multi_paragraph_quote_left_open_is_closed_at_paragraph_end(nlp: Language) -> None:
    text = "“The first paragraph of a long quote.\n\n“The second paragraph,” Mr. Putin said."
    quotes = _quotes(nlp, text)
    assert [q.quote for q in quotes] == ["The first paragraph of a long quote.",
                                         "The second paragraph"]
    assert {q.speaker for q in quotes} == {"Putin"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Mr. Putin said the talks were “useless.", []),
        ("Mr. Putin said ” the talks were over.", []),
        ("“Stray “real quote” here.", [(7, 18)]),
        ('He said "yes" and "no', [(8, 12)]),
        ("Russia’s soldiers’ lives", []),
    ],
)
def test_unbalanced_and_stray_marks(text: str, pairs: list[tuple[int, int]]) -> None:
    assert quote_mark_pairs(text) == pairs


def test_unbalanced_quote_raises_nothing(nlp: Language) -> None:
    assert _quotes(nlp, "Mr. Putin said the talks were “useless. Then he left “ early.") == []
    assert _quotes(nlp, "” Mr. Putin said nothing. “") == []


def test_quote_without_any_cue_has_no_speaker(nlp: Language) -> None:
    [quote] = _quotes(nlp, "The sign read “No entry.”")
    assert (quote.speaker, quote.cue) == (None, None)


SAMPLE_QUOTES = [
    ("People who are on the territory of the Kursk region", "Vladimir V. Putin", "said",
     "direct"),
    ("foreign mercenaries", "Vladimir V. Putin", "added", "partial"),
    ("more advantageous positions", "Oleksandr Syrsky", "said", "partial"),
    ("hold the line in the Kursk region", "Oleksandr Syrsky", "said", "partial"),
    ("In the most difficult situations", "Oleksandr Syrsky", "added", "direct"),
    ("We do not need a truce", "Vladimir V. Putin", "said", "direct"),
    ("We need peace: a long-term and lasting peace", "Vladimir V. Putin", "said", "direct"),
]


def test_sample_has_seven_quotes_four_by_putin_three_by_syrsky(
        sample_quotes: list[Quote]) -> None:
    assert len(sample_quotes) == 7
    speakers = [q.speaker for q in sample_quotes]
    assert speakers.count("Vladimir V. Putin") == 4
    assert speakers.count("Oleksandr Syrsky") == 3


@pytest.mark.parametrize(("index", "expected"), list(enumerate(SAMPLE_QUOTES)))
def test_sample_quote(sample_quotes: list[Quote], index: int,
                      expected: tuple[str, str, str, str]) -> None:
    opening, speaker, cue, kind = expected
    quote = sample_quotes[index]
    assert quote.quote.startswith(opening)
    assert (quote.speaker, quote.cue, quote.kind) == (speaker, cue, kind)
