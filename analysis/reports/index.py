"""The index page: the corpus summary, the corpus reports, and one searchable line per article.

Every value is HTML-escaped; links are relative, so the report folder can be moved. The article
list is an interactive table (``analysis.reports.datatable``): date, source, headline, top actors
and links to the article's page. Date spans use the dense range (``dense_range``): the span
holding most dates, with the dates far outside it listed as outliers rather than stretching it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from . import datatable
from .dates import dense_range
from .execute import NotebookRun
from .plan import CORPUS_FOLDER, ArticleInfo
from .render import relative_href

_INDEX_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
       max-width: 1200px; padding: 0 1em; color: #222; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5em 0 1em 0; }
th, td { text-align: left; padding: 0.25em 0.8em 0.25em 0; border-bottom: 1px solid #ddd; vertical-align: top; }
section { margin-bottom: 2em; } .summary { color: #333; } .error { color: #a00; white-space: pre-wrap; }
.status-ok { color: #176117; font-weight: bold; } .status-failed { color: #a00; font-weight: bold; }
code { font-size: 0.9em; } details { margin: 1em 0; }
"""
_RUN_COLUMNS = ("notebook", "status", "time", "report", "executed notebook", "warnings", "error")


def _e(value: object) -> str:
    """``value`` as text, HTML-escaped (quotes too, so it is safe in attributes)."""
    return html.escape(str(value), quote=True)


def write_index(out: Path, runs: Sequence[NotebookRun], *, parameters: Mapping[str, object],
                versions: Mapping[str, str], summaries: Callable[[Sequence[str]], str] | None = None,
                article_rows: Sequence[Mapping[str, object]] | None = None,
                summary_lines: Sequence[str] = ()) -> Path:
    """Write ``out/index.html``: summary, the corpus report runs, the article list; return its path.

    ``article_rows`` (date, source, headline, top actors, page) come from the corpus
    (``article_rows``); without them the list shows the runs' articles.
    """
    groups: dict[str, list[NotebookRun]] = {}
    for run in runs:
        groups.setdefault(run.report, []).append(run)
    failed = sum(run.status != "ok" for run in runs)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    articles = list({a.article_id: a for run in runs for a in run.articles}.values())
    rows = list(article_rows) if article_rows is not None else [_plain_row(a) for a in articles]
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n',
        f"<title>News analysis reports</title>\n<style>{_INDEX_CSS}</style>\n</head>\n<body>\n",
        "<h1>News analysis reports</h1>\n",
        f"<p>{len(runs)} notebook run(s) in {len(groups)} report set(s), {failed} failed; built {stamp}.</p>\n",
        *(f'<p class="summary">{_e(line)}</p>\n' for line in summary_lines),
        *(_report_section(out, report, group, summaries) for report, group in groups.items()),
        _article_section(rows),
        _key_value_table("Run parameters", {k: repr(v) for k, v in parameters.items()}),
        _key_value_table("Versions", versions),
        datatable.page_assets() if rows else "",
        "</body>\n</html>\n",
    ]
    out.mkdir(parents=True, exist_ok=True)
    index = out / "index.html"
    index.write_text("".join(parts), encoding="utf-8")
    return index


def _plain_row(article: ArticleInfo) -> dict[str, object]:
    """An article-list row from what the runner knows of an article (no actors, no page)."""
    return {"date": str(article.published or "undated"), "source": article.source, "headline": article.headline,
            "top actors": "", "article_id": article.article_id}


def _article_section(rows: Sequence[Mapping[str, object]]) -> str:
    """The article list: one line per article as an interactive table."""
    if not rows:
        return ""
    columns = list(rows[0])
    payload = {"columns": columns, "data": [[row[c] for c in columns] for row in rows],
               "links": [c for c in columns if c == "report"], "page_length": 25,
               "order": [[0, "asc"]]}
    return (f'<section id="articles">\n<h2>Articles ({len(rows)})</h2>\n'
            "<p>Search any column; click a heading to sort.</p>\n"
            + datatable.table_html(payload, table_id="articles-table") + "</section>\n")


def _report_section(out: Path, report: str, runs: Sequence[NotebookRun],
                    summaries: Callable[[Sequence[str]], str] | None) -> str:
    """One report set: its title, dates, summary line and the table of notebook runs."""
    articles = runs[0].articles
    title = (f"Corpus reports: {len(articles)} article(s)" if report == CORPUS_FOLDER
             else f"Report set {report}")
    summary = summaries([a.article_id for a in articles]) if summaries else ""
    header = "".join(f"<th>{name}</th>" for name in _RUN_COLUMNS)
    return (f'<section id="{_e(report)}">\n<h2>{_e(title)}</h2>\n'
            f"<p>{_e(_date_span(articles))}; folder <code>{_e(report)}/</code></p>\n"
            + (f'<p class="summary">{_e(summary)}</p>\n' if summary else "")
            + f"<table>\n<tr>{header}</tr>\n"
            + "".join(_run_row(out, run) for run in runs) + "</table>\n</section>\n")


def _date_span(articles: Sequence[ArticleInfo]) -> str:
    """``published 2025-03-01 – 2025-03-12 (1 undated)`` over the dense range, or ``no publication date``."""
    dates = [a.published for a in articles if a.published]
    if not dates:
        return "no publication date"
    undated = len(articles) - len(dates)
    return f"published {dense_range(dates).describe()}" + (f" ({undated} undated)" if undated else "")


def _run_row(out: Path, run: NotebookRun) -> str:
    """One table row: notebook, status, run time, links to HTML, .ipynb and log, error message."""
    log = run.output_html.with_suffix(".log")
    warnings = _link(out, log, f"{run.warnings} (log)") if run.warnings else "0"
    return (f"<tr><td>{_e(run.notebook)}</td><td class=\"status-{_e(run.status)}\">{_e(run.status)}</td>"
            f"<td>{run.seconds:.1f} s</td><td>{_link(out, run.output_html, 'HTML')}</td>"
            f"<td>{_link(out, run.output_ipynb, '.ipynb')}</td><td>{warnings}</td>"
            f"<td class=\"error\">{_e(run.error or '')}</td></tr>\n")


def _link(out: Path, target: Path, label: str) -> str:
    """A relative link to ``target`` if it exists, else a dash."""
    if not target.is_file():
        return "—"
    return f'<a href="{_e(relative_href(target, out))}">{_e(label)}</a>'


def _key_value_table(title: str, rows: Mapping[str, object]) -> str:
    """A titled two-column table of escaped names and values."""
    body = "".join(f"<tr><th>{_e(k)}</th><td><code>{_e(v)}</code></td></tr>\n" for k, v in rows.items())
    return f"<h2>{_e(title)}</h2>\n<table>\n{body}</table>\n"
