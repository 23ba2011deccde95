"""Project locations, resolved from this file so notebooks, papermill and tests agree.

Nothing here depends on the current working directory. ``NEWS_ANALYSIS_SHARED`` overrides
where the shared evaluation data lives (by default ``../shared`` beside the project), and
``NEWS_ANALYSIS_CACHE`` where processed tables are cached (by default ``data/processed/``).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT: Path = Path(__file__).resolve().parent.parent
DATA_DIR: Path = ROOT / "data"
ARTICLES_DIR: Path = DATA_DIR / "articles"
CACHE_DIR: Path = Path(os.environ.get("NEWS_ANALYSIS_CACHE", DATA_DIR / "processed")).resolve()
REPORTS_DIR: Path = ROOT / "reports"
NOTEBOOKS_DIR: Path = ROOT / "notebooks"
BENCHMARKS_DIR: Path = ROOT / "benchmarks"
RESULTS_DIR: Path = ROOT / "docs" / "results"
SHARED_DIR: Path = Path(os.environ.get("NEWS_ANALYSIS_SHARED", ROOT.parent / "shared")).resolve()
BENCHMARK_DATA_DIR: Path = SHARED_DIR / "benchmarks"


def resolve(path: str | os.PathLike[str]) -> Path:
    """Return ``path`` as an absolute path; relative paths are taken from the project root."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (ROOT / p)
