"""Train the learned target-sentiment model on NewsMTSC and write analysis/models/target_sentiment.json.

Usage: ``python benchmarks/train_sentiment.py``. For each engine (TextBlob, VADER) it extracts the
features of ``analysis.sentiment.target_features`` for every target of the training split, keeps
features seen at least ``MIN_COUNT`` times (once: rare features are left to the L2 penalty,
which did better than dropping them in cross-validation on train and on dev), and fits a
multinomial logistic regression with L2 penalty by full-batch Adam for a fixed number of steps from zero weights (no randomness, so the run
is reproducible). The L2 strength and the neutral offset are chosen on the rw and mt dev splits
(mean macro-F1 of the two); the test splits are never read. Prints the dev figures as it goes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc

from analysis import newsmtsc, sentiment

MIN_COUNT = 1
L2_GRID: tuple[float, ...] = (1e-3, 3e-3, 1e-2)
OFFSET_GRID: tuple[float, ...] = (-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0)
STEPS = 300
LEARNING_RATE = 0.05
DEV_SPLITS: tuple[str, ...] = ("rw-dev", "mt-dev")
DECIMALS = 5


@dataclass(frozen=True)
class Design:
    """A sparse design matrix in coordinate form (every row has the ``bias`` feature)."""

    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    n_rows: int
    n_cols: int

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """Return X @ weights, shape (n_rows, n_labels)."""
        out = np.zeros((self.n_rows, weights.shape[1]))
        for k in range(weights.shape[1]):
            out[:, k] = np.bincount(self.rows, weights=self.values * weights[self.cols, k], minlength=self.n_rows)
        return out

    def tdot(self, grad: np.ndarray) -> np.ndarray:
        """Return X.T @ grad, shape (n_cols, n_labels)."""
        out = np.zeros((self.n_cols, grad.shape[1]))
        for k in range(grad.shape[1]):
            out[:, k] = np.bincount(self.cols, weights=self.values * grad[self.rows, k], minlength=self.n_cols)
        return out


def featurize(targets: Sequence[newsmtsc.Target], docs: dict[str, Doc], *, engine: str) -> list[dict[str, float]]:
    """Feature dicts of every target (offsets are into the sentence, which is the whole Doc)."""
    return [sentiment.target_features(docs[t.sentence], t.start, t.end, engine=engine) for t in targets]


def vocabulary(features: Sequence[dict[str, float]], *, min_count: int = MIN_COUNT) -> list[str]:
    """Feature names seen in at least ``min_count`` examples, sorted for a stable order."""
    counts = Counter(name for row in features for name in row)
    return sorted(name for name, count in counts.items() if count >= min_count or name == "bias")


def design(features: Sequence[dict[str, float]], names: Sequence[str]) -> Design:
    """Encode feature dicts over ``names`` (unknown features are dropped)."""
    index = {name: i for i, name in enumerate(names)}
    rows, cols, values = [], [], []
    for r, row in enumerate(features):
        for name, value in row.items():
            if name in index and value:
                rows.append(r)
                cols.append(index[name])
                values.append(value)
    return Design(np.array(rows), np.array(cols), np.array(values, dtype=float), len(features), len(names))


def fit(x: Design, labels: Sequence[str], *, l2: float, steps: int = STEPS) -> np.ndarray:
    """Fit multinomial logistic regression weights (n_cols x 3) by full-batch Adam from zeros."""
    y = np.zeros((x.n_rows, len(sentiment.LABELS)))
    y[np.arange(x.n_rows), [sentiment.LABELS.index(label) for label in labels]] = 1.0
    weights = np.zeros((x.n_cols, y.shape[1]))
    m, v = np.zeros_like(weights), np.zeros_like(weights)
    for step in range(1, steps + 1):
        scores = x.dot(weights)
        probs = np.exp(scores - scores.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        grad = x.tdot(probs - y) / x.n_rows + l2 * weights
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        weights -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return weights


def predict(x: Design, weights: np.ndarray, *, neutral_offset: float) -> list[str]:
    """Labels of every row, with ``neutral_offset`` added to the neutral score."""
    scores = x.dot(weights)
    scores[:, sentiment.LABELS.index("neutral")] += neutral_offset
    return [sentiment.LABELS[i] for i in scores.argmax(axis=1)]


def dev_score(dev: dict[str, tuple[Design, list[str]]], weights: np.ndarray, offset: float) -> float:
    """Mean macro-F1 over the dev splits."""
    scores = [newsmtsc.macro_f1(gold, predict(x, weights, neutral_offset=offset)) for x, gold in dev.values()]
    return float(np.mean(scores))


def train_engine(data: dict[str, list[newsmtsc.Target]], docs: dict[str, Doc], *, engine: str) -> dict:
    """Train, tune on dev and return the JSON entry of one engine's model."""
    train_features = featurize(data["train"], docs, engine=engine)
    names = vocabulary(train_features)
    x_train = design(train_features, names)
    gold_train = [t.label for t in data["train"]]
    dev = {s: (design(featurize(data[s], docs, engine=engine), names), [t.label for t in data[s]]) for s in DEV_SPLITS}
    best = (-1.0, 0.0, 0.0, np.zeros(0))
    for l2 in L2_GRID:
        weights = fit(x_train, gold_train, l2=l2)
        for offset in OFFSET_GRID:
            score = dev_score(dev, weights, float(offset))
            if score > best[0]:
                best = (score, l2, float(offset), weights)
        print(f"{engine}: l2={l2:g} best dev F1m so far {100 * best[0]:.1f} (l2={best[1]:g}, offset={best[2]:+.2f})")
    return {
        "labels": list(sentiment.LABELS), "l2": best[1], "neutral_offset": best[2], "dev_macro_f1": round(best[0], 4),
        "features": names, "weights": np.round(best[3], DECIMALS).ravel().tolist(),
    }


def main() -> None:
    """Parse train and dev, train one model per engine, write the weights file."""
    data = {split: newsmtsc.read_targets(split) for split in ("train", *DEV_SPLITS)}
    docs = newsmtsc.parse_sentences([t for targets in data.values() for t in targets])
    models = {engine: train_engine(data, docs, engine=engine) for engine in sentiment.ENGINES}
    meta = {"trained_on": "NewsMTSC train.jsonl", "tuned_on": list(DEV_SPLITS), "steps": STEPS, "min_count": MIN_COUNT}
    sentiment.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    with open(sentiment.MODEL_PATH, "w", encoding="utf-8") as handle:
        json.dump({"meta": meta, "models": models}, handle, separators=(",", ":"))
    print(f"wrote {sentiment.MODEL_PATH} ({sentiment.MODEL_PATH.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
