"""Load news articles from files into ``Article`` records; every problem becomes a ``LoadError``.

Formats (chosen by extension, case-insensitive)
    ``.txt``   the first non-empty line that is not boilerplate is the headline, the rest the body.
               Paragraphs are separated by blank lines or by single newlines: without blank lines in
               the body every line is a paragraph; with blank-line separated blocks, a line inside a
               block that does not end a sentence (``. ! ? … : ;``, then closing quotes/brackets) is
               taken as hard-wrapped and joined to the next line with a space.
    ``.md``    optional YAML front matter between ``---`` lines (``title``, ``published``,
               ``source``, ``url``, ``authors``; other keys are ignored). The body is parsed by
               markdown-it-py (CommonMark) and the plain text of each paragraph and heading is kept:
               emphasis markup goes, links keep their text; images, raw HTML and code blocks are
               dropped. Headings stay in the body as paragraphs of their own, except the one used
               as headline: without a ``title`` the headline is the first block if it is a
               heading, else the first source line; with a ``title``, a first heading repeating it
               is dropped.
    ``.json``  one article object or a list of them; ``.jsonl`` one object per line. news-please
               and newspaper4k names are accepted: ``title``/``headline``; ``maintext``/``text``;
               ``date_publish``/``publish_date``/``published``; ``source_domain``/``source``;
               ``url``; ``authors``. Other fields (``description``, ...) are ignored.
    ``.html``  main text and metadata from trafilatura's ``bare_extraction`` on the file's text
               (never a URL, so nothing touches the network); a first line repeating the title is
               dropped.

Metadata files, for single-article files (``.txt``, ``.md``, ``.html``): a sidecar
``<stem>.meta.yaml`` (or ``.meta.yml``) with the front-matter keys, and one ``metadata.csv`` per
folder with a ``file`` column (the article's file name) plus those keys. Precedence, lowest first:
the file's own metadata (front matter, byline, HTML metadata), ``metadata.csv``, the sidecar. A
given ``title`` replaces the parsed headline (the headline line still leaves the body). ``authors``
is a YAML list or a ``;``-separated string. Dates are ISO: ``YYYY-MM-DD``, or an ISO datetime whose
date is taken. Sidecars and ``metadata.csv`` are never loaded as articles from folders or globs.

Cleaning (the same for every format, line by line or paragraph by paragraph)
    * Boilerplate: a line of at most 12 words that, stripped of bullets and end punctuation, fully
      matches a pattern of site furniture ("Source link", "Advertisement", "Read more ...", "Share
      this article", "Subscribe ...", "Sign up for ...", "Follow us on ...", "Related: ...", "All
      rights reserved", "© ...", comment counters, ...) is dropped wherever it stands.
    * Credit lines go to ``credits``, not the body: "<names> contributed (additional) reporting /
      research / writing ..." (at most 12 more words), "... contributed to this report / article /
      story", and agency lines "(Additional) Reporting / Research / Writing / Editing by <names>"
      (several joined by ";", optionally in brackets) whose names are capitalised words with
      "and" / "in" / "from" / "at" between them (so "Reporting by the BBC showed ..." stays in the
      body); at most 60 words.
    * Bylines: before the first body paragraph, "By <Name>[, <Name>][ and|& <Name>]" whose names are
      capitalised words (particles such as "de", "van", "al" allowed; a lone weekday or month is not
      a name) gives ``authors``, and its text goes to ``credits``. Metadata ``authors`` win.
    * Whitespace runs (no-break spaces too) become one space; text is Unicode NFC; quotes and
      dashes are kept as they are.

Decoding: UTF-16 when the file has a UTF-16 BOM; otherwise NUL bytes mean binary; then UTF-8 (BOM
optional), else Windows-1252; more than 1% control characters means binary. ``\\r\\n`` and ``\\r``
line endings become ``\\n``.

Identity and errors
    * ``article_id``: the first 16 hex digits of SHA-256 of the case-folded, whitespace-collapsed
      headline and body, so one article has one id in any format, run or machine.
    * Nothing raises for bad input: each problem is a ``LoadError(path, reason)`` with a reason from
      ``analysis.errors``. Every input path ends up loaded or in errors; an article loaded with
      ignored metadata (an invalid date, a malformed sidecar) is in both.
    * Duplicates (same ``article_id``) load once, from the first in sorted path order; each later
      copy gets a ``LOAD_DUPLICATE`` error naming that path.
    * Folders are read non-recursively; hidden files (names starting with ".") and subfolders are
      skipped. Relative paths and globs are taken from the project root (``paths.resolve``).
    * ``path`` is POSIX, relative to the project root when inside it, else absolute; records of a
      ``.jsonl`` file or a ``.json`` list get ``#<n>`` (1-based, blank lines not counted).
"""

from __future__ import annotations

import codecs
import csv
import datetime
import glob
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import pandas as pd
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from analysis import errors as msg
from analysis import tables
from analysis.paths import ROOT, resolve

SUFFIXES: tuple[str, ...] = (".txt", ".md", ".json", ".jsonl", ".html")
SIDECAR_SUFFIXES: tuple[str, ...] = (".meta.yaml", ".meta.yml")
METADATA_CSV = "metadata.csv"

ARTICLE_COLUMNS: tuple[str, ...] = tables.COLUMNS["articles"]
ERROR_COLUMNS: tuple[str, ...] = tables.COLUMNS["errors"]
PARAGRAPH_COLUMNS: tuple[str, ...] = tables.COLUMNS["paragraphs"]


@dataclass(frozen=True)
class Article:
    """One loaded article: headline, analysed body text and metadata (see the module docstring)."""

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
class _Meta:
    """Metadata from one place; ``None`` means "not given here"."""

    title: str | None = None
    published: datetime.date | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] | None = None

    def updated(self, other: _Meta) -> _Meta:
        """Return this metadata with every field ``other`` gives replaced by ``other``'s value."""
        given = {f.name: getattr(other, f.name) for f in fields(other)}
        return replace(self, **{k: v for k, v in given.items() if v is not None})


@dataclass(frozen=True)
class _Body:
    """A cleaned body: paragraphs, byline authors and credit lines."""

    paragraphs: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Parsed:
    """What a format parser found in a file (or record), before metadata files are applied."""

    headline: str | None
    body: _Body
    meta: _Meta = field(default_factory=_Meta)
    warnings: tuple[str, ...] = ()


class _Reject(Exception):
    """Internal: this input cannot be loaded; ``reason`` is a message from ``analysis.errors``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def load_articles(source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Batch:
    """Load a folder, a glob pattern, a file, or a list of any of these; duplicates load once."""
    files, errors = _expand(source)
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


def articles_frame(
    articles: Sequence[Article], *, n_sentences: Mapping[str, int] | None = None
) -> pd.DataFrame:
    """One row per article with the columns of ``ARTICLE_COLUMNS`` (sentence counts optional)."""
    counts = n_sentences or {}
    rows = [
        {
            "article_id": a.article_id,
            "path": a.path,
            "headline": a.headline,
            "published": a.published,
            "source": a.source,
            "url": a.url,
            "authors": "; ".join(a.authors),
            "credits": "; ".join(a.credits),
            "text": a.text,
            "n_paragraphs": len(a.paragraphs),
            "n_sentences": counts.get(a.article_id),
            "n_words": len(_WORD.findall(a.text)),
        }
        for a in articles
    ]
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    frame["published"] = pd.Series([a.published for a in articles], index=frame.index, dtype=object)
    return frame.astype({"n_paragraphs": "int64", "n_sentences": "Int64", "n_words": "int64"})


def errors_frame(errors: Sequence[LoadError]) -> pd.DataFrame:
    """One row per load error with the columns of ``ERROR_COLUMNS`` (``path``, ``reason``)."""
    return pd.DataFrame([(e.path, e.reason) for e in errors], columns=list(ERROR_COLUMNS))


def paragraph_starts(article: Article) -> list[int]:
    """Offset of each paragraph in ``Article.text`` (paragraphs are joined by a blank line)."""
    starts, start = [], 0
    for paragraph in article.paragraphs:
        starts.append(start)
        start += len(paragraph) + 2
    return starts


def paragraphs_frame(articles: Sequence[Article]) -> pd.DataFrame:
    """One row per paragraph (columns of ``PARAGRAPH_COLUMNS``); offsets index ``Article.text``."""
    rows = [(article.article_id, number, start, start + len(paragraph), paragraph)
            for article in articles
            for number, (start, paragraph) in enumerate(zip(paragraph_starts(article), article.paragraphs))]
    frame = pd.DataFrame(rows, columns=list(PARAGRAPH_COLUMNS))
    return frame.astype({"paragraph_id": "int64", "start": "int64", "end": "int64"})


# ---------------------------------------------------------------------------------------------
# Finding files
# ---------------------------------------------------------------------------------------------

_GLOB_MAGIC = re.compile(r"[*?\[]")


def _display(path: Path) -> str:
    """Return ``path`` as POSIX text, relative to the project root when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(ROOT).as_posix()
    except ValueError:
        return absolute.as_posix()


def _is_metadata_file(path: Path) -> bool:
    """True for sidecars (``*.meta.yaml``) and ``metadata.csv``, which are not articles."""
    name = path.name.lower()
    return name == METADATA_CSV or name.endswith(SIDECAR_SUFFIXES)


def _expand(
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
    files = [p for p in matches if p.is_file() and not _is_metadata_file(p)]
    return files, (None if files else LoadError(_display(path), msg.LOAD_NO_MATCH))


def _folder_files(folder: Path) -> tuple[list[Path], LoadError | None]:
    """Non-hidden, non-metadata files directly inside ``folder``, or an error if there are none."""
    try:
        children = sorted(folder.iterdir())
    except OSError as exc:
        return [], LoadError(_display(folder), msg.LOAD_UNREADABLE.format(detail=_os_detail(exc)))
    files = [
        c
        for c in children
        if not c.name.startswith(".") and not c.is_dir() and not _is_metadata_file(c)
    ]
    return files, (None if files else LoadError(_display(folder), msg.LOAD_EMPTY_FOLDER))


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


# ---------------------------------------------------------------------------------------------
# Reading one file
# ---------------------------------------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_ALLOWED_CONTROLS = frozenset("\t\n")


def _load_path(path: Path) -> Batch:
    """Load one file into a ``Batch`` (no duplicate check)."""
    label = _display(path)
    try:
        _check_file(path)
        text = _read_text(path)
    except _Reject as exc:
        return Batch((), (LoadError(label, exc.reason),))
    if path.suffix.lower() in (".json", ".jsonl"):
        return _load_json(text, label=label, jsonl=path.suffix.lower() == ".jsonl")
    return _load_single(text, path=path, label=label)


def _check_file(path: Path) -> None:
    """Reject folders, missing paths and unknown extensions before reading."""
    if path.is_dir():
        raise _Reject(msg.LOAD_UNREADABLE.format(detail="it is a folder, not a file"))
    if not path.exists():
        raise _Reject(msg.LOAD_NOT_FOUND)
    if path.suffix.lower() not in SUFFIXES:
        raise _Reject(msg.LOAD_UNKNOWN_EXTENSION.format(suffix=path.suffix or "(none)"))


def _os_detail(exc: OSError) -> str:
    """A short description of an operating-system error."""
    return (exc.strerror or type(exc).__name__).lower()


def _read_text(path: Path) -> str:
    """Read and decode a text file to NFC with ``\\n`` line endings; rejects empty/binary files."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise _Reject(msg.LOAD_NOT_FOUND) from exc
    except OSError as exc:
        raise _Reject(msg.LOAD_UNREADABLE.format(detail=_os_detail(exc))) from exc
    if not data:
        raise _Reject(msg.LOAD_EMPTY)
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", _decode(data)))
    if not text.strip():
        raise _Reject(msg.LOAD_EMPTY)
    return text


def _decode(data: bytes) -> str:
    """Decode UTF-16 (with BOM), UTF-8 (BOM optional) or Windows-1252; reject binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _Reject(msg.LOAD_DECODE.format(detail=f"broken UTF-16: {exc.reason}")) from exc
    if b"\x00" in data:
        raise _Reject(msg.LOAD_BINARY.format(detail="it contains NUL bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            detail = f"byte 0x{data[exc.start]:02x} at offset {exc.start} is invalid in both"
            raise _Reject(msg.LOAD_DECODE.format(detail=detail)) from utf8_error
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\x0b\x0c")
    if controls > 0.01 * len(text):
        raise _Reject(msg.LOAD_BINARY.format(detail=f"{controls} control characters"))
    return text


def _load_single(text: str, *, path: Path, label: str) -> Batch:
    """Load a ``.txt``, ``.md`` or ``.html`` file, applying sidecar / metadata.csv metadata."""
    external, meta_reasons = _external_meta(path)
    try:
        parsed = _SINGLE_PARSERS[path.suffix.lower()](text)
        article = _finish(parsed, label=label, external=external)
    except _Reject as exc:
        return Batch((), (LoadError(label, exc.reason),))
    return Batch((article,), _warnings(label, [*parsed.warnings, *meta_reasons]))


def _warnings(label: str, reasons: Sequence[str]) -> tuple[LoadError, ...]:
    """Errors for metadata that was ignored while the article itself loaded."""
    return tuple(LoadError(label, msg.LOAD_LOADED_WITHOUT.format(reason=r)) for r in reasons)


def _finish(parsed: _Parsed, *, label: str, external: _Meta) -> Article:
    """Build the ``Article`` from parsed content and external metadata (which wins)."""
    meta = parsed.meta.updated(external)
    headline = _squash(external.title or parsed.headline or "")
    if not headline:
        raise _Reject(msg.LOAD_NO_HEADLINE)
    if not parsed.body.paragraphs:
        raise _Reject(msg.LOAD_NO_BODY)
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
    key = f"{_squash(headline).casefold()}\n{_squash(text).casefold()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# Cleaning: boilerplate, credits, bylines, paragraphs
# ---------------------------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"""(?:source|original)\s+(?:link|article)
    | (?:skip\s+)?advertisement | advert | sponsored(?:\s+content)?
    | read\s+more(?:\s*:.*|\s+(?:here|about|on|at)\b.*)?
    | read\s+the\s+(?:full|original)\s+(?:story|article|report)\b.*
    | continue\s+reading(?:\s+the\s+main\s+story)?
    | (?:share|email|print|tweet|save)(?:\s+this)?(?:\s+(?:article|story|page|post|link))?
      (?:\s+(?:on|via|to)\s.*)?
    | subscribe(?:\s+(?:now|today|here))?(?:\s+(?:to|for)\s.*)?
    | sign\s+up(?:\s+(?:now|here|today))?(?:\s+(?:to|for)\s.*)?
    | (?:follow|like|join)\s+us(?:\s+on\s.*)?
    | click\s+here\b.*
    | related(?:\s+(?:articles?|stories|coverage|content|reading|links?))?(?:\s*:.*)?
    | see\s+also(?:\s*:.*)? | more\s+on\s+this\s+(?:story|topic)
    | all\s+rights\s+reserved | copyright\s*(?:©|\(c\)|\d{4}).* | ©.*
    | listen\s+to\s+this\s+article | back\s+to\s+top | top\s+of\s+page
    | story\s+continues\s+below(?:\s+advertisement)?
    | (?:leave\s+a\s+|view\s+|show\s+|\d+\s+)?comments?
    | loading
    """,
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_STRIP = " \t.:!?>›»→|•·*–—-…[]()"
_CONTRIBUTED = re.compile(
    r"""[(\[]?.{0,300}?\bcontributed\s+
    (?: (?:additional\s+)?(?:reporting|research|writing)\b\S*(?:\s+\S+){0,12}
      | to\s+this\s+(?:report|article|story)\b.* )""",
    re.IGNORECASE | re.VERBOSE,
)
_ROLE = r"(?:additional\s+)?(?:reporting|research|writing|editing)\s+by"
_ROLE_CREDIT = re.compile(rf"{_ROLE}\s+(?P<names>.+)", re.IGNORECASE)
_ROLE_SEPARATOR = re.compile(rf"\s*;\s*|\s*,\s*(?={_ROLE}\b)", re.IGNORECASE)
_CREDIT_LINK_WORDS = frozenset({"and", "in", "from", "at"})
_BYLINE = re.compile(r"(?i:by)[:\s]\s*(?P<names>.+?)\s*")
_NAME_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|,|\s+and\s+|&)\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME_PARTICLES = frozenset("de da del della der di du la le van von bin ibn al el dos das".split())
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight "
    "january february march april may june july august september october november december".split()
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")

_BODY, _CREDIT_LINE, _BYLINE_LINE, _BOILERPLATE_LINE = "body", "credit", "byline", "boilerplate"


def _squash(text: str) -> str:
    """NFC text with every whitespace run (no-break spaces too) collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _is_boilerplate(line: str) -> bool:
    """True for a short line of site furniture ("Source link", "Advertisement", ...)."""
    key = _squash(line).strip(_BOILERPLATE_STRIP)
    return len(key.split()) <= 12 and _BOILERPLATE.fullmatch(key) is not None


def _is_credit(line: str) -> bool:
    """True for a credit line ("X contributed reporting from Kyiv.", "(Editing by Y)")."""
    text = line.strip()
    if len(text.split()) > 60:
        return False
    return _CONTRIBUTED.fullmatch(text) is not None or _is_role_credit(text)


def _is_role_credit(text: str) -> bool:
    """True for "Reporting by A in Kyiv; Editing by B": every part a role, "by" and capitalised names."""
    parts = _ROLE_SEPARATOR.split(text.strip("()[] .").strip())
    matches = [_ROLE_CREDIT.fullmatch(part) for part in parts]
    return all(m is not None and _names_and_places(m["names"]) for m in matches)


def _names_and_places(text: str) -> bool:
    """True when every word is capitalised, a name particle, or "and" / "in" / "from" / "at"."""
    words = [w for w in re.split(r"[\s,&]+", text) if w]
    allowed = _NAME_PARTICLES | _CREDIT_LINK_WORDS
    return bool(words) and all(w[0].isupper() or w.lower() in allowed for w in words)


def _byline_names(line: str) -> tuple[str, ...]:
    """Author names of a byline ("By Jane Doe and John Roe"), or ``()`` when ``line`` is not one."""
    match = _BYLINE.fullmatch(line.strip())
    if not match or len(line.split()) > 12:
        return ()
    names = tuple(n for n in _NAME_SEPARATOR.split(match["names"].rstrip(".")) if n)
    return names if names and all(_looks_like_name(n) for n in names) else ()


def _looks_like_name(name: str) -> bool:
    """True when every word is a capitalised word or a name particle, and it is not a time word."""
    words = name.split()
    if len(words) == 1 and words[0].lower() in _TIME_WORDS:
        return False
    return words[0][0].isupper() and all(
        _NAME_WORD.fullmatch(w) and (w[0].isupper() or w.lower() in _NAME_PARTICLES) for w in words
    )


def _blocks(text: str) -> list[list[str]]:
    """Split text into blank-line separated blocks of whitespace-collapsed, non-empty lines."""
    chunks = re.split(r"\n[^\S\n]*\n", _NEWLINES.sub("\n", text))
    blocks = [[_squash(line) for line in chunk.split("\n") if line.strip()] for chunk in chunks]
    return [block for block in blocks if block]


def _classify_lines(blocks: Sequence[Sequence[str]]) -> list[tuple[int, str, str]]:
    """``(block number, kind, line)`` per line; bylines count only before the first body line."""
    items: list[tuple[int, str, str]] = []
    seen_body = False
    for number, block in enumerate(blocks):
        for line in block:
            if _is_boilerplate(line):
                kind = _BOILERPLATE_LINE
            elif _is_credit(line):
                kind = _CREDIT_LINE
            elif not seen_body and _byline_names(line):
                kind = _BYLINE_LINE
            else:
                kind = _BODY
            seen_body = seen_body or kind == _BODY
            items.append((number, kind, line))
    return items


def _clean_body(blocks: Sequence[Sequence[str]], *, join_wrapped: bool = True) -> _Body:
    """Paragraphs, byline authors and credits from blocks of lines (see the module docstring)."""
    items = _classify_lines(blocks)
    wrapped = join_wrapped and len({n for n, kind, _ in items if kind == _BODY}) > 1
    paragraphs: list[str] = []
    authors: list[str] = []
    credits: list[str] = []
    pending: list[str] = []
    previous_block = -1
    for number, kind, line in items:
        joins = kind == _BODY and wrapped and number == previous_block
        if pending and not (joins and not _SENTENCE_END.search(pending[-1])):
            paragraphs.append(" ".join(pending))
            pending = []
        if kind == _BODY:
            pending.append(line)
            previous_block = number
        elif kind in (_CREDIT_LINE, _BYLINE_LINE):
            credits.append(line)
            authors.extend(_byline_names(line) if kind == _BYLINE_LINE else ())
    if pending:
        paragraphs.append(" ".join(pending))
    return _Body(tuple(paragraphs), tuple(dict.fromkeys(authors)), tuple(credits))


# ---------------------------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------------------------

_MARKDOWN = MarkdownIt("commonmark")
_NOT_A_MAPPING = "it is not a set of 'key: value' lines"
_FRONT_MATTER_START = re.compile(r"\A---[ \t]*\n")
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE
)


class _YamlLoader(yaml.SafeLoader):
    """A safe YAML loader keeping timestamps as strings, so dates are validated in one place."""


_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _parse_txt(text: str) -> _Parsed:
    """Headline = first non-empty, non-boilerplate line; the rest is the body."""
    lines = text.split("\n")
    starts = (i for i, line in enumerate(lines) if line.strip() and not _is_boilerplate(line))
    start = next(starts, None)
    if start is None:
        return _Parsed(headline=None, body=_Body())
    body = _clean_body(_blocks("\n".join(lines[start + 1 :])))
    return _Parsed(headline=_squash(lines[start]), body=body)


def _parse_markdown(text: str) -> _Parsed:
    """Front matter metadata plus the plain text of the Markdown body (see the module docstring)."""
    front, source = _split_front_matter(text)
    meta, warnings = _meta_from_mapping(front, where="the front matter")
    blocks = _markdown_blocks(source)
    if meta.title:
        headline = meta.title
        if blocks and blocks[0][0] and _same_text(blocks[0][1], meta.title):
            blocks = blocks[1:]
    elif blocks and blocks[0][0]:
        headline, blocks = blocks[0][1], blocks[1:]
    else:
        first, _, rest = source.strip().partition("\n")
        headline = " ".join(t for _, t in _markdown_blocks(first))
        blocks = _markdown_blocks(rest)
    body = _clean_body([[t] for _, t in blocks], join_wrapped=False)
    return _Parsed(headline=headline, body=body, meta=meta, warnings=tuple(warnings))


def _split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Split YAML front matter from a Markdown text; ``({}, text)`` when there is none."""
    if not _FRONT_MATTER_START.match(text):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if not match:
        raise _Reject(msg.LOAD_BAD_FRONT_MATTER.format(detail="no closing '---' line"))
    try:
        data = yaml.load(match["yaml"], Loader=_YamlLoader)
    except yaml.YAMLError as exc:
        raise _Reject(msg.LOAD_BAD_FRONT_MATTER.format(detail=_yaml_detail(exc))) from exc
    if data is not None and not isinstance(data, dict):
        raise _Reject(msg.LOAD_BAD_FRONT_MATTER.format(detail=_NOT_A_MAPPING))
    return data or {}, text[match.end() :]


def _yaml_detail(exc: yaml.YAMLError) -> str:
    """A one-line description of a YAML error, with its line number when known."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        return f"{exc.problem} at line {exc.problem_mark.line + 1}"
    return " ".join(str(exc).split())


def _markdown_blocks(source: str) -> list[tuple[bool, str]]:
    """``(is_heading, plain text)`` for each heading and paragraph of a Markdown text, in order."""
    tokens = _MARKDOWN.parse(source)
    blocks: list[tuple[bool, str]] = []
    for opener, inline in zip(tokens, tokens[1:]):
        if inline.type == "inline" and opener.type in ("heading_open", "paragraph_open"):
            text = _inline_text(inline)
            if text:
                blocks.append((opener.type == "heading_open", text))
    return blocks


def _inline_text(token: Token) -> str:
    """Plain text of an inline token: text and code spans kept, markup, images and HTML dropped."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _squash("".join(parts))


def _same_text(a: str, b: str) -> bool:
    """True when two texts differ only in case and whitespace."""
    return _squash(a).casefold() == _squash(b).casefold()


def _parse_html(text: str) -> _Parsed:
    """Main text and metadata of an HTML page via trafilatura (the page text only, no network)."""
    import trafilatura  # imported here: it takes ~0.4 s and only HTML inputs need it

    document = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    if document is None or not (document.text or "").strip():
        raise _Reject(msg.LOAD_HTML_NO_TEXT)
    title = _squash(document.title or "") or None
    lines = document.text.split("\n")
    if title and lines and _same_text(lines[0], title):
        lines = lines[1:]
    mapping = {
        "published": document.date,
        "source": document.sitename or document.hostname,
        "url": document.url,
        "authors": document.author,
    }
    meta, warnings = _meta_from_mapping(mapping, where="the page metadata")
    body = _clean_body(_blocks("\n".join(lines)))
    return _Parsed(headline=title, body=body, meta=meta, warnings=tuple(warnings))


_SINGLE_PARSERS: dict[str, Callable[[str], _Parsed]] = {
    ".txt": _parse_txt,
    ".md": _parse_markdown,
    ".html": _parse_html,
}


# ---------------------------------------------------------------------------------------------
# JSON and JSON Lines
# ---------------------------------------------------------------------------------------------

_JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "body": ("maintext", "text"),
    "published": ("date_publish", "publish_date", "published"),
    "source": ("source_domain", "source"),
    "url": ("url",),
    "authors": ("authors",),
}


def _load_json(text: str, *, label: str, jsonl: bool) -> Batch:
    """Load every record of a ``.json`` / ``.jsonl`` text; bad records become errors."""
    try:
        values = _jsonl_values(text) if jsonl else _json_values(text)
    except _Reject as exc:
        return Batch((), (LoadError(label, exc.reason),))
    articles: list[Article] = []
    errors: list[LoadError] = []
    for number, value in values:
        record_label = label if number is None else f"{label}#{number}"
        try:
            if isinstance(value, _Reject):
                raise value
            parsed = _json_record(value, number=number or 1)
            articles.append(_finish(parsed, label=record_label, external=_Meta()))
        except _Reject as exc:
            errors.append(LoadError(record_label, exc.reason))
            continue
        errors.extend(_warnings(record_label, parsed.warnings))
    return Batch(tuple(articles), tuple(errors))


def _json_values(text: str) -> list[tuple[int | None, object]]:
    """Records of a ``.json`` text: ``[(None, object)]`` or ``[(1, first), (2, second), ...]``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise _Reject(msg.LOAD_BAD_JSON.format(detail=detail)) from exc
    if isinstance(data, dict):
        return [(None, data)]
    if not isinstance(data, list):
        detail = f"expected an object or a list of objects, found {_json_type(data)}"
        raise _Reject(msg.LOAD_BAD_JSON.format(detail=detail))
    if not data:
        raise _Reject(msg.LOAD_NO_RECORDS)
    return list(enumerate(data, start=1))


def _jsonl_values(text: str) -> list[tuple[int | None, object]]:
    """Records of a ``.jsonl`` text, numbered from 1 over non-blank lines; bad lines as rejects."""
    lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    values: list[tuple[int | None, object]] = []
    for number, (line_number, line) in enumerate(lines, start=1):
        try:
            values.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            detail = f"{exc.msg} at line {line_number}, column {exc.colno}"
            values.append((number, _Reject(msg.LOAD_BAD_JSON.format(detail=detail))))
    return values


def _json_type(value: object) -> str:
    """A reader's name for a JSON value's type."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    return "null" if value is None else names.get(type(value), "a number")


def _json_record(value: object, *, number: int) -> _Parsed:
    """Parse one news-please / newspaper4k style object."""
    if not isinstance(value, dict):
        detail = f"found {_json_type(value)}"
        raise _Reject(msg.LOAD_BAD_JSON_RECORD.format(index=number, detail=detail))
    found = {
        key: next((value[n] for n in names if value.get(n) not in (None, "")), None)
        for key, names in _JSON_FIELDS.items()
    }
    title, body = found.pop("title"), found.pop("body")
    for key, text in (("title", title), ("text", body)):
        if text is not None and not isinstance(text, str):
            detail = f"its {key} is {_json_type(text)}, not text"
            raise _Reject(msg.LOAD_BAD_JSON_RECORD.format(index=number, detail=detail))
    meta, warnings = _meta_from_mapping(found, where="the JSON record")
    cleaned = _clean_body(_blocks(body or ""))
    return _Parsed(headline=_squash(title or ""), body=cleaned, meta=meta, warnings=tuple(warnings))


# ---------------------------------------------------------------------------------------------
# Metadata: values, sidecars and metadata.csv
# ---------------------------------------------------------------------------------------------


def _meta_from_mapping(data: Mapping[str, object], *, where: str) -> tuple[_Meta, list[str]]:
    """Validated metadata from a mapping of front-matter keys, plus reasons for ignored ones."""
    reasons: list[str] = []
    values: dict[str, object] = {}
    for key, convert in (("title", _text_value), ("source", _text_value), ("url", _text_value),
                         ("published", _date_value), ("authors", _authors_value)):
        raw = data.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            values[key] = convert(raw)
        except ValueError as exc:
            reasons.append(_meta_reason(key, raw, where=where, detail=str(exc)))
    return _Meta(**values), reasons  # type: ignore[arg-type]


def _meta_reason(key: str, raw: object, *, where: str, detail: str) -> str:
    """The reason text for an ignored metadata value."""
    if key == "published":
        return msg.LOAD_BAD_DATE.format(value=str(raw), where=where)
    return msg.LOAD_BAD_METADATA.format(meta=where, detail=f"{key!r} {detail}")


def _text_value(raw: object) -> str | None:
    """A metadata text value; lists and mappings are rejected."""
    if isinstance(raw, (list, dict)):
        raise ValueError(f"should be text, not {_json_type(raw)}")
    return _squash(str(raw)) or None


def _date_value(raw: object) -> datetime.date:
    """A date from an ISO date or datetime (its date is taken); raises ``ValueError`` otherwise."""
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    if not isinstance(raw, str):
        raise ValueError("not a date")
    text = raw.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.date.fromisoformat(text)
    return datetime.datetime.fromisoformat(text).date()


def _authors_value(raw: object) -> tuple[str, ...] | None:
    """Author names from a list or a ``;``-separated string."""
    if isinstance(raw, dict):
        raise ValueError("should be a list of names")
    items = raw if isinstance(raw, list) else str(raw).split(";")
    if any(isinstance(item, (list, dict)) for item in items):
        raise ValueError("should be a list of names")
    names = tuple(_squash(str(item)) for item in items if item is not None and str(item).strip())
    return names or None


def _external_meta(path: Path) -> tuple[_Meta, list[str]]:
    """Metadata for ``path`` from ``metadata.csv`` then its sidecar (which wins), plus reasons."""
    table, table_reasons = _csv_meta(path)
    sidecar, sidecar_reasons = _sidecar_meta(path)
    return table.updated(sidecar), table_reasons + sidecar_reasons


def _sidecar_meta(path: Path) -> tuple[_Meta, list[str]]:
    """Metadata from ``<stem>.meta.yaml`` (or ``.meta.yml``) beside ``path``, if there is one."""
    candidates = (path.with_name(path.stem + suffix) for suffix in SIDECAR_SUFFIXES)
    sidecar = next((p for p in candidates if p.is_file()), None)
    if sidecar is None:
        return _Meta(), []
    try:
        data = yaml.load(_read_text(sidecar), Loader=_YamlLoader)
    except _Reject as exc:
        return _Meta(), ([] if exc.reason == msg.LOAD_EMPTY else [_bad_meta(sidecar, exc.reason)])
    except yaml.YAMLError as exc:
        return _Meta(), [_bad_meta(sidecar, _yaml_detail(exc))]
    if not isinstance(data, dict):
        return _Meta(), [_bad_meta(sidecar, _NOT_A_MAPPING)]
    return _meta_from_mapping(data, where=sidecar.name)


def _bad_meta(meta_path: Path, detail: str) -> str:
    """The reason for a metadata file that could not be used."""
    return msg.LOAD_BAD_METADATA.format(meta=meta_path.name, detail=detail)


def _csv_meta(path: Path) -> tuple[_Meta, list[str]]:
    """Metadata from the row of ``metadata.csv`` (same folder) whose ``file`` names ``path``."""
    table = path.parent / METADATA_CSV
    if not table.is_file():
        return _Meta(), []
    stat = table.stat()
    rows, problem = _metadata_rows(str(table), stat.st_mtime_ns, stat.st_size)
    if problem is not None:
        return _Meta(), [_bad_meta(table, problem)]
    row = rows.get(path.name)
    return _meta_from_mapping(dict(row), where=METADATA_CSV) if row is not None else (_Meta(), [])


@lru_cache(maxsize=32)
def _metadata_rows(table: str, mtime_ns: int, size: int) -> tuple[MappingProxyType, str | None]:
    """The rows of one ``metadata.csv`` by file name (first row wins), or the problem with it.

    Cached per version of the file (path, modification time, size): a folder of many articles
    reads its metadata.csv once, and an edited file is read again.
    """
    try:
        reader = csv.DictReader(io.StringIO(_read_text(Path(table))), strict=True)
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or []]
        rows = list(reader)
    except (_Reject, csv.Error) as exc:
        return MappingProxyType({}), exc.reason if isinstance(exc, _Reject) else str(exc)
    if "file" not in (reader.fieldnames or []):
        return MappingProxyType({}), "it has no 'file' column"
    by_name: dict[str, MappingProxyType] = {}
    for number, row in enumerate(rows, start=2):
        if None in row:
            return MappingProxyType({}), f"row {number} has more values than columns"
        by_name.setdefault(Path((row.get("file") or "").strip()).name, MappingProxyType(row))
    return MappingProxyType(by_name), None
