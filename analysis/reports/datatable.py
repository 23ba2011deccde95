"""Interactive tables: sortable, searchable, paginated, every row present, bundled into the page.

In a notebook, ``show_table(frame)`` displays a DataFrame as *data*: a MIME bundle of type
``application/vnd.news-analysis.table+json`` holding the column names and every row (full text,
nothing cut), with a plain HTML preview of the first rows for JupyterLab. When the report is
rendered, trusted code (``table_html``) turns that data into an empty ``<table>`` plus its rows as
JSON (gzip-compressed and base64-encoded when large), and ``page_assets`` adds, once per page,
DataTables as bundled by itables (``dt_bundle.js``/``.css`` from the installed itables package,
gzip-compressed and base64-encoded, unpacked by the browser with ``DecompressionStream``) and a
small script that builds each table (a column of prose, sentences beside short columns of ids or dates,
gets 40% of the table's width, so its rows stay a few lines high; the other columns are as wide as their
longest word and never break one, so an article id stays on one line). Nothing is fetched from the
network. Cell values are inserted as text (escaped at display), never as markup, so the HTML sanitiser
does not have to trust any output markup; link columns hold ``[label, relative href]`` pairs and any href
with a scheme (``javascript:``, ``https:``) is refused when the page is rendered.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import html
import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources as package_files

MIME_TYPE = "application/vnd.news-analysis.table+json"
PREVIEW_ROWS = 10
COMPRESS_OVER = 16_000
_SCHEME = re.compile(r"^\s*[a-zA-Z][a-zA-Z0-9+.-]*:|^\s*//")


def cell_value(value: object) -> object:
    """A JSON-ready cell: numbers stay numbers (NaN -> None), dates ISO text (a time of midnight
    without a zone is a day, "2024-03-01", as periods and publication days are), lists joined by "; "."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) or type(value).__module__ == "numpy":
        number = value.item() if hasattr(value, "item") else value
        return None if isinstance(number, float) and math.isnan(number) else number
    if isinstance(value, (dt.date, dt.datetime)):
        return _iso(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(item) for item in value)
    text = str(value)
    return None if text in ("NaT", "<NA>", "nan") else text


def _iso(value: dt.date) -> str | None:
    """ISO text of a date or time; a naive midnight is its day; a missing time (NaT) is None."""
    text = value.isoformat()
    if text == "NaT":
        return None
    naive_midnight = isinstance(value, dt.datetime) and value.tzinfo is None and text.endswith("T00:00:00")
    return text[:10] if naive_midnight else text


def table_payload(frame: object, *, caption: str = "", page_length: int = 10,
                  links: Sequence[str] = (), order: Sequence[tuple[str, str]] = ()) -> dict:
    """The data of a table: columns, rows, caption and options (``frame`` is a pandas DataFrame).

    ``links`` names columns whose cells are ``[label, relative href]`` pairs (or lists of them);
    ``order`` sorts initially, e.g. ``[("n_articles", "desc")]``.
    """
    if frame.index.name is not None or type(frame.index).__name__ not in ("RangeIndex", "Index"):
        frame = frame.reset_index()
    columns = [str(name) for name in frame.columns]
    link_set = set(links)
    rows = [[cell if name in link_set else cell_value(cell) for name, cell in zip(columns, row)]
            for row in frame.itertuples(index=False, name=None)]
    return {"columns": columns, "data": rows, "caption": caption, "page_length": page_length,
            "links": [c for c in columns if c in link_set],
            "order": [[columns.index(name), way] for name, way in order if name in columns]}


def table_bundle(frame: object, **options: object) -> dict[str, object]:
    """The MIME bundle of a DataFrame: its data for the report, a preview and text for JupyterLab."""
    payload = table_payload(frame, **options)
    preview = frame.head(PREVIEW_ROWS).to_html(index=False, escape=True)
    note = f"<p>{len(frame)} row(s); the HTML report shows every row, searchable and sortable.</p>"
    return {MIME_TYPE: payload, "text/html": note + preview, "text/plain": repr(frame)}


def show_table(frame: object, *, caption: str = "", page_length: int = 10, links: Sequence[str] = (),
               order: Sequence[tuple[str, str]] = ()) -> None:
    """Display ``frame`` as an interactive table in the HTML report (every row, full text)."""
    from IPython.display import display

    display(table_bundle(frame, caption=caption, page_length=page_length, links=links, order=order), raw=True)


def interactive_tables() -> None:
    """From now on, every DataFrame a notebook displays (``display(frame)`` or a cell's last value)
    is an interactive table in the report, with every row. Does nothing outside IPython."""
    from IPython import get_ipython
    import pandas as pd

    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.mimebundle_formatter.for_type(pd.DataFrame, table_bundle)


def _json_for_script(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``<``, ``>`` or ``&`` left)."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _checked_links(cell: object) -> list[list[str]]:
    """A link cell as ``[[label, href], ...]``; hrefs with a scheme or ``//`` are dropped."""
    pairs = cell if isinstance(cell, list) and cell and isinstance(cell[0], list) else [cell]
    checked = []
    for pair in pairs:
        if isinstance(pair, (list, tuple)) and len(pair) == 2 and not _SCHEME.match(str(pair[1])):
            checked.append([str(pair[0]), str(pair[1])])
    return checked


def table_html(payload: Mapping, *, table_id: str | None = None) -> str:
    """Trusted HTML for one table's data: an empty ``<table>`` and its rows as (compressed) JSON."""
    columns = [str(name) for name in payload.get("columns", [])]
    links = [columns.index(c) for c in payload.get("links", []) if c in columns]
    rows = [[_checked_links(cell) if i in links else cell_value(cell) for i, cell in enumerate(row)]
            for row in payload.get("data", [])]
    spec = {"columns": columns, "data": rows, "links": links,
            "page_length": int(payload.get("page_length", 10) or 10),
            "order": [[int(i), "desc" if way == "desc" else "asc"] for i, way in payload.get("order", [])
                      if 0 <= int(i) < len(columns)]}
    ident = table_id or f"news-table-{abs(hash(json.dumps(spec, sort_keys=True, default=str))):x}"
    body = _json_for_script(spec)
    kind = "application/json"
    if len(body) > COMPRESS_OVER:
        body, kind = _packed(body.encode("utf-8")), "application/gzip-base64"
    caption = f"<caption>{html.escape(str(payload.get('caption', '')))}</caption>" if payload.get("caption") else ""
    header = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    return (f'<table class="news-table display compact" data-source="{ident}-data">{caption}'
            f"<thead><tr>{header}</tr></thead></table>\n"
            f'<script type="{kind}" id="{ident}-data">{body}</script>\n')


def _packed(data: bytes) -> str:
    """gzip-compressed, base64-encoded text of ``data`` (``mtime=0``: same input, same bytes)."""
    return base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")


@lru_cache(maxsize=1)
def page_assets() -> str:
    """The once-per-page part: DataTables (packed) and the script that builds every table."""
    bundle = package_files.files("itables") / "html"
    script = (package_files.files("analysis.reports") / "datatable.js").read_text(encoding="utf-8")
    return (f'<script type="application/gzip-base64" id="news-dt-js">'
            f'{_packed((bundle / "dt_bundle.js").read_bytes())}</script>\n'
            f'<script type="application/gzip-base64" id="news-dt-css">'
            f'{_packed((bundle / "dt_bundle.css").read_bytes())}</script>\n'
            f'<script type="module">\n{script}</script>\n')
