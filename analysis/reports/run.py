"""The whole report run: check the parameters, execute the corpus notebooks, render the
per-article pages, write the index."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import errors, paths
from .execute import NotebookRun, execute_all
from .index import write_index
from .parameterize import check_run
from .plan import ArticleInfo, plan_jobs

if TYPE_CHECKING:
    from ..corpus import Corpus
    from .article_pages import PagesResult

PACKAGES = ("spacy", "pandas", "textblob", "papermill", "nbconvert", "matplotlib", "itables", "nh3")


@dataclass(frozen=True)
class RunResult:
    """Every notebook run, the index page and the per-article pages; ``ok`` when every run succeeded."""

    runs: tuple[NotebookRun, ...]
    index_html: Path
    pages: PagesResult | None = None

    @property
    def ok(self) -> bool:
        """True when every notebook run succeeded."""
        return all(run.status == "ok" for run in self.runs)


def load_article_infos(articles: str | Path) -> list[ArticleInfo]:
    """Load the articles with ``analysis.articles.load_articles``; raise if none could be loaded."""
    from ..articles import load_articles

    batch = load_articles(articles)
    infos = [ArticleInfo(a.article_id, a.headline, a.published, a.source or "") for a in batch.articles]
    if not infos:
        raise errors.AnalysisError(errors.NO_ARTICLES.format(source=articles))
    return infos


def articles_parameter(articles: str | Path) -> str:
    """The ``articles_path`` value: relative to the project root when inside it, else absolute."""
    resolved = paths.resolve(articles)
    try:
        return resolved.relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(resolved)


def collect_versions(spacy_model: str = "") -> dict[str, str]:
    """The spaCy pipeline's ``name version`` (from its metadata, without loading it) and the
    versions of the main packages."""
    from .. import pipelines

    try:
        model = pipelines.resolve(spacy_model or None)[1]
    except errors.ModelNotFoundError as exc:
        model = f"not available: {exc}"
    versions = {"spaCy pipeline": model}
    for package in PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def run_reports(articles: str | Path, *, out: Path = paths.REPORTS_DIR,
                notebooks: Sequence[str] | None = None, parameters: Mapping[str, str] | None = None,
                jobs: int = 1, per_article: bool = False, show_code: bool = False,
                summaries: Callable[[Sequence[str]], str] | None = None, corpus: Corpus | None = None) -> RunResult:
    """Validate, execute and render every selected notebook for the articles; with ``per_article``
    render one page per article (cached); write the index. ``corpus`` (an ``analysis.Corpus`` of
    the same articles) feeds the index's article list and the pages; it is built when needed."""
    from . import article_pages

    given = dict(parameters or {})
    selected, values = check_run(notebooks, given)
    infos = load_article_infos(articles)
    articles_path = articles_parameter(articles)
    plan = plan_jobs(selected, values, infos, out=out, articles_path=articles_path, show_code=show_code)
    if corpus is not None:
        corpus.corpus_actors_file()  # recorded once here; every notebook kernel queries the record
    runs = execute_all(plan, jobs=jobs)
    spacy_model = str(given.get("spacy_model", ""))
    if per_article and corpus is None:
        from ..corpus import build_corpus

        corpus = build_corpus(articles, model=spacy_model or None)
    pages = article_pages.render_pages(corpus, out=out) if per_article else None
    run_parameters = {"articles": articles_path, "notebooks": [p.stem for p in selected],
                      "per_article": per_article, "show_code": show_code, "jobs": jobs, **given}
    rows = article_pages.article_rows(corpus, out=out, pages=pages) if corpus is not None else None
    summary = article_pages.corpus_summary(corpus) if corpus is not None else ()
    index = write_index(out, runs, parameters=run_parameters, versions=collect_versions(spacy_model),
                        summaries=summaries, article_rows=rows, summary_lines=summary)
    return RunResult(tuple(runs), index, pages)
