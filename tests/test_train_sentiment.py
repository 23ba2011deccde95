"""The target-sentiment training script's cross-validation (benchmarks/train_sentiment.py), on invented features."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import numpy as np
import pytest


@pytest.fixture(scope="module")
def script(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    """``benchmarks/train_sentiment.py`` imported as a module (its ``main`` is not run)."""
    return benchmark_script("train_sentiment")


def test_folds_are_positions_mod_k(script: ModuleType) -> None:
    folds = script.cv_folds(12, k=5)
    assert folds.tolist() == [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1]
    assert np.array_equal(folds, script.cv_folds(12, k=5))


WORD_OF = {"negative": "scandal", "neutral": "visited", "positive": "praised"}


def _rows(labels: list[str]) -> list[dict[str, float]]:
    """Invented feature dicts: the bias and one word that gives the label away."""
    return [{"bias": 1.0, f"e:{WORD_OF[label]}": 1.0} for label in labels]


def test_a_word_that_gives_the_label_away_is_learned_in_every_fold(script: ModuleType) -> None:
    labels = ["negative", "neutral", "positive", "positive", "neutral", "negative"] * 5
    f1m, acc = script.cross_validate(_rows(labels), labels, l2=1e-3)
    assert f1m == acc == 1.0


def test_held_out_folds_are_predicted_by_models_that_never_saw_them(script: ModuleType) -> None:
    """Each word occurs in one fold only (its position mod 5 is fixed), so no other fold's model
    has a weight for it and every held-out example gets the majority label of the rest."""
    labels = ["negative", "neutral", "positive", "positive", "neutral"] * 4
    rows = [{"bias": 1.0, f"e:word{i % 5}": 1.0} for i in range(len(labels))]
    f1m, acc = script.cross_validate(rows, labels, l2=1e-3)
    assert acc < 0.5 and f1m < 0.5
