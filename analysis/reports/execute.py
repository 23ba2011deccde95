"""Notebook execution (papermill's ``execute``): a real kernel per notebook, HTML rendered after.

papermill runs each notebook with kernel ``python3`` and the project root as working directory,
in ``jobs`` worker processes, under one tqdm bar. A notebook that fails is recorded with its error;
its partial notebook and HTML are still written. On POSIX systems the kernel talks to the runner
over local (IPC) sockets, not TCP ports, so code and outputs never cross a network interface (and
ipykernel has no plain-TCP warning to print). What a kernel wrote to stderr (warnings) is kept out
of the HTML and written to ``<notebook>.log`` beside it.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
import uuid
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import default

from .. import paths
from .plan import CORPUS_FOLDER, ArticleInfo, ReportJob

KERNEL_NAME = "python3"
KERNEL_TRANSPORT = "ipc" if os.name == "posix" else "tcp"


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
    warnings: int = 0


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


def execute_job(job: ReportJob) -> NotebookRun:
    """Execute one notebook, render its HTML (also after a failure) and describe the run."""
    from .render import render_report

    job.folder.mkdir(parents=True, exist_ok=True)
    output_ipynb = job.folder / f"{job.notebook.stem}.ipynb"
    output_html = output_ipynb.with_suffix(".html")
    started = time.perf_counter()
    error = _execute(job.notebook, output_ipynb, job.parameters)
    warnings = 0
    if output_ipynb.is_file():
        try:
            warnings = render_report(output_ipynb, output_html, show_code=job.show_code, articles=job.articles,
                                   index_html=job.folder.parent / "index.html").warnings
        except Exception as exc:  # noqa: BLE001 - keep the other notebooks of the run going
            error = error or f"HTML rendering failed: {type(exc).__name__}: {exc}"
    return NotebookRun(
        notebook=job.notebook.stem, output_ipynb=output_ipynb, output_html=output_html,
        status="failed" if error else "ok", error=error, seconds=round(time.perf_counter() - started, 2),
        parameters=dict(job.parameters), report=job.report, articles=job.articles, warnings=warnings,
    )


def _execute(notebook: Path, output: Path, parameters: Mapping[str, object]) -> str | None:
    """Run the notebook with papermill; return None on success, else the error (output is kept)."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

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


def execute_all(plan: Sequence[ReportJob], *, jobs: int = 1) -> list[NotebookRun]:
    """Run every job (``jobs`` worker processes when > 1) under one progress bar; keep plan order."""
    from tqdm.auto import tqdm

    runs: list[NotebookRun | None] = [None] * len(plan)
    with tqdm(total=len(plan), desc="reports", unit="notebook") as bar:
        if jobs <= 1 or len(plan) <= 1:
            for i, job in enumerate(plan):
                runs[i] = _tick(bar, execute_job(job))
        else:
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=min(jobs, len(plan)), mp_context=context) as pool:
                futures = {pool.submit(execute_job, job): i for i, job in enumerate(plan)}
                for future in as_completed(futures):
                    runs[futures[future]] = _tick(bar, future.result())
    return [run for run in runs if run is not None]


def _tick(bar: object, run: NotebookRun) -> NotebookRun:
    """Advance the progress bar by one finished run; return the run."""
    bar.set_postfix_str(f"{run.report}/{run.notebook} {run.status}", refresh=False)
    bar.update(1)
    return run
