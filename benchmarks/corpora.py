"""Benchmark corpora: the TempEval-3 documents as articles, and variants of them for larger corpora.

The 276 TempEval-3 documents (``../shared/benchmarks/tempeval3``) become ``.txt`` articles (headline
= document id, body = the document's paragraphs) with their creation time as publication date in
``metadata.csv``. Larger corpora are made of VARIANTS: variant ``i`` of a document has "(variant i)"
added to its headline, its body paragraphs shuffled and its publication date moved by whole weeks, so
every article key and date differs (they are variants, not new news). Imported by the benchmark
scripts, which Python runs with this folder first on its path.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
from pathlib import Path

from analysis import paths, timeml

TEMPEVAL = paths.BENCHMARK_DATA_DIR / "tempeval3"
FOLDERS = ("TBAQ-cleaned/TimeBank", "TBAQ-cleaned/AQUAINT", "te3-platinum")
Document = tuple[str, str, str]
"""(file name, text, publication date as ISO text or "")."""


def write_corpus(folder: Path, *, limit: int | None = None) -> list[str]:
    """Write the TempEval-3 documents as .txt articles plus metadata.csv; return their texts."""
    documents = [d for sub in FOLDERS for d in timeml.read_folder(TEMPEVAL / sub)][:limit]
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "published"])
        for doc in documents:
            body = "\n\n".join(p.strip() for p in doc.text.split("\n\n") if p.strip())
            (folder / f"{doc.doc_id}.txt").write_text(f"{doc.doc_id}\n\n{body}\n", encoding="utf-8")
            writer.writerow([f"{doc.doc_id}.txt", doc.dct.isoformat() if doc.dct else ""])
    return [doc.text for doc in documents]


def read_corpus(folder: Path) -> list[Document]:
    """The articles ``write_corpus`` wrote to ``folder``, in file-name order."""
    with open(folder / "metadata.csv", encoding="utf-8") as handle:
        published = {row["file"]: row["published"] for row in csv.DictReader(handle)}
    return [(path.name, path.read_text(encoding="utf-8"), published.get(path.name, ""))
            for path in sorted(folder.glob("*.txt"))]


def variant(document: Document, number: int) -> Document:
    """Variant ``number`` of a document: headline tagged, paragraphs shuffled, date moved by weeks."""
    name, text, published = document
    headline, _, body = text.partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    random.Random(number).shuffle(paragraphs)
    day = dt.date.fromisoformat(published) if published else dt.date(1998, 1, 1)
    moved = day + dt.timedelta(weeks=number % 97 + 1)
    text = f"{headline.strip()} (variant {number})\n\n" + "\n\n".join(paragraphs) + "\n"
    return f"{Path(name).stem}.v{number}.txt", text, moved.isoformat()


def write_variants(documents: list[Document], folder: Path, *, first: int, n: int,
                   originals: bool = False) -> Path:
    """Write articles ``first`` … ``first + n - 1`` of the endless corpus made of ``documents`` (article
    ``i`` is variant ``i`` of document ``i mod len(documents)``; with ``originals`` the first
    ``len(documents)`` are the documents themselves) and their metadata.csv into a fresh ``folder``."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rows = []
    for number in range(first, first + n):
        document = documents[number % len(documents)]
        name, text, published = document if originals and number < len(documents) else variant(document, number)
        (folder / name).write_text(text, encoding="utf-8")
        rows.append((name, published))
    with open(folder / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("file", "published"), *rows])
    return folder
