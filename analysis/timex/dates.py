"""Calendar arithmetic: numbers and units, shifting dates, printing a date at a granularity, the
year of a bare month/day/season by direction, holidays, durations, and the interval of a TIMEX3 value.
Nothing here raises on a date out of range: a shift past year 1 or 9999 returns ``None``."""

from __future__ import annotations

import calendar
import datetime
import re

from .records import Context
from .vocabulary import EASTER_OFFSET, HOLIDAYS, MOVABLE, NUMBERS, SEASON_MONTH, UNIT_CODE

def parse_number(word: str) -> float | None:
    """'two' -> 2, '19' -> 19, 'twenty-five' -> 25, 'several' -> None (vague)."""
    word = word.lower().strip().replace(",", "")
    if word.endswith((" 1/2", " and a half")):  # "2 1/2", "two and a half"
        whole = parse_number(word.rsplit(" ", 3)[0] if word.endswith("half") else word[:-4])
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) if "." in word else int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def unit_name(word: str) -> str:
    """Normalise 'Years', 'centuries', 'hrs' to a singular unit name."""
    word = word.lower().rstrip("s")
    word = {"centurie": "century", "yr": "year", "hr": "hour", "min": "minute", "sec": "second"}.get(word, word)
    return word


class OutOfCalendar(ValueError):
    """A computed date falls outside the calendar Python can represent (years 1 to 9999): "58,100
    years ago" in a market table. The engine drops such an expression instead of failing."""


def calendar_date(year: int, month: int, day: int) -> datetime.date:
    """``datetime.date``, raising ``OutOfCalendar`` for a day no calendar has (year 0, 30 February)."""
    try:
        return datetime.date(year, month, day)
    except ValueError as exc:
        raise OutOfCalendar(f"{year}-{month}-{day}: {exc}") from exc


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Shift a date by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise OutOfCalendar(f"year {year} is outside the calendar")
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift_date(day: datetime.date, unit: str, n: int) -> datetime.date:
    """Move a date by ``n`` units (day, week, weekend, month, quarter, year, decade, century)."""
    try:
        if unit in ("day", "night"):
            return day + datetime.timedelta(days=n)
        if unit in ("week", "weekend", "fortnight"):
            return day + datetime.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    except OverflowError as exc:
        raise OutOfCalendar(f"{n} {unit}s from {day} is outside the calendar") from exc
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    return add_months(day, n * months) if months else day


def format_at(day: datetime.date, unit: str) -> str:
    """Print a date at the granularity of ``unit`` (ISO weeks for weeks)."""
    if unit in ("week", "weekend", "fortnight"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    formats = {"month": f"{day.year}-{day.month:02d}", "year": f"{day.year}",
               "quarter": f"{day.year}-Q{(day.month - 1) // 3 + 1}", "decade": f"{day.year // 10}",
               "century": f"{day.year // 100}"}
    return formats.get(unit, day.isoformat())


def weekday_value(ctx: Context, weekday: int, *, direction: str) -> str:
    """Resolve a weekday (1=Monday) against the anchor; direction past/future/nearest/this."""
    base = ctx.base if direction in ("following", "previous") else ctx.anchor
    direction = {"following": "next", "previous": "last"}.get(direction, direction)
    if base is None:
        return f"XXXX-WXX-{weekday}"
    delta = weekday - base.isoweekday()
    if direction == "this":
        return (base + datetime.timedelta(days=delta)).isoformat()
    if direction in ("past", "since") or (direction == "nearest" and (delta > 3 or -3 <= delta <= 0)):
        return (base - datetime.timedelta(days=(-delta) % 7)).isoformat()
    if direction == "last":
        return (base - datetime.timedelta(days=(-delta - 1) % 7 + 1)).isoformat()
    if direction == "next":
        return (base + datetime.timedelta(days=(delta - 1) % 7 + 1)).isoformat()
    return (base + datetime.timedelta(days=delta % 7)).isoformat()


def month_year(ctx: Context, month: int, *, direction: str) -> str | None:
    """Year of a bare month name: past -> on/before the anchor, future -> on/after."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    year = anchor.year
    if (direction == "past" and month > anchor.month + 1) or (direction == "last" and month >= anchor.month) \
            or (direction == "since" and month > anchor.month):
        year -= 1
    elif direction in ("future", "next") and (month < anchor.month or (direction == "next" and month == anchor.month)):
        year += 1
    elif direction == "nearest" and month - anchor.month > 6:
        year -= 1
    elif direction == "nearest" and anchor.month - month > 7:
        year += 1
    return str(year)


def day_year(ctx: Context, month: int, day: int) -> str | None:
    """Year of 'Nov. 22': the anchor's, unless the tense or a half-year distance says otherwise."""
    anchor = ctx.anchor
    if anchor is None or day > calendar.monthrange(anchor.year, month)[1]:
        return str(anchor.year) if anchor else None
    gap = (datetime.date(anchor.year, month, day) - anchor).days
    if (gap > 120 and ctx.tense != "future") or (ctx.tense == "past" and gap > 60) or (ctx.tense == "since" and gap > 0):
        return str(anchor.year - 1)
    if gap < -300 or (ctx.tense == "future" and gap < -60):
        return str(anchor.year + 1)
    return str(anchor.year)


def season_year(ctx: Context, code: str, *, direction: str) -> int | None:
    """Year of a season: 'last' -> latest one ended before the anchor, 'next' -> next to start."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    start = SEASON_MONTH[code]
    current = anchor.year - (1 if code == "WI" and anchor.month < 3 else 0)
    began = (anchor.year * 12 + anchor.month) >= (current * 12 + start)
    if direction in ("last", "past", "since"):
        ended = (anchor.year * 12 + anchor.month) >= (current * 12 + start + 3)
        return current if ended or (direction != "last" and began) else current - 1
    if direction in ("next", "future"):
        return current + 1 if began else current
    return current


def underspecified_value(unit: str, step: int) -> str:
    """Value for a relative unit without an anchor (PRESENT_REF for 'this')."""
    if step == 0 and unit != "weekend":
        return "PRESENT_REF"
    return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "year": "XXXX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")


def duration_value(n: float | None, unit: str) -> str:
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


def holiday_name(raw: str) -> str:
    name = raw.lower().replace("’", "'").replace(" jr.", "").replace("presidents' day", "presidents day")
    return name.replace("president's day", "presidents day")


SEASON_SPAN = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def interval(value: str) -> tuple[str, datetime.date | None, datetime.date | None]:
    """TIMEX3 value -> (granularity, first day, last day); days are None when unknown."""
    if value.endswith("_REF"):
        return "ref", None, None
    if value.startswith("P"):
        return "duration", None, None
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value)
    if m:
        day = calendar_date(int(m[1]), int(m[2]), int(m[3]))
        return ("time" if m[4] else "day"), day, day
    return coarse_interval(value)


def coarse_interval(value: str) -> tuple[str, datetime.date | None, datetime.date | None]:
    """Interval of week, month, quarter, half, season, year, decade and century values."""
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        try:
            monday = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError as exc:
            raise OutOfCalendar(f"{value}: {exc}") from exc
        if m[3]:
            return "weekend", monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=6)
        return "week", monday, monday + datetime.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return "month", *month_span(int(m[1]), int(m[2]), 1)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return "quarter", *month_span(int(m[1]), 3 * int(m[2]) - 2, 3)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return "half", *month_span(int(m[1]), 6 * int(m[2]) - 5, 6)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, _last = SEASON_SPAN[m[2]]
        return "season", *month_span(int(m[1]), first, 3)
    if re.fullmatch(r"\d{4}", value):
        return "year", calendar_date(int(value), 1, 1), calendar_date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return "decade", calendar_date(int(value) * 10, 1, 1), calendar_date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d\d", value):
        return "century", calendar_date(int(value) * 100, 1, 1), calendar_date(int(value) * 100 + 99, 12, 31)
    return _underspecified_granularity(value), None, None


def month_span(year: int, month: int, months: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of ``months`` months starting at (year, month)."""
    first = add_months(calendar_date(year, 1, 1), month - 1)
    last = add_months(first, months) - datetime.timedelta(days=1)
    return first, last


def _underspecified_granularity(value: str) -> str:
    """Granularity of an underspecified value such as XXXX-WXX-3."""
    for pattern, name in ((r".*-WXX-\d", "day"), (r".*-W.*", "week"), (r".*-Q.*", "quarter"),
                          (r"XXXX-\d\d", "month"), (r".*-(SP|SU|FA|WI)", "season"), (r".*-XX-XX", "day")):
        if re.fullmatch(pattern, value):
            return name
    return "year"
