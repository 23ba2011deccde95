"""The reports as a reader opens them: headless Chromium, outside network blocked, no script may run.

The real runner executes the project's notebooks once per session over the shipped sample article and
a malicious one (markup in its headline), and once over a corpus of 300 small invented articles
(with per-article pages); every page is then opened in Debian's Chromium, driven by Playwright (no
browser download), at 1280 px width. Needs ``/usr/bin/chromium``: ``apt-get install chromium``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analysis import paths, reports

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SAMPLE_HEADLINE = "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops"
MALICIOUS_HEADLINE = "<script>alert(1)</script> Port <img src=x onerror=alert(1)> of Odesa reopens"
MALICIOUS_TEXT = (
    f"{MALICIOUS_HEADLINE}\n\nUkraine's president, Volodymyr Zelensky, visited the port of Odesa on Monday, "
    "officials said. \"We will rebuild it,\" he told reporters.\n\nThe Russian Defense Ministry said on "
    "Tuesday that its forces had struck the port the week before.\n"
)
NOTEBOOKS = [path.stem for path in reports.find_notebooks()]
WIDTH = 1280
MAX_REPORT_HEIGHT = 20_000
MAX_REPORT_BYTES = 2 * 1024 * 1024
MAX_PAGE_BYTES = 1024 * 1024
CORPUS_SIZE = 300
PEOPLE = ("Anna Keller", "Tomas Berg", "Lina Moreau", "Omar Haddad", "Grace Liu", "Pavel Novak")
PLACES = ("Riverton", "Lakeside", "Northfield", "Eastport", "Hillcrest")


@dataclass
class PageVisit:
    """What happened while a page was open."""

    text: str = ""
    height: int = 0
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium through Playwright; skipped with a hint when either is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}; install it with `apt-get install chromium` (Debian)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def built(browser: object, tmp_path_factory: pytest.TempPathFactory) -> reports.RunResult:
    """Run every notebook once over the sample and the malicious article (corpus report set)."""
    base = tmp_path_factory.mktemp("browser")
    articles = base / "articles"
    articles.mkdir()
    for source in paths.ARTICLES_DIR.glob("2025-03-12_putin-visits-kursk.*"):
        shutil.copy(source, articles / source.name)
    (articles / "2025-04-01_port-of-odesa.txt").write_text(MALICIOUS_TEXT, encoding="utf-8")
    return reports.run_reports(articles, out=base / "reports", jobs=2)


def visit(browser: object, page_path: Path, screenshot: Path) -> PageVisit:
    """Open a file in a fresh page with every non-file request aborted; record what happened."""
    seen = PageVisit()
    context = browser.new_context(java_script_enabled=True)
    context.route("**/*", lambda route: _local_only(route, seen))
    page = context.new_page()
    page.set_viewport_size({"width": WIDTH, "height": 900})
    page.on("pageerror", lambda exc: seen.errors.append(f"pageerror: {exc}"))
    page.on("console", lambda msg: seen.errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(page_path.as_uri(), wait_until="load")
    if page.locator("table.news-table").count():
        page.wait_for_selector("body[data-tables-ready=true]", timeout=20_000)
    page.wait_for_timeout(300)
    seen.text = page.inner_text("body")
    seen.height = page.evaluate("document.documentElement.scrollHeight")
    page.screenshot(path=str(screenshot), full_page=seen.height <= MAX_REPORT_HEIGHT)
    context.close()
    return seen


def _local_only(route: object, seen: PageVisit) -> None:
    url = route.request.url
    if url.startswith(("file://", "data:", "blob:")):
        route.continue_()
    else:
        seen.blocked.append(url)
        route.abort()


def assert_clean(seen: PageVisit) -> None:
    assert seen.blocked == [], f"outside requests attempted: {seen.blocked}"
    assert seen.errors == [], f"script errors: {seen.errors}"
    assert seen.dialogs == [], f"a script ran and opened a dialog: {seen.dialogs}"


def test_index_in_browser(browser: object, built: reports.RunResult, tmp_path: Path) -> None:
    seen = visit(browser, built.index_html, tmp_path / "index.png")
    assert_clean(seen)
    assert SAMPLE_HEADLINE in seen.text and MALICIOUS_HEADLINE in seen.text
    assert "published 2025-03-12" in seen.text
    for notebook in NOTEBOOKS:
        assert notebook in seen.text
    assert (tmp_path / "index.png").stat().st_size > 0


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_report_in_browser(browser: object, built: reports.RunResult, tmp_path: Path, notebook: str) -> None:
    run = next(r for r in built.runs if r.notebook == notebook)
    seen = visit(browser, run.output_html, tmp_path / f"{notebook}.png")
    assert_clean(seen)
    assert SAMPLE_HEADLINE in seen.text and MALICIOUS_HEADLINE in seen.text
    assert "Parameters of this report" in seen.text
    assert (tmp_path / f"{notebook}.png").stat().st_size > 0


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_report_ran_without_error(built: reports.RunResult, notebook: str) -> None:
    run = next(r for r in built.runs if r.notebook == notebook)
    assert run.status == "ok", run.error


def test_blocking_is_effective(browser: object, tmp_path: Path) -> None:
    """A page that does fetch from outside is caught, so a clean result above means something."""
    page_path = tmp_path / "leaky.html"
    page_path.write_text('<html><body><p>leaky</p><img src="https://example.invalid/pixel.png">'
                         "<script>alert('ran')</script></body></html>", encoding="utf-8")
    seen = visit(browser, page_path, tmp_path / "leaky.png")
    assert seen.blocked == ["https://example.invalid/pixel.png"]
    assert seen.dialogs == ["ran"] and "leaky" in seen.text


# --- a corpus of 300 small invented articles ------------------------------------------------------


def invented_article(i: int) -> tuple[str, str]:
    """Article ``i`` of the generated corpus (invented sentences) and its publication date."""
    person, other = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 1) % len(PEOPLE)]
    place = PLACES[i % len(PLACES)]
    text = (f"{person.split()[1]} opens bridge number {i} in {place}\n\n"
            f"Mayor {person} opened the new bridge in {place} on Monday, officials said. "
            f"\"This bridge joins our town together,\" {person.split()[1]} told reporters.\n\n"
            f"Council member {other} criticised the cost of the project last week. "
            f"The council of {place} approved the plan in March 2023.\n")
    published = dt.date(2024, 1, 1) + dt.timedelta(days=i % 365)
    return text, published.isoformat()


@pytest.fixture(scope="session")
def corpus_run(browser: object, tmp_path_factory: pytest.TempPathFactory) -> reports.RunResult:
    """Every notebook and every per-article page over the 300 invented articles."""
    base = tmp_path_factory.mktemp("corpus300")
    articles = base / "articles"
    articles.mkdir()
    rows = [("file", "published")]
    for i in range(CORPUS_SIZE):
        text, published = invented_article(i)
        (articles / f"bridge-{i:03d}.txt").write_text(text, encoding="utf-8")
        rows.append((f"bridge-{i:03d}.txt", published))
    with open(articles / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return reports.run_reports(articles, out=base / "reports", jobs=2, per_article=True)


def test_corpus_index_lists_every_article_searchable(browser: object, corpus_run: reports.RunResult,
                                                     tmp_path: Path) -> None:
    seen = visit(browser, corpus_run.index_html, tmp_path / "index.png")
    assert_clean(seen)
    assert f"of {CORPUS_SIZE} entries" in seen.text and "Articles (300)" in seen.text
    assert "published 2024-01-01 – 2024-10-26" in seen.text
    assert seen.height <= MAX_REPORT_HEIGHT
    context = browser.new_context()
    page = context.new_page()
    page.goto(corpus_run.index_html.as_uri())
    page.wait_for_selector("body[data-tables-ready=true]", timeout=20_000)
    page.fill("#articles input[type=search]", '"bridge number 123 in"')
    page.wait_for_timeout(300)
    assert "Showing 1 to 1 of 1 entry (filtered from 300 total entries)" in page.inner_text("#articles")
    page.click("#articles a:text('article page')")
    page.wait_for_load_state()
    assert "opens bridge number 123" in page.inner_text("h1")
    context.close()


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_corpus_report_is_bounded_and_clean(browser: object, corpus_run: reports.RunResult, tmp_path: Path,
                                            notebook: str) -> None:
    run = next(r for r in corpus_run.runs if r.notebook == notebook)
    assert run.status == "ok", run.error
    seen = visit(browser, run.output_html, tmp_path / f"{notebook}.png")
    assert_clean(seen)
    assert seen.height <= MAX_REPORT_HEIGHT, f"{notebook}: {seen.height} px tall at {WIDTH} px"
    assert run.output_html.stat().st_size <= MAX_REPORT_BYTES
    assert "Warning" not in seen.text and "Traceback" not in seen.text


def test_article_pages_one_per_article_clean(browser: object, corpus_run: reports.RunResult, tmp_path: Path) -> None:
    pages = corpus_run.pages
    assert len(pages.pages) == CORPUS_SIZE and len(pages.rendered) == CORPUS_SIZE
    assert max(path.stat().st_size for path in pages.pages.values()) <= MAX_PAGE_BYTES
    seen = visit(browser, sorted(pages.pages.values())[0], tmp_path / "article.png")
    assert_clean(seen)
    assert "bridge joins our town" in seen.text and "Who said what (" in seen.text
    assert "How each actor is portrayed" in seen.text and "2023-03" in seen.text


def test_report_tables_show_text_left_and_numbers_with_three_decimals_at_most(
        browser: object, built: reports.RunResult) -> None:
    run = next(r for r in built.runs if r.notebook == "02_actor_sentiment")
    context = browser.new_context()
    page = context.new_page()
    page.goto(run.output_html.as_uri(), wait_until="load")
    page.wait_for_selector("body[data-tables-ready=true]", timeout=20_000)
    cells = page.evaluate("[...document.querySelectorAll('table.news-table tbody td')]"
                          ".map((td) => [td.textContent, getComputedStyle(td).textAlign])")
    context.close()
    decimals = [text for text, _ in cells if re.fullmatch(r"-?\d+\.\d+", text)]
    assert decimals and all(len(text.split(".")[1]) <= 3 for text in decimals)
    words = [align for text, align in cells if re.search(r"[A-Za-z]{3}", text)]
    assert words and set(words) == {"left"}


def test_a_prose_column_gets_room_beside_columns_of_ids(browser: object, tmp_path: Path) -> None:
    """A column of sentences beside columns of ids and dates gets PROSE_WIDTH of the table, so the
    sentences do not wrap into a tall column of single words (the chronology's events table)."""
    from analysis.reports.datatable import page_assets, table_html

    sentence = ("The council of the small port town voted on Monday to close the old bridge over the "
                "river until the engineers finish their survey of its piers.")
    rows = [[f"Actor {i}", "1998-08-07", "1998-08-07", "bombing", "bombings; bombing", 5,
             "; ".join(f"{i:04d}abcdef{j:06d}" for j in range(5)), sentence] for i in range(12)]
    columns = ["actor", "start_date", "value", "lemma", "triggers", "n_sources", "sources", "text"]
    payload = {"columns": columns, "data": rows, "page_length": 10}
    page_path = tmp_path / "table.html"
    page_path.write_text(f"<!doctype html><html><body>{page_assets()}{table_html(payload)}</body></html>",
                         encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    page.set_viewport_size({"width": WIDTH, "height": 900})
    page.goto(page_path.as_uri(), wait_until="load")
    page.wait_for_selector("body[data-tables-ready=true]", timeout=20_000)
    widths = page.evaluate("[...document.querySelectorAll('table.news-table thead th')]"
                           ".map((th) => th.getBoundingClientRect().width)")
    row = page.evaluate("document.querySelector('table.news-table tbody tr').getBoundingClientRect().height")
    context.close()
    assert widths[-1] >= 0.35 * sum(widths), widths
    assert row < 120, row


def test_an_id_is_never_broken_across_lines_but_a_long_url_is(browser: object, tmp_path: Path) -> None:
    """A column of short words (the chronology's ``sources``: article ids) keeps each id on one
    line; a cell with a word too long for any column (a URL) still wraps inside it."""
    from analysis.reports.datatable import page_assets, table_html

    ids = "; ".join(f"{j:04d}abcdef{j:06d}" for j in range(3))
    url = "https://example.org/" + "averylongpathsegment" * 12
    rows = [[f"Actor {i}", "1998-08-07", "bombing", ids, url, "A short sentence about the bridge."]
            for i in range(3)]
    payload = {"columns": ["actor", "start_date", "lemma", "sources", "url", "text"], "data": rows,
               "page_length": 10}
    page_path = tmp_path / "table.html"
    page_path.write_text(f"<!doctype html><html><body>{page_assets()}{table_html(payload)}</body></html>",
                         encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    page.set_viewport_size({"width": 700, "height": 900})
    page.goto(page_path.as_uri(), wait_until="load")
    page.wait_for_selector("body[data-tables-ready=true]", timeout=20_000)
    measured = page.evaluate("""() => {
        const cells = document.querySelector('table.news-table tbody tr').children;
        const font = getComputedStyle(cells[3]).font;
        const canvas = document.createElement('canvas').getContext('2d');
        canvas.font = font;
        return {idWidth: canvas.measureText('0000abcdef000000').width,
                sourcesWidth: cells[3].getBoundingClientRect().width,
                tableWidth: document.querySelector('table.news-table').getBoundingClientRect().width};
    }""")
    context.close()
    assert measured["sourcesWidth"] >= measured["idWidth"], measured
    assert measured["tableWidth"] <= 700, measured
