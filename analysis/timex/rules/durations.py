"""Rules for durations: '19 years', '30-day', 'for months', 'recent years', 'day-long', 'the weeks
ahead'."""

from __future__ import annotations

import re

from ..dates import duration_value, parse_number, unit_name
from ..records import Example, Context, Rule, Value
from ..vocabulary import DAY_KIND, NUM, OR_SO, QUAL, rx, UNIT, UNITS
from .common import qualifier_mod


def _duration(m: re.Match[str], ctx: Context) -> Value | None:
    """'19 years', '30-day', 'more than two weeks' -> P19Y, P30D, P2W with a mod."""
    unit = unit_name(m["unit"])
    if unit in ("quarter", "second") and (m["n"].lower() in ("a", "an") or "-" in m.group(0)):
        return None
    n = parse_number(m["n"]) if m["n"] else 1
    if n is not None and m.groupdict().get("half"):
        n += 0.5
    return Value("DURATION", duration_value(n, unit), qualifier_mod(m), span=_without_article(m))


def _without_article(m: re.Match[str]) -> tuple[int, int] | None:
    """'the nine months' keeps its article, but in 'the 30-day truce' the article belongs to the noun
    that the hyphenated duration modifies: the extent is '30-day'."""
    if m["det"] and "-" in m.string[m.start("n"):m.end()]:
        return m.start("n"), m.end()
    return None


def _countable(m: re.Match[str]) -> bool:
    """Reject 'a decades(-long)': an article cannot count a plural unit; in 'a day-long meeting' the
    article belongs to the noun ('day-long' is the expression, rule ``unit_long``)."""
    article = m["n"].lower() in ("a", "an", "a single")
    return not (article and (m["plural"] or m.group(0).lower().endswith("long")))


def _unit_long(m: re.Match[str], ctx: Context) -> Value | None:
    """'day-long', 'yearlong', 'weeklong' -> one unit (P1D, P1Y, P1W)."""
    return Value("DURATION", duration_value(1, unit_name(m["unit"])))


def vague_duration(m: re.Match[str], ctx: Context) -> Value | None:
    """'for months' -> PXM; 'recent years' -> PXY; 'coming weeks' -> PXW."""
    return Value("DURATION", duration_value(None, unit_name(m.groupdict().get("unit2") or m["unit"])))


DURATION_RULES: tuple[Rule, ...] = (
    Rule(
        "ahead",
        rx(rf"the\s+(?P<unit>{UNITS})\s+ahead"),
        vague_duration,
        examples=(
            Example("The weeks ahead will be hard.", "The weeks ahead", "DURATION", "PXW"),
        ),
    ),
    Rule(
        "duration",
        rx(rf"(?:(?P<qual>{QUAL})\s+)?",
           r"(?:(?P<det>the)\s+(?:(?:past|last|next|first|previous|coming|following|latest)\s+)?)?",
           rf"(?P<n>{NUM})(?:\s+(?:more|additional|extra|straight|consecutive|{DAY_KIND}))?[- ]",
           rf"(?P<unit>{UNIT})(?P<plural>s)?(?P<half>\s+and\s+a\s+half)?(?:[- ]long)?{OR_SO}"),
        _duration,
        examples=(
            Example("They agreed to a 30-day cease-fire.", "30-day", "DURATION", "P30D"),
            Example("He was sentenced to 19 years in prison.", "19 years", "DURATION", "P19Y"),
            Example("The strike lasted two weeks.", "two weeks", "DURATION", "P2W"),
            Example("Net income for the nine months rose 5%.", "the nine months", "DURATION", "P9M"),
            Example("Both sides ended the 30-day truce.", "30-day", "DURATION", "P30D"),
            Example("The index rose for eight trading days.", "eight trading days", "DURATION", "P8D"),
            Example("Payment is due within three business days.", "three business days", "DURATION", "P3D"),
            Example("Sales fell for the past three years.", "the past three years", "DURATION", "P3Y"),
            Example("Tickets cost $40 a year.", "a year", "SET", "P1Y"),
            Example("The airline runs four flights a week.", "a week", "SET", "P1W"),
            Example("The case dragged on for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
            Example("The talks lasted a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
        ),
        accept=_countable,
    ),
    Rule(
        "vague_duration",
        rx(rf"(?:(?:for|over|in|of|past|within|the\s+past|the\s+last)\s+(?P<x>(?P<unit>{UNITS}))",
           rf"|(?:recent|coming)\s+(?P<unit2>{UNITS}))"),
        vague_duration,
        examples=(
            Example("For months, the town was occupied.", "months", "DURATION", "PXM"),
            Example("Crime has fallen in recent years.", "recent years", "DURATION", "PXY"),
            Example("Rates will fall in coming weeks.", "coming weeks", "DURATION", "PXW"),
        ),
    ),
    Rule(
        "vague_long",
        rx(rf"(?P<unit>{UNITS})-long"),
        vague_duration,
        examples=(
            Example("It ended a decades-long feud.", "decades-long", "DURATION", "PXY"),
        ),
    ),
    Rule(
        "unit_long",
        rx(r"(?P<unit>hour|day|week|month|year|decade|century)-?long"),
        _unit_long,
        examples=(
            Example("They left after a day-long meeting.", "day-long", "DURATION", "P1D"),
            Example("The yearlong inquiry ended.", "yearlong", "DURATION", "P1Y"),
            Example("A weeklong strike began.", "weeklong", "DURATION", "P1W"),
        ),
    ),
)
