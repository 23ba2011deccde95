"""PerSenT benchmark: the author's portrayal of an article's main entity (3 classes).

Usage: ``python benchmarks/portrayal.py [--split dev]``. Rows (macro-F1, accuracy, per-class F1,
and the Brier score where the method gives probabilities):
  majority                      always the most frequent dev label;
  article/textblob, /vader      the whole article's TextBlob polarity / VADER compound, with two
                                thresholds (negative below, positive above) tuned on the same data;
  article/<engine> CV           the same, thresholds tuned on the other folds (the fair peer of
                                the CV rows);
  mentions/<engine>             the mean polarity of the entity's mention rows (the project's
                                previous method), thresholds tuned on the same data;
  mentions/<engine> CV          the same, thresholds tuned on the other folds;
  portrayal CV                  the portrayal model (L1 over every computed feature, the
                                sentence-tone model's among them) trained on
                                the other folds (``C``, the features, the neutral band of its score
                                and its evidence shrinkage chosen by an inner cross-validation), 5
                                folds grouped by entity: the fully nested figure;
  portrayal CV, mean of 4 splits  the same over four ways of dealing the entities into folds
                                (GroupKFold's order and three shuffles): how far the split moves it;
  portrayal CV, L2 on fixed 20  the previous model, an L2 penalty on ``FIXED_FEATURES`` (a list
                                chosen on all of dev, so somewhat optimistic), nested the same way;
  portrayal CV, temperature-scaled  the first CV row with its probabilities' logits divided by a
                                temperature fitted (log-loss) on each training fold's inner
                                out-of-fold probabilities, the band and shrinkage chosen again on
                                them: calibration inside the nested CV (its reliability printed
                                too), with its mean over the same 4 splits;
  portrayal (committed, fit)    the committed model on the data it was fitted on (optimistic).
First how the main entity is found among the article's actors (``persent.match_cause``); then,
after the rows, the reliability curve of the cross-validated probabilities. Developing on dev: the test
splits are held out by the team. Tuning on the same data flatters the baselines; the CV rows do not.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
from collections.abc import Callable, Sequence

import numpy as np
from sklearn.model_selection import GroupKFold
from train_portrayal import (FIXED_FEATURES, FOLDS, PENALTIES, Penalty, analyse_split, choose_reading, examples,
                             fit_temperature, tempered, train)

from analysis import lexicons, newsmtsc, persent, portrayal

QUANTILES: tuple[float, ...] = tuple(np.round(np.arange(0.02, 0.99, 0.02), 2))
BINS: tuple[float, ...] = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)
#: Ways of dealing the entities into folds over which the nested CV's spread is printed.
SPLITS = 4


def threshold_labels(scores: Sequence[float], low: float, high: float) -> list[str]:
    """negative below ``low``, positive above ``high``, neutral between."""
    return ["negative" if s < low else "positive" if s > high else "neutral" for s in scores]


def tune_thresholds(scores: Sequence[float], gold: Sequence[str]) -> tuple[float, float]:
    """The (low, high) pair among the scores' quantiles with the best macro-F1."""
    cuts = sorted(set(np.quantile(np.asarray(scores, dtype=float), QUANTILES).round(4)))
    pairs = [(low, high) for low, high in itertools.product(cuts, cuts) if low <= high]
    return max(pairs, key=lambda pair: newsmtsc.macro_f1(list(gold), threshold_labels(scores, *pair)))


def cv_threshold_labels(scores: Sequence[float], gold: Sequence[str], groups: Sequence[str]) -> list[str]:
    """Labels from thresholds tuned on the other folds (grouped by entity)."""
    predicted = [""] * len(scores)
    for train_ids, test_ids in GroupKFold(n_splits=FOLDS).split(scores, gold, groups):
        low, high = tune_thresholds([scores[i] for i in train_ids], [gold[i] for i in train_ids])
        for i, label in zip(test_ids, threshold_labels([scores[i] for i in test_ids], low, high)):
            predicted[i] = label
    return predicted


def brier(probabilities: np.ndarray, gold: Sequence[str]) -> float:
    """Mean over documents of the squared distance between the probabilities and the one-hot label."""
    onehot = np.eye(len(portrayal.LABELS))[[portrayal.LABELS.index(label) for label in gold]]
    return float(np.mean(np.sum((probabilities - onehot) ** 2, axis=1)))


def row(name: str, gold: Sequence[str], predicted: Sequence[str], probabilities: np.ndarray | None = None) -> None:
    """Print one table row: macro-F1, accuracy, per-class F1 and Brier (percent; Brier as is)."""
    per_class = [100 * newsmtsc.f1_of(list(gold), list(predicted), label) for label in portrayal.LABELS]
    brier_cell = f"{brier(probabilities, gold):6.3f}" if probabilities is not None else "     —"
    print(f"{name:<32}{100 * newsmtsc.macro_f1(list(gold), list(predicted)):6.1f}"
          f"{100 * newsmtsc.accuracy(list(gold), list(predicted)):6.1f}"
          + "".join(f"{value:6.1f}" for value in per_class) + brier_cell)


def group_folds(seed: int | None) -> GroupKFold:
    """The grouped folds of the CV rows: GroupKFold's order, or the groups shuffled with ``seed``."""
    return GroupKFold(n_splits=FOLDS) if seed is None else GroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)


def cv_portrayal(inputs: Sequence[portrayal.ActorInput], gold: Sequence[str], groups: Sequence[str], *,
                 paragraph_labels: Sequence[Sequence[str]], names: Sequence[str] | None = None,
                 penalty: Penalty = PENALTIES["l1"], seed: int | None = None
                 ) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Out-of-fold probabilities, labels and scores of models trained on the other folds (nested
    choices; the paragraph-tone model too is fitted on those folds' paragraphs only); ``seed``: the
    entities shuffled into folds with that seed (GroupKFold's order when None)."""
    probabilities = np.zeros((len(inputs), len(portrayal.LABELS)))
    scores = np.zeros(len(inputs))
    predicted = [""] * len(inputs)
    folds = group_folds(seed)
    for train_ids, test_ids in folds.split(inputs, gold, groups):
        trained = train([inputs[i] for i in train_ids], [gold[i] for i in train_ids], [groups[i] for i in train_ids],
                        paragraph_labels=[paragraph_labels[i] for i in train_ids], names=names, penalty=penalty)
        model, unseen = trained.model, trained.read([inputs[i] for i in test_ids])
        found = model.probabilities([one.features for one in unseen])
        probabilities[test_ids] = found
        scores[test_ids] = model.scores(found, evidence=[one.support for one in unseen])
        for i, label in zip(test_ids, portrayal.band_labels(scores[test_ids], model.neutral_band)):
            predicted[i] = label
    return probabilities, predicted, scores


def cv_tempered(inputs: Sequence[portrayal.ActorInput], gold: Sequence[str], groups: Sequence[str], *,
                paragraph_labels: Sequence[Sequence[str]], seed: int | None = None
                ) -> tuple[np.ndarray, list[str], list[float]]:
    """``cv_portrayal`` (same ``seed``) with temperature scaling fitted inside each training
    fold: the temperature by log-loss of the fold's inner out-of-fold probabilities, then the band
    and ``evidence_half`` chosen again on the tempered ones. Out-of-fold probabilities, labels and
    the temperature of each fold."""
    probabilities = np.zeros((len(inputs), len(portrayal.LABELS)))
    predicted = [""] * len(inputs)
    temperatures = []
    folds = group_folds(seed)
    for train_ids, test_ids in folds.split(inputs, gold, groups):
        labels = [gold[i] for i in train_ids]
        trained = train([inputs[i] for i in train_ids], labels, [groups[i] for i in train_ids],
                        paragraph_labels=[paragraph_labels[i] for i in train_ids])
        model, oof, unseen = trained.model, trained.oof, trained.read([inputs[i] for i in test_ids])
        temperature = fit_temperature(oof, labels)
        half, band = choose_reading(model.scores(tempered(oof, temperature)), labels,
                                    [inputs[i].support for i in train_ids])
        found = tempered(model.probabilities([one.features for one in unseen]), temperature)
        probabilities[test_ids] = found
        evidence = [one.support for one in unseen]
        scores = dataclasses.replace(model, evidence_half=half).scores(found, evidence=evidence)
        for i, label in zip(test_ids, portrayal.band_labels(scores, band)):
            predicted[i] = label
        temperatures.append(temperature)
    return probabilities, predicted, temperatures


def spread(inputs: Sequence[portrayal.ActorInput], gold: Sequence[str], groups: Sequence[str], *,
           paragraph_labels: Sequence[Sequence[str]], first: tuple[list[str], np.ndarray],
           method: Callable = cv_portrayal, name: str = "portrayal CV") -> None:
    """Print the nested CV's mean and range over ``SPLITS`` ways of dealing the entities into folds
    (``first``: the labels and probabilities of GroupKFold's own order, then shuffled with seeds 1, 2, ...):
    how much the figure moves with the split alone (``method``: the nested CV repeated, ``name``: its row)."""
    found = [first] + [method(inputs, gold, groups, paragraph_labels=paragraph_labels, seed=seed)[1::-1]
                       for seed in range(1, SPLITS)]
    figures = np.array([[100 * newsmtsc.macro_f1(list(gold), p), 100 * newsmtsc.accuracy(list(gold), p),
                         *(100 * newsmtsc.f1_of(list(gold), p, label) for label in portrayal.LABELS), brier(q, gold)]
                        for p, q in found])
    mean = figures.mean(axis=0)
    print(f"{f'{name}, mean of {SPLITS} splits':<32}" + "".join(f"{v:6.1f}" for v in mean[:-1]) + f"{mean[-1]:6.3f}")
    low, high = figures.min(axis=0), figures.max(axis=0)
    print(f"  range over the splits: F1m {low[0]:.1f}-{high[0]:.1f}, acc {low[1]:.1f}-{high[1]:.1f}")


def reliability(probabilities: np.ndarray, gold: Sequence[str]) -> None:
    """Print, per class and probability bin, the mean predicted probability, the observed
    frequency of the class and the number of documents."""
    for k, label in enumerate(portrayal.LABELS):
        observed = np.array([g == label for g in gold], dtype=float)
        cells = []
        for low, high in zip(BINS, BINS[1:]):
            inside = (probabilities[:, k] >= low) & (probabilities[:, k] < high + (high == 1.0))
            if inside.any():
                cells.append(f"[{low:.1f},{high:.1f}) {probabilities[inside, k].mean():.2f}→"
                             f"{observed[inside].mean():.2f} n={int(inside.sum())}")
        print(f"  P({label}): " + "; ".join(cells))


def mention_means(context: Sequence[dict], inputs: Sequence[portrayal.ActorInput], engine: str) -> list[float]:
    """The mean polarity of the entity's mention rows for ``engine`` (0 without mentions)."""
    means = []
    for one, rows in zip(inputs, context):
        values = [float(r["polarity"]) for r in rows["mention_sentiment"]
                  if r["actor"] == one.actor and r["engine"] == engine and r["role"] != "speaker"]
        means.append(sum(values) / len(values) if values else 0.0)
    return means


def data_path(context: Sequence[dict], inputs: Sequence[portrayal.ActorInput]) -> None:
    """Print how the main entity is found among the actors: documents per ``persent.MATCH_CAUSES``
    key, the spread of its mention counts, and how many have no evidence (so are neutral by the
    evidence rule)."""
    causes = [c["cause"] for c in context]
    print("main entity by match cause: " + ", ".join(f"{key} {causes.count(key)}" for key in persent.MATCH_CAUSES))
    counts = np.array([one.n_mentions for one in inputs])
    print(f"  its mentions: 0 in {int((counts == 0).sum())}, 1 in {int((counts == 1).sum())}, 2-3 in "
          f"{int(((counts >= 2) & (counts <= 3)).sum())}, 4+ in {int((counts >= 4).sum())} (median "
          f"{np.median(counts):.0f}); no evidence (author and quoted scores all 0, so neutral) in "
          f"{sum(one.support == 0 for one in inputs)}")


def main() -> None:
    """Analyse the split, then print every row and the reliability curve."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    split = parser.parse_args().split
    documents, corpus = analyse_split(split)
    inputs, gold, groups, context = examples(documents, corpus)
    print(f"PerSenT {split}: {len(gold)} documents { {label: gold.count(label) for label in portrayal.LABELS} }; "
          f"main entity matched to an actor in {sum(c['matched'] for c in context)}")
    data_path(context, inputs)
    print(f"{'method':<32}{'F1m':>6}{'acc':>6}{'F1neg':>6}{'F1neu':>6}{'F1pos':>6}{'Brier':>6}")
    majority = max(portrayal.LABELS, key=gold.count)
    prior = np.tile([gold.count(label) / len(gold) for label in portrayal.LABELS], (len(gold), 1))
    row("majority", gold, [majority] * len(gold), prior)
    whole: dict[str, Callable[[str], float]] = {
        "textblob": lambda text: lexicons.textblob_scores(text)[0], "vader": lexicons.vader_compound}
    for engine, score in whole.items():
        scores = [score(d.text) for d in documents]
        row(f"article/{engine} (tuned on dev)", gold, threshold_labels(scores, *tune_thresholds(scores, gold)))
        row(f"article/{engine} CV", gold, cv_threshold_labels(scores, gold, groups))
    for engine in portrayal.ENGINES:
        scores = mention_means(context, inputs, engine)
        row(f"mentions/{engine} (tuned on dev)", gold, threshold_labels(scores, *tune_thresholds(scores, gold)))
        row(f"mentions/{engine} CV", gold, cv_threshold_labels(scores, gold, groups))
    paragraphs = [c["paragraph_labels"] for c in context]
    found = cv_portrayal(inputs, gold, groups, paragraph_labels=paragraphs, names=FIXED_FEATURES,
                         penalty=PENALTIES["l2"])
    row(f"portrayal CV, L2 on fixed {len(FIXED_FEATURES)}", gold, found[1], found[0])
    probabilities, predicted, scores = cv_portrayal(inputs, gold, groups, paragraph_labels=paragraphs)
    row("portrayal CV", gold, predicted, probabilities)
    spread(inputs, gold, groups, paragraph_labels=paragraphs, first=(predicted, probabilities))
    calibrated, calibrated_labels, temperatures = cv_tempered(inputs, gold, groups, paragraph_labels=paragraphs)
    row("portrayal CV, temperature-scaled", gold, calibrated_labels, calibrated)
    print(f"  temperature per fold: {', '.join(f'{t:.2f}' for t in temperatures)}")
    spread(inputs, gold, groups, paragraph_labels=paragraphs, first=(calibrated_labels, calibrated),
           method=cv_tempered, name="tempered CV")
    model = portrayal.load_model()
    fitted = model.probabilities([one.features for one in inputs])
    row("portrayal (committed, fit)", gold, model.labels(fitted, evidence=[one.support for one in inputs]), fitted)
    print("reliability of the CV probabilities (bin: mean predicted → observed frequency):")
    reliability(probabilities, gold)
    print("reliability of the temperature-scaled CV probabilities:")
    reliability(calibrated, gold)
    print("CV score (base rates divided out, shrunk by evidence) by readers' label: " + ", ".join(
        f"{label} mean {scores[[g == label for g in gold]].mean():+.2f}" for label in portrayal.LABELS))


if __name__ == "__main__":
    main()
