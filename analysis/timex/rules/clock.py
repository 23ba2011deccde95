"""Rules for clock times and parts of a day: '3 p.m.', '0900 GMT', '4 in the morning', 'noon', 'this
morning'."""

from __future__ import annotations

import datetime
import re

from ..dates import day_year, parse_number, weekday_value
from ..records import Example, Context, Rule, Value
from ..vetoes import after_title_word
from ..vocabulary import (
    CLOCK, CLOCK_WORD, DAY, DAYWORD, MONTH_DAY, MONTHS, PART, PART_CODE, rx, WEEKDAY, WEEKDAYS,
)
from .common import direction_of


def _clock(m: re.Match[str], ctx: Context) -> Value | None:
    """'3 p.m.', '10:35 a.m. Friday', '5 p.m. EST Nov. 9' -> YYYY-MM-DDTHH:MM."""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if hour > 24 or minute > 59 or (ampm and hour > 12):
        return None
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return Value("TIME", f"{_clock_day(m, ctx, hour)}T{hour:02d}:{minute:02d}")


def _clock_day(m: re.Match[str], ctx: Context, hour: int) -> str:
    """The day of a clock time; a future time in the small hours with no day named ('will leave
    at 4 a.m.') is the coming night's, so the day after the anchor."""
    day = time_day(m, ctx)
    named = m.groupdict().get("dayword") or m.groupdict().get("month")
    if hour < 6 and ctx.tense == "future" and not named and ctx.anchor is not None:
        return (ctx.anchor + datetime.timedelta(days=1)).isoformat()
    return day


_CLOCK_PREPOSITION = re.compile(r"(?i)\b(?:at|until|till|by|around|about|before|after|from|to|since)\s+$")


def _after_clock_preposition(m: re.Match[str]) -> bool:
    """'at 4 in the morning', 'until ten at night': a clock time without a.m./p.m. needs its
    preposition ('One in the morning crowd' is not a time)."""
    return _CLOCK_PREPOSITION.search(m.string, max(0, m.start() - 8), m.start()) is not None


def _not_a_gloss(m: re.Match[str]) -> bool:
    """'10:35 a.m. (0735 GMT)': a time restated in another zone in brackets is not a second
    expression (the TBAQ gold leaves it untagged); '0900 GMT' in running text is one."""
    return not m.string[max(0, m.start() - 2):m.start()].rstrip().endswith("(")


def _clock_in_part(m: re.Match[str], ctx: Context) -> Value | None:
    """'4 in the morning', 'ten at night', 'seven o'clock' -> a clock time (p.m. for the afternoon,
    the evening and the night, except 'twelve at night', which is midnight)."""
    hour, minute = parse_number(m["hour"]), int(m["minute"] or 0)
    if hour is None or not 1 <= hour <= 12 or minute > 59:
        return None
    part = (m["part"] or "").lower()
    if part in ("afternoon", "evening", "night") and hour < 12 and not (part == "night" and hour < 5):
        hour += 12
    elif part in ("morning", "night") and hour == 12:
        hour = 0 if part == "morning" else 24
    return Value("TIME", f"{_clock_day(m, ctx, int(hour))}T{int(hour):02d}:{minute:02d}")


_DAY_AFTER = re.compile(rf"(?:\s*\([^)\n]{{1,24}}\)|\s+local\s+time|\s+[A-Z]{{2,4}}T)+,?\s+(?:on\s+)?"
                        rf"(?P<dayword>{WEEKDAY}|yesterday|today|tomorrow)\b")


def _day_after_clock(m: re.Match[str]) -> str | None:
    """'10:35 a.m. (0735 GMT) Friday', '3 p.m. local time Tuesday': the day named after a gloss."""
    found = _DAY_AFTER.match(m.string, m.end())
    return found["dayword"] if found else None


def time_day(m: re.Match[str], ctx: Context) -> str:
    """The day a clock time belongs to: a named weekday/date, yesterday/tomorrow, else the anchor."""
    word = (m.groupdict().get("dayword") or _day_after_clock(m) or "").lower().rstrip(".")
    if m.groupdict().get("month"):
        month, day = MONTHS[m["month"].lower().rstrip(".")], int(re.sub(r"\D", "", m["day"]))
        return f"{day_year(ctx, month, day) or 'XXXX'}-{month:02d}-{day:02d}"
    if word in WEEKDAYS:
        return weekday_value(ctx, WEEKDAYS[word], direction=direction_of(ctx))
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (ctx.anchor + datetime.timedelta(days=offset)).isoformat()


def named_time(m: re.Match[str], ctx: Context) -> Value | None:
    """'noon', 'midnight Friday', 'this morning' -> TIME on that day."""
    word = m["word"].lower()
    code = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}.get(word) or PART_CODE[word]
    return Value("TIME", f"{time_day(m, ctx)}T{code}")


CLOCK_RULES: tuple[Rule, ...] = (
    Rule(
        "part_deictic",
        rx(r"(?:(?:early|mid|late)[- ]?)?(?P<word>morning|afternoon|evening)\s+",
           r"(?P<dayword>yesterday|today|tomorrow)"),
        named_time,
        examples=(
            Example("At mid-afternoon yesterday, shares were up.",
                    "mid-afternoon yesterday", "TIME", "2025-03-11TAF"),
        ),
    ),
    Rule(
        "this_part",
        rx(rf"(?:(?:earlier|later)\s+)?(?:this|(?P<dayword>yesterday|tomorrow))\s+(?P<word>{PART})"),
        named_time,
        examples=(
            Example("He will speak later this afternoon.", "later this afternoon", "TIME", "2025-03-12TAF"),
        ),
    ),
    Rule(
        "clock",
        rx(CLOCK, r"(?:\s+(?-i:[A-Z]{1,4}T\b|GMT|UTC))?",
           rf"(?:,?\s+(?:on\s+)?{DAYWORD}|,?\s+(?P<month>{MONTH_DAY})\s+(?P<day>{DAY}))?"),
        _clock,
        examples=(
            Example("Officials extended the deadline until 9 a.m. Tuesday.",
                    "9 a.m. Tuesday", "TIME", "2025-03-18T09:00"),
            Example("The summit starts at 3 p.m.", "3 p.m.", "TIME", "2025-03-12T15:00"),
            Example("The plane will land at 3 a.m.", "3 a.m.", "TIME", "2025-03-13T03:00"),
            Example("The blast came at 10:35 a.m. (0735 GMT) Monday.", "10:35 a.m.", "TIME", "2025-03-10T10:35"),
            Example("Fighting began at 3 p.m. local time Tuesday.", "3 p.m.", "TIME", "2025-03-11T15:00"),
            Example("Voting closes at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00",
                    anchor=datetime.date(1989, 11, 2)),
        ),
    ),
    Rule(
        "clock24",
        rx(r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?P<ampm>)",
           r"(?:\s+(?:GMT|UTC|[A-Z]{2,4}T\b))?"),
        _clock,
        examples=(
            Example("The shelling started at 14:30 GMT.", "14:30 GMT", "TIME", "2025-03-12T14:30"),
        ),
    ),
    Rule(
        "clock_zone",
        rx(r"(?P<hour>[01]\d|2[0-3]|\d(?=\.))\.?(?P<minute>[0-5]\d)(?P<ampm>)\s+",
           rf"(?:(?-i:GMT|UTC|[A-Z]{{2,4}}T\b)|local\s+time)(?:,?\s+(?:on\s+)?{DAYWORD})?"),
        _clock,
        examples=(
            Example("The ship sank at 0900 GMT.", "0900 GMT", "TIME", "2025-03-12T09:00"),
        ),
        accept=_not_a_gloss,
    ),
    Rule(
        "clock_part",
        rx(rf"(?P<hour>\d{{1,2}}|{CLOCK_WORD})(?::(?P<minute>[0-5]\d))?\s+",
           r"(?=o'clock|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)(?:o'clock)?",
           r"(?:\s*(?:in\s+the|at)\s+(?P<part>morning|afternoon|evening|night))?"),
        _clock_in_part,
        examples=(
            Example("The convoy left at 4 in the morning.", "4 in the morning", "TIME", "2025-03-12T04:00"),
            Example("The bomb went off at ten at night.", "ten at night", "TIME", "2025-03-12T22:00"),
            Example("They met at 11 o'clock in the evening.",
                    "11 o'clock in the evening", "TIME", "2025-03-12T23:00"),
        ),
        accept=_after_clock_preposition,
    ),
    Rule(
        "named_time",
        rx(r"(?:(?:12|twelve)\s+)?(?P<word>noon|midday|midnight)",
           rf"(?:\s+(?:on\s+)?{DAYWORD})?"),
        named_time,
        examples=(
            Example("Polls closed at noon.", "noon", "TIME", "2025-03-12T12:00"),
            Example("The rally starts at 12 noon.", "12 noon", "TIME", "2025-03-12T12:00"),
            Example("The curfew begins at twelve midnight.", "twelve midnight", "TIME", "2025-03-12T24:00"),
        ),
        vetoes=(after_title_word,),
    ),
)
