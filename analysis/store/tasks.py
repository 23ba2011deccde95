"""Analysis of uncached articles as Dask tasks: batches of one bucket, one store segment each.

Articles are planned into batches by bucket and key (so the same articles always make the same
batches and the same segment files, whatever the number of workers). A batch runs in this
process, on an embedded local ``dask.distributed`` cluster sized to the machine, or on an existing
cluster (``--scheduler`` or ``NEWS_ANALYSIS_SCHEDULER``). Each task parses its batch with the
worker's one loaded model (``nlp.load_model`` is cached per process, so a worker loads it once,
not once per task) and writes its tables as a store segment; a task that dies with its worker is
rescheduled by Dask and writes the same files again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import pandas as pd

from ..articles import Article, LoadError
from .keys import article_key, bucket_of, segment_id
from .segments import SegmentRef, Store

BATCH_SIZE = 64
#: Fewer uncached articles than this run in-process by default (a local cluster starts in ~5 s).
SMALL_RUN = 128
SCHEDULER_ENV = "NEWS_ANALYSIS_SCHEDULER"
#: Dask settings of the embedded local cluster's workers, which run long CPU-bound tasks: no
#: statistical profiler sampling every task thread's stack each 10 ms (only the dashboard reads it),
#: and glibc's dynamic mmap threshold left on (Dask's default MALLOC_TRIM_THRESHOLD_ turns it off,
#: so every parse's large temporary arrays are mmapped and unmapped; Dask's docs say it may degrade
#: performance). A cluster given by ``--scheduler`` keeps its own settings.
EMBEDDED_WORKER_CONFIG = {"distributed.worker.profile.enabled": False,
                          "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}

#: Analyses one batch: (articles, model name) -> every stored table with the store's extra columns, and an
#: errors row for each article whose analysis failed.
Analyse = Callable[[Sequence[Article], str], tuple[dict[str, pd.DataFrame], tuple[LoadError, ...]]]


@dataclass(frozen=True)
class Engine:
    """Where batches run: ``scheduler`` (address of an existing cluster, "" for none) or locally
    on ``workers`` processes (None: one per core; 1: this process), ``batch_size`` articles a
    task (0: ``BATCH_SIZE``). ``in_process`` forces (True) or forbids (False) running here;
    None decides (``runs_here``)."""

    scheduler: str = ""
    workers: int | None = None
    batch_size: int = 0
    in_process: bool | None = None

    @classmethod
    def from_options(cls, *, scheduler: str | None = None, jobs: int | None = None) -> Engine:
        """The engine for the command-line options (the environment gives the default scheduler)."""
        return cls(scheduler=scheduler or os.environ.get(SCHEDULER_ENV, ""), workers=jobs, batch_size=BATCH_SIZE)

    def runs_here(self, n_articles: int) -> bool:
        """True when ``n_articles`` run in this process rather than on a cluster: when forced, for
        one worker, or by default (no scheduler, no ``workers``) for fewer than ``SMALL_RUN``
        articles, whose analysis takes less than starting a cluster and loading its models."""
        if self.in_process is not None:
            return self.in_process
        if self.scheduler:
            return False
        return self.workers == 1 or (self.workers is None and n_articles < SMALL_RUN)

    def local_workers(self) -> int:
        """Worker processes of the embedded local cluster."""
        return self.workers or len(os.sched_getaffinity(0))


@dataclass(frozen=True)
class BatchResult:
    """What a task returns: the segments it wrote, its article keys, and (without a store) its tables."""

    segments: tuple[SegmentRef, ...]
    keys: tuple[str, ...]
    frames: Mapping[str, pd.DataFrame] | None = None
    failures: tuple[LoadError, ...] = ()


def plan(articles: Sequence[Article], *, batch_size: int = 0) -> list[list[Article]]:
    """Batches of at most ``batch_size`` (0: ``BATCH_SIZE``) articles of one bucket each, by bucket then key."""
    batch_size = batch_size or BATCH_SIZE
    keyed = sorted(((bucket_of(k), k, a) for a in articles for k in [article_key(a)]), key=lambda t: t[:2])
    batches: list[list[Article]] = []
    for bucket in sorted({b for b, _, _ in keyed}):
        members = [a for b, _, a in keyed if b == bucket]
        batches += [members[i:i + batch_size] for i in range(0, len(members), batch_size)]
    return batches


def analyse_batch(batch: Sequence[Article], *, analyse: Analyse, model: str, store_url: str | None) -> BatchResult:
    """The task: analyse ``batch``; write it as a store segment when ``store_url`` is given,
    else return its tables. An article another writer committed meanwhile (two runs over
    overlapping article sets) is not committed again: a segment holds only the new keys, and a
    batch with none writes nothing."""
    frames, failures = analyse(batch, model)
    failed = {failure.path for failure in failures}
    done = [a for a in batch if a.path not in failed]
    keys = tuple(article_key(a) for a in done)
    if store_url is None:
        return BatchResult((), keys, frames, failures)
    store = Store(store_url)
    held = store.committed(keys) if done else set()
    new = [(key, a) for key, a in zip(keys, done) if key not in held]
    if not new:
        return BatchResult((), keys, None, failures)
    index = pd.DataFrame({"article_key": [key for key, _ in new], "article_id": [a.article_id for _, a in new],
                          "article_date": [a.published for _, a in new]})
    return BatchResult(tuple(store.write_segment(frames, index)), keys, None, failures)


def run(batches: Sequence[Sequence[Article]], *, analyse: Analyse, model: str, store_url: str | None,
        engine: Engine, progress: bool = False) -> list[BatchResult]:
    """Run every batch on ``engine``; results in completion order, progress bar over articles."""
    if not batches:
        return []
    bar = _progress(total=sum(len(b) for b in batches), enabled=progress)
    options = {"analyse": analyse, "model": model, "store_url": store_url}
    results = []
    if engine.runs_here(sum(len(b) for b in batches)):
        for batch in batches:
            results.append(_advance(bar, analyse_batch(batch, **options)))
    else:
        with client_for(engine) as client:
            results = list(_on_cluster(client, batches, options, bar))
    if bar is not None:
        bar.close()
    return results


def _on_cluster(client: object, batches: Sequence[Sequence[Article]], options: dict[str, object],
                bar: object | None) -> Iterator[BatchResult]:
    """Submit one task per batch (keyed by its segment id) and yield results as they complete."""
    from distributed import as_completed

    futures = [client.submit(analyse_batch, list(batch), **options, pure=False,
                             key=f"analyse-{segment_id(article_key(a) for a in batch)}")
               for batch in batches]
    for future in as_completed(futures):
        yield _advance(bar, future.result())
        future.release()


@contextmanager
def client_for(engine: Engine) -> Iterator[object]:
    """A Dask client: connected to ``engine.scheduler``, or to an embedded local cluster of
    ``engine.local_workers()`` single-threaded worker processes, closed on exit."""
    from distributed import Client

    if engine.scheduler:
        with Client(engine.scheduler) as client:
            yield client
        return
    with local_cluster(engine.local_workers()) as cluster, Client(cluster) as client:
        yield client


def local_cluster(n_workers: int, **options: object) -> object:
    """An embedded ``LocalCluster`` of ``n_workers`` single-threaded worker processes with
    ``EMBEDDED_WORKER_CONFIG`` (``options`` go to ``LocalCluster``)."""
    import dask
    from distributed import LocalCluster

    settings = {"dashboard_address": ":0", "silence_logs": logging.ERROR, **options}
    with dask.config.set(EMBEDDED_WORKER_CONFIG):
        return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, **settings)


def _advance(bar: object | None, result: BatchResult) -> BatchResult:
    """Move the progress bar (if any) by a batch's article count."""
    if bar is not None:
        bar.update(len(result.keys))
    return result


def _progress(*, total: int, enabled: bool) -> object | None:
    """A tqdm bar over ``total`` articles when ``enabled``."""
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="analysing")
