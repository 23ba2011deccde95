"""Necessary literals of a regular expression: a cheap test that rules a pattern out for a text.

``necessary_literals(pattern)`` reads the pattern's syntax tree (Python's own ``re`` parser) and
returns strings of which every match must contain at least one; ``None`` when it cannot tell
(the pattern may match text containing none of them). Each literal says whether the pattern
matches it with case (inside ``(?-i:...)`` or without ``re.IGNORECASE``) or not, in which case it
is case-folded. ``may_match(literals, text, fold(text))`` is then a few substring searches:
``False`` proves the pattern has no match in the text, so the regex scan can be skipped. Texts
holding one of the few characters that Python's case-insensitive matching pairs with an ASCII
letter outside case-folding (dotted and dotless i) are never ruled out by case-folded literals.

Rules: a run of literal characters is a literal; a digit class is the ten digits; a group gives
its contents' literals; an alternation the union of its branches' (only if every branch has
some); a repeat with a minimum of at least one its body's; zero-width assertions and anything
else nothing. Of a sequence, the element with the rarest-looking literals is used (the longest
shortest literal, then literals matched with case).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import ModuleType


def regex_internals() -> tuple[ModuleType, ModuleType]:
    """Python's own regular-expression parser and its constants (``re._parser``, ``re._constants``).

    They are private to the standard library and may change in any Python release; this function is
    the only place that imports them. ``tests/test_literals.py::test_regex_internals`` checks every
    name and the tree shape this module relies on, so a Python upgrade that changes them fails that
    test by name instead of silently disabling the literal pre-filter.
    """
    from re import _constants, _parser
    return _constants, _parser


sre_constants, sre_parser = regex_internals()
USED_CONSTANTS = ("SUBPATTERN", "BRANCH", "IN", "LITERAL", "CATEGORY", "CATEGORY_DIGIT", "RANGE", "MAX_REPEAT",
                  "MIN_REPEAT")

Literal = tuple[str, bool]
Literals = frozenset[Literal]
DIGITS: Literals = frozenset((digit, True) for digit in "0123456789")
UNFOLDED = frozenset("\u0130\u0131")
_DIGIT_CLASSES = ([(sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT)], [(sre_constants.RANGE, (48, 57))])
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))


def _best(options: Iterable[Literals | None]) -> Literals | None:
    """The most selective of several alternative literal sets: the longest shortest literal,
    then all matched with case, then the fewest."""
    known = [option for option in options if option]
    return max(known, key=lambda option: (min(len(text) for text, _ in option),
                                          all(cased for _, cased in option), -len(option)), default=None)


def _union(branches: Iterable[Literals | None]) -> Literals | None:
    """Literals of an alternation: the union of its branches', if every branch has some."""
    found: set[Literal] = set()
    for branch in branches:
        if not branch:
            return None
        found |= branch
    return frozenset(found)


def _element(op: object, value: object, ignore_case: bool) -> Literals | None:
    """Literals of one parsed element (see the module docstring)."""
    if op == sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, body = value
        inner = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(body, inner)
    if op == sre_constants.BRANCH:
        return _union(_sequence(branch, ignore_case) for branch in value[1])
    if op in _REPEATS:
        low, _high, body = value
        return _sequence(body, ignore_case) if low >= 1 else None
    if op == sre_constants.IN and value in _DIGIT_CLASSES:
        return DIGITS
    return None


def _literal(run: str, ignore_case: bool) -> Literals:
    """A run of literal characters: case-folded where the pattern ignores case."""
    return frozenset({(run.casefold(), False) if ignore_case else (run, True)})


def _sequence(items: Iterable[tuple[object, object]], ignore_case: bool) -> Literals | None:
    """Literals of a sequence: runs of literal characters and elements, the best of them."""
    options: list[Literals | None] = []
    run = ""
    for op, value in items:
        if op == sre_constants.LITERAL:
            run += chr(value)
            continue
        if run:
            options.append(_literal(run, ignore_case))
            run = ""
        options.append(_element(op, value, ignore_case))
    if run:
        options.append(_literal(run, ignore_case))
    return _best(options)


def necessary_literals(pattern: re.Pattern[str]) -> Literals | None:
    """(string, matched with case) pairs one of which every match of ``pattern`` contains
    (case-folded where the pattern ignores case), or ``None``."""
    if pattern.flags & re.VERBOSE:
        return None
    try:
        tree = sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):
        return None
    return _sequence(tree, bool(pattern.flags & re.IGNORECASE))


def may_match(literals: Literals | None, text: str, folded: str | None) -> bool:
    """``False`` only if no literal occurs in ``text`` (with case) or ``folded`` (``fold(text)``;
    ``None`` for a text that is never ruled out by its case-folded literals)."""
    if literals is None:
        return True
    return any(literal in text if cased else folded is None or literal in folded
               for literal, cased in literals)


def fold(text: str) -> str | None:
    """The text as ``may_match`` expects it: case-folded, or ``None`` if it holds a character
    that case-insensitive matching pairs with an ASCII letter outside case-folding."""
    return text.casefold() if UNFOLDED.isdisjoint(text) else None
