"""The tables loading gives: ``articles``, ``errors`` and ``paragraphs`` (columns from ``analysis.tables``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from analysis import tables

from .records import Article, LoadError

ARTICLE_COLUMNS: tuple[str, ...] = tables.COLUMNS["articles"]
ERROR_COLUMNS: tuple[str, ...] = tables.COLUMNS["errors"]
PARAGRAPH_COLUMNS: tuple[str, ...] = tables.COLUMNS["paragraphs"]
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")


def articles_frame(
    articles: Sequence[Article], *, n_sentences: Mapping[str, int] | None = None
) -> pd.DataFrame:
    """One row per article with the columns of ``ARTICLE_COLUMNS`` (sentence counts optional)."""
    counts = n_sentences or {}
    rows = [
        {
            "article_id": a.article_id,
            "path": a.path,
            "headline": a.headline,
            "published": a.published,
            "source": a.source,
            "url": a.url,
            "authors": "; ".join(a.authors),
            "credits": "; ".join(a.credits),
            "text": a.text,
            "n_paragraphs": len(a.paragraphs),
            "n_sentences": counts.get(a.article_id),
            "n_words": len(_WORD.findall(a.text)),
        }
        for a in articles
    ]
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    frame["published"] = pd.Series([a.published for a in articles], index=frame.index, dtype=object)
    return frame.astype({"n_paragraphs": "int64", "n_sentences": "Int64", "n_words": "int64"})


def errors_frame(errors: Sequence[LoadError]) -> pd.DataFrame:
    """One row per load error with the columns of ``ERROR_COLUMNS`` (``path``, ``reason``)."""
    return pd.DataFrame([(e.path, e.reason) for e in errors], columns=list(ERROR_COLUMNS))


def paragraph_starts(article: Article) -> list[int]:
    """Offset of each paragraph in ``Article.text`` (paragraphs are joined by a blank line)."""
    starts, start = [], 0
    for paragraph in article.paragraphs:
        starts.append(start)
        start += len(paragraph) + 2
    return starts


def paragraphs_frame(articles: Sequence[Article]) -> pd.DataFrame:
    """One row per paragraph (columns of ``PARAGRAPH_COLUMNS``); offsets index ``Article.text``."""
    rows = [(article.article_id, number, start, start + len(paragraph), paragraph)
            for article in articles
            for number, (start, paragraph) in enumerate(zip(paragraph_starts(article), article.paragraphs))]
    frame = pd.DataFrame(rows, columns=list(PARAGRAPH_COLUMNS))
    return frame.astype({"paragraph_id": "int64", "start": "int64", "end": "int64"})
