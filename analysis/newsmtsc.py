"""NewsMTSC reader and the metrics its paper reports (macro-F1 and accuracy).

NewsMTSC (Hamborg & Donnay, EACL 2021) is a JSON Lines dataset of news sentences, each with one or
more targets (a mention given as a character slice ``sentence[from:to]``) labelled with the
sentiment of the sentence towards that target: 2.0 = negative, 4.0 = neutral, 6.0 = positive.
``read_targets`` flattens a file into one ``Target`` record per labelled target, with the label as a
word. ``macro_f1`` is the unweighted mean of the per-class F1 over the three classes (a class that is
never predicted nor present scores 0), ``accuracy`` the share of exact matches.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from . import errors, nlp, paths
from .vocabulary import SENTIMENT_LABELS as LABELS

POLARITY_LABELS: dict[float, str] = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
NEWSMTSC_DIR: Path = paths.BENCHMARK_DATA_DIR / "newsmtsc"
SPLITS: dict[str, Path] = {
    "train": NEWSMTSC_DIR / "train.jsonl",
    "rw-dev": NEWSMTSC_DIR / "split-dev30-test70" / "newsmtsc-rw" / "dev.jsonl",
    "rw-test": NEWSMTSC_DIR / "split-dev30-test70" / "newsmtsc-rw" / "test.jsonl",
    "mt-dev": NEWSMTSC_DIR / "split-dev30-test70" / "newsmtsc-mt" / "dev.jsonl",
    "mt-test": NEWSMTSC_DIR / "split-dev30-test70" / "newsmtsc-mt" / "test.jsonl",
}


@dataclass(frozen=True)
class Target:
    """One labelled target: the sentence, the mention slice ``[start, end)`` and its label word."""

    gid: str
    sentence: str
    start: int
    end: int
    mention: str
    label: str


def _targets_of(record: dict) -> Iterator[Target]:
    """Yield the targets of one JSON line (a sentence with its ``targets`` list)."""
    sentence = record["sentence_normalized"]
    for target in record["targets"]:
        yield Target(
            gid=target["Input.gid"],
            sentence=sentence,
            start=int(target["from"]),
            end=int(target["to"]),
            mention=target["mention"],
            label=POLARITY_LABELS[float(target["polarity"])],
        )


def read_targets(path: str | Path) -> list[Target]:
    """Read a NewsMTSC ``.jsonl`` file (or a split name from ``SPLITS``) into ``Target`` records."""
    source = SPLITS.get(str(path), paths.resolve(path))
    if not source.is_file():
        raise errors.MissingFileError(errors.NEWSMTSC_SPLIT.format(name=str(path), splits=", ".join(SPLITS)))
    targets: list[Target] = []
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                targets.extend(_targets_of(json.loads(line)))
    return targets


def f1_of(gold: Sequence[str], predicted: Sequence[str], label: str) -> float:
    """F1 of one class; 0 when the class is neither predicted nor present."""
    tp = sum(g == label and p == label for g, p in zip(gold, predicted))
    n_pred = sum(p == label for p in predicted)
    n_gold = sum(g == label for g in gold)
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def _check_lengths(gold: Sequence[str], predicted: Sequence[str]) -> None:
    """Raise ``ConfigurationError`` (a ValueError) unless there is one prediction per gold label."""
    if len(gold) != len(predicted):
        raise errors.ConfigurationError(errors.LABELS_LENGTH.format(gold=len(gold), predicted=len(predicted)))


def macro_f1(gold: Sequence[str], predicted: Sequence[str], *, labels: Iterable[str] = LABELS) -> float:
    """Return the macro-averaged F1 (0..1) over ``labels`` of two equally long label lists."""
    _check_lengths(gold, predicted)
    scores = [f1_of(gold, predicted, label) for label in labels]
    return sum(scores) / len(scores)


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Return the share (0..1) of predictions equal to the gold label."""
    _check_lengths(gold, predicted)
    return sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else 0.0


def parse_sentences(targets: Sequence[Target], *, batch_size: int = 64) -> dict[str, Doc]:
    """Parse each distinct sentence of ``targets`` once (``nlp.pipe``), keyed by its text.

    The Docs live in memory for the run only; nothing is written to disk.
    """
    sentences = list(dict.fromkeys(t.sentence for t in targets))
    return dict(zip(sentences, nlp.parse(sentences, batch_size=batch_size)))
