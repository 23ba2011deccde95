"""Rules for expressions that count from the anchor or the last date: 'yesterday', 'last week', 'two
weeks ago', 'three days later', 'now', 'the past', 'the future'."""

from __future__ import annotations

import datetime
import re

from ..dates import (
    calendar_date, coarse_interval, duration_value, format_at, interval, parse_number, shift_date, underspecified_value,
    unit_name,
)
from ..records import Example, Context, Rule, Value
from ..vocabulary import DAY_KIND, DIRECTION, MODP, NUM, OR_SO, PART, PART_CODE, QUAL, RELATIVE, rx, UNIT
from .common import fixed_value, mod_of, qualifier_mod


def _deictic_day(m: re.Match[str], ctx: Context) -> Value | None:
    """'yesterday', 'today', 'tomorrow', 'tonight' -> the anchor's day shifted."""
    word = m["word"].lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    if ctx.anchor is None:
        return Value("DATE", {"today": "PRESENT_REF"}.get(word, "XXXX-XX-XX"))
    value = (ctx.anchor + datetime.timedelta(days=offset)).isoformat()
    part = (m["part"] or "").lower() or ("night" if word == "tonight" else "")
    if part:
        return Value("TIME", f"{value}T{PART_CODE[part]}")
    return Value("DATE", value, mod_of(m))


_ANAPHORIC = ("the following", "the previous", "that", "earlier that", "later that")


def _relative_unit(m: re.Match[str], ctx: Context) -> Value | None:
    """'last week', 'this month', 'next year', 'the following week' -> a shifted unit."""
    rel, unit = m["rel"].lower(), unit_name(m["unit"])
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
            "current": 0, "this past": -1, "this coming": 1, "the past": -1, "the last": -1,
            "the previous": -1, "the next": 1, "the coming": 1, "the current": 0,
            "the latest": -1 if unit == "quarter" else 0, "latest": -1 if unit == "quarter" else 0,
            "earlier this": 0, "later this": 0, "so far this": 0, "earlier that": 0, "later that": 0,
            "that": 0, "the following": 1, "a": 0}.get(rel)
    if step is None:
        return None
    anaphoric = rel in _ANAPHORIC or (rel == "the next" and unit == "day")
    base = ctx.base if anaphoric else ctx.anchor
    if anaphoric and unit == "month" and ctx.month is not None:
        base = ctx.month  # "In March, ... The following month" counts from March
    if anaphoric and unit == "quarter" and ctx.quarter is not None:
        return Value("DATE", format_at(shift_date(coarse_interval(ctx.quarter)[1], unit, step), unit), mod_of(m))
    if unit == "century" and rel in ("this", "the past", "the last"):
        return Value("DURATION", "P100Y")  # the gold convention: the span of a century
    if rel.endswith("that") and unit == "year" and ctx.year is not None:
        return Value("DATE", str(ctx.year), mod_of(m))
    if base is None:
        return Value("DATE", underspecified_value(unit, step), mod_of(m))
    return Value("DATE", format_at(shift_date(base, unit, step), unit), mod_of(m))


_FROM_ANCHOR = ("ago", "from now", "from today", "hence")  # count from the DCT: the whole phrase is a DATE


def _ago(m: re.Match[str], ctx: Context) -> Value | None:
    """'two weeks ago', 'three days from now', 'a year earlier' -> a date; 'three days later' counts
    from the previous date and is a placed DURATION (the TimeML gold convention); 'one year later'
    counts from the last year mentioned ('In 2003 ... One year later' is 2004)."""
    n, unit, word = parse_number(m["n"]), unit_name(m["unit"]), m["dir"].lower()
    sign = 1 if word in ("later", "after", "from now", "from today", "hence", "afterward", "afterwards") else -1
    if unit in ("hour", "minute", "second"):
        return clock_shift(m, n, unit, sign=sign)
    base = ctx.anchor if word in _FROM_ANCHOR else ctx.base
    if n is None or base is None or n != int(n):
        return Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "year" and ctx.quarter:
        return Value("DATE", f"{int(ctx.quarter[:4]) + sign * int(n)}{ctx.quarter[4:]}")
    if unit == "year" and word not in _FROM_ANCHOR and ctx.year is not None:
        return Value("DATE", str(calendar_date(ctx.year + sign * int(n), 1, 1).year))  # from the last year named
    target = shift_date(base, unit, sign * int(n))
    if word not in _FROM_ANCHOR and unit not in ("year", "decade", "century"):
        _, first, last = interval(format_at(target, unit))
        span = (m.start(), len(m.string[:m.start("dir")].rstrip()))
        return Value("DURATION", duration_value(n, unit), qualifier_mod(m), dates=(first, last), span=span)
    return Value("DATE", format_at(target, unit))


def clock_shift(m: re.Match[str], n: float | None, unit: str, *, sign: int) -> Value:
    """'two hours later' -> the DURATION 'two hours' (PT2H), as for days; 'two hours ago' points at
    a clock time the DCT does not give, so it stays a TIME PAST_REF (FUTURE_REF for 'from now')."""
    if m["dir"].lower() in _FROM_ANCHOR:
        return Value("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF")
    span = (m.start(), len(m.string[:m.start("dir")].rstrip()))
    return Value("DURATION", duration_value(n, unit), qualifier_mod(m), span=span)


def _last_night(m: re.Match[str], ctx: Context) -> Value | None:
    """'last night' -> TIME of the day before the anchor, part NI."""
    if ctx.anchor is None:
        return Value("TIME", "XXXX-XX-XXTNI")
    return Value("TIME", f"{(ctx.anchor - datetime.timedelta(days=1)).isoformat()}TNI")


RELATIVE_RULES: tuple[Rule, ...] = (
    Rule(
        "deictic",
        rx(r"(?:(?P<mod>early|late)\s+|(?:earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)",
           rf"(?:\s+(?P<part>{PART}))?"),
        _deictic_day,
        examples=(
            Example("The vote was held yesterday.", "yesterday", "DATE", "2025-03-11"),
            Example("The results come out today.", "today", "DATE", "2025-03-12"),
            Example("The final is played tonight.", "tonight", "TIME", "2025-03-12TNI"),
            Example("Later yesterday, the minister resigned.", "Later yesterday", "DATE", "2025-03-11"),
            Example("The vote was held yesterday.", "yesterday", "DATE", "2020-12-31",
                    anchor=datetime.date(2021, 1, 1)),
        ),
    ),
    Rule(
        "relative",
        rx(MODP, rf"(?P<rel>{RELATIVE})\s+(?:fiscal\s+(?=year|quarter))?",
           r"(?P<unit>week|weekend|month|quarter|year|decade|century|(?<=next |ious |wing |that )day)",
           OR_SO),
        _relative_unit,
        examples=(
            Example("Stocks fell last week.", "last week", "DATE", "2025-W10"),
            Example("Stocks rose this week.", "this week", "DATE", "2025-W11"),
            Example("The court rules next week.", "next week", "DATE", "2025-W12"),
            Example("Inflation eased last month.", "last month", "DATE", "2025-02"),
            Example("Elections are due next month.", "next month", "DATE", "2025-04"),
            Example("This year has been hard.", "This year", "DATE", "2025"),
            Example("The plant opens next year.", "next year", "DATE", "2026"),
            Example("Earnings dropped last quarter.", "last quarter", "DATE", "2024-Q4"),
            Example("Profit fell last fiscal year.", "last fiscal year", "DATE", "2024"),
            Example("Sales will rise in the current fiscal year.", "the current fiscal year", "DATE", "2025"),
            Example("Sales rose earlier this month.", "earlier this month", "DATE", "2025-03"),
            Example("Talks opened on March 3, 2025. Earlier that day, a bomb exploded.",
                    "Earlier that day", "DATE", "2025-03-03"),
            Example("The plant will close over the next year or so.", "the next year or so", "DATE", "2026"),
            Example("Talks opened on March 3, 2025. The following week, they collapsed.",
                    "The following week", "DATE", "2025-W11"),
            Example("Talks opened on March 3, 2025. The next day, they collapsed.",
                    "The next day", "DATE", "2025-03-04"),
            Example("In March 2024 the firm got an offer. The following month, it was sold.",
                    "The following month", "DATE", "2024-04"),
            Example("Sales rose in the second quarter of 2023. Results for that quarter included a gain.",
                    "that quarter", "DATE", "2023-Q2"),
            Example("Stocks fell last week.", "last week", "DATE", "2020-W53", anchor=datetime.date(2021, 1, 4)),
            Example("Stocks rose this week.", "this week", "DATE", "2020-W53", anchor=datetime.date(2021, 1, 3)),
            Example("The court rules next week.", "next week", "DATE", "2021-W01",
                    anchor=datetime.date(2020, 12, 28)),
            Example("Inflation eased last month.", "last month", "DATE", "2020-12",
                    anchor=datetime.date(2021, 1, 15)),
            Example("Prices fell last year.", "last year", "DATE", "2020", anchor=datetime.date(2021, 1, 1)),
        ),
        names_quarter=True,
    ),
    Rule(
        "ago",
        rx(rf"(?:(?P<qual>{QUAL})\s+)?(?P<n>{NUM})\s+(?:{DAY_KIND}\s+)?(?P<unit>{UNIT})s?{OR_SO}",
           rf"\s+(?P<dir>{DIRECTION})"),
        _ago,
        examples=(
            Example("The plant closed two weeks ago.", "two weeks ago", "DATE", "2025-W09"),
            Example("The plant closed a week or so ago.", "a week or so ago", "DATE", "2025-W10"),
            Example("The storm hit three days ago.", "three days ago", "DATE", "2025-03-09"),
            Example("Talks opened on March 3, 2025. A year later, they collapsed.",
                    "A year later", "DATE", "2026"),
            Example("Talks opened on March 3, 2019. The firm was sold in 2021. One year later, it closed.",
                    "One year later", "DATE", "2022"),
        ),
    ),
    Rule(
        "last_night",
        rx(r"last\s+night"),
        _last_night,
        examples=(
            Example("Shelling resumed last night.", "last night", "TIME", "2025-03-11TNI"),
        ),
    ),
    Rule(
        "present",
        rx(r"now|currently|current|nowadays|at present|these days|the present",
           r"|present day"),
        fixed_value("PRESENT_REF"),
        examples=(
            Example("Prices are now rising.", "now", "DATE", "PRESENT_REF"),
            Example("The border is currently closed.", "currently", "DATE", "PRESENT_REF"),
        ),
    ),
    Rule(
        "past",
        rx(r"recently|the past|lately"),
        fixed_value("PAST_REF"),
        examples=(
            Example("In the past, the border was open.", "the past", "DATE", "PAST_REF"),
        ),
    ),
    Rule(
        "future",
        rx(r"the (?:near |distant |foreseeable )?future|someday|the (?:near|short|long) term",
           r"|a\s+later\s+(?:date|time)"),
        fixed_value("FUTURE_REF"),
        examples=(
            Example("The bonds will be sold at a later date.", "a later date", "DATE", "FUTURE_REF"),
        ),
    ),
)
