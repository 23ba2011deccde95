"""The edges of a span: what the model ran into a name, cut off.

A place name the model tags GPE or LOC elsewhere in the text is cut from the front of a PERSON
span that modifies a common noun ("the Miami Gonzalez family" -> "Gonzalez", then ``owners``;
"Virginia Welch said" keeps its first name). A country name opening an ORG or PERSON span right
after a role and a preposition, whose rest is a name with a known first name, is cut off, and the
rest is a PERSON ("ambassador to Kenya Prudence Bushnell" -> "Prudence Bushnell"; "the U.S.
Marine Corps" stays). An ORG span opening with title words whose rest is a name with a known
first name is a PERSON ("MPP Marit Stiles"), and so is an ORG span whose rest, after a place the
model tags elsewhere or a country, is such a titled name ("Hawaii Congresswoman Tulsi Gabbard").

Possessive endings, punctuation and conjunctions at the edges of a span are trimmed ("Joseph
Stalin - and" -> "Joseph Stalin"; "Roth's" -> "Roth"), a PERSON span ends at its possessive
("Bryan's morning" -> "Bryan"), and so are a score or number the model ran
into a name ("Canadiens 4-2"), a province or state abbreviation opening a PERSON span after
"Place," (the parser ran "near Kamloops, B.C. Laviolette said" into one sentence), a nationality
word ending a PERSON span that modifies the noun after it ("Elian American citizenship" ->
"Elian"), the home town after "of" that the model ran into a name ("Tyrike Richardson of Staten
Island"; "the Prince of Wales" stays) and the first word of a title the model ran into the
organisation before it ("Assembly of First Nations National Chief ...").

Line breaks, ages, role words. A span is cut at its first line break (an entity never runs over a
paragraph); an age glued on by a comma is no part of the name ("Khaled Belkacemi,60",
``clean_name``); a PERSON span of three words or more loses a leading capitalised common noun for
a person (a role noun, or an agent suffix: -er, -or, -ist, -ian, -man, ...) that is neither a title
nor a first name in gender-guesser's list ("Defender Hassan Abbas" -> "Hassan Abbas"; "Park
Geun-hye" stays). An inflected verb of saying opening the sentence is cut from the name after it:
the inverted attribution "Added Walsh: ..." or "Stated Walsh:" (``words.speech_verb_first``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from .. import countries
from ..coref import first_name_known
from ..nlp import entities
from ..vocabulary import TITLE_WORDS
from .places import MODEL_PLACE_LABELS
from .spans import EntitySpan
from .title_case import headline_name_end
from .words import (AGENT_SUFFIXES, COMPANION_SUFFIXES, PERSON_ROLE_NOUNS, name_shaped, speech_verb_first,
                    title_opener, title_word, word_lists)

ROLE_PREPOSITIONS = frozenset({"to", "of", "in", "for"})
_EDGE_TAGS = frozenset({"POS", "CC", "HYPH", ",", ":", "``", "''"})
_SCORE = re.compile(r"^\d+[-–]\d+$")
_PLACE_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,3}$|^[A-Z][a-z]{1,4}\.$")
_TRAILING_AGE = re.compile(r"\s*,\s*\d+\s*$")


def country_before_name(ent: Span) -> int:
    """The number of words of a country name opening a span after a role and a preposition whose
    rest is a person's name with a known first name ("ambassador to Kenya Prudence Bushnell" -> 1),
    else 0. A role phrase ending in a country runs into the name after it, and the model tags the
    whole as one entity."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ROLE_PREPOSITIONS:
        return 0
    role = doc[ent.start - 2]
    if role.lemma_.lower() not in PERSON_ROLE_NOUNS and role.lower_.rstrip(".") not in TITLE_WORDS:
        return 0
    for size in (1, 2):
        rest = ent[size:]
        if (len(rest) >= 2 and countries.lookup(ent[:size].text) is not None and name_shaped(rest)
                and first_name_known(rest[0].text)):
            return size
    return 0


def titled_name(ent: Span, *, surnames: frozenset[str] = frozenset()) -> bool:
    """True for a span opening with one or two title words (maybe after a word that opens a title:
    "Rear Admiral") whose rest is a person's name with a known first name or a last name in
    ``surnames`` ("MPP Marit Stiles", "Rear Admiral Gregory Smith", tagged ORG: the model ran the
    title into the name)."""
    opener = int(len(ent) > 1 and title_opener(ent[0]))
    titles = opener
    while titles < min(len(ent) - 2, 2 + opener) and title_word(ent[titles]):
        titles += 1
    rest = ent[titles:]
    return titles > opener and name_shaped(rest) and (first_name_known(rest[0].text) or rest[-1].text in surnames)


def place_before_titled_name(ent: Span, model_places: frozenset[str]) -> int:
    """The number of words of a place the model tags elsewhere, or a country, opening a span whose
    rest is a titled name, its first name known or its last name tagged PERSON alone in the text
    ("Hawaii Congresswoman Tulsi Gabbard" ... "Gabbard" -> 1), else 0."""
    for size in (1, 2):
        place = ent[:size].text
        if len(ent) > size + 2 and (place in model_places or countries.lookup(place) is not None):
            lone = frozenset(e.text for e in entities(ent.doc) if e.label_ == "PERSON" and len(e) == 1)
            if titled_name(ent[size:], surnames=lone):
                return size
    return 0


def place_prefixed_modifier(ent: Span, model_places: frozenset[str]) -> bool:
    """Return True for a name of two words or more modifying a common noun whose first word the
    model tags as a place elsewhere ("the Miami Gonzalez family"), but not "Virginia Welch said"."""
    root = ent.root
    modifier = root.dep_ in {"compound", "amod", "nmod"} and root.head.is_lower
    return len(ent) > 1 and modifier and ent[0].text in model_places


def clean_name(text: str) -> str:
    """A name without a trailing age glued on by a comma ("Khaled Belkacemi,60")."""
    return _TRAILING_AGE.sub("", text)


def _before_break(doc: Doc, span: EntitySpan) -> int:
    """The end of a span cut at its first line break (an entity never crosses a paragraph)."""
    for token in doc[span.start:span.end]:
        if "\n" in token.text:
            return token.i
    return span.end


def _role_word_first(doc: Doc, span: EntitySpan) -> bool:
    """True when a PERSON span of three words or more opens with a capitalised common noun that
    is no title and no first name, singular or plural ("Defender Hassan Abbas", "Announcers Dick
    Enberg"), or a companion compound ("Bandmate Paul Langlois")."""
    if span.label != "PERSON" or span.end - span.start < 3:
        return False
    first = doc[span.start]
    word = first.lower_
    word = word[:-1] if word not in word_lists()[0] and word.endswith("s") else word
    listed = word in word_lists()[0] and (word.endswith(AGENT_SUFFIXES) or word in PERSON_ROLE_NOUNS)
    companion = len(word) > 6 and word.endswith(COMPANION_SUFFIXES)
    return (first.is_title and (listed or companion) and word not in TITLE_WORDS
            and not first_name_known(first.text))


def _place_abbreviation_first(doc: Doc, span: EntitySpan) -> bool:
    """True when a PERSON span of two tokens or more opens with a province or state abbreviation
    after "Place," ("near Kamloops, B.C. Laviolette said": the abbreviation ended a sentence that
    the parser ran on)."""
    if span.label != "PERSON" or span.end - span.start < 2 or span.start < 2:
        return False
    comma, place = doc[span.start - 1], doc[span.start - 2]
    first = doc[span.start]
    return (bool(_PLACE_ABBREVIATION.match(first.text)) and not title_word(first) and comma.text == ","
            and place.ent_type_ in MODEL_PLACE_LABELS)


def edged_text(ent: Span) -> str:
    """The text of a PERSON span without the edges ``_edge_end`` trims ("Canadiens 4-3" -> "Canadiens")."""
    end = ent.end
    while end > ent.start and (cut := _edge_end(ent.doc, end, "PERSON")):
        end -= cut
    return ent.doc[ent.start:end].text


def _edge_end(doc: Doc, end: int, label: str) -> int:
    """How many tokens before ``end`` to trim: a punctuation mark or edge word (1), a score the
    model ran into a name ("Canadiens 4-2": 1 or 3 tokens), a number ending a PERSON span (1);
    0 when the span ends in a word ("Local 1005" keeps its number)."""
    last = doc[end - 1]
    if last.is_punct or last.tag_ in _EDGE_TAGS or _SCORE.match(last.text):
        return 1
    if end >= 3 and last.like_num and doc[end - 2].text in ("-", "–") and doc[end - 3].like_num:
        return 3
    return int(label == "PERSON" and last.like_num)


def trimmed(doc: Doc, span: EntitySpan) -> EntitySpan | None:
    """Trim possessive endings, punctuation and conjunctions from both edges, a line break and
    what follows it, a leading role word, place abbreviation or verb of saying ("Added Walsh:"),
    and a number ending the span
    (``_edge_end``; None if empty)."""
    start = span.start + (_role_word_first(doc, span) or _place_abbreviation_first(doc, span)
                          or (span.end - span.start > 1 and speech_verb_first(doc[span.start])))
    end = min(_before_break(doc, span), headline_name_end(doc, span))
    while start < end and (doc[start].is_punct or doc[start].tag_ in _EDGE_TAGS
                           or (span.label == "PERSON" and doc[start].lower_ in ("a", "an"))):
        start += 1
    while end > start and (cut := _edge_end(doc, end, span.label)):
        end -= cut
    if span.label == "PERSON" and end - start > 1 and _demonym_modifier(doc, end - 1):
        end -= 1
    if span.label != "PERSON" and end - start > 1 and _opens_title(doc, end - 1):
        end -= 1
    if span.label == "PERSON":
        end = _before_possessive(doc, start, _before_home_town(doc, start, end))
    return replace(span, start=start, end=end) if start < end else None


def _before_possessive(doc: Doc, start: int, end: int) -> int:
    """The end of a PERSON span the model ran past a possessive into what the person has
    ("Bryan's morning" -> "Bryan"): the name ends at its possessive ending."""
    return next((t.i for t in doc[start + 1:end] if t.tag_ == "POS"), end)


def _before_home_town(doc: Doc, start: int, end: int) -> int:
    """The end of a PERSON span the model ran into the home town after it ("Tyrike Richardson of
    Staten Island" -> "Tyrike Richardson"): the name before "of" is two words or more and opens
    with no title ("the Prince of Wales" stays)."""
    of = next((t.i for t in doc[start + 2:end - 1] if t.lower_ == "of"), None)
    if of is None or title_word(doc[start]) or not all(t.text[:1].isupper() for t in doc[of + 1:end]):
        return end
    return of if name_shaped(doc[start:of]) else end


def _opens_title(doc: Doc, i: int) -> bool:
    """True when token ``i`` opens the title of the person named right after it ("National" of
    "Assembly of First Nations National Chief Cindy Woodhouse Nepinak"), which the model ran into
    the organisation before it."""
    return title_opener(doc[i]) and i + 2 < len(doc) and doc[i + 2].ent_type_ == "PERSON"


def _demonym_modifier(doc: Doc, i: int) -> bool:
    """True when token ``i`` is a nationality word modifying the lower-case noun after it, which
    the model ran into the name before it ("grant Elian American citizenship")."""
    word = countries.lookup(doc[i].text)
    following = doc[i + 1] if i + 1 < len(doc) else None
    return (word is not None and word.label == "NORP" and following is not None
            and following.is_lower and following.pos_ == "NOUN" and doc[i].head.i == following.i)
