"""Load news articles from files into ``Article`` records; every problem becomes a ``LoadError``.

Modules
    ``formats``   the registered input formats (``Format`` records: suffixes, reader, sniffer,
                  what is read, an example); one record adds a format.
    ``decoding``  bytes to text: encodings, line endings, NFC, binary files rejected.
    ``cleaning``  boilerplate, credit lines, bylines and paragraphs, the same for every format.
    ``metadata``  validated metadata values, sidecars and ``metadata.csv``.
    ``loading``   finding the files (folders, globs, lists), loading each, duplicates, ids.
    ``frames``    the ``articles``, ``errors`` and ``paragraphs`` tables.
    ``records``   ``Article``, ``LoadError``, ``Batch`` and the parsed pieces.

Identity and errors
    * ``article_id``: the first 16 hex digits of SHA-256 of the case-folded, whitespace-collapsed
      headline and body, so one article has one id in any format, run or machine.
    * Nothing raises for bad input: each problem is a ``LoadError(path, reason)`` with a coded
      reason from ``analysis.errors``. Every input path ends up loaded or in errors; an article
      loaded with ignored metadata (an invalid date, a malformed sidecar) is in both.
    * Duplicates (same ``article_id``) load once, from the first in sorted path order; each later
      copy gets a ``LOAD_DUPLICATE`` error naming that path.
    * Folders are read non-recursively; hidden files (names starting with ".") and subfolders are
      skipped. Relative paths and globs are taken from the project root (``paths.resolve``).
    * ``path`` is POSIX, relative to the project root when inside it, else absolute; records of a
      ``.jsonl`` file or a ``.json`` list get ``#<n>`` (1-based, blank lines not counted).
"""

from __future__ import annotations

from .formats import FORMATS, SUFFIXES, Format
from .frames import (
    ARTICLE_COLUMNS,
    ERROR_COLUMNS,
    PARAGRAPH_COLUMNS,
    articles_frame,
    errors_frame,
    paragraph_starts,
    paragraphs_frame,
)
from .loading import anchor_date, load_articles, load_file
from .metadata import METADATA_CSV, SIDECAR_SUFFIXES
from .records import Article, Batch, LoadError

__all__ = [
    "ARTICLE_COLUMNS", "ERROR_COLUMNS", "FORMATS", "METADATA_CSV", "PARAGRAPH_COLUMNS", "SIDECAR_SUFFIXES",
    "SUFFIXES", "Article", "Batch", "Format", "LoadError", "anchor_date", "articles_frame", "errors_frame", "load_articles",
    "load_file", "paragraph_starts", "paragraphs_frame",
]
