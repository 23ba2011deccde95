"""Temporal expressions -> TIMEX3 values: a rule-based tagger in the style of HeidelTime.

A package of self-contained rules (``rules/``): each rule is a frozen ``Rule`` record carrying its
regular expression, the resolver that normalises its matches, its vetoes on the spaCy parse, its
tense policy and its own examples (the tests run every rule's examples). Around them:

- ``engine``: matching (paragraph by paragraph, skipping rules whose necessary literals are absent),
  overlaps settled longest first (ties: ``rules.PRECEDENCE``), vetoes, the fallback on spaCy DATE/TIME
  entities, resolution in text order tracking the last date for anaphora ("the following week");
- ``dates``: calendar arithmetic (shifts, ISO weeks, seasons, holidays, durations, intervals);
- ``tense``: the tense of the governing clause, which decides whether a bare "Tuesday" or
  "December" is the last one or the next one;
- ``vocabulary``: words, codes and pattern fragments; ``vetoes``: tests on the parse.

Normalisation follows the TimeML conventions of the TempEval-3 gold data (TBAQ TimeBank/AQUAINT):
absolute dates are copied (a missing year from the anchor, the document creation time, moved by
tense or distance); deictic expressions shift the anchor ("last week" -> ``2025-W10``, ISO
weeks); bare weekdays, months, seasons and holidays resolve by tense; anaphoric expressions
("the following week", "that quarter", "two days later") count from the last date mentioned;
durations (``P2W``, ``PXM``), sets (``P1Y``, ``XXXX-WXX-1``) and times (``2025-03-12T15:00``)
carry their TIMEX3 mods. ``start_date``/``end_date`` give each value's interval. Without an anchor,
values stay underspecified and ``relative_days`` orders them against a stand-in anchor.
"""

from __future__ import annotations

from .dates import holiday_date, interval
from .engine import tag, tag_doc
from .records import AnchorLike, Example, Rule, Timex
from .rules import ENTITY_RULES, RULES

__all__ = ["ENTITY_RULES", "RULES", "AnchorLike", "Example", "Rule", "Timex", "holiday_date", "interval", "tag",
           "tag_doc"]
