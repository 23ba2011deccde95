"""NewsMTSC benchmark: sentiment towards a target, macro-F1 (F1m) and accuracy on the rw and mt test splits.

Usage: ``python benchmarks/newsmtsc.py``. Rows:
  sentence/textblob, sentence/vader   the whole sentence scored, neutral band 0 (TextBlob) and the
                                      usual +-0.05 (VADER), as the paper-era baselines do;
  lexicon/<engine>                    this project's evidence words (``method="lexicon"``), with the
                                      neutral band chosen on the dev splits;
  learned/<engine>                    the learned target model (``method="learned"``, the default),
                                      whose neutral offset was chosen on the dev splits at training.
Only the dev splits are used for choices; test figures are printed, never tuned on.
The figures are also written to ``docs/results/newsmtsc.json`` (committed), which the reports read
(``analysis.views.benchmark_results``) and ``tests/test_views.py`` checks against this benchmark.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from analysis import newsmtsc, paths, sentiment, views

TEST_SPLITS: tuple[str, ...] = ("rw-test", "mt-test")
DEV_SPLITS: tuple[str, ...] = ("rw-dev", "mt-dev")
SENTENCE_BANDS: dict[str, float] = {"textblob": 0.0, "vader": 0.05}
BAND_GRID: tuple[float, ...] = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
REFERENCE: dict[str, dict[str, float]] = {
    "paper/RoBERTa GRU-TSC": {"rw-test": 83.1, "mt-test": 82.5},
}

Labeller = Callable[[newsmtsc.Target], str]


def sentence_labeller(engine: str) -> Labeller:
    """Label a target by the engine's score of its whole sentence."""
    return lambda t: sentiment.label_of(
        sentiment.polarity(t.sentence, engine=engine), neutral_band=SENTENCE_BANDS[engine]
    )


def lexicon_scores(targets: Sequence[newsmtsc.Target], docs: dict[str, Doc], engine: str) -> list[float]:
    """The lexicon method's polarity towards each target."""
    return [
        sentiment.target_polarity(docs[t.sentence], t.start, t.end, engine=engine, method="lexicon")
        for t in targets
    ]


def tune_band(data: dict[str, list[newsmtsc.Target]], docs: dict[str, Doc], engine: str) -> float:
    """The neutral band with the best mean dev macro-F1 for the lexicon method."""
    scored = {s: (lexicon_scores(data[s], docs, engine), [t.label for t in data[s]]) for s in DEV_SPLITS}

    def dev_f1(band: float) -> float:
        return sum(
            newsmtsc.macro_f1(gold, [sentiment.label_of(x, neutral_band=band) for x in scores])
            for scores, gold in scored.values()
        )

    return max(BAND_GRID, key=dev_f1)


def learned_labeller(docs: dict[str, Doc], engine: str) -> Labeller:
    """Label a target with the learned model of ``engine``."""
    return lambda t: sentiment.target_label(docs[t.sentence], t.start, t.end, engine=engine)


def lexicon_labeller(docs: dict[str, Doc], engine: str, band: float) -> Labeller:
    """Label a target with the lexicon method and a neutral band."""
    return lambda t: sentiment.target_label(
        docs[t.sentence], t.start, t.end, engine=engine, method="lexicon", neutral_band=band
    )


def figures(labeller: Labeller, targets: Sequence[newsmtsc.Target]) -> dict[str, float]:
    """Macro-F1 and accuracy of ``labeller`` on ``targets``, in percent rounded to 0.1."""
    gold = [t.label for t in targets]
    predicted = [labeller(t) for t in targets]
    return {"f1m": round(100 * newsmtsc.macro_f1(gold, predicted), 1),
            "acc": round(100 * newsmtsc.accuracy(gold, predicted), 1)}


def evaluate(name: str, labeller: Labeller, data: dict[str, list[newsmtsc.Target]]) -> dict[str, dict[str, float]]:
    """Print one table row (F1m and accuracy on each test split) and return its figures by split."""
    row = {split: figures(labeller, data[split]) for split in TEST_SPLITS}
    cells = [f"{row[s]['f1m']:6.1f} {row[s]['acc']:6.1f}" for s in TEST_SPLITS]
    print(f"{name:<28}" + "   ".join(cells))
    return row


def write_results(rows: dict[str, dict], data: dict[str, list[newsmtsc.Target]]) -> None:
    """Write the figures to the committed results file the reports read."""
    results = {
        "benchmark": "benchmarks/newsmtsc.py",
        "targets": {split: len(data[split]) for split in TEST_SPLITS},
        "model_sha256": hashlib.sha256(sentiment.MODEL_PATH.read_bytes()).hexdigest(),
        "rows": rows,
        "reference": REFERENCE,
    }
    path = views.results_path("newsmtsc")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nfigures written to {path.relative_to(paths.ROOT)}")


def main() -> None:
    """Parse dev and test sentences once, print every row and write the results file."""
    data = {split: newsmtsc.read_targets(split) for split in (*DEV_SPLITS, *TEST_SPLITS)}
    docs = newsmtsc.parse_sentences([t for targets in data.values() for t in targets])
    sizes = ", ".join(f"{s}: {len(data[s])} targets" for s in TEST_SPLITS)
    print(f"NewsMTSC ({sizes}); figures in percent\n")
    print(f"{'method':<28}{'rw F1m':>6} {'rw acc':>6}   {'mt F1m':>6} {'mt acc':>6}")
    rows: dict[str, dict] = {}
    for engine in sentiment.ENGINES:
        rows[f"sentence/{engine}"] = evaluate(f"sentence/{engine}", sentence_labeller(engine), data)
    for engine in sentiment.ENGINES:
        band = tune_band(data, docs, engine)
        row = evaluate(f"lexicon/{engine} (band {band:g})", lexicon_labeller(docs, engine, band), data)
        rows[f"lexicon/{engine}"] = {**row, "band": band}
    for engine in sentiment.ENGINES:
        rows[f"learned/{engine}"] = evaluate(f"learned/{engine}", learned_labeller(docs, engine), data)
    print("\nReference (paper, rw/mt F1m): RoBERTa GRU-TSC 83.1 / 82.5.")
    write_results(rows, data)


if __name__ == "__main__":
    main()
