"""The Dask engine on a real local cluster: a `dask scheduler` and `dask worker` processes started
here (free ports, bounded waits, everything stopped at the end)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from distributed import Client

from analysis import corpus, paths, tables
from analysis import nlp as nlp_module
from analysis.__main__ import main, write_tables
from analysis.store import tasks
from analysis.store.segments import Store

START_TIMEOUT = 90
RUN_TIMEOUT = 300

#: Short invented articles (each a few sentences), so a batch of one is quick on a shared machine.
ARTICLES = {
    "ferry.txt": "Harbor Council Approves New Ferry Line\n\nThe Harbor Council approved a new ferry line on "
                 "Monday.\n\nMayor Ana Ruiz said the service would start in June.\n",
    "bridge.txt": "Bridge Reopens After Repairs\n\nThe old bridge reopened on Friday after two years of "
                  "repairs.\n\n\"It was worth the wait,\" said engineer Tom Baker.\n",
    "school.txt": "School Board Backs Longer Day\n\nThe school board voted on Tuesday to lengthen the school "
                  "day.\n\nParents criticised the plan, board chair Lena Ortiz said.\n",
    "market.txt": "Farmers Market Moves Downtown\n\nThe farmers market will move downtown next spring, the "
                  "city said on Wednesday.\n\nVendors welcomed the news.\n",
}


@dataclass
class Cluster:
    """A scheduler and its workers, each a process of its own."""

    address: str
    scheduler: subprocess.Popen
    workers: dict[str, subprocess.Popen]

    def stop(self) -> None:
        """Stop every process (workers first), killing any that does not stop within 10 s."""
        for process in [*self.workers.values(), self.scheduler]:
            if process.poll() is None:
                process.terminate()
        for process in [*self.workers.values(), self.scheduler]:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def free_port() -> int:
    """A TCP port that is free on localhost now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_cluster(workdir: Path, *, n_workers: int = 2) -> Cluster:
    """Start ``dask scheduler`` and ``n_workers`` single-threaded ``dask worker`` processes (no
    nanny, so a killed worker stays dead) that import this checkout; wait until all are up."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(paths.ROOT), os.environ.get("PYTHONPATH", "")])}
    address = f"tcp://127.0.0.1:{free_port()}"
    dask = [sys.executable, "-m", "dask"]
    log = open(workdir / "cluster.log", "ab")
    scheduler = subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                  "--no-dashboard"], env=env, stdout=log, stderr=log)
    workers = {f"w{i}": subprocess.Popen([*dask, "worker", address, "--name", f"w{i}", "--nthreads", "1",
                                          "--no-nanny", "--no-dashboard", "--memory-limit", "0",
                                          "--local-directory", str(workdir)], env=env, stdout=log, stderr=log)
               for i in range(n_workers)}
    cluster = Cluster(address, scheduler, workers)
    try:
        with Client(address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(n_workers, timeout=START_TIMEOUT)
    except Exception:
        cluster.stop()
        raise
    return cluster


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """A two-worker cluster shared by this module's tests that kill nothing, stopped at the end."""
    started = start_cluster(tmp_path_factory.mktemp("dask"))
    yield started
    started.stop()


@pytest.fixture()
def own_cluster(tmp_path: Path) -> Iterator[Cluster]:
    """A fresh two-worker cluster for one test (which may kill a worker), stopped at the end."""
    workdir = tmp_path / "dask"
    workdir.mkdir()
    started = start_cluster(workdir)
    yield started
    started.stop()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the four short invented articles."""
    target = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (target / name).write_text(text, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def reference(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The CSV exports of the in-process run without the store."""
    return csv_bytes(corpus.build_corpus(str(folder), cache=False, jobs=1), tmp_path_factory.mktemp("here"))


def csv_bytes(built: corpus.Corpus, out: Path) -> dict[str, bytes]:
    """Every table of ``built`` as the bytes of its CSV export."""
    write_tables(built, out)
    return {name: (out / f"{name}.csv").read_bytes() for name in tables.COLUMNS}


def test_the_cluster_gives_byte_identical_tables_to_the_in_process_run(
        cluster: Cluster, folder: Path, reference: dict[str, bytes], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "BATCH_SIZE", 1)
    store_dir = tmp_path / "store"
    monkeypatch.setenv("NEWS_ANALYSIS_CACHE", str(store_dir))
    monkeypatch.setattr(paths, "CACHE_DIR", store_dir)
    assert main(["tables", "--articles", str(folder), "--out", str(tmp_path / "cli"),
                 "--scheduler", cluster.address]) == 0
    for name in tables.COLUMNS:
        assert (tmp_path / "cli" / f"{name}.csv").read_bytes() == reference[name], name
    assert len(Store(str(next(store_dir.iterdir()))).segments()) > 1


def test_each_worker_loads_the_model_once_and_the_scheduler_can_come_from_the_environment(
        cluster: Cluster, folder: Path, reference: dict[str, bytes], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "BATCH_SIZE", 1)
    monkeypatch.setenv(tasks.SCHEDULER_ENV, cluster.address)
    built = corpus.build_corpus(str(folder), cache_dir=tmp_path / "store", jobs=2)
    assert len(built.processed) == len(ARTICLES)
    assert csv_bytes(built, tmp_path / "out") == reference
    with Client(cluster.address) as client:
        # pipelines spaCy really loaded in each worker (load_model(None) and load_model(<resolved name>) share one)
        loads = client.run(lambda: nlp_module._load_one.cache_info().currsize)
    assert set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1, loads


def busy_worker(address: str, names: set[str], *, timeout: float = START_TIMEOUT) -> str:
    """The name of a worker that is processing a task right now (waits up to ``timeout``)."""
    with Client(address) as client:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            processing = client.processing()
            info = client.scheduler_info()["workers"]
            for worker, tasks_here in processing.items():
                # a worker may join or leave between the two calls: one not in ``info`` is skipped
                name = info.get(worker, {}).get("name")
                if tasks_here and name in names:
                    return str(name)
            time.sleep(0.05)
    raise TimeoutError("no worker started a task")


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
        own_cluster: Cluster, folder: Path, reference: dict[str, bytes], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cluster = own_cluster
    monkeypatch.setattr(tasks, "BATCH_SIZE", 1)
    store_dir, outcome = tmp_path / "store", {}

    def build() -> None:
        outcome["corpus"] = corpus.build_corpus(str(folder), cache_dir=store_dir, scheduler=cluster.address)

    runner = threading.Thread(target=build)
    runner.start()
    victim = busy_worker(cluster.address, set(cluster.workers))
    cluster.workers[victim].send_signal(signal.SIGKILL)
    runner.join(timeout=RUN_TIMEOUT)
    assert not runner.is_alive() and "corpus" in outcome
    assert cluster.workers[victim].wait(timeout=10) == -signal.SIGKILL
    assert len(outcome["corpus"].processed) == len(ARTICLES)
    assert csv_bytes(outcome["corpus"], tmp_path / "cluster") == reference
    store = Store(str(next(store_dir.iterdir())))
    index = store.index()
    assert sorted(index["article_key"]) == sorted(set(index["article_key"])) and len(index) == len(ARTICLES)
    rerun = corpus.build_corpus(str(folder), cache_dir=store_dir, scheduler=cluster.address)
    assert rerun.processed == ()
    shutil.rmtree(store_dir)


def _worker_settings() -> tuple[str | None, bool]:
    """(MALLOC_TRIM_THRESHOLD_ in the environment, profiler on) of the process it runs in."""
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")


def test_the_embedded_cluster_runs_workers_without_profiler_or_forced_malloc_trimming() -> None:
    with tasks.local_cluster(2) as embedded, Client(embedded) as client:
        settings = client.run(_worker_settings)
    assert list(settings.values()) == [(None, False), (None, False)]
    assert _worker_settings()[1] is True  # this process keeps Dask's defaults
