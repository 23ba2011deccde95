"""The rule registry: every rule family's rules, in the order that settles ties.

Overlapping matches are reduced to the longest; between two of the same length the rule earlier in
``PRECEDENCE`` wins. Each family module (``named``, ``relative``, ``periods``, ``clock``,
``durations``, ``sets``) holds its rules as frozen ``Rule`` records carrying their pattern,
resolver, vetoes, tense policy and examples; ``entity`` holds the fallback rules tried on whole spaCy
DATE/TIME entities.
"""

from __future__ import annotations

from ..records import Rule
from . import clock, durations, named, periods, relative, sets
from .entity import ENTITY_RULES

PRECEDENCE = (
    "iso", "numeric", "mdy", "week_of", "second_day", "dmy", "month", "weekday", "deictic", "part_deictic",
    "this_part", "relative", "ago", "season", "year_season", "quarter", "spelled_year", "spelled_decade",
    "part_of_unit", "last_night", "the_quarter", "weekend", "year_period", "the_year", "year_earlier",
    "quarter_q", "half", "decade", "century", "year", "holiday", "present", "past", "future", "ahead", "clock",
    "clock24", "clock_zone", "clock_part", "named_time", "duration", "vague_duration", "vague_long",
    "unit_long", "set_word", "every", "weekdays",
)


def ordered(families: tuple[tuple[Rule, ...], ...], precedence: tuple[str, ...]) -> tuple[Rule, ...]:
    """The rules of all families in ``precedence`` order; a rule missing from it (or a name there
    without a rule, or a name used twice) is an error, so a renamed rule cannot lose its place."""
    rules = {}
    for rule in (rule for family in families for rule in family):
        if rule.name in rules:
            raise ValueError(f"two time-expression rules are named {rule.name!r}")
        rules[rule.name] = rule
    if set(rules) != set(precedence) or len(precedence) != len(set(precedence)):
        raise ValueError(f"rules and PRECEDENCE differ: {sorted(set(rules) ^ set(precedence))}")
    return tuple(rules[name] for name in precedence)


RULES: tuple[Rule, ...] = ordered((named.NAMED_RULES, relative.RELATIVE_RULES, periods.PERIOD_RULES,
                                   clock.CLOCK_RULES, durations.DURATION_RULES, sets.SET_RULES), PRECEDENCE)

__all__ = ["ENTITY_RULES", "PRECEDENCE", "RULES", "ordered"]
