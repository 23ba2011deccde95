"""\"X administration\": an organisation owned by a person.

A PERSON or ORG name followed by a noun for a person's organisation (administration, government,
campaign, cabinet, ...; ``ORGANISATION_NOUNS``) becomes one ORG span over the name and the noun,
flagged ``owner_name`` so that ``analysis.actors`` links it to the person X. So is an ORG span the
model tagged whole with the noun capitalised ("The Obama Administration", "the Smith Campaign";
``OWNED_BY_PERSON_TITLED``) when X is no common word, country or organisation word.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .. import countries
from .spans import EntitySpan
from .words import common_words, name_shaped

ORGANISATION_NOUNS = frozenset({
    "administration", "government", "cabinet", "campaign", "presidency", "regime", "camp",
    "team", "family", "foundation", "organization", "organisation",
})
#: Nouns for a person's organisation that a headline-style text capitalises as part of one ORG
#: name the model tags whole ("The Obama Administration").
OWNED_BY_PERSON_TITLED = frozenset({"administration", "campaign", "presidency"})


def as_owner(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Turn "X administration" into one ORG span flagged with the name X."""
    inside = _owner_inside(doc, span)
    if inside is not None:
        return replace(span, owner_name=inside)
    if span.label not in ("PERSON", "ORG") or span.end >= len(doc):
        return span
    if doc[span.end].lower_ not in ORGANISATION_NOUNS:
        return span
    if countries.lookup(doc[span.start:span.end].text) is not None:
        return span
    return EntitySpan(span.start, span.end + 1, "ORG", owner_name=(span.start, span.end))


def _owner_inside(doc: Doc, span: EntitySpan) -> tuple[int, int] | None:
    """The (start, end) of X in an ORG span "(the) X Administration" / "X Campaign" that the model
    tagged whole, when X is one to three capitalised words that are no common word, country or
    organisation word ("The Obama Administration"; not "the Labour Campaign"), else None."""
    last = doc[span.end - 1]
    if span.label != "ORG" or span.owner_name or last.lower_ not in OWNED_BY_PERSON_TITLED:
        return None
    start = span.start + (doc[span.start].lower_ == "the")
    name = doc[start:span.end - 1]
    if not name or not name_shaped(name) or any(t.lower_ in common_words() for t in name):
        return None
    return start, span.end - 1
