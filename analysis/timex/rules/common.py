"""Helpers that resolvers of several rule families share: the direction a tense gives, mods, fixed
values, spelled years."""

from __future__ import annotations

import re

from ..dates import parse_number
from ..records import Context, Resolver, Value
from ..vocabulary import MODS, QUAL_MOD


def direction_of(ctx: Context) -> str:
    """Map the clause tense to a resolution direction: past, future, since (on or before the anchor,
    strictly) or nearest."""
    return {"past": "past", "future": "future", "present": "past", "since": "since"}.get(ctx.tense, "nearest")


def mod_of(m: re.Match[str]) -> str:
    """The TIMEX3 mod (START, MID, END) of a match's 'early/mid/late' group, or ''."""
    found = m.groupdict().get("mod")
    return MODS.get(found.lower().rstrip("-"), "") if found else ""


def qualifier_mod(m: re.Match[str]) -> str:
    """The TIMEX3 mod of a duration's qualifier ('about two weeks' -> APPROX), or ''."""
    return QUAL_MOD.get((m.groupdict().get("qual") or "").lower(), "")


def fixed_value(value: str, kind: str = "DATE") -> Resolver:
    """A resolver that always returns ``value`` (for PRESENT_REF and the like)."""
    def resolve(m: re.Match[str], ctx: Context) -> Value | None:
        """Return the fixed value."""
        return Value(kind, value)
    return resolve


def year_text(raw: str | None) -> str | None:
    """'1997' -> '1997', 'nineteen ninety-seven' -> '1997' (broadcast transcripts), None -> None."""
    if not raw or raw[0].isdigit():
        return raw
    tens = parse_number(re.split(r"[- ]", raw.lower(), maxsplit=1)[1])
    return str(1900 + int(tens)) if tens is not None else None
