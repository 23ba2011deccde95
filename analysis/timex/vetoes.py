"""Vetoes: tests on the spaCy parse that reject a rule's match ("May" as a modal, "1500 workers",
"the annual March for Life"). A rule lists the vetoes that apply to it (``Rule.vetoes``); each takes
the match and its parsed span and returns True to reject it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text
from .vocabulary import (
    EVENT_NAME_WORDS, MONTH_BARE, NOUN_SEASONS, TEMPORAL_WORDS, UNIT_WORDS, VERB_MONTHS, YEAR_ACRONYMS,
)

_MONTH_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])(?!\w*\s+\d)")  # not "March of 2012"


def is_title(span: Span) -> bool:
    """'ABC's "This Week"', 'CBS's "60 Minutes"': a unit word capitalised inside a sentence names a
    programme or a work, not a time."""
    last = span[-1]
    if last.lower_ not in UNIT_WORDS or not last.text[0].isupper():
        return False
    first = span[0]
    return not (first.is_sent_start or (first.i > 0 and first.nbor(-1).is_sent_start and first.nbor(-1).is_quote))


def counted_day(m: re.Match[str], doc: Doc) -> bool:
    """'He met Jan 3 people': after a bare abbreviation (a name as often as a month) the number
    counts the plural noun that follows it, so it is no day; after an article or a preposition
    the month is a date ('the Sept 11 attacks', 'on Jan 3')."""
    day = doc.char_span(m.start("day"), m.end("day"), alignment_mode="expand")
    if day is None or (day.start > 1 and doc[day.start - 2].tag_ in ("DT", "IN", "PRP$", "POS")):
        return False
    token = day[0]
    return token.dep_ == "nummod" and token.head.i > token.i and token.head.tag_ == "NNS"


def word_before(token: Token) -> str:
    """The lower-cased word before a token, skipping quotation marks ('the ``March of ...')."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_quote:
        i -= 1
    return token.doc[i].lower_ if i >= 0 else ""


def not_a_year(token: Token, doc: Doc) -> bool:
    """A bare four-digit number is a year unless it counts something or is money."""
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.text in ("$", "#", "No.", "no.", "Flight", "flight"):
        return True
    if before is not None and _model_name(before):
        return True
    if after is not None and (after.text in ("%", "percent") or after.lower_ in ("people", "points")):
        return True
    if after is not None and after.tag_ in ("NNS",) and token.dep_ == "nummod":
        return before is None or before.tag_ not in ("DT", "PRP$", "POS")  # "the 2005 bombings" is a year
    return token.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") and token.ent_type_ != "DATE" \
        and not (before is not None and before.lower_ in ("in", "since", "of", "by", "until", "from", "to", "during"))


def _model_name(token: Token) -> bool:
    """'GTX 1660', 'FPS 2072': an acronym directly before a number names a product or a model; a
    year after an acronym needs a preposition or a word such as 'fiscal' ('FY 2020' excepted)."""
    return token.is_alpha and token.is_upper and 2 <= len(token.text) <= 5 and token.text not in YEAR_ACRONYMS


def after_title_word(m: re.Match[str], span: Span) -> bool:
    """'the annual March for Life', 'High Noon': one word after 'annual'/'high' names an event."""
    first = span[0]
    return len(span) == 1 and first.i > 0 and span.doc[first.i - 1].lower_ in EVENT_NAME_WORDS


def month_as_name_or_verb(m: re.Match[str], span: Span) -> bool:
    """A lone month word: 'the March of the Combatant Mothers' is a name; 'May'/'March' tagged as a
    modal or verb is no month."""
    if len(span) != 1:
        return False
    first = span[0]
    if _MONTH_NAME.match(doc_text(span.doc), span.end_char):
        return word_before(first) in ("the", "a", "annual")
    if first.lower_ in VERB_MONTHS:
        return first.tag_ in ("MD", "VB", "VBP", "VBZ") or first.pos_ == "VERB"
    return False


def daily_as_noun(m: re.Match[str], span: Span) -> bool:
    """'the daily' (a newspaper) is a noun, not a set."""
    first = span[0]
    return first.lower_ == "daily" and first.pos_ in ("NOUN", "PROPN")


def word_as_verb(m: re.Match[str], span: Span) -> bool:
    """A one-word match used as a verb ('prices spring back')."""
    return len(span) == 1 and span[0].pos_ in ("VERB", "AUX")


def number_not_a_year(m: re.Match[str], span: Span) -> bool:
    """A bare four-digit number that counts or costs something (see ``not_a_year``)."""
    return len(span) == 1 and not_a_year(span[0], span.doc)


def season_as_noun(m: re.Match[str], span: Span) -> bool:
    """'the fall of the Wall', 'a sharp fall in prices', 'the Arab Spring': 'fall' and 'spring' are nouns
    as often as seasons. Capitalised inside a sentence without a year they name something; bare (no
    'last', year or 'early') they are seasons only after a temporal word ('in the fall', 'by spring')
    or before a noun they modify ('fall semester'), and never before 'of'/'in'/'from' without a year."""
    word = m["season"]
    if word.lower() not in NOUN_SEASONS or m["year"]:
        return False
    if word[0].isupper() and not span[0].is_sent_start:
        return True
    if m["rel"] or m["mod"]:
        return False
    if re.match(r"\s+(?:of|in|from|to|on|at)\b(?!\s+\d)", m.string[m.end():m.end() + 12], re.I):
        return True
    season = span[-1]
    if season.dep_ in ("compound", "amod") and season.head.i > season.i:
        return False
    return word_before(span[0]) not in TEMPORAL_WORDS


def bare_month_counts(m: re.Match[str], span: Span) -> bool:
    """'He met Jan 3 people': a bare abbreviation before a counting number (see ``counted_day``)."""
    return re.fullmatch(MONTH_BARE, m["month"]) is not None and counted_day(m, span.doc)
