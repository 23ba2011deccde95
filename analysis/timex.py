"""Temporal expressions -> TIMEX3 values (a rule-based tagger in the style of HeidelTime).

Method
------
1. **Extraction.** A table of rules (``RULES``), each a regular expression over the document text
   plus a small resolver function. All rules run over the text; overlapping candidates are
   reduced to the longest (ties: the earlier rule). Month and weekday names must be capitalised;
   abbreviations need their full stop, except a month's before a day or a year ("Jan 3",
   "Feb 2024", but not "Jan Smith" or "he met Jan 3 people"), and the spaCy parse vetoes "May"/"March"/"fall" used as
   verbs, "daily" used as a noun, numbers that count or cost something rather than name a year
   ("1500 workers", but "the 2005 bombings" is a year), and names such as "the annual March for
   Life" or "High Noon". Seasons take their article ("the summer", "the spring of 2012").
   **Fallback.** spaCy's own DATE/TIME entities that no rule overlaps (nor touches: "mid-afternoon
   yesterday" is one expression) are tried against a few whole-entity patterns (``ENTITY_RULES``):
   a part of the day ("the morning", "mid afternoon", "the next morning") is a TIME on the last
   named day; a bare plural unit ("months of delays", "over the years", "just months ago") a vague
   DURATION ``PXM``/``PXY``, unless an event places it ("the days before the attack", "minutes
   apart"); "year-earlier" the last named quarter a year back. Other entities (ages, "the day",
   one-word modifiers such as "morning talk show", greetings such as "Good evening") are dropped.
2. **Normalisation.** Each resolver turns its match into a TIMEX3 ``type``, ``value`` and ``mod``
   following the TimeML conventions of the TempEval-3 gold data (TBAQ TimeBank/AQUAINT):

   - absolute dates ("March 12, 2025", "12 March 2025", "3/12/2025", "2025-03-12") are copied;
     a missing year comes from the anchor (the document creation time, DCT), moved a year back
     or forward when the tense or a distance of several months says so (a future clause, "is set
     for Oct. 15", keeps a date months ahead in the anchor's year);
   - deictic expressions ("yesterday", "last week", "this month", "next year", "two weeks ago",
     "three days from now", "earlier this month", "last night") shift the anchor by the named unit and print the value
     at that unit's granularity (``2025-03-11``, ``2025-W10``, ``2025-03``, ``2024``). Weeks are
     ISO weeks: 2021-01-03 is a Sunday in ``2020-W53``, so "last week" is ``2020-W53`` from
     2021-01-04 and ``2020-W52`` from 2021-01-03;
   - bare weekdays, months, seasons and holidays ("on Tuesday", "in December", "summer",
     "Easter") are resolved by the tense of the verb that governs them in the spaCy parse:
     past (simple past, perfect, participle) or present -> the most recent one on or before the
     anchor; future ("will", "would", "going to", an infinitive or a plan verb such as "plans
     to") -> the next one, but a bare participle of a plan verb ("the record set in May") is past;
     no verb -> the nearest. A possessive ("Wednesday's ruling") counts as
     past, and so does a simple-past verb right before it ("said Tuesday the plant would
     reopen": the report is dated, not the reopening). A present passive ("is expected to") is
     present, a past-perfect plan ("had been scheduled to expire Friday") past, a simple-past
     plan ("planned to leave on Thursday") the nearest; "until"/"through" under a verb of
     deferral ("postponed until Monday") and "effective Feb. 1" / a deadline "by May" look
     ahead. "last"/"next"/"this" override the tense;
   - anaphoric expressions ("the following week", "the next day", "that year") count from the
     most recently mentioned date in the text (the anchor if none), "the following month" from
     the last month named; "the quarter", "that quarter", "the latest period", "the 1988
     period" and "a year ago" in a text that names quarters refer to the last quarter
     mentioned (business news), "the year-ago third quarter" to that quarter a year before.
     "Two days later" / "a day earlier" follow the TimeML gold convention: the extent is "two
     days", a DURATION ``P2D``, but ``start_date``/``end_date`` carry the day it points to (the
     previous date + 2 days), so the chronology can still place it. "A day after <event>" is a
     DURATION ``P1D`` without dates: it counts from an event, not from a date the text gives (in
     the sample article the previously mentioned date is the visit itself, so shifting it would
     be wrong). Whole years ("a year earlier") stay DATEs, as in the gold data;
   - "now", "currently", "current" -> ``PRESENT_REF``; "recently", "the past" -> ``PAST_REF``;
     "the future", "the near term" -> ``FUTURE_REF``; "recent years" and "coming weeks" are
     vague DURATIONs ``PXY``, ``PXW`` (7 of 12 "recent <units>" and 2 of 3 "coming <units>" in
     the TimeBank/AQUAINT gold);
   - durations ("30-day", "19 years", "for months", "the past two weeks", "2 1/2 years", "a year
     and a half") -> ``P30D``, ``P19Y``, ``PXM``, ``P2W``, ``P2Y6M``, ``P1Y6M``, with ``mod``
     MORE_THAN/LESS_THAN/APPROX for "more than", "nearly", "about" ("over the past two weeks":
     "over" is a preposition, outside the extent); "the (fiscal) year ended Sept. 30" is
     ``P1Y``, "day-long"/"yearlong" ``P1D``/``P1Y``, "two hours later" the DURATION ``PT2H``;
     ages ("a 22-year-old man", "22 years old") are not temporal expressions, nor is a unit word
     capitalised inside a sentence ("ABC's \"This Week\"", "60 Minutes": programme names);
   - sets ("annual", "daily", "every week", "each year", "$40 a year", "four flights a week",
     "on Mondays", "Tuesday nights", "each July") -> ``P1Y``, ``P1D``, ``P1W``,
     ``XXXX-WXX-1``, ``XXXX-WXX-2TNI``, ``XXXX-07``;
   - "about"/"around"/"approximately"/"roughly" before a date or time joins its extent with
     ``mod`` APPROX ("around 7:15 p.m.", "about Nov. 1"), as the TimeML guidelines prescribe;
   - times ("3 p.m.", "9.30am", "noon", "5 p.m. EST Nov. 9", "4 p.m. ET", "0900 GMT", "at 4 in
     the morning", "ten at night") -> ``2025-03-12T15:00``, ``...T12:00``; a 24-hour time
     without a colon needs its zone ("0900 GMT", "14.30 GMT", "0600 local time"), so years and
     amounts stay apart; a day
     named after a gloss ("10:35 a.m. (0735 GMT) Friday") is the time's day, the bracketed gloss
     itself is not tagged, and a future time in the small hours
     with no day named is the next day's;
     "Wednesday night" is the DATE ``2025-03-12TNI`` (the gold majority types it DATE);
     "late Wednesday" is the DATE of that Wednesday with ``mod`` END.
3. **Intervals.** ``start_date``/``end_date`` are derived from the value (a week covers Monday to
   Sunday, a season three months with winter starting in December, a decade ten years).

Without an anchor, values stay underspecified (``XXXX-WXX-3``, ``XXXX-12``); ``relative_days``
then orders them: it is the day offset of the interval's start from the unknown DCT, computed by
resolving against a stand-in anchor (exact for day/week/month/year shifts such as "yesterday" or
"last year"; for weekdays, months and seasons it assumes the stand-in's weekday and month, so it is
approximate within one such unit).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import errors, literals
from .nlp import doc_text, entities, parse_one

AnchorLike = datetime.date | datetime.datetime | str | None


@dataclass(frozen=True)
class Timex:
    """One temporal expression: offsets into the text, TIMEX3 type/value and its interval."""

    start: int
    end: int
    text: str
    type: str
    value: str
    granularity: str
    start_date: datetime.date | None
    end_date: datetime.date | None
    mod: str = ""
    relative_days: int | None = None


@dataclass(frozen=True)
class _Value:
    type: str
    value: str
    mod: str = ""
    dates: tuple[datetime.date, datetime.date] | None = None  # overrides the value's interval
    span: tuple[int, int] | None = None  # overrides the match's extent


@dataclass
class _Context:
    """What resolvers may look at: the anchor, the tense around the match and the last date."""

    anchor: datetime.date | None
    tense: str = "none"
    reference: datetime.date | None = None
    quarter: str | None = None
    year: int | None = None
    month: datetime.date | None = None  # the last day or month mentioned, for "the following month"

    @property
    def base(self) -> datetime.date | None:
        """The date anaphoric expressions count from: the last mentioned day, else the anchor."""
        return self.reference or self.anchor


Resolver = Callable[[re.Match[str], _Context], _Value | None]


@dataclass(frozen=True)
class Rule:
    """A named regular expression and the resolver that normalises its matches."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    accept: Callable[[re.Match[str]], bool] | None = None  # a filter applied before overlaps are settled


# ---------------------------------------------------------------- vocabulary

MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
WEEKDAYS = {name: i for i, names in enumerate(
    [("monday", "mon"), ("tuesday", "tues", "tue"), ("wednesday", "wed"), ("thursday", "thurs", "thu"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")], start=1) for name in names}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "a single": 1,
                "a couple of": 2, "a couple": 2, "couple of": 2, "an additional": 1, "half a": 0.5, "half an": 0.5,
                "a half": 0.5, "an half": 0.5, "half": 0.5, "half a dozen": 6, "dozen": 12, "a dozen": 12})
ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first".split())}
UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
             "second": "S", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE",
             "night": "D", "fortnight": "W", "yr": "Y", "min": "M", "sec": "S", "hr": "H"}
SET_WORDS = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "daily": "P1D",
             "weekly": "P1W", "monthly": "P1M", "hourly": "PT1H",
             "nightly": "P1D", "biweekly": "P2W", "semiannual": "P6M", "biannual": "P6M"}

_NUM_WORD = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
             r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
             r"|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a dozen|dozen")
NUM = (rf"(?:\d{{1,3}} 1/2|(?:\d{{1,3}}|{_NUM_WORD}|an?) and a half|half a dozen|an? half|half an?|half(?=-)"
       rf"|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{_NUM_WORD}|a couple of|a couple|couple of"
       r"|an additional|an?|a single|several|a few|few|many|some|a number of|numerous)")
UNIT = (r"(?:year|month|week|day|hour|minute|second|decade|century|centurie|fortnight|weekend|night"
        r"|quarter|yr|min|sec|hr)")
MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
# an abbreviation without its full stop ("Jan 3", "Sept 11, 2001", "Feb 2024") only before a day or a
# year: alone, "Jan" is as likely a first name and "Mar" a verb
MONTH_BARE = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\w.])"
MONTH_DAY = rf"(?:{MONTH}|{MONTH_BARE})"  # a month directly followed by its day
WEEKDAY = (r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
           r"|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.)")
SEASON = r"(?:spring|summer|fall|autumn|winter)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART = r"(?:morning|afternoon|evening|night|overnight)"
PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
MODS = {"early": "START", "late": "END", "mid": "MID", "the end of": "END", "the beginning of": "START",
        "the start of": "START", "the middle of": "MID", "end of": "END", "the first half of": "START",
        "the second half of": "END", "the close of": "END", "the turn of": "", "the spring of": ""}
MOD = r"(?:early|late|mid-?|the end of|end of|the beginning of|the start of|the middle of)"


# ---------------------------------------------------------------- calendar helpers

def _number(word: str) -> float | None:
    """'two' -> 2, '19' -> 19, 'twenty-five' -> 25, 'several' -> None (vague)."""
    word = word.lower().strip().replace(",", "")
    if word.endswith((" 1/2", " and a half")):  # "2 1/2", "two and a half"
        whole = _number(word.rsplit(" ", 3)[0] if word.endswith("half") else word[:-4])
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) if "." in word else int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def _unit(word: str) -> str:
    """Normalise 'Years', 'centuries', 'hrs' to a singular unit name."""
    word = word.lower().rstrip("s")
    word = {"centurie": "century", "yr": "year", "hr": "hour", "min": "minute", "sec": "second"}.get(word, word)
    return word


def _add_months(day: datetime.date, months: int) -> datetime.date:
    """Shift a date by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(day: datetime.date, unit: str, n: int) -> datetime.date:
    """Move a date by ``n`` units (day, week, weekend, month, quarter, year, decade, century)."""
    if unit in ("day", "night"):
        return day + datetime.timedelta(days=n)
    if unit in ("week", "weekend", "fortnight"):
        return day + datetime.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    return _add_months(day, n * months) if months else day


def _format(day: datetime.date, unit: str) -> str:
    """Print a date at the granularity of ``unit`` (ISO weeks for weeks)."""
    if unit in ("week", "weekend", "fortnight"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    formats = {"month": f"{day.year}-{day.month:02d}", "year": f"{day.year}",
               "quarter": f"{day.year}-Q{(day.month - 1) // 3 + 1}", "decade": f"{day.year // 10}",
               "century": f"{day.year // 100}"}
    return formats.get(unit, day.isoformat())


def _weekday(ctx: _Context, weekday: int, *, direction: str) -> str:
    """Resolve a weekday (1=Monday) against the anchor; direction past/future/nearest/this."""
    base = ctx.base if direction in ("following", "previous") else ctx.anchor
    direction = {"following": "next", "previous": "last"}.get(direction, direction)
    if base is None:
        return f"XXXX-WXX-{weekday}"
    delta = weekday - base.isoweekday()
    if direction == "this":
        return (base + datetime.timedelta(days=delta)).isoformat()
    if direction == "past" or (direction == "nearest" and (delta > 3 or -3 <= delta <= 0)):
        return (base - datetime.timedelta(days=(-delta) % 7)).isoformat()
    if direction == "last":
        return (base - datetime.timedelta(days=(-delta - 1) % 7 + 1)).isoformat()
    if direction == "next":
        return (base + datetime.timedelta(days=(delta - 1) % 7 + 1)).isoformat()
    return (base + datetime.timedelta(days=delta % 7)).isoformat()


def _month_year(ctx: _Context, month: int, *, direction: str) -> str | None:
    """Year of a bare month name: past -> on/before the anchor, future -> on/after."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    year = anchor.year
    if (direction == "past" and month > anchor.month + 1) or (direction == "last" and month >= anchor.month):
        year -= 1
    elif direction in ("future", "next") and (month < anchor.month or (direction == "next" and month == anchor.month)):
        year += 1
    elif direction == "nearest" and month - anchor.month > 6:
        year -= 1
    elif direction == "nearest" and anchor.month - month > 7:
        year += 1
    return str(year)


def _day_year(ctx: _Context, month: int, day: int) -> str | None:
    """Year of 'Nov. 22': the anchor's, unless the tense or a half-year distance says otherwise."""
    anchor = ctx.anchor
    if anchor is None or day > calendar.monthrange(anchor.year, month)[1]:
        return str(anchor.year) if anchor else None
    gap = (datetime.date(anchor.year, month, day) - anchor).days
    if (gap > 120 and ctx.tense != "future") or (ctx.tense == "past" and gap > 60):
        return str(anchor.year - 1)
    if gap < -300 or (ctx.tense == "future" and gap < -60):
        return str(anchor.year + 1)
    return str(anchor.year)


def _direction(ctx: _Context) -> str:
    """Map the clause tense to a resolution direction: past, future or nearest."""
    return {"past": "past", "future": "future", "present": "past"}.get(ctx.tense, "nearest")


def _season_year(ctx: _Context, code: str, *, direction: str) -> int | None:
    """Year of a season: 'last' -> latest one ended before the anchor, 'next' -> next to start."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    start = SEASON_MONTH[code]
    current = anchor.year - (1 if code == "WI" and anchor.month < 3 else 0)
    began = (anchor.year * 12 + anchor.month) >= (current * 12 + start)
    if direction in ("last", "past"):
        ended = (anchor.year * 12 + anchor.month) >= (current * 12 + start + 3)
        return current if ended or (direction == "past" and began) else current - 1
    if direction in ("next", "future"):
        return current + 1 if began else current
    return current


# ---------------------------------------------------------------- resolvers

_SHARED_YEAR = re.compile(rf"\s+(?:and|or|to|through)\s+{DAY},?\s+(?P<year>{YEAR})\b")


def _date_mdy(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'March 12, 2025' / '12 March' -> YYYY-MM-DD (year from the anchor when missing)."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m["day"]))
    shared = _SHARED_YEAR.match(m.string, m.end())  # "Dec. 14 and 15, 2011"
    year = m["year"] or (shared and shared["year"]) or _day_year(ctx, month, day)
    if day > calendar.monthrange(int(year) if year else 2000, month)[1]:
        return None
    return _Value("DATE", f"{year or 'XXXX'}-{month:02d}-{day:02d}", _mod(m))


def _second_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'25' in 'April 24 and 25' -> the 25th of the month just named (its own TIMEX3)."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m["day2"]))
    if day <= int(re.sub(r"\D", "", m["day"])):
        return None
    year = m["year"] or _day_year(ctx, month, day)
    if day > calendar.monthrange(int(year) if year else 2000, month)[1]:
        return None
    return _Value("DATE", f"{year or 'XXXX'}-{month:02d}-{day:02d}")


def _week_of(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the week of March 6' -> the ISO week of that day ('the weekend of' -> its weekend)."""
    day = _date_mdy(m, ctx)
    if day is None or day.value.startswith("X"):
        return day
    unit = m["unit"].lower()
    return _Value("DATE", _format(datetime.date.fromisoformat(day.value), unit))


def _date_numeric(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'3/12/2025' -> 2025-03-12 (US month/day order unless the first number exceeds 12)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or day > 31:
        return None
    return _Value("DATE", f"{year}-{month:02d}-{day:02d}")


def _date_iso(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'2025-03-12' -> DATE, '2025-03-12 13:06' -> TIME."""
    if int(m["month"]) > 12 or int(m["day"]) > 31:
        return None
    value = f"{m['year']}-{m['month']}-{m['day']}"
    if m["hour"]:
        return _Value("TIME", f"{value}T{m['hour']}:{m['minute']}")
    return _Value("DATE", value)


def _year_text(raw: str | None) -> str | None:
    """'1997' -> '1997', 'nineteen ninety-seven' -> '1997' (broadcast transcripts), None -> None."""
    if not raw or raw[0].isdigit():
        return raw
    tens = _number(re.split(r"[- ]", raw.lower(), maxsplit=1)[1])
    return str(1900 + int(tens)) if tens is not None else None


def _month_only(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'December', 'last April', 'February 2022', 'May this year' -> YYYY-MM."""
    month = MONTHS[m["month"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "next": "next", "this": "this", "this past": "last"}.get(rel, _direction(ctx))
    year = _year_text(m["year"]) or _month_year(ctx, month, direction=direction)
    if m["yrel"] and ctx.anchor is not None:
        year = str(ctx.anchor.year + {"last": -1, "next": 1}.get(m["yrel"].lower(), 0))
    return _Value("DATE", f"{year or 'XXXX'}-{month:02d}", _mod(m))


def _mod(m: re.Match[str]) -> str:
    """The TIMEX3 mod (START, MID, END) of a match's 'early/mid/late' group, or ''."""
    found = m.groupdict().get("mod")
    return MODS.get(found.lower().rstrip("-"), "") if found else ""


def _weekday_rule(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'Tuesday', 'last Saturday', 'late Wednesday', 'Wednesday night' -> a day (by tense)."""
    weekday = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "next": "next", "this": "this", "this past": "last",
                 "this coming": "next", "past": "last", "coming": "next", "the following": "following",
                 "the next": "following", "the previous": "previous"}.get(rel, _direction(ctx))
    value = _weekday(ctx, weekday, direction=direction)
    part = (m["part"] or "").lower()
    if part and not value.startswith("X"):
        return _Value("DATE", f"{value}T{PART_CODE[part]}")
    return _Value("DATE", value, _mod(m))


def _deictic_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'yesterday', 'today', 'tomorrow', 'tonight' -> the anchor's day shifted."""
    word = m["word"].lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    if ctx.anchor is None:
        return _Value("DATE", {"today": "PRESENT_REF"}.get(word, "XXXX-XX-XX"))
    value = (ctx.anchor + datetime.timedelta(days=offset)).isoformat()
    part = (m["part"] or "").lower() or ("night" if word == "tonight" else "")
    if part:
        return _Value("TIME", f"{value}T{PART_CODE[part]}")
    return _Value("DATE", value, _mod(m))


_ANAPHORIC = ("the following", "the previous", "that", "earlier that", "later that")


def _relative_unit(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'last week', 'this month', 'next year', 'the following week' -> a shifted unit."""
    rel, unit = m["rel"].lower(), _unit(m["unit"])
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
        return _Value("DATE", _format(_shift(_coarse_interval(ctx.quarter)[1], unit, step), unit), _mod(m))
    if unit == "century" and rel in ("this", "the past", "the last"):
        return _Value("DURATION", "P100Y")  # the gold convention: the span of a century
    if rel.endswith("that") and unit == "year" and ctx.year is not None:
        return _Value("DATE", str(ctx.year), _mod(m))
    if base is None:
        return _Value("DATE", _underspecified(unit, step), _mod(m))
    return _Value("DATE", _format(_shift(base, unit, step), unit), _mod(m))


def _underspecified(unit: str, step: int) -> str:
    """Value for a relative unit without an anchor (PRESENT_REF for 'this')."""
    if step == 0 and unit != "weekend":
        return "PRESENT_REF"
    return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "year": "XXXX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")


_FROM_ANCHOR = ("ago", "from now", "from today", "hence")  # count from the DCT: the whole phrase is a DATE


def _ago(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'two weeks ago', 'three days from now', 'a year earlier' -> a date; 'three days later' counts
    from the previous date and is a placed DURATION (the TimeML gold convention)."""
    n, unit, word = _number(m["n"]), _unit(m["unit"]), m["dir"].lower()
    sign = 1 if word in ("later", "after", "from now", "from today", "hence", "afterward", "afterwards") else -1
    if unit in ("hour", "minute", "second"):
        return _clock_shift(m, n, unit, sign=sign)
    base = ctx.anchor if word in _FROM_ANCHOR else ctx.base
    if n is None or base is None or n != int(n):
        return _Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "year" and ctx.quarter:
        return _Value("DATE", f"{int(ctx.quarter[:4]) + sign * int(n)}{ctx.quarter[4:]}")
    target = _shift(base, unit, sign * int(n))
    if word not in _FROM_ANCHOR and unit not in ("year", "decade", "century"):
        _, first, last = interval(_format(target, unit))
        span = (m.start(), len(m.string[:m.start("dir")].rstrip()))
        return _Value("DURATION", _duration_value(n, unit), _qualifier_mod(m), dates=(first, last), span=span)
    return _Value("DATE", _format(target, unit))


def _clock_shift(m: re.Match[str], n: float | None, unit: str, *, sign: int) -> _Value:
    """'two hours later' -> the DURATION 'two hours' (PT2H), as for days; 'two hours ago' points at
    a clock time the DCT does not give, so it stays a TIME PAST_REF (FUTURE_REF for 'from now')."""
    if m["dir"].lower() in _FROM_ANCHOR:
        return _Value("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF")
    span = (m.start(), len(m.string[:m.start("dir")].rstrip()))
    return _Value("DURATION", _duration_value(n, unit), _qualifier_mod(m), span=span)


SPELLED_TENS = {w: i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}


def _spelled_year(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'nineteen ninety-six' -> 1996, 'the year two thousand' -> 2000 (broadcast transcripts)."""
    if m["thousand"]:
        return _Value("DATE", str(2000 + int(_number(m["rest"]) or 0) if m["rest"] else 2000))
    tens = _number(m["tens"])
    if tens is None:
        return None
    return _Value("DATE", str(1900 + int(tens)))


def _spelled_decade(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the nineties' -> 199 (the twentieth century assumed)."""
    return _Value("DATE", f"19{SPELLED_TENS[m['word'].lower()[:-3] + 'y']}", _mod(m))


def _part_of_unit(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the end of the year', 'year-end' -> the anchor's year (month, ...) with a mod."""
    unit = _unit(m["unit"]) if m["unit"] else "year"
    mod = MODS.get((m["mod"] or "the end of").lower(), "END")
    if ctx.anchor is None:
        return _Value("DATE", _underspecified(unit, 0), mod)
    return _Value("DATE", _format(ctx.anchor, unit), mod)


def _last_night(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'last night' -> TIME of the day before the anchor, part NI."""
    if ctx.anchor is None:
        return _Value("TIME", "XXXX-XX-XXTNI")
    return _Value("TIME", f"{(ctx.anchor - datetime.timedelta(days=1)).isoformat()}TNI")


def _the_quarter(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the quarter' -> the quarter last mentioned (else the anchor's previous one);
    'the year-earlier quarter' -> that quarter a year before; 'the latest period' is the quarter
    last mentioned, and nothing in a text that names no quarter."""
    if m["latest"] and ctx.quarter is None:
        return None
    if ctx.quarter is None and ctx.anchor is None:
        return _Value("DATE", "XXXX-QX")
    quarter = ctx.quarter or _format(_shift(ctx.anchor, "quarter", -1), "quarter")
    if m["ago"]:
        quarter = f"{int(quarter[:4]) - 1}{quarter[4:]}"
    return _Value("DATE", quarter)


def _year_earlier(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'year-earlier', 'year-ago' (a spaCy DATE) -> the last quarter named a year back, else last year."""
    if ctx.quarter:
        return _Value("DATE", f"{int(ctx.quarter[:4]) - 1}{ctx.quarter[4:]}")
    if ctx.anchor is None:
        return _Value("DATE", "XXXX")
    return _Value("DATE", str(ctx.anchor.year - 1))


_ENDED = re.compile(r"\s+(?:ended|ending)\b")


def _year_period(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the 1988 quarter', 'the 1989 period' in a text that names quarters -> that year's quarter of
    the same number (1988-Q3 after 'the third quarter'); otherwise the year."""
    if ctx.quarter is None:
        return _Value("DATE", m["year"])
    return _Value("DATE", f"{m['year']}{ctx.quarter[4:]}")


def _the_year(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the year', 'the full year' -> the anchor's year; 'the (fiscal) year ended Sept. 30' is the
    twelve months up to that date, a DURATION P1Y."""
    if _ENDED.match(m.string, m.end()):
        return _Value("DURATION", "P1Y")
    year = ctx.anchor.year if ctx.anchor else None
    return _Value("DATE", str(year) if year else "XXXX")


def _weekend(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the weekend': past tense -> the last weekend, else the coming (or current) one."""
    if ctx.anchor is None:
        return _Value("DATE", "XXXX-WXX-WE")
    in_weekend = ctx.anchor.isoweekday() >= 6
    step = 0 if in_weekend else (-1 if ctx.tense == "past" else 0)
    return _Value("DATE", _format(_shift(ctx.anchor, "week", step), "weekend"))


def _season(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'last summer', 'winter 2024', 'this spring' -> YYYY-SU etc."""
    code = SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "this past": "last", "past": "last", "next": "next",
                 "this coming": "next", "coming": "next", "this": "this"}.get(rel, _direction(ctx))
    year = _year_text(m["year"]) or _season_year(ctx, code, direction=direction)
    return _Value("DATE", f"{year if year is not None else 'XXXX'}-{code}", _mod(m))


def _year(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'1998', 'fiscal 2024', 'early 1990' -> YYYY."""
    return _Value("DATE", m["year"], _mod(m))


def _century(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the 19th century' -> 18 (TimeML counts centuries by their first two digits)."""
    raw = m["ord"].lower()
    number = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    if not number:
        return None
    return _Value("DATE", f"{number - 1:02d}", _mod(m))


def _quarter(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the third quarter (of 2024)', 'Q3' -> YYYY-Q3."""
    quarter = ORDINALS.get(m["q"].lower()) or int(re.sub(r"\D", "", m["q"]) or 0)
    if not 1 <= quarter <= 4:
        return None
    year = m["year"] or m.groupdict().get("year0")
    if not year and m.groupdict().get("ago"):  # "the year-ago third quarter": before the one discussed
        current = ctx.quarter[:4] if ctx.quarter else _quarter_year(m, ctx, quarter)
        year = current and str(int(current) - 1)
    year = year or _quarter_year(m, ctx, quarter)
    return _Value("DATE", f"{year or 'XXXX'}-Q{quarter}", span=_modifier_span(m))


def _modifier_span(m: re.Match[str]) -> tuple[int, int] | None:
    """'the third-quarter results': a hyphenated quarter modifies the noun, which owns the article;
    the extent is 'third-quarter' ('fiscal second-quarter')."""
    article = re.match(r"(?i)the\s+", m.group(0))
    if article is None or not re.search(r"(?i)-quarter$", m.group(0)):
        return None
    return m.start() + article.end(), m.end()


def _quarter_year(m: re.Match[str], ctx: _Context, quarter: int) -> str | None:
    """Year of a quarter without one: the anchor's, shifted by last/next or a past tense."""
    if ctx.anchor is None:
        return None
    rel = (m["rel"] or m.groupdict().get("rel2") or "").lower()
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    current = (ctx.anchor.month - 1) // 3 + 1
    if not rel and quarter > current and ctx.tense == "past":
        year -= 1
    return str(year)


def _half(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the first half (of 2024)', 'the last half of the year' -> YYYY-H1, YYYY-H2."""
    half = 1 if m["h"].lower() == "first" else 2
    rel = (m["rel"] or m["rel2"] or "").lower()
    year = m["year"] or (str(ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)) if ctx.anchor else "XXXX")
    return _Value("DATE", f"{year}-H{half}")


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
            "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
            "st. patrick's day": (3, 17), "boxing day": (12, 26)}
# (month, n-th occurrence (-1 = last), weekday 0=Monday) of holidays that move with the week
MOVABLE = {"thanksgiving": (11, 4, 3), "thanksgiving day": (11, 4, 3), "memorial day": (5, -1, 0),
           "labor day": (9, 1, 0), "martin luther king day": (1, 3, 0), "presidents day": (2, 3, 0),
           "mother's day": (5, 2, 6), "father's day": (6, 3, 6), "columbus day": (10, 2, 0)}
EASTER_OFFSET = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
                 "palm sunday": -7, "ash wednesday": -46}


def _easter(year: int) -> datetime.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, n: int, weekday: int) -> datetime.date:
    """The n-th (or, for n = -1, the last) given weekday of a month."""
    if n < 0:
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday_date(name: str, year: int) -> datetime.date:
    """Date of a named holiday in a year ('Thanksgiving', 'Easter', 'Election Day', ...)."""
    if name in HOLIDAYS:
        return datetime.date(year, *HOLIDAYS[name])
    if name in MOVABLE:
        return _nth_weekday(year, *MOVABLE[name])
    if name == "election day":
        return _nth_weekday(year, 11, 1, 0) + datetime.timedelta(days=1)
    return _easter(year) + datetime.timedelta(days=EASTER_OFFSET[name])


def _holiday_name(raw: str) -> str:
    name = raw.lower().replace("’", "'").replace(" jr.", "").replace("presidents' day", "presidents day")
    return name.replace("president's day", "presidents day")


def _holiday(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'Christmas', 'last Thanksgiving', 'Easter 2024' -> the holiday's date (year by tense/rel)."""
    name, rel = _holiday_name(m["name"]), (m["rel"] or "").lower()
    if m["year"]:
        return _Value("DATE", holiday_date(name, int(m["year"])).isoformat())
    anchor = ctx.anchor
    if anchor is None:
        return _Value("DATE", "XXXX-%02d-%02d" % HOLIDAYS[name] if name in HOLIDAYS else "XXXX-XX-XX")
    this = holiday_date(name, anchor.year)
    if rel == "last":
        year = anchor.year if this < anchor else anchor.year - 1
    elif rel == "next":
        year = anchor.year if this > anchor else anchor.year + 1
    else:
        year = int(_day_year(ctx, this.month, this.day) or anchor.year)
    return _Value("DATE", holiday_date(name, year).isoformat())


def _fixed(value: str, kind: str = "DATE") -> Resolver:
    """A resolver that always returns ``value`` (for PRESENT_REF and the like)."""
    def resolve(m: re.Match[str], ctx: _Context) -> _Value | None:
        """Return the fixed value."""
        return _Value(kind, value)
    return resolve


def _duration(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'19 years', '30-day', 'more than two weeks' -> P19Y, P30D, P2W with a mod."""
    unit = _unit(m["unit"])
    if unit in ("quarter", "second") and (m["n"].lower() in ("a", "an") or "-" in m.group(0)):
        return None
    n = _number(m["n"]) if m["n"] else 1
    if n is not None and m.groupdict().get("half"):
        n += 0.5
    return _Value("DURATION", _duration_value(n, unit), _qualifier_mod(m), span=_without_article(m))


_QUAL_MOD = {"more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "nearly": "LESS_THAN",
             "almost": "LESS_THAN", "about": "APPROX", "some": "APPROX", "around": "APPROX",
             "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS"}


def _qualifier_mod(m: re.Match[str]) -> str:
    """The TIMEX3 mod of a duration's qualifier ('about two weeks' -> APPROX), or ''."""
    return _QUAL_MOD.get((m.groupdict().get("qual") or "").lower(), "")


def _without_article(m: re.Match[str]) -> tuple[int, int] | None:
    """'the nine months' keeps its article, but in 'the 30-day truce' the article belongs to the noun
    that the hyphenated duration modifies: the extent is '30-day'."""
    if m["det"] and "-" in m.string[m.start("n"):m.end()]:
        return m.start("n"), m.end()
    return None


def _duration_value(n: float | None, unit: str) -> str:
    """(2, 'week') -> P2W, (None, 'month') -> PXM, (3, 'hour') -> PT3H, (1, 'decade') -> P10Y."""
    if unit in ("decade", "century"):
        unit, n = "year", None if n is None else n * (10 if unit == "decade" else 100)
    if unit in ("weekend", "night"):
        unit = "day" if unit == "night" else "weekend"
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    if n is not None and n != int(n) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        whole, rest = int(n), round((n - int(n)) * factor)
        small_prefix = "T" if smaller in ("hour", "minute", "second") and prefix == "P" else ""
        head = f"{whole}{UNIT_CODE[unit]}" if whole else ""
        return f"{prefix}{head}{small_prefix}{rest}{UNIT_CODE[smaller]}"
    amount = "X" if n is None else (f"{n:g}" if isinstance(n, float) else str(n))
    return f"{prefix}{amount}{UNIT_CODE[unit]}"


_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}


def _countable(m: re.Match[str]) -> bool:
    """Reject 'a decades(-long)': an article cannot count a plural unit; in 'a day-long meeting' the
    article belongs to the noun ('day-long' is the expression, rule ``unit_long``)."""
    article = m["n"].lower() in ("a", "an", "a single")
    return not (article and (m["plural"] or m.group(0).lower().endswith("long")))


def _unit_long(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'day-long', 'yearlong', 'weeklong' -> one unit (P1D, P1Y, P1W)."""
    return _Value("DURATION", _duration_value(1, _unit(m["unit"])))


def _vague_duration(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'for months' -> PXM; 'recent years' -> PXY; 'coming weeks' -> PXW."""
    return _Value("DURATION", _duration_value(None, _unit(m.groupdict().get("unit2") or m["unit"])))


def _set_word(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'annual', 'daily', 'weekly' -> a SET with the period."""
    return _Value("SET", SET_WORDS[m["word"].lower()])


def _every(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'every week', 'each year', 'every Monday (night)', 'each July' -> a SET."""
    if m["weekday"]:
        return _weekdays(m, ctx)
    if m["month"]:
        return _Value("SET", f"XXXX-{MONTHS[m['month'].lower().rstrip('.')]:02d}")
    n = _number(m["n"]) if m["n"] else 1
    return _Value("SET", _duration_value(n, _unit(m["unit"])))


def _weekdays(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'on Mondays', 'Tuesday nights', 'every Friday' -> SET XXXX-WXX-1, XXXX-WXX-2TNI, ..."""
    weekday = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    part = (m["part"] or m.groupdict().get("part2") or "").lower().rstrip("s")
    return _Value("SET", f"XXXX-WXX-{weekday}" + (f"T{PART_CODE[part]}" if part else ""))


def _clock(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'3 p.m.', '10:35 a.m. Friday', '5 p.m. EST Nov. 9' -> YYYY-MM-DDTHH:MM."""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if hour > 24 or minute > 59 or (ampm and hour > 12):
        return None
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return _Value("TIME", f"{_clock_day(m, ctx, hour)}T{hour:02d}:{minute:02d}")


def _clock_day(m: re.Match[str], ctx: _Context, hour: int) -> str:
    """The day of a clock time; a future time in the small hours with no day named ('will leave
    at 4 a.m.') is the coming night's, so the day after the anchor."""
    day = _time_day(m, ctx)
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


def _clock_in_part(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'4 in the morning', 'ten at night', 'seven o'clock' -> a clock time (p.m. for the afternoon,
    the evening and the night, except 'twelve at night', which is midnight)."""
    hour, minute = _number(m["hour"]), int(m["minute"] or 0)
    if hour is None or not 1 <= hour <= 12 or minute > 59:
        return None
    part = (m["part"] or "").lower()
    if part in ("afternoon", "evening", "night") and hour < 12 and not (part == "night" and hour < 5):
        hour += 12
    elif part in ("morning", "night") and hour == 12:
        hour = 0 if part == "morning" else 24
    return _Value("TIME", f"{_clock_day(m, ctx, int(hour))}T{int(hour):02d}:{minute:02d}")


_DAY_AFTER = re.compile(rf"(?:\s*\([^)\n]{{1,24}}\)|\s+local\s+time|\s+[A-Z]{{2,4}}T)+,?\s+(?:on\s+)?"
                        rf"(?P<dayword>{WEEKDAY}|yesterday|today|tomorrow)\b")


def _day_after_clock(m: re.Match[str]) -> str | None:
    """'10:35 a.m. (0735 GMT) Friday', '3 p.m. local time Tuesday': the day named after a gloss."""
    found = _DAY_AFTER.match(m.string, m.end())
    return found["dayword"] if found else None


def _time_day(m: re.Match[str], ctx: _Context) -> str:
    """The day a clock time belongs to: a named weekday/date, yesterday/tomorrow, else the anchor."""
    word = (m.groupdict().get("dayword") or _day_after_clock(m) or "").lower().rstrip(".")
    if m.groupdict().get("month"):
        month, day = MONTHS[m["month"].lower().rstrip(".")], int(re.sub(r"\D", "", m["day"]))
        return f"{_day_year(ctx, month, day) or 'XXXX'}-{month:02d}-{day:02d}"
    if word in WEEKDAYS:
        return _weekday(ctx, WEEKDAYS[word], direction=_direction(ctx))
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (ctx.anchor + datetime.timedelta(days=offset)).isoformat()


def _named_time(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'noon', 'midnight Friday', 'this morning' -> TIME on that day."""
    word = m["word"].lower()
    code = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}.get(word) or PART_CODE[word]
    return _Value("TIME", f"{_time_day(m, ctx)}T{code}")


def _decade_any(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the 1990s', "the '80s" -> 199, 198."""
    digits = m["decade"] or m["decade2"]
    century = ""
    if len(digits) == 2:
        century = "20" if 2000 + int(digits) <= (ctx.anchor.year if ctx.anchor else 2030) else "19"
    return _Value("DATE", (century + digits)[:3], _mod(m))


def _every_span(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'every other week' -> P2W; otherwise as ``_every``."""
    if m["n"] and m["n"].lower() == "other":
        return _Value("SET", _duration_value(2, _unit(m["unit"])))
    return _every(m, ctx)


# ---------------------------------------------------------------- the rule table

def _rx(*parts: str) -> re.Pattern[str]:
    """Compile a rule pattern (parts are concatenated): whole words only, case-insensitive,
    never followed by '-old'/'old' (ages are not temporal expressions)."""
    pattern = "".join(parts)
    return re.compile(rf"(?<![\w-]){pattern}(?![\w]|-(?:old|year-old)\b|\s+old\b)", re.I)


_REL = r"(?:this past|this coming|last|next|this|past|coming)"
_DIR = r"(?:ago|earlier|later|from now|from today|hence|afterwards?|(?:before|after)(?=\s*[.,;]))"
_UNITS = r"years|months|weeks|days|hours|minutes|decades|centuries|quarters"
# "over" qualifies an amount ("over two weeks": MORE_THAN) but is a preposition before "the past
# two weeks", which the TimeML extent leaves out
_QUAL = r"(?:more than|over(?!\s+the\b)|less than|nearly|almost|about|some|around|at least|up to)"

_MODP = rf"(?:(?P<mod>{MOD})(?:\s+|(?<=-)|-))?"
_YEARP = rf"(?:,?\s+(?P<year>{YEAR}))?"
_DAYWORD = rf"(?P<dayword>{WEEKDAY}|yesterday|today|tomorrow)"
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                  "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                  "twentieth|twenty-first")
_RELATIVE = (rf"{_REL}|the past|the last|the previous|the next|the coming|the current|the latest|"
             r"latest|current|earlier this|later this|so far this|the following|earlier that|later that|that")
_SPELLED_TENS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?")
_SPELLED_YEAR = rf"nineteen[- ]{_SPELLED_TENS}"
_HOLIDAY_NAMES = (r"Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Independence Day|Valentine['’]s Day"
                  r"|Halloween|Veterans Day|Thanksgiving(?: Day)?|St\. Patrick['’]s Day|Boxing Day"
                  r"|Memorial Day|Labor Day|Martin Luther King(?: Jr\.)? Day|Presidents['’]? Day|President's Day"
                  r"|Mother['’]s Day|Father['’]s Day|Columbus Day|Election Day"
                  r"|Easter(?: Sunday| Monday)?|Good Friday|Palm Sunday|Ash Wednesday")
_CLOCK_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_AFTER_DAY = r"\s*(?:[,.;:)'\"]|$|(?:in|at|on|when|as|after|before|and|to|from|of)\b)"  # a day, not a count
_OR_SO = r"(?:\s+or\s+so)?"  # "the next year or so", "a week or so ago": part of the extent
_DAY_KIND = r"(?:trading|business|working|school)(?=\s+days?\b)"  # "eight trading days"
_YEAR_AGO = r"year-earlier|year-ago|year earlier|prior-year"
_COMPARABLE = r"(?:(?:comparable|same|corresponding)\s+)?"
_CLOCK = r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m)"

RULES: tuple[Rule, ...] = (
    Rule("iso", _rx(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)",
                    r"(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d)?)?"), _date_iso),
    Rule("numeric", _rx(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d\d)"), _date_numeric),
    Rule("mdy", _rx(_MODP, rf"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH_DAY})\s+(?P<day>{DAY})", _YEARP), _date_mdy),
    Rule("week_of", _rx(rf"the\s+(?P<unit>week|weekend)\s+of\s+(?P<month>{MONTH_DAY})\s+(?P<day>{DAY})", _YEARP),
         _week_of),
    Rule("second_day", _rx(rf"(?P<month>{MONTH_DAY})\s+(?P<day>{DAY})\s+(?:and|or|to|through)\s+(?P<x>(?P<day2>{DAY})",
                           rf"(?={_AFTER_DAY}){_YEARP})"), _second_day),
    Rule("dmy", _rx(rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH_DAY})", _YEARP),
         _date_mdy),
    Rule("month", _rx(_MODP, r"(?:(?P<rel>this past|last|next|this)\s+)?",
                      rf"(?P<month>{MONTH}|{MONTH_BARE}(?=,?\s+(?:of\s+)?{YEAR}\b))",
                      rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}|{_SPELLED_YEAR})|\s+(?P<yrel>this|last|next)\s+year)?"),
         _month_only),
    Rule("weekday", _rx(r"(?:(?P<mod>early|late)\s+)?", rf"(?:(?P<rel>{_REL}|the following|the next|the previous)\s+)?",
                        rf"(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?"), _weekday_rule),
    Rule("deictic", _rx(r"(?:(?P<mod>early|late)\s+|(?:earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)",
                        rf"(?:\s+(?P<part>{PART}))?"), _deictic_day),
    Rule("part_deictic", _rx(r"(?:(?:early|mid|late)[- ]?)?(?P<word>morning|afternoon|evening)\s+",
                             r"(?P<dayword>yesterday|today|tomorrow)"), _named_time),
    Rule("this_part", _rx(rf"(?:(?:earlier|later)\s+)?(?:this|(?P<dayword>yesterday|tomorrow))\s+(?P<word>{PART})"),
         _named_time),
    Rule("relative", _rx(_MODP, rf"(?P<rel>{_RELATIVE})\s+(?:fiscal\s+(?=year|quarter))?",
                         r"(?P<unit>week|weekend|month|quarter|year|decade|century|(?<=next |ious |wing |that )day)",
                         _OR_SO), _relative_unit),
    Rule("ago", _rx(rf"(?:(?P<qual>{_QUAL})\s+)?(?P<n>{NUM})\s+(?:{_DAY_KIND}\s+)?(?P<unit>{UNIT})s?{_OR_SO}",
                    rf"\s+(?P<dir>{_DIR})"),
         _ago),
    Rule("season", _rx(r"(?:the\s+)?", _MODP, rf"(?:(?P<rel>{_REL})\s+)?(?P<season>{SEASON})",
                       rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}|{_SPELLED_YEAR}))?"), _season),
    Rule("year_season", _rx(rf"(?P<year>{YEAR})\s+(?P<season>{SEASON})(?P<rel>)"), _season),
    Rule("quarter", _rx(r"(?:the\s+)?", rf"(?:(?P<rel>last|next|this)\s+year's\s+|(?P<year0>{YEAR})\s+",
                        rf"|{_COMPARABLE}(?P<ago>{_YEAR_AGO})\s+)?",
                        r"(?:fiscal[- ])?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter",
                        rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel2>this|last|next)\s+year))?"), _quarter),
    Rule("spelled_year", _rx(r"(?:the\s+year\s+)?", rf"(?:nineteen[- ](?P<tens>{_SPELLED_TENS})",
                             r"|(?P<thousand>two thousand)",
                             r"(?:\s+and\s+(?P<rest>one|two|three|four|five|six|seven|eight|nine|ten))?)"),
         _spelled_year),
    Rule("spelled_decade", _rx(rf"the\s+(?:(?P<mod>{MOD})\s+)?",
                               r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"),
         _spelled_decade),
    Rule("part_of_unit", _rx(r"(?:(?P<mod>the end of|the beginning of|the start of|the middle of|the turn of|end of)",
                             r"\s+the\s+(?P<unit>year|month|week|decade|century)|year[- ]end|year['’]s\s+end)"),
         _part_of_unit),
    Rule("last_night", _rx(r"last\s+night"), _last_night),
    Rule("the_quarter", _rx(rf"the\s+(?:{_COMPARABLE}(?P<ago>{_YEAR_AGO})\s+",
                            r"(?:quarter|period)|quarter|(?P<latest>latest|most\s+recent)\s+period)(?!-)"),
         _the_quarter),
    Rule("weekend", _rx(r"(?:the|this)\s+weekend"), _weekend),
    Rule("year_period", _rx(rf"the\s+(?P<year>{YEAR})\s+(?:period|quarter)"), _year_period),
    Rule("the_year", _rx(r"the\s+(?:full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?year(?!-)"), _the_year),
    Rule("year_earlier", _rx(r"year-(?:earlier|ago)"), _year_earlier),
    Rule("quarter_q", _rx(rf"(?P<rel>)Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?"), _quarter),
    Rule("half", _rx(r"(?:the\s+)?(?:(?P<rel>last|next|this)\s+year's\s+)?(?P<h>first|second|last|latter)[- ]half",
                     rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?:the|(?P<rel2>this|last|next))\s+year)|(?!\s+of\b))"), _half),
    Rule("decade", _rx(r"(?:the\s+)?", _MODP, r"(?:(?P<decade>1[6-9]\d0|20\d0)|['’](?P<decade2>\d0))'?s"),
         _decade_any),
    Rule("century", _rx(r"(?:the\s+)?", _MODP, rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})[- ]century"),
         _century),
    Rule("year", _rx(_MODP, rf"(?:fiscal\s+(?:year\s+)?|(?:pre|post)-)?(?P<year>{YEAR})"), _year),
    Rule("holiday", _rx(r"(?:(?P<rel>last|next|this)\s+)?", rf"(?-i:(?P<name>{_HOLIDAY_NAMES}))", _YEARP),
         _holiday),
    Rule("present", _rx(r"now|currently|current|nowadays|at present|these days|the present",
                        r"|present day"), _fixed("PRESENT_REF")),
    Rule("past", _rx(r"recently|the past|lately"), _fixed("PAST_REF")),  # "in" of "in the past" is a signal
    Rule("future", _rx(r"the (?:near |distant |foreseeable )?future|someday|the (?:near|short|long) term",
                       r"|a\s+later\s+(?:date|time)"),
         _fixed("FUTURE_REF")),
    Rule("ahead", _rx(rf"the\s+(?P<unit>{_UNITS})\s+ahead"), _vague_duration),
    Rule("clock", _rx(_CLOCK, r"(?:\s+(?-i:[A-Z]{1,4}T\b|GMT|UTC))?",
                      rf"(?:,?\s+(?:on\s+)?{_DAYWORD}|,?\s+(?P<month>{MONTH_DAY})\s+(?P<day>{DAY}))?"), _clock),
    Rule("clock24", _rx(r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?P<ampm>)",
                        r"(?:\s+(?:GMT|UTC|[A-Z]{2,4}T\b))?"), _clock),
    Rule("clock_zone", _rx(r"(?P<hour>[01]\d|2[0-3]|\d(?=\.))\.?(?P<minute>[0-5]\d)(?P<ampm>)\s+",
                           rf"(?:(?-i:GMT|UTC|[A-Z]{{2,4}}T\b)|local\s+time)(?:,?\s+(?:on\s+)?{_DAYWORD})?"),
         _clock, _not_a_gloss),
    Rule("clock_part", _rx(rf"(?P<hour>\d{{1,2}}|{_CLOCK_WORD})(?::(?P<minute>[0-5]\d))?\s+",
                           r"(?=o'clock|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)(?:o'clock)?",
                           r"(?:\s*(?:in\s+the|at)\s+(?P<part>morning|afternoon|evening|night))?"), _clock_in_part,
         _after_clock_preposition),
    Rule("named_time", _rx(r"(?:(?:12|twelve)\s+)?(?P<word>noon|midday|midnight)",
                           rf"(?:\s+(?:on\s+)?{_DAYWORD})?"), _named_time),
    Rule("duration", _rx(rf"(?:(?P<qual>{_QUAL})\s+)?",
                         r"(?:(?P<det>the)\s+(?:(?:past|last|next|first|previous|coming|following|latest)\s+)?)?",
                         rf"(?P<n>{NUM})(?:\s+(?:more|additional|extra|straight|consecutive|{_DAY_KIND}))?[- ]",
                         rf"(?P<unit>{UNIT})(?P<plural>s)?(?P<half>\s+and\s+a\s+half)?(?:[- ]long)?{_OR_SO}"),
         _duration,
         _countable),
    Rule("vague_duration", _rx(rf"(?:(?:for|over|in|of|past|within|the\s+past|the\s+last)\s+(?P<x>(?P<unit>{_UNITS}))",
                               rf"|(?:recent|coming)\s+(?P<unit2>{_UNITS}))"), _vague_duration),
    Rule("vague_long", _rx(rf"(?P<unit>{_UNITS})-long"), _vague_duration),
    Rule("unit_long", _rx(r"(?P<unit>hour|day|week|month|year|decade|century)-?long"), _unit_long),
    Rule("set_word", _rx(r"(?P<word>annual|annually|yearly|daily|weekly|monthly|hourly|nightly|biweekly",
                         r"|semiannual|biannual)"), _set_word),
    Rule("every", _rx(rf"(?:every|each|per)\s+(?:(?P<n>other|{NUM})\s+)?",
                      rf"(?:(?P<unit>{UNIT})s?|(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?|(?P<month>{MONTH}))"),
         _every_span),
    Rule("weekdays", _rx(r"(?-i:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
                         r"(?:s(?:\s+(?P<part>morning|afternoon|evening|night)s?)?",
                         r"|\s+(?P<part2>morning|afternoon|evening|night)s))"), _weekdays),
)


def _part_of_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the morning', 'mid afternoon', 'overnight' (a spaCy TIME) -> TIME of the last named day."""
    base = ctx.base
    code = PART_CODE[m["word"].lower()]
    if m["next"]:
        base = base and base + datetime.timedelta(days=1)
    return _Value("TIME", f"{base.isoformat() if base else 'XXXX-XX-XX'}T{code}")


_RELATIONAL = re.compile(r"\s+(?:before|after|apart|when|earlier|later|of\s+(?:the|his|her|their|its))\b", re.I)


def _not_relational(m: re.Match[str]) -> bool:
    """Reject 'the days before the attack', 'minutes apart': a span placed by an event, not a duration."""
    before = m.string[max(0, m.start() - 6):m.start()].lower()
    return not _RELATIONAL.match(m.string, m.end()) and not before.endswith(("by ", "on "))


def _entity_rx(*parts: str) -> re.Pattern[str]:
    """Compile an entity fallback pattern (matched against a whole spaCy entity)."""
    return re.compile("".join(parts), re.I)


# Fallback rules, tried only on spaCy DATE/TIME entities that no rule above overlaps; the
# pattern must match the whole entity, its group ``x`` (when present) is the extent.
ENTITY_RULES: tuple[Rule, ...] = (
    Rule("ent_part", _entity_rx(r"(?:(?:later|earlier|early|late)\s+in\s+)?(?P<x>(?:the\s+)?",
                                r"(?:(?P<next>next|following)\s+)?(?:(?:mid|early|late)[- ]?)?",
                                r"(?P<word>morning|afternoon|evening|overnight))"), _part_of_day),
    Rule("ent_vague", _entity_rx(r"(?:just\s+|only\s+)?(?P<x>(?:the\s+(?:early\s+|first\s+)?)?",
                                 rf"(?P<unit>{_UNITS})(?:\s+ago)?)"), _vague_duration, _not_relational),
    Rule("ent_year_earlier", _entity_rx(r"(?:the\s+)?year[- ](?:earlier|ago)"), _year_earlier),
)


# ---------------------------------------------------------------- extraction

@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match[str]


@lru_cache(maxsize=1)
def _rule_literals() -> tuple[literals.Literals | None, ...]:
    """Per rule of ``RULES``, strings one of which each of its matches contains (or ``None``)."""
    return tuple(literals.necessary_literals(rule.pattern) for rule in RULES)


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the text's paragraphs, the non-empty runs between blank lines."""
    bounds, start = [], 0
    for blank in _BLANK_LINE.finditer(text):
        bounds.append((start, blank.start()))
        start = blank.end()
    bounds.append((start, len(text)))
    return [(begin, end) for begin, end in bounds if begin < end]


def _candidates(text: str) -> list[_Candidate]:
    """Every match of every rule; the extent is the group ``x`` when a rule defines one.
    Rules are matched paragraph by paragraph (an expression never spans a blank line), each
    only in the paragraphs holding one of its necessary literals."""
    chunks = [(start, end, text[start:end]) for start, end in _paragraphs(text)]
    chunks = [(start, end, chunk, literals.fold(chunk)) for start, end, chunk in chunks]
    found = []
    for priority, (rule, needed) in enumerate(zip(RULES, _rule_literals())):
        for start, end, chunk, folded in chunks:
            if literals.may_match(needed, chunk, folded):
                found += _rule_matches(rule, priority, text, start, end)
    return found


def _rule_matches(rule: Rule, priority: int, text: str, start: int, end: int) -> list[_Candidate]:
    """The accepted matches of one rule within ``text[start:end]``."""
    found = []
    for m in rule.pattern.finditer(text, start, end):
        if rule.accept is not None and not rule.accept(m):
            continue
        span = m.span("x") if "x" in m.groupdict() and m["x"] else m.span()
        found.append(_Candidate(*span, priority, rule, m))
    return found


def _touches(ent: Span, chosen: list[_Candidate], text: str) -> bool:
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


def _entity_candidates(doc: Doc, chosen: list[_Candidate], text: str) -> list[_Candidate]:
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
                found.append(_Candidate(start, end, priority, rule, m))
                break
    return found


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep non-overlapping candidates, longest first (ties: the earlier rule)."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


_VERB_MONTHS = {"may", "march"}
_MONTH_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])(?!\w*\s+\d)")  # not "March of 2012"
_TITLE_WORDS = {"annual", "high"}  # "the annual March for Life", "High Noon": names, not dates


def _vetoed(cand: _Candidate, doc: Doc) -> bool:
    """Reject 'May'/'March' used as a modal or verb, and numbers that are not years."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    first = span[0]
    before = doc[first.i - 1].lower_ if first.i > 0 else ""
    if before in _TITLE_WORDS and cand.rule.name in ("month", "named_time") and len(span) == 1:
        return True
    if cand.rule.name == "month" and len(span) == 1 and _MONTH_NAME.match(doc_text(doc), span.end_char):
        return _word_before(first) in ("the", "a", "annual")  # "the March of the Combatant Mothers": a name
    if cand.rule.name == "month" and first.lower_ in _VERB_MONTHS and len(span) == 1:
        return first.tag_ in ("MD", "VB", "VBP", "VBZ") or first.pos_ == "VERB"
    if cand.rule.name == "set_word" and first.lower_ == "daily" and first.pos_ in ("NOUN", "PROPN"):
        return True
    if cand.rule.name == "season" and len(span) == 1 and first.pos_ in ("VERB", "AUX"):
        return True
    if cand.rule.name == "year" and len(span) == 1:
        return _not_a_year(first, doc)
    if cand.rule.name in ("mdy", "second_day") and re.fullmatch(MONTH_BARE, cand.match["month"]):
        return _counted_day(cand.match, doc)
    return cand.rule.name != "holiday" and _is_title(span)


_UNIT_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
               "minute", "minutes", "night", "nights", "weekend", "decade", "decades"}


def _is_title(span: Span) -> bool:
    """'ABC's "This Week"', 'CBS's "60 Minutes"': a unit word capitalised inside a sentence names a
    programme or a work, not a time."""
    last = span[-1]
    if last.lower_ not in _UNIT_WORDS or not last.text[0].isupper():
        return False
    first = span[0]
    return not (first.is_sent_start or (first.i > 0 and first.nbor(-1).is_sent_start and first.nbor(-1).is_quote))


def _counted_day(m: re.Match[str], doc: Doc) -> bool:
    """'He met Jan 3 people': after a bare abbreviation (a name as often as a month) the number
    counts the plural noun that follows it, so it is no day; after an article or a preposition
    the month is a date ('the Sept 11 attacks', 'on Jan 3')."""
    day = doc.char_span(m.start("day"), m.end("day"), alignment_mode="expand")
    if day is None or (day.start > 1 and doc[day.start - 2].tag_ in ("DT", "IN", "PRP$", "POS")):
        return False
    token = day[0]
    return token.dep_ == "nummod" and token.head.i > token.i and token.head.tag_ == "NNS"


def _word_before(token: Token) -> str:
    """The lower-cased word before a token, skipping quotation marks ('the ``March of ...')."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_quote:
        i -= 1
    return token.doc[i].lower_ if i >= 0 else ""


def _not_a_year(token: Token, doc: Doc) -> bool:
    """A bare four-digit number is a year unless it counts something or is money."""
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.text in ("$", "#", "No.", "no.", "Flight", "flight"):
        return True
    if after is not None and (after.text in ("%", "percent") or after.lower_ in ("people", "points")):
        return True
    if after is not None and after.tag_ in ("NNS",) and token.dep_ == "nummod":
        return before is None or before.tag_ not in ("DT", "PRP$", "POS")  # "the 2005 bombings" is a year
    return token.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") and token.ent_type_ != "DATE" \
        and not (before is not None and before.lower_ in ("in", "since", "of", "by", "until", "from", "to", "during"))


# ---------------------------------------------------------------- tense

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
_DEFER_VERBS = {"postpone", "delay", "defer", "extend", "adjourn", "suspend", "give", "push", "put"}
_PLAN_VERBS = {"plan", "schedule", "expect", "intend", "due", "set", "prepare", "vow", "promise"}


def _governing_verb(span: Span) -> Token | None:
    """The first verb above the expression in the dependency tree (its head chain)."""
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token not in span:
            return token
        if token.head is token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _verb_tense(verb: Token, *, depth: int = 0) -> str:
    """past / future / present / none from the verb's tag and its auxiliaries.

    Modal future ("will", "would", "going to") wins; a simple past (VBD), a perfect or a bare
    participle is past; a to-infinitive takes the tense of the verb it depends on, except under
    a plan verb ("plans to", "is scheduled to"), which looks forward.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or ("going" in lowers and "to" in lowers):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.lemma_ in _PLAN_VERBS and (auxes or verb.tag_ != "VBN"):
        return "future"  # "is set to", "plans"; a bare participle ("a record set in May") is past
    if verb.tag_ == "VBN" and not _present_passive(auxes):
        return "past"
    if verb.tag_ == "VB" and "to" in lowers:
        head = verb.head
        return "future" if head is verb or depth > 3 else _infinitive_tense(head, depth)
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return "none"


def _present_passive(auxes: list[Token]) -> bool:
    """'are supposed', 'is expected': a participle under a present form of 'be' (not a perfect)."""
    return any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes) and \
        not any(a.lemma_ == "have" for a in auxes)


def _past_perfect(verb: Token) -> bool:
    """'had been scheduled', 'had planned': a verb with the auxiliary 'had'."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD"
               for c in verb.children)


def _infinitive_tense(head: Token, depth: int) -> str:
    """Tense for an infinitive: forward-looking under plan verbs, else its head's tense; a past
    perfect plan ('had been scheduled to expire Friday', 'had been due to') is past."""
    if _past_perfect(head) or (head.pos_ == "ADJ" and _past_perfect(head.head)):
        return "past"
    if head.lemma_ in _PLAN_VERBS:  # "planned to leave on Thursday": after the planning, maybe still ahead
        return "future" if head.tag_ != "VBD" else "none"
    if head.pos_ not in ("VERB", "AUX"):
        return "future"
    tense = _verb_tense(head, depth=depth + 1)
    return "future" if tense in ("present", "none") else tense


def _tense(doc: Doc, start: int, end: int) -> str:
    """Tense of the clause an expression belongs to (see ``_verb_tense``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "none"
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ("'s", "’s"):
        return "past"
    if span.start > 0 and span.doc[span.start - 1].tag_ == "VBD":
        return "past"  # "said Tuesday (the plant would reopen)": the reporting verb dates it
    verb = _governing_verb(span)
    if verb is None:
        return "none"
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if verb.lemma_ in _DEFER_VERBS and before in ("until", "till", "through"):
        return "future"  # "postponed until Tuesday", "extended the deadline until 9 a.m. Tuesday"
    return _verb_tense(verb)


# ---------------------------------------------------------------- intervals

_SEASON_SPAN = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def interval(value: str) -> tuple[str, datetime.date | None, datetime.date | None]:
    """TIMEX3 value -> (granularity, first day, last day); days are None when unknown."""
    if value.endswith("_REF"):
        return "ref", None, None
    if value.startswith("P"):
        return "duration", None, None
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value)
    if m:
        day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        return ("time" if m[4] else "day"), day, day
    return _coarse_interval(value)


def _coarse_interval(value: str) -> tuple[str, datetime.date | None, datetime.date | None]:
    """Interval of week, month, quarter, half, season, year, decade and century values."""
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return "weekend", monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=6)
        return "week", monday, monday + datetime.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return "month", *_month_span(int(m[1]), int(m[2]), 1)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return "quarter", *_month_span(int(m[1]), 3 * int(m[2]) - 2, 3)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return "half", *_month_span(int(m[1]), 6 * int(m[2]) - 5, 6)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, _last = _SEASON_SPAN[m[2]]
        return "season", *_month_span(int(m[1]), first, 3)
    if re.fullmatch(r"\d{4}", value):
        return "year", datetime.date(int(value), 1, 1), datetime.date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return "decade", datetime.date(int(value) * 10, 1, 1), datetime.date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d\d", value):
        return "century", datetime.date(int(value) * 100, 1, 1), datetime.date(int(value) * 100 + 99, 12, 31)
    return _underspecified_granularity(value), None, None


def _month_span(year: int, month: int, months: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of ``months`` months starting at (year, month)."""
    first = _add_months(datetime.date(year, 1, 1), month - 1)
    last = _add_months(first, months) - datetime.timedelta(days=1)
    return first, last


def _underspecified_granularity(value: str) -> str:
    """Granularity of an underspecified value such as XXXX-WXX-3."""
    for pattern, name in ((r".*-WXX-\d", "day"), (r".*-W.*", "week"), (r".*-Q.*", "quarter"),
                          (r"XXXX-\d\d", "month"), (r".*-(SP|SU|FA|WI)", "season"), (r".*-XX-XX", "day")):
        if re.fullmatch(pattern, value):
            return name
    return "year"


# ---------------------------------------------------------------- public API

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


def _build(cand: _Candidate, value: _Value, text: str, anchor: datetime.date | None) -> Timex:
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


_DEADLINE = re.compile(r"(?i)\b(?P<word>effective|by)\s+$")


def _deadline_tense(cand: _Candidate, text: str, tense: str) -> str:
    """'effective Feb. 1' takes effect ahead; 'to conclude by May' is a deadline ahead unless the
    clause is past ('had sold half by May'). Only dates and months, not weekdays."""
    if cand.rule.name not in ("month", "mdy", "dmy"):
        return tense
    found = _DEADLINE.search(text, max(0, cand.start - 12), cand.start)
    if found is None or (found["word"].lower() == "by" and tense == "past"):
        return tense
    return "future"


_DAY_SHIFT = re.compile(r"(?i)(?<![\w-])the\s+day\s+(?P<dir>before|after)\s+$")


def _day_shift(timex: Timex, text: str) -> Timex:
    """'the day before last Tuesday', 'the day after Christmas': one expression, a day off the date."""
    found = _DAY_SHIFT.search(text, max(0, timex.start - 20), timex.start)
    if found is None or timex.type != "DATE" or timex.granularity != "day" or timex.start_date is None:
        return timex
    day = timex.start_date + datetime.timedelta(days=1 if found["dir"].lower() == "after" else -1)
    return replace(timex, start=found.start(), text=text[found.start():timex.end], value=day.isoformat(),
                   start_date=day, end_date=day)


def _resolve_all(doc: Doc, chosen: list[_Candidate], anchor: datetime.date | None, text: str) -> list[Timex]:
    """Resolve candidates in text order (``text`` is ``doc.text``), tracking the last day-level date
    for anaphora."""
    ctx = _Context(anchor)
    result = []
    for cand in chosen:
        ctx.tense = _deadline_tense(cand, text, _tense(doc, cand.start, cand.end))
        value = cand.rule.resolve(cand.match, ctx)
        if value is None:
            continue
        timex = _day_shift(_build(cand, value, text, anchor), text)
        if timex.granularity in ("day", "time") and timex.start_date is not None and value.type != "SET":
            ctx.reference = timex.start_date
        if timex.granularity in ("day", "time", "week", "month", "season", "quarter", "year") and timex.start_date:
            ctx.year = timex.start_date.year
        if timex.granularity in ("day", "time", "month") and timex.start_date and value.type != "SET":
            ctx.month = timex.start_date
        if cand.rule.name in _QUARTER_RULES and timex.granularity == "quarter" and timex.start_date is not None:
            ctx.quarter = timex.value
        result.append(timex)
    return result


_STAND_IN = datetime.date(2001, 6, 13)
_QUARTER_RULES = ("quarter", "quarter_q", "relative")


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


_RATE_WORDS = {"times", "twice", "once", "thrice", "percent", "%", "cents", "dollars", "hours", "days"}


def _as_rate(timex: Timex, doc: Doc) -> Timex:
    """'$5 a year', 'twice a week', '24 hours a day': 'a <unit>' after an amount is a SET."""
    if timex.type != "DURATION" or not re.fullmatch(r"(?i)an? \w+", timex.text):
        return timex
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return timex
    before = doc[span.start - 1]
    counted = before.tag_ in ("NNS", "CD") and span.root.dep_ == "npadvmod"
    if counted or before.like_num or before.lower_ in _RATE_WORDS or before.ent_type_ in ("MONEY", "PERCENT"):
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
