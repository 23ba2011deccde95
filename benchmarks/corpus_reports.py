"""Reports at corpus scale: size, page height, run time, kernel memory, re-run and start-up cost.

Corpora: the first 20 and all 276 TempEval-3 documents as articles (``/work/corpora/te3``, made by
``benchmarks/corpora.py``'s ``write_corpus``: headline = document id, creation time = publication
date), and 2,000 articles made of them: the 276 originals plus *variants*, each a document with a new
publication date (shifted by whole weeks) and its body paragraphs in a shuffled order, so its key
and dates differ (they are variants, not new news). The analysis cache is filled once per corpus
before anything is timed (warm cache); the time that took is printed.

Printed, per corpus: each corpus report's HTML size and page height at 1280 px in headless
Chromium (Debian's ``/usr/bin/chromium`` through Playwright), the per-article pages' sizes and
time per page, the whole corpus report run time (2,000 against 20 articles, same process,
alternated), the peak memory of the notebook kernels at 2,000 articles, a re-run after adding one
article (pages rendered, time), the import cost before any work (``python -X importtime``), and
the README run on the sample article (warm). Budgets from issue 11 are printed beside each figure.

    NEWS_ANALYSIS_CACHE=/tmp/bench-cache .venv/bin/python benchmarks/corpus_reports.py [--sizes 20 276 2000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from analysis import paths
from corpora import Document, read_corpus, variant, write_variants
from startup import MODEL, SAMPLE, import_seconds, run, tables_command

TE3 = Path(os.environ.get("NEWS_ANALYSIS_TE3_CORPUS", "/work/corpora/te3"))
WORK = Path(os.environ.get("NEWS_ANALYSIS_BENCH_DIR", Path(tempfile.gettempdir()) / "corpus-reports-bench"))
CHROMIUM = Path("/usr/bin/chromium")
MB = 1024 * 1024
BUDGET_REPORT_BYTES = 2 * MB
BUDGET_REPORT_HEIGHT = 20_000
BUDGET_PAGE_BYTES = 1 * MB
BUDGET_KERNEL_BYTES = 1.5 * 1024 * MB
BUDGET_IMPORT_SECONDS = 1.5


def te3_documents() -> list[Document]:
    """``(file name, text, published)`` of every TempEval-3 article, in name order."""
    return read_corpus(TE3)


def write_corpus(folder: Path, size: int) -> Path:
    """``size`` articles in ``folder``: TempEval-3 documents first, then variants of them."""
    if folder.is_dir() and len(list(folder.glob("*.txt"))) == size:
        return folder
    return write_variants(te3_documents(), folder, first=0, n=size, originals=True)


def warm_cache(folder: Path) -> tuple[float, object]:
    """Seconds to fill the analysis cache for ``folder`` (0 work when already warm), and the corpus."""
    from analysis.corpus import build_corpus

    began = time.perf_counter()
    corpus = build_corpus(str(folder))
    return time.perf_counter() - began, corpus


class KernelMemory:
    """Peak resident memory of this process's notebook kernels, sampled every 0.2 s."""

    def __init__(self) -> None:
        import psutil

        self.me, self.peak, self._stop = psutil.Process(), 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        while not self._stop.wait(0.2):
            for child in self.me.children(recursive=True):
                try:
                    if "ipykernel" in " ".join(child.cmdline()):
                        self.peak = max(self.peak, child.memory_info().rss)
                except psutil.Error:
                    continue

    def __enter__(self) -> KernelMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def corpus_run(folder: Path, out: Path, corpus: object) -> tuple[float, int, object]:
    """Seconds for the corpus reports (every notebook, index), peak kernel memory, the result."""
    from analysis import reports

    shutil.rmtree(out, ignore_errors=True)
    with KernelMemory() as memory:
        began = time.perf_counter()
        result = reports.run_reports(folder, out=out, corpus=corpus)
        seconds = time.perf_counter() - began
    return seconds, memory.peak, result


def measure_pages(browser: object, pages: list[Path]) -> list[tuple[str, int, int]]:
    """``(name, bytes, height in px at 1280 px)`` of each page, opened in headless Chromium."""
    figures = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        ("file://", "data:", "blob:")) else route.abort())
    for path in pages:
        page = context.new_page()
        page.set_default_timeout(300_000)
        page.goto(path.as_uri(), wait_until="load")
        if page.locator("table.news-table").count():
            page.wait_for_selector("body[data-tables-ready=true]")
        figures.append((path.name, path.stat().st_size, page.evaluate("document.documentElement.scrollHeight")))
        page.close()
    context.close()
    return figures


def add_one_article(folder: Path, size: int) -> Path:
    """A copy of the corpus folder (hard links) with one more article: a new variant."""
    grown = folder.with_name(f"{folder.name}-plus-one")
    shutil.rmtree(grown, ignore_errors=True)
    grown.mkdir()
    for path in folder.iterdir():
        os.link(path, grown / path.name) if path.name != "metadata.csv" else None
    new, text, published = variant(te3_documents()[size % 276], 10_000 + size)
    (grown / new).write_text(text, encoding="utf-8")
    rows = (folder / "metadata.csv").read_text(encoding="utf-8")
    (grown / "metadata.csv").write_text(rows + f"{new},{published}\n", encoding="utf-8")
    return grown


def mb(n: float) -> str:
    return f"{n / MB:.2f} MB"


def report_corpus(size: int, browser: object) -> dict[str, float]:
    """Every figure for one corpus size; prints them and returns the timings used for ratios."""
    from analysis.reports import article_pages

    folder = write_corpus(WORK / f"te3-{size}", size)
    out = WORK / f"reports-{size}"
    cache_seconds, corpus = warm_cache(folder)
    print(f"\n== {size} articles ({'TempEval-3 documents' if size <= 276 else '276 TempEval-3 documents + variants'})")
    print(f"analysis cache filled in {cache_seconds:.1f} s (0 work if it was warm); "
          f"{len(corpus.processed)} article(s) analysed now")
    seconds, peak, result = corpus_run(folder, out, corpus)
    print(f"corpus reports run (4 notebooks + index, --jobs 1): {seconds:.1f} s; "
          f"status {[r.status for r in result.runs]}; peak kernel memory {mb(peak)} (budget 1.5 GB)")
    for name, size_bytes, height in measure_pages(browser, [r.output_html for r in result.runs] + [result.index_html]):
        flag = "ok" if size_bytes <= BUDGET_REPORT_BYTES and height <= BUDGET_REPORT_HEIGHT else "OVER BUDGET"
        print(f"  {name:28s} {mb(size_bytes):>10s} {height:>9,d} px  {flag} (≤ 2 MB, ≤ 20,000 px)")
    pages = article_pages.render_pages(corpus, out=out)
    sizes = [p.stat().st_size for p in pages.pages.values()]
    print(f"per-article pages: {len(pages.rendered)} rendered in {pages.seconds:.1f} s "
          f"({pages.seconds / max(1, len(pages.rendered)):.3f} s per article, budget 1.5 s); "
          f"largest {mb(max(sizes))}, mean {mb(sum(sizes) / len(sizes))} (budget 1 MB)")
    largest = max(pages.pages.values(), key=lambda p: p.stat().st_size)
    [(_, _, height)] = measure_pages(browser, [largest])
    print(f"  largest page {largest.name}: {height:,d} px tall at 1280 px")
    return {"run": seconds, "peak": peak, "folder": folder, "out": out}


def rerun_with_one_more(size: int, folder: Path, out: Path) -> None:
    """Add one article, re-run everything (corpus reports + pages); print what was rendered."""
    from analysis import reports

    grown = add_one_article(folder, size)
    cache_seconds, corpus = warm_cache(grown)
    began = time.perf_counter()
    result = reports.run_reports(grown, out=out, corpus=corpus, per_article=True)
    seconds = time.perf_counter() - began
    print(f"re-run after adding one article to {size}: analysis {cache_seconds:.1f} s "
          f"({len(corpus.processed)} analysed), reports {seconds:.1f} s; per-article pages rendered "
          f"{len(result.pages.rendered)}, reused {len(result.pages.reused)} ({result.pages.seconds:.2f} s)")


def pages_only(size: int) -> None:
    """Per-article pages of a corpus rendered from the warm cache, then re-rendered with one more article."""
    from analysis.reports import article_pages

    folder = write_corpus(WORK / f"te3-{size}", size)
    out = WORK / f"pages-{size}"
    shutil.rmtree(out, ignore_errors=True)
    cache_seconds, corpus = warm_cache(folder)
    pages = article_pages.render_pages(corpus, out=out)
    sizes = [p.stat().st_size for p in pages.pages.values()]
    print(f"\n== per-article pages, {size} articles (corpus loaded from the warm cache in {cache_seconds:.1f} s)")
    print(f"{len(pages.rendered)} pages rendered in {pages.seconds:.1f} s = {pages.seconds / len(pages.rendered):.3f} s "
          f"per article (budget 1.5 s); largest {mb(max(sizes))}, mean {mb(sum(sizes) / len(sizes))} (budget 1 MB)")
    grown = add_one_article(folder, size)
    cache_seconds, corpus = warm_cache(grown)
    again = article_pages.render_pages(corpus, out=out)
    print(f"after adding one article: analysis {cache_seconds:.1f} s ({len(corpus.processed)} analysed); "
          f"pages rendered {len(again.rendered)}, reused {len(again.reused)}, in {again.seconds:.2f} s")


def start_up() -> None:
    """Import cost before any work, against loading the spaCy model alone (same run, alternated)."""
    one = WORK / "one-article"
    shutil.rmtree(one, ignore_errors=True)
    one.mkdir(parents=True)
    shutil.copy(paths.ARTICLES_DIR / f"{SAMPLE}.txt", one)
    figures: dict[str, list[float]] = {"cli": [], "model": [], "tables": [], "kernel": [], "extract": []}
    tree, cache = paths.ROOT, paths.CACHE_DIR
    for _ in range(3):
        figures["cli"].append(import_seconds(tree, cache, "analysis.__main__"))
        figures["model"].append(run(tree, cache, ["-c", MODEL])[0])
        figures["tables"].append(run(tree, cache, tables_command(one))[0])
        figures["kernel"].append(import_seconds(tree, cache, "analysis.corpus, analysis.plots, analysis.views, pandas"))
        figures["extract"].append(import_seconds(tree, cache, "analysis.actors, analysis.quotes, analysis.sentiment, "
                                                 "analysis.timex, analysis.chronology"))
    best = {name: min(values) for name, values in figures.items()}
    print("\n== start-up (fastest of 3, alternated)")
    print(f"imports before any work (python -m analysis, -X importtime): {best['cli']:.2f} s (budget 1.5 s)")
    print(f"loading the spaCy model alone (process start to loaded):   {best['model']:.2f} s")
    print(f"python -m analysis tables, one article, warm cache:         {best['tables']:.2f} s "
          f"({best['tables'] / best['model']:.1f}x the model load)")
    print(f"a notebook kernel's imports (corpus, plots, views, pandas): {best['kernel']:.2f} s")
    print(f"extractors, imported only when an article is analysed:      {best['extract']:.2f} s")


def readme_run() -> None:
    """The README's run (four reports on the sample article), warm: timed after a first run."""
    out = WORK / "readme-reports"
    command = ["-m", "analysis", "run", "--out", str(out)]
    run(paths.ROOT, paths.CACHE_DIR, command)
    seconds = run(paths.ROOT, paths.CACHE_DIR, command)[0]
    print(f"\n== README run on the sample article, warm cache (python -m analysis run): {seconds:.1f} s")


def corpora(sizes: list[int], *, rerun: bool) -> None:
    """Every figure for each corpus size, the run-time ratio of the largest to the smallest, and
    (with ``rerun``) the re-run after adding one article to the largest."""
    from playwright.sync_api import sync_playwright

    WORK.mkdir(parents=True, exist_ok=True)
    print(f"corpora in {WORK}; analysis cache {paths.CACHE_DIR}; shared 2-core machine, timings are noisy")
    runs: dict[int, dict] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        for size in sizes:
            runs[size] = report_corpus(size, browser)
        browser.close()
    smallest, largest = min(runs), max(runs)
    if smallest != largest:
        from analysis.corpus import build_corpus

        again = corpus_run(runs[smallest]["folder"], runs[smallest]["out"], build_corpus(str(runs[smallest]["folder"])))[0]
        low = min(runs[smallest]["run"], again)
        print(f"\ncorpus report run {largest} vs {smallest} articles: {runs[largest]['run']:.1f} s vs {low:.1f} s "
              f"(fastest of 2, before and after) = {runs[largest]['run'] / low:.2f}x (budget 2x)")
    if rerun:
        rerun_with_one_more(largest, runs[largest]["folder"], runs[largest]["out"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[20, 276, 2000],
                        help="corpus sizes (none: only the start-up and README figures)")
    parser.add_argument("--skip-rerun", action="store_true")
    parser.add_argument("--skip-start-up", action="store_true", help="leave out the import and README figures")
    parser.add_argument("--pages-only", action="store_true",
                        help="only the per-article pages: render all, then again after adding one article")
    args = parser.parse_args()
    if args.pages_only:
        for size in args.sizes:
            pages_only(size)
        return
    if args.sizes:
        corpora(args.sizes, rerun=not args.skip_rerun)
    if not args.skip_start_up:
        start_up()
        readme_run()


if __name__ == "__main__":
    main()
