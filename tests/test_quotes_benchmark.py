"""The quotes benchmark's source naming (benchmarks/quotes.py), on invented sentences."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest
from spacy.language import Language

from analysis import polnear
from analysis.actors import extract_mentions
from analysis.nlp import parse_one


@pytest.fixture(scope="module")
def benchmark(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    """``benchmarks/quotes.py`` imported as a module (its ``main`` is not run)."""
    return benchmark_script("quotes")


@pytest.mark.parametrize(
    ("text", "source", "actor"),
    [
        # the head of the source phrase is the name, not the organisation in its apposition
        ("Dora Lindqvist, president of the Acme Workers Union, said wages would rise.",
         "Dora Lindqvist, president of the Acme Workers Union", "Dora Lindqvist"),
        # a descriptor names nobody, though it holds a name
        ("The Democratic nominee said wages would rise.", "The Democratic nominee", None),
        ("He said wages would rise.", "He", None),
    ],
)
def test_the_actor_a_gold_source_names(benchmark: ModuleType, nlp: Language, text: str, source: str,
                                       actor: str | None) -> None:
    doc = parse_one(text, nlp=nlp)
    start = text.index(source)
    gold = polnear.GoldAttribution(content=((len(source) + 6, len(text) - 1),), source=((start, start + len(source)),),
                                   cue=(), kind="indirect")
    assert benchmark.gold_source_actor(gold, extract_mentions(doc), doc) == actor
