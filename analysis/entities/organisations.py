"""Organisations taken for persons, and names that are an organisation's or a place's by form.

A PERSON span is an ORG when it is in apposition with, or the subject of "be" with, an organisation
noun ("Brennholt, the largest maker of tools"; "the company, Brennholt, said"; "Brennholt is a
holding company"; company, firm, maker, bank, party, ship, website, ...; a publisher or producer in
apposition to a name opening with a first name of one gender is a person:
``PERSON_OR_COMPANY_HEADS``), when ", which" describes it ("Brennholt, which fell 2 1/2"), when such
a noun names it (right before it: "the rights group Brennholt", "daily Brennholt"; as the noun it
modifies: "the Brennholt newspaper"; or through "known as", "named", "called": "a group known as
Brennholt"), when it owns a corporate noun ("Brennholt's executive vice president", "Brennholt's
chief executive"; subsidiary, shareholders, board, ...), when it is the subject of a clause that
refers back to it with "its" ("Halvorsen Freight cut its dividend"; not when another organisation in
the clause may own the "its", nor across a clause boundary: "X said its value rose"), or when it
directly follows "the" and is neither a modifier nor a title ("sailed on the Sea Pearl": English
puts no article before a bare personal name, though it does before a title: "the Queen"), or follows
"the" and one or two untagged capitalised words without opening with a known first name ("the
Montreal Canadiens"; "the Exchequer Nigel Lawson" stays; "the" at a sentence start too). As with
places, the text (and the text without a score: "Canadiens 4-3") is then an ORG throughout the Doc
unless it also follows a title or honorific, or it opens with a first name of one gender and the cue
holds for fewer than half of its PERSON spans (``words.outvoted_cue_texts``).

A PERSON span of two words or more ending in an organisation word ("Ben Franklin Stores Inc.",
"Karl Marx Theater", "the Peter G. Peterson Foundation"; ``ORGANISATION_WORDS``) is an ORG, and
so is a social media platform ("said on Twitter"; ``PLATFORM_NAMES``). One ending in a word for an
administrative area is a place ("Peel Region"; ``PLACE_NAME_ENDINGS``), and so is one right before
a premier's or mayor's title and a name ("Saskatchewan Premier Scott Moe"); before another title
it is an organisation ("Tesla CEO Elon Musk"). A name opening with a party word is an ORG whatever
the model's label ("Parti Québécois" PERSON, "the Bloc Québécois" LOC; ``PARTY_OPENERS``). A
PERSON span named for its members or sport ("Midwives Yukon", "Soccer Canada":
``named_for_members_or_sport``) is an ORG.

Capitalised proper nouns ending in a company's legal form that the model left untagged, or tagged
only in part, are an ORG over whatever the model said ("First of America Bank Corp. said": the
model tags only "America"; ``untagged_companies``), and so is a capitalised common noun before a
country the model tags alone ("Parks Canada"; ``agency_names``), and so are two capitalised proper nouns or
more after "the" ending in an organisation word ("the Harwick Shelter Network";
``untagged_organisations``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import countries
from ..coref import first_name_known, first_name_sure
from ..nlp import entities
from ..vocabulary import CLAUSE_DEPS, LEGAL_FORMS, PLACE_PREFIXES, TITLE_WORDS
from .context import apposed_noun, relative_after
from .owners import ORGANISATION_NOUNS
from .places import TERRITORIAL_OFFICES
from .spans import EntitySpan
from .words import (ORGANISATION_HEADS, ORGANISATION_WORDS, common_word, common_words, name_cased, singulars,
                    title_word, word_lists)

#: Nouns a name owns only when it is a company's ("Harwick's chief executive", "Harwick's board");
#: not "spokesman", which a politician has too.
CORPORATE_POSSESSIONS = frozenset({
    "subsidiary", "subsidiaries", "unit", "units", "shareholders", "stockholders", "chairman",
    "president", "directors", "headquarters", "revenue", "revenues", "executive", "executives", "ceo",
    "board",
})
#: Organisation nouns that name a person's role as well ("Lisbeth Moreno, publisher of the magazine"):
#: in apposition to a name opening with a first name of one gender they are the person's.
PERSON_OR_COMPANY_HEADS = frozenset({"publisher", "producer"})
#: Words that open a party's name in French, Spanish, German or Italian ("Parti Québécois").
PARTY_OPENERS = frozenset({"parti", "bloc", "partido", "partei", "partito"})


def _own_its(verb: Token, subject: Span) -> bool:
    """Return True when the verb's own clause holds "its" and no other organisation that could
    own it (an ORG entity or an organisation noun outside ``subject``)."""
    found = False
    for token in verb.subtree:
        if subject.start <= token.i < subject.end:
            continue
        if token.ent_type_ == "ORG" or token.lemma_.lower() in ORGANISATION_HEADS:
            return False
        if token.lower_ == "its" and _in_clause_of(token, verb):
            found = True
    return found


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Return True when no clause boundary lies between the token and the verb."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS:
            return False
        token = token.head
    return token.i == verb.i


def _organisation_noun_names(span: Span) -> bool:
    """True when an organisation noun names the span: right before it ("the human rights group
    Memorial", "the news website Vesti", "daily Gramma"), as the noun it modifies ("the Maariv
    newspaper"), or through "known as", "named", "called" ("an organization known as X")."""
    doc, root = span.doc, span.root
    if root.dep_ == "compound" and root.head.i >= span.end and root.head.lemma_.lower() in ORGANISATION_HEADS:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.is_lower and before.lower_ in ORGANISATION_HEADS:
        return True
    verb = before.head if before.lower_ == "as" else before
    return (before.lower_ in {"as", "named", "called"} and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in ORGANISATION_HEADS)


def organisation_cue(span: Span) -> bool:
    """Return True when the context says a PERSON span is an organisation (see the module docstring)."""
    doc, root = span.doc, span.root
    apposed = apposed_noun(doc, span.end)
    if apposed is not None and apposed.lemma_.lower() in ORGANISATION_HEADS and not (
            apposed.lemma_.lower() in PERSON_OR_COMPANY_HEADS and first_name_sure(span[0].text)):
        return True
    if _apposed_to_organisation_noun(span) or (root.dep_ == "poss" and root.head.lower_ in CORPORATE_POSSESSIONS):
        return True
    attributes = (c for c in root.head.children if c.dep_ == "attr")
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            c.lemma_.lower() in ORGANISATION_HEADS for c in attributes):
        return True
    if root.dep_ == "nsubj" and _own_its(root.head, span):
        return True
    if _organisation_noun_names(span) or relative_after(span, ("which",)):
        return True
    following = doc[span.end] if span.end < len(doc) else None
    modifier = root.dep_ in {"compound", "amod", "nmod"} or (
        following is not None and following.lower_ in ORGANISATION_NOUNS)
    titled = any(title_word(t) for t in span)
    return _after_the(doc, span.start, skip=0 if first_name_known(span[0].text) else 2) and not (modifier or titled)


def _apposed_to_organisation_noun(span: Span) -> bool:
    """True for a name set after an organisation noun and a comma ("The company, Brennholt Freight,
    said"), unless it opens with a first name of one gender ("the publisher, Lisbeth Moreno")."""
    root, doc = span.root, span.doc
    return (root.dep_ == "appos" and root.head.i == span.start - 2 and doc[span.start - 1].text == ","
            and root.head.lemma_.lower() in ORGANISATION_HEADS and not first_name_sure(span[0].text))


def _after_the(doc: Doc, start: int, *, skip: int) -> bool:
    """True when "the" comes right before token ``start``, or before up to ``skip`` untagged
    capitalised words that do ("the Montreal Canadiens": a team, a paper, a firm; no person)."""
    i = start - 1
    while i >= 0 and start - i <= skip and doc[i].tag_ == "NNP" and doc[i].is_title and not doc[i].ent_type_ \
            and not title_word(doc[i]):
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def office_modified(ent: Span) -> Token | None:
    """The title word right after a span when a person's name follows that title: the span names
    where or for whom the office is held ("Saskatchewan Premier Scott Moe", "Nunavut Premier P.J.
    Akeeagok", "Tesla CEO Elon Musk"), not a person; else None. A span opening with a known first
    name does so only before a territorial office, held over a place ("Hamilton Mayor Andrea
    Horwath", "Victoria Mayor Marianne Alto")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or not title_word(doc[ent.end]) or (
            first_name_known(ent[0].text) and doc[ent.end].lower_ not in TERRITORIAL_OFFICES):
        return None
    name = doc[ent.end + 1]
    return doc[ent.end] if name.ent_type_ == "PERSON" and name.ent_iob_ == "B" else None


def ends_in_organisation_word(ent: Span) -> bool:
    """True for a span of two words or more whose last word names a kind of organisation ("Ben
    Franklin Stores Inc.", "Karl Marx Theater", "Peter G. Peterson Foundation")."""
    words = [t for t in ent if t.tag_ != "POS"]
    return len(words) > 1 and words[-1].text.rstrip(".").lower() in ORGANISATION_WORDS


def named_for_members_or_sport(ent: Span) -> bool:
    """True for a span of two words or more, no first name in it, that opens with the plural of a
    common noun ("Midwives Yukon", "Brewers Ontario": a person's name never does) or is a common
    noun before a country's name ("Soccer Canada"): the way associations and federations are named.
    A plural title opens a list of names instead ("Presidents Obama and Bush")."""
    words = [t for t in ent if t.tag_ != "POS"]
    if len(words) < 2 or any(first_name_known(t.text) for t in words) or not common_word(words[0]):
        return False
    singular = singulars(words[0])
    plural = bool(singular & common_words()) and not singular & TITLE_WORDS
    country = countries.lookup(words[-1].text)
    return plural or (len(words) == 2 and country is not None and country.label == "GPE" and _agency_noun(words[0]))


def is_party_name(ent: Span) -> bool:
    """True for a name of two words or more opening, after any article, with a party word of a
    language that puts it first ("Parti Québécois", "the Bloc Québécois"), which the model tags
    as a person, a place or nothing."""
    words = [t for t in ent if t.tag_ not in ("POS", "DT")]
    return len(words) > 1 and words[0].lower_ in PARTY_OPENERS


def _name_word(token: Token) -> bool:
    """True for a capitalised proper noun that can be part of a company's name ("First", "America")."""
    return (token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and token.is_alpha) or token.text == "&"


def agency_names(doc: Doc) -> list[EntitySpan]:
    """ORG spans for a capitalised common noun the model left untagged before a country it tags
    alone or not at all ("Parks Canada ordered ...": the model tags "Canada" GPE), the way agencies and
    federations are named ("Transport Canada", "Sport England"; ``_agency_noun``); not a part of a
    place ("West Germany"; ``PLACE_PREFIXES``), a first name or a title, nor a span that is a
    country's name."""
    spans: list[EntitySpan] = []
    ends = {ent.start: ent.end for ent in entities(doc)}
    for noun in doc[:-1]:
        first = noun.i + 1
        if (noun.ent_type_ or noun.dep_ != "compound" or not name_cased(noun) or noun.lower_ in PLACE_PREFIXES
                or title_word(noun) or (doc[first].ent_type_ and first not in ends)):
            continue
        last = ends.get(first, first + 1)
        country = countries.lookup(doc[first:last].text) if first <= noun.head.i < last else None
        if (country is None or country.label != "GPE" or first_name_known(noun.text) or not _agency_noun(noun)
                or countries.lookup(doc[noun.i:last].text) is not None):
            continue
        spans.append(EntitySpan(noun.i, last, "ORG"))
    return spans


def _agency_noun(token: Token) -> bool:
    """True for the plural of a common noun ("Parks", "Priorities") or a common word that is no verb,
    adjective or adverb ("Hockey"; not "Make Mexico", "Poor Mexico", "Modern Ukraine")."""
    if singulars(token) & common_words():
        return True
    return common_word(token) and token.lower_ not in word_lists()[1]


def untagged_companies(doc: Doc) -> list[EntitySpan]:
    """ORG spans for company names ending in a legal form that the model left untagged or tagged
    only in part ("First of America Bank Corp. said", where it tags only "America" GPE): the
    capitalised proper nouns before the legal form, "of" and "&" between them (``LEGAL_FORMS``);
    a legal form inside an ORG entity of the model is left to it."""
    in_org = {i for ent in entities(doc) if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
    spans: list[EntitySpan] = []
    for token in doc:
        if token.i in in_org or not token.text[:1].isupper() or token.text.rstrip(".").lower() not in LEGAL_FORMS:
            continue
        start = token.i
        while start > 0 and (_name_word(doc[start - 1]) or (
                doc[start - 1].lower_ == "of" and start > 1 and _name_word(doc[start - 2]))):
            start -= 1
        if start < token.i and (not spans or spans[-1].end <= start):
            spans.append(EntitySpan(start, token.i + 1, "ORG"))
    return spans


def untagged_organisations(doc: Doc) -> list[EntitySpan]:
    """ORG spans for an institution's name after "the" that the model left untagged, split or took
    for a person's: two capitalised proper nouns or more ending in an organisation word ("the
    Harwick Shelter Network", where the model tags "The Toronto" ORG and "Shelter Network" PERSON;
    ``ORGANISATION_WORDS``), the name ending there ("the Thrift Savings Plan" is no "Savings"). A
    name the model tags whole as something else than a person ("the Soviet Union", "the Civic
    Center"), or within a longer entity ("the Brennan Center for Justice"), is left to it."""
    spans: list[EntitySpan] = []
    for token in doc:
        if not (token.tag_ in ("NNP", "NNPS") and token.is_title and token.lower_ in ORGANISATION_WORDS):
            continue
        start = token.i
        while start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS") and name_cased(doc[start - 1]):
            start -= 1
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        name_goes_on = after is not None and after.tag_ in ("NNP", "NNPS") and name_cased(after)
        if (token.i == start or start == 0 or doc[start - 1].lower_ != "the" or name_goes_on
                or _tagged_over(doc, start, token.i + 1)):
            continue
        spans.append(EntitySpan(start, token.i + 1, "ORG"))
    return spans


def _tagged_over(doc: Doc, start: int, end: int) -> bool:
    """True when a model entity other than a person's covers tokens ``start``..``end`` (its "the"
    too), or any entity runs past them."""
    overlapping = [e for e in entities(doc) if e.start < end and e.end > start]
    return any((e.label_ != "PERSON" and e.start <= start and e.end >= end) or e.start < start - 1 or e.end > end
               for e in overlapping)
