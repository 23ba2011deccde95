"""Records shared between extractors: frozen, hashable, and cheap to turn into DataFrames.

Offsets (``start``, ``end``) are character offsets into the article text (the parsed Doc's text),
end-exclusive like a Python slice. ``article_id`` and ``sentence_id`` are added at the edge, when
records become table rows (see ``analysis.corpus``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """One mention of an actor: a name, a descriptor, a pronoun or a country word.

    ``label`` is the entity label (spaCy's PERSON, ORG, GPE, NORP, LOC, ... after corrections; the
    module ``analysis.actors`` documents any extra labels). ``actor`` is the canonical actor name the
    mention belongs to; ``kind`` says how it was linked: ``name``, ``descriptor``, ``pronoun``,
    ``country`` or ``entity`` (an unlinked entity mention).
    """

    start: int
    end: int
    text: str
    label: str
    actor: str
    kind: str = "name"


@dataclass(frozen=True)
class Quote:
    """A quoted span and who said it.

    ``start``/``end`` cover the quoted words without the quote marks; ``speaker`` is a canonical
    actor (or ``None`` when nobody can be credited); ``cue`` is the speech verb or phrase ("said",
    "according to"); ``kind`` is ``direct`` (a whole quoted sentence or more) or ``partial`` (a
    quoted phrase inside a reported sentence).
    """

    start: int
    end: int
    quote: str
    speaker: str | None
    cue: str | None
    kind: str
