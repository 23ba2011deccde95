"""Places taken for persons or products, and the texts a Doc uses as places.

Places taken for persons or products ("Kursk" PRODUCT, "Sudzha" PERSON) become GPE when the span
is followed by a place noun ("the Kursk region"), by "police" ("Peel police"; not a first name
and a last name) or, after "a" or an age, by a noun for a resident or a local building ("a
Guelph man", "a Milton courtroom"; ``RESIDENT_NOUNS``, ``LOCAL_BUILDING_NOUNS``; an ORG span
too: "a Burlington teenager"), is in apposition with a place noun ("Sudzha, the main population
center"), or follows a locative preposition (in, near, outside, ...) without being
possessive, or is coordinated with a place or nationality word modifying a noun ("British and
Ulster flags"), or is one word paired by a comma with a place the model tags, the way news
writes a town and its region ("in Looe, Cornwall, said"; "Hamilton, Ontario;"). The apposed
noun phrase may hold a possessive ("O'Smach, the rebels' last outpost"; "Sudzha, Kursk's second
town"). After "of", the span is a place when the noun before "of" is an office held over a place
or a place noun ("the mayor of Longueuil", "the town of Looe"; ``PLACE_OFFICES``) or when an age
between commas comes before "of" ("Mehmet Arslan, 52, of Guelph"), or a person's full name does
and the span is one word ("Kyle Brown of Surrey"). A text the model itself tags
GPE or LOC elsewhere in the Doc is a place too ("in Anlong Veng" GPE, "at Anlong Veng" PERSON).
Once a text is a place, every span with the same text in the Doc is a place, unless it is a
person elsewhere: after a title or honorific ("Mr. Kursk") or a word of a longer PERSON span
("Christopher Howes" protects "Howes").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from ..coref import first_name_known
from ..nlp import entities
from .context import age_after, apposed_noun
from .words import outvoted_cue_texts, titled_texts

MISTAKEN_PLACE_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})
PLACE_LABEL = "GPE"
PLACE_NOUNS = frozenset({
    "region", "province", "oblast", "city", "town", "village", "district", "county", "area",
    "center", "centre", "capital", "port", "settlement", "republic", "state", "territory",
    "municipality", "suburb", "hamlet", "island", "valley", "border", "front",
    "neighborhood", "neighbourhood", "quarter", "enclave", "outpost", "stronghold", "base",
    "temple", "shrine", "monument", "resort", "airport", "river", "lake", "mountain", "peninsula",
})
#: Last words that make a name a place's ("Peel Region", "Kings County", "Wood Buffalo Municipality").
PLACE_NAME_ENDINGS = frozenset({"region", "province", "oblast", "county", "district", "municipality",
                                "territory", "township", "village", "city", "town"})
RESIDENT_NOUNS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "resident", "couple", "senior"})
#: Buildings a town's name stands before in news ("a Milton courtroom"): never a person's.
LOCAL_BUILDING_NOUNS = frozenset({"courtroom", "courthouse", "neighbourhood", "neighborhood", "apartment",
                                  "townhouse", "highschool"})
#: Offices held over a place: "the mayor of X" names a place.
PLACE_OFFICES = frozenset({"mayor", "governor", "premier", "reeve", "warden", "alcalde", "burgomaster"})
TERRITORIAL_OFFICES = frozenset({"mayor", "premier", "reeve"})  # never held in a company or a bank
MODEL_PLACE_LABELS = frozenset({"GPE", "LOC"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "into", "across", "toward", "towards"})


def coordinated_modifier(span: Span) -> bool:
    """Return True when the span is coordinated with a place or nationality word that modifies
    a noun ("British and Ulster flags"): the pair describes the noun, so both are places."""
    root = span.root
    partner = root.head if root.dep_ == "conj" else None
    if partner is None or partner.ent_type_ not in {"GPE", "NORP", "LOC"}:
        return False
    return partner.dep_ in {"amod", "compound", "nmod"} and partner.head.is_lower


def place_cue(span: Span) -> bool:
    """Return True when the context says the span is a place (see the module docstring)."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    named = len(span) > 1 and first_name_known(span[0].text)
    if following is not None and (following.lemma_.lower() in PLACE_NOUNS or resident_of(span, following)
                                  or (following.lower_ == "police" and not named)):
        return True
    apposed = apposed_noun(doc, span.end)
    if apposed is not None and apposed.lemma_.lower() in PLACE_NOUNS:
        return True
    if coordinated_modifier(span) or _in_place_pair(span):
        return True
    preceding = doc[span.start - 1] if span.start > 0 else None
    possessive = following is not None and following.tag_ == "POS"
    if preceding is not None and preceding.lower_ == "of" and span.start > 1:
        return doc[span.start - 2].lemma_.lower() in PLACE_OFFICES | PLACE_NOUNS or (
            span.start > 3 and age_after(doc, span.start - 4)) or _hometown(span)
    return (preceding is not None and preceding.lower_ in LOCATIVE_PREPOSITIONS
            and not possessive)


def _hometown(span: Span) -> bool:
    """True for one word the model tags a person after "of" right after a person's full name, the
    way news names someone by their town ("Kyle Brown of Surrey"; not "Catherine of Aragon", one
    name; an organisation stays one: "Chris Cuomo of CNN")."""
    doc = span.doc
    before = doc[span.start - 2]
    return (len(span) == 1 and span.label_ == "PERSON" and before.ent_type_ == "PERSON" and before.ent_iob_ != "B"
            and (span.end == len(doc) or not doc[span.end].text[:1].isupper()))


def _in_place_pair(span: Span) -> bool:
    """True for one word paired with a place the model tags, by a comma, the way news writes a
    town and its region ("in Looe, Cornwall, said"; "Hamilton, Ontario;"), the pair closed by
    punctuation or "and"."""
    doc = span.doc
    if len(span) != 1:
        return False
    before = span.start >= 2 and doc[span.start - 1].text == "," \
        and doc[span.start - 2].ent_type_ in MODEL_PLACE_LABELS
    place = doc[span.end + 1] if span.end + 1 < len(doc) else None
    after = (place is not None and doc[span.end].text == "," and place.ent_type_ in MODEL_PLACE_LABELS
             and place.ent_iob_ == "B")
    if after:
        end = place.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return _closed_at(doc, end)
    return before and _closed_at(doc, span.end)


def _closed_at(doc: Doc, i: int) -> bool:
    """True when token ``i`` ends a phrase: the text's end, punctuation or "and"."""
    return i >= len(doc) or doc[i].is_punct or doc[i].lower_ == "and"


def resident_of(span: Span, following: Token) -> bool:
    """True for one word between an article or an age and a noun for a resident ("a Guelph man",
    "A 45-year-old Mississauga woman", "a Burlington teenager") or for a local building ("a Milton
    courtroom"): news names people and places by their town so."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (len(span) == 1 and following.lower_ in RESIDENT_NOUNS | LOCAL_BUILDING_NOUNS and before is not None
            and (before.lower_ in ("a", "an") or before.lower_.endswith("-old")))


def _person_cued_texts(doc: Doc, cued: Mapping[Span, bool]) -> frozenset[str]:
    """Return texts that are people by form: names right after a title or honorific ("Mr. X"),
    PERSON spans opening with a first name of one gender that a place's context rarely follows
    ("Betsy DeVos"; ``outvoted_cue_texts`` of ``cued``, each such span's ``place_cue``) and the
    words of PERSON spans of two capitalised words or more ("Christopher Howes")."""
    texts = set(titled_texts(doc)) | outvoted_cue_texts(doc, cued.__getitem__)
    for ent in entities(doc):
        words = [t.text for t in ent if t.text[:1].isupper()]
        if ent.label_ == "PERSON" and len(words) > 1:
            texts.update(words)
    return frozenset(texts)


def place_texts(doc: Doc) -> frozenset[str]:
    """Return the texts the Doc uses as place names although the model tagged them otherwise."""
    cued = {ent: place_cue(ent) for ent in entities(doc) if ent.label_ in MISTAKEN_PLACE_LABELS}
    people = _person_cued_texts(doc, cued)
    return frozenset(ent.text for ent in entities(doc)
                     if ent.text not in people and (ent.label_ in MODEL_PLACE_LABELS or cued.get(ent, False)))
