"""End-to-end time of the README's first command on the sample article, split into its parts.

Parts: environment (the set-up step when the environment is current), analysis (``python -m
analysis tables`` with an empty cache: model load, parsing, every table), kernel start (one
Jupyter kernel to ready), notebook execution and rendering (the runner's per-notebook times
minus rendering, and nbconvert alone on the executed notebooks), and the whole command.
Prints figures; asserts nothing.

    .venv/bin/python benchmarks/end_to_end.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jupyter_client.manager import KernelManager

from analysis import paths, reports


def timed(command: list[str], **kwargs: object) -> float:
    """Seconds one command takes (it must succeed)."""
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=paths.ROOT, **kwargs)
    return time.perf_counter() - began


def kernel_start() -> float:
    """Seconds from starting a python3 kernel (over the runner's transport) to its first reply."""
    began = time.perf_counter()
    manager = KernelManager(kernel_name=reports.KERNEL_NAME, transport=reports.KERNEL_TRANSPORT)
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    elapsed = time.perf_counter() - began
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    return elapsed


def rendering(folder: Path) -> float:
    """Seconds nbconvert takes to render every executed notebook in ``folder``."""
    began = time.perf_counter()
    for executed in sorted(folder.glob("*.ipynb")):
        reports.render_html(executed, folder / f"{executed.stem}.rerendered.html")
    return time.perf_counter() - began


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "reports"
        environment = timed(["make", "--silent", "setup"])
        analysis = timed([sys.executable, "-m", "analysis", "tables", "--out", str(Path(tmp) / "tables"), "--no-cache"])
        kernel = kernel_start()
        whole = timed([sys.executable, "-m", "analysis", "run", "--out", str(out), "--jobs", "1"])
        render = rendering(out / "corpus")
    print(f"environment check (make setup, current): {environment:6.1f} s")
    print(f"analysis, all tables, cold (python -m analysis tables): {analysis:6.1f} s")
    print(f"kernel start (python3 kernel to ready):   {kernel:6.1f} s per notebook")
    print(f"rendering (nbconvert, 4 notebooks):       {render:6.1f} s")
    print(f"whole run (python -m analysis run, --jobs 1, warm cache): {whole:6.1f} s")


if __name__ == "__main__":
    main()
