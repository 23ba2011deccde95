"""The records the entity rules pass along: a corrected span and the Doc-wide cues.

``EntitySpan`` is what ``corrected_entities`` returns (a token range, a label and, for "X
administration", the range of the name X). ``DocCues`` is the text-level evidence gathered once
per Doc before the rules look at one entity (see ``pipeline``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntitySpan:
    """A corrected entity: tokens ``start``..``end`` (end-exclusive) of the Doc and a label.

    ``owner_name`` is set on "X administration" spans: the token range of the person's name X.
    """

    start: int
    end: int
    label: str
    owner_name: tuple[int, int] | None = None


@dataclass(frozen=True)
class DocCues:
    """Text-level evidence gathered once per Doc: texts used as places, texts tagged PERSON in
    ordinary sentences, words capitalised mid-sentence (see ``capitalised_midsentence``), texts
    tagged PERSON used as organisations, texts tagged ORG used as persons, and texts the model
    tags GPE or LOC, and texts it tags PRODUCT and never writes after a title."""

    places: frozenset[str]
    persons: frozenset[str]
    capitalised: frozenset[str]
    organisations: frozenset[str] = frozenset()
    person_orgs: frozenset[str] = frozenset()
    model_places: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()
