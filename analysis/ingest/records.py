"""The records loading produces and passes around: articles, load errors, parsed pieces."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields, replace


@dataclass(frozen=True)
class Article:
    """One loaded article: headline, analysed body text and metadata (see ``analysis.ingest``)."""

    article_id: str
    path: str
    headline: str
    text: str
    published: datetime.date | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body's paragraphs, in order (``text`` split at blank lines)."""
        return tuple(self.text.split("\n\n")) if self.text else ()


@dataclass(frozen=True)
class LoadError:
    """An input that could not be loaded (or was loaded with something ignored), and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Batch:
    """The outcome of loading: the articles, in sorted path order, and the errors."""

    articles: tuple[Article, ...]
    errors: tuple[LoadError, ...]


@dataclass(frozen=True)
class Meta:
    """Metadata from one place; ``None`` means "not given here"."""

    title: str | None = None
    published: datetime.date | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] | None = None

    def updated(self, other: Meta) -> Meta:
        """Return this metadata with every field ``other`` gives replaced by ``other``'s value."""
        given = {f.name: getattr(other, f.name) for f in fields(other)}
        return replace(self, **{k: v for k, v in given.items() if v is not None})


@dataclass(frozen=True)
class Body:
    """A cleaned body: paragraphs, byline authors and credit lines."""

    paragraphs: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Parsed:
    """What a format parser found in a file (or record), before metadata files are applied."""

    headline: str | None
    body: Body
    meta: Meta = field(default_factory=Meta)
    warnings: tuple[str, ...] = ()


class Reject(Exception):
    """Internal: this input cannot be loaded; ``reason`` is a message from ``analysis.errors``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
