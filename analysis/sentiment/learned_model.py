"""The learned target model: a multinomial logistic regression, one per engine.

Trained on the NewsMTSC training split by ``benchmarks/train_sentiment.py`` (fixed settings,
full-batch, deterministic; weights in ``analysis/models/target_sentiment.json``), it reads the
features of ``features``. The polarity is P(positive) - P(negative), and the label is the most
probable class after adding a ``neutral_offset`` (tuned on the dev splits, never on test) to the
neutral log-score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .. import errors, paths
from ..model_files import read_weights
from ..tables import check_engine
from ..vocabulary import SENTIMENT_LABELS as LABELS

MODEL_PATH: Path = paths.ROOT / "analysis" / "models" / "target_sentiment.json"


@dataclass(frozen=True)
class TargetModel:
    """A multinomial logistic regression: weights per feature name, one column per label."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    neutral_offset: float
    rows: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Keep the weights as Python floats by feature name too (see ``scores``)."""
        rows = {name: tuple(float(w) for w in self.weights[row]) for name, row in self.index.items()}
        object.__setattr__(self, "rows", rows)

    def scores(self, features: dict[str, float]) -> np.ndarray:
        """Return the log-scores (before softmax) of each label for one feature dict."""
        return np.asarray(self._scores(features), dtype=float)

    def _scores(self, features: dict[str, float]) -> tuple[float, float, float]:
        """``scores`` as Python floats, summed in feature order with every label in the same
        pass: the same operations, hence the same numbers, as adding ``value * weights[row]``
        to a NumPy vector, without NumPy's per-call overhead on three-element arrays."""
        negative = neutral = positive = 0.0
        rows = self.rows
        for name, value in features.items():
            row = rows.get(name)
            if row is not None:
                negative += value * row[0]
                neutral += value * row[1]
                positive += value * row[2]
        return negative, neutral, positive

    def probabilities(self, features: dict[str, float]) -> tuple[float, ...]:
        """Return P(label) in ``labels`` order (a softmax of ``scores``)."""
        return _softmax(self._scores(features))

    def label(self, features: dict[str, float]) -> str:
        """Return the most probable label after adding ``neutral_offset`` to the neutral score."""
        scores = self.scores(features)
        scores[self.labels.index("neutral")] += self.neutral_offset
        return self.labels[int(np.argmax(scores))]


def _softmax(scores: Sequence[float]) -> tuple[float, ...]:
    """The softmax of log-scores, in Python floats."""
    top = max(scores)
    exp = [math.exp(score - top) for score in scores]
    total = sum(exp)
    return tuple(value / total for value in exp)


def polarity_of(probabilities: Sequence[float]) -> float:
    """P(positive) - P(negative) of a probability triple in ``LABELS`` order."""
    return float(probabilities[2] - probabilities[0])


class _JointModel(NamedTuple):
    """Several engines' models with, per feature name, each model's weight row (``None`` where
    a model lacks the feature), so shared features are looked up once for all engines."""

    models: tuple[TargetModel, ...]
    rows: dict[str, tuple[tuple[float, ...] | None, ...]]

    def polarities(self, engine_features: Sequence[dict[str, float]], shared: dict[str, float]) -> list[float]:
        """Per model, the polarity of its engine's features followed by ``shared``: the same
        sums in the same order, hence the same numbers, as ``probabilities`` of the merged dict."""
        totals = [list(model._scores(features)) for model, features in zip(self.models, engine_features)]
        for name, value in shared.items():
            rows = self.rows.get(name)
            if rows is None:
                continue
            for total, row in zip(totals, rows):
                if row is not None:
                    total[0] += value * row[0]
                    total[1] += value * row[1]
                    total[2] += value * row[2]
        return [polarity_of(_softmax(total)) for total in totals]


@lru_cache(maxsize=4)
def joint_model(engines: tuple[str, ...]) -> _JointModel:
    """The learned models of ``engines`` joined by feature name (see ``_JointModel``)."""
    models = tuple(load_target_model(engine) for engine in engines)
    names = sorted(set().union(*(model.rows for model in models)))
    return _JointModel(models, {name: tuple(model.rows.get(name) for model in models) for name in names})


def model_from_json(data: dict) -> TargetModel:
    """Build a ``TargetModel`` from one engine's entry of the weights file."""
    names = data["features"]
    if tuple(data["labels"]) != LABELS:
        raise errors.ConfigurationError(errors.SENTIMENT_MODEL_LABELS.format(labels=data["labels"], expected=", ".join(LABELS)))
    return TargetModel(
        labels=tuple(data["labels"]),
        index={name: i for i, name in enumerate(names)},
        weights=np.asarray(data["weights"], dtype=float).reshape(len(names), len(data["labels"])),
        neutral_offset=float(data.get("neutral_offset", 0.0)),
    )


@lru_cache(maxsize=4)
def load_target_model(engine: str = "textblob", *, path: Path = MODEL_PATH) -> TargetModel:
    """Load the learned target model for ``engine`` from the committed weights file."""
    check_engine(engine)
    return model_from_json(read_weights(path, errors.SENTIMENT_MODEL_MISSING)["models"][engine])
