"""Shared fixtures: the spaCy model (loaded once per session) and the shipped sample article."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# The test session (and the notebook kernels it starts) caches into a folder of its own, never
# into the project's data/processed/. Set before `analysis` is imported, since paths reads it.
SESSION_CACHE = Path(tempfile.mkdtemp(prefix="news-analysis-test-cache-"))
os.environ["NEWS_ANALYSIS_CACHE"] = str(SESSION_CACHE)

import pytest
from spacy.language import Language

from analysis import nlp as nlp_module  # noqa: E402 - after the cache location is set
from analysis import paths  # noqa: E402

SAMPLE_ARTICLE: Path = paths.ARTICLES_DIR / "2025-03-12_putin-visits-kursk.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The project's spaCy pipeline, resolved as at run time."""
    return nlp_module.load_model()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """Path of the shipped sample article."""
    return SAMPLE_ARTICLE


@pytest.fixture(scope="session", autouse=True)
def session_cache() -> Iterator[Path]:
    """The session's cache folder, removed at the end."""
    assert paths.CACHE_DIR == SESSION_CACHE.resolve()
    yield SESSION_CACHE
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)
