"""Nickname keys join their formal name's key (analysis.first_names)."""

from __future__ import annotations

import pytest

from analysis.first_names import formal_keys


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([("marty", "oakes"), ("martin", "oakes")], {("marty", "oakes"): ("martin", "oakes")}),
        ([("bill", "hale"), ("william", "hale")], {("bill", "hale"): ("william", "hale")}),
        ([("mickey", "ross"), ("michael", "ross"), ("mike", "ross")],
         {("mickey", "ross"): ("michael", "ross"), ("mike", "ross"): ("michael", "ross")}),
        ([("marty", "oakes"), ("martin", "hale")], {}),
        ([("hillary", "clinton"), ("bill", "clinton")], {}),
        ([("chris", "lee"), ("christopher", "lee"), ("christine", "lee")], {}),
    ],
    ids=["marty", "bill", "chain", "other-surname", "other-person", "ambiguous"],
)
def test_formal_keys(keys: list[tuple[str, str]], expected: dict[tuple[str, str], tuple[str, str]]) -> None:
    assert formal_keys(keys) == expected


def test_names_listed_both_ways_map_to_the_longer() -> None:
    """The table lists "bill" and "robert" as nicknames of each other: the longer name wins."""
    assert formal_keys([("bill", "dunn"), ("robert", "dunn")]) == {("bill", "dunn"): ("robert", "dunn")}
