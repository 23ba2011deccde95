"""Tests for analysis.newsmtsc: the JSON Lines reader and the metrics, on a tiny hand-made file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from analysis import newsmtsc

SENTENCES = [
    {
        "primary_gid": "s1",
        "sentence_normalized": "Critics attacked Smith while Jones stayed silent.",
        "targets": [
            {"Input.gid": "s1_Smith", "from": 17, "to": 22, "mention": "Smith", "polarity": 2.0},
            {"Input.gid": "s1_Jones", "from": 29, "to": 34, "mention": "Jones", "polarity": 4.0,
             "further_mentions": []},
        ],
    },
    {
        "primary_gid": "s2",
        "sentence_normalized": "Voters praised Brown.",
        "targets": [{"Input.gid": "s2_Brown", "from": 15, "to": 20, "mention": "Brown", "polarity": 6.0}],
    },
]


@pytest.fixture()
def tiny_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in SENTENCES) + "\n\n", encoding="utf-8")
    return path


def test_read_targets_flattens_and_maps_labels(tiny_jsonl: Path) -> None:
    targets = newsmtsc.read_targets(tiny_jsonl)
    assert [(t.gid, t.mention, t.label) for t in targets] == [
        ("s1_Smith", "Smith", "negative"), ("s1_Jones", "Jones", "neutral"), ("s2_Brown", "Brown", "positive"),
    ]
    assert all(t.sentence[t.start:t.end] == t.mention for t in targets)


def test_split_names_resolve_to_shipped_files() -> None:
    assert newsmtsc.SPLITS["rw-test"].name == "test.jsonl"
    assert newsmtsc.SPLITS["rw-test"].parent.name == "newsmtsc-rw"


@pytest.mark.parametrize(
    ("gold", "predicted", "f1", "acc"),
    [
        # negative: tp 1, 1 predicted, 2 gold -> 2/3; neutral: tp 1, 2 predicted, 1 gold -> 2/3;
        # positive: tp 0 -> 0; macro = 4/9; accuracy 2/4.
        (["negative", "positive", "neutral", "negative"], ["negative", "neutral", "neutral", "positive"], 4 / 9, 0.5),
        (["negative", "neutral", "positive"], ["negative", "neutral", "positive"], 1.0, 1.0),
        # always neutral: neutral F1 = 2*1/(3+1) = 0.5, others 0 -> 1/6.
        (["negative", "neutral", "positive"], ["neutral", "neutral", "neutral"], 1 / 6, 1 / 3),
    ],
)
def test_metrics_by_hand(gold: list[str], predicted: list[str], f1: float, acc: float) -> None:
    assert newsmtsc.macro_f1(gold, predicted) == pytest.approx(f1)
    assert newsmtsc.accuracy(gold, predicted) == pytest.approx(acc)


@pytest.mark.parametrize("metric", [newsmtsc.macro_f1, newsmtsc.accuracy])
def test_metrics_reject_unequal_lengths(metric: Callable[[list[str], list[str]], float]) -> None:
    with pytest.raises(ValueError, match=r"1 gold labels but 0 predicted") as raised:
        metric(["negative"], [])
    assert raised.value.code == "E603"


def test_an_unknown_split_names_the_splits(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="rw-dev, rw-test") as raised:
        newsmtsc.read_targets(str(tmp_path / "rw-tset"))
    assert raised.value.code == "E602"
