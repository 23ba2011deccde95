"""Tests for every registered cue pattern on its own examples (``analysis.quotes.patterns``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.actors import extract_mentions
from analysis.nlp import parse_one
from analysis.quotes.extract import extract_quotes
from analysis.quotes.patterns import PATTERNS
from analysis.quotes.records import CuePattern


@pytest.mark.parametrize(
    ("pattern", "example"),
    [(p, e) for p in PATTERNS for e in p.examples],
    ids=[f"{p.name}-{i}" for p in PATTERNS for i, _ in enumerate(p.examples)],
)
def test_pattern_examples(nlp: Language, pattern: CuePattern,
                          example: tuple[str, str, str | None, str]) -> None:
    text, content, speaker, cue = example
    doc = parse_one(text, nlp=nlp)
    [quote] = extract_quotes(doc, extract_mentions(doc), patterns=[pattern])
    assert text[quote.content_start:quote.content_end] == content
    assert (quote.speaker, quote.cue, quote.kind) == (speaker, cue, "indirect")
