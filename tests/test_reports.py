"""The report runner: parameters, papermill execution, failure handling, safe self-contained HTML, index.

Execution tests run small notebooks written into a temporary folder (a few seconds each), through the
real ``run_reports`` once per module.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis import errors, reports
from analysis.reports import parameterize
from analysis.reports import ArticleInfo, NotebookRun, ParameterSpec

PARAMETERS_CELL = '''articles_path: str = "data/articles"  # folder, glob or file of articles
article_id: str = ""  # analyse only this article ("" = all)
spacy_model: str = ""  # spaCy pipeline name ("" = auto)
top_n: int = 15  # how many entities to chart
threshold: float = 0.5  # minimum polarity shown
show_all: bool = False  # list every actor
labels: list[str] = ["PERSON", "ORG"]  # entity labels to keep
'''
MALICIOUS_HEADLINE = "<script>alert(1)</script> Minister <img src=x onerror=alert(1)> visits the port of Odesa"
ARTICLE_TEXT = (
    f"{MALICIOUS_HEADLINE}\n\nThe minister visited the port of Odesa on Monday, officials said.\n\n"
    "Ships resumed loading grain on Tuesday, according to the port authority.\n"
)
CODE_MARKER = "CODE_MARKER_SHOWN_WITH_SHOW_CODE"
LONG_CELL = "a reason that is much longer than forty-five characters and must not be cut short " * 2
HIDDEN_MARKER = "HIDDEN_MARKER_NEVER_SHOWN"
GOOD_CELLS = [
    "from pathlib import Path\nimport pandas as pd\nfrom IPython.display import HTML, Markdown, display\n"
    "files = sorted(Path(articles_path).glob('*.txt')) if Path(articles_path).is_dir() else [Path(articles_path)]\n"
    "headline = files[0].read_text(encoding='utf-8').splitlines()[0]\n"
    f"{CODE_MARKER} = 1\npd.DataFrame({{'headline': [headline], 'article_id': [article_id]}})",
    f"{HIDDEN_MARKER} = 2\nprint('hidden input, visible output:', top_n, repr(article_id))",
    "display(HTML(f'<h3>{headline}</h3><mark style=\"background: url(http://evil.example/x.png); "
    "color: #123456\">styled</mark><style>@import url(http://evil.example/a.css);</style>'))\n"
    "display(Markdown(f'**{headline}**'))",
    "import matplotlib\nmatplotlib.use('agg')\nimport matplotlib.pyplot as plt\n"
    "from IPython.display import Image\nimport io\nfig, ax = plt.subplots(figsize=(2, 1))\n"
    "ax.bar(['a', 'b'], [1, 2])\nbuffer = io.BytesIO()\nfig.savefig(buffer, format='png')\n"
    "display(Image(buffer.getvalue()))",
    "import warnings\nimport analysis\nwarnings.warn('Glyph 21834 missing from font(s) DejaVu Sans.')\n"
    f"analysis.show_table(pd.DataFrame({{'headline': [headline] * 30, 'row': range(30), "
    f"'long': ['{LONG_CELL}'] * 30}}), caption='every row')",
]
FAIL_CELLS = ["print('before the failure')", "raise RuntimeError('notebook broke <b>here</b>')",
              "print('after the failure')"]


def make_notebook(path: Path, cells: list[str], *, params: str = PARAMETERS_CELL,
                  tags: dict[int, list[str]] | None = None) -> Path:
    """Write a notebook: a title, the parameters cell, then ``cells`` (``tags`` by cell position)."""
    book = new_notebook(cells=[new_markdown_cell(f"# {path.stem}\n\nA test report."),
                               new_code_cell(params, metadata={"tags": ["parameters"]})])
    for i, source in enumerate(cells):
        book.cells.append(new_code_cell(source, metadata={"tags": (tags or {}).get(i, [])}))
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(book, path)
    return path


# --- parameters -----------------------------------------------------------------------------------


def test_parameters_cell_is_read_with_types_defaults_and_help() -> None:
    specs = reports.parse_parameters_cell(PARAMETERS_CELL)
    assert list(specs) == ["articles_path", "article_id", "spacy_model", "top_n", "threshold", "show_all", "labels"]
    assert specs["top_n"] == ParameterSpec("int", 15, "how many entities to chart")
    assert specs["labels"] == ParameterSpec("list[str]", ["PERSON", "ORG"], "entity labels to keep")
    assert specs["article_id"] == ParameterSpec("str", "", 'analyse only this article ("" = all)')


def test_parameters_agree_with_papermill_inspection(tmp_path: Path) -> None:
    """Where papermill's reader parses a line (no '=' in the comment), both readers agree."""
    path = make_notebook(tmp_path / "01_x.ipynb", [])
    ours = reports.notebook_parameters(path)
    theirs = papermill.inspect_notebook(str(path))
    assert set(theirs) <= set(ours) and {"top_n", "threshold", "show_all", "labels"} <= set(theirs)
    for name, spec in theirs.items():
        assert (ours[name].type_name, ours[name].help) == (spec["inferred_type_name"], spec["help"])


def test_unannotated_parameter_takes_its_default_type() -> None:
    specs = reports.parse_parameters_cell("limit = 3  # at most this many\nname = 'x'\n")
    assert specs["limit"] == ParameterSpec("", 3, "at most this many")
    assert parameterize._type_of(specs["limit"].default) == "int"


@pytest.mark.parametrize(("type_name", "raw", "expected"), [
    ("int", "15", 15),
    ("int", " -3 ", -3),
    ("float", "0.25", 0.25),
    ("float", "2", 2.0),
    ("bool", "true", True),
    ("bool", "No", False),
    ("bool", "1", True),
    ("str", "Vladimir V. Putin", "Vladimir V. Putin"),
    ("list", "PERSON, ORG", ["PERSON", "ORG"]),
    ("list[str]", '["PERSON", "GPE"]', ["PERSON", "GPE"]),
    ("list[int]", "1,2,3", [1, 2, 3]),
    ("list[str]", "", []),
    ("dict", '{"a": 1}', {"a": 1}),
    ("str | None", "", None),
    ("Optional[int]", "none", None),
    ("int | None", "4", 4),
])
def test_convert_value(type_name: str, raw: str, expected: object) -> None:
    assert reports.convert_value(type_name, raw) == expected


@pytest.mark.parametrize(("type_name", "raw"), [
    ("int", "1.5"), ("int", "fifteen"), ("int", ""), ("float", "half"), ("bool", "maybe"), ("bool", ""),
    ("list[int]", "1,x"), ("list[int]", '[1, "x"]'), ("list[int]", "[true]"), ("list", '{"a": 1}'),
    ("dict", "[1, 2]"), ("dict", "a=1"),
])
def test_convert_value_rejects(type_name: str, raw: str) -> None:
    with pytest.raises((TypeError, ValueError)):
        reports.convert_value(type_name, raw)


@pytest.fixture()
def two_notebooks(tmp_path: Path) -> list[Path]:
    first = make_notebook(tmp_path / "01_first.ipynb", [])
    second = make_notebook(tmp_path / "02_second.ipynb", [], params=CHOICES_CELL)
    return [first, second]


CHOICES_CELL = (
    "from typing import Literal\n"
    'articles_path: str = ""  # articles\n'
    'engine: Literal["textblob", "vader"] = "textblob"  # sentiment engine\n'
    "window: Literal[1, 3, 5] = 3  # sentences around a mention\n"
)


def test_literal_annotation_declares_the_allowed_values() -> None:
    specs = reports.parse_parameters_cell(CHOICES_CELL)
    assert specs["engine"] == ParameterSpec("str", "textblob", "sentiment engine", ("textblob", "vader"))
    assert specs["window"] == ParameterSpec("int", 3, "sentences around a mention", (1, 3, 5))
    assert specs["articles_path"].choices == ()


def test_validate_converts_and_applies_only_where_declared(two_notebooks: list[Path]) -> None:
    values = reports.validate_parameters(two_notebooks, {"top_n": "5", "show_all": "yes", "labels": "GPE"})
    assert values == {"01_first": {"top_n": 5, "show_all": True, "labels": ["GPE"]}, "02_second": {}}
    chosen = reports.validate_parameters(two_notebooks, {"engine": "vader", "window": "5"})
    assert chosen == {"01_first": {}, "02_second": {"engine": "vader", "window": 5}}


@pytest.mark.parametrize(("given", "fragments"), [
    ({"top": "5"}, ["unknown parameter 'top'", "top_n", "01_first, 02_second"]),
    ({"top_m": "5"}, ["unknown parameter 'top_m'; did you mean 'top_n'?"]),
    ({"engnie": "vader"}, ["did you mean 'engine'?"]),
    ({"xyz": "1"}, ["unknown parameter 'xyz'; known parameters:"]),
    ({"engine": "vadr"}, ["02_second", "'engine' must be one of: textblob, vader; got 'vadr'.",
                          "did you mean 'vader'?"]),
    ({"window": "4"}, ["'window' must be one of: 1, 3, 5; got '4'"]),
    ({"window": "three"}, ["'window' must be an integer"]),
    ({"top_n": "five"}, ["01_first", "'top_n' must be an integer", "'five'"]),
    ({"show_all": "perhaps"}, ["'show_all' must be true or false"]),
    ({"threshold": "high"}, ["'threshold' must be a number"]),
    ({"labels": '{"a": 1}'}, ["'labels' must be a list", "of str"]),
])
def test_validate_rejects_with_the_user_message(two_notebooks: list[Path], given: dict[str, str],
                                                fragments: list[str]) -> None:
    with pytest.raises(errors.ParameterError) as caught:
        reports.validate_parameters(two_notebooks, given)
    for fragment in fragments:
        assert fragment in str(caught.value)


@pytest.mark.parametrize("name", ["articles_path", "article_id"])
def test_runner_parameters_cannot_be_given(tmp_path: Path, name: str) -> None:
    with pytest.raises(errors.ParameterError, match="set by the report runner"):
        reports.run_reports(tmp_path, out=tmp_path / "out", parameters={name: "x"})
    assert not (tmp_path / "out").exists()


def test_unknown_parameter_fails_before_anything_runs(tmp_path: Path, two_notebooks: list[Path]) -> None:
    with pytest.raises(errors.ParameterError):
        reports.run_reports(tmp_path, out=tmp_path / "out", notebooks=[str(p) for p in two_notebooks],
                            parameters={"nope": "1"})
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("names", "expected"), [
    (None, ["00_overview", "01_first", "02_second"]),
    (["01_first"], ["01_first"]),
    (["02_second.ipynb", "00"], ["02_second", "00_overview"]),
])
def test_find_notebooks_selects_by_name_stem_or_number(tmp_path: Path, names: list[str] | None,
                                                       expected: list[str]) -> None:
    for stem in ("00_overview", "01_first", "02_second"):
        make_notebook(tmp_path / f"{stem}.ipynb", [])
    (tmp_path / "scratch.ipynb").write_text("{}")
    assert [p.stem for p in reports.find_notebooks(names, folder=tmp_path)] == expected


def test_find_notebooks_unknown_name_lists_the_available(tmp_path: Path) -> None:
    make_notebook(tmp_path / "01_first.ipynb", [])
    with pytest.raises(errors.AnalysisError, match="'99_none' not found .* available: 01_first"):
        reports.find_notebooks(["99_none"], folder=tmp_path)


@pytest.mark.parametrize(("headline", "published", "expected"), [
    ("Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops", date(2025, 3, 12),
     "2025-03-12_putin-visits-kursk-region-to-cheer-ouster"),
    ("Zelensky’s “Plan” — Paris, Élysée", None, "undated_zelenskys-plan-paris-elysee"),
    (MALICIOUS_HEADLINE, None, "undated_script-alert-1-script-minister-img-src"),
    ("«»", date(2024, 1, 2), "2024-01-02_abc123"),
])
def test_article_folder_name(headline: str, published: date | None, expected: str) -> None:
    assert reports.article_folder_name(ArticleInfo("abc123", headline, published)) == expected


# --- one real run ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[reports.RunResult, Path]:
    """Run a good and a failing notebook over one malicious article: corpus and per-article sets."""
    base = tmp_path_factory.mktemp("reports")
    articles = base / "articles"
    articles.mkdir()
    (articles / "minister.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    good = make_notebook(base / "01_good.ipynb", GOOD_CELLS, tags={1: ["hide-input"]})
    failing = make_notebook(base / "02_failing.ipynb", FAIL_CELLS)
    result = reports.run_reports(articles, out=base / "out", notebooks=[str(good), str(failing)],
                                 parameters={"top_n": "7"}, jobs=2, per_article=True)
    return result, base / "out"


def by_name(result: reports.RunResult, report: str, notebook: str) -> NotebookRun:
    return next(r for r in result.runs if r.report == report and r.notebook == notebook)


def test_run_layout_statuses_and_outputs(run: tuple[reports.RunResult, Path]) -> None:
    result, out = run
    assert [(r.report, r.notebook, r.status) for r in result.runs] == [
        ("corpus", "01_good", "ok"), ("corpus", "02_failing", "failed")]
    assert result.ok is False and result.index_html == out / "index.html"
    for r in result.runs:
        assert r.output_ipynb.is_file() and r.output_html.is_file() and r.output_ipynb.parent == out / "corpus"
        assert r.parameters["top_n"] == 7 and r.seconds > 0 and "article_id" not in r.parameters
    [article_id] = result.pages.rendered
    page = result.pages.pages[article_id]
    assert page.parent == out / "articles" and page.is_file()
    assert page.name == f"undated_script-alert-1-script-minister-img-src_{article_id[:8]}.html"


def test_executed_notebook_keeps_outputs_and_parameters(run: tuple[reports.RunResult, Path]) -> None:
    result, _ = run
    book = nbformat.read(by_name(result, "corpus", "01_good").output_ipynb, as_version=4)
    printed = "".join(o.get("text", "") for c in book.cells for o in c.get("outputs", []))
    assert "hidden input, visible output: 7 ''" in printed
    assert book.metadata.papermill.parameters["top_n"] == 7


def test_failing_notebook_keeps_partial_output_and_error(run: tuple[reports.RunResult, Path]) -> None:
    result, out = run
    failed = by_name(result, "corpus", "02_failing")
    assert failed.error is not None and "RuntimeError: notebook broke <b>here</b>" in failed.error
    book = nbformat.read(failed.output_ipynb, as_version=4)
    printed = "".join(o.get("text", "") for c in book.cells for o in c.get("outputs", []))
    assert "before the failure" in printed and "after the failure" not in printed
    page = failed.output_html.read_text(encoding="utf-8")
    assert "RuntimeError" in page and "notebook broke" in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "RuntimeError: notebook broke &lt;b&gt;here&lt;/b&gt;" in index
    assert 'href="corpus/02_failing.html"' in index and 'href="corpus/02_failing.ipynb"' in index


def test_sequential_execution_in_process(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """``jobs=1`` runs in this process, in plan order, with the same outputs; the kernel talks
    over local sockets, so ipykernel does not warn about plain TCP."""
    notebook = make_notebook(tmp_path / "03_quick.ipynb", ["print('quick', top_n)"])
    plan = reports.plan_jobs([notebook], {"03_quick": {"top_n": 2}}, [ArticleInfo("a1", "Quiet day", None)],
                             out=tmp_path / "out", articles_path="data/articles")
    [run_] = reports.execute_all(plan, jobs=1)
    assert (run_.status, run_.error, run_.parameters) == ("ok", None, {"articles_path": "data/articles", "top_n": 2})
    assert "quick 2" in run_.output_html.read_text(encoding="utf-8")
    assert "without encryption" not in capfd.readouterr().err
    managers = [reports.LocalKernelManager(kernel_name="python3") for _ in range(2)]
    assert managers[0].transport == ("ipc" if os.name == "posix" else "tcp")
    if os.name == "posix":
        assert managers[0].ip != managers[1].ip and Path(managers[0].ip).is_absolute()


def good_html(result: reports.RunResult) -> str:
    return by_name(result, "corpus", "01_good").output_html.read_text(encoding="utf-8")


def test_code_hidden_by_default_but_outputs_and_parameters_shown(run: tuple[reports.RunResult, Path]) -> None:
    page = good_html(run[0])
    assert CODE_MARKER not in page and HIDDEN_MARKER not in page
    assert "hidden input, visible output: 7" in page and "A test report." in page
    assert "Parameters of this report" in page and "<code>7</code>" in page and "how many entities to chart" in page
    assert "data:image/png;base64," in page
    assert "Article(s) in this report" in page and "visits the port of Odesa" in page
    assert '<a href="../index.html">All reports</a>' in page


def test_show_code_shows_code_except_hide_input_and_injected_cell(run: tuple[reports.RunResult, Path],
                                                                   tmp_path: Path) -> None:
    executed = by_name(run[0], "corpus", "01_good").output_ipynb
    page = reports.render_html(executed, tmp_path / "shown.html", show_code=True).read_text(encoding="utf-8")
    assert CODE_MARKER in page and HIDDEN_MARKER not in page
    assert "# Parameters" not in page and "injected-parameters" not in page
    assert "hidden input, visible output: 7" in page


def test_untrusted_text_is_shown_as_text(run: tuple[reports.RunResult, Path]) -> None:
    page = good_html(run[0])
    assert "<script>alert" not in page and "<img src=x" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "evil.example" not in page and "color: #123456" in page


def table_specs(page: str) -> list[dict]:
    """The data of every interactive table of a page (plain or gzip-compressed JSON)."""
    found = re.findall(r'<script([^>]*id="[^"]+-data"[^>]*)>(.*?)</script>', page, flags=re.DOTALL)
    return [json.loads(gzip.decompress(base64.b64decode(body)) if "gzip-base64" in tag else body)
            for tag, body in found]


def test_interactive_table_holds_every_row_as_data_and_the_bundle_once(run: tuple[reports.RunResult, Path]) -> None:
    page = good_html(run[0])
    assert page.count('class="news-table') == 1 and page.count('id="news-dt-js"') == 1
    [spec] = table_specs(page)
    assert spec["columns"] == ["headline", "row", "long"] and [r[1] for r in spec["data"]] == list(range(30))
    assert spec["data"][0][0] == MALICIOUS_HEADLINE and spec["data"][0][2] == LONG_CELL
    assert "every row" in page


def test_warnings_go_to_the_log_not_the_page(run: tuple[reports.RunResult, Path]) -> None:
    good = by_name(run[0], "corpus", "01_good")
    assert "Glyph" not in good.output_html.read_text(encoding="utf-8")
    assert good.warnings == 1 and "Glyph 21834 missing" in good.output_html.with_suffix(".log").read_text()
    assert "(log)" in (run[1] / "index.html").read_text(encoding="utf-8")


def test_failed_cell_shows_its_error_without_the_traceback(run: tuple[reports.RunResult, Path]) -> None:
    page = by_name(run[0], "corpus", "02_failing").output_html.read_text(encoding="utf-8")
    assert "RuntimeError: notebook broke" in page
    assert "----&gt;" not in page and "Traceback" not in page and "Cell In[" not in page


@pytest.mark.parametrize(("markup", "kept", "gone"), [
    ("<b>bold</b><script>alert(1)</script>", ["<b>bold</b>"], ["script", "alert"]),
    ('<img src=x onerror="alert(1)">text', ["text"], ["<img", "onerror"]),
    ('<a href="javascript:alert(1)">x</a>', [">x</a>"], ["javascript"]),
    ('<span style="color: red; background: url(http://evil.example/x.png)">s</span>', ["color: red"], ["evil"]),
    ('<div style="background-image: image-set(\'x.png\' 1x)">d</div>', ["<div>d</div>"], ["image-set"]),
    ("<style>@import url(http://evil.example/a.css);</style>ok", ["ok"], ["@import", "evil"]),
    ('<p id="news-dt-js" class="c">p</p>', ['class="c"'], ["news-dt-js"]),
    ('<mark class="entity" style="background: #ddd">Putin</mark>', ["<mark", "background: #ddd"], []),
    ("<iframe src=https://evil.example></iframe><svg onload=alert(1)></svg>", [], ["iframe", "svg", "onload"]),
])
def test_clean_html(markup: str, kept: list[str], gone: list[str]) -> None:
    cleaned = reports.clean_html(markup)
    for fragment in kept:
        assert fragment in cleaned
    for fragment in gone:
        assert fragment not in cleaned


def test_table_links_refuse_schemes_and_data_cannot_close_the_script() -> None:
    from analysis.reports import datatable

    payload = {"columns": ["page", "text"], "links": ["page"],
               "data": [[[["ok", "articles/a.html"], ["bad", "javascript:alert(1)"], ["far", "//evil.example/"]],
                         "</script><script>alert(1)</script>"]]}
    html_text = datatable.table_html(payload, table_id="t")
    spec = json.loads(re.search(r'id="t-data">(.*?)</script>', html_text).group(1))
    assert spec["data"][0][0] == [["ok", "articles/a.html"]]
    assert spec["data"][0][1] == "</script><script>alert(1)</script>" and "</script><script>" not in html_text


@pytest.mark.parametrize(("value", "expected"), [
    (pd.Timestamp("2024-10-01"), "2024-10-01"),
    (pd.Timestamp("2024-10-01 14:30"), "2024-10-01T14:30:00"),
    (pd.Timestamp("2024-10-01", tz="UTC"), "2024-10-01T00:00:00+00:00"),
    (date(2024, 10, 1), "2024-10-01"),
    (pd.NaT, None),
    (["Putin", "Trump"], "Putin; Trump"),
    (float("nan"), None),
])
def test_table_cells(value: object, expected: object) -> None:
    """A period or day (midnight, no zone) shows as its day, not as a timestamp."""
    from analysis.reports import datatable

    assert datatable.cell_value(value) == expected


class ResourceCollector(HTMLParser):
    """Collect every URL a browser would fetch on its own: scripts, styles, images, frames, CSS url()."""

    FETCHING = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"),
                ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"), ("image", "href"),
                ("input", "src"), ("use", "href")}
    CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_style = tag == "style"
        for name, value in attrs:
            if (tag, name) in self.FETCHING or name == "srcset":
                self.urls.append(value or "")
            if name == "style" and value:
                self.urls += [a or b for a, b in self.CSS_URL.findall(value)]

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.urls += [a or b for a, b in self.CSS_URL.findall(data)]

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False


def outside_urls(page: str) -> list[str]:
    collector = ResourceCollector()
    collector.feed(page)
    return [url for url in collector.urls if not url.startswith(("data:", "#"))]


def test_collector_finds_outside_resources() -> None:
    page = ('<script src="https://cdn.example/r.js"></script><link rel="stylesheet" href="//fonts.example/f.css">'
            '<img src="data:image/png;base64,AAAA"><style>@import "https://x.example/a.css"; '
            'body { background: url(http://y.example/b.png) }</style><a href="https://ok.example/">fine</a>')
    assert outside_urls(page) == ["https://cdn.example/r.js", "//fonts.example/f.css", "https://x.example/a.css",
                                  "http://y.example/b.png"]


def test_every_page_fetches_nothing_from_outside(run: tuple[reports.RunResult, Path], tmp_path: Path) -> None:
    result, out = run
    shown = reports.render_html(by_name(result, "corpus", "01_good").output_ipynb, tmp_path / "s.html", show_code=True)
    pages = [out / "index.html", shown, *(r.output_html for r in result.runs)]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert outside_urls(text) == [], page
        assert "<script src" not in text and "cdnjs" not in text and "mathjax" not in text.lower(), page


# --- the index ------------------------------------------------------------------------------------


def test_index_escapes_everything_and_links_relative(tmp_path: Path) -> None:
    folder = tmp_path / "2025-04-01_evil"
    folder.mkdir()
    (folder / "01_x.html").write_text("<p>report</p>")
    article = ArticleInfo("id<1>", MALICIOUS_HEADLINE, date(2025, 4, 1))
    run_ = NotebookRun("01_x", folder / "01_x.ipynb", folder / "01_x.html", "failed",
                       "ValueError: <img src=x onerror=alert(2)>", 1.25, {"top_n": 3}, "2025-04-01_evil", (article,))
    index = reports.write_index(tmp_path, [run_], parameters={"note": "<script>alert(3)</script>"},
                                versions={"spacy": "3.8 <b>"},
                                summaries=lambda ids: f"Top actors: <script>alert(4)</script> ({len(ids)})")
    page = index.read_text(encoding="utf-8")
    assert "<img" not in page and "<b>" not in page and "alert(1)</script>" not in page
    assert set(re.findall(r"<script[^>]*>", page)) == TRUSTED_INDEX_SCRIPTS
    for shown in ("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", "onerror=alert(2)&gt;", "alert(3)",
                  "alert(4)", "Top actors", "(1)", "published 2025-04-01", "id\\u003c1\\u003e", "1.2 s",
                  "3.8 &lt;b&gt;"):
        assert shown in page, shown
    assert '<a href="2025-04-01_evil/01_x.html">' in page
    assert "01_x.ipynb" not in page and "<td>—</td>" in page


TRUSTED_INDEX_SCRIPTS = {'<script type="application/json" id="articles-table-data">',
                         '<script type="application/gzip-base64" id="news-dt-js">',
                         '<script type="application/gzip-base64" id="news-dt-css">', '<script type="module">'}


def test_index_without_summaries_shows_headline_and_date(tmp_path: Path) -> None:
    article = ArticleInfo("a1", "Ships resume grain exports", None)
    run_ = NotebookRun("01_x", tmp_path / "c/01_x.ipynb", tmp_path / "c/01_x.html", "ok", None, 2.0, {}, "corpus",
                       (article,))
    page = reports.write_index(tmp_path, [run_], parameters={}, versions={}, summaries=None).read_text()
    assert "Ships resume grain exports" in page and "no publication date" in page
    assert 'class="summary"' not in page and "Corpus reports: 1 article(s)" in page


@pytest.mark.parametrize(("given", "fragments"), [
    ({"engine": "vadr"}, ["'engine' must be one of: textblob, vader; got 'vadr'.", "did you mean 'vader'?"]),
    ({"granularity_floor": "decades"}, ["one of: century, decade, year", "did you mean 'decade'?"]),
    ({"top_m": "5"}, ["did you mean 'top_n'?"]),
])
def test_project_notebooks_reject_values_outside_their_declared_choices(given: dict[str, str],
                                                                         fragments: list[str]) -> None:
    with pytest.raises(errors.ParameterError) as caught:
        reports.check_run(None, given)
    for fragment in fragments:
        assert fragment in str(caught.value)
