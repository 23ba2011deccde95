"""The shipped sample article parsed, for the sentiment tests that read a whole article."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc


@pytest.fixture(scope="module")
def sample_doc(nlp: Language, sample_path: Path) -> Doc:
    return nlp(sample_path.read_text(encoding="utf-8"))
