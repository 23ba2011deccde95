"""Train the learned attribution finder (``analysis/models/attribution.json``) on PolNeAR train.

Usage: ``python benchmarks/train_quotes.py [--check] [--cache DIR]``. Deterministic: every article
of PolNeAR's train split (840; parsed once into a DocBin under ``--cache``, as
``benchmarks/quotes.py`` does) is run through the cue patterns alone; the candidates of
``analysis.quotes.learned_candidates`` (verbs the patterns left out, with a complement) get the
features of ``analysis.attribution_model.cue_features`` and the label 1 when their content matches,
at 30% overlap (``analysis.polnear.match``), a gold attribution the patterns did not find and
their cue verb lies in that gold's cue (a verb inside another cue's content, "concluding they have
the right": "have", matches by chance; labelling by content alone gave 76.5 cross-validated F1
instead of 76.8). Features
seen in fewer than ``MIN_COUNT`` candidates are dropped. A logistic regression (scikit-learn, L2
penalty ``C``, lbfgs from zero weights: no randomness) is fitted; ``C`` and the decision threshold
are chosen together by the content F1 at 30% overlap of the patterns plus the accepted candidates,
with out-of-fold probabilities of a cross-validation grouped by article (``FOLDS`` folds), then the
model is fitted on every article. The dev split is never read. The choice counts matches without
re-running the quotes (a vetoed attribution loses its gold, an accepted candidate adds its own; a
candidate is not merged with a quote of the same speaker and cue, as the benchmark's grouping may),
so its F1 differs a little from the end-to-end figures printed after it.

It then prints the benchmark's figures (``benchmarks/quotes.py``) by cross-validation: every train
article scored end to end with the model of the folds that left it out, for all of train and for
the slices 1-120, 121-240 and 241-360, with the cue patterns alone beside them (the peer, same
run). ``--check`` fits again and compares with the committed file (exit 1 when it differs).

``--trees`` instead prints the cross-validated F1 of the LR (the peer) beside gradient-boosted
trees (scikit-learn's ``HistGradientBoostingClassifier``) stacked on its margin, with the coarse
features (word lists, complement kind, subject type, tag, voice, ...) as dense columns: the trees
see, for each training row, the margin of an LR fitted on the inner folds that left its article
out (no leakage), and for a test row the margin of the LR of the whole outer training part. On
PolNeAR train the trees gain 0.1 F1 point over the LR (76.9 against 76.8 with the committed ``C``;
76.6 against 76.5 before the cue check of the labels; more trees on 778 features, lemmas included:
76.65), within the noise, so the committed model stays linear.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Token

from analysis import attribution_model, nlp, polnear
from analysis.actors import extract_mentions
from analysis.attribution_model import AttributionModel
from analysis.model_files import same_weights
from analysis.quotes import Marks, extract_quotes, find_attributions, learned_candidates, rule_candidates

import quotes as benchmark  # the benchmark's scoring (benchmarks/quotes.py, a sibling script)

FOLDS = 5
MIN_COUNT = 3
OVERLAP = 0.3
C_GRID: tuple[float, ...] = (0.03, 0.1, 0.3, 1.0)
THRESHOLD_GRID: tuple[float, ...] = tuple(round(0.05 * i, 2) for i in range(4, 20))
VETO_GRID: tuple[float, ...] = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
SLICES: tuple[tuple[int, int], ...] = ((0, 120), (120, 240), (240, 360))
DECIMALS = 6
#: ``--trees``: the feature families the boosted trees get beside the LR margin (the lemma, head
#: and subject-lemma features stay with the LR), their minimum count and the trees' settings
#: (no early stopping, no subsampling at this size: deterministic).
TREE_PREFIXES: tuple[str, ...] = (
    "list:", "kind:", "subj:pron", "subj:ent", "subj:none", "subj:pos", "tag:", "dep:", "passive", "modal",
    "negated", "len:", "content:that", "content_ent:", "sentence_quoted", "content_quoted", "title_line",
    "subject_after", "head_list:", "prep:", "child:")
TREE_MIN_COUNT = 200
TREE_PARAMS: dict[str, object] = {"max_iter": 200, "learning_rate": 0.1, "max_leaf_nodes": 15,
                                  "min_samples_leaf": 20, "l2_regularization": 1.0, "early_stopping": False}


@dataclass(frozen=True)
class Candidates:
    """One article's candidates: features and the gold attribution each would match (None: none,
    or, for a new candidate, only one the patterns found already); the same for the patterns'
    vetoable attributions; the gold the patterns matched, how many they found, and the gold count;
    the scores (``f1_at``) count a new candidate's gold by content, its training label also asks
    for the cue (``cue_matched``)."""

    features: list[dict[str, float]]
    gold: list[int | None]
    rule_features: list[dict[str, float]]
    rule_gold: list[int | None]
    rules_matched: frozenset[int]
    rules_found: int
    n_gold: int
    cue_matched: tuple[bool, ...] | None = None

    def labels(self) -> list[bool]:
        """The training labels of the new candidates, then of the patterns' own: a new candidate is
        positive when its cue lies in its gold's cue (``cue_matched``; when None, when it has a gold)."""
        new = self.cue_matched if self.cue_matched is not None else [g is not None for g in self.gold]
        return [*new, *(g is not None for g in self.rule_gold)]


def _matched_gold(span: tuple[int, int], golds: Sequence[polnear.Fragments], among: Sequence[int]) -> int | None:
    """The gold (an index of ``among``) a content span matches at 30% overlap, else None."""
    hit = polnear.match([(span,)], [golds[i] for i in among], threshold=OVERLAP)
    return among[next(iter(hit))] if hit else None


def _cue_in_gold(article: polnear.GoldArticle, cue: Token, gold: int | None) -> bool:
    """True when a candidate matches a gold and its cue word lies in that gold's cue: a verb inside
    the content of another cue ("concluding they have the right ...": "have") overlaps the gold
    content by chance and is no attribution of its own."""
    return gold is not None and any(start <= cue.idx < end for start, end in article.attributions[gold].cue)


def article_candidates(article: polnear.GoldArticle, doc) -> Candidates:
    """The candidates of one article: new ones labelled against the gold the cue patterns missed,
    the patterns' own (vetoable) ones against the gold their quote matched."""
    mentions = extract_mentions(doc)
    found = benchmark.attributions(extract_quotes(doc, mentions, learned=False), article.text)
    golds = [g.content for g in article.attributions]
    matched = polnear.match([f.content for f in found], golds, threshold=OVERLAP)
    by_span = {span: gi for gi, si in matched.items() for span in found[si].content}
    missed = [i for i in range(len(golds)) if i not in matched]
    marks = Marks(nlp.doc_text(doc))
    rules = find_attributions(doc, marks)
    new = [(row, _matched_gold((a.content_start, a.content_end), golds, missed), doc[a.cue_start])
           for a, row in learned_candidates(doc, marks, rules)]
    old = [(row, by_span.get((a.content_start, a.content_end))) for a, row in rule_candidates(doc, marks, rules)]
    return Candidates([r for r, _, _ in new], [g for _, g, _ in new], [r for r, _ in old], [g for _, g in old],
                      frozenset(matched), len(found), len(golds), tuple(_cue_in_gold(article, c, g) for _, g, c in new))


def vectorizer(rows: Sequence[dict[str, float]]) -> DictVectorizer:
    """A vectorizer over the features seen in at least ``MIN_COUNT`` rows (sorted names)."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    kept = {name for name, n in counts.items() if n >= MIN_COUNT}
    return DictVectorizer(sort=True).fit([{name: 1.0 for name in sorted(kept)}])


def fit(rows: Sequence[dict[str, float]], labels: Sequence[bool], *, c: float, threshold: float,
        veto: float = 0.0) -> AttributionModel:
    """Fit the logistic regression on ``rows`` and return it as an ``AttributionModel``."""
    vec = vectorizer(rows)
    estimator = LogisticRegression(C=c, max_iter=5000, tol=1e-8).fit(vec.transform(rows), np.asarray(labels))
    weights = {name: round(float(w), DECIMALS) for name, w in zip(vec.get_feature_names_out(), estimator.coef_[0])
               if round(float(w), DECIMALS) != 0.0}
    return AttributionModel(weights, round(float(estimator.intercept_[0]), DECIMALS), threshold, veto)


def folds(articles: Sequence[Candidates]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train/test article indices of the grouped cross-validation (articles as groups)."""
    index = np.arange(len(articles))
    return list(GroupKFold(n_splits=FOLDS).split(index, groups=index))


def flat(articles: Sequence[Candidates], which: Sequence[int]) -> tuple[list[dict[str, float]], list[bool]]:
    """The rows and labels (new candidates, then the patterns' own) of some articles."""
    rows = [row for i in which for row in (*articles[i].features, *articles[i].rule_features)]
    labels = [label for i in which for label in articles[i].labels()]
    return rows, labels


def out_of_fold(articles: Sequence[Candidates], *, c: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per article, the probabilities of its new and its patterns' candidates under the model of the
    other folds."""
    found: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0), np.zeros(0))] * len(articles)
    for train, test in folds(articles):
        model = fit(*flat(articles, train), c=c, threshold=0.5)
        for i in test:
            found[i] = (np.array([model.probability(row) for row in articles[i].features]),
                        np.array([model.probability(row) for row in articles[i].rule_features]))
    return found


def f1_at(articles: Sequence[Candidates], probabilities: Sequence[tuple[np.ndarray, np.ndarray]],
          threshold: float, veto: float) -> tuple[float, float, float]:
    """Content P/R/F1 at 30% of the patterns less those below ``veto`` plus the candidates at or
    above ``threshold`` (a gold matched twice counts once)."""
    tp = found = gold = 0
    for article, (new, old) in zip(articles, probabilities):
        accepted = [g for g, p in zip(article.gold, new) if p >= threshold]
        vetoed = [g for g, p in zip(article.rule_gold, old) if p < veto]
        kept = article.rules_matched - {g for g in vetoed if g is not None}
        tp += len(kept) + len({g for g in accepted if g is not None})
        found += article.rules_found - len(vetoed) + len(accepted)
        gold += article.n_gold
    return benchmark.prf(tp, found, tp, gold)


def _figures(values: Sequence[float]) -> str:
    return "/".join(f"{v:.1f}" for v in values)


def best_thresholds(articles: Sequence[Candidates], probabilities: Sequence[tuple[np.ndarray, np.ndarray]]
                    ) -> tuple[tuple[float, float, float], float, float, tuple[float, float, float]]:
    """The threshold and veto threshold with the best F1 at 30% for these probabilities (ties: the
    higher threshold, then the lower veto threshold): (sort key, threshold, veto, P/R/F1). The veto
    threshold stays below the threshold: a pattern's attribution needs less of the model than a bare
    candidate, whose only evidence the model is."""
    found = []
    for threshold in THRESHOLD_GRID:
        for veto in (v for v in VETO_GRID if v < threshold):
            figures = f1_at(articles, probabilities, threshold, veto)
            found.append(((round(figures[2], 6), threshold, -veto), threshold, veto, figures))
    return max(found, key=lambda item: item[0])


def choose(articles: Sequence[Candidates]) -> tuple[float, float, float]:
    """The ``C``, threshold and veto threshold with the best cross-validated F1 at 30% (ties: the
    higher threshold, then the lower veto threshold)."""
    none = [(np.zeros(len(a.gold)), np.ones(len(a.rule_gold))) for a in articles]
    print(f"cue patterns alone, train: P/R/F1 {_figures(f1_at(articles, none, 2.0, 0.0))}")
    best: tuple[tuple[float, float, float], float, float, float, tuple[float, float, float]] | None = None
    for c in C_GRID:
        key, threshold, veto, figures = best_thresholds(articles, out_of_fold(articles, c=c))
        if best is None or key > best[0]:
            best = (key, c, threshold, veto, figures)
        print(f"C={c:g}: best so far C={best[1]:g} threshold={best[2]:.2f} veto={best[3]:.2f} "
              f"P/R/F1 {_figures(best[4])}")
    assert best is not None
    return best[1], best[2], best[3]


def _rows(article: Candidates) -> list[dict[str, float]]:
    """An article's rows: its new candidates, then the patterns' own."""
    return [*article.features, *article.rule_features]


def tree_names(rows: Sequence[dict[str, float]]) -> list[str]:
    """The dense features the boosted trees get beside the LR margin (``TREE_PREFIXES``, seen in at
    least ``TREE_MIN_COUNT`` rows), sorted."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    return sorted(n for n, k in counts.items() if k >= TREE_MIN_COUNT and n.startswith(TREE_PREFIXES))


def dense(rows: Sequence[dict[str, float]], names: Sequence[str], margins: Sequence[float]) -> np.ndarray:
    """The tree inputs: the LR margin in column 0, then the named features."""
    column = {name: j + 1 for j, name in enumerate(names)}
    matrix = np.zeros((len(rows), len(names) + 1))
    matrix[:, 0] = margins
    for k, row in enumerate(rows):
        for name, value in row.items():
            if name in column:
                matrix[k, column[name]] = value
    return matrix


def inner_margins(articles: Sequence[Candidates], *, c: float) -> list[float]:
    """The LR margin of every row of ``articles``, each from the model of the (inner) folds that
    left its article out, so the trees never see a margin fitted on its own label."""
    found: dict[int, list[float]] = {}
    for train, test in folds(articles):
        model = fit(*flat(articles, train), c=c, threshold=0.5)
        found.update({int(j): [model.score(row) for row in _rows(articles[j])] for j in test})
    return [m for j in range(len(articles)) for m in found[j]]


def stacked_out_of_fold(articles: Sequence[Candidates], *, c: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per article, the probabilities of its new and its patterns' candidates under boosted trees
    (``TREE_PARAMS``) stacked on the LR margin, both fitted on the other (outer) folds."""
    found: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0), np.zeros(0))] * len(articles)
    for train, test in folds(articles):
        rows, labels = flat(articles, train)
        names, model = tree_names(rows), fit(rows, labels, c=c, threshold=0.5)
        margins = inner_margins([articles[i] for i in train], c=c)
        trees = HistGradientBoostingClassifier(**TREE_PARAMS).fit(dense(rows, names, margins), np.asarray(labels))
        for i in test:
            own = _rows(articles[i])
            p = trees.predict_proba(dense(own, names, [model.score(r) for r in own]))[:, 1] if own else np.zeros(0)
            found[i] = (p[:len(articles[i].features)], p[len(articles[i].features):])
    return found


def compare_trees(articles: Sequence[Candidates], *, c: float) -> None:
    """Print the cross-validated F1 at 30% of the LR (the peer) and of boosted trees stacked on its
    margin, each at its best thresholds, on the same folds."""
    for name, probabilities in (("logistic regression (peer)", out_of_fold(articles, c=c)),
                                ("boosted trees on the LR margin", stacked_out_of_fold(articles, c=c))):
        _, threshold, veto, figures = best_thresholds(articles, probabilities)
        print(f"{name}: threshold {threshold:.2f} veto {veto:.2f} P/R/F1 {_figures(figures)}")


def cross_validated_report(gold: Sequence[polnear.GoldArticle], docs: Sequence, articles: Sequence[Candidates], *,
                           c: float, threshold: float, veto: float) -> None:
    """The benchmark's figures on train, each article scored with the model of the folds that left it out,
    beside the cue patterns alone."""
    tallies = {(name, span): benchmark.Tally() for name in ("learned", "patterns") for span in ((0, len(gold)), *SLICES)}
    for train, test in folds(articles):
        model = fit(*flat(articles, train), c=c, threshold=threshold, veto=veto)
        for i in test:
            mentions = extract_mentions(docs[i])
            for name, quotes in (("learned", extract_quotes(docs[i], mentions, model=model)),
                                 ("patterns", extract_quotes(docs[i], mentions, learned=False))):
                for (kind, (lo, hi)), tally in tallies.items():
                    if kind == name and lo <= i < hi:
                        benchmark.score_article(gold[i], quotes, mentions, tally, doc=docs[i])
    for (name, (lo, hi)), tally in tallies.items():
        print(f"\n===== train articles {lo + 1}-{hi}, {name} ({'cross-validated' if name == 'learned' else 'peer'})")
        benchmark.report(tally, 0.0, hi - lo)


def main() -> int:
    """Train, print the cross-validated figures, write the model (or compare it with ``--check``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed model, write nothing")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the parsed Docs")
    parser.add_argument("--no-report", action="store_true", help="skip the end-to-end cross-validated figures")
    parser.add_argument("--trees", action="store_true",
                        help="compare boosted trees stacked on the LR margin with the LR instead (committed C)")
    options = parser.parse_args()
    gold = polnear.read_split("train")
    docs = benchmark.parsed(gold, cache=options.cache)
    articles = [article_candidates(article, doc) for article, doc in zip(gold, docs)]
    print(f"{len(articles)} articles, {sum(len(a.gold) for a in articles)} candidates, "
          f"{sum(g is not None for a in articles for g in a.gold)} matching a gold's content, "
          f"{sum(a.labels()[:len(a.gold)].count(True) for a in articles)} also its cue (positive)")
    if options.trees:
        committed = json.loads(attribution_model.ATTRIBUTION_MODEL_PATH.read_text(encoding="utf-8"))
        compare_trees(articles, c=float(committed["meta"]["C"]))
        return 0
    c, threshold, veto = choose(articles)
    model = fit(*flat(articles, range(len(articles))), c=c, threshold=threshold, veto=veto)
    text = json.dumps({"meta": {"trained_on": "PolNeAR train (840 articles)", "C": c, "folds": FOLDS,
                                "min_count": MIN_COUNT}, **model.to_json()}, indent=0) + "\n"
    if not options.no_report:
        cross_validated_report(gold, docs, articles, c=c, threshold=threshold, veto=veto)
    if options.check:
        same = same_weights(json.loads(attribution_model.ATTRIBUTION_MODEL_PATH.read_text(encoding="utf-8")),
                            json.loads(text))
        print("committed model reproduced" if same else "committed model differs from a fresh fit")
        return 0 if same else 1
    attribution_model.ATTRIBUTION_MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {attribution_model.ATTRIBUTION_MODEL_PATH} ({len(model.weights)} weights, C={c:g}, "
          f"threshold {threshold:.2f}, veto below {veto:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
