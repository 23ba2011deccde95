"""The lexicon engines of ``analysis.lexicons`` against their libraries: equality and speed.

Scores every text the analysis scores on real news (NewsMTSC sentences, each with the text left
and right of every target, and TempEval-3 paragraphs with each of their sentence-like pieces)
with both ``analysis.lexicons`` and the libraries (TextBlob's ``en.sentiment``, VADER's
``polarity_scores``), counts mismatches (any difference at all) and prints the time of each.

    .venv/bin/python benchmarks/lexicon_engines.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Sequence

from analysis import lexicons, newsmtsc, paths, timeml

TEMPEVAL = paths.BENCHMARK_DATA_DIR / "tempeval3"
TEMPEVAL_FOLDERS = ("TBAQ-cleaned/TimeBank", "TBAQ-cleaned/AQUAINT", "te3-platinum")


def newsmtsc_texts() -> list[str]:
    """Each NewsMTSC sentence and the text before and after each of its targets."""
    texts: list[str] = []
    for split in newsmtsc.SPLITS:
        for target in newsmtsc.read_targets(split):
            texts += [target.sentence, target.sentence[:target.start], target.sentence[target.end:]]
    return texts


def tempeval_texts() -> list[str]:
    """Each TempEval-3 document, its paragraphs, and the pieces between full stops."""
    texts: list[str] = []
    for folder in TEMPEVAL_FOLDERS:
        for document in timeml.read_folder(TEMPEVAL / folder):
            paragraphs = [p for p in document.text.split("\n\n") if p.strip()]
            texts += [document.text, *paragraphs]
            texts += [piece for p in paragraphs for piece in re.split(r"(?<=\.) ", p)]
    return texts


def compare(texts: Sequence[str], ours: Callable[[str], object], library: Callable[[str], object]
            ) -> tuple[int, float, float, list[str]]:
    """(mismatches, seconds ours, seconds library, first mismatching texts) over ``texts``."""
    began = time.perf_counter()
    mine = [ours(text) for text in texts]
    ours_s = time.perf_counter() - began
    began = time.perf_counter()
    theirs = [library(text) for text in texts]
    library_s = time.perf_counter() - began
    wrong = [text for text, a, b in zip(texts, mine, theirs) if a != b]
    return len(wrong), ours_s, library_s, wrong[:5]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    args = parser.parse_args()
    texts = list(dict.fromkeys(newsmtsc_texts() + tempeval_texts()))[:args.limit]
    print(f"{len(texts)} distinct texts, {sum(map(len, texts))} characters")
    engines = {
        "textblob": (lexicons.textblob_scores, lambda t: tuple(map(float, lexicons.textblob_en.sentiment(t)))),
        "vader": (lexicons.vader_compound,
                  lambda t: float(lexicons.vader_analyzer().polarity_scores(t)["compound"])),
    }
    figures = {}
    for name, (ours, library) in engines.items():
        ours("warm up"), library("warm up")
        wrong, ours_s, library_s, examples = compare(texts, ours, library)
        print(f"{name:<9} mismatches {wrong:>5}   ours {ours_s:6.2f} s   library {library_s:6.2f} s   "
              f"speed-up {library_s / ours_s:4.2f}x")
        for example in examples:
            print(f"    mismatch: {example[:120]!r}")
        figures[name] = {"mismatches": wrong, "speedup": round(library_s / ours_s, 2)}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
