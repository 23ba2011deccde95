"""Corpus manifests: which stored articles make up the corpus of a source, in load order.

``build_corpus`` writes one per source (``manifests/<fingerprint>.parquet`` in the store), and a
notebook kernel's ``load_corpus`` finds it again from the fingerprint of the source's files
(names, sizes, modification times, and the folders' metadata files), so it opens the corpus
without loading or parsing a single article. Any change to the files gives a new fingerprint.

Tables made over a whole corpus (``corpus_actors``) are recorded beside its manifest, keyed by the
fingerprint and a digest of the code that made them (``manifests/<fingerprint>.<table>.<digest>.parquet``),
so each notebook kernel reads them (or queries them in DuckDB) instead of making them again.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .segments import Store

MANIFESTS = "manifests"
MANIFEST_COLUMNS = ("article_id", "article_key", "path")


def fingerprint(files: Sequence[Path], *, extra: str = "") -> str:
    """Digest of the article files and every file beside them (metadata.csv, sidecars): names,
    sizes and modification times, plus ``extra`` (options that change the corpus)."""
    digest = hashlib.sha256(extra.encode())
    for folder in sorted({path.parent for path in files}):
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.is_file():
                status = entry.stat()
                digest.update(f"{entry.path}|{status.st_size}|{status.st_mtime_ns}\n".encode())
    for path in files:
        digest.update(f"{path}\n".encode())
    return digest.hexdigest()[:24]


def write(store: Store, key: str, manifest: pd.DataFrame, *, errors: pd.DataFrame, model: str) -> None:
    """Record the corpus ``manifest`` (``MANIFEST_COLUMNS``, load order), its load errors and model."""
    table = pa.Table.from_pandas(manifest.loc[:, list(MANIFEST_COLUMNS)], preserve_index=False)
    meta = {"errors": errors.to_dict(orient="list"), "model": model}
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), b"corpus": json.dumps(meta).encode()})
    _put(store, f"{store.root}/{MANIFESTS}/{key}.parquet", table)


def _put(store: Store, path: str, table: pa.Table) -> None:
    """Write ``table`` at ``path`` atomically (a temporary file renamed into place)."""
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    store.fs.makedirs(f"{store.root}/{MANIFESTS}", exist_ok=True)
    staging = f"{path}.{os.getpid()}.tmp"
    store.fs.pipe_file(staging, buffer.getvalue())
    store.fs.mv(staging, path)


def derived_path(store: Store, key: str, table: str, digest: str) -> str:
    """Where the corpus of manifest ``key`` records ``table`` made by code of ``digest``."""
    return f"{store.root}/{MANIFESTS}/{key}.{table}.{digest}.parquet"


def write_derived(store: Store, key: str, table: str, digest: str, frame: pd.DataFrame) -> str:
    """Record a table made over the corpus of manifest ``key``; return its path."""
    path = derived_path(store, key, table, digest)
    _put(store, path, pa.Table.from_pandas(frame, preserve_index=False))
    return path


def read_derived(store: Store, key: str, table: str, digest: str) -> pd.DataFrame | None:
    """The recorded ``table`` of the corpus of manifest ``key``, or None when there is none."""
    path = derived_path(store, key, table, digest)
    if not store.fs.exists(path):
        return None
    return pq.read_table(path, filesystem=store.fs).to_pandas()


def read(store: Store, key: str) -> tuple[pd.DataFrame, pd.DataFrame, str] | None:
    """The manifest, load errors and model recorded under ``key``, or None when there is none."""
    path = f"{store.root}/{MANIFESTS}/{key}.parquet"
    try:
        table = pq.read_table(path, filesystem=store.fs)
    except (OSError, ValueError, pa.ArrowException):
        return None
    meta = json.loads(table.schema.metadata[b"corpus"])
    return table.to_pandas(), pd.DataFrame(meta["errors"]), meta["model"]
