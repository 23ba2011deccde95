"""Tests for analysis.countries: surface forms of states mapped to one country and a label."""

from __future__ import annotations

import pytest

from analysis import countries


@pytest.mark.parametrize(
    ("form", "country", "label"),
    [
        ("Russia", "Russia", "GPE"),
        ("the Russian Federation", "Russia", "GPE"),
        ("Russian", "Russia", "NORP"),
        ("Russians", "Russia", "NORP"),
        ("Moscow", "Russia", "GPE_CAPITAL"),
        ("the Kremlin", "Russia", "GPE_CAPITAL"),
        ("Kyiv", "Ukraine", "GPE_CAPITAL"),
        ("Ukrainian", "Ukraine", "NORP"),
        ("U.S.", "United States", "GPE"),
        ("the White House", "United States", "GPE_CAPITAL"),
        ("Americans", "United States", "NORP"),
        ("British", "United Kingdom", "NORP"),
        ("Downing Street", "United Kingdom", "GPE_CAPITAL"),
        ("North Korean", "North Korea", "NORP"),
        ("Beijing", "China", "GPE_CAPITAL"),
        ("The Hague", "Netherlands", "GPE_CAPITAL"),
        ("Kuwaiti", "Kuwait", "NORP"),
        ("Thais", "Thailand", "NORP"),
        ("Burma", "Myanmar", "GPE"),
        ("Phnom Penh", "Cambodia", "GPE_CAPITAL"),
    ],
)
def test_lookup_maps_forms_to_country_and_label(form: str, country: str, label: str) -> None:
    assert countries.lookup(form) == countries.CountryWord(country, label)


@pytest.mark.parametrize("form", ["us", "russian", "Kursk", "the", "Chineses", "", "Sofia", "Kingston", "Chad"])
def test_lookup_rejects_other_words(form: str) -> None:
    assert countries.lookup(form) is None


def test_table_is_general_not_two_countries() -> None:
    names = {word.country for word in countries.country_forms().values()}
    assert len(names) >= 130
    assert countries.max_form_words() >= 3
