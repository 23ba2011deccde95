"""Shared fixtures: the spaCy model (loaded once per session) and the shipped sample article."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from analysis import nlp as nlp_module
from analysis import paths

SAMPLE_ARTICLE: Path = paths.ARTICLES_DIR / "2025-03-12_putin-visits-kursk.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The project's spaCy pipeline, resolved as at run time."""
    return nlp_module.load_model()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """Path of the shipped sample article."""
    return SAMPLE_ARTICLE
