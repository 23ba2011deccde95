"""Reading a file's bytes into clean text: UTF-16/UTF-8/Windows-1252, line endings, NFC.

Decoding: UTF-16 when the file has a UTF-16 BOM; otherwise NUL bytes mean binary; then UTF-8 (BOM
optional), else Windows-1252; more than 1% control characters means binary. ``\\r\\n`` and ``\\r``
line endings become ``\\n``.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import ftfy

from analysis import errors as msg

from .records import Reject

NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


@dataclass(frozen=True)
class BinaryType:
    """A kind of non-text file recognised by its first bytes (its magic number), so that a PDF or
    an Office file renamed ``.txt`` is rejected with its real type; ``parts`` tells the kinds of a
    ZIP container apart by a file name inside it."""

    name: str
    magic: tuple[bytes, ...]
    parts: tuple[tuple[str, str], ...] = ()


BINARY_TYPES: tuple[BinaryType, ...] = (
    BinaryType("a PDF document", (b"%PDF-",)),
    BinaryType("an old-format Microsoft Office document (.doc, .xls or .ppt)", (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)),
    BinaryType("a ZIP archive", (b"PK\x03\x04", b"PK\x05\x06"), (
        ("word/", "a Word document (.docx)"), ("xl/", "an Excel workbook (.xlsx)"),
        ("ppt/", "a PowerPoint presentation (.pptx)"), ("content.xml", "an OpenDocument file (.odt, .ods or .odp)"),
        ("META-INF/container.xml", "an EPUB e-book"),
    )),
    BinaryType("a Rich Text Format document (.rtf)", (b"{\\rtf",)),
    BinaryType("a PNG image", (b"\x89PNG\r\n\x1a\n",)),
    BinaryType("a JPEG image", (b"\xff\xd8\xff",)),
    BinaryType("a GIF image", (b"GIF87a", b"GIF89a")),
    BinaryType("a gzip-compressed file", (b"\x1f\x8b",)),
)


def binary_type(data: bytes) -> str | None:
    """The name of the non-text kind ``data`` starts like ("a PDF document"), or ``None``."""
    kind = next((k for k in BINARY_TYPES if data.startswith(k.magic)), None)
    if kind is None:
        return None
    if kind.parts:
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, ValueError):
            names = []
        return next((name for part, name in kind.parts if any(n.startswith(part) for n in names)), kind.name)
    return kind.name


def repair_mojibake(text: str) -> tuple[str, bool]:
    """``text`` with mis-decoded UTF-8 repaired by ftfy (encoding fixes only: quotes, dashes and
    everything else are left as they are), and whether anything changed."""
    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def os_detail(exc: OSError) -> str:
    """A short description of an operating-system error."""
    return (exc.strerror or type(exc).__name__).lower()


def read_text(path: Path) -> str:
    """Read and decode a text file to NFC with ``\\n`` line endings; rejects empty/binary files."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise Reject(msg.LOAD_NOT_FOUND) from exc
    except OSError as exc:
        raise Reject(msg.LOAD_UNREADABLE.format(detail=os_detail(exc))) from exc
    if not data:
        raise Reject(msg.LOAD_EMPTY)
    text = unicodedata.normalize("NFC", NEWLINES.sub("\n", decode(data)))
    if not text.strip():
        raise Reject(msg.LOAD_EMPTY)
    return text


def decode(data: bytes) -> str:
    """Decode UTF-16 (with BOM), UTF-8 (BOM optional) or Windows-1252; reject binary data, naming
    its real type when its magic number is known."""
    kind = binary_type(data)
    if kind is not None:
        raise _not_text(msg.LOAD_WRONG_TYPE, kind=kind)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Reject(msg.LOAD_DECODE.format(detail=f"broken UTF-16: {exc.reason}")) from exc
    if b"\x00" in data:
        raise _not_text(msg.LOAD_BINARY, detail="it contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            detail = f"byte 0x{data[exc.start]:02x} at offset {exc.start} is invalid in both"
            raise Reject(msg.LOAD_DECODE.format(detail=detail)) from utf8_error
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\x0b\x0c")
    if controls > 0.01 * len(text):
        raise _not_text(msg.LOAD_BINARY, detail=f"{controls} control characters")
    return text


def _not_text(message: str, **fields: str) -> Reject:
    """The rejection of a file that is not text, listing the text formats it could be saved as."""
    from .formats import supported  # imported here: the formats read files through this module

    return Reject(message.format(suffixes=supported(), **fields))
