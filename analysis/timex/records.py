"""The records of the time tagger: a found expression (``Timex``), a rule and its examples,
what a resolver sees (``Context``) and returns (``Value``), and a candidate match."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span

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
class Value:
    """What a resolver returns: the TIMEX3 type, value and mod, and optional overrides."""

    type: str
    value: str
    mod: str = ""
    dates: tuple[datetime.date, datetime.date] | None = None  # overrides the value's interval
    span: tuple[int, int] | None = None  # overrides the match's extent


@dataclass
class Context:
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


Resolver = Callable[[re.Match[str], Context], Value | None]
Accept = Callable[[re.Match[str]], bool]  # a filter on a match, applied before overlaps are settled
Veto = Callable[[re.Match[str], Span], bool]  # True rejects a chosen match, given its parsed span
TensePolicy = Callable[[re.Match[str], str], str]  # (match, clause tense) -> the tense to resolve with

EXAMPLE_ANCHOR = datetime.date(2025, 3, 12)  # a Wednesday


@dataclass(frozen=True)
class Example:
    """A sentence a rule must tag: the expression's text, TIMEX3 type and value against ``anchor``."""

    text: str
    expression: str
    type: str
    value: str
    anchor: datetime.date | None = EXAMPLE_ANCHOR


@dataclass(frozen=True)
class Rule:
    """A named regular expression with everything that is particular to it: the resolver that
    normalises its matches, a filter on matches (``accept``), vetoes that read the parse, whether
    a capitalised unit word ending the match marks a title ("ABC's This Week": ``title_veto``), a
    tense policy (``tense``), whether its quarters become the quarter later anaphora refer to
    (``names_quarter``), and the examples it must tag."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    examples: tuple[Example, ...]
    accept: Accept | None = None
    vetoes: tuple[Veto, ...] = ()
    title_veto: bool = True
    tense: TensePolicy | None = None
    names_quarter: bool = False


@dataclass(frozen=True)
class Candidate:
    """A match of a rule: its extent, the rule's precedence (lower wins ties) and the match."""

    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match[str]
