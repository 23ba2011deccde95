"""People mentioned: each article's person actors against the people a reader found in it.

Usage: ``python benchmarks/people.py [--gold FILE ...] [--cache DIR] [--show]``.

The gold files hold 31 of the 276 TempEval-3 documents each (``../shared/benchmarks/tempeval3``),
with every person each one names, annotated by readers who saw neither the system's output nor its
code (the guideline is in each file: real individuals named in the text, reporters included;
organisations and places named after people, groups and unnamed people left out; one entry per
person with the forms used):

- ``annotations/people_te3.json`` (sample A): every ninth file name in sorted order. Rules were
  checked on it, so it is development data.
- ``annotations/people_te3_b.json`` (sample B): every ninth ``.tml`` path in sorted order from the
  fifth, no document shared with A, annotated later; its first figures were taken before any rule
  was looked at on it (see the issue note).
- ``annotations/people_te3_c.json`` (sample C): of the 214 documents in neither A nor B, sorted by
  file name, every seventh from the fourth; annotated blind in a later stop, and its first figures
  taken before any rule was looked at on it.

None is the measure of the issue's target: the team's held-out news is. Each file is scored
apart, and all pooled.

The system side is the project's own path: ``benchmarks/corpora.py`` writes the documents as
articles, ``analysis.corpus.build_corpus`` analyses them, and every actor of type PERSON in the
``actors`` table is a person mentioned. A system person matches a gold person of the same
document (one to one, greedily) when their name keys (``analysis.identity.name_key``: no titles,
initials, suffixes, case or accents) are equal, or the system's key equals the key of one of the
gold person's forms. Figures: precision, recall and F1 over all documents (micro), and the
unmatched names on either side with ``--show``. The gold entries the reader marked unsure are
counted like the others; their number is printed.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import identity, paths
from analysis.corpus import build_corpus

GOLD = paths.BENCHMARKS_DIR / "annotations" / "people_te3.json"
GOLD_FILES = (GOLD, paths.BENCHMARKS_DIR / "annotations" / "people_te3_b.json",
              paths.BENCHMARKS_DIR / "annotations" / "people_te3_c.json")


@dataclass(frozen=True)
class Person:
    """One gold person: the fullest name and the keys of every form the text uses."""

    name: str
    keys: frozenset[tuple[str, ...]]
    unsure: bool


def read_gold(path: Path) -> dict[str, list[Person]]:
    """The gold people by document file name."""
    documents = json.loads(path.read_text(encoding="utf-8"))["documents"]
    return {name: [Person(p["name"], frozenset(identity.name_key(f, person=True) for f in [p["name"], *p["forms"]]),
                          bool(p.get("unsure"))) for p in people]
            for name, people in documents.items()}


def system_people(files: Sequence[str], *, cache: Path | None) -> dict[str, list[str]]:
    """The PERSON actors of each document, by file name, from a real corpus build."""
    from corpora import write_corpus  # a sibling script: importable when this file runs as one

    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder))
        corpus = build_corpus([str(Path(folder) / name) for name in files], cache=cache is not None,
                              cache_dir=cache, jobs=1)
        actors, listed = corpus.actors, corpus.articles
    by_id = dict(zip(listed["article_id"], listed["path"].map(lambda f: Path(str(f)).name)))
    people = actors[actors["type"] == identity.PERSON]
    found: dict[str, list[str]] = {name: [] for name in files}
    for article_id, actor in zip(people["article_id"], people["actor"]):
        found[by_id[article_id]].append(str(actor))
    return found


def match(system: Sequence[str], gold: Sequence[Person]) -> tuple[list[str], list[Person]]:
    """The system names and gold people left unmatched after one-to-one matching by name key."""
    left = list(gold)
    unmatched = []
    for name in system:
        key = identity.name_key(name, person=True)
        hit = next((p for p in left if key in p.keys), None)
        if hit is None:
            unmatched.append(name)
        else:
            left.remove(hit)
    return unmatched, left


def score(found: Mapping[str, Sequence[str]], gold: Mapping[str, Sequence[Person]], *, show: bool) -> dict[str, float]:
    """Micro precision, recall and F1 over the documents; prints the unmatched names with ``show``."""
    n_system = n_gold = n_right = 0
    for name, people in gold.items():
        extra, missed = match(found.get(name, []), people)
        n_system += len(found.get(name, []))
        n_gold += len(people)
        n_right += len(people) - len(missed)
        if show and (extra or missed):
            print(f"{name}: not in gold {extra}; missed {[p.name for p in missed]}")
    precision = n_right / n_system if n_system else 0.0
    recall = n_right / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"documents": len(gold), "gold": n_gold, "system": n_system, "right": n_right,
            "precision": 100 * precision, "recall": 100 * recall, "f1": 100 * f1}


def main() -> None:
    """Build the gold documents' corpus and print the people-mentioned figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=list(GOLD_FILES))
    parser.add_argument("--cache", type=Path, default=None, help="store folder (default: analyse in memory)")
    parser.add_argument("--show", action="store_true", help="print the unmatched names per document")
    args = parser.parse_args()
    golds = {path.name: read_gold(path) for path in args.gold}
    pooled = {name: people for gold in golds.values() for name, people in gold.items()}
    found = system_people(sorted(pooled), cache=args.cache)
    table = {name: score(found, gold, show=args.show) for name, gold in golds.items()}
    if len(golds) > 1:
        table["pooled"] = score(found, pooled, show=False)
    print(pd.DataFrame(table).to_string(float_format=lambda v: f"{v:.1f}"))
    unsure = sum(p.unsure for people in pooled.values() for p in people)
    print(f"gold people marked unsure by the readers: {unsure}")


if __name__ == "__main__":
    main()
