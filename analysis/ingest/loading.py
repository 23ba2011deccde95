"""Finding the input files and loading each into articles; every problem becomes a ``LoadError``."""

from __future__ import annotations

import datetime
import glob
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from analysis import errors as msg
from analysis.paths import ROOT, resolve

from . import formats
from .cleaning import squash, strip_site_name
from .decoding import decode, os_detail, read_text, repair_mojibake
from .metadata import external_meta, is_metadata_file, unusable_published
from .records import Article, Batch, LoadError, Meta, Parsed, Reject

_GLOB_MAGIC = re.compile(r"[*?\[]")
_SNIFF_BYTES = 1 << 20  # a file of unknown suffix is sniffed from its first megabyte


def load_articles(source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Batch:
    """Load a folder, a glob pattern, a file, or a list of any of these; duplicates load once."""
    files, errors = expand(source)
    articles: list[Article] = []
    for path in files:
        batch = _load_path(path)
        articles.extend(batch.articles)
        errors.extend(batch.errors)
    kept, duplicates = _drop_duplicates(articles)
    return Batch(tuple(kept), tuple(dict.fromkeys(errors + duplicates)))


def load_file(path: str | os.PathLike[str]) -> Batch:
    """Load one file (several articles for a ``.json`` list or ``.jsonl``); never raises."""
    batch = _load_path(resolve(path))
    kept, duplicates = _drop_duplicates(list(batch.articles))
    return Batch(tuple(kept), batch.errors + tuple(duplicates))


def _display(path: Path) -> str:
    """Return ``path`` as POSIX text, relative to the project root when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(ROOT).as_posix()
    except ValueError:
        return absolute.as_posix()


def expand(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> tuple[list[Path], list[LoadError]]:
    """Turn the inputs into a sorted, duplicate-free list of files plus errors for empty inputs."""
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    files: list[Path] = []
    errors: list[LoadError] = []
    for item in items:
        found, error = _expand_one(item)
        files.extend(found)
        errors.extend([error] if error else [])
    unique = {Path(os.path.abspath(p)): None for p in files}
    return sorted(unique, key=_display), errors


def _expand_one(item: str | os.PathLike[str]) -> tuple[list[Path], LoadError | None]:
    """Files for one input: a folder's article files, a glob's matches, or the path itself."""
    path = resolve(item)
    if path.is_dir():
        return _folder_files(path)
    if path.exists() or path.is_symlink() or not _GLOB_MAGIC.search(os.fspath(item)):
        return [path], None
    matches = (Path(p) for p in sorted(glob.glob(os.fspath(path), recursive=True)))
    files = [p for p in matches if p.is_file() and not is_metadata_file(p)]
    return files, (None if files else LoadError(_display(path), msg.LOAD_NO_MATCH))


def _folder_files(folder: Path) -> tuple[list[Path], LoadError | None]:
    """Non-hidden, non-metadata files directly inside ``folder``, or an error if there are none."""
    try:
        children = sorted(folder.iterdir())
    except OSError as exc:
        return [], LoadError(_display(folder), msg.LOAD_UNREADABLE.format(detail=os_detail(exc)))
    files = [
        c
        for c in children
        if not c.name.startswith(".") and not c.is_dir() and not is_metadata_file(c)
    ]
    return files, (None if files else LoadError(_display(folder), msg.LOAD_EMPTY_FOLDER.format(suffixes=formats.supported())))


def _drop_duplicates(articles: list[Article]) -> tuple[list[Article], list[LoadError]]:
    """Keep the first article of each ``article_id``; later copies become duplicate errors."""
    first: dict[str, str] = {}
    kept: list[Article] = []
    errors: list[LoadError] = []
    for article in articles:
        if article.article_id in first:
            reason = msg.LOAD_DUPLICATE.format(original=first[article.article_id])
            errors.append(LoadError(article.path, reason))
        else:
            first[article.article_id] = article.path
            kept.append(article)
    return kept, errors


def _load_path(path: Path) -> Batch:
    """Load one file into a ``Batch`` (no duplicate check): every record of it through its format."""
    label = _display(path)
    try:
        kind = _check_file(path)
        text, repaired = repair_mojibake(read_text(path))
        records = kind.read(text)
    except Reject as exc:
        return Batch((), (LoadError(label, exc.reason),))
    external, meta_reasons = external_meta(path) if kind.metadata_files else (Meta(), [])
    articles: list[Article] = []
    errors: list[LoadError] = []
    for number, parsed in records:
        record_label = label if number is None else f"{label}#{number}"
        try:
            if isinstance(parsed, Reject):
                raise parsed
            articles.append(_finish(parsed, label=record_label, external=external))
        except Reject as exc:
            errors.append(LoadError(record_label, exc.reason))
            continue
        errors.extend(_warnings(record_label, [*parsed.warnings, *meta_reasons]))
        errors.extend(_notes(articles[-1], repaired=repaired))
    return Batch(tuple(articles), tuple(errors))


def _notes(article: Article, *, repaired: bool) -> tuple[LoadError, ...]:
    """Notes on an article that loaded: repaired mojibake, a publication date that cannot anchor."""
    why = unusable_published(article.published)
    notes = [msg.LOAD_MOJIBAKE] if repaired else []
    notes += [msg.LOAD_DATE_UNUSABLE.format(date=article.published, why=why)] if why else []
    return tuple(LoadError(article.path, note) for note in notes)


def anchor_date(article: Article) -> datetime.date | None:
    """The date relative dates of ``article`` are resolved from: its publication date unless that
    is unusable (in the future or before 1900, see ``metadata.unusable_published``)."""
    return None if unusable_published(article.published) else article.published


def _check_file(path: Path) -> formats.Format:
    """The format of ``path``; rejects folders, missing paths and unknown extensions before reading."""
    if path.is_dir():
        raise Reject(msg.LOAD_UNREADABLE.format(detail="it is a folder, not a file"))
    if not path.exists():
        raise Reject(msg.LOAD_NOT_FOUND)
    kind = formats.for_suffix(path.suffix)
    if kind is None:
        raise Reject(_unknown_suffix(path))
    return kind


def _unknown_suffix(path: Path) -> str:
    """The reason for a file of unknown suffix, naming the format its text looks like (if not plain)."""
    suffix, supported = path.suffix or "(none)", formats.supported()
    try:
        with open(path, "rb") as handle:
            text = decode(handle.read(_SNIFF_BYTES))
    except (OSError, Reject, UnicodeDecodeError):
        text = ""
    kind = formats.sniff(text) if text.strip() else None
    if kind is None or kind is formats.PLAIN_TEXT:
        return msg.LOAD_UNKNOWN_EXTENSION.format(suffix=suffix, suffixes=supported)
    return msg.LOAD_RENAME.format(suffix=suffix, format=kind.name, rename=kind.suffixes[0], suffixes=supported)


def _warnings(label: str, reasons: Sequence[str]) -> tuple[LoadError, ...]:
    """Errors for metadata that was ignored while the article itself loaded."""
    return tuple(LoadError(label, msg.LOAD_LOADED_WITHOUT.format(reason=r)) for r in reasons)


def _finish(parsed: Parsed, *, label: str, external: Meta) -> Article:
    """Build the ``Article`` from parsed content and external metadata (which wins)."""
    meta = parsed.meta.updated(external)
    headline = strip_site_name(squash(external.title or parsed.headline or ""), source=meta.source)
    if not headline:
        raise Reject(msg.LOAD_NO_HEADLINE)
    if not parsed.body.paragraphs:
        raise Reject(msg.LOAD_NO_BODY)
    text = "\n\n".join(parsed.body.paragraphs)
    return Article(
        article_id=_article_id(headline, text),
        path=label,
        headline=headline,
        text=text,
        published=meta.published,
        source=meta.source,
        url=meta.url,
        authors=meta.authors or parsed.body.authors,
        credits=parsed.body.credits,
    )


def _article_id(headline: str, text: str) -> str:
    """First 16 hex digits of SHA-256 of the case-folded, whitespace-collapsed headline and body."""
    key = f"{squash(headline).casefold()}\n{squash(text).casefold()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
