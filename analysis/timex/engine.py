"""The tagging engine: every rule's matches over the text (paragraph by paragraph, skipping rules
whose necessary literals are absent), overlaps settled longest first, vetoes, the fallback on spaCy
DATE/TIME entities, resolution in text order (tracking the last date, month, year and quarter for
anaphora), and the finishing touches shared by all rules (rates, approximations, "the day before")."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from .. import errors, literals
from ..nlp import doc_text, entities, parse_one
from .dates import OutOfCalendar, interval
from .records import AnchorLike, Candidate, Context, Rule, Timex, Value
from .rules import ENTITY_RULES, RULES
from .tense import clause_tense
from .vetoes import is_title
from .vocabulary import RATE_WORDS

@lru_cache(maxsize=1)
def _rule_literals() -> tuple[literals.Literals | None, ...]:
    """Per rule of ``RULES``, strings one of which each of its matches contains (or ``None``)."""
    return tuple(literals.necessary_literals(rule.pattern) for rule in RULES)


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the text's paragraphs, the non-empty runs between blank lines."""
    bounds, start = [], 0
    for blank in _BLANK_LINE.finditer(text):
        bounds.append((start, blank.start()))
        start = blank.end()
    bounds.append((start, len(text)))
    return [(begin, end) for begin, end in bounds if begin < end]


def _candidates(text: str) -> list[Candidate]:
    """Every match of every rule; the extent is the group ``x`` when a rule defines one.
    Rules are matched paragraph by paragraph (an expression never spans a blank line), each
    only in the paragraphs holding one of its necessary literals."""
    chunks = [(start, end, text[start:end]) for start, end in paragraphs(text)]
    chunks = [(start, end, chunk, literals.fold(chunk)) for start, end, chunk in chunks]
    found = []
    for priority, (rule, needed) in enumerate(zip(RULES, _rule_literals())):
        for start, end, chunk, folded in chunks:
            if literals.may_match(needed, chunk, folded):
                found += _rule_matches(rule, priority, text, start, end)
    return found


def _rule_matches(rule: Rule, priority: int, text: str, start: int, end: int) -> list[Candidate]:
    """The accepted matches of one rule within ``text[start:end]``."""
    found = []
    for m in rule.pattern.finditer(text, start, end):
        if rule.accept is not None and not rule.accept(m):
            continue
        span = m.span("x") if "x" in m.groupdict() and m["x"] else m.span()
        found.append(Candidate(*span, priority, rule, m))
    return found


def _touches(ent: Span, chosen: list[Candidate], text: str) -> bool:
    """An entity overlaps a chosen candidate or is only a space or 'before'/'of' away from one
    ('mid-afternoon yesterday', 'the day before last Tuesday': parts of one expression);
    ``text`` is ``ent.doc.text``."""
    for c in chosen:
        if c.start < ent.end_char and ent.start_char < c.end:
            return True
        gap = text[ent.end_char:c.start] if c.start >= ent.end_char else text[c.end:ent.start_char]
        if len(gap) < 12 and re.fullmatch(r"\s*(?:before|after|of|on)?\s*", gap):
            return True
    return False


def _is_modifier(ent: Span) -> bool:
    """'morning talk show', 'Good evening': a one-word entity that modifies a noun or is a greeting."""
    if len(ent) != 1:
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent.root.dep_ in ("compound", "amod", "nmod") or before == "good"


def _entity_candidates(doc: Doc, chosen: list[Candidate], text: str) -> list[Candidate]:
    """Fallback candidates: spaCy DATE/TIME entities that overlap no chosen candidate and match
    one of ``ENTITY_RULES`` as a whole (``text`` is ``doc.text``)."""
    found = []
    for ent in entities(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if _touches(ent, chosen, text) or _is_modifier(ent):
            continue
        for priority, rule in enumerate(ENTITY_RULES, start=len(RULES)):
            m = rule.pattern.fullmatch(text, ent.start_char, ent.end_char)
            if m is not None and (rule.accept is None or rule.accept(m)):
                start, end = m.span("x") if "x" in m.groupdict() and m["x"] else m.span()
                found.append(Candidate(start, end, priority, rule, m))
                break
    return found


def _vetoed(cand: Candidate, doc: Doc) -> bool:
    """A chosen match is rejected by one of its rule's vetoes or, unless the rule opts out, as a
    title ('ABC's "This Week"')."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    if any(veto(cand.match, span) for veto in cand.rule.vetoes):
        return True
    return cand.rule.title_veto and is_title(span)


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, longest first (ties: the earlier rule)."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def _anchor_date(anchor: AnchorLike) -> datetime.date | None:
    """Accept a date, datetime, ISO string ('2025-03-12', '2025-03-12T10:00') or None."""
    if anchor is None or anchor == "":
        return None
    if isinstance(anchor, datetime.datetime):
        return anchor.date()
    if isinstance(anchor, datetime.date):
        return anchor
    try:
        return datetime.date.fromisoformat(str(anchor)[:10])
    except ValueError as exc:
        raise errors.ConfigurationError(errors.TIMEX_BAD_ANCHOR.format(value=anchor)) from exc


def _build(cand: Candidate, value: Value, text: str) -> Timex:
    """Turn a resolved candidate into a Timex with its granularity and interval."""
    granularity, first, last = interval(value.value)
    if value.type == "DURATION":
        granularity = "duration"
    elif value.type == "SET":
        granularity, first, last = "set", None, None
    if value.dates is not None:
        first, last = value.dates
    start, end = value.span or (cand.start, cand.end)
    return Timex(start, end, text[start:end], value.type, value.value, granularity, first, last, value.mod)


_DAY_SHIFT = re.compile(r"(?i)(?<![\w-])the\s+day\s+(?P<dir>before|after)\s+$")


def _day_shift(timex: Timex, text: str) -> Timex:
    """'the day before last Tuesday', 'the day after Christmas': one expression, a day off the date."""
    found = _DAY_SHIFT.search(text, max(0, timex.start - 20), timex.start)
    if found is None or timex.type != "DATE" or timex.granularity != "day" or timex.start_date is None:
        return timex
    day = timex.start_date + datetime.timedelta(days=1 if found["dir"].lower() == "after" else -1)
    return replace(timex, start=found.start(), text=text[found.start():timex.end], value=day.isoformat(),
                   start_date=day, end_date=day)


def _resolve_one(cand: Candidate, ctx: Context, doc: Doc, text: str) -> tuple[Value, Timex] | None:
    """Resolve one candidate in its clause's tense; ``None`` when its rule rejects it or its date
    falls outside the calendar ("58,100 years ago": arithmetic never raises out of the tagger)."""
    ctx.tense = clause_tense(doc, cand.start, cand.end)
    if cand.rule.tense is not None:
        ctx.tense = cand.rule.tense(cand.match, ctx.tense)
    try:
        value = cand.rule.resolve(cand.match, ctx)
        return None if value is None else (value, _day_shift(_build(cand, value, text), text))
    except (OutOfCalendar, OverflowError):
        return None


def _remember(ctx: Context, cand: Candidate, value: Value, timex: Timex) -> None:
    """Keep the last day, year, month and quarter mentioned, which anaphora count from."""
    if timex.granularity in ("day", "time") and timex.start_date is not None and value.type != "SET":
        ctx.reference = timex.start_date
    if timex.granularity in ("day", "time", "week", "month", "season", "quarter", "year") and timex.start_date:
        ctx.year = timex.start_date.year
    if timex.granularity in ("day", "time", "month") and timex.start_date and value.type != "SET":
        ctx.month = timex.start_date
    if cand.rule.names_quarter and timex.granularity == "quarter" and timex.start_date is not None:
        ctx.quarter = timex.value


def _resolve_all(doc: Doc, chosen: list[Candidate], anchor: datetime.date | None, text: str) -> list[Timex]:
    """Resolve candidates in text order (``text`` is ``doc.text``), tracking the last dates for anaphora."""
    ctx = Context(anchor)
    result = []
    for cand in chosen:
        resolved = _resolve_one(cand, ctx, doc, text)
        if resolved is not None:
            _remember(ctx, cand, *resolved)
            result.append(resolved[1])
    return result


_STAND_IN = datetime.date(2001, 6, 13)


def _with_order(timexes: list[Timex], stand_in: list[Timex]) -> list[Timex]:
    """Attach ``relative_days`` (offset from the unknown DCT) to underspecified values."""
    by_start = {t.start: t for t in stand_in}
    out = []
    for timex in timexes:
        twin = by_start.get(timex.start)
        if timex.start_date is None and twin is not None and twin.start_date is not None:
            timex = replace(timex, relative_days=(twin.start_date - _STAND_IN).days)
        out.append(timex)
    return out


def _as_rate(timex: Timex, doc: Doc) -> Timex:
    """'$5 a year', 'twice a week', '24 hours a day': 'a <unit>' after an amount is a SET."""
    if timex.type != "DURATION" or not re.fullmatch(r"(?i)an? \w+", timex.text):
        return timex
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return timex
    before = doc[span.start - 1]
    counted = before.tag_ in ("NNS", "CD") and span.root.dep_ == "npadvmod"
    if counted or before.like_num or before.lower_ in RATE_WORDS or before.ent_type_ in ("MONEY", "PERCENT"):
        return replace(timex, type="SET", granularity="set")
    return timex


_APPROX = re.compile(r"(?i:about|around|approximately|roughly)\s+$")


def _with_qualifier(timex: Timex, text: str) -> Timex:
    """'around 7:15 p.m.', 'about Nov. 1': an approximating word before a date or time belongs to
    its extent and sets ``mod`` APPROX (durations carry their own qualifiers); not before a
    possessive ('get around Wednesday's ruling': 'around' belongs to the verb)."""
    if timex.type not in ("DATE", "TIME") or timex.mod or text.startswith(("'s", "’s"), timex.end):
        return timex
    found = _APPROX.search(text, max(0, timex.start - 16), timex.start)
    if found is None or (found.start() > 0 and text[found.start() - 1].isalnum()):
        return timex
    return replace(timex, start=found.start(), text=text[found.start():timex.end], mod="APPROX")


def tag_doc(doc: Doc, *, anchor: AnchorLike = None) -> list[Timex]:
    """Temporal expressions of an already parsed Doc, resolved against ``anchor`` (the DCT)."""
    day = _anchor_date(anchor)
    text = doc_text(doc)
    chosen = [c for c in _select(_candidates(text)) if not _vetoed(c, doc)]
    chosen = sorted(chosen + _entity_candidates(doc, chosen, text), key=lambda c: c.start)
    timexes = [_with_qualifier(_as_rate(t, doc), text) for t in _resolve_all(doc, chosen, day, text)]
    if day is None:
        timexes = _with_order(timexes, _resolve_all(doc, chosen, _STAND_IN, text))
    return timexes


def tag(text: str, *, anchor: AnchorLike = None) -> list[Timex]:
    """Parse ``text`` with the project pipeline and return its temporal expressions."""
    return tag_doc(parse_one(text), anchor=anchor)
