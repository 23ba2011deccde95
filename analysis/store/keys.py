"""Keys of the store: an article's key, its partition bucket, and a segment's id.

An article's key is derived from its content id, publication date and headline (what changes its
analysis besides the code), so the same article always lands in the same bucket and the same
batch of articles always gives the same segment id, hence the same file names: writes are
idempotent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..articles import Article

#: Partitions per table (``bucket=00`` … ``bucket=15``), chosen by the key's first hex digit.
N_BUCKETS = 16


def article_key(article: Article) -> str:
    """Store key of one article: its content id plus what else changes the analysis (the date)."""
    published = article.published.isoformat() if article.published else ""
    raw = f"{article.article_id}|{published}|{article.headline}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def bucket_of(key: str) -> int:
    """The partition bucket of an article key (uniform, since keys are hashes)."""
    return int(key[0], 16) * N_BUCKETS // 16


def bucket_name(bucket: int) -> str:
    """The Hive-style folder name of a bucket (``bucket=07``)."""
    return f"bucket={bucket:02d}"


def segment_id(keys: Iterable[str]) -> str:
    """Id of the segment holding exactly the article ``keys`` (order and repeats do not matter)."""
    return "seg-" + hashlib.sha256("|".join(sorted(set(keys))).encode()).hexdigest()[:16]
