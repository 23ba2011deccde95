"""Actors of an article: entity mentions, corrected and linked to one canonical actor each.

``extract_mentions(doc)`` builds the mentions in four passes over one parsed Doc:

1. Entities. spaCy's entities, corrected by ``analysis.entities`` (actor labels only; ages,
   durations, headline fragments and common words tagged PERSON dropped; places mistaken for
   persons or products relabelled GPE; organisations tagged PERSON relabelled ORG and people
   tagged ORG relabelled PERSON, by context; titles and name particles joined to person names;
   "X administration" spans flagged).
2. Countries. Any entity or capitalised word found in ``analysis.countries`` is a mention of the
   country actor ("Russia"), ``kind="country"``, labelled by the form used: ``GPE`` for the name
   ("Russia", "the Russian Federation"), ``NORP`` for the demonym ("Russian"), ``GPE_CAPITAL``
   for the capital or seat of government ("Moscow", "the Kremlin"). Words the model missed
   ("Kyiv") are found by scanning the tokens outside entities. A capital right after a proper noun
   that is no title, country word or place prefix ("Real Madrid", "Dynamo Kyiv"; not "East
   Jerusalem") ends an organisation's name: the two are one ORG entity, not the country. An
   entity of two words or more written in lower case names its country too ("the united
   states"); a single lower-case word does not ("turkey").
   Wire datelines ("WASHINGTON (Reuters) -") hold no mentions.
   A company's short form joins its full name: an ORG whose words begin the article's one ORG
   name that ends in a legal form ("Acme" and "Acme Tools Inc."; ``LEGAL_FORMS``; words compared
   with hyphenated parts apart, possessive endings off and case ignored: "Hewlett" and
   "Hewlett-Packard Co.", "Hudson" and "Hudson's Bay Co.", "Rogers" and a wire lead's "ROGERS
   COMMUNICATIONS Inc.") is that actor;
   with several such names, the one that is the short form plus a legal form ("Acme Inc." rather
   than "Acme Steel Co."), else none. A name ending in a company word rather than a legal form
   counts too when its short form cannot be a place ("Kestrel" and "Kestrel Airlines", "Lehman"
   and "Lehman Brothers"; ``COMPANY_NAME_ENDINGS``; not "Ontario" of "Ontario Savings Bank"), and
   a capitalised word the tagger left untagged that begins one such company name is its mention.
   A place or group the tagger finds in a company's name less its legal form is the company
   unless its context makes it a place ("Nashua immediately responded" after "Nashua Corp.
   said"; "based in Nashua" is the town: ``entities.places.place_cue``).
   A person name never written with a title or honorific that begins such a company name is
   taken for the company's short form ("Acme" or "Tony Lama" tagged PERSON beside "Acme Corp.",
   "Tony Lama Co."; "Mr. Lama" keeps the person), and so is a lone word that is a person's last
   name ("Rogers" beside Rogers Communications Inc. and Edward Rogers: business news names the
   company so, the person in full or with a title). A sports
   team's nickname is the team the text names in full ("the Flames" beside "Calgary Flames";
   ``analysis.teams``).
3. Person names (``kind="name"``). Titles and honorifics are stripped, middle initials ("V.") and
   suffixes ("Jr.") ignored: names of two words or more form one actor per (first word, last word),
   a nickname counting as its formal name when the article has both with one last name ("Marty
   Ackerman" and "Martin Ackerman"; ``analysis.first_names``) and a two-word name ending a
   three-word one as that name ("Rempel Garner" of "Michelle Rempel Garner", "Bin Laden"); a single
   word joins the actor whose last word it is, the most recently mentioned one if several ("Mr.
   Putin" -> "Vladimir V. Putin"), else the only actor whose first word it is ("Evana" -> "Evana
   Roth"). A monarch or pope known by a regnal title and one name ("King Hussein", "Pope Francis";
   ``REGNAL_TITLES``) is an actor of that whole name, never the surname of a longer one ("Saddam
   Hussein"), and keeps the title in its canonical name; that name alone, when it is no one's last
   name, is a mention of them ("Francis" after "Pope Francis"). The canonical name is otherwise the
   fullest name seen, without titles. An ORG span whose text is a known person's name is a mention
   of that person, relabelled PERSON (so pronouns can refer to it); an "X administration" span is a
   mention of X with its label (ORG) kept, and so is "the X family" when X is the last name of a
   person of the text ("the Slepian family"); otherwise the family is an organisation actor of its
   own ("the Pritzker family").
4. Descriptors and pronouns (``kind="descriptor"``/``"pronoun"``, label ``PERSON``): see
   ``analysis.coref``. "The company" is a mention of the company last named with its legal form,
   "the department" of the last body named with the noun (``kind="entity"``, label ``ORG``): see
   ``analysis.organisation_references``.

Other entities (organisations, places not in the country table, groups) are their own actors
(``kind="entity"``), named by their text without a leading "the"; a place that abbreviates a
province or state is named in full ("LaSalle, Ont." -> Ontario, "Portland, Ore." -> Oregon;
``PLACE_ABBREVIATIONS``). Mentions may nest: the
descriptor "Russia's president" contains the country mention "Russia".

``summarize_actors`` groups mentions by actor. The actor ``type`` is PERSON if any mention is of
kind name, descriptor or pronoun (so also the X of "the X administration"); GPE for country
actors; otherwise the most frequent label. ``aliases`` are the distinct texts of non-pronoun
mentions, sorted case-insensitively; actors are listed by number of mentions, then first
appearance.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from . import countries
from .organisation_references import resolve_organisation_descriptions
from .coref import Linked, resolve_descriptors_and_pronouns
from .entities import (EntitySpan, clean_name, corrected_entities, dateline_ends, is_credit_line, place_cue,
                       title_opener, title_word)
from .first_names import formal_keys
from .nlp import SentenceIndex, doc_text, entities, sentences
from .vocabulary import (COMPANY_NAME_ENDINGS, LEGAL_FORMS, NAME_SUFFIXES, PLACE_ABBREVIATIONS, PLACE_PREFIXES,
                         REGNAL_TITLES)
from .records import Mention
from .teams import full_team_name

_INITIAL = re.compile(r"^[A-Z]\.?$")
_WORD_ENDING = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True)
class Actor:
    """One real-world entity of an article.

    ``actor`` is the canonical name (the fullest name seen, without titles); ``type`` is PERSON,
    ORG, GPE (countries and places), NORP, LOC or FAC; ``aliases`` are the distinct surface forms
    of its name and descriptor mentions; ``first_sentence`` is the 0-based index, in
    ``doc.sents`` order, of the sentence of its first mention.
    """

    actor: str
    type: str
    n_mentions: int
    aliases: tuple[str, ...]
    first_sentence: int


def _leading_non_name(token: Token) -> bool:
    """True for a token that opens a name's span without being part of the name: a title, a word
    opening a title ("Rear" of "Rear Admiral"), "the", or the full stop the tokenizer split off a
    title ("Insp" "." "Ryan Cheung")."""
    return title_word(token) or title_opener(token) or token.lower_ == "the" or token.is_punct


def name_words(span: Span) -> list[str]:
    """Return the words of a person name without titles, initials and suffixes; the tokens of a
    hyphenated name are one word ("Marie-Ève Tremblay-Gagnon": two words)."""
    tokens = list(span)
    while tokens and _leading_non_name(tokens[0]):
        tokens = tokens[1:]
    words, word = [], ""
    for token in tokens:
        word += token.text if token.tag_ != "POS" else ""
        if token.whitespace_ or token is tokens[-1]:
            words.append(clean_name(word))
            word = ""
    return [w for w in words if w.strip() and not _INITIAL.match(w) and w.rstrip(".").lower() not in NAME_SUFFIXES]


def _bare_name(span: Span) -> str:
    """Return a name without leading titles ("Gen. Valery Gerasimov" -> "Valery Gerasimov")."""
    tokens = list(span)
    while tokens and _leading_non_name(tokens[0]):
        tokens = tokens[1:]
    return clean_name(span.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else span.text)


def _name_span(doc: Doc, span: EntitySpan) -> Span:
    """Return the person-name part of a corrected span (the X of "X administration")."""
    start, end = span.owner_name or (span.start, span.end)
    return doc[start:end]


def _full_key(words: list[str]) -> tuple[str, str] | None:
    """Return the (first, last) key of a name of two words or more, else None."""
    return (words[0].lower(), words[-1].lower()) if len(words) >= 2 else None


def _surname_key(span: EntitySpan, word: str, keyed: list[tuple[EntitySpan, tuple[str, str]]]
                 ) -> tuple[str, str] | None:
    """Return the key of the full name ending in ``word`` (latest before ``span``, else next),
    else of the only full name starting with ``word``."""
    matches = [(s, key) for s, key in keyed if key[1] == word.lower()]
    before = [key for s, key in matches if s.start < span.start]
    if before:
        return before[-1]
    if matches:
        return matches[0][1]
    first_names = {key for _, key in keyed if key[0] == word.lower()}
    return first_names.pop() if len(first_names) == 1 else None


def regnal_name(span: Span) -> str | None:
    """The whole name of a monarch or pope, known by title and one name ("King Hussein", "Crown
    Prince Hassan", "Queen Elizabeth II"), from the first regnal title on; else None ("Mr. Hussein")."""
    tokens = [t for t in span if t.tag_ != "POS"]
    titles = 0
    while titles < len(tokens) and title_word(tokens[titles]):
        titles += 1
    regnal = [t for t in tokens[:titles] if t.text.rstrip(".").lower() in REGNAL_TITLES]
    if not regnal or len(name_words(span)) != 1:
        return None
    return span.doc[regnal[0].i:tokens[-1].i + 1].text


def _fuller(name: str, other: str | None) -> str:
    """Return the fuller of two names: more words, then more characters."""
    if other is None:
        return name
    return max((name, other), key=lambda n: (len(n.split()), len(n)))


def _family_only(doc: Doc, span: EntitySpan) -> bool:
    """True for a "the X family" span: when its X joins no person of the text, the family is a
    group actor ("the Pritzker family"), not a person "Pritzker"."""
    return span.owner_name is not None and doc[span.end - 1].lower_ == "family"


def _double_surnames(keyed: list[tuple[EntitySpan, tuple[str, str]]], words: dict[EntitySpan, list[str]]
                     ) -> list[tuple[EntitySpan, tuple[str, str]]]:
    """``keyed`` with a two-word name that ends a three-word name keyed as that name ("Rempel Garner"
    of "Michelle Rempel Garner", "Bin Laden" of "Osama Bin Laden")."""
    tails = {tuple(w.lower() for w in words[s][-2:]): key for s, key in keyed if len(words[s]) == 3}
    return [(s, tails.get(tuple(w.lower() for w in words[s]), key) if len(words[s]) == 2 else key)
            for s, key in keyed]


def _regnal_by_name(regnal: dict[EntitySpan, str], words: dict[EntitySpan, list[str]]
                    ) -> dict[str, tuple[str, str]]:
    """The key of each monarch or pope by the one name they are known by, when only one has it
    ("Francis" -> "Pope Francis"), for a lone name that is no one's last name."""
    names: dict[str, set[str]] = defaultdict(set)
    for span, name in regnal.items():
        names[words[span][0].lower()].add(name)
    return {word: ("", found.pop()) for word, found in names.items() if len(found) == 1}


def _person_actors(doc: Doc, spans: list[EntitySpan]) -> dict[EntitySpan, str]:
    """Map person spans, "X administration" spans and ORG spans naming a person to actors."""
    people = [s for s in spans if s.label == "PERSON" or s.owner_name]
    words = {s: name_words(_name_span(doc, s)) for s in spans}
    keyed = [(s, key) for s in people if (key := _full_key(words[s])) is not None]
    formal = formal_keys(key for _, key in keyed)
    keyed = _double_surnames([(s, formal.get(key, key)) for s, key in keyed], words)
    keys: dict[EntitySpan, tuple[str, str]] = dict(keyed)
    regnal = {s: name for s in people if (name := regnal_name(_name_span(doc, s))) is not None}
    reigning = _regnal_by_name(regnal, words)
    for span in spans:
        if span in keys or len(words[span]) != 1 or span.label not in ("PERSON", "ORG"):
            continue
        key = ("", regnal[span]) if span in regnal else (
            _surname_key(span, words[span][0], keyed) or reigning.get(words[span][0].lower()))
        if key is None and span in people and not _family_only(doc, span):
            key = ("", words[span][0].lower())
        if key is not None:
            keys[span] = key
    canonical: dict[tuple[str, str], str] = {}
    for span, key in keys.items():
        name = regnal.get(span) or _bare_name(_name_span(doc, span))
        canonical[key] = _fuller(name, canonical.get(key))
    return {span: canonical[key] for span, key in keys.items()}


def _entity_name(span: Span) -> str:
    """Return an entity's actor name: its text without a leading "the" or possessive ending."""
    tokens = [t for t in span if t.tag_ != "POS"]
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    return clean_name(span.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else span.text)


_PROVINCES_AND_STATES = frozenset(place.split()[0].lower() for place in PLACE_ABBREVIATIONS.values())


def place_name(name: str) -> str:
    """The place an abbreviation of a province or state stands for ("Ont." -> Ontario, "N.Y." -> New
    York; ``PLACE_ABBREVIATIONS``), else the name as it is."""
    return PLACE_ABBREVIATIONS.get(name.replace(".", "").lower(), name) if len(name) <= 6 else name


def _country_of_entity(text: str) -> countries.CountryWord | None:
    """The country an entity's text names; an entity of two words or more written in lower case
    is looked up in title case ("the united states"), a single word not ("turkey", "china")."""
    word = countries.lookup(text)
    if word is None and text.islower() and len(text.split()) > 1:
        word = countries.lookup(text.title())
    return word


def _as_countries(doc: Doc, spans: list[EntitySpan]) -> dict[EntitySpan, countries.CountryWord]:
    """Return the spans that name a country; a PERSON only if no longer person name holds it."""
    name_parts = {t.text for s in spans if s.label == "PERSON" and s.end - s.start > 1
                  for t in doc[s.start:s.end]}
    found = {}
    for span in spans:
        word = _country_of_entity(doc[span.start:span.end].text)
        if word is None or span.owner_name or _capital_in_name(doc, span.start, span.end):
            continue
        if span.label == "PERSON" and doc[span.start:span.end].text in name_parts:
            continue
        found[span] = word
    return found


def _missed_country_words(doc: Doc, covered: set[int]) -> list[Linked]:
    """Return country words among capitalised tokens outside every entity ("Kyiv" missed by NER)."""
    links, i, longest = [], 0, countries.max_form_words() + 1
    while i < len(doc):
        link = None
        if i not in covered and doc[i].text[:1].isupper() and _may_start_country(doc[i].text):
            link = _country_at(doc, i, covered, longest)
        i = link.end if link is not None else i + 1
        if link is not None:
            links.append(link)
    return links


def _may_start_country(text: str) -> bool:
    """False for a token no country form can start with (see ``countries.first_word_prefixes``)."""
    return text.lower() == "the" or text in countries.first_word_prefixes()


def _country_at(doc: Doc, i: int, covered: set[int], longest: int) -> Linked | None:
    """Return the longest country word of at most ``longest`` uncovered tokens starting at token ``i``."""
    for n in range(min(longest, len(doc) - i), 0, -1):
        if covered.intersection(range(i, i + n)):
            continue
        text = doc[i:i + n].text
        word = countries.lookup(text)
        if word is not None and "\n" not in text:
            if _capital_in_name(doc, i, i + n):
                return Linked(i - 1, i + n, "ORG", doc[i - 1:i + n].text, "entity")
            return Linked(i, i + n, word.label, word.country, "country")
    return None


def _capital_in_name(doc: Doc, start: int, end: int) -> bool:
    """True for a capital that ends an organisation's name with the proper noun before it."""
    if not _names_before(doc, start):
        return False
    word = countries.lookup(doc[start:end].text)
    return word is not None and word.label == countries.CAPITAL


def _names_before(doc: Doc, i: int) -> bool:
    """True when the capitalised proper noun right before token ``i`` makes one organisation's
    name with it ("Real Madrid", "Dynamo Kyiv"): not a title, a country word or a compass or
    place prefix ("East Jerusalem", "Greater London")."""
    if i == 0:
        return False
    before = doc[i - 1]
    return (before.pos_ == "PROPN" and before.text[:1].isupper() and before.is_alpha
            and before.lower_ not in PLACE_PREFIXES and not title_word(before)
            and countries.lookup(before.text) is None)


def _legal_form(word: str) -> bool:
    """True for a company's legal form ("Inc.", "AG")."""
    return word.rstrip(".").lower() in LEGAL_FORMS


def company_words(name: str) -> tuple[str, ...]:
    """The words of a company name for short-form matching: hyphenated parts apart, possessive
    and apostrophe endings off ("Hewlett-Packard Co." -> Hewlett, Packard, Co.; "Hudson's Bay" ->
    Hudson, Bay; "Dunkin' Donuts" -> Dunkin, Donuts)."""
    words = (_WORD_ENDING.sub("", w) for w in re.split(r"[\s-]+", name))
    return tuple(w for w in words if w)


def _full_company(short: list[str], names: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """Return the one company name of ``names`` that ``short`` abbreviates (see the docstring);
    words in lower case on both sides."""
    fuller = [n for n in names if len(n) > len(short) and list(n[:len(short)]) == short and _legal_form(n[-1])]
    if len(fuller) > 1:
        fuller = [n for n in fuller if all(_legal_form(w) for w in n[len(short):])]
    return fuller[0] if len(fuller) == 1 else None


def _may_be_short_form(link: Linked, titled: set[str]) -> bool:
    """True for an ORG entity, a person name never written with a title or honorific (the tagger
    often takes a company's short form, "Vantor" or "Tony Lama", for a person), or a lone last
    name ("Rogers" beside Edward Rogers and Rogers Communications Inc.)."""
    if link.kind == "entity":
        return link.label == "ORG"
    return link.kind == "name" and link.label == "PERSON" and (link.actor not in titled or link.end - link.start == 1)


def _short_words(doc: Doc, link: Linked) -> tuple[str, ...]:
    """The words a possible short form is compared on, in lower case: a lone word by itself
    ("Rogers"), else its actor's name (so "Rogers" matches a wire lead's "ROGERS COMMUNICATIONS Inc.")."""
    return _folded(company_words(doc[link.start].text if link.end - link.start == 1 else link.actor))


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` in lower case."""
    return tuple(word.lower() for word in words)


def _place_words(links: Sequence[Linked]) -> frozenset[str]:
    """The lower-case first words of the article's places and countries ("ontario" of Ontario)."""
    return frozenset(link.actor.split()[0].lower() for link in links
                     if link.label in ("GPE", "LOC") or link.kind == "country")


def _place_word(word: str, places: frozenset[str]) -> bool:
    """True for a lower-case word that opens one of the article's ``places``, a country word or a
    province or state ("ontario")."""
    return (word in places or countries.lookup(word.title()) is not None
            or word in _PROVINCES_AND_STATES)


def _full_organisation(link: Linked, short: tuple[str, ...], names: set[tuple[str, ...]],
                       places: frozenset[str]) -> tuple[str, ...] | None:
    """The one longer company name without a legal form that an ORG entity ``short`` begins
    ("Crossland" and "Crossland Savings Bank"; it ends in ``COMPANY_NAME_ENDINGS``), or None; not
    when ``short`` starts with a place or country word ("Ontario" and "Ontario Power Group"), and
    for an acronym only one word longer ("ABC News"; "GM" is no short form of "GM Hughes
    Electronics", a company of its own)."""
    if link.kind != "entity" or link.label != "ORG" or not short or _place_word(short[0], places):
        return None
    fuller = _begun_by(short, [n for n in names if n[-1] in COMPANY_NAME_ENDINGS], acronym=link.actor.isupper())
    return fuller[0] if len(fuller) == 1 else None


def _begun_by(short: tuple[str, ...], names: Iterable[tuple[str, ...]], *, acronym: bool) -> list[tuple[str, ...]]:
    """The ``names`` longer than ``short`` that begin with its words; for an acronym only those one
    word longer ("ABC News"; "GM" is no short form of "GM Hughes Electronics")."""
    longest = len(short) + 1 if acronym else None
    return [n for n in names if len(short) < len(n) <= (longest or len(n)) and n[:len(short)] == short]


def _company_names(links: Sequence[Linked]) -> dict[tuple[str, ...], str]:
    """The article's company names (a legal form or ``COMPANY_NAME_ENDINGS`` at the end) of two
    words or more, by their lower-case words."""
    names = {}
    for link in links:
        words = _folded(company_words(link.actor))
        if link.kind == "entity" and link.label == "ORG" and len(words) > 1 and (
                _legal_form(words[-1]) or words[-1] in COMPANY_NAME_ENDINGS):
            names[words] = link.actor
    return names


def _untagged_short_forms(doc: Doc, links: Sequence[Linked], covered: set[int]) -> list[Linked]:
    """ORG links for proper nouns outside every entity that begin one company name of the article
    and no other ("Brekkeby said" after "Brekkeby Savings Bank": the tagger misses a short form
    it has not seen as a name)."""
    names, places, found, i = _company_names(links), _place_words(links), [], 0
    while i < len(doc):
        n = 0
        while i + n < len(doc) and i + n not in covered and doc[i + n].pos_ == "PROPN" and n < 3:
            n += 1
        words = tuple(t.text for t in doc[i:i + n])
        short = _folded(words)
        fuller = _begun_by(short, names, acronym=" ".join(words).isupper()) if short else []
        if len(fuller) == 1 and doc[i].text[:1].isupper() and not _place_word(short[0], places):
            found.append(Linked(i, i + n, "ORG", names[fuller[0]], "entity"))
        i += max(n, 1)
    return found


def _company_short_forms(doc: Doc, links: list[Linked]) -> list[Linked]:
    """Return ``links`` with each short form linked, as an ORG, to its company's full name."""
    names = {_folded(company_words(link.actor)): link.actor for link in links
             if link.kind == "entity" and link.label == "ORG"}
    titled = {link.actor for link in links if link.kind == "name" and title_word(doc[link.start])}
    shorts = {link for link in links if _may_be_short_form(link, titled)}
    keys, places = set(names), _place_words(links)
    full = {key: names[company] for link in shorts
            if (company := _full_company(list(key := _short_words(doc, link)), keys)
                or _full_organisation(link, key, keys, places))}
    return [replace(link, label="ORG", kind="entity", actor=full[key])
            if link in shorts and (key := _short_words(doc, link)) in full
            else _place_named_company(doc, link, names, full) for link in links]


def _place_named_company(doc: Doc, link: Linked, names: dict[tuple[str, ...], str],
                         short_forms: dict[tuple[str, ...], str]) -> Linked:
    """``link`` as its company when it is a place or group entity whose words and a legal form are
    the name of a company of the article, or whose words the article uses elsewhere as that
    company's short form (``short_forms``: "Ralston said" tagged a place after "Ralston Purina Co." and an
    organisation "Ralston"), and nothing says it is a place ("Nashua immediately responded" after
    "Nashua Corp. said", "Jayark, New York, distributes ...": the company; "based in Nashua" keeps
    the town: ``entities.places.place_cue``); else ``link`` itself."""
    if link.kind != "entity" or link.label not in ("GPE", "NORP", "LOC"):
        return link
    short = _short_words(doc, link)
    company = [names[n] for n in names if len(n) > len(short) and n[:len(short)] == short
               and all(_legal_form(w) for w in n[len(short):])]
    company = company or ([short_forms[short]] if short in short_forms else [])
    if len(company) != 1 or place_cue(doc[link.start:link.end]):
        return link
    return replace(link, label="ORG", actor=company[0])


def _name_links(doc: Doc) -> list[Linked]:
    """Return the links of passes 1-3: entities, countries and person names."""
    spans = corrected_entities(doc)
    country_spans = _as_countries(doc, spans)
    person_names = _person_actors(doc, [s for s in spans if s not in country_spans])
    links = []
    for span in spans:
        if _capital_in_name(doc, span.start, span.end) and span.label in ("GPE", "LOC", "ORG"):
            links.append(Linked(span.start - 1, span.end, "ORG", doc[span.start - 1:span.end].text, "entity"))
        elif span in country_spans:
            word = country_spans[span]
            links.append(Linked(span.start, span.end, word.label, word.country, "country"))
        elif span in person_names:
            label = span.label if span.owner_name else "PERSON"
            links.append(Linked(span.start, span.end, label, person_names[span], "name"))
        else:
            name = _entity_name(doc[span.start:span.end])
            name = full_team_name(name, doc_text(doc)) if span.label == "ORG" else name
            name = place_name(name) if span.label in ("GPE", "LOC") else name
            links.append(Linked(span.start, span.end, span.label, name, "entity"))
    covered = {i for ent in entities(doc) for i in range(ent.start, ent.end)}
    covered |= {i for sent in sentences(doc) if is_credit_line(sent) for i in range(sent.start, sent.end)}
    covered |= {i for s in spans for i in range(s.start, s.end)}
    covered |= {t.i for start, end in dateline_ends(doc).items()
                for t in doc.char_span(start, end, alignment_mode="expand")}
    links = _company_short_forms(doc, links)
    missed = _missed_country_words(doc, covered)
    covered |= {i for link in missed for i in range(link.start, link.end)}
    return links + missed + _untagged_short_forms(doc, links, covered)


def _to_mention(doc: Doc, link: Linked) -> Mention:
    """Turn a token-level link into a character-offset Mention."""
    span = doc[link.start:link.end]
    text = clean_name(span.text)
    return Mention(span.start_char, span.start_char + len(text), text, link.label, link.actor, link.kind)


def extract_mentions(doc: Doc) -> list[Mention]:
    """Return every actor mention of the Doc (names, countries, descriptors, pronouns), by start."""
    links = _name_links(doc)
    links += resolve_descriptors_and_pronouns(doc, links)
    links += resolve_organisation_descriptions(doc, links)
    mentions = {_to_mention(doc, link) for link in links}
    return sorted(mentions, key=lambda m: (m.start, -m.end, m.kind))


def _actor_type(mentions: list[Mention]) -> str:
    """Return an actor's type from its mentions (see the module docstring)."""
    kinds = {m.kind for m in mentions}
    labels = Counter(m.label for m in mentions)
    if kinds & {"name", "descriptor", "pronoun"}:
        return "PERSON"
    if "country" in kinds:
        return "GPE"
    return labels.most_common(1)[0][0]


def summarize_actors(doc: Doc, mentions: Sequence[Mention]) -> list[Actor]:
    """Group mentions by actor into Actor rows, most mentioned first, then by first appearance."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.actor].append(mention)
    index = SentenceIndex(doc)
    actors = []
    for name, group in groups.items():
        aliases = {m.text for m in group if m.kind != "pronoun"}
        actors.append(Actor(
            actor=name,
            type=_actor_type(group),
            n_mentions=len(group),
            aliases=tuple(sorted(aliases, key=lambda a: (a.casefold(), a))),
            first_sentence=index.at(min(m.start for m in group)),
        ))
    return sorted(actors, key=lambda a: (-a.n_mentions, a.first_sentence, a.actor))
