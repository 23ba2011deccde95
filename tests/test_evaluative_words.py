"""Tests for analysis.evaluative_words: the registry of evaluative verbs and nouns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import lexicons
from analysis.evaluative_words import EVALUATIVE_CLASS_OF, EVALUATIVE_CLASSES, EvaluativeClass


@pytest.mark.parametrize("kind", EVALUATIVE_CLASSES, ids=lambda kind: kind.name)
def test_example_word_is_found_by_its_lemma(nlp: Language, kind: EvaluativeClass) -> None:
    """The example's word, inflected as news writes it, reaches its class through spaCy's lemma."""
    sentence, word = kind.example
    token = next(t for t in nlp(sentence) if t.text == word)
    assert EVALUATIVE_CLASS_OF[token.lemma_.lower()] is kind
    assert kind.sign in (1, -1) and kind.reason


def test_a_lemma_belongs_to_one_class_only() -> None:
    assert sum(len(kind.lemmas) for kind in EVALUATIVE_CLASSES) == len(EVALUATIVE_CLASS_OF)


@pytest.mark.parametrize("word", ["attack", "kill", "praise", "crisis", "scandal", "victory"])
def test_it_covers_what_textblob_scores_zero(word: str) -> None:
    """The reason for the lexicon: TextBlob's adjective lexicon gives these verbs and nouns 0."""
    assert lexicons.textblob_scores(word)[0] == 0.0
    assert word in EVALUATIVE_CLASS_OF
