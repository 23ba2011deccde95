"""Tests for analysis.sentiment.learned_model: the logistic regression's scores, probabilities and weights file."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.language import Language

from analysis import sentiment

from .texts import char_span


@pytest.mark.parametrize("engine", sentiment.ENGINES)
def test_model_scores_equal_the_plain_weighted_sum(nlp: Language, engine: str) -> None:
    text = "The senator harshly criticized the corrupt governor, who did not answer."
    features = sentiment.target_features(nlp(text), *char_span(text, "governor"), engine=engine)
    model = sentiment.load_target_model(engine)
    expected = sum((value * model.weights[model.index[name]] for name, value in features.items()
                    if name in model.index), start=np.zeros(len(model.labels)))
    assert sum(name in model.index for name in features) > 5
    assert model.scores(features).tolist() == expected.tolist()


@pytest.mark.parametrize("engine", sentiment.ENGINES)
def test_model_probabilities_are_the_softmax_of_the_scores(nlp: Language, engine: str) -> None:
    text = "The senator harshly criticized the corrupt governor, who did not answer."
    features = sentiment.target_features(nlp(text), *char_span(text, "governor"), engine=engine)
    model = sentiment.load_target_model(engine)
    scores = model.scores(features)
    softmax = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum()
    assert model.probabilities(features) == pytest.approx(softmax.tolist(), abs=1e-12)
    assert sum(model.probabilities(features)) == pytest.approx(1.0)


def test_a_weights_file_with_other_labels_is_refused() -> None:
    data = {"labels": ["positive", "negative", "neutral"], "features": ["bias"], "weights": [0.0, 0.0, 0.0]}
    with pytest.raises(ValueError, match="expected negative, neutral, positive"):
        sentiment.model_from_json(data)
