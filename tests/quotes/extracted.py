"""The quotes of an invented text: the helper the quote tests share."""

from __future__ import annotations

from spacy.language import Language

from analysis.actors import extract_mentions
from analysis.nlp import parse_one
from analysis.quotes.extract import extract_quotes
from analysis.records import Quote


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    """The quotes of ``text``, parsed, with the mentions of its actors."""
    doc = parse_one(text, nlp=nlp)
    return extract_quotes(doc, extract_mentions(doc))
