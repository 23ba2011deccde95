"""Sanitising of notebook outputs before they become HTML (defence in depth: article text is untrusted).

Code-cell outputs pass an allowlist with nh3 (the maintained bindings to the Rust sanitiser
ammonia): tables, text markup and displaCy's spans are kept with a few presentational
attributes; every other tag is removed (its text kept; ``<script>`` and ``<style>`` with their
content); CSS declarations outside a list of properties, or that load a URL (``url()``,
``image-set()`` & co.), are dropped. ``id`` attributes are not kept, so output markup cannot
clobber the page's own elements. Only these MIME types survive: ``text/plain``, ``text/html``
and ``text/markdown`` (both sanitised), PNG and JPEG images; scripts, widgets and SVG are dropped.
Interactive tables (``analysis.reports.datatable``) arrive as data, not markup, and are rendered
by trusted code. Text a kernel wrote to stderr (warnings such as matplotlib's missing glyphs) is
removed from the outputs and kept for the run's log; a failed cell shows its error in one line,
without the traceback. Markdown cells are the notebook author's and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

import nbformat
import nh3
import tinycss2
from nbconvert.preprocessors import Preprocessor

from . import datatable

SAFE_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
SAFE_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "title", "style", "dir", "lang"},
    "a": {"href"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align"},
    "table": {"border"},
    "ol": {"start"},
}
SAFE_CSS = frozenset({
    "azimuth", "background", "background-color", "border", "border-bottom", "border-bottom-color",
    "border-collapse", "border-color", "border-left", "border-left-color", "border-radius",
    "border-right", "border-right-color", "border-spacing", "border-top", "border-top-color",
    "box-sizing", "clear", "color", "cursor", "direction", "display", "elevation", "float", "font",
    "font-family", "font-size", "font-style", "font-variant", "font-weight", "height", "letter-spacing",
    "line-height", "margin", "margin-bottom", "margin-left", "margin-right", "margin-top", "max-width",
    "min-width", "overflow", "padding", "padding-bottom", "padding-left", "padding-right",
    "padding-top", "text-align", "text-decoration", "text-indent", "text-transform", "vertical-align",
    "white-space", "width",
})
SAFE_MIME_TYPES = ("text/plain", "text/html", "text/markdown", "image/png", "image/jpeg")
URL_FUNCTIONS = frozenset({"url", "image", "image-set", "-webkit-image-set", "src", "element"})


def clean_html(markup: str) -> str:
    """``markup`` with only the allowed tags, attributes and CSS left (see the module docstring)."""
    return nh3.clean(markup, tags=set(SAFE_TAGS), attributes=SAFE_ATTRIBUTES, strip_comments=True,
                     attribute_filter=_filter_attribute, link_rel="noopener noreferrer")


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    """Keep an attribute's value, except ``style``, whose declarations are filtered (None drops it)."""
    if name != "style":
        return value
    return clean_css(value) or None


def clean_css(style: str) -> str:
    """The declarations of a ``style`` value whose property is allowed and that load nothing."""
    declarations = tinycss2.parse_declaration_list(style, skip_comments=True, skip_whitespace=True)
    kept = [d for d in declarations
            if d.type == "declaration" and d.lower_name in SAFE_CSS and not loads_url(d.value)]
    return "; ".join(f"{d.name}: {tinycss2.serialize(d.value).strip()}" for d in kept)


def loads_url(tokens: Iterable) -> bool:
    """True if CSS component values contain a URL token or a URL-taking function, at any depth."""
    for token in tokens:
        if token.type == "url" or (token.type == "function" and token.lower_name in URL_FUNCTIONS):
            return True
        nested = getattr(token, "arguments", None) or getattr(token, "content", None)
        if isinstance(nested, list) and loads_url(nested):
            return True
    return False


class OutputSanitizer(Preprocessor):
    """Sanitise code outputs; stderr text goes to ``resources["report_log"]``, tables to trusted HTML."""

    def preprocess_cell(self, cell: nbformat.NotebookNode, resources: dict,
                        cell_index: int) -> tuple[nbformat.NotebookNode, dict]:
        """Sanitise the outputs of a code cell; leave other cells as they are."""
        if cell.cell_type == "code":
            log = resources.setdefault("report_log", [])
            cell.outputs = [kept for output in cell.outputs
                            if (kept := sanitize_output(output, log, resources)) is not None]
        return cell, resources


def sanitize_output(output: nbformat.NotebookNode, log: list[str],
                    resources: dict) -> nbformat.NotebookNode | None:
    """One output made safe, or None when it is dropped (stderr text is appended to ``log``)."""
    kind = output.get("output_type")
    if kind == "stream":
        if output.get("name") == "stderr":
            log.append(output.get("text", ""))
            return None
        return output
    if kind == "error":
        output["traceback"] = [f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"]
        return output
    if kind not in ("display_data", "execute_result"):
        return None
    data = output.get("data", {})
    if datatable.MIME_TYPE in data:
        resources["report_tables"] = True
        output["data"] = {"text/html": datatable.table_html(data[datatable.MIME_TYPE])}
        return output
    output["data"] = {key: (clean_html(value) if key in ("text/html", "text/markdown") else value)
                      for key, value in data.items() if key in SAFE_MIME_TYPES}
    return output if output["data"] else None
