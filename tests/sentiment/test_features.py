"""Tests for analysis.sentiment.features: the engine-dependent features of the learned model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import sentiment
from analysis.sentiment.features import running_sums

from .texts import char_span


def test_running_word_sums_split_the_sentence_at_every_word() -> None:
    words = ("the", "good", "and", "terrible", "news", "was", "great")
    for engine in sentiment.ENGINES:
        scores = [sentiment.polarity(word, engine=engine) for word in words]
        pos_before, neg_before, pos_from, neg_from = running_sums(words, engine)
        for k in range(len(words) + 1):
            assert pos_before[k] == pytest.approx(sum(s for s in scores[:k] if s > 0))
            assert neg_before[k] == pytest.approx(-sum(s for s in scores[:k] if s < 0))
            assert pos_from[k] == pytest.approx(sum(s for s in scores[k:] if s > 0))
            assert neg_from[k] == pytest.approx(-sum(s for s in scores[k:] if s < 0))
        assert pos_before[-1] > 0 and neg_before[-1] > 0


@pytest.mark.parametrize(("text", "present"), [("Tom Hale gave a brilliant, moving speech.", True),
                                               ("Tom Hale visited Ohio on Monday.", False)])
def test_textblob_subjectivity_is_a_feature(nlp: Language, text: str, present: bool) -> None:
    """TextBlob's subjectivity of the sentence is a feature of its model (VADER has none)."""
    doc = nlp(text)
    start, end = char_span(text, "Tom Hale")
    assert ("subj:s" in sentiment.target_features(doc, start, end, engine="textblob")) is present
    assert not any(name.startswith("subj:") for name in sentiment.target_features(doc, start, end, engine="vader"))
