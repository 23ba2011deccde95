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
    """A quote or reported speech and who said it (see ``analysis.quotes``).

    ``start``/``end`` cover the quoted words without the quote marks (for ``indirect`` quotes, the
    reported content); ``content_start``/``content_end`` the reported content without the
    attribution; ``speaker`` is a canonical actor, or the descriptor phrase for an unnamed speaker
    ("a police spokesman"), or ``None`` when nobody can be credited; ``speaker_start``/
    ``speaker_end`` the speaker's mention in the text; ``speaker_type`` person, organisation,
    country, place, descriptor or document (a record); ``speaker_affiliation`` the actor a descriptor names ("Russia's
    defence ministry spokesman" -> Russia); ``cue`` the lemma of the speech verb, "according to"
    or ":"; ``kind`` ``direct``, ``mixed`` or ``indirect``; ``withheld`` True for a report that words were
    not given ("declined to comment", "would not say when").
    """

    start: int
    end: int
    quote: str
    speaker: str | None
    cue: str | None
    kind: str
    content_start: int | None = None
    content_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_type: str | None = None
    speaker_affiliation: str | None = None
    withheld: bool = False
