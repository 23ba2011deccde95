"""Corpus scale: Dask throughput, store size, adding articles to a big store, and the notebook kernel.

The corpora are VARIANTS of the 276 TempEval-3 news documents (``benchmarks/corpora.py``): variant
``i`` of a document has "(variant i)" added to its headline, its body paragraphs shuffled and a new
publication date, so every article key differs. Prints figures (ratios against a peer measured in
the same run, alternated); asserts nothing.

- throughput: the same cold articles analysed in-process, on a local Dask cluster of 1 worker and of
  2 workers (clusters started and their models loaded before timing; the fixed start cost is printed
  apart), rounds alternated, the fastest of each counts;
- stores: one store grown to each size by analysing the new variants for real on the embedded 2-worker
  cluster (each size's build time and the size per 1,000 articles); stores above ``--analyse-up-to``
  (for a quick run) are the analysed rows REPLICATED under new keys and dates instead, and say so;
- adding ``--add`` new articles to the store of 1,000 and to the largest store, alternated;
- the corpus notebook kernel (``benchmarks/scale_kernel.py``: what a corpus notebook asks, through the
  query layer) at each size: run time and peak memory (VmHWM) of a fresh process.

    .venv/bin/python benchmarks/scale.py [--sizes 1000 10000 50000] [--throughput 200] [--add 1000]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis import corpus, extraction, nlp
from analysis.store import keys
from analysis.store.segments import STORED_TABLES, Store
from corpora import Document, read_corpus, write_corpus, write_variants

KERNEL = Path(__file__).resolve().with_name("scale_kernel.py")


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Seconds taken by ``action`` and its result."""
    began = time.perf_counter()
    result = action()
    return time.perf_counter() - began, result


def throughput(folder: Path, work: Path, *, repeat: int) -> dict[str, float]:
    """Fastest cold seconds for the articles of ``folder``: in-process, local cluster of 1 and 2 workers."""
    from distributed import Client

    from analysis.store import tasks

    best: dict[str, float] = {}
    clusters = {n: tasks.local_cluster(n, dashboard_address=None) for n in (1, 2)}
    try:
        for n, cluster in clusters.items():
            seconds, _ = timed(lambda: Client(cluster).run(lambda: nlp.load_model().meta["name"]))
            print(f"local cluster of {n} worker(s): model loaded on every worker in {seconds:.1f} s (not timed below)")
        runs = {"in-process": {"jobs": 1}, "1 worker": {"scheduler": clusters[1].scheduler_address},
                "2 workers": {"scheduler": clusters[2].scheduler_address}}
        for round_number in range(repeat):
            for label, options in runs.items():
                store = work / f"throughput-{label.replace(' ', '-')}-{round_number}"
                seconds, built = timed(lambda: corpus.build_corpus(str(folder), cache_dir=store, **options))
                best[label] = min(best.get(label, seconds), seconds)
                print(f"round {round_number + 1}: {label:<11} {seconds:7.1f} s  "
                      f"{len(built.processed) / seconds:6.2f} articles/s")
                shutil.rmtree(store, ignore_errors=True)
    finally:
        for cluster in clusters.values():
            cluster.close()
    return best


def embedded_start_cost(folder: Path, work: Path) -> float:
    """Seconds for the default path's fixed cost: an embedded 2-worker cluster started, models
    loaded, one article analysed."""
    one = work / "one-article"
    one.mkdir(exist_ok=True)
    first = sorted(folder.glob("*.txt"))[0]
    shutil.copy(first, one / first.name)
    shutil.copy(folder / "metadata.csv", one / "metadata.csv")
    seconds, _ = timed(lambda: _embedded(one, work / "one-store"))
    return seconds


def _embedded(folder: Path, store: Path) -> list:
    """One article on an embedded local cluster of 2 workers (forced, although the batch is tiny)."""
    from analysis.store import tasks

    engine = tasks.Engine(workers=2, in_process=False)
    batch = corpus.articles.load_articles(str(folder)).articles
    return tasks.run(tasks.plan(batch), analyse=extraction.analyse_batch, model="", store_url=str(store), engine=engine)


def stage_costs(folder: Path, work: Path) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds per article of each stage, in this process, for the articles of
    ``folder``: parse (``nlp.parse``), extraction (every extractor and the batch's tables), write
    (the store segments)."""
    batch = list(corpus.articles.load_articles(str(folder)).articles)
    language = nlp.load_model()
    clocks = [(time.perf_counter(), time.process_time())]
    docs = list(nlp.parse((a.text for a in batch), nlp=language))
    clocks.append((time.perf_counter(), time.process_time()))
    frames = extraction.stored_frames(batch, [extraction.analyse_rows(a, doc) for a, doc in zip(batch, docs)])
    clocks.append((time.perf_counter(), time.process_time()))
    index = frames["articles"].loc[:, ["article_key", "article_id", "article_date"]]
    Store(str(work / "stages-store")).write_segment(frames, index)
    clocks.append((time.perf_counter(), time.process_time()))
    return {stage: ((end[0] - begin[0]) / len(batch), (end[1] - begin[1]) / len(batch))
            for stage, begin, end in zip(("parse", "extraction", "write"), clocks, clocks[1:])}


def store_bytes(root: Path) -> int:
    """Bytes of every Parquet file under ``root``."""
    return sum(p.stat().st_size for p in root.rglob("*.parquet"))


def replicate(store: Store, copies: range) -> None:
    """Add copies of every stored article under new keys, ids and dates (copy ``c`` of article
    ``k``: key from ``c|k``, id ``<id>~c``, date moved by ``c`` × 37 days), then compact."""
    index = store.index()
    every = {name: store.read(name, index) for name in STORED_TABLES}
    for start in range(copies.start, copies.stop, 10):
        chunk = range(start, min(start + 10, copies.stop))
        frames = {name: pd.concat([_copy(frame, c) for c in chunk], ignore_index=True) for name, frame in every.items()}
        store.write_segment(frames, frames["articles"].loc[:, ["article_key", "article_id", "article_date"]])
    store.compact(range(keys.N_BUCKETS))


def _copy(frame: pd.DataFrame, copy: int) -> pd.DataFrame:
    """Rows of ``frame`` as copy number ``copy`` (see ``replicate``)."""
    new_key = {k: hashlib.sha256(f"{copy}|{k}".encode()).hexdigest()[:20] for k in frame["article_key"].unique()}
    dates = pd.to_datetime(frame["article_date"]) + pd.Timedelta(days=37 * copy)
    return frame.assign(article_key=frame["article_key"].map(new_key), article_id=frame["article_id"] + f"~{copy}",
                        article_date=dates.dt.date.astype(object))


def kernel(store: Path) -> tuple[float, float, str]:
    """(seconds, peak MiB, summary) of a fresh kernel process doing a corpus notebook's queries."""
    out = subprocess.run([sys.executable, str(KERNEL), str(store)], check=True, capture_output=True, text=True)
    seconds, peak, summary = out.stdout.strip().splitlines()[-1].split("\t")
    return float(seconds), float(peak), summary


def add_articles(base: Path, target: Path, folder: Path) -> float:
    """Seconds to add the new articles of ``folder`` to a copy of the store ``base`` at ``target``."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(base, target)
    seconds, built = timed(lambda: corpus.build_corpus(str(folder), cache_dir=target, jobs=2))
    assert len(built.processed) == len(built.articles)
    return seconds


def grow_stores(documents: list[Document], work: Path, sizes: list[int], *, analyse_up_to: int) -> dict[int, Path]:
    """A warm store of each size: grown by analysing new variants for real up to ``analyse_up_to``
    (copied at each size), replicated above it; prints each step's time. A copy an earlier run left
    in ``work`` is reused (the run resumes)."""
    store, stores, done = work / "store", {}, 0
    model = nlp.model_description(nlp.load_model())
    for size in sorted(sizes):
        if (work / f"store-{size}").is_dir() and size <= analyse_up_to:
            stores[size], done = work / f"store-{size}", size
            print(f"store of {size} analysed articles: reused from an earlier run in {work}", flush=True)
            continue
        if size <= analyse_up_to:
            folder = write_variants(documents, work / "corpus", first=0, n=size)
            seconds, built = timed(lambda: corpus.build_corpus(str(folder), cache_dir=store, jobs=2))
            print(f"store of {size} analysed articles: {len(built.processed)} new ones analysed on the embedded "
                  f"2-worker cluster in {seconds:.0f} s ({len(built.processed) / seconds:.2f} articles/s, "
                  f"{len(built.articles)} read); {len(built.errors)} load errors", flush=True)
            done = size
        else:
            seconds, _ = timed(lambda: replicate(Store(str(store / corpus.version_key(model))), range(1, size // done)))
            print(f"store of {size} articles: the {done} analysed articles' rows REPLICATED under new keys and "
                  f"dates in {seconds:.0f} s", flush=True)
        stores[size] = work / f"store-{size}"
        shutil.rmtree(stores[size], ignore_errors=True)
        shutil.copytree(store, stores[size])
    return stores


def print_throughput(best: dict[str, float], *, n: int, repeat: int, start_cost: float) -> None:
    """The throughput figures against their targets."""
    print(f"throughput on {n} cold articles (fastest of {repeat} alternated round(s); clusters started "
          "and models loaded beforehand):")
    for label, seconds in best.items():
        print(f"  {label:<11} {seconds:7.1f} s  {n / seconds:6.2f} articles/s")
    print(f"  2 workers / 1 worker speed-up: {best['1 worker'] / best['2 workers']:.2f}x (target >= 1.8x)")
    print(f"  Dask overhead, 1 worker vs in-process: {best['1 worker'] / best['in-process'] - 1:+.1%} (target <= 5%)")
    print(f"  fixed cost of the default embedded cluster (start 2 workers, load models, 1 article): {start_cost:.1f} s")


def measure_throughput(work: Path, documents: list[Document], *, n: int, repeat: int, stages_only: bool) -> None:
    """Print the per-article stage costs, then (unless ``stages_only``) the throughput figures."""
    sample = write_variants(documents, work / f"throughput-{n}", first=10**6, n=n)
    for stage, (wall, cpu) in stage_costs(sample, work).items():
        print(f"per-article cost of {stage:<10}: {wall * 1000:7.1f} ms wall, {cpu * 1000:7.1f} ms CPU "
              f"({n} articles, in this process)", flush=True)
    if not stages_only:
        best = throughput(sample, work, repeat=repeat)
        print_throughput(best, n=n, repeat=repeat, start_cost=embedded_start_cost(sample, work))


def notebook_runs(documents: list[Document], work: Path, size: int, store: Path) -> dict[str, tuple[float, int]]:
    """(seconds, peak kernel bytes) of each corpus notebook run for real (papermill, one kernel each)
    on the ``size`` articles of ``store`` (warm: ``build_corpus`` only records the corpus)."""
    from analysis import reports
    from analysis.reports import inspection
    from corpus_reports import KernelMemory

    folder = write_variants(documents, work / f"notebooks-{size}", first=0, n=size)
    os.environ["NEWS_ANALYSIS_CACHE"] = str(store)  # the kernels' store; this process exits when done
    built = corpus.build_corpus(str(folder), cache_dir=store)
    assert not built.processed, f"the store of {size} should hold every article"
    seconds, _ = timed(built.corpus_actors_file)
    print(f"  {size:>6} articles: corpus actors made and recorded beside the manifest in {seconds:.1f} s "
          "(once per corpus, in the process that runs the reports; 0 when recorded before)", flush=True)
    figures = {}
    for notebook in (path.stem for path in inspection.find_notebooks()):
        out = work / f"notebook-reports-{size}"
        with KernelMemory() as memory:
            result = reports.run_reports(folder, out=out, notebooks=[notebook], corpus=built)
        (run,) = result.runs
        assert run.status == "ok", f"{notebook} failed at {size}: {run.error}"
        figures[notebook] = (run.seconds, memory.peak)
    return figures


def print_notebooks(documents: list[Document], work: Path, stores: dict[int, Path]) -> None:
    """Run time and peak kernel memory of each corpus notebook at each store size, against the targets."""
    print("corpus notebooks run for real (papermill, one kernel each, warm store; time of the notebook's "
          "execution and HTML render, kernel start included):")
    runs = {size: notebook_runs(documents, work, size, root) for size, root in stores.items()}
    smallest, largest = min(runs), max(runs)
    for notebook in runs[smallest]:
        cells = "  ".join(f"{size:>6}: {s:6.1f} s {peak / 2**20:5.0f} MiB" for size, (s, peak) in
                          ((size, figures[notebook]) for size, figures in runs.items()))
        ratio = runs[largest][notebook][0] / runs[smallest][notebook][0]
        print(f"  {notebook:<20} {cells}  time {largest}/{smallest}: {ratio:.2f}x")
    worst = max(peak for figures in runs.values() for _, peak in figures.values())
    print(f"  largest kernel peak: {worst / 2**20:.0f} MiB (target <= 1536 MiB at 50,000, flat); time target <= 3x")


def print_kernels(stores: dict[int, Path]) -> None:
    """Run time and peak memory of the corpus notebook kernel on each store, against the targets."""
    print("corpus notebook kernel (benchmarks/scale_kernel.py), warm store, fresh process:")
    model, timings = nlp.model_description(nlp.load_model()), {}
    for size, root in stores.items():
        seconds, peak, summary = kernel(root / corpus.version_key(model))
        timings[size] = seconds
        print(f"  {size:>6} articles: {seconds:6.1f} s, peak {peak:6.0f} MiB  ({summary})")
    smallest, largest = min(stores), max(stores)
    print(f"  time at {largest} / time at {smallest}: {timings[largest] / timings[smallest]:.2f}x (target <= 3x); "
          "peak memory target <= 1536 MiB")


def parse_arguments() -> argparse.Namespace:
    """The benchmark's options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--throughput", type=int, default=200, help="articles per throughput run")
    parser.add_argument("--repeat", type=int, default=1, help="alternated throughput rounds")
    parser.add_argument("--add", type=int, default=1000, help="new articles added to the stores")
    parser.add_argument("--analyse-up-to", type=int, default=None,
                        help="analyse stores up to this size for real (default: all); larger ones replicate rows")
    parser.add_argument("--stages-only", action="store_true", help="print the per-article stage costs only")
    parser.add_argument("--skip-throughput", action="store_true",
                        help="leave out the stage costs and the throughput runs (stores, adding, kernel only)")
    parser.add_argument("--notebooks-only", action="store_true",
                        help="only run the corpus notebooks for real on each store (grown, or reused from --work)")
    parser.add_argument("--work", default="", help="work folder (default: a temporary one, removed)")
    return parser.parse_args()


def print_adding(documents: list[Document], work: Path, stores: dict[int, Path], *, add: int) -> None:
    """Store sizes, and the time to add ``add`` new articles to the smallest and the largest store."""
    smallest, largest = min(stores), max(stores)
    new = write_variants(documents, work / f"new-{add}", first=2 * 10**6, n=add)
    small_add = add_articles(stores[smallest], work / "add-small", new)
    large_add = add_articles(stores[largest], work / "add-large", new)
    print(f"store size: {store_bytes(stores[smallest]) / smallest * 1000 / 2**20:.1f} MiB per 1,000 articles")
    for size, root in stores.items():
        print(f"  store of {size}: {store_bytes(root) / 2**20:.0f} MiB in {sum(1 for _ in root.rglob('*.parquet'))} files")
    print(f"adding {add} new articles: to the store of {smallest}: {small_add:.1f} s; "
          f"to the store of {largest}: {large_add:.1f} s; ratio {large_add / small_add:.2f} (target: ~1)")


def run(args: argparse.Namespace, work: Path) -> None:
    """Every figure the options ask for, in ``work``."""
    write_corpus(work / "te3")
    documents = read_corpus(work / "te3")
    if not args.skip_throughput:
        measure_throughput(work, documents, n=args.throughput, repeat=args.repeat, stages_only=args.stages_only)
    if args.stages_only:
        return
    stores = grow_stores(documents, work, args.sizes, analyse_up_to=args.analyse_up_to or max(args.sizes))
    if not args.notebooks_only:
        print_adding(documents, work, stores, add=args.add)
        print_kernels(stores)
    print_notebooks(documents, work, stores)


def main() -> None:
    args = parse_arguments()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        run(args, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
