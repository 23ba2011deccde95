"""Input formats as registered records: suffixes, a reader, a sniffer, what is read, an example.

Adding a format is one ``Format`` record in ``FORMATS`` (and its reader): the loader, the error
messages (``supported()``), the README's format table (``format_table()``, checked by a test) and
the tests (parametrised over ``FORMATS``, loading each record's ``example``) follow from it.

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

``sniff`` says whether a text looks like the format; it is asked, in ``SNIFF_ORDER``, about a file
whose name has no known suffix, so the error can say which suffix to give it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from analysis import errors as msg

from .cleaning import clean_body, is_boilerplate, split_blocks, squash
from .metadata import NOT_A_MAPPING, YamlLoader, json_type, meta_from_mapping, yaml_detail
from .records import Body, Parsed, Reject

#: One record of a file: its number (``None`` for a file holding one article) and what was parsed.
Record = tuple[int | None, Parsed | Reject]

_MARKDOWN = MarkdownIt("commonmark")
_FRONT_MATTER_START = re.compile(r"\A---[ \t]*\n")
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE
)
_JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "body": ("maintext", "text"),
    "published": ("date_publish", "publish_date", "published"),
    "source": ("source_domain", "source"),
    "url": ("url",),
    "authors": ("authors",),
}
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)


@dataclass(frozen=True)
class Format:
    """One input format: its name, file name suffixes, how to read and recognise its text, what
    is read (the README's table row) and a small example file that loads as one article."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str], list[Record]]
    sniff: Callable[[str], bool]
    reads: str
    example: str
    metadata_files: bool = True


def _parse_txt(text: str) -> Parsed:
    """Headline = first non-empty, non-boilerplate line; the rest is the body."""
    lines = text.split("\n")
    starts = (i for i, line in enumerate(lines) if line.strip() and not is_boilerplate(line))
    start = next(starts, None)
    if start is None:
        return Parsed(headline=None, body=Body())
    body = clean_body(split_blocks("\n".join(lines[start + 1 :])))
    return Parsed(headline=squash(lines[start]), body=body)


def _parse_markdown(text: str) -> Parsed:
    """Front matter metadata plus the plain text of the Markdown body (see the module docstring)."""
    front, source = _split_front_matter(text)
    meta, warnings = meta_from_mapping(front, where="the front matter")
    blocks = _markdown_blocks(source)
    if meta.title:
        headline = meta.title
        if blocks and blocks[0][0] and same_text(blocks[0][1], meta.title):
            blocks = blocks[1:]
    elif blocks and blocks[0][0]:
        headline, blocks = blocks[0][1], blocks[1:]
    else:
        first, _, rest = source.strip().partition("\n")
        headline = " ".join(t for _, t in _markdown_blocks(first))
        blocks = _markdown_blocks(rest)
    body = clean_body([[t] for _, t in blocks], join_wrapped=False)
    return Parsed(headline=headline, body=body, meta=meta, warnings=tuple(warnings))


def _split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Split YAML front matter from a Markdown text; ``({}, text)`` when there is none."""
    if not _FRONT_MATTER_START.match(text):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if not match:
        raise Reject(msg.LOAD_BAD_FRONT_MATTER.format(detail="no closing '---' line"))
    try:
        data = yaml.load(match["yaml"], Loader=YamlLoader)
    except yaml.YAMLError as exc:
        raise Reject(msg.LOAD_BAD_FRONT_MATTER.format(detail=yaml_detail(exc))) from exc
    if data is not None and not isinstance(data, dict):
        raise Reject(msg.LOAD_BAD_FRONT_MATTER.format(detail=NOT_A_MAPPING))
    return data or {}, text[match.end() :]


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
    return squash("".join(parts))


def same_text(a: str, b: str) -> bool:
    """True when two texts differ only in case and whitespace."""
    return squash(a).casefold() == squash(b).casefold()


def _parse_html(text: str) -> Parsed:
    """Main text and metadata of an HTML page via trafilatura (the page text only, no network)."""
    import trafilatura  # imported here: it takes ~0.4 s and only HTML inputs need it

    document = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    if document is None or not (document.text or "").strip():
        raise Reject(msg.LOAD_HTML_NO_TEXT)
    title = squash(document.title or "") or None
    lines = document.text.split("\n")
    if title and lines and same_text(lines[0], title):
        lines = lines[1:]
    mapping = {
        "published": document.date,
        "source": document.sitename or document.hostname,
        "url": document.url,
        "authors": document.author,
    }
    meta, warnings = meta_from_mapping(mapping, where="the page metadata")
    body = clean_body(split_blocks("\n".join(lines)))
    return Parsed(headline=title, body=body, meta=meta, warnings=tuple(warnings))


def _json_values(text: str) -> list[tuple[int | None, object]]:
    """Records of a ``.json`` text: ``[(None, object)]`` or ``[(1, first), (2, second), ...]``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise Reject(msg.LOAD_BAD_JSON.format(detail=detail)) from exc
    if isinstance(data, dict):
        return [(None, data)]
    if not isinstance(data, list):
        detail = f"expected an object or a list of objects, found {json_type(data)}"
        raise Reject(msg.LOAD_BAD_JSON.format(detail=detail))
    if not data:
        raise Reject(msg.LOAD_NO_RECORDS)
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
            values.append((number, Reject(msg.LOAD_BAD_JSON.format(detail=detail))))
    return values


def _json_record(value: object, *, number: int) -> Parsed:
    """Parse one news-please / newspaper4k style object."""
    if not isinstance(value, dict):
        detail = f"found {json_type(value)}"
        raise Reject(msg.LOAD_BAD_JSON_RECORD.format(index=number, detail=detail))
    found = {
        key: next((value[n] for n in names if value.get(n) not in (None, "")), None)
        for key, names in _JSON_FIELDS.items()
    }
    title, body = found.pop("title"), found.pop("body")
    for key, text in (("title", title), ("text", body)):
        if text is not None and not isinstance(text, str):
            detail = f"its {key} is {json_type(text)}, not text"
            raise Reject(msg.LOAD_BAD_JSON_RECORD.format(index=number, detail=detail))
    meta, warnings = meta_from_mapping(found, where="the JSON record")
    cleaned = clean_body(split_blocks(body or ""))
    return Parsed(headline=squash(title or ""), body=cleaned, meta=meta, warnings=tuple(warnings))


def _one(parse: Callable[[str], Parsed]) -> Callable[[str], list[Record]]:
    """A reader of a one-article format from its parser (a ``Reject`` rejects the whole file)."""
    return lambda text: [(None, parse(text))]


def _records(values: list[tuple[int | None, object]]) -> list[Record]:
    """Parse every JSON value; a bad one becomes its own ``Reject``."""
    records: list[Record] = []
    for number, value in values:
        try:
            if isinstance(value, Reject):
                raise value
            records.append((number, _json_record(value, number=number or 1)))
        except Reject as exc:
            records.append((number, exc))
    return records


def _looks_like_json(text: str) -> bool:
    """True for a text that parses as one JSON object or list."""
    try:
        return isinstance(json.loads(text), (dict, list))
    except ValueError:
        return False


def _looks_like_jsonl(text: str) -> bool:
    """True when every non-blank line is a JSON object."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_looks_like_json(line) and line.lstrip().startswith("{") for line in lines)


_EXAMPLE_HEADLINE = "Ceasefire talks resume in Geneva"
_EXAMPLE_BODY = ("Negotiators from both governments returned to Geneva on Tuesday for a third round of talks, "
                 "officials said. The foreign minister told reporters that a lasting agreement was within reach.")

PLAIN_TEXT = Format(
    "plain text", (".txt",), _one(_parse_txt), lambda text: True,
    "first non-empty line = headline; paragraphs separated by blank lines or single newlines; bylines "
    "(`By Jane Doe`) and credit lines (`… contributed reporting from Kyiv.`) kept apart from the body; "
    "trailing site boilerplate (`Source link`, `Advertisement`, `Read more`) dropped",
    f"{_EXAMPLE_HEADLINE}\n\nBy Jane Doe\n\n{_EXAMPLE_BODY}\n",
)
FORMATS: tuple[Format, ...] = (
    PLAIN_TEXT,
    Format(
        "Markdown", (".md",), _one(_parse_markdown),
        lambda text: bool(_FRONT_MATTER_START.match(text) or _MARKDOWN_HEADING.search(text)),
        "YAML front matter (`title`, `published`, `source`, `url`, `authors`), Markdown body",
        f"---\ntitle: {_EXAMPLE_HEADLINE}\npublished: 2025-03-12\n---\n\n{_EXAMPLE_BODY}\n",
    ),
    Format(
        "JSON", (".json",), lambda text: _records(_json_values(text)), _looks_like_json,
        "one article per object (one object or a list); news-please and newspaper4k field names (`title`, "
        "`maintext`/`text`, `date_publish`/`publish_date`, `authors`, `url`, `source_domain`)",
        json.dumps({"title": _EXAMPLE_HEADLINE, "maintext": _EXAMPLE_BODY, "date_publish": "2025-03-12 09:00:00"}),
        metadata_files=False,
    ),
    Format(
        "JSON Lines", (".jsonl",), lambda text: _records(_jsonl_values(text)), _looks_like_jsonl,
        "one JSON article object per line, the same field names as `.json`",
        json.dumps({"title": _EXAMPLE_HEADLINE, "text": _EXAMPLE_BODY}) + "\n"
        + json.dumps({"title": "Talks end without a deal", "text": "The talks ended on Wednesday without a deal."}) + "\n",
        metadata_files=False,
    ),
    Format(
        "HTML", (".html",), _one(_parse_html), lambda text: _HTML_START.match(text) is not None,
        "main text and metadata extracted with trafilatura",
        f"<!DOCTYPE html><html><head><title>{_EXAMPLE_HEADLINE}</title></head><body><article>"
        f"<h1>{_EXAMPLE_HEADLINE}</h1><p>{_EXAMPLE_BODY}</p><p>{_EXAMPLE_BODY}</p></article></body></html>\n",
    ),
)
#: The order in which formats are asked whether a text looks like them (most specific first).
SNIFF_ORDER: tuple[Format, ...] = tuple(sorted(FORMATS, key=lambda f: (f is PLAIN_TEXT, f.name == "Markdown")))
SUFFIXES: tuple[str, ...] = tuple(suffix for f in FORMATS for suffix in f.suffixes)


def for_suffix(suffix: str) -> Format | None:
    """The format of a file name suffix (any case), or ``None``."""
    return next((f for f in FORMATS if suffix.lower() in f.suffixes), None)


def sniff(text: str) -> Format:
    """The first format in ``SNIFF_ORDER`` whose sniffer accepts ``text`` (plain text at last)."""
    return next(f for f in SNIFF_ORDER if f.sniff(text))


def supported() -> str:
    """The supported suffixes for messages: ".txt, .md, .json, .jsonl, .html"."""
    return ", ".join(SUFFIXES)


def format_table() -> str:
    """The README's table of formats, one row per registered format."""
    rows = [f"| {' / '.join(f'`{s}`' for s in f.suffixes)} | {f.reads} |" for f in FORMATS]
    return "\n".join(["| format | what is read |", "|---|---|", *rows])
