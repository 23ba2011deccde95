"""Report runner: notebooks executed with papermill, self-contained HTML, per-article pages, an index.

Split as papermill splits its work:

| module | holds |
|---|---|
| ``inspection`` | which notebooks run; their parameters cell read with ``ast`` (types, defaults, help, ``Literal`` choices) |
| ``parameterize`` | ``-p`` values checked (unknown names with "did you mean", allowed values, types) and converted |
| ``plan`` | report sets, folder names, the jobs of a run |
| ``execute`` | papermill with a real kernel per notebook over local sockets, worker processes |
| ``sanitize`` | nh3 allowlist for outputs; stderr kept out of the page; tracebacks cut to one line |
| ``datatable`` | interactive tables: ``show_table`` in notebooks, DataTables (bundled by itables) in the page |
| ``render`` | nbconvert with ``analysis/templates/report`` |
| ``article_pages`` | per-article pages from the cached tables (Jinja template), cached by article key and version |
| ``index`` | the index page |
| ``dates`` | the dense range of a set of dates, outliers listed |
| ``run`` | ``run_reports``: the whole run |

Names are imported on first use (PEP 562), so a notebook that only calls ``show_table`` does not
import papermill or nbconvert.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "find_notebooks": "inspection", "notebook_parameters": "inspection", "parse_parameters_cell": "inspection",
    "ParameterSpec": "inspection", "NOTEBOOK_GLOB": "inspection",
    "validate_parameters": "parameterize", "convert_value": "parameterize", "check_run": "parameterize",
    "RUNNER_PARAMETERS": "parameterize",
    "ArticleInfo": "plan", "ReportJob": "plan", "plan_jobs": "plan", "slugify": "plan",
    "article_folder_name": "plan", "CORPUS_FOLDER": "plan",
    "NotebookRun": "execute", "execute_job": "execute", "execute_all": "execute",
    "LocalKernelManager": "execute", "KERNEL_NAME": "execute", "KERNEL_TRANSPORT": "execute",
    "OutputSanitizer": "sanitize", "clean_html": "sanitize",
    "show_table": "datatable", "interactive_tables": "datatable",
    "make_exporter": "render", "render_html": "render", "render_report": "render",
    "effective_parameters": "render",
    "render_pages": "article_pages", "page_href": "article_pages", "page_name": "article_pages",
    "write_index": "index", "dense_range": "dates",
    "run_reports": "run", "RunResult": "run", "load_article_infos": "run", "collect_versions": "run",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import the submodule that defines ``name`` on first access."""
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'analysis.reports' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
