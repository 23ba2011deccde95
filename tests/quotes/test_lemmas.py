"""Tests for the cue words and what they report (``analysis.quotes.lemmas``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.quotes.lemmas import CUE_CLASSES, cue_class

from .extracted import quotes_of


@pytest.mark.parametrize(
    ("cue", "expected"),
    [(None, "speech"), (":", "speech"), ("according to", "speech"), ("poll", "speech"), ("say", "speech"),
     ("talk", "speech"),
     ("claim", "speech"), ("express", "speech"), ("characterization", "speech"), ("believe", "thought"),
     ("want", "thought"), ("concern", "thought"), ("idea", "thought"),
     ("vote", "stance"), ("praise", "stance"), ("support", "stance")],
)
def test_a_cue_reports_speech_a_thought_or_a_stance(cue: str | None, expected: str) -> None:
    assert cue_class(cue) == expected


@pytest.mark.parametrize("cue_kind", CUE_CLASSES, ids=lambda c: c.name)
def test_each_class_of_cues_has_examples_and_its_lemmas_are_its_own(cue_kind) -> None:
    assert cue_kind.examples and cue_kind.description
    assert all(cue_class(lemma) == cue_kind.name for lemma in cue_kind.lemmas)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Maria Lund said the bridge was safe.", "speech"),
     ("Maria Lund believes the bridge is safe.", "thought"),
     ("Senator Maria Lund voted for the bridge toll.", "stance")],
)
def test_the_quotes_of_a_text_carry_their_cue_class(nlp: Language, text: str, expected: str) -> None:
    assert [cue_class(q.cue) for q in quotes_of(nlp, text)] == [expected]
