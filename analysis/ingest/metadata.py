"""Article metadata: validated values, sidecar files and ``metadata.csv``.

Metadata files, for single-article files (``.txt``, ``.md``, ``.html``): a sidecar
``<stem>.meta.yaml`` (or ``.meta.yml``) with the front-matter keys, and one ``metadata.csv`` per
folder with a ``file`` column (the article's file name) plus those keys. Precedence, lowest first:
the file's own metadata (front matter, byline, HTML metadata), ``metadata.csv``, the sidecar. A
given ``title`` replaces the parsed headline (the headline line still leaves the body). ``authors``
is a YAML list or a ``;``-separated string. Dates are ISO: ``YYYY-MM-DD``, or an ISO datetime whose
date is taken. Sidecars and ``metadata.csv`` are never loaded as articles from folders or globs.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import yaml

from analysis import errors as msg

from .cleaning import squash
from .decoding import read_text
from .records import Meta, Reject

SIDECAR_SUFFIXES: tuple[str, ...] = (".meta.yaml", ".meta.yml")
METADATA_CSV = "metadata.csv"
NOT_A_MAPPING = "it is not a set of 'key: value' lines"
#: Publication dates before this, or after tomorrow (time zones), cannot anchor relative dates.
EARLIEST_PUBLISHED = datetime.date(1900, 1, 1)


class YamlLoader(yaml.SafeLoader):
    """A safe YAML loader keeping timestamps as strings, so dates are validated in one place."""


YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def yaml_detail(exc: yaml.YAMLError) -> str:
    """A one-line description of a YAML error, with its line number when known."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        return f"{exc.problem} at line {exc.problem_mark.line + 1}"
    return " ".join(str(exc).split())


def json_type(value: object) -> str:
    """A reader's name for a JSON value's type."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    return "null" if value is None else names.get(type(value), "a number")


def meta_from_mapping(data: Mapping[str, object], *, where: str) -> tuple[Meta, list[str]]:
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
    return Meta(**values), reasons  # type: ignore[arg-type]


def _meta_reason(key: str, raw: object, *, where: str, detail: str) -> str:
    """The reason text for an ignored metadata value."""
    if key == "published":
        return msg.LOAD_BAD_DATE.format(value=str(raw), where=where)
    return msg.LOAD_BAD_METADATA.format(meta=where, detail=f"{key!r} {detail}")


def _text_value(raw: object) -> str | None:
    """A metadata text value; lists and mappings are rejected."""
    if isinstance(raw, (list, dict)):
        raise ValueError(f"should be text, not {json_type(raw)}")
    return squash(str(raw)) or None


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
    names = tuple(squash(str(item)) for item in items if item is not None and str(item).strip())
    return names or None


def external_meta(path: Path) -> tuple[Meta, list[str]]:
    """Metadata for ``path`` from ``metadata.csv`` then its sidecar (which wins), plus reasons."""
    table, table_reasons = _csv_meta(path)
    sidecar, sidecar_reasons = _sidecar_meta(path)
    return table.updated(sidecar), table_reasons + sidecar_reasons


def _sidecar_meta(path: Path) -> tuple[Meta, list[str]]:
    """Metadata from ``<stem>.meta.yaml`` (or ``.meta.yml``) beside ``path``, if there is one."""
    candidates = (path.with_name(path.stem + suffix) for suffix in SIDECAR_SUFFIXES)
    sidecar = next((p for p in candidates if p.is_file()), None)
    if sidecar is None:
        return Meta(), []
    try:
        data = yaml.load(read_text(sidecar), Loader=YamlLoader)
    except Reject as exc:
        return Meta(), ([] if exc.reason == msg.LOAD_EMPTY else [_bad_meta(sidecar, exc.reason)])
    except yaml.YAMLError as exc:
        return Meta(), [_bad_meta(sidecar, yaml_detail(exc))]
    if not isinstance(data, dict):
        return Meta(), [_bad_meta(sidecar, NOT_A_MAPPING)]
    return meta_from_mapping(data, where=sidecar.name)


def _bad_meta(meta_path: Path, detail: str) -> str:
    """The reason for a metadata file that could not be used."""
    return msg.LOAD_BAD_METADATA.format(meta=meta_path.name, detail=detail)


def _csv_meta(path: Path) -> tuple[Meta, list[str]]:
    """Metadata from the row of ``metadata.csv`` (same folder) whose ``file`` names ``path``."""
    table = path.parent / METADATA_CSV
    if not table.is_file():
        return Meta(), []
    stat = table.stat()
    rows, problem = _metadata_rows(str(table), stat.st_mtime_ns, stat.st_size)
    if problem is not None:
        return Meta(), [_bad_meta(table, problem)]
    row = rows.get(path.name)
    return meta_from_mapping(dict(row), where=METADATA_CSV) if row is not None else (Meta(), [])


@lru_cache(maxsize=32)
def _metadata_rows(table: str, mtime_ns: int, size: int) -> tuple[MappingProxyType, str | None]:
    """The rows of one ``metadata.csv`` by file name (first row wins), or the problem with it.

    Cached per version of the file (path, modification time, size): a folder of many articles
    reads its metadata.csv once, and an edited file is read again.
    """
    try:
        reader = csv.DictReader(io.StringIO(read_text(Path(table))), strict=True)
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or []]
        rows = list(reader)
    except (Reject, csv.Error) as exc:
        return MappingProxyType({}), exc.reason if isinstance(exc, Reject) else str(exc)
    if "file" not in (reader.fieldnames or []):
        return MappingProxyType({}), "it has no 'file' column"
    by_name: dict[str, MappingProxyType] = {}
    for number, row in enumerate(rows, start=2):
        if None in row:
            return MappingProxyType({}), f"row {number} has more values than columns"
        by_name.setdefault(Path((row.get("file") or "").strip()).name, MappingProxyType(row))
    return MappingProxyType(by_name), None


def is_metadata_file(path: Path) -> bool:
    """True for sidecars (``*.meta.yaml``) and ``metadata.csv``, which are not articles."""
    name = path.name.lower()
    return name == METADATA_CSV or name.endswith(SIDECAR_SUFFIXES)


def unusable_published(published: datetime.date | None, *, today: datetime.date | None = None) -> str | None:
    """Why a publication date cannot anchor relative dates ("in the future", "before 1900"), or
    ``None`` when it can (or is not given)."""
    if published is None:
        return None
    if published > (today or datetime.date.today()) + datetime.timedelta(days=1):
        return "in the future"
    return f"before {EARLIEST_PUBLISHED.year}" if published < EARLIEST_PUBLISHED else None
