"""analysis.literals: the strings every match of a pattern contains, and the test built on them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import literals, timex


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"ago", {"ago"}),
    (r"(?:last|next)\s+week", {"week"}),
    (r"(?:last|next)\s+(?:day)?", {"last", "next"}),
    (r"(?:the\s+)?(?:year|month)s?\s+ago", {"year", "month"}),
    (r"[a-z]+day|ago", {"day", "ago"}),
    (r"\d+\s+(?:days|weeks)", {"days", "weeks"}),
    (r"(?<![\w-])centur(?:y|ies)(?!\w)", {"centur"}),
    (r"(?:ab)+c?", {"ab"}),
    (r"MID-?TERM", {"term"}),
])
def test_necessary_literals(pattern: str, expected: set[str]) -> None:
    found = literals.necessary_literals(re.compile(pattern, re.I))
    assert found == {(literal, False) for literal in expected}


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?-i:May|June)\s+\d", re.I, {("May", True), ("June", True)}),
    (r"[0-9]{4}", re.I, {(digit, True) for digit in "0123456789"}),
    (r"Monday", 0, {("Monday", True)}),
    (r"(?i:monday)s", 0, {("monday", False)}),
])
def test_literals_matched_with_case_keep_their_case(pattern: str, flags: int, expected: set) -> None:
    assert literals.necessary_literals(re.compile(pattern, flags)) == expected


@pytest.mark.parametrize("pattern", [r".*", r"\w+\s+\w+", r"(?:ago)?", r"[a-z]+|ago", r"(?x) ago"])
def test_patterns_without_necessary_literals(pattern: str) -> None:
    assert literals.necessary_literals(re.compile(pattern, re.I)) is None


def test_may_match_rules_out_only_texts_without_a_literal() -> None:
    needed = literals.necessary_literals(re.compile(r"\d+\s+years?\s+ago", re.I))
    text = "It began three YEARS AGO."
    assert literals.may_match(needed, text, literals.fold(text))
    text = "It began in the spring."
    assert not literals.may_match(needed, text, literals.fold(text))
    assert literals.may_match(None, "anything", literals.fold("anything"))
    months = literals.necessary_literals(re.compile(r"(?-i:May)\s+\d+", re.I))
    assert not literals.may_match(months, "Prices may rise.", literals.fold("Prices may rise."))


def test_texts_with_unusual_case_pairs_are_never_ruled_out() -> None:
    # Under re.IGNORECASE "İ" and "ı" match "i", but case-folding does not map them to "i".
    pattern = re.compile(r"\d+ min", re.I)
    assert pattern.search("5 mİn") and pattern.search("5 mın")
    assert literals.fold("5 mİn") is None
    assert literals.may_match(frozenset({(" min", False)}), "5 mın", literals.fold("5 mın"))


def test_no_timex_rule_is_ruled_out_of_a_text_it_matches(sample_path: Path) -> None:
    texts = [p for p in sample_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts += ["Three years ago, on Jan 3, 2001 at 9.30am GMT", "the mid-1990s and the 21st century",
              "each July; every Monday; twice a week", "the year-ago quarter, two weeks from now",
              "last night, this morning, at noon on Christmas", "in the fall of 1998, a decade later",
              "currently, recently, in the coming weeks, for the past 19 years"]
    needed = [literals.necessary_literals(rule.pattern) for rule in timex.RULES]
    assert sum(n is not None for n in needed) > 40
    checked = 0
    for text in texts:
        folded = literals.fold(text)
        for rule, literal_set in zip(timex.RULES, needed):
            if rule.pattern.search(text):
                checked += 1
                assert literals.may_match(literal_set, text, folded), (rule.name, text)
    assert checked > 30


def test_regex_internals() -> None:
    """Python's private regex parser still has the names and tree shape ``literals`` reads; if this
    fails after a Python upgrade, adapt ``literals.regex_internals`` and the tree walk."""
    constants, parser = literals.regex_internals()
    missing = [name for name in literals.USED_CONSTANTS if not hasattr(constants, name)]
    assert not missing, f"re._constants lost {missing} in this Python"
    tree = list(parser.parse(r"a(?:b|c)+\d", re.I))
    assert [op for op, _ in tree] == [constants.LITERAL, constants.MAX_REPEAT, constants.IN], \
        f"re._parser tree shape changed: {tree}"
    assert literals.necessary_literals(re.compile(r"(?:last|next)\s+week")) == {("week", True)}
