"""Corpus throughput, jobs scaling, re-run cost and peak memory of the whole analysis.

Uses the 276 TempEval-3 news documents (TimeBank + AQUAINT + platinum) in ../shared/benchmarks/ as a
real corpus: each is written as a .txt article (document id as headline) with its creation time in a
metadata.csv, then analysed through the real loader and cache. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--skip-memory] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language

from analysis import corpus, nlp, sentiment
from corpora import write_corpus



def timed_build(folder: Path, cache: Path, *, jobs: int) -> tuple[float, corpus.Corpus]:
    """Seconds for one build_corpus run (cold when ``cache`` is empty)."""
    began = time.perf_counter()
    result = corpus.build_corpus(str(folder), cache_dir=cache, jobs=jobs)
    return time.perf_counter() - began, result


def parse_only(folder: Path, model: Language) -> float:
    """Seconds for ``model.pipe`` over the same analysed texts, with nothing else done."""
    texts = [article.text for article in corpus.articles.load_articles(str(folder)).articles]
    began = time.perf_counter()
    for _ in model.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - began


class Timings(NamedTuple):
    """Fastest seconds of each kind of run (see ``paired_runs``)."""

    bare: float
    own_parse: float
    cold: float


def paired_runs(folder: Path, root: Path, *, repeat: int) -> tuple[Timings, corpus.Corpus]:
    """Fastest times over ``repeat`` alternated rounds of: bare spaCy (the model as installed,
    ``nlp.stock_pipeline``), the analysis' own pipeline parsing only (``nlp.load_model``: the
    paragraph component and the indexed attribute ruler), and a cold ``--jobs 1`` analysis.
    This machine's timings vary by about 10% from run to run and the first parse in a process is
    slower; the minimum is the least noisy estimate. Each analysis run starts with an empty cache
    and no memoised engine scores; the cache of the last run is left in root/cache1."""
    stock, own = nlp.stock_pipeline(), nlp.load_model()
    bares, parses, colds = [], [], []
    for attempt in range(repeat):
        bares.append(parse_only(folder, stock))
        parses.append(parse_only(folder, own))
        cache = root / "cache1"
        shutil.rmtree(cache, ignore_errors=True)
        sentiment.clear_score_caches()
        seconds, built = timed_build(folder, cache, jobs=1)
        colds.append(seconds)
        print(f"round {attempt + 1}: bare {bares[-1]:.1f} s, own parse {parses[-1]:.1f} s, "
              f"analysis {seconds:.1f} s, ratio {bares[-1] / seconds:.0%}")
    return Timings(min(bares), min(parses), min(colds)), built


def peak_memory_mib(folder: Path, limit: int, *, cache: bool = False) -> float:
    """Peak RSS (MiB) of a fresh process analysing the first ``limit`` articles (cache off by
    default). Read from the child's own VmHWM: ``ru_maxrss`` of a child started from a large
    parent reports the parent's size, which hid every difference in earlier figures."""
    code = (
        "import sys, tempfile; from analysis import corpus; "
        f"files = sorted(__import__('glob').glob({str(folder)!r} + '/*.txt'))[:{limit}]; "
        f"corpus.build_corpus(files, cache_dir=tempfile.mkdtemp()) if {cache} else "
        "corpus.build_corpus(files, cache=False); "
        "print([line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')][0])"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1]) / 1024


def report(label: str, seconds: float, n_articles: int, n_words: int) -> None:
    print(f"{label:<52} {seconds:8.1f} s  {n_articles / seconds:7.2f} articles/s  {n_words / seconds:9.0f} words/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N documents")
    parser.add_argument("--skip-memory", action="store_true", help="skip the peak-memory runs")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of bare, own-parse and cold --jobs 1 runs; the fastest of each counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, root = Path(tmp) / "articles", Path(tmp)
        write_corpus(folder, limit=args.limit)
        nlp.load_model()
        timings, built = paired_runs(folder, root, repeat=args.repeat)
        bare, cold1 = timings.bare, timings.cold
        cold2, _ = timed_build(folder, root / "cache2", jobs=2)
        warm, _ = timed_build(folder, root / "cache1", jobs=1)
        n, words = len(built.articles), int(built.articles["n_words"].sum())
        (folder / "zz_added.txt").write_text("An added article\n\n" + built.articles["text"].iloc[0][:3000] + " Extra.\n",
                                             encoding="utf-8")
        added, rerun = timed_build(folder, root / "cache1", jobs=1)
        print(f"corpus: {n} articles, {words} words, {len(built.errors)} load errors; model {built.model}")
        report(f"bare spaCy nlp.pipe, model as installed (best of {args.repeat})", bare, n, words)
        report(f"the analysis' pipeline, parsing only (best of {args.repeat})", timings.own_parse, n, words)
        report(f"analysis, all tables, --jobs 1 (cold, best of {args.repeat})", cold1, n, words)
        report("analysis, all tables, --jobs 2 (cold)", cold2, n, words)
        report("analysis, all from cache", warm, n, words)
        print(f"analysis keeps {bare / cold1:.0%} of bare spaCy throughput (target >= 80%)")
        print(f"extraction and tables add {cold1 / timings.own_parse - 1:.0%} to the analysis' own parse")
        print(f"--jobs 2 speed-up over --jobs 1: {cold1 / cold2:.2f}x (target >= 1.7x)")
        print(f"adding 1 article to the cached {n}: {added:.1f} s = {added / cold1:.1%} of the cold run "
              f"(target <= 5%); re-processed {len(rerun.processed)} article(s)")
        if not args.skip_memory:
            for limit in (50, n):
                print(f"peak memory, processing {limit} articles (cache off): {peak_memory_mib(folder, limit):.0f} MiB")
    print(json.dumps({"ratio_to_bare_spacy": round(bare / cold1, 3), "jobs2_speedup": round(cold1 / cold2, 3),
                      "own_parse_to_bare_spacy": round(timings.own_parse / bare, 3)}))


if __name__ == "__main__":
    main()
