"""PERSON spans widened to the parts of a name the model left out of them.

Titles. A PERSON span is widened to the titles and honorifics right before it ("Mr. Putin", "Gen.
Valery V. Gerasimov", "Prime Minister Keir Starmer"). A title's possessive the model tagged
without the name it starts takes the capitalised proper nouns after it ("Queen's" -> "Queen's
Park").

Particles. A PERSON span ending in a lower-case name particle is widened to the one or two
capitalised words after it, which the model often tags apart ("Daniel arap" PERSON + "Moi" ORG
-> "Daniel arap Moi"); an entity the widened span covers is skipped.

Given names and split names. An untagged given name that is no English word right before a
PERSON span and part of it by the parse joins it ("Gurdev" of "Gurdev Singh Gill"; not a verb of
saying opening the sentence: "Explained Maria Lopez, ..."); first names
only and a one-word span right after them are one PERSON ("Marc-André" + "Leclerc" ORG), and so are
a first name of one gender and a one-word name after it, however the model typed them ("Amanda"
ORG + "Costa" ORG).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from .. import countries
from ..coref import first_name_known
from .persons import split_first_name
from .spans import EntitySpan
from .words import (COMPANION_SUFFIXES, PERSON_ROLE_NOUNS, abbreviated_title, common_words, name_cased,
                    name_shaped, speech_verb_first, split_abbreviation, title_word)


def with_titles(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Widen a PERSON span to the titles and honorifics right before it, an abbreviated one also
    when the model tagged it apart ("Det." ORG of "Det. Sgt. Terry Browne")."""
    start = span.start
    while start > 0:
        step = 2 if split_abbreviation(doc, start - 1) else 1
        title = doc[start - step]
        if not ((title_word(title) and title.ent_type_ in ("", "PERSON")) or abbreviated_title(title)):
            break
        start -= step
    return replace(span, start=start)


def possessive_name_end(ent: Span) -> int:
    """The end of a name the model cut after a title's possessive ("Queen's" of "Queen's Park",
    "King's" of "King's College"): the capitalised proper nouns after it join the span."""
    doc, end = ent.doc, ent.end
    if not (len(ent) == 2 and title_word(ent[0]) and ent[1].tag_ == "POS"):
        return end
    while end < len(doc) and doc[end].tag_ == "NNP" and name_cased(doc[end]) and not doc[end].ent_type_:
        end += 1
    return end


def with_particle_surname(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Extend a PERSON span that ends in a short lower-case name particle ("Daniel arap")
    over the capitalised words right after it ("Daniel arap Moi")."""
    last = doc[span.end - 1]
    if not (last.is_alpha and last.is_lower and len(last) <= 4) or span.end - span.start < 2:
        return span
    end = span.end
    while end < len(doc) and end - span.end < 2 and doc[end].is_alpha and name_cased(doc[end]):
        end += 1
    return replace(span, end=end)


def with_given_name(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Extend a PERSON span over the untagged capitalised word right before it that is part of
    the name by the parse (a compound of the name) and no English word, title or place ("Gurdev"
    of "Gurdev Singh Gill", where the model tags "Singh Gill")."""
    if span.start == 0:
        return span
    word = doc[span.start - 1]
    part = word.dep_ == "compound" and span.start <= word.head.i < span.end
    if not (part and word.tag_ == "NNP" and name_cased(word) and word.is_alpha and not word.ent_type_):
        return span
    if title_word(word) or word.lower_ in common_words() or word.lower_ in PERSON_ROLE_NOUNS \
            or word.lower_.endswith(COMPANION_SUFFIXES) or countries.lookup(word.text) is not None \
            or speech_verb_first(word):
        return span
    return replace(span, start=span.start - 1)


def joined_split_names(doc: Doc, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a PERSON span of first names only and the one-word name-shaped ORG, GPE or
    NORP span right after it joined into one PERSON ("Marc-André" PERSON + "Leclerc" ORG: the model
    split the name)."""
    joined: list[EntitySpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is not None and _split_name(doc, previous, span):
            joined[-1] = EntitySpan(previous.start, span.end, "PERSON")
        else:
            joined.append(span)
    return joined


def _split_name(doc: Doc, previous: EntitySpan, span: EntitySpan) -> bool:
    """True when ``previous`` and ``span`` are one name the model split: first names only (PERSON)
    and a one-word name after them, or a first name and a last name of one word each
    (``persons.split_first_name``)."""
    if span.start != previous.end or span.end - span.start != 1:
        return False
    if previous.label == "PERSON" and span.label in ("ORG", "GPE", "NORP"):
        return name_shaped(doc[span.start:span.end]) and _first_names_only(doc[previous.start:previous.end])
    return split_first_name(Span(doc, previous.start, previous.end, label=previous.label),
                            Span(doc, span.start, span.end, label=span.label))


def _first_names_only(span: Span) -> bool:
    """True for a span of known first names, hyphens and titles aside ("Marc-André", "Dr. Anne")."""
    words = [t for t in span if t.tag_ != "HYPH" and not t.is_punct and not title_word(t)]
    return bool(words) and all(name_cased(t) and first_name_known(t.text) for t in words)
