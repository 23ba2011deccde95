"""Executed notebooks to one self-contained HTML page each (nbconvert).

nbconvert's ``lab`` template through ``analysis/templates/report``, which drops every script
loaded from a CDN (require.js, MathJax, Mermaid, widgets) and shows the effective parameters.
Figures stay inline PNG. Code inputs are hidden unless ``show_code``; the tag ``hide-input`` hides
one cell's input always; papermill's ``injected-parameters`` cell is dropped. Outputs pass
``analysis.reports.sanitize``; a page with interactive tables gets the bundled table script once.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

from . import datatable
from .dates import dense_range
from .inspection import parse_parameters_cell
from .plan import ArticleInfo
from .sanitize import OutputSanitizer

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE_NAME = "report"
HIDE_INPUT_TAGS = frozenset({"hide-input"})
REMOVE_CELL_TAGS = frozenset({"injected-parameters", "remove-cell"})


@dataclass(frozen=True)
class Rendered:
    """A rendered page and the number of stderr outputs (warnings) kept out of it, in its log."""

    html: Path
    warnings: int
    log: Path | None


def make_exporter(*, show_code: bool = False) -> HTMLExporter:
    """The HTML exporter: report template, inputs hidden unless ``show_code``, outputs sanitised."""
    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATE_DIR)],
        exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True,
        embed_images=True,
    )
    exporter.register_preprocessor(TagRemovePreprocessor(
        remove_input_tags=set(HIDE_INPUT_TAGS), remove_cell_tags=set(REMOVE_CELL_TAGS)), enabled=True)
    exporter.register_preprocessor(OutputSanitizer(), enabled=True)
    return exporter


def render_html(executed_ipynb: Path, html_path: Path, *, show_code: bool = False,
                articles: Sequence[ArticleInfo] = (), index_html: Path | None = None) -> Path:
    """Render an executed notebook to one self-contained HTML file; return ``html_path``."""
    return render_report(executed_ipynb, html_path, show_code=show_code, articles=articles,
                         index_html=index_html).html


def render_report(executed_ipynb: Path, html_path: Path, *, show_code: bool = False,
                  articles: Sequence[ArticleInfo] = (), index_html: Path | None = None) -> Rendered:
    """Render an executed notebook to one self-contained HTML file (stderr text to ``<stem>.log``).

    ``articles`` are listed at the top of the page; ``index_html`` adds a relative link back to it.
    """
    notebook = nbformat.read(executed_ipynb, as_version=4)
    resources = {
        "metadata": {"name": executed_ipynb.stem},
        "report_parameters": effective_parameters(notebook),
        "report_articles": [{"headline": a.headline, "published": str(a.published or "undated")}
                            for a in articles],
        "report_index": relative_href(index_html, html_path.parent) if index_html else "",
        "report_span": "published " + dense_range([a.published for a in articles if a.published]).describe(),
    }
    exporter = make_exporter(show_code=show_code)
    body, produced = exporter.from_notebook_node(notebook, resources=resources)
    if produced.get("report_tables"):
        body = body.replace("</body>", datatable.page_assets() + "</body>", 1)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(body, encoding="utf-8")
    log_lines = [text for text in produced.get("report_log", []) if text.strip()]
    log = html_path.with_suffix(".log")
    if log_lines:
        log.write_text("".join(log_lines), encoding="utf-8")
    elif log.exists():
        log.unlink()
    return Rendered(html_path, len(log_lines), log if log_lines else None)


def effective_parameters(notebook: nbformat.NotebookNode) -> list[dict[str, str]]:
    """Rows ``name, value, help``: the parameters cell's defaults overridden by papermill's values."""
    cell = next((c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])), None)
    specs = parse_parameters_cell(cell.source) if cell is not None else {}
    injected = notebook.metadata.get("papermill", {}).get("parameters", {})
    names = list(specs) + [name for name in injected if name not in specs]
    return [{"name": name,
             "value": repr(injected[name] if name in injected else specs[name].default),
             "help": specs[name].help if name in specs else ""} for name in names]


def relative_href(target: Path, start: Path) -> str:
    """URL-quoted relative path from folder ``start`` to ``target``."""
    return quote(Path(os.path.relpath(target, start)).as_posix())
