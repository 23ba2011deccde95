"""Credit lines, datelines and weekdays: entities that are no mention whatever their text.

Entities in a credit sentence ("Marc Santora contributed reporting from Kyiv, Ukraine.";
"Additional reporting by ..."; "Photo: ...", "Credit: ...") and photo or agency credits ("Andrew
Vaughan/Canadian Press", "CP photo/Jeff Lund": a PERSON span with a slash inside, right after or
right before it) are not mentions:
the loader removes credit lines from the body, and this rule keeps a line that slipped through
from creating actors. Nor are the place and agency of a wire dateline opening a line
("WASHINGTON (Reuters) -", "MANILA, Philippines (AP) —", "(AP) --"), nor a weekday opening a date
("Sun., Nov. 29, 2026", where the model tags "Sun." a place).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..nlp import doc_text, memo, sentence_of
from ..timex.vocabulary import MONTHS, WEEKDAYS

DATELINE_KEY = "analysis.datelines"
_CREDIT = re.compile(r"\b(contributed|contributing) (reporting|research|writing)\b|"
                     r"^(additional )?(reporting|research) (was )?(contributed )?by\b|"
                     r"^(photo|photograph|picture|image|video|credit)s?( credit)?\s*:",
                     re.IGNORECASE)
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,2}(?:,\s*[A-Z][\w.' ]*?)?\s*)?"
                       r"(?:\([A-Z][\w ]*\)\s*)?"
                       r"(?:--|[\u2014\u2013_-])\s", re.M)


def is_credit_line(sent: Span) -> bool:
    """Return True for a credit sentence ("X contributed reporting from Kyiv.")."""
    return _CREDIT.search(doc_text(sent.doc)[sent.start_char: sent.end_char].strip()) is not None


def is_weekday_in_date(ent: Span) -> bool:
    """True for a weekday, whole or abbreviated, that opens a date ("Sun., Nov. 29, 2026": the model
    tags "Sun." a place): the next word that is not punctuation is a month or part of a date."""
    if ent.text.rstrip(".").lower() not in WEEKDAYS:
        return False
    following = next((t for t in ent.doc[ent.end:ent.end + 3] if not t.is_punct), None)
    return following is not None and (following.text.rstrip(".").lower() in MONTHS or following.ent_type_ == "DATE")


def dateline_ends(doc: Doc) -> dict[int, int]:
    """Character (start, end) of every wire dateline opening a line: a place in one to three
    upper-case words, maybe its state or country, maybe an agency in brackets, and a dash ("WASHINGTON (Reuters) -",
    "MANILA, Philippines (AP) —", "(AP) --"; older wire copy writes the dash as an underscore:
    "MOSCOW (AP)_ "); memoised per Doc."""
    memos = memo(doc)
    if DATELINE_KEY not in memos:
        memos[DATELINE_KEY] = {m.start(): m.end() for m in _DATELINE.finditer(doc_text(doc))
                               if m.end() - m.start() > 3}
    return memos[DATELINE_KEY]


def in_dateline(doc: Doc, char: int) -> bool:
    """True when a character lies in a wire dateline (``dateline_ends``)."""
    return any(start <= char < end for start, end in dateline_ends(doc).items())


def in_credit_line(ent: Span, credit: dict[int, bool]) -> bool:
    """``is_credit_line`` of the entity's sentence, computed once per sentence."""
    sent = sentence_of(ent.doc, ent.start)
    if sent.start not in credit:
        credit[sent.start] = is_credit_line(sent)
    return credit[sent.start]


def is_agency_credit(ent: Span) -> bool:
    """True for a photo or agency credit "Name/Agency" or "Agency photo/Name": a PERSON span with a
    slash inside, right after or right before it (ORG spans keep their slash: "Radio Free
    Europe/Radio Liberty")."""
    if ent.label_ != "PERSON":
        return False
    doc = ent.doc
    after = doc[ent.end].text if ent.end < len(doc) else ""
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    return (any(t.text == "/" or ("/" in t.text and t.text[:1].isupper()) for t in ent)
            or after == "/" or before == "/")
