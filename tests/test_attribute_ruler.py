"""Tests for analysis.attribute_ruler: the indexed ruler gives the stock pipeline's tokens."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from analysis import attribute_ruler
from analysis import nlp as nlp_helpers

TOKEN_ATTRIBUTES = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]

# The pipeline's multi-word and exception rules ("ai n't", "gon na", "let 's", spaces, quotes).
EXCEPTIONS = (
    "I ain't gonna go, and we gotta leave. Let's see what they're doin'.\n\n"
    "He said  \"It's   fine\" - didn't he? She'd've known; y'all wanna come?  \t\n"
    "The U.S. Army's 3rd Brigade, whose chief (Mr. O'Neil) cannot stay, left at 9 a.m. today."
)


@pytest.fixture(scope="module")
def stock() -> Language:
    """The installed pipeline as spaCy loads it (stock attribute ruler, no paragraph component)."""
    return nlp_helpers.stock_pipeline()


def _tokens(doc: spacy.tokens.Doc) -> tuple[np.ndarray, list[str]]:
    return doc.to_array(TOKEN_ATTRIBUTES), [str(token.morph) for token in doc]


def test_the_project_pipeline_uses_the_indexed_ruler(nlp: Language, stock: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), attribute_ruler.IndexedAttributeRuler)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert "sentence_starts" not in stock.pipe_names


@pytest.mark.parametrize("source", ["sample", "exceptions"])
def test_indexed_ruler_gives_the_stock_token_attributes(stock: Language, sample_path: Path, source: str) -> None:
    text = sample_path.read_text(encoding="utf-8") if source == "sample" else EXCEPTIONS
    indexed = nlp_helpers.stock_pipeline()
    assert attribute_ruler.use_indexed_ruler(indexed)
    expected, got = stock(text), indexed(text)
    stock_ruler, indexed_ruler = stock.get_pipe("attribute_ruler"), indexed.get_pipe("attribute_ruler")
    assert indexed_ruler.match(expected) == stock_ruler.match(expected)
    assert len(stock_ruler.match(expected)) >= len(expected)
    arrays, morphs = _tokens(expected)
    assert np.array_equal(arrays, _tokens(got)[0]) and morphs == _tokens(got)[1]


def test_rules_added_later_are_indexed_too(stock: Language) -> None:
    indexed = attribute_ruler.IndexedAttributeRuler(stock.vocab, "attribute_ruler")
    indexed.from_bytes(stock.get_pipe("attribute_ruler").to_bytes())
    doc = stock.make_doc("Kyiv is far.")
    doc[0].tag_, doc[1].tag_, doc[2].tag_, doc[3].tag_ = "NNP", "VBZ", "RB", "."
    before = indexed.match(doc)
    indexed.add([[{"LOWER": "kyiv"}]], {"LEMMA": "Kyiv-city"})
    after = indexed.match(doc)
    assert len(after) == len(before) + 1 and after[-1][2:] == (0, 1)


def test_unsupported_patterns_fall_back_to_the_matcher(stock: Language) -> None:
    ruler = attribute_ruler.IndexedAttributeRuler(stock.vocab, "attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "great"}, index=-1)
    assert attribute_ruler.build_index(ruler.patterns, stock.vocab.strings) is None
    doc = ruler(stock.make_doc("very very good"))
    assert [token.lemma_ for token in doc] == ["", "", "great"]


def test_a_pipeline_without_a_stock_ruler_is_left_alone() -> None:
    blank = spacy.blank("en")
    assert attribute_ruler.use_indexed_ruler(blank) is False
    assert blank.pipe_names == []
