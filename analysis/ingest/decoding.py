"""Reading a file's bytes into clean text: UTF-16/UTF-8/Windows-1252, line endings, NFC.

Decoding: UTF-16 when the file has a UTF-16 BOM; otherwise NUL bytes mean binary; then UTF-8 (BOM
optional), else Windows-1252; more than 1% control characters means binary. ``\\r\\n`` and ``\\r``
line endings become ``\\n``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from analysis import errors as msg

from .records import Reject

NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


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
    """Decode UTF-16 (with BOM), UTF-8 (BOM optional) or Windows-1252; reject binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Reject(msg.LOAD_DECODE.format(detail=f"broken UTF-16: {exc.reason}")) from exc
    if b"\x00" in data:
        raise _binary("it contains NUL bytes")
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
        raise _binary(f"{controls} control characters")
    return text


def _binary(detail: str) -> Reject:
    """The rejection of a binary file, listing the text formats it could be saved as."""
    from .formats import supported  # imported here: the formats read files through this module

    return Reject(msg.LOAD_BINARY.format(detail=detail, suffixes=supported()))
