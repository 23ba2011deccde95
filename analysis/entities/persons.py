"""Persons taken for organisations or places, and the last names of the people a Doc names.

A name-shaped ORG span (one to three capitalised words, none of them an organisation word or a
country) is a PERSON when a title or honorific precedes it ("Chancellor Olaf Scholz", "Const.
Taryn Young"), an age between commas follows it ("Mehmet Arslan, 52,"), it is in apposition after
a person role noun ("His lawyer, Maren Holt, said") or a person role noun phrase is in apposition
with it ("Olaf Scholz, Germany's chancellor"; "Maria Kessler, the company's chief executive") or
", who" describes it ("Nanki Dhaliwal, who runs a support group"), but not when the phrase after
the comma is the subject of the next clause ("an interview with CNN, the boy's father said"); the
text is then a PERSON throughout the Doc. The surname of a longer PERSON span, tagged ORG or NORP,
or GPE/LOC without a place cue, is a PERSON ("Christopher Howes ... the family of Howes" GPE ->
PERSON; "Poilievre" NORP); a country name or an acronym ("TWA") never is, nor the last word of a
span opening with a place ("Rwanda Hutus") or a plural of another word of the text ("Hutus"
beside "Hutu"; ``last_names``). A name-shaped ORG span of two or three words whose last word the
Doc tags PERSON on its own is a PERSON ("Salem Bitar" ORG ... "Bitar" PERSON: one person actor). A
place name that is the last name of a person named in full and says a direct quote is that
person ("'We've lost homes,' Ireland said" after "Mayor Richard Ireland"); in reported speech it
stays a place. A name-shaped ORG, GPE or LOC span opening with a known first name whose last
word, tagged alone (ORG, NORP, GPE, LOC), recurs or says a direct quote is a person, and so is
that last word ("Kyle Dufresne" ... "'It felt good,' Dufresne said"; "Han Choi" ORG ... "Choi"
ORG twice). A name-shaped ORG, GPE, LOC or NORP span of two or three words opening with a first
name of one gender (gender-guesser's) and holding no common English word is a person, and so is
its last word alone ("Amanda Nunes" ORG, "Nunes" ORG); a first name and a name the model tagged
apart are one person ("Amanda" ORG + "Costa" ORG; ``widening``).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from .. import countries
from ..coref import first_name_known, first_name_sure
from ..nlp import entities, memo
from ..vocabulary import NAME_SUFFIXES, SAYING_VERBS, SUBJECT_DEPS
from .context import age_after, apposed_noun, relative_after
from .places import MODEL_PLACE_LABELS
from .words import PERSON_ROLE_NOUNS, common_word, name_cased, name_shaped, split_abbreviation, title_word

LAST_NAMES_KEY = "analysis.model_last_names"
#: The labels the model gives a person's name by mistake, and PERSON.
PERSON_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


def person_cue(span: Span) -> bool:
    """Return True when a name-shaped ORG span is a person by context (see the module docstring)."""
    if span.label_ != "ORG" or not name_shaped(span):
        return False
    doc = span.doc
    before = span.start - 1 - (span.start > 1 and split_abbreviation(doc, span.start - 1))
    if (before >= 0 and title_word(doc[before]) and not doc[before].ent_type_) or age_after(doc, span.end):
        return True
    root = span.root
    if (root.dep_ == "appos" and root.head.i == span.start - 2 and doc[span.start - 1].text == ","
            and root.head.lemma_.lower() in PERSON_ROLE_NOUNS):
        return True
    apposed = apposed_noun(doc, span.end)
    return (apposed is not None and apposed.lemma_.lower() in PERSON_ROLE_NOUNS
            and apposed.dep_ not in SUBJECT_DEPS) or _described_by_who(span)


def first_named(span: Span) -> bool:
    """True for a name-shaped ORG, GPE, LOC or NORP span of two or three words that opens with a
    first name of one gender and holds no common English word ("Amanda Nunes", "Novak Djokovic";
    not "Morgan Stanley", "Walter Energy", "Harmony Enterprises"): a person's name however the
    model typed it."""
    words = [t for t in span if t.tag_ not in ("POS", "HYPH")]
    if span.label_ not in PERSON_NAME_LABELS - {"PERSON"} or not 2 <= len(words) <= 3 or not name_shaped(span):
        return False
    return first_name_sure(words[0].text) and not any(common_word(t) for t in words)


def first_named_texts(doc: Doc) -> set[str]:
    """Texts of the Doc's ``first_named`` spans and their last words, which the Doc may tag alone
    ("Amanda Nunes" ORG ... "Nunes" ORG: one person), and the last names of ``split_first_name``
    pairs ("Amanda" ORG + "Costa" ORG: "Costa")."""
    ents = entities(doc)
    named = [ent for ent in ents if first_named(ent)]
    split = {second.text for first, second in zip(ents, ents[1:]) if split_first_name(first, second)}
    return {ent.text for ent in named} | {_without_suffix(ent)[-1].text for ent in named} | split


def split_first_name(first: Span, second: Span) -> bool:
    """True for two one-word entities side by side, of any actor label but not both PERSON, the
    first a first name of one gender and no common English word, the second name-shaped (a
    country is not): one name the model split ("Amanda" ORG + "Costa" ORG). Two entities the
    model saw as two and nothing parts are rarely two names; many surnames are common words
    ("Costa", "Young")."""
    if not (len(first) == len(second) == 1 and second.start == first.end and first[0].whitespace_):
        return False
    labels = {first.label_, second.label_}
    return (labels <= PERSON_NAME_LABELS and labels != {"PERSON"} and first_name_sure(first.text)
            and name_shaped(second) and not common_word(first[0]))


def _described_by_who(span: Span) -> bool:
    """True when ", who ..." describes the span ("Nanki Dhaliwal, who runs a support group"):
    organisations take "which" or "that"."""
    return relative_after(span, ("who", "whom"))


def last_names(doc: Doc, names: list[Span]) -> frozenset[str]:
    """Last words of the person ``names`` of two capitalised words or more, except a country, a
    name opening with a word the model tags as a place elsewhere ("Rwanda Hutus"), and a plural
    of another word of the text ("Hutus" beside "Hutu"): group names, not surnames. A known first
    name and two more words give the two as a last name too ("Michelle Rempel Garner")."""
    places = {ent.text for ent in entities(doc) if ent.label_ in MODEL_PLACE_LABELS}
    words = {token.lower_ for token in doc}
    names = [_without_suffix(name) for name in names]
    last = {name[-1].text for name in names
            if len(name) > 1 and name_cased(name[-1]) and name[-2].text[:1].isupper()
            and countries.lookup(name[-1].text) is None and name[0].text not in places
            and not (name[-1].lower_.endswith("s") and name[-1].lower_[:-1] in words)}
    double = {name[-2:].text for name in names if len(name) == 3 and first_name_known(name[0].text)
              and all(name_cased(t) and t.is_alpha and len(t) > 1 for t in name[-2:])}
    return frozenset(last | double)


def model_last_names(doc: Doc) -> frozenset[str]:
    """``last_names`` of the spans the model tags PERSON, memoised per Doc."""
    memos = memo(doc)
    if LAST_NAMES_KEY not in memos:
        memos[LAST_NAMES_KEY] = last_names(doc, [ent for ent in entities(doc) if ent.label_ == "PERSON"])
    return memos[LAST_NAMES_KEY]


def _without_suffix(name: Span) -> Span:
    """The name without a closing suffix and the comma before it ("Michael Miske Jr." -> "Michael
    Miske") or a possessive ending ("Jimmy Garoppolo's")."""
    end = name.end
    while end - name.start > 1 and (name.doc[end - 1].text.rstrip(".").lower() in NAME_SUFFIXES
                                    or name.doc[end - 1].text == "," or name.doc[end - 1].tag_ == "POS"):
        end -= 1
    return name.doc[name.start:end]


def full_names_of_surnames(doc: Doc) -> set[str]:
    """Texts of name-shaped ORG spans of two or three words (a possessive ending aside) whose last
    word the Doc tags PERSON on its own ("Salem Bitar" ORG, then "Bitar" PERSON: one person)."""
    single = {ent.text for ent in entities(doc) if ent.label_ == "PERSON" and len(ent) == 1}
    return {ent.text for ent in entities(doc) if ent.label_ == "ORG" and 2 <= len(name := _without_suffix(ent)) <= 3
            and name[-1].text in single and name_shaped(ent)}


def surname_speaking_in_quotes(ent: Span) -> bool:
    """True for a place name that is also the last name of a person named in full in the text
    and that says the words of a direct quote ("'We've lost homes,' Ireland said" after "Mayor
    Richard Ireland"; "St. Louis said" after "Martin St. Louis"): quoted words are a person's.
    Reported speech keeps the place ("Ann Jordan said Jordan would not join")."""
    return _says_direct_quote(ent) and any(ent.text in (name[-1:].text, name[-2:].text)
                                           for name in entities(ent.doc)
                                           if name.label_ == "PERSON" and len(name) > len(ent))


def _says_direct_quote(ent: Span) -> bool:
    """True when the span is the subject of a saying verb after a quotation mark in its sentence
    ("'It felt good,' Dufresne said")."""
    if ent.root.dep_ != "nsubj" or ent.root.head.lemma_.lower() not in SAYING_VERBS:
        return False
    return any(t.tag_ in ("``", "''") for t in ent.sent if t.i < ent.start)


def introduced_full_names(doc: Doc) -> set[str]:
    """Texts of name-shaped ORG, GPE or LOC spans of two or three words (a suffix such as "Jr."
    aside) opening with a known first name whose last word, tagged alone ORG, NORP, GPE or LOC,
    recurs or says a direct quote, and those last words: news introduces a person in full, then
    uses the last name ("Kyle Dufresne" ORG ... "'It felt good,' Dufresne said"; "Han Choi" ORG
    ... "Choi" ORG, "Choi" ORG)."""
    alone = [e for e in entities(doc) if e.label_ in ("ORG", "NORP", "GPE", "LOC") and len(e) == 1]
    counts = Counter(e.text for e in alone)
    used = {e.text for e in alone if counts[e.text] > 1 or _says_direct_quote(e)}
    names = {}
    for ent in entities(doc):
        words = [t for t in ent if t.text.rstrip(".").lower() not in NAME_SUFFIXES]
        if ent.label_ in ("ORG", "GPE", "LOC") and 2 <= len(words) <= 3 and words[-1].text in used \
                and name_shaped(ent) and first_name_known(words[0].text):
            names[ent.text] = words[-1].text
    return set(names) | set(names.values())
