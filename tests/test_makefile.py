"""``make lab`` starts JupyterLab, also as root (containers run as root)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

from analysis import paths


def lab_command() -> list[str]:
    """The JupyterLab command ``make lab`` runs (a dry run: nothing is installed or started)."""
    dry = subprocess.run(["make", "-n", "lab"], cwd=paths.ROOT, capture_output=True, text=True, check=True)
    [line] = [line for line in dry.stdout.splitlines() if "jupyter lab" in line]
    return shlex.split(line)


def test_make_lab_allows_root_exactly_when_run_as_root() -> None:
    assert ("--allow-root" in lab_command()) == (os.geteuid() == 0)


def test_the_lab_command_starts_a_server(tmp_path: Path) -> None:
    command = [sys.executable, *lab_command()[1:], "--no-browser", "--port=0", "--ServerApp.open_browser=False",
               f"--ServerApp.root_dir={paths.NOTEBOOKS_DIR}"]
    command = [c for c in command if not c.startswith("--notebook-dir")]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path)})
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            line = server.stdout.readline()
            seen.append(line)
            if "http://" in line:
                break
    finally:
        server.terminate()
        server.wait(timeout=30)
    output = "".join(seen)
    assert "is running at" in output and "http://" in output, output
