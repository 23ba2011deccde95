"""Tests for the attributions of a Doc (``analysis.quotes.attributions``)."""

from __future__ import annotations

from spacy.language import Language

from .extracted import quotes_of


def test_a_wire_dateline_is_no_part_of_the_content(nlp: Language) -> None:
    text = "OSLO — The city will close the bridge in May, the mayor said Thursday."
    [quote] = quotes_of(nlp, text)
    assert quote.quote == "The city will close the bridge in May"
