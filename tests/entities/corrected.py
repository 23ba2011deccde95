"""The corrected entities of an invented text, as the entity tests read them."""

from __future__ import annotations

from spacy.language import Language

from analysis.entities import EntitySpan, corrected_entities
from analysis.nlp import parse_one


def spans_by_text(nlp: Language, text: str) -> dict[str, EntitySpan]:
    """The corrected entities of ``text`` by their text."""
    doc = parse_one(text, nlp=nlp)
    return {doc[s.start:s.end].text: s for s in corrected_entities(doc)}


def spans_in_order(nlp: Language, text: str) -> list[tuple[str, EntitySpan]]:
    """The corrected entities of ``text`` with their texts, in text order."""
    doc = parse_one(text, nlp=nlp)
    return [(doc[s.start:s.end].text, s) for s in corrected_entities(doc)]


def model_tags(nlp: Language, text: str, surface: str, label: str) -> bool:
    """True when the model itself tags ``surface`` with ``label`` (the case a rule exists for)."""
    return any(e.text == surface and e.label_ == label for e in parse_one(text, nlp=nlp).ents)


def mention_texts(nlp: Language, text: str) -> dict[str, str]:
    """The mentions of ``text`` (after ``analysis.actors``) and their actors."""
    from analysis.actors import extract_mentions

    return {m.text: m.actor for m in extract_mentions(parse_one(text, nlp=nlp))}
