"""Per-article report pages: one HTML page per article, rendered from the cached tables.

A page shows the article's text with every actor mention highlighted, how the article portrays
each actor (the ``portrayal`` table: label, score, evidence), every quote and every event, each as
a sortable, filterable table (a small inline script; the rows are all present without it). Pages are rendered by a Jinja
template over the corpus tables (no kernel per article: the tables are grouped by article once),
so a page costs milliseconds. Each page is cached by the article's key and the analysis version
(``analysis.version.version_key``) plus a digest of this engine and its template: ``out/articles/
manifest.json`` records the token each page was made with, and a re-run renders only pages whose
token changed or whose file is missing. Page names are ``<date or undated>_<headline slug>_<id>``,
stable for an article, so corpus reports and the index can link them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .. import paths
from ..store import aggregates
from .dates import dense_range
from .plan import CORPUS_FOLDER, slugify
from .sanitize import clean_html

if TYPE_CHECKING:
    from ..corpus import Corpus

PAGES_FOLDER = "articles"
MANIFEST = "manifest.json"
TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "article" / "page.html.j2"
TOP_ACTORS = 3
QUOTE_COLUMNS = ("speaker", "cue", "cue_class", "kind", "polarity", "quote")
EVENT_COLUMNS = ("start_date", "end_date", "value", "timex_text", "trigger", "actors", "text")
PORTRAYAL_COLUMNS = ("actor", "label", "score", "P(neg / neu / pos)", "n_mentions", "n_sentences", "headline",
                     "evidence")
ACTOR_COLUMNS = ("actor", "type", "n_mentions", "aliases")


@dataclass
class PagesResult:
    """What a page run did: page file per article id, which were rendered, which reused, time."""

    pages: dict[str, Path] = field(default_factory=dict)
    rendered: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    seconds: float = 0.0


def page_name(article_id: str, headline: str, published: object) -> str:
    """``<YYYY-MM-DD or undated>_<slug of the headline>_<first 8 of the id>.html``."""
    day = str(published)[:10] if published is not None and not pd.isna(published) else "undated"
    return f"{day}_{slugify(str(headline)) or 'article'}_{article_id[:8]}.html"


def page_href(article_id: str, headline: str, published: object, *, from_folder: str = CORPUS_FOLDER) -> str:
    """Relative link to an article's page from a report folder beside ``articles/`` (corpus reports)."""
    prefix = "" if from_folder == "" else "../"
    return f"{prefix}{PAGES_FOLDER}/{page_name(article_id, headline, published)}"


@lru_cache(maxsize=1)
def engine_digest() -> str:
    """Digest of the report package and the page template: a change re-renders every page."""
    digest = hashlib.sha256()
    for path in [*sorted(Path(__file__).parent.glob("*.py")), TEMPLATE]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def page_token(article: Mapping[str, object], model: str) -> str:
    """Cache token of a page: the article's key, the analysis version and the engine digest."""
    from ..version import code_digest, version_key

    raw = "|".join([str(article["article_id"]), str(article.get("published")), str(article["headline"]),
                    version_key(model), code_digest(), engine_digest()])
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


@lru_cache(maxsize=1)
def _template() -> object:
    """The page template, autoescaping everything it is given."""
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE.parent), autoescape=True,
                                     trim_blocks=True, lstrip_blocks=True)
    return environment.get_template(TEMPLATE.name)


def _by_article(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Rows of a table grouped by article id, once (per-article filtering would be quadratic)."""
    return {key: group for key, group in frame.groupby("article_id", sort=False)} if not frame.empty else {}


def _records(frame: pd.DataFrame | None, columns: Sequence[str], sort: Sequence[str] = ()) -> list[dict]:
    """Rows as dicts of display text (missing values empty, numbers rounded to 3 places)."""
    if frame is None or frame.empty:
        return []
    picked = frame.sort_values(list(sort)) if sort else frame
    return [{c: _text(value) for c, value in zip(columns, row)}
            for row in picked[list(columns)].itertuples(index=False, name=None)]


def _text(value: object) -> str:
    """A cell as display text."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def portrayal_rows(portrayal: pd.DataFrame | None) -> list[dict[str, str]]:
    """One row per actor from the ``portrayal`` table: label, score, P(label), mentions and
    sentences behind it, whether the headline names the actor, and the evidence sentences split
    one per line; most mentioned first."""
    if portrayal is None or portrayal.empty:
        return []
    rows = []
    for r in portrayal.itertuples():
        rows.append({"actor": str(r.actor), "label": str(r.label), "score": f"{r.score:+.2f}",
                     "P(neg / neu / pos)": f"{r.p_negative:.2f} / {r.p_neutral:.2f} / {r.p_positive:.2f}",
                     "n_mentions": int(r.n_mentions), "n_sentences": int(r.n_sentences),
                     "headline": "yes" if r.in_headline else "", "evidence": _evidence_lines(r.evidence)})
    return sorted(rows, key=lambda row: (-row["n_mentions"], row["actor"]))


def _evidence_lines(evidence: object) -> list[str]:
    """The portrayal's evidence cell (sentences joined by " | ") as a list, one sentence each."""
    return [part.strip() for part in str(evidence or "").split(" | ") if part.strip()]


def render_page(article: Mapping[str, object], groups: Mapping[str, Mapping[str, pd.DataFrame]], *,
                path: Path, corpus_reports: Sequence[tuple[str, str]] = ()) -> Path:
    """Write one article's page to ``path`` from its rows in ``groups`` (table -> article id -> rows)."""
    from ..plots import highlight_mentions

    article_id = str(article["article_id"])
    rows = {name: table.get(article_id) for name, table in groups.items()}
    mentions = rows["mentions"] if rows["mentions"] is not None else pd.DataFrame(columns=["start", "end", "label", "actor"])
    highlighted = clean_html(highlight_mentions(str(article["text"]), mentions))
    page = _template().render(
        article={k: _text(article.get(k)) for k in ("article_id", "headline", "published", "source", "url", "authors")},
        url_is_web=str(article.get("url") or "").startswith(("https://", "http://")),
        highlighted=highlighted, index_href="../index.html", corpus_reports=corpus_reports,
        portrayal=portrayal_rows(rows["portrayal"]), portrayal_columns=PORTRAYAL_COLUMNS,
        actors=_records(rows["actors"], ACTOR_COLUMNS), actor_columns=ACTOR_COLUMNS,
        quotes=_records(rows["quotes"], QUOTE_COLUMNS), quote_columns=QUOTE_COLUMNS,
        events=_records(rows["events"], EVENT_COLUMNS), event_columns=EVENT_COLUMNS,
        n_mentions=0 if rows["mentions"] is None else len(rows["mentions"]),
    )
    path.write_text(page, encoding="utf-8")
    return path


def render_pages(corpus: Corpus, *, out: Path = paths.REPORTS_DIR) -> PagesResult:
    """Render the page of every article of ``corpus`` whose cached page is missing or stale."""
    started = time.perf_counter()
    folder = out / PAGES_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    manifest_path = folder / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
    articles = corpus.articles.to_dict("records")
    result = PagesResult()
    todo = []
    for article in articles:
        name = page_name(article["article_id"], article["headline"], article["published"])
        token = page_token(article, corpus.model)
        result.pages[article["article_id"]] = folder / name
        if manifest.get(name) == token and (folder / name).is_file():
            result.reused.append(article["article_id"])
        else:
            todo.append((article, name, token))
    if todo:
        wanted = {a["article_id"] for a, _, _ in todo}
        groups = {name: _by_article(getattr(corpus, name)[getattr(corpus, name)["article_id"].isin(wanted)])
                  for name in ("mentions", "actors", "quotes", "portrayal", "events")}
        reports = _corpus_reports(out)
        for article, name, token in todo:
            render_page(article, groups, path=folder / name, corpus_reports=reports)
            manifest[name] = token
            result.rendered.append(article["article_id"])
    manifest_path.write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _corpus_reports(out: Path) -> list[tuple[str, str]]:
    """``(notebook, relative href)`` of the corpus reports, for the page's header."""
    return [(page.stem, f"../{CORPUS_FOLDER}/{page.name}") for page in sorted((out / CORPUS_FOLDER).glob("*.html"))]


def top_actor_names(actors: pd.DataFrame, *, n: int = TOP_ACTORS) -> dict[str, str]:
    """Article id -> its ``n`` most mentioned actors, joined by ", "."""
    if actors.empty:
        return {}
    ranked = actors.sort_values(["article_id", "n_mentions", "actor"], ascending=[True, False, True])
    return {key: ", ".join(group["actor"].head(n)) for key, group in ranked.groupby("article_id", sort=False)}


def article_rows(corpus: Corpus, *, out: Path, pages: PagesResult | None) -> list[dict[str, object]]:
    """The index's article list: date, source, headline, top actors, link to the page, id (read
    through the query layer: the articles' texts are not needed)."""
    with corpus.query() as query:
        tops = top_actor_names(query.ordered("actors", ["article_id", "actor", "n_mentions"]))
        listed = query.ordered("articles", ["article_id", "published", "source", "headline"])
    rows = []
    for article in listed.itertuples():
        page = pages.pages.get(article.article_id) if pages else None
        link = [["article page", page.relative_to(out).as_posix()]] if page else []
        rows.append({"date": _text(article.published) or "undated", "source": _text(article.source),
                     "headline": _text(article.headline), "top actors": tops.get(article.article_id, ""),
                     "report": link, "article_id": article.article_id})
    return rows


def _dates(values: object) -> list[dt.date]:
    """The values that are dates or ISO date strings (any year), as dates; others are skipped."""
    found = []
    for value in values:
        if isinstance(value, dt.date):
            found.append(value if not isinstance(value, dt.datetime) else value.date())
        elif isinstance(value, str) and len(value) >= 10:
            try:
                found.append(dt.date.fromisoformat(value[:10]))
            except ValueError:
                continue
    return found


def corpus_summary(corpus: Corpus) -> list[str]:
    """Lines for the index: articles, sources, publication dates and event dates (dense ranges),
    aggregated in the query layer (at 50,000 articles the events table alone is 2.4 GB in pandas)."""
    with corpus.query() as query:
        articles = query.ordered("articles", ["published", "source"])
        event_dates = _dates(aggregates.dated_event_dates(query))
        spread = query.sql("SELECT actor, count(DISTINCT article_id) AS n FROM actors GROUP BY actor "
                           "ORDER BY n DESC, actor LIMIT ?", [TOP_ACTORS * 2])
    published = _dates(articles["published"])
    leaders = ", ".join(f"{actor} ({n})" for actor, n in zip(spread["actor"], spread["n"]))
    return [f"{len(articles)} article(s) from {articles['source'].dropna().nunique()} source(s), "
            f"{len(corpus.errors)} input(s) not loaded; published {dense_range(published).describe()}",
            f"{len(event_dates)} dated event(s): {dense_range(event_dates).describe()}",
            f"actors in the most articles (articles): {leaders or 'none'}"]
