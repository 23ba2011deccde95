"""Tests for analysis.entities.owners: "X administration" spans owned by X."""

from __future__ import annotations

from spacy.language import Language


from .corrected import spans_by_text


def test_x_administration_is_an_org_owned_by_x(nlp: Language) -> None:
    span = spans_by_text(nlp, "The Biden administration announced new sanctions.")["Biden administration"]
    assert span.label == "ORG"
    assert span.owner_name == (span.start, span.start + 1)
