"""What a run does: the report sets (the corpus, and with ``per_article`` one per article), their
folders and the notebooks each executes.

Layout: the corpus report set (every article given) goes to ``out/corpus/``; per-article pages go
to ``out/articles/`` (see ``analysis.reports.article_pages``); ``out/index.html`` links them all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .inspection import notebook_parameters

CORPUS_FOLDER = "corpus"
SLUG_WORDS = 7
SLUG_CHARS = 60


@dataclass(frozen=True)
class ArticleInfo:
    """What the index shows of an article."""

    article_id: str
    headline: str
    published: date | None
    source: str = ""


@dataclass(frozen=True)
class ReportJob:
    """One notebook to execute into one report folder (picklable, for the worker processes)."""

    notebook: Path
    folder: Path
    report: str
    parameters: dict
    articles: tuple[ArticleInfo, ...] = ()
    show_code: bool = False


def slugify(text: str, *, words: int = SLUG_WORDS, chars: int = SLUG_CHARS) -> str:
    """ASCII, lower-case, hyphen-separated slug of the first ``words`` words, at most ``chars`` long."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    tokens = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))[:words]
    slug = "-".join(tokens)
    return slug[:chars].rsplit("-", 1)[0] if len(slug) > chars else slug


def article_folder_name(article: ArticleInfo) -> str:
    """``<YYYY-MM-DD or undated>_<slug of the headline>`` (the article id when the slug is empty)."""
    day = article.published.isoformat() if article.published else "undated"
    return f"{day}_{slugify(article.headline) or slugify(article.article_id, words=12)}"


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``... if taken; records the result in ``used``."""
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{name}-{n}"
    used.add(candidate)
    return candidate


def plan_jobs(notebooks: Sequence[Path], values: Mapping[str, Mapping[str, object]],
              articles: Sequence[ArticleInfo], *, out: Path, articles_path: str,
              show_code: bool = False) -> list[ReportJob]:
    """The corpus report set: every notebook over every article, with its parameters."""
    runner_values = {"articles_path": articles_path}
    plan = []
    for path in notebooks:
        declared = notebook_parameters(path)
        given = {k: v for k, v in runner_values.items() if k in declared}
        given.update(values.get(path.stem, {}))
        plan.append(ReportJob(path, out / CORPUS_FOLDER, CORPUS_FOLDER, given, tuple(articles), show_code))
    return plan
