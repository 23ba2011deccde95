"""Reports at corpus scale: size, page height, run time, kernel memory, re-run and start-up cost.

Corpora: the first 20 and all 276 TempEval-3 documents as articles (``/work/corpora/te3``, made by
``benchmarks/throughput.py``'s ``write_corpus``: headline = document id, creation time = publication
date), and 2,000 articles made of them: the 276 originals plus *variants*, each a document with a new
publication date (shifted by whole weeks) and its body paragraphs in a shuffled order, so its key
and dates differ (they are variants, not new news). The analysis cache is filled once per corpus
before anything is timed (warm cache); the time that took is printed.

Printed, per corpus: each corpus report's HTML size and page height at 1280 px in headless
Chromium (Debian's ``/usr/bin/chromium`` through Playwright), the per-article pages' sizes and
time per page, the whole corpus report run time (2,000 against 20 articles, same process,
alternated), the peak memory of the notebook kernels at 2,000 articles, a re-run after adding one
article (pages rendered, time), the import cost before any work (``python -X importtime``), and
the README run on the sample article (warm). Budgets from issue 11 are printed beside each figure.

    NEWS_ANALYSIS_CACHE=/tmp/bench-cache .venv/bin/python benchmarks/corpus_reports.py [--sizes 20 276 2000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from analysis import paths

TE3 = Path(os.environ.get("NEWS_ANALYSIS_TE3_CORPUS", "/work/corpora/te3"))
WORK = Path(os.environ.get("NEWS_ANALYSIS_BENCH_DIR", Path(tempfile.gettempdir()) / "corpus-reports-bench"))
CHROMIUM = Path("/usr/bin/chromium")
MB = 1024 * 1024
BUDGET_REPORT_BYTES = 2 * MB
BUDGET_REPORT_HEIGHT = 20_000
BUDGET_PAGE_BYTES = 1 * MB
BUDGET_KERNEL_BYTES = 1.5 * 1024 * MB
BUDGET_IMPORT_SECONDS = 1.5


def te3_documents() -> list[tuple[str, str, str]]:
    """``(file name, text, published)`` of every TempEval-3 article, in name order."""
    with open(TE3 / "metadata.csv", encoding="utf-8") as handle:
        published = {row["file"]: row["published"] for row in csv.DictReader(handle)}
    return [(path.name, path.read_text(encoding="utf-8"), published.get(path.name, ""))
            for path in sorted(TE3.glob("*.txt"))]


def variant(text: str, published: str, number: int) -> tuple[str, str]:
    """Variant ``number`` of an article: paragraphs shuffled (headline kept first), date moved."""
    headline, _, body = text.partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    random.Random(number).shuffle(paragraphs)
    day = dt.date.fromisoformat(published) if published else dt.date(1998, 1, 1)
    moved = day + dt.timedelta(weeks=number % 97 + 1)
    return f"{headline.strip()} (variant {number})\n\n" + "\n\n".join(paragraphs) + "\n", moved.isoformat()


def write_corpus(folder: Path, size: int) -> Path:
    """``size`` articles in ``folder``: TempEval-3 documents first, then variants of them."""
    if folder.is_dir() and len(list(folder.glob("*.txt"))) == size:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    documents = te3_documents()
    rows = []
    for i in range(size):
        name, text, published = documents[i % len(documents)]
        if i >= len(documents):
            text, published = variant(text, published, i)
            name = f"{Path(name).stem}.v{i}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append((name, published))
    with open(folder / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("file", "published"), *rows])
    return folder
