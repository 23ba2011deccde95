"""Quotations in an article and who said them.

Quote marks. Curly (“ ”) and straight (") double quote marks are paired within a paragraph: an
opening mark opens a quote (a second opening mark before any closing one drops the first as
stray), a closing mark closes the open quote (a closing mark with none open is stray and
ignored), a straight mark closes an open quote or else opens one. A quote still open at the end of
a paragraph is closed there when the next paragraph starts with an opening mark (the news style of
multi-paragraph quotes), and dropped as unbalanced otherwise. Single quote marks are apostrophes
("Russia’s", "soldiers’") far more often than quotes, so they are not read as quote marks.
The quote span covers the words inside the marks, trimmed of spaces and a trailing comma.

Kind. A quote is ``direct`` when it starts with a capital letter at the start of a sentence or
after a comma, colon or dash ("He added, “In the most ...”"); otherwise it is ``partial``, a
quoted phrase inside the reporter's sentence (moving to “more advantageous positions”).

Speaker and cue. In the sentences that hold the quote, words outside any quote are searched for
a speech verb (said, added, told, wrote, spoke, ...; by lemma) or "according to"; the one nearest
to the quote is the ``cue`` (its text, lower-cased). The speaker is the actor of the mention that
covers the verb's subject (a name, a descriptor, a pronoun resolved by ``analysis.actors``, a
country), or of a person mention inside the subject phrase, or the object of "according to"; a
verb in a conjunction ("... and said") takes the subject of the first verb. A quote with no cue
in its own sentences takes the cue and speaker of the sentence just before it (“We need peace
...” after “We do not need a truce,” Mr. Putin said), else of the sentence just after it. With
no cue at all, ``speaker`` and ``cue`` are None. Scare quotes in a sentence without a cue are
therefore credited to a neighbouring speaker, a known limit.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from .nlp import SentenceIndex, doc_text
from .records import Mention, Quote
from .vocabulary import SPEECH_VERBS, SUBJECT_DEPS

OPENING, CLOSING, STRAIGHT = "\u201c", "\u201d", '"'
_DIRECT_AFTER = frozenset(",:;.!?\u2014\u2013")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character offsets of the paragraphs of a text (split at blank lines)."""
    start = 0
    while start <= len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 2


def _pairs_in(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Return the balanced (open, close) mark offsets in text[start:end] and any mark left open."""
    pairs, opened = [], None
    for i in range(start, end):
        char = text[i]
        if char == OPENING or (char == STRAIGHT and opened is None):
            opened = i
        elif char in (CLOSING, STRAIGHT) and opened is not None:
            pairs.append((opened, i))
            opened = None
    return pairs, opened


def quote_mark_pairs(text: str) -> list[tuple[int, int]]:
    """Return (opening mark, closing mark or paragraph end) offsets of every quotation."""
    found = []
    for start, end in _paragraphs(text):
        pairs, opened = _pairs_in(text, start, end)
        found += pairs
        follows = text[end + 2:end + 3]
        if opened is not None and follows in (OPENING, STRAIGHT):
            found.append((opened, end))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span start..end without surrounding spaces and a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def quote_kind(text: str, mark: int, start: int) -> str:
    """Return ``direct`` or ``partial`` for a quote opened at ``mark``, words from ``start``."""
    line_start = text.rfind("\n", 0, mark) + 1
    before = text[line_start:mark].rstrip()
    at_clause_start = not before or before[-1] in _DIRECT_AFTER
    return "direct" if text[start:start + 1].isupper() and at_clause_start else "partial"


def _subject(verb: Token) -> Token | None:
    """Return the subject of a verb, or of the verb it is conjoined to ("... and said")."""
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        subjects = [c for c in candidate.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
    return None


def _cues(sentences: Sequence[Span], quoted: set[int]) -> list[tuple[Token, str, Token]]:
    """Return (cue token, cue text, speaker phrase head) found outside quotes in the sentences."""
    cues = []
    for sent in sentences:
        for token in sent:
            if token.i in quoted:
                continue
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_VERBS:
                subject = _subject(token)
                if subject is not None:
                    cues.append((token, token.text.lower(), subject))
            elif token.lower_ == "according" and token.i + 1 < len(token.doc):
                to = token.doc[token.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if to.lower_ == "to" and objects:
                    cues.append((token, "according to", objects[0]))
    return cues


def _actor_of(phrase: Token, mentions: Sequence[Mention]) -> str | None:
    """Return the actor of the mention covering a phrase head, else of a person in its phrase."""
    covering = [m for m in mentions if m.start <= phrase.idx < m.end]
    if covering:
        covering.sort(key=lambda m: (m.label != "PERSON", m.end - m.start))
        return covering[0].actor
    first, last = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
    inside = [m for m in mentions if first <= m.start and m.end <= last and m.label == "PERSON"]
    return inside[0].actor if inside else None


def _attribution(sentences: Sequence[Span], quoted: set[int], mentions: Sequence[Mention],
                 start: int) -> tuple[str | None, str] | None:
    """Return (speaker, cue) of the cue nearest to a quote in the sentences, or None without cue."""
    cues = _cues(sentences, quoted)
    if not cues:
        return None
    cues.sort(key=lambda cue: abs(cue[0].idx - start))
    attributed = [(_actor_of(subject, mentions), text) for _, text, subject in cues]
    return next(((s, c) for s, c in attributed if s is not None), attributed[0])


def _speaker(sentences: list[Span], first: int, last: int, quoted: set[int],
             mentions: Sequence[Mention], start: int) -> tuple[str | None, str | None]:
    """Return (speaker, cue) from the quote's sentences, else the sentence before, else after."""
    tries = [sentences[first:last + 1]]
    if first > 0:
        tries.append(sentences[first - 1:first])
    tries.append(sentences[last + 1:last + 2])
    for group in tries:
        found = _attribution(group, quoted, mentions, start) if group else None
        if found is not None:
            return found
    return None, None


def _tokens_between(doc: Doc, pairs: Sequence[tuple[int, int]]) -> set[int]:
    """Ids of the tokens starting between a pair's opening and closing mark (both included)."""
    starts = doc.to_array("IDX").tolist() if len(doc) else []
    return {i for mark, close in pairs
            for i in range(bisect.bisect_left(starts, mark), bisect.bisect_right(starts, close))}


def extract_quotes(doc: Doc, mentions: Sequence[Mention]) -> list[Quote]:
    """Return the quotations of a Doc with speaker (a canonical actor), cue and kind, by start."""
    text, index = doc_text(doc), SentenceIndex(doc)
    pairs = quote_mark_pairs(text)
    quoted = _tokens_between(doc, pairs)
    quotes = []
    for mark, close in pairs:
        start, end = _trimmed(text, mark + 1, close)
        if start >= end:
            continue
        first, last = index.at(mark), index.at(close)
        speaker, cue = _speaker(index.sentences, first, last, quoted, mentions, start)
        quotes.append(Quote(start, end, text[start:end], speaker, cue,
                            quote_kind(text, mark, start)))
    return sorted(quotes, key=lambda q: q.start)

