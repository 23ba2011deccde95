"""Quotation marks: their pairs in a text, and the quote spans inside them (read by the quotes and
by the coreference, which leaves quoted words out; ``doc_marks`` pairs a Doc's marks once).

Curly (“ ”) and straight (") double marks, and doubled apostrophes ('') typesetting a straight
one, are paired within a paragraph: an opening mark opens a quote (a second opening mark before
any closing one drops the first as stray, so a doubled ``“”`` or ``‘’“`` start is read once), a
closing mark closes the open quote (a closing mark with none open is stray), a straight mark
closes an open quote or else opens one, but one shaped as an opening mark inside an open quote
that has ended no sentence opens a quote inside it, closed by the next (``_nests``). An opening
mark after a sentence end inside an open quote reopens it (a multi-paragraph quote whose
paragraph breaks were lost). A quote still open at a paragraph's end continues when the next
paragraph opens with a mark (the news style of multi-paragraph quotes): the paragraphs
up to the one whose quote closes are one quote. Single marks are apostrophes ("Russia’s") far
more often than quotes and are not read as marks.

Odd marks: a closing mark right after the opening one (``“”We``, ``“‘’It's``) is a doubled
opening and ignored; a closing mark with no quote open, after a space and before a word
(``”This``), opens a quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc

from .nlp import doc_text, memo
from .vocabulary import TWO_APOSTROPHES, TWO_BACKTICKS

OPENING, CLOSING, STRAIGHT = "\u201c", "\u201d", '"'
#: Dashes that break a title line ("Poll — Lund Urges …") or credit a quote ("… shame.” ― Ann Lee").
DASHES = frozenset("\u2015\u2014\u2013")
_DIRECT_AFTER = frozenset(",:;.!?\u2014\u2013")
#: What ends a sentence inside a quote.
SENTENCE_ENDS = (".", "!", "?")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character offsets of the paragraphs of a text (split at blank lines)."""
    start = 0
    while start <= len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 2


def _pairs_in(text: str, start: int, end: int, opened: int | None = None
              ) -> tuple[list[tuple[int, int]], int | None]:
    """Return the balanced (open, close) mark offsets in text[start:end] and any mark left open."""
    pairs, nested = [], False
    for i in range(start, end):
        char = text[i]
        if _reopens(text, i, opened):
            continue
        if char == STRAIGHT and (nested or _nests(text, i, end, opened)):
            nested = not nested
        elif char == OPENING or (char == STRAIGHT and opened is None) or _misturned(text, i, opened):
            opened = i
        elif char in (CLOSING, STRAIGHT) and opened is not None and text[opened + 1:i].strip("‘’ "):
            pairs.append((opened, i))
            opened = None
    return pairs, opened


def _nests(text: str, i: int, end: int, opened: int | None) -> bool:
    """True for a straight mark shaped as an opening one (a word and a space before it, a word
    after it) inside an open quote whose words so far end no sentence, with two more straight
    marks before ``end`` (its own closing one and the quote's): a quote inside the quote, set in
    double marks too ("Without some unexpected "coup de theatre", I don't see it," she said); it
    and the next straight mark stay inside the quote. After a sentence end or a comma it closes
    the open quote, as before ("as "a group holding its breath, "waiting": a misplaced mark)."""
    before = text[opened + 1:i].rstrip() if opened is not None else ""
    return (opened is not None and text[i - 1:i].isspace() and text[i - 2:i - 1].isalnum()
            and text[i + 1:i + 2].isalnum() and bool(before) and not before.endswith(SENTENCE_ENDS)
            and text[i + 1:end].count(STRAIGHT) >= 2)


def _reopens(text: str, i: int, opened: int | None) -> bool:
    """True for an opening mark that reopens the open quote: the words since it end a sentence, as
    where a multi-paragraph quote's paragraph break was lost (``“We left. “We came back.”``)."""
    if text[i] != OPENING or opened is None:
        return False
    before = text[opened + 1:i].rstrip()
    return before.endswith(SENTENCE_ENDS) and len(before.split()) >= 2


def _misturned(text: str, i: int, opened: int | None) -> bool:
    """True for a closing mark used as an opening one: none open, a word right after it and
    none before ("”This is it")."""
    before = text[i - 1:i]
    return (text[i] == CLOSING and opened is None and text[i + 1:i + 2].isalnum()
            and (not before or before.isspace()))


def quote_mark_pairs(text: str) -> list[tuple[int, int]]:
    """Return (opening mark, closing mark or paragraph end) offsets of every quotation; a quote
    running over several paragraphs (each reopened with a mark) is one pair. A doubled apostrophe
    (``''``, the ASCII typesetting of a double mark in wire and archive copy) is a straight mark
    at its second character when it opens a quote and at its first when it closes one; two
    backticks (the Penn Treebank's and TeX's opening mark, closed by ``''``) open a quote at their
    second character."""
    text = text.replace(TWO_BACKTICKS, " " + OPENING).replace(TWO_APOSTROPHES, " " + STRAIGHT)
    found: list[tuple[int, int]] = []
    carried: int | None = None
    for start, end in paragraphs(text):
        if carried is not None and text[start:start + 1] not in (OPENING, STRAIGHT):
            carried = None
        skip = start + 1 if carried is not None else start
        pairs, opened = _pairs_in(text, skip, end, carried)
        found += pairs
        follows = text[end + 2:end + 3]
        if opened is not None and follows in (OPENING, STRAIGHT):
            carried = opened
        elif opened is not None and carried is not None and opened == carried:
            found.append((opened, end))
            carried = None
        else:
            carried = None
    return sorted((a, b - 1 if text[b - 1:b + 1] == " " + STRAIGHT else b) for a, b in found)


class Marks:
    """The quote-mark pairs of a text and a fast "is this offset quoted" test."""

    def __init__(self, text: str) -> None:
        self.pairs = quote_mark_pairs(text)
        self._opens = [a for a, _ in self.pairs]

    def quoted(self, idx: int) -> bool:
        """True when ``idx`` lies between a pair's marks."""
        i = bisect.bisect_right(self._opens, idx) - 1
        return i >= 0 and self.pairs[i][0] < idx < self.pairs[i][1]


MARKS_KEY = "analysis.marks"


def doc_marks(doc: Doc) -> Marks:
    """The ``Marks`` of a Doc's text, paired once per Doc (the quotes and the coreference read them)."""
    memos = memo(doc)
    if MARKS_KEY not in memos:
        memos[MARKS_KEY] = Marks(doc_text(doc))
    return memos[MARKS_KEY]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span start..end without surrounding spaces, doubled marks and a trailing comma."""
    while start < end and (text[start].isspace() or text[start] in "\u201c\u201d\u2018\u2019"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def sentence_shaped(text: str, mark: int, start: int) -> bool:
    """True when a quote opened at ``mark`` starts with a capital at a clause start (a doubled
    mark, two backticks or two apostrophes, opens at its second character: the first is no text
    before it)."""
    line_start = text.rfind("\n", 0, mark) + 1
    before = text[line_start:mark]
    if text[mark - 1:mark + 1] in (TWO_BACKTICKS, TWO_APOSTROPHES):
        before = before[:-1]
    before = before.rstrip()
    at_clause_start = not before or before[-1] in _DIRECT_AFTER
    return text[start:start + 1].isupper() and at_clause_start
