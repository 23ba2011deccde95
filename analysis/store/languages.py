"""The detected language of every article the store has seen, so a re-run detects only new ones.

``build_corpus`` tells English from other languages for every loaded article before it analyses
any (``analysis.ingest.language``); the answers are kept by article key in
``languages/<detector digest>.parquet`` in the store (``article_key``, ``code``, ``name``). The
digest is of the detector's module, so a change to the detector starts a new file. Writes merge
with what is there and rename into place; a write lost to a concurrent one only costs a detection.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..ingest import language
from .segments import Store

FOLDER = "languages"
SCHEMA = pa.schema([("article_key", pa.string()), ("code", pa.string()), ("name", pa.string())])


@lru_cache(maxsize=1)
def detector_digest() -> str:
    """Digest of the language detector's source (its rules and language list)."""
    return hashlib.sha256(Path(language.__file__).read_bytes()).hexdigest()[:16]


def _path(store: Store) -> str:
    return f"{store.root}/{FOLDER}/{detector_digest()}.parquet"


def read(store: Store) -> dict[str, language.Detected]:
    """The known languages by article key (empty when none are recorded or the file is unreadable)."""
    try:
        frame = pq.read_table(_path(store), filesystem=store.fs, schema=SCHEMA).to_pandas()
    except (OSError, ValueError, pa.ArrowException):
        return {}
    return {key: (code, name) for key, code, name in frame.itertuples(index=False)}


def write(store: Store, found: Mapping[str, language.Detected], *, known: Mapping[str, language.Detected]) -> None:
    """Record ``found`` (by article key) beside ``known`` (what ``read`` gave); nothing new, no write."""
    if set(found) <= set(known):
        return
    every = {**known, **found}
    frame = pd.DataFrame([(key, *every[key]) for key in sorted(every)], columns=SCHEMA.names)
    store._put(_path(store), pa.Table.from_pandas(frame, schema=SCHEMA, preserve_index=False))
