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

import glob
import hashlib
import io
import json
import os
from collections.abc import Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .segments import Store

MANIFESTS = "manifests"
MANIFEST_COLUMNS = ("article_id", "article_key", "path")


def fingerprint(sources: Sequence[str], *, extra: str = "") -> str:
    """Digest of a source (resolved folders, files or globs) and every file beside its articles
    (metadata.csv, sidecars): the names, sizes and modification times of the entries of each folder
    involved, plus ``extra`` (options that change the corpus). ``os.scandir`` only, no listing
    through the loader: 50,000 files take well under a second (the loader's sorted listing took
    tens of seconds, in every notebook kernel)."""
    digest = hashlib.sha256(extra.encode())
    for source in sources:
        digest.update(f"{source}\n".encode())
        for folder in _folders(source):
            for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                if entry.is_file():
                    status = entry.stat()
                    digest.update(f"{entry.path}|{status.st_size}|{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def _folders(source: str) -> list[str]:
    """The folders whose entries make up ``source``: itself, a file's folder, or a glob's matches' folders."""
    if os.path.isdir(source):
        return [source]
    if os.path.exists(source):
        return [os.path.dirname(source) or os.curdir]
    return sorted({os.path.dirname(match) or os.curdir for match in glob.glob(source, recursive=True)})


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


def read(store: Store, key: str) -> tuple[pd.DataFrame, pd.DataFrame, str] | None:
    """The manifest, load errors and model recorded under ``key``, or None when there is none."""
    path = f"{store.root}/{MANIFESTS}/{key}.parquet"
    try:
        table = pq.read_table(path, filesystem=store.fs)
    except (OSError, ValueError, pa.ArrowException):
        return None
    meta = json.loads(table.schema.metadata[b"corpus"])
    return table.to_pandas(), pd.DataFrame(meta["errors"]), meta["model"]


def write_derived(store: Store, key: str, table: str, digest: str, frame: pd.DataFrame) -> str:
    """Record a table made over the corpus of manifest ``key`` (removing the records of ``table``
    that older code or an older set of articles made for it); return its path."""
    path = derived_path(store, key, table, digest)
    _put(store, path, pa.Table.from_pandas(frame, preserve_index=False))
    for old in store.fs.glob(derived_path(store, key, table, "*")):
        if old.rstrip("/").split("/")[-1] != path.split("/")[-1]:
            store.fs.rm(old)
    return path


def read_derived(store: Store, key: str, table: str, digest: str) -> pd.DataFrame | None:
    """The recorded ``table`` of the corpus of manifest ``key``, or None when there is none (or it
    cannot be read: it is made again)."""
    try:
        return pq.read_table(derived_path(store, key, table, digest), filesystem=store.fs).to_pandas()
    except (OSError, ValueError, pa.ArrowException):
        return None
