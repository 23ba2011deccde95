"""Rules for dates named by the calendar: ISO and numeric dates, month-day dates, months, weekdays,
holidays."""

from __future__ import annotations

import calendar
import datetime
import re

from ..dates import day_year, format_at, holiday_date, holiday_name, month_year, weekday_value
from ..records import Example, Context, Rule, Value
from ..tense import deadline_tense
from ..vetoes import after_title_word, bare_month_counts, month_as_name_or_verb
from ..vocabulary import (
    AFTER_DAY, DAY, HOLIDAY_NAMES, HOLIDAYS, MODP, MONTH, MONTH_BARE, MONTH_DAY, MONTHS, PART, PART_CODE,
    REL, rx, SPELLED_YEAR, WEEKDAY, WEEKDAYS, YEAR, YEARP,
)
from .common import direction_of, mod_of, year_text


_SHARED_YEAR = re.compile(rf"\s+(?:and|or|to|through)\s+{DAY},?\s+(?P<year>{YEAR})\b")


def date_mdy(m: re.Match[str], ctx: Context) -> Value | None:
    """'March 12, 2025' / '12 March' -> YYYY-MM-DD (year from the anchor when missing)."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m["day"]))
    shared = _SHARED_YEAR.match(m.string, m.end())  # "Dec. 14 and 15, 2011"
    year = m["year"] or (shared and shared["year"]) or day_year(ctx, month, day)
    if day > calendar.monthrange(int(year) if year else 2000, month)[1]:
        return None
    return Value("DATE", f"{year or 'XXXX'}-{month:02d}-{day:02d}", mod_of(m))


def _second_day(m: re.Match[str], ctx: Context) -> Value | None:
    """'25' in 'April 24 and 25' -> the 25th of the month just named (its own TIMEX3)."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m["day2"]))
    if day <= int(re.sub(r"\D", "", m["day"])):
        return None
    year = m["year"] or day_year(ctx, month, day)
    if day > calendar.monthrange(int(year) if year else 2000, month)[1]:
        return None
    return Value("DATE", f"{year or 'XXXX'}-{month:02d}-{day:02d}")


def _week_of(m: re.Match[str], ctx: Context) -> Value | None:
    """'the week of March 6' -> the ISO week of that day ('the weekend of' -> its weekend)."""
    day = date_mdy(m, ctx)
    if day is None or day.value.startswith("X"):
        return day
    unit = m["unit"].lower()
    return Value("DATE", format_at(datetime.date.fromisoformat(day.value), unit))


def _date_numeric(m: re.Match[str], ctx: Context) -> Value | None:
    """'3/12/2025' -> 2025-03-12 (US month/day order unless the first number exceeds 12)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or day > 31:
        return None
    return Value("DATE", f"{year}-{month:02d}-{day:02d}")


def _date_iso(m: re.Match[str], ctx: Context) -> Value | None:
    """'2025-03-12' -> DATE, '2025-03-12 13:06' -> TIME."""
    if int(m["month"]) > 12 or int(m["day"]) > 31:
        return None
    value = f"{m['year']}-{m['month']}-{m['day']}"
    if m["hour"]:
        return Value("TIME", f"{value}T{m['hour']}:{m['minute']}")
    return Value("DATE", value)


def _month_only(m: re.Match[str], ctx: Context) -> Value | None:
    """'December', 'last April', 'February 2022', 'May this year' -> YYYY-MM."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "next": "next", "this": "this", "this past": "last"}.get(rel, direction_of(ctx))
    year = year_text(m["year"]) or month_year(ctx, month, direction=direction)
    if m["yrel"] and ctx.anchor is not None:
        year = str(ctx.anchor.year + {"last": -1, "next": 1}.get(m["yrel"].lower(), 0))
    return Value("DATE", f"{year or 'XXXX'}-{month:02d}", mod_of(m))


def weekday_rule(m: re.Match[str], ctx: Context) -> Value | None:
    """'Tuesday', 'last Saturday', 'late Wednesday', 'Wednesday night' -> a day (by tense)."""
    weekday = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "next": "next", "this": "this", "this past": "last",
                 "this coming": "next", "past": "last", "coming": "next", "the following": "following",
                 "the next": "following", "the previous": "previous"}.get(rel, direction_of(ctx))
    value = weekday_value(ctx, weekday, direction=direction)
    part = (m["part"] or "").lower()
    if part and not value.startswith("X"):
        return Value("DATE", f"{value}T{PART_CODE[part]}")
    return Value("DATE", value, mod_of(m))


def _holiday(m: re.Match[str], ctx: Context) -> Value | None:
    """'Christmas', 'last Thanksgiving', 'Easter 2024' -> the holiday's date (year by tense/rel)."""
    name, rel = holiday_name(m["name"]), (m["rel"] or "").lower()
    if m["year"]:
        return Value("DATE", holiday_date(name, int(m["year"])).isoformat())
    anchor = ctx.anchor
    if anchor is None:
        return Value("DATE", "XXXX-%02d-%02d" % HOLIDAYS[name] if name in HOLIDAYS else "XXXX-XX-XX")
    this = holiday_date(name, anchor.year)
    if rel == "last":
        year = anchor.year if this < anchor else anchor.year - 1
    elif rel == "next":
        year = anchor.year if this > anchor else anchor.year + 1
    else:
        year = int(day_year(ctx, this.month, this.day) or anchor.year)
    return Value("DATE", holiday_date(name, year).isoformat())


NAMED_RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        rx(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)",
           r"(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d)?)?"),
        _date_iso,
        examples=(
            Example("The filing is dated 2025-03-12.", "2025-03-12", "DATE", "2025-03-12"),
        ),
    ),
    Rule(
        "numeric",
        rx(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d\d)"),
        _date_numeric,
        examples=(
            Example("The form was filed on 3/12/2025.", "3/12/2025", "DATE", "2025-03-12"),
        ),
    ),
    Rule(
        "mdy",
        rx(MODP, rf"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH_DAY})\s+(?P<day>{DAY})", YEARP),
        date_mdy,
        examples=(
            Example("The deal was signed on March 12, 2025.", "March 12, 2025", "DATE", "2025-03-12"),
            Example("Talks resumed Mar. 12 in Geneva.", "Mar. 12", "DATE", "2025-03-12",
                    anchor=datetime.date(2025, 3, 20)),
            Example("The vote is set for Oct. 15.", "Oct. 15", "DATE", "2025-10-15"),
            Example("The firm named a new chairman, effective Feb. 1.", "Feb. 1", "DATE", "2026-02-01",
                    anchor=datetime.date(2025, 10, 26)),
            Example("The summit is scheduled for Oct. 15.", "Oct. 15", "DATE", "2025-10-15"),
            Example("The index is near the record high set on May 20.", "May 20", "DATE", "2024-05-20"),
        ),
        vetoes=(bare_month_counts,), tense=deadline_tense,
    ),
    Rule(
        "week_of",
        rx(rf"the\s+(?P<unit>week|weekend)\s+of\s+(?P<month>{MONTH_DAY})\s+(?P<day>{DAY})", YEARP),
        _week_of,
        examples=(
            Example("The envoy visits during the week of March 24.", "the week of March 24", "DATE", "2025-W13"),
        ),
    ),
    Rule(
        "second_day",
        rx(rf"(?P<month>{MONTH_DAY})\s+(?P<day>{DAY})\s+(?:and|or|to|through)\s+(?P<x>(?P<day2>{DAY})",
           rf"(?={AFTER_DAY}){YEARP})"),
        _second_day,
        examples=(
            Example("Talks are set for April 24 and 25.", "25", "DATE", "2025-04-25"),
        ),
        vetoes=(bare_month_counts,),
    ),
    Rule(
        "dmy",
        rx(rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH_DAY})", YEARP),
        date_mdy,
        examples=(
            Example("It was signed on 12 March 2025 in Riyadh.", "12 March 2025", "DATE", "2025-03-12"),
        ),
        tense=deadline_tense,
    ),
    Rule(
        "month",
        rx(MODP, r"(?:(?P<rel>this past|last|next|this)\s+)?",
           rf"(?P<month>{MONTH}|{MONTH_BARE}(?=,?\s+(?:of\s+)?{YEAR}\b))",
           rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}|{SPELLED_YEAR})|\s+(?P<yrel>this|last|next)\s+year)?"),
        _month_only,
        examples=(
            Example("The war began in February 2022.", "February 2022", "DATE", "2022-02"),
            Example("The firm had sold half its stake by May.", "May", "DATE", "2025-05",
                    anchor=datetime.date(2025, 10, 26)),
            Example("The talks are supposed to conclude by May.", "May", "DATE", "2026-05",
                    anchor=datetime.date(2025, 10, 26)),
            Example("The bank extended the loans through January.", "January", "DATE", "2026-01",
                    anchor=datetime.date(2025, 10, 26)),
            Example("He spoke about it in December.", "December", "DATE", "2024-12"),
            Example("Prices have risen since April.", "April", "DATE", "2024-04"),
            Example("The payment is not due until October.", "October", "DATE", "2025-10"),
            Example("He will visit the region in December.", "December", "DATE", "2025-12"),
            Example("He will fly home in April for Easter.", "April", "DATE", "2025-04"),
            Example("January nineteen ninety-seven brought a second bomb.",
                    "January nineteen ninety-seven", "DATE", "1997-01"),
        ),
        vetoes=(after_title_word, month_as_name_or_verb), tense=deadline_tense,
    ),
    Rule(
        "weekday",
        rx(r"(?:(?P<mod>early|late)\s+)?", rf"(?:(?P<rel>{REL}|the following|the next|the previous)\s+)?",
           rf"(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?"),
        weekday_rule,
        examples=(
            Example("The report has been released on Monday.", "Monday", "DATE", "2025-03-10"),
            Example("A spokesman said Tuesday the plant would reopen.", "Tuesday", "DATE", "2025-03-11"),
            Example("She left for Paris on Tuesday.", "Tuesday", "DATE", "2025-03-11"),
            Example("She will leave for Paris on Tuesday.", "Tuesday", "DATE", "2025-03-18"),
            Example("The team plans to meet on Friday.", "Friday", "DATE", "2025-03-14"),
            Example("The offer had been scheduled to expire Friday.", "Friday", "DATE", "2025-03-07"),
            Example("The permit had been due to lapse on Monday.", "Monday", "DATE", "2025-03-10"),
            Example("The team planned to leave Kyiv on Thursday.", "Thursday", "DATE", "2025-03-13"),
            Example("The team planned to leave Kyiv on Monday.", "Monday", "DATE", "2025-03-10"),
            Example("The court postponed until Monday any ruling.", "Monday", "DATE", "2025-03-17"),
            Example("He stayed in Kyiv until Monday.", "Monday", "DATE", "2025-03-10"),
            Example("He arrived in Kyiv last Saturday.", "last Saturday", "DATE", "2025-03-08"),
            Example("The day before last Tuesday's hearing, he fled.",
                    "The day before last Tuesday", "DATE", "2025-03-10"),
            Example("They meet again next Monday.", "next Monday", "DATE", "2025-03-17"),
            Example("He spoke to reporters late Wednesday.", "late Wednesday", "DATE", "2025-03-12"),
            Example("The shelling began Wednesday night.", "Wednesday night", "DATE", "2025-03-12TNI"),
        ),
    ),
    Rule(
        "holiday",
        rx(r"(?:(?P<rel>last|next|this)\s+)?", rf"(?-i:(?P<name>{HOLIDAY_NAMES}))", YEARP),
        _holiday,
        examples=(
            Example("Shops reopened the day after Christmas.", "the day after Christmas", "DATE", "2024-12-26"),
            Example("He was released on Christmas Day.", "Christmas Day", "DATE", "2024-12-25"),
            Example("The church will be full on Easter.", "Easter", "DATE", "2025-04-20"),
            Example("Stores close on Memorial Day.", "Memorial Day", "DATE", "2025-05-26"),
            Example("The boy was found last Thanksgiving.", "last Thanksgiving", "DATE", "1999-11-25",
                    anchor=datetime.date(2000, 2, 10)),
        ),
        title_veto=False,
    ),
)
