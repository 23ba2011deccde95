"""The people-mentioned benchmark: its gold file and its matching, on invented names."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from analysis import identity


@pytest.fixture(scope="module")
def people(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    """``benchmarks/people.py`` imported as a module (its ``main`` is not run)."""
    return benchmark_script("people")


def test_gold_files_are_two_disjoint_samples(people: ModuleType) -> None:
    golds = [people.read_gold(path) for path in people.GOLD_FILES]
    for gold in golds:
        assert len(gold) == 31 and sum(len(v) for v in gold.values()) > 0
        assert all(p.keys and p.name for persons in gold.values() for p in persons)
    assert not set(golds[0]) & set(golds[1])


def _person(people: ModuleType, name: str, *forms: str) -> object:
    """A gold person keyed as the benchmark keys the gold file's names."""
    return people.Person(name, frozenset(identity.name_key(f, person=True) for f in (name, *forms)), False)


@pytest.mark.parametrize(("system", "extra", "missed"), [
    # titles, initials and a surname form of the gold person match; matching is one to one
    (["Secretary Dora K. Lind", "Brekke"], [], []),
    (["Dora Lind", "Lind"], ["Lind"], ["Ola Brekke"]),
    (["Acme"], ["Acme"], ["Dora Lind", "Ola Brekke"]),
])
def test_matching(people: ModuleType, system: list[str], extra: list[str], missed: list[str]) -> None:
    gold = [_person(people, "Dora Lind", "Lind"), _person(people, "Ola Brekke", "Brekke")]
    unmatched, left = people.match(system, gold)
    assert unmatched == extra and [p.name for p in left] == missed


def test_score(people: ModuleType) -> None:
    gold = {"a.txt": [_person(people, "Dora Lind")], "b.txt": []}
    figures = people.score({"a.txt": ["Dora Lind", "Acme"], "b.txt": []}, gold, show=False)
    assert (figures["precision"], figures["recall"]) == (50.0, 100.0)
    assert figures["f1"] == pytest.approx(200 / 3)
