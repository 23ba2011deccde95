"""Screenshots for the README: run the reports on a real corpus, photograph the index and reports.

Runs ``analysis.reports.run_reports`` (every notebook, per-article pages) on a folder of articles
(by default the 276 TempEval-3 documents written by ``benchmarks/corpora.py``'s ``write_corpus``,
``/work/corpora/te3``, or ``NEWS_ANALYSIS_TE3_CORPUS``), opens the pages in headless Chromium at
1280 px and writes the top ``--height`` pixels of each as a palette PNG (small) under ``docs/``:
``index.png``, ``report-<notebook>.png`` for ``--report`` and ``article.png`` (the page of the
article with the most quotes). ``--existing FOLDER`` photographs a finished run instead.

    .venv/bin/python docs/make_screenshots.py [--articles FOLDER] [--report 02_actor_sentiment]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PIL import Image

from analysis import paths, reports
from analysis.corpus import build_corpus
from analysis.reports import article_pages

DOCS = paths.ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
DEFAULT_ARTICLES = os.environ.get("NEWS_ANALYSIS_TE3_CORPUS", "/work/corpora/te3")


def shoot(browser: object, page_path: Path, target: Path, *, height: int) -> Path:
    """Photograph the top ``height`` px of a page at 1280 px width into a palette PNG."""
    context = browser.new_context(viewport={"width": 1280, "height": height})
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        ("file://", "data:", "blob:")) else route.abort())
    page = context.new_page()
    page.goto(page_path.as_uri(), wait_until="load")
    if page.locator("table.news-table").count():
        page.wait_for_selector("body[data-tables-ready=true]", timeout=600_000)
    page.screenshot(path=str(target))
    context.close()
    Image.open(target).convert("RGB").quantize(colors=128).save(target, optimize=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=DEFAULT_ARTICLES)
    parser.add_argument("--report", default="00_corpus_overview", help="the corpus report to photograph")
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--existing", default="", help="photograph this finished run's folder instead of running")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    corpus = build_corpus(args.articles)
    if args.existing:
        out = Path(args.existing)
    else:
        out = Path(tempfile.mkdtemp(prefix="screenshots-")) / "reports"
        reports.run_reports(args.articles, out=out, corpus=corpus, per_article=True, jobs=1)
    quotes = corpus.quotes.groupby("article_id").size()
    busiest = corpus.articles.set_index("article_id").loc[quotes.idxmax() if not quotes.empty
                                                          else corpus.articles["article_id"].iloc[0]]
    article = out / "articles" / article_pages.page_name(busiest.name, busiest["headline"], busiest["published"])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for page_path, name in [(out / "index.html", "index.png"),
                                (out / "corpus" / f"{args.report}.html", f"report-{args.report}.png"),
                                (article, "article.png")]:
            written = shoot(browser, page_path, DOCS / name, height=args.height)
            print(f"{written.relative_to(paths.ROOT)}: {written.stat().st_size / 1024:.0f} KB from {page_path}")
        browser.close()


if __name__ == "__main__":
    main()
