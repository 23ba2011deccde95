"""The committed model files under ``analysis/models/``: one reader for their JSON weights."""

from __future__ import annotations

import json
from pathlib import Path

from . import errors


def read_weights(path: Path, missing: str) -> dict:
    """The JSON dict of a model's weights at ``path``; ``errors.MissingFileError`` (a
    ``FileNotFoundError``) with the message ``missing``, formatted with ``path``, when it is absent."""
    if not path.exists():
        raise errors.MissingFileError(missing.format(path=path))
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)
