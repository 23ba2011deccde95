"""Rules for sets (recurring times): 'annual', 'every week', 'on Mondays', 'Tuesday nights', 'each
July'."""

from __future__ import annotations

import re

from ..dates import duration_value, parse_number, unit_name
from ..records import Example, Context, Rule, Value
from ..vetoes import daily_as_noun
from ..vocabulary import MONTH, MONTHS, NUM, PART, PART_CODE, rx, SET_WORDS, UNIT, WEEKDAY, WEEKDAYS


def _set_word(m: re.Match[str], ctx: Context) -> Value | None:
    """'annual', 'daily', 'weekly' -> a SET with the period."""
    return Value("SET", SET_WORDS[m["word"].lower()])


def _every(m: re.Match[str], ctx: Context) -> Value | None:
    """'every week', 'each year', 'every Monday (night)', 'each July' -> a SET."""
    if m["weekday"]:
        return weekdays_set(m, ctx)
    if m["month"]:
        return Value("SET", f"XXXX-{MONTHS[m['month'].lower().rstrip('.')]:02d}")
    n = parse_number(m["n"]) if m["n"] else 1
    return Value("SET", duration_value(n, unit_name(m["unit"])))


def weekdays_set(m: re.Match[str], ctx: Context) -> Value | None:
    """'on Mondays', 'Tuesday nights', 'every Friday' -> SET XXXX-WXX-1, XXXX-WXX-2TNI, ..."""
    weekday = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    part = (m["part"] or m.groupdict().get("part2") or "").lower().rstrip("s")
    return Value("SET", f"XXXX-WXX-{weekday}" + (f"T{PART_CODE[part]}" if part else ""))


def _every_span(m: re.Match[str], ctx: Context) -> Value | None:
    """'every other week' -> P2W; otherwise as ``_every``."""
    if m["n"] and m["n"].lower() == "other":
        return Value("SET", duration_value(2, unit_name(m["unit"])))
    return _every(m, ctx)


SET_RULES: tuple[Rule, ...] = (
    Rule(
        "set_word",
        rx(r"(?P<word>annual|annually|yearly|daily|weekly|monthly|hourly|nightly|biweekly",
           r"|semiannual|biannual)"),
        _set_word,
        examples=(
            Example("He held his annual news conference.", "annual", "SET", "P1Y"),
            Example("The paper is printed daily.", "daily", "SET", "P1D"),
        ),
        vetoes=(daily_as_noun,),
    ),
    Rule(
        "every",
        rx(rf"(?:every|each|per)\s+(?:(?P<n>other|{NUM})\s+)?",
           rf"(?:(?P<unit>{UNIT})s?|(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?|(?P<month>{MONTH}))"),
        _every_span,
        examples=(
            Example("The ferry runs every week.", "every week", "SET", "P1W"),
            Example("The prize is awarded each year.", "each year", "SET", "P1Y"),
            Example("The river floods each July.", "each July", "SET", "XXXX-07"),
        ),
    ),
    Rule(
        "weekdays",
        rx(r"(?-i:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
           r"(?:s(?:\s+(?P<part>morning|afternoon|evening|night)s?)?",
           r"|\s+(?P<part2>morning|afternoon|evening|night)s))"),
        weekdays_set,
        examples=(
            Example("The shop closes on Mondays.", "Mondays", "SET", "XXXX-WXX-1"),
            Example("He works Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ),
    ),
)
