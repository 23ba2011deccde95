"""Rules for periods: years, decades, centuries, seasons, quarters, halves, 'the year', 'the weekend',
'year-end'."""

from __future__ import annotations

import datetime
import re

from ..dates import format_at, parse_number, season_year, shift_date, underspecified_value, unit_name
from ..records import Example, Context, Rule, Value
from ..vetoes import number_not_a_year, season_as_noun, word_as_verb
from ..vocabulary import (
    COMPARABLE, MOD, MODP, MODS, ORDINAL_WORDS, ORDINALS, REL, rx, SEASON, SEASONS, SPELLED_TENS,
    SPELLED_YEAR, TENS_WORDS, YEAR, YEAR_AGO,
)
from .common import direction_of, mod_of, year_text


def _spelled_year(m: re.Match[str], ctx: Context) -> Value | None:
    """'nineteen ninety-six' -> 1996, 'the year two thousand' -> 2000 (broadcast transcripts)."""
    if m["thousand"]:
        return Value("DATE", str(2000 + int(parse_number(m["rest"]) or 0) if m["rest"] else 2000))
    tens = parse_number(m["tens"])
    if tens is None:
        return None
    return Value("DATE", str(1900 + int(tens)))


def _spelled_decade(m: re.Match[str], ctx: Context) -> Value | None:
    """'the nineties' -> 199 (the twentieth century assumed)."""
    return Value("DATE", f"19{SPELLED_TENS[m['word'].lower()[:-3] + 'y']}", mod_of(m))


def _part_of_unit(m: re.Match[str], ctx: Context) -> Value | None:
    """'the end of the year', 'year-end' -> the anchor's year (month, ...) with a mod."""
    unit = unit_name(m["unit"]) if m["unit"] else "year"
    mod = MODS.get((m["mod"] or "the end of").lower(), "END")
    if ctx.anchor is None:
        return Value("DATE", underspecified_value(unit, 0), mod)
    return Value("DATE", format_at(ctx.anchor, unit), mod)


def _the_quarter(m: re.Match[str], ctx: Context) -> Value | None:
    """'the quarter' -> the quarter last mentioned (else the anchor's previous one);
    'the year-earlier quarter' -> that quarter a year before; 'the latest period' is the quarter
    last mentioned, and nothing in a text that names no quarter."""
    if m["latest"] and ctx.quarter is None:
        return None
    if ctx.quarter is None and ctx.anchor is None:
        return Value("DATE", "XXXX-QX")
    quarter = ctx.quarter or format_at(shift_date(ctx.anchor, "quarter", -1), "quarter")
    if m["ago"]:
        quarter = f"{int(quarter[:4]) - 1}{quarter[4:]}"
    return Value("DATE", quarter)


def year_earlier(m: re.Match[str], ctx: Context) -> Value | None:
    """'year-earlier', 'year-ago' (a spaCy DATE) -> the last quarter named a year back, else last year."""
    if ctx.quarter:
        return Value("DATE", f"{int(ctx.quarter[:4]) - 1}{ctx.quarter[4:]}")
    if ctx.anchor is None:
        return Value("DATE", "XXXX")
    return Value("DATE", str(ctx.anchor.year - 1))


_ENDED = re.compile(r"\s+(?:ended|ending)\b")


def _year_period(m: re.Match[str], ctx: Context) -> Value | None:
    """'the 1988 quarter', 'the 1989 period' in a text that names quarters -> that year's quarter of
    the same number (1988-Q3 after 'the third quarter'); otherwise the year."""
    if ctx.quarter is None:
        return Value("DATE", m["year"])
    return Value("DATE", f"{m['year']}{ctx.quarter[4:]}")


def _the_year(m: re.Match[str], ctx: Context) -> Value | None:
    """'the year', 'the full year' -> the anchor's year; 'the (fiscal) year ended Sept. 30' is the
    twelve months up to that date, a DURATION P1Y."""
    if _ENDED.match(m.string, m.end()):
        return Value("DURATION", "P1Y")
    year = ctx.anchor.year if ctx.anchor else None
    return Value("DATE", str(year) if year else "XXXX")


def _weekend(m: re.Match[str], ctx: Context) -> Value | None:
    """'the weekend': past tense -> the last weekend, else the coming (or current) one."""
    if ctx.anchor is None:
        return Value("DATE", "XXXX-WXX-WE")
    in_weekend = ctx.anchor.isoweekday() >= 6
    step = 0 if in_weekend else (-1 if ctx.tense == "past" else 0)
    return Value("DATE", format_at(shift_date(ctx.anchor, "week", step), "weekend"))


def _season(m: re.Match[str], ctx: Context) -> Value | None:
    """'last summer', 'winter 2024', 'this spring' -> YYYY-SU etc."""
    code = SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    direction = {"last": "last", "this past": "last", "past": "last", "next": "next",
                 "this coming": "next", "coming": "next", "this": "this"}.get(rel, direction_of(ctx))
    year = year_text(m["year"]) or season_year(ctx, code, direction=direction)
    return Value("DATE", f"{year if year is not None else 'XXXX'}-{code}", mod_of(m))


def _year(m: re.Match[str], ctx: Context) -> Value | None:
    """'1998', 'fiscal 2024', 'early 1990' -> YYYY."""
    return Value("DATE", m["year"], mod_of(m))


def _century(m: re.Match[str], ctx: Context) -> Value | None:
    """'the 19th century' -> 18 (TimeML counts centuries by their first two digits)."""
    raw = m["ord"].lower()
    number = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    if not number:
        return None
    return Value("DATE", f"{number - 1:02d}", mod_of(m))


def _quarter(m: re.Match[str], ctx: Context) -> Value | None:
    """'the third quarter (of 2024)', 'Q3' -> YYYY-Q3."""
    quarter = ORDINALS.get(m["q"].lower()) or int(re.sub(r"\D", "", m["q"]) or 0)
    if not 1 <= quarter <= 4:
        return None
    year = m["year"] or m.groupdict().get("year0")
    if not year and m.groupdict().get("ago"):  # "the year-ago third quarter": before the one discussed
        current = ctx.quarter[:4] if ctx.quarter else _quarter_year(m, ctx, quarter)
        year = current and str(int(current) - 1)
    year = year or _quarter_year(m, ctx, quarter)
    return Value("DATE", f"{year or 'XXXX'}-Q{quarter}", span=_modifier_span(m))


def _modifier_span(m: re.Match[str]) -> tuple[int, int] | None:
    """'the third-quarter results': a hyphenated quarter modifies the noun, which owns the article;
    the extent is 'third-quarter' ('fiscal second-quarter')."""
    article = re.match(r"(?i)the\s+", m.group(0))
    if article is None or not re.search(r"(?i)-quarter$", m.group(0)):
        return None
    return m.start() + article.end(), m.end()


def _quarter_year(m: re.Match[str], ctx: Context, quarter: int) -> str | None:
    """Year of a quarter without one: the anchor's, shifted by last/next or a past tense."""
    if ctx.anchor is None:
        return None
    rel = (m["rel"] or m.groupdict().get("rel2") or "").lower()
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    current = (ctx.anchor.month - 1) // 3 + 1
    if not rel and quarter > current and ctx.tense == "past":
        year -= 1
    return str(year)


def _half(m: re.Match[str], ctx: Context) -> Value | None:
    """'the first half (of 2024)', 'the last half of the year' -> YYYY-H1, YYYY-H2."""
    half = 1 if m["h"].lower() == "first" else 2
    rel = (m["rel"] or m["rel2"] or "").lower()
    year = m["year"] or (str(ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)) if ctx.anchor else "XXXX")
    return Value("DATE", f"{year}-H{half}")


def _decade_any(m: re.Match[str], ctx: Context) -> Value | None:
    """'the 1990s', "the '80s" -> 199, 198."""
    digits = m["decade"] or m["decade2"]
    century = ""
    if len(digits) == 2:
        century = "20" if 2000 + int(digits) <= (ctx.anchor.year if ctx.anchor else 2030) else "19"
    return Value("DATE", (century + digits)[:3], mod_of(m))


PERIOD_RULES: tuple[Rule, ...] = (
    Rule(
        "season",
        rx(r"(?:the\s+)?", MODP, rf"(?:(?P<rel>{REL})\s+)?(?P<season>{SEASON})",
           rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}|{SPELLED_YEAR}))?"),
        _season,
        examples=(
            Example("The talks resumed in the spring of 2012.", "the spring of 2012", "DATE", "2012-SP"),
            Example("The fighting began last summer.", "last summer", "DATE", "2024-SU"),
            Example("A new offensive is expected next winter.", "next winter", "DATE", "2025-WI"),
            Example("The troops have held the town since last summer.", "last summer", "DATE", "2024-SU"),
            Example("Prices fell to the level of the winter of nineteen-ninety.",
                    "the winter of nineteen-ninety", "DATE", "1990-WI"),
            Example("The talks resumed in the fall.", "the fall", "DATE", "2024-FA"),
        ),
        vetoes=(word_as_verb, season_as_noun),
    ),
    Rule(
        "year_season",
        rx(rf"(?P<year>{YEAR})\s+(?P<season>{SEASON})(?P<rel>)"),
        _season,
        examples=(
            Example("The film opens in 2026 summer.", "2026 summer", "DATE", "2026-SU"),
        ),
    ),
    Rule(
        "quarter",
        rx(r"(?:the\s+)?", rf"(?:(?P<rel>last|next|this)\s+year's\s+|(?P<year0>{YEAR})\s+",
           rf"|{COMPARABLE}(?P<ago>{YEAR_AGO})\s+)?",
           r"(?:fiscal[- ])?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter",
           rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel2>this|last|next)\s+year))?"),
        _quarter,
        examples=(
            Example("Revenue grew in the first quarter of 2024.", "the first quarter of 2024", "DATE", "2024-Q1"),
            Example("The bank reported the fourth-quarter results.", "fourth-quarter", "DATE", "2024-Q4"),
        ),
        names_quarter=True,
    ),
    Rule(
        "spelled_year",
        rx(r"(?:the\s+year\s+)?", rf"(?:nineteen[- ](?P<tens>{TENS_WORDS})",
           r"|(?P<thousand>two thousand)",
           r"(?:\s+and\s+(?P<rest>one|two|three|four|five|six|seven|eight|nine|ten))?)"),
        _spelled_year,
        examples=(
            Example("In nineteen ninety-six the law changed.", "nineteen ninety-six", "DATE", "1996"),
        ),
    ),
    Rule(
        "spelled_decade",
        rx(rf"the\s+(?:(?P<mod>{MOD})\s+)?",
           r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"),
        _spelled_decade,
        examples=(
            Example("Music changed through the nineties.", "the nineties", "DATE", "199"),
        ),
    ),
    Rule(
        "part_of_unit",
        rx(r"(?:(?P<mod>the end of|the beginning of|the start of|the middle of|the turn of|end of)",
           r"\s+the\s+(?P<unit>year|month|week|decade|century)|year[- ]end|year['’]s\s+end)"),
        _part_of_unit,
        examples=(
            Example("The deal should close by the end of the year.", "the end of the year", "DATE", "2025"),
            Example("The rules should be in place by year's end.", "year's end", "DATE", "2025"),
        ),
    ),
    Rule(
        "the_quarter",
        rx(rf"the\s+(?:{COMPARABLE}(?P<ago>{YEAR_AGO})\s+",
           r"(?:quarter|period)|quarter|(?P<latest>latest|most\s+recent)\s+period)(?!-)"),
        _the_quarter,
        examples=(
            Example("Sales rose in the third quarter of 2024. Profit for the quarter doubled.",
                    "the quarter", "DATE", "2024-Q3"),
        ),
    ),
    Rule(
        "weekend",
        rx(r"(?:the|this)\s+weekend"),
        _weekend,
        examples=(
            Example("The talks continued over the weekend.", "the weekend", "DATE", "2025-W10-WE"),
        ),
    ),
    Rule(
        "year_period",
        rx(rf"the\s+(?P<year>{YEAR})\s+(?:period|quarter)"),
        _year_period,
        examples=(
            Example("Sales rose in the third quarter. Profit fell from the 1988 period.", "the 1988 period", "DATE",
                    "1988-Q3", anchor=datetime.date(1989, 11, 2)),
        ),
    ),
    Rule(
        "the_year",
        rx(r"the\s+(?:full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?year(?!-)"),
        _the_year,
        examples=(
            Example("For the year ended Sept. 30, the firm earned $5 million.", "the year", "DURATION", "P1Y"),
            Example("In the fiscal year ending June 30, it lost money.", "the fiscal year", "DURATION", "P1Y"),
        ),
    ),
    Rule(
        "year_earlier",
        rx(r"year-(?:earlier|ago)"),
        year_earlier,
        examples=(
            Example("Sales rose in the third quarter of 2024, against a year-earlier loss.",
                    "year-earlier", "DATE", "2023-Q3"),
        ),
    ),
    Rule(
        "quarter_q",
        rx(rf"(?P<rel>)Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?"),
        _quarter,
        examples=(
            Example("Revenue grew in Q3 2024.", "Q3 2024", "DATE", "2024-Q3"),
        ),
        names_quarter=True,
    ),
    Rule(
        "half",
        rx(r"(?:the\s+)?(?:(?P<rel>last|next|this)\s+year's\s+)?(?P<h>first|second|last|latter)[- ]half",
           rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?:the|(?P<rel2>this|last|next))\s+year)|(?!\s+of\b))"),
        _half,
        examples=(
            Example("Sales were weak in the first half of the year.",
                    "the first half of the year", "DATE", "2025-H1"),
            Example("Earnings will fall in the last half of 2025.", "the last half of 2025", "DATE", "2025-H2"),
        ),
    ),
    Rule(
        "decade",
        rx(r"(?:the\s+)?", MODP, r"(?:(?P<decade>1[6-9]\d0|20\d0)|['’](?P<decade2>\d0))'?s"),
        _decade_any,
        examples=(
            Example("Music changed in the 1990s.", "the 1990s", "DATE", "199"),
            Example("Their relatives met in the 1960s and the '80s.", "the '80s", "DATE", "198"),
        ),
    ),
    Rule(
        "century",
        rx(r"(?:the\s+)?", MODP, rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORDS})[- ]century"),
        _century,
        examples=(
            Example("The church dates from the 19th century.", "the 19th century", "DATE", "18"),
        ),
    ),
    Rule(
        "year",
        rx(MODP, rf"(?:fiscal\s+(?:year\s+)?|(?:pre|post)-)?(?P<year>{YEAR})"),
        _year,
        examples=(
            Example("Sales fell in 1998 after the crisis.", "1998", "DATE", "1998"),
            Example("Profits rose in fiscal 2024.", "fiscal 2024", "DATE", "2024"),
            Example("The post-1959 politics split families.", "post-1959", "DATE", "1959"),
            Example("Pre-2008 loans were risky.", "Pre-2008", "DATE", "2008"),
            Example("It was the worst attack since the 2005 bombings.", "2005", "DATE", "2005"),
        ),
        vetoes=(number_not_a_year,),
    ),
)
