"""The table store: one Parquet dataset per table, partitioned by a bucket of the article key.

Layout under the store's root (a local folder or any fsspec URL, e.g. ``s3://bucket/news``)::

    <table>/bucket=NN/<segment id>.parquet   one segment's rows of ``<table>``
    keys/bucket=NN/<segment id>.parquet      the segment's commit record (one row per article)

A segment holds the tables of a batch of articles of one bucket. Every row carries
``article_key``, ``article_date`` (the publication date) and ``seq`` (its order within its
article), so readers prune by key or date and restore the exact row order. Each file is written
to a temporary name and renamed into place, and the commit record is written last: a segment
counts only once its record exists, so a writer killed half-way leaves no readable half segment,
and the re-run writes the same files (same keys, same segment id, same bytes).
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import fsspec
from fsspec.implementations.local import LocalFileSystem
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import tables
from .keys import bucket_name, bucket_of, segment_id

#: Tables held in the store: the analysis tables plus the ``articles`` table (without ``errors``).
STORED_TABLES: tuple[str, ...] = ("articles", *tables.ARTICLE_TABLES)
#: Columns every stored row carries besides its table's own.
EXTRA: tuple[str, ...] = ("article_key", "article_date", "seq")
KEYS = "keys"
KEYS_SCHEMA = pa.schema([("article_key", pa.string()), ("article_id", pa.string()),
                         ("article_date", pa.date32())])
#: A bucket's segments of fewer articles are merged once it has more than ``MAX_SMALL`` of them.
SMALL_SEGMENT = 4096
MAX_SMALL = 8


@dataclass(frozen=True)
class SegmentRef:
    """One committed segment: its bucket, id and article count."""

    bucket: int
    segment: str
    n_articles: int


class Store:
    """A table store at a local path or fsspec URL (see the module docstring for the layout)."""

    def __init__(self, url: str) -> None:
        self.url = str(url)
        self.fs, self.root = fsspec.core.url_to_fs(self.url)

    def path(self, table: str, bucket: int, segment: str) -> str:
        """Path (within the store's filesystem) of one segment's file of ``table``."""
        return f"{self.root}/{table}/{bucket_name(bucket)}/{segment}.parquet"

    def write_segment(self, frames: Mapping[str, pd.DataFrame], index: pd.DataFrame) -> list[SegmentRef]:
        """Write the tables of the articles in ``index`` (``article_key``, ``article_id``,
        ``article_date``) as one segment per bucket; ``frames`` carry the ``EXTRA`` columns.
        Table files first, the commit record last; each file is renamed into place."""
        refs = []
        for bucket, part in index.groupby(index["article_key"].map(bucket_of), sort=True):
            keys = set(part["article_key"])
            refs.append(SegmentRef(int(bucket), segment_id(keys), len(keys)))
            for name in STORED_TABLES:
                frame = frames[name]
                rows = frame[frame["article_key"].isin(keys)].reset_index(drop=True)
                self._put(self.path(name, refs[-1].bucket, refs[-1].segment), _arrow(rows))
            record = pa.Table.from_pandas(part.sort_values("article_key")[KEYS_SCHEMA.names],
                                          schema=KEYS_SCHEMA, preserve_index=False)
            self._put(self.path(KEYS, refs[-1].bucket, refs[-1].segment), record)
        return refs

    def _put(self, path: str, table: pa.Table) -> None:
        """Write ``table`` as Parquet at ``path`` through a temporary name renamed into place."""
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        folder, name = path.rsplit("/", 1)
        self.fs.makedirs(folder, exist_ok=True)
        staging = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"
        self.fs.pipe_file(staging, buffer.getvalue())
        self.fs.mv(staging, path)

    def index(self) -> pd.DataFrame:
        """Every committed article: ``article_key``, ``article_id``, ``article_date``, ``bucket``,
        ``segment``; one row per key (when two segments hold a key, the first by id owns it).
        An unreadable commit record counts as an absent segment."""
        pieces = [frame.assign(bucket=bucket, segment=segment)
                  for (bucket, segment), frame in self._commit_records("bucket=*")]
        if not pieces:
            return pd.DataFrame(columns=[*KEYS_SCHEMA.names, "bucket", "segment"])
        every = pd.concat(pieces, ignore_index=True)
        return every.drop_duplicates("article_key", keep="first").reset_index(drop=True)

    def _commit_records(self, buckets: str) -> Iterable[tuple[tuple[int, str], pd.DataFrame]]:
        """((bucket, segment), commit record) of each readable record in the ``buckets`` folders (a glob)."""
        for path in sorted(self.fs.glob(f"{self.root}/{KEYS}/{buckets}/seg-*.parquet")):
            try:
                frame = pq.read_table(path, filesystem=self.fs, schema=KEYS_SCHEMA).to_pandas()
            except (OSError, ValueError, pa.ArrowException):
                continue
            yield _bucket_and_segment(path), frame

    def committed(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` a committed segment holds (reading only their buckets' commit records)."""
        wanted = set(keys)
        found: set[str] = set()
        for bucket in sorted({bucket_of(key) for key in wanted}):
            for _, frame in self._commit_records(bucket_name(bucket)):
                found |= wanted.intersection(frame["article_key"])
        return found

    def segments(self, index: pd.DataFrame | None = None) -> list[SegmentRef]:
        """The committed segments (from ``index``, read when not given)."""
        index = self.index() if index is None else index
        counts = index.groupby(["bucket", "segment"], sort=True).size()
        return [SegmentRef(int(b), str(s), int(n)) for (b, s), n in counts.items()]

    def files(self, table: str, segments: Iterable[SegmentRef]) -> list[str]:
        """The files of ``table`` in ``segments`` (local paths or full URLs, for DuckDB)."""
        paths = [self.path(table, ref.bucket, ref.segment) for ref in segments]
        return paths if self.is_local() else [self.fs.unstrip_protocol(path) for path in paths]

    def is_local(self) -> bool:
        """True for a store on the local file system."""
        return isinstance(self.fs, LocalFileSystem)

    def read(self, table: str, index: pd.DataFrame) -> pd.DataFrame:
        """Rows of ``table`` for the articles of ``index`` (rows of ``Store.index``), with the
        ``EXTRA`` columns, segment by segment (only the files of those articles' segments)."""
        pieces = []
        for (bucket, segment), part in index.groupby(["bucket", "segment"], sort=True):
            keys = sorted(part["article_key"])
            pieces.append(pd.read_parquet(self.path(table, int(bucket), str(segment)), filesystem=self.fs,
                                          filters=[("article_key", "in", keys)]))
        return tables.concat(pieces, table, extra=EXTRA)

    def compact(self, buckets: Iterable[int], *, index: pd.DataFrame | None = None) -> list[SegmentRef]:
        """Merge each of ``buckets``' small segments into one once it has more than ``MAX_SMALL``
        of them (so a bucket holds few files and a merge rewrites a bounded amount); the merged
        segment is committed before the old ones are removed. Return the merged segments."""
        index = self.index() if index is None else index
        merged = []
        for bucket in sorted(set(buckets)):
            small = [ref for ref in self.segments(index) if ref.bucket == bucket and ref.n_articles < SMALL_SEGMENT]
            if len(small) <= MAX_SMALL:
                continue
            part = index[index["segment"].isin({ref.segment for ref in small})]
            frames = {name: self.read(name, part) for name in STORED_TABLES}
            merged += self.write_segment(frames, part[KEYS_SCHEMA.names])
            self.remove([ref for ref in small if ref.segment != merged[-1].segment])
        return merged

    def remove(self, segments: Sequence[SegmentRef]) -> None:
        """Remove segments: the commit records first, then the table files."""
        for ref in segments:
            self.fs.rm(self.path(KEYS, ref.bucket, ref.segment))
        for ref in segments:
            for name in STORED_TABLES:
                if self.fs.exists(self.path(name, ref.bucket, ref.segment)):
                    self.fs.rm(self.path(name, ref.bucket, ref.segment))


def _arrow(frame: pd.DataFrame) -> pa.Table:
    """A stored frame as an Arrow table with the pruning columns typed (dates as ``date32``)."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    column = table.schema.get_field_index("article_date")
    return table.set_column(column, "article_date", table.column(column).cast(pa.date32()))


def _bucket_and_segment(path: str) -> tuple[int, str]:
    """Bucket number and segment id from a file path ``…/bucket=NN/seg-….parquet``."""
    folder, name = path.rsplit("/", 2)[-2:]
    return int(folder.split("=", 1)[1]), name.removesuffix(".parquet")


def with_extra(frame: pd.DataFrame, keys: Mapping[str, str], dates: Mapping[str, object]) -> pd.DataFrame:
    """``frame`` with the ``EXTRA`` columns: key and publication date of each row's article
    (from ``article_id``) and the row's order within its article."""
    return frame.assign(article_key=frame["article_id"].map(keys),
                        article_date=frame["article_id"].map(dates).astype(object),
                        seq=frame.groupby("article_id", sort=False).cumcount().astype("int32"))
