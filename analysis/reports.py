"""Report runner: execute the notebooks with papermill, render self-contained HTML, write an index.

Method
- Notebooks: ``notebooks/[0-9][0-9]_*.ipynb`` in name order. ``notebooks=`` selects by file name
  (``01_entities.ipynb``), stem (``01_entities``), number prefix (``01``) or path to an ``.ipynb``.
- Parameters are read from the cell tagged ``parameters``, written as annotated assignments with one
  comment each (``top_n: int = 15  # how many actors to chart``), the form papermill's Python
  translator documents with ``papermill --help-notebook``. They are read with Python's own parser
  (``ast``), because papermill 2.7's reader skips a line whose comment contains ``=``.
- Values given on the command line are strings, converted to the annotated type: ``int``, ``float``,
  ``bool`` (true/false, yes/no, on/off, 1/0), ``str``, ``list``/``list[T]`` (a JSON array, or items
  separated by commas, each converted to ``T``), ``dict`` (a JSON object) and ``T | None`` (empty,
  ``none`` or ``null`` give None). Without an annotation the default value's type is used. A name no
  selected notebook declares, or a value that does not convert, raises ``ParameterError`` before
  anything runs; a parameter goes to every selected notebook that declares it, and only to those.
- Layout: the corpus report set (every article given) goes to ``out/corpus/``; with ``per_article``
  each article also gets a set in ``out/<YYYY-MM-DD or undated>_<slug of the headline>/`` with its
  ``article_id`` passed. Each set holds ``<notebook>.ipynb`` (executed, with outputs) and
  ``<notebook>.html``; ``out/index.html`` links them all. ``articles_path`` and ``article_id`` are set
  by the runner and cannot be given as parameters.
- Execution: papermill with kernel ``python3`` and the project root as working directory, ``jobs``
  worker processes (each papermill run starts its own kernel), one tqdm bar for the whole run. A
  notebook that fails is recorded with its error; its partial notebook and HTML are still written.
  On POSIX systems the kernel talks to the runner over local (IPC) sockets, not TCP ports, so code
  and outputs never cross a network interface (and ipykernel has no plain-TCP warning to print).
- HTML: nbconvert's ``lab`` template through ``analysis/templates/report``, which drops every script
  loaded from a CDN (require.js, MathJax, Mermaid, widgets) and shows the effective parameters.
  Figures stay inline PNG. Code inputs are hidden unless ``show_code``; the tag ``hide-input`` hides
  one cell's input always; papermill's ``injected-parameters`` cell is dropped. Outputs are sanitised
  as defence in depth (article text is untrusted): HTML and Markdown outputs pass a bleach allowlist
  (tables, text markup and displaCy's spans), so any other tag is shown as text; ``<style>`` blocks
  and CSS declarations that load a URL are removed; scripts, widgets and SVG outputs are dropped.
- Index: every value is HTML-escaped; links are relative, so the report folder can be moved.
"""

from __future__ import annotations

import ast
import html
import importlib.metadata
import io
import json
import multiprocessing
import os
import re
import tempfile
import time
import tokenize
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import quote

import bleach
import nbformat
import papermill
import tinycss2
from bleach.css_sanitizer import ALLOWED_CSS_PROPERTIES, CSSSanitizer
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from nbconvert.preprocessors.sanitize import SanitizeHTML
from papermill.exceptions import PapermillExecutionError
from traitlets import default
from tqdm.auto import tqdm

from . import errors, nlp, paths
from .articles import load_articles

NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
KERNEL_NAME = "python3"
KERNEL_TRANSPORT = "ipc" if os.name == "posix" else "tcp"
CORPUS_FOLDER = "corpus"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "report"
RUNNER_PARAMETERS = ("articles_path", "article_id")
HIDE_INPUT_TAGS = frozenset({"hide-input"})
REMOVE_CELL_TAGS = frozenset({"injected-parameters", "remove-cell"})
PACKAGES = ("spacy", "pandas", "textblob", "papermill", "nbconvert", "matplotlib")
SLUG_WORDS = 7
SLUG_CHARS = 60

SAFE_TAGS = frozenset(bleach.ALLOWED_TAGS) | {
    "b", "br", "caption", "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "mark", "p", "pre",
    "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u",
}
SAFE_ATTRIBUTES: dict[str, list[str]] = {
    "*": ["class", "id", "title", "style", "dir", "lang"],
    "a": ["href", "title", "class", "id"],
    "td": ["colspan", "rowspan", "align", "class", "style"],
    "th": ["colspan", "rowspan", "align", "class", "style"],
    "table": ["border", "class", "style"],
    "ol": ["start"],
}
SAFE_CSS = frozenset(ALLOWED_CSS_PROPERTIES) | {
    "background", "border", "border-radius", "box-sizing", "margin", "margin-bottom", "margin-left",
    "margin-right", "margin-top", "max-width", "min-width", "padding", "padding-bottom",
    "padding-left", "padding-right", "padding-top", "text-transform",
}
_URL_FUNCTIONS = frozenset({"url", "image", "image-set", "-webkit-image-set", "src", "element"})
_STYLE_BLOCK = re.compile(r"<style\b.*?</style\s*>", re.IGNORECASE | re.DOTALL)
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_NONE = frozenset({"", "none", "null"})


@dataclass(frozen=True)
class ParameterSpec:
    """One notebook parameter: annotated type name (``""`` if none), default value and help text."""

    type_name: str
    default: object
    help: str


@dataclass(frozen=True)
class ArticleInfo:
    """What the index shows of an article."""

    article_id: str
    headline: str
    published: date | None


@dataclass(frozen=True)
class NotebookRun:
    """One executed notebook of one report set; ``report`` is the set's folder name."""

    notebook: str
    output_ipynb: Path
    output_html: Path
    status: str
    error: str | None
    seconds: float
    parameters: dict
    report: str = CORPUS_FOLDER
    articles: tuple[ArticleInfo, ...] = ()


@dataclass(frozen=True)
class RunResult:
    """Every notebook run and the index page; ``ok`` is True when every run succeeded."""

    runs: tuple[NotebookRun, ...]
    index_html: Path

    @property
    def ok(self) -> bool:
        """True when every notebook run succeeded."""
        return all(run.status == "ok" for run in self.runs)


@dataclass(frozen=True)
class ReportJob:
    """One notebook to execute into one report folder (picklable, for the worker processes)."""

    notebook: Path
    folder: Path
    report: str
    parameters: dict
    articles: tuple[ArticleInfo, ...] = ()
    show_code: bool = False


# --- notebooks and parameters -------------------------------------------------------------------


def find_notebooks(names: Sequence[str] | None = None, *, folder: Path = paths.NOTEBOOKS_DIR) -> list[Path]:
    """Return the notebooks to run: all report notebooks of ``folder``, or those ``names`` select."""
    available = sorted(folder.glob(NOTEBOOK_GLOB))
    if not names:
        return available
    return [_find_notebook(name, available, folder) for name in names]


def _find_notebook(name: str, available: Sequence[Path], folder: Path) -> Path:
    """Resolve one name (file name, stem, number prefix or path) to a notebook path."""
    candidate = Path(name).expanduser()
    if candidate.suffix == ".ipynb" and candidate.is_file():
        return candidate.resolve()
    for path in available:
        if name in (path.name, path.stem, path.stem.split("_", 1)[0]):
            return path
    raise errors.AnalysisError(errors.NOTEBOOK_NOT_FOUND.format(
        name=name, folder=folder, available=", ".join(p.stem for p in available) or "none"))


def notebook_parameters(path: Path) -> dict[str, ParameterSpec]:
    """Read ``name -> ParameterSpec`` from the notebook's cell tagged ``parameters`` (empty if none)."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            return parse_parameters_cell(cell.source)
    return {}


def parse_parameters_cell(source: str) -> dict[str, ParameterSpec]:
    """Parse ``name: type = default  # help`` lines (plain ``name = default`` too) into specs."""
    comments = _line_comments(source)
    specs: dict[str, ParameterSpec] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            name, annotation = node.target.id, ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and len(node.targets) == 1:
            name, annotation = node.targets[0].id, ""
        else:
            continue
        specs[name] = ParameterSpec(annotation, _literal(node.value), comments.get(node.end_lineno, ""))
    return specs


def _line_comments(source: str) -> dict[int, str]:
    """Map line numbers to the text of the comment on that line."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {tok.start[0]: tok.string.lstrip("#").strip() for tok in tokens if tok.type == tokenize.COMMENT}


def _literal(node: ast.expr) -> object:
    """The value of a literal default, else its source text."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        return ast.unparse(node)


def validate_parameters(notebooks: Sequence[Path], given: Mapping[str, str]) -> dict[str, dict[str, object]]:
    """Convert CLI strings to each notebook's annotated types: ``{notebook stem: {name: value}}``.

    Raises ``ParameterError`` for a name no notebook declares or a value of the wrong type.
    """
    specs = {path.stem: notebook_parameters(path) for path in notebooks}
    known = sorted({name for declared in specs.values() for name in declared})
    for name in given:
        if name not in known:
            raise errors.ParameterError(errors.PARAM_UNKNOWN.format(
                notebook=", ".join(specs) or "none", name=name, known=", ".join(known) or "none"))
    values: dict[str, dict[str, object]] = {}
    for stem, declared in specs.items():
        values[stem] = {name: _convert_or_raise(stem, name, declared[name], raw)
                        for name, raw in given.items() if name in declared}
    return values


def _convert_or_raise(notebook: str, name: str, spec: ParameterSpec, raw: str) -> object:
    """Convert one value, turning a failure into a ``ParameterError`` naming the notebook."""
    type_name = spec.type_name or _type_of(spec.default)
    try:
        return convert_value(type_name, raw)
    except (TypeError, ValueError) as exc:
        raise errors.ParameterError(errors.PARAM_TYPE.format(
            notebook=notebook, name=name, expected=_describe(type_name), value=raw)) from exc


def _type_of(default: object) -> str:
    """The type name to use for an unannotated parameter: its default's type ("" when unknown)."""
    kind = type(default).__name__
    return kind if kind in _CONVERTERS or kind in _SEQUENCES else ""


def convert_value(type_name: str, raw: str) -> object:
    """Convert a CLI string to ``type_name`` (see the module docstring); raise ValueError/TypeError."""
    base, optional = _strip_optional(type_name)
    if optional and raw.strip().lower() in _NONE:
        return None
    outer, _, inner = base.partition("[")
    if outer.strip() in _SEQUENCES:
        return _to_list(raw, inner.rstrip("]").strip())
    converter = _CONVERTERS.get(outer.strip())
    return converter(raw) if converter else raw


def _strip_optional(type_name: str) -> tuple[str, bool]:
    """Split ``T | None`` / ``Optional[T]`` into ``(T, True)``; other names give ``(name, False)``."""
    name = type_name.strip()
    if name.startswith("Optional[") and name.endswith("]"):
        return name[len("Optional["):-1].strip(), True
    parts = [part.strip() for part in name.split("|")]
    if len(parts) > 1 and "None" in parts:
        return " | ".join(part for part in parts if part != "None"), True
    return name, False


def _to_int(raw: str) -> int:
    """``"15"`` -> 15; a decimal or a word raises ValueError."""
    return int(raw.strip())


def _to_bool(raw: str) -> bool:
    """true/yes/on/1 -> True, false/no/off/0 -> False (any case); anything else raises ValueError."""
    word = raw.strip().lower()
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise ValueError(raw)


def _to_dict(raw: str) -> dict:
    """A JSON object; any other JSON value raises TypeError."""
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise TypeError(raw)
    return value


def _to_list(raw: str, item_type: str) -> list:
    """A JSON array, or comma-separated items; items converted to ``item_type`` when given."""
    text = raw.strip()
    if text.startswith(("[", "{")):
        items = json.loads(text)
        if not isinstance(items, list):
            raise TypeError(raw)
        return [_check_item(item, item_type) for item in items]
    parts = [part.strip() for part in text.split(",") if part.strip()]
    return [convert_value(item_type, part) if item_type else part for part in parts]


def _check_item(item: object, item_type: str) -> object:
    """Return a JSON list item if it already has ``item_type`` (an int is also a float), else raise."""
    expected = {"str": str, "int": int, "float": (int, float), "bool": bool}.get(item_type)
    if expected is None:
        return item
    if isinstance(item, expected) and (item_type == "bool" or not isinstance(item, bool)):
        return item
    raise TypeError(f"{item!r} is not {item_type}")


_CONVERTERS: dict[str, Callable[[str], object]] = {
    "str": str, "int": _to_int, "float": float, "bool": _to_bool, "dict": _to_dict,
}
_SEQUENCES = frozenset({"list", "tuple"})


def _describe(type_name: str) -> str:
    """Say in words what a value of ``type_name`` looks like, for PARAM_TYPE."""
    base, optional = _strip_optional(type_name)
    outer = base.partition("[")[0].strip()
    words = {
        "int": "an integer (e.g. 15)", "float": "a number (e.g. 0.5)",
        "bool": "true or false (also yes/no, on/off, 1/0)",
        "list": 'a list (JSON such as ["a", "b"] or comma-separated a,b)',
        "tuple": 'a list (JSON such as ["a", "b"] or comma-separated a,b)',
        "dict": 'a JSON object such as {"key": 1}', "str": "text",
    }.get(outer, base)
    if outer in ("list", "tuple") and "[" in base:
        words += f" of {base.partition('[')[2].rstrip(']')}"
    return words + (" or empty for None" if optional else "")


# --- execution ------------------------------------------------------------------------------------


def execute_job(job: ReportJob) -> NotebookRun:
    """Execute one notebook, render its HTML (also after a failure) and describe the run."""
    job.folder.mkdir(parents=True, exist_ok=True)
    output_ipynb = job.folder / f"{job.notebook.stem}.ipynb"
    output_html = output_ipynb.with_suffix(".html")
    started = time.perf_counter()
    error = _execute(job.notebook, output_ipynb, job.parameters)
    if output_ipynb.is_file():
        render_error = _render(output_ipynb, output_html, show_code=job.show_code, articles=job.articles,
                               index_html=job.folder.parent / "index.html")
        error = error or render_error
    return NotebookRun(
        notebook=job.notebook.stem, output_ipynb=output_ipynb, output_html=output_html,
        status="failed" if error else "ok", error=error, seconds=round(time.perf_counter() - started, 2),
        parameters=dict(job.parameters), report=job.report, articles=job.articles,
    )


class LocalKernelManager(AsyncKernelManager):
    """A kernel manager that uses IPC transport (Unix sockets) where the operating system has
    it, TCP on localhost elsewhere (Windows). Each kernel's sockets get a path of their own in
    the temporary folder: jupyter_client's default puts every kernel's sockets at
    ``kernel-ipc-<n>`` in the working directory, so kernels run side by side (``jobs`` > 1)
    would share them."""

    @default("transport")
    def _default_transport(self) -> str:
        return KERNEL_TRANSPORT

    @default("ip")
    def _default_ip(self) -> str:
        if self.transport != "ipc":
            return super()._ip_default()
        return os.path.join(tempfile.gettempdir(), f"news-analysis-kernel-{uuid.uuid4().hex}-ipc")


def _execute(notebook: Path, output: Path, parameters: Mapping[str, object]) -> str | None:
    """Run the notebook with papermill; return None on success, else the error (output is kept)."""
    try:
        papermill.execute_notebook(
            str(notebook), str(output), parameters=dict(parameters), kernel_name=KERNEL_NAME,
            cwd=str(paths.ROOT), progress_bar=False, log_output=False, kernel_manager_class=LocalKernelManager,
        )
    except PapermillExecutionError as exc:
        return f"cell [{exc.exec_count}]: {exc.ename}: {exc.evalue}"
    except Exception as exc:  # noqa: BLE001 - a dead kernel or bad file fails this notebook only
        return f"{type(exc).__name__}: {exc}"
    return None


def _render(executed: Path, html_path: Path, *, show_code: bool, articles: Sequence[ArticleInfo],
            index_html: Path) -> str | None:
    """Render HTML; return None, or the error when rendering itself failed."""
    try:
        render_html(executed, html_path, show_code=show_code, articles=articles, index_html=index_html)
    except Exception as exc:  # noqa: BLE001 - keep the other notebooks of the run going
        return f"HTML rendering failed: {type(exc).__name__}: {exc}"
    return None


def execute_all(plan: Sequence[ReportJob], *, jobs: int = 1) -> list[NotebookRun]:
    """Run every job (``jobs`` worker processes when > 1) under one progress bar; keep plan order."""
    runs: list[NotebookRun | None] = [None] * len(plan)
    with tqdm(total=len(plan), desc="reports", unit="notebook") as bar:
        if jobs <= 1:
            for i, job in enumerate(plan):
                runs[i] = _tick(bar, execute_job(job))
        else:
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=min(jobs, len(plan)), mp_context=context) as pool:
                futures = {pool.submit(execute_job, job): i for i, job in enumerate(plan)}
                for future in as_completed(futures):
                    runs[futures[future]] = _tick(bar, future.result())
    return [run for run in runs if run is not None]


def _tick(bar: tqdm, run: NotebookRun) -> NotebookRun:
    """Advance the progress bar by one finished run; return the run."""
    bar.set_postfix_str(f"{run.report}/{run.notebook} {run.status}", refresh=False)
    bar.update(1)
    return run


# --- HTML -----------------------------------------------------------------------------------------


class _LocalCSSSanitizer(CSSSanitizer):
    """Bleach's CSS sanitizer that also drops every declaration loading a URL (``url()`` & co.)."""

    def sanitize_css(self, style: str) -> str:
        """Keep allowed declarations that load nothing; return them as a style attribute value."""
        kept = [token for token in tinycss2.parse_declaration_list(style, skip_comments=True,
                                                                     skip_whitespace=True)
                if token.type == "declaration" and token.lower_name in self.allowed_css_properties
                and not _loads_url(token.value)]
        return "; ".join(f"{token.name}: {tinycss2.serialize(token.value).strip()}" for token in kept)


def _loads_url(tokens: Iterable) -> bool:
    """True if CSS component values contain a URL token or a URL-taking function, at any depth."""
    for token in tokens:
        if token.type == "url" or (token.type == "function" and token.lower_name in _URL_FUNCTIONS):
            return True
        nested = getattr(token, "arguments", None) or getattr(token, "content", None)
        if isinstance(nested, list) and _loads_url(nested):
            return True
    return False


class OutputSanitizer(SanitizeHTML):
    """Sanitise code outputs only (Markdown cells are the notebook author's, not article text)."""

    def preprocess_cell(self, cell: nbformat.NotebookNode, resources: dict,
                        cell_index: int) -> tuple[nbformat.NotebookNode, dict]:
        """Sanitise the outputs of a code cell; leave other cells as they are."""
        if cell.cell_type == "code":
            cell.outputs = self.sanitize_code_outputs(cell.outputs)
        return cell, resources

    def sanitize_html_tags(self, html_str: str) -> str:
        """HTML with ``<style>`` blocks removed, allowed markup kept and every other tag escaped."""
        return bleach.clean(
            _STYLE_BLOCK.sub("", html_str), tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, strip=False,
            strip_comments=True, css_sanitizer=_LocalCSSSanitizer(allowed_css_properties=SAFE_CSS),
        )


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
    """Render an executed notebook to one self-contained HTML file; return ``html_path``.

    ``articles`` are listed at the top of the page; ``index_html`` adds a relative link back to it.
    """
    notebook = nbformat.read(executed_ipynb, as_version=4)
    resources = {
        "metadata": {"name": executed_ipynb.stem},
        "report_parameters": effective_parameters(notebook),
        "report_articles": [{"headline": a.headline, "published": str(a.published or "undated")}
                            for a in articles],
        "report_index": _relative_href(index_html, html_path.parent) if index_html else "",
    }
    body, _ = make_exporter(show_code=show_code).from_notebook_node(notebook, resources=resources)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(body, encoding="utf-8")
    return html_path


def effective_parameters(notebook: nbformat.NotebookNode) -> list[dict[str, str]]:
    """Rows ``name, value, help``: the parameters cell's defaults overridden by papermill's values."""
    cell = next((c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])), None)
    specs = parse_parameters_cell(cell.source) if cell is not None else {}
    injected = notebook.metadata.get("papermill", {}).get("parameters", {})
    names = list(specs) + [name for name in injected if name not in specs]
    return [{"name": name,
             "value": repr(injected[name] if name in injected else specs[name].default),
             "help": specs[name].help if name in specs else ""} for name in names]


# --- planning and the index -----------------------------------------------------------------------


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


def plan_jobs(notebooks: Sequence[Path], values: Mapping[str, Mapping[str, object]],
              articles: Sequence[ArticleInfo], *, out: Path, articles_path: str,
              per_article: bool = False, show_code: bool = False) -> list[ReportJob]:
    """The corpus set (all articles) then, with ``per_article``, one set per article."""
    sets = [(CORPUS_FOLDER, tuple(articles), {"articles_path": articles_path})]
    if per_article:
        used: set[str] = {CORPUS_FOLDER}
        for article in articles:
            folder = _unique(article_folder_name(article), used)
            runner_values = {"articles_path": articles_path, "article_id": article.article_id}
            sets.append((folder, (article,), runner_values))
    declared = {path: notebook_parameters(path) for path in notebooks}
    plan = []
    for folder, covered, runner_values in sets:
        for path in notebooks:
            given = {k: v for k, v in runner_values.items() if k in declared[path]}
            given.update(values.get(path.stem, {}))
            plan.append(ReportJob(path, out / folder, folder, given, covered, show_code))
    return plan


def _unique(name: str, used: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``... if taken; records the result in ``used``."""
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{name}-{n}"
    used.add(candidate)
    return candidate


def collect_versions(spacy_model: str = "") -> dict[str, str]:
    """The spaCy pipeline's ``name version`` and the versions of the main packages."""
    try:
        model = nlp.model_description(nlp.load_model(spacy_model or None))
    except errors.ModelNotFoundError as exc:
        model = f"not available: {exc}"
    versions = {"spaCy pipeline": model}
    for package in PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return versions


_INDEX_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
       max-width: 1100px; padding: 0 1em; color: #222; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5em 0 1em 0; }
th, td { text-align: left; padding: 0.25em 0.8em 0.25em 0; border-bottom: 1px solid #ddd;
         vertical-align: top; }
section { margin-bottom: 2em; } .summary { color: #444; } .error { color: #a00; white-space: pre-wrap; }
.status-ok { color: #176117; font-weight: bold; } .status-failed { color: #a00; font-weight: bold; }
code { font-size: 0.9em; }
"""


def write_index(out: Path, runs: Sequence[NotebookRun], *, parameters: Mapping[str, object],
                versions: Mapping[str, str],
                summaries: Callable[[Sequence[str]], str] | None = None) -> Path:
    """Write ``out/index.html`` listing every report set and notebook run; return its path."""
    groups: dict[str, list[NotebookRun]] = {}
    for run in runs:
        groups.setdefault(run.report, []).append(run)
    failed = sum(run.status != "ok" for run in runs)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n',
        f"<title>News analysis reports</title>\n<style>{_INDEX_CSS}</style>\n</head>\n<body>\n",
        "<h1>News analysis reports</h1>\n",
        f"<p>{len(runs)} notebook run(s) in {len(groups)} report set(s), {failed} failed; "
        f"built {stamp}.</p>\n",
        *(_report_section(out, report, group, summaries) for report, group in groups.items()),
        _key_value_table("Run parameters", {k: repr(v) for k, v in parameters.items()}),
        _key_value_table("Versions", versions),
        "</body>\n</html>\n",
    ]
    out.mkdir(parents=True, exist_ok=True)
    index = out / "index.html"
    index.write_text("".join(parts), encoding="utf-8")
    return index


_INDEX_COLUMNS = ("notebook", "status", "time", "report", "executed notebook", "error")


def _e(value: object) -> str:
    """``value`` as text, HTML-escaped (quotes too, so it is safe in attributes)."""
    return html.escape(str(value), quote=True)


def _report_section(out: Path, report: str, runs: Sequence[NotebookRun],
                    summaries: Callable[[Sequence[str]], str] | None) -> str:
    """One report set: its title, articles, dates, summary line and the table of notebook runs."""
    articles = runs[0].articles
    if report == CORPUS_FOLDER:
        title = f"Corpus report: {len(articles)} article(s)"
    else:
        title = f"Article report: {articles[0].headline if articles else report}"
    summary = summaries([a.article_id for a in articles]) if summaries else ""
    items = "".join(_article_item(a) for a in articles)
    header = "".join(f"<th>{name}</th>" for name in _INDEX_COLUMNS)
    return (f'<section id="{_e(report)}">\n<h2>{_e(title)}</h2>\n'
            f"<p>{_e(_date_span(articles))}; folder <code>{_e(report)}/</code></p>\n"
            + (f'<p class="summary">{_e(summary)}</p>\n' if summary else "")
            + f"<ul>\n{items}</ul>\n<table>\n<tr>{header}</tr>\n"
            + "".join(_run_row(out, run) for run in runs) + "</table>\n</section>\n")


def _article_item(article: ArticleInfo) -> str:
    """One list item: date, headline and id of an article, escaped."""
    day = article.published or "undated"
    return f"<li>{_e(day)}: {_e(article.headline)} <code>{_e(article.article_id)}</code></li>\n"


def _date_span(articles: Sequence[ArticleInfo]) -> str:
    """``published 2025-03-01 to 2025-03-12 (1 undated)``, shorter forms, or ``no publication date``."""
    dates = sorted(a.published for a in articles if a.published)
    if not dates:
        return "no publication date"
    undated = len(articles) - len(dates)
    return (f"published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
            + (f" ({undated} undated)" if undated else ""))


def _run_row(out: Path, run: NotebookRun) -> str:
    """One table row: notebook, status, run time, links to HTML and .ipynb, error message."""
    return (f"<tr><td>{_e(run.notebook)}</td><td class=\"status-{_e(run.status)}\">{_e(run.status)}</td>"
            f"<td>{run.seconds:.1f} s</td><td>{_link(out, run.output_html, 'HTML')}</td>"
            f"<td>{_link(out, run.output_ipynb, '.ipynb')}</td>"
            f"<td class=\"error\">{_e(run.error or '')}</td></tr>\n")


def _link(out: Path, target: Path, label: str) -> str:
    """A relative link to ``target`` if it exists, else a dash."""
    if not target.is_file():
        return "—"
    return f'<a href="{_e(_relative_href(target, out))}">{_e(label)}</a>'


def _relative_href(target: Path, start: Path) -> str:
    """URL-quoted relative path from folder ``start`` to ``target``."""
    return quote(Path(os.path.relpath(target, start)).as_posix())


def _key_value_table(title: str, rows: Mapping[str, object]) -> str:
    """A titled two-column table of escaped names and values."""
    body = "".join(f"<tr><th>{_e(k)}</th><td><code>{_e(v)}</code></td></tr>\n" for k, v in rows.items())
    return f"<h2>{_e(title)}</h2>\n<table>\n{body}</table>\n"


# --- the whole run --------------------------------------------------------------------------------


def load_article_infos(articles: str | Path) -> list[ArticleInfo]:
    """Load the articles with ``analysis.articles.load_articles``; raise if none could be loaded."""
    batch = load_articles(articles)
    infos = [ArticleInfo(a.article_id, a.headline, a.published) for a in batch.articles]
    if not infos:
        raise errors.AnalysisError(errors.NO_ARTICLES.format(source=articles))
    return infos


def _articles_parameter(articles: str | Path) -> str:
    """The ``articles_path`` value: relative to the project root when inside it, else absolute."""
    resolved = paths.resolve(articles)
    try:
        return resolved.relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(resolved)


def check_run(notebooks: Sequence[str] | None, given: Mapping[str, str]) -> tuple[list[Path], dict[str, dict[str, object]]]:
    """The selected notebooks and their typed parameters; raises before anything runs.

    Raises ``ParameterError`` for a reserved, unknown or ill-typed parameter and
    ``AnalysisError`` when no notebook matches.
    """
    for name in RUNNER_PARAMETERS:
        if name in given:
            raise errors.ParameterError(errors.PARAM_RESERVED.format(name=name))
    selected = find_notebooks(notebooks)
    if not selected:
        raise errors.AnalysisError(errors.NOTEBOOK_NOT_FOUND.format(
            name=NOTEBOOK_GLOB, folder=paths.NOTEBOOKS_DIR, available="none"))
    return selected, validate_parameters(selected, given)


def run_reports(articles: str | Path, *, out: Path = paths.REPORTS_DIR,
                notebooks: Sequence[str] | None = None, parameters: Mapping[str, str] | None = None,
                jobs: int = 1, per_article: bool = False, show_code: bool = False,
                summaries: Callable[[Sequence[str]], str] | None = None) -> RunResult:
    """Validate, execute and render every selected notebook for the articles; write the index."""
    given = dict(parameters or {})
    selected, values = check_run(notebooks, given)
    infos = load_article_infos(articles)
    articles_path = _articles_parameter(articles)
    plan = plan_jobs(selected, values, infos, out=out, articles_path=articles_path,
                     per_article=per_article, show_code=show_code)
    runs = execute_all(plan, jobs=jobs)
    run_parameters = {"articles": articles_path, "notebooks": [p.stem for p in selected],
                      "per_article": per_article, "show_code": show_code, "jobs": jobs, **given}
    index = write_index(out, runs, parameters=run_parameters,
                        versions=collect_versions(str(given.get("spacy_model", ""))), summaries=summaries)
    return RunResult(tuple(runs), index)
