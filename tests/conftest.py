"""Shared fixtures: the spaCy model (loaded once per session) and the shipped sample article."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

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


def _import_script(name: str) -> ModuleType:
    """The script ``benchmarks/<name>.py`` imported as the module ``<name>`` (its ``main`` is not
    run), once per session. A sibling the script imports at the top ("from quotes import ...")
    must be imported first by this function, under its own name."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, paths.BENCHMARKS_DIR / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it is executed
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def benchmark_script() -> Callable[[str], ModuleType]:
    """A loader of benchmark scripts by name (``_import_script``)."""
    return _import_script
