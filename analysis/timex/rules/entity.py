"""Fallback rules tried on whole spaCy DATE/TIME entities that no other rule overlaps."""

from __future__ import annotations

import datetime
import re

from ..records import Example, Context, Rule, Value
from ..vocabulary import entity_rx, PART_CODE, UNITS
from .durations import vague_duration
from .periods import year_earlier


def _part_of_day(m: re.Match[str], ctx: Context) -> Value | None:
    """'the morning', 'mid afternoon', 'overnight' (a spaCy TIME) -> TIME of the last named day."""
    base = ctx.base
    code = PART_CODE[m["word"].lower()]
    if m["next"]:
        base = base and base + datetime.timedelta(days=1)
    return Value("TIME", f"{base.isoformat() if base else 'XXXX-XX-XX'}T{code}")


_RELATIONAL = re.compile(r"\s+(?:before|after|apart|when|earlier|later|of\s+(?:the|his|her|their|its))\b", re.I)


def _not_relational(m: re.Match[str]) -> bool:
    """Reject 'the days before the attack', 'minutes apart': a span placed by an event, not a duration."""
    before = m.string[max(0, m.start() - 6):m.start()].lower()
    return not _RELATIONAL.match(m.string, m.end()) and not before.endswith(("by ", "on "))


ENTITY_RULES: tuple[Rule, ...] = (
    Rule(
        "ent_part",
        entity_rx(r"(?:(?:later|earlier|early|late)\s+in\s+)?(?P<x>(?:the\s+)?",
                  r"(?:(?P<next>next|following)\s+)?(?:(?:mid|early|late)[- ]?)?",
                  r"(?P<word>morning|afternoon|evening|overnight))"),
        _part_of_day,
        examples=(
            Example("He arrived on Monday. In the morning, he met the mayor.",
                    "the morning", "TIME", "2025-03-10TMO"),
        ),
    ),
    Rule(
        "ent_vague",
        entity_rx(r"(?:just\s+|only\s+)?(?P<x>(?:the\s+(?:early\s+|first\s+)?)?",
                  rf"(?P<unit>{UNITS})(?:\s+ago)?)"),
        vague_duration,
        examples=(
            Example("It took just months to rebuild the bridge.", "months", "DURATION", "PXM"),
        ),
        accept=_not_relational,
    ),
    Rule(
        "ent_year_earlier",
        entity_rx(r"(?:the\s+)?year[- ](?:earlier|ago)"),
        year_earlier,
        examples=(
            Example("Output was up 5% from year earlier levels.", "year earlier", "DATE", "2024"),
        ),
    ),
)
