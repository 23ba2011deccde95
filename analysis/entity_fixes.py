"""Corrections of the small English model's named-entity errors on news text.

``corrected_entities(doc)`` returns the Doc's entity spans that can be actors, after these rules:

1. Labels. Only actor labels are kept: PERSON, NORP, ORG, GPE, LOC and FAC. Dates, numbers,
   quantities, laws, events, products and works of art are not actors (the temporal tagger reads
   dates on its own), so "late Wednesday", "the Geneva Convention" never become mentions.
2. Ages and durations. A span built around a hyphenated number-unit compound ("22-year-old",
   "30-day", "six-month-old") is a measure, never a mention, whatever label it got.
   Portfolios. An ORG span after a title and "of", or before a title, whose words name a
   minister's portfolio ("Secretary of State", "Minister of Finance", "Energy Minister Todd
   Smith"; ``PORTFOLIO_WORDS``) is part of the title, not a mention of the ministry.
3. Headline fragments. In a title-cased stretch of text ("Putin Visits Kursk Region to Cheer
   Ouster of Ukrainian Troops") the model takes capitalised common words for names. A PERSON span
   is dropped when its sentence is title-cased, every token is a common English word in the
   lemmatizer's word lists (WordNet nouns, verbs, adjectives, adverbs), at least one of them is a
   verb, adjective or adverb (so a surname such as "Putin", listed only as a noun, survives), and
   the same words never appear as a PERSON in an ordinary sentence of the same text. In a
   title-cased sentence a PERSON span ends before its first verb or preposition after the first
   word (``HEADLINE_NAME_BREAKS``): "Obama Says Trade Deal" -> "Obama", "Marco Rubio Responds To
   Question" -> "Marco Rubio". A sentence with two lower-case content words or more is no headline
   ("Brampton Mayor Patrick Brown called for more funding"), and a span after a title is a name.
   Titles alone. A PERSON span of title words only right before a PERSON name ("Sgt" of "Staff
   Sgt. Paul Gagnon") is dropped; the name is widened to them ("the Queen" alone stays).
   Named things. One PERSON word, not a known first name, that "named", "called" or "known as"
   gives to a common noun for no person or organisation is dropped ("a puppy named Dolphin", "an
   explosive called Semtex"; "a man named Lund" stays).
   Things. A PERSON span is dropped when it holds a model designation ("An-70", "F-16"), when the
   model tags its text PRODUCT elsewhere (and it never follows a title: "Baby Ruth"), and takes the one label of the other items of its list when they
   are two or more organisations, products or works ("brands such as Corn Flakes, Rice Krispies and
   Frosted Flakes": ORG), unless it is a first name and a surname ("Apple, Tim Cook and Google").
   Common words. A span is dropped when no token is capitalised ("safari", "communist", "jargon") or
   when it is a prefixed adjective ("Anti-Castro", "pro-Kremlin": anti, pro, non, ... and a hyphen);
   for labels other than PERSON only in a text that capitalises names elsewhere, only for one word
   or a span without capitals ("Pro-Life Virginia" stays), and never for a country ("the united
   states"). A PERSON span is also dropped when it is one sentence-initial token that is a verb,
   adjective or adverb in the lemmatizer's lists (or such a word plus "s") and never appears
   capitalised elsewhere in the text except at a sentence start ("Riot police ...", "Maps show
   ..."). The word lists hold many surnames as nouns ("putin", "clinton"), hence the predicative
   test; a surname that is also a verb ("Gore", "Rice") recurs capitalised mid-sentence in a news
   text and survives. A sentence-initial common noun coordinated with a lower-case plural is no
   name either ("Arson and bombings have become common").
4. Places taken for persons or products ("Kursk" PRODUCT, "Sudzha" PERSON) become GPE when the span
   is followed by a place noun ("the Kursk region"), by "police" ("Peel police"; not a first name
   and a last name) or, after "a" or an age, by a noun for a resident or a local building ("a
   Guelph man", "a Milton courtroom"; ``RESIDENT_NOUNS``, ``LOCAL_BUILDING_NOUNS``; an ORG span
   too: "a Burlington teenager"), is in apposition with a place noun ("Sudzha, the main population
   center"), or follows a locative preposition (in, near, outside, ...) without being
   possessive, or is coordinated with a place or nationality word modifying a noun ("British and
   Ulster flags"), or is one word paired by a comma with a place the model tags, the way news
   writes a town and its region ("in Looe, Cornwall, said"; "Hamilton, Ontario;"). The apposed
   noun phrase may hold a possessive
   ("O'Smach, the rebels' last outpost"; "Sudzha, Kursk's second town"). After "of", the span is a
   place when the noun before "of" is an office held over a place or a place noun ("the mayor of
   Longueuil", "the town of Looe"; ``PLACE_OFFICES``) or when an age between commas comes before
   "of" ("Mehmet Arslan, 52, of Guelph"). A text the model itself tags GPE or LOC
   elsewhere in the Doc is a place too ("in Anlong Veng" GPE, "at Anlong Veng" PERSON). Once a text
   is a place, every span with the same text in the Doc is a place, unless it is a person
   elsewhere: after a title or honorific ("Mr. Kursk") or a word of a longer PERSON span
   ("Christopher Howes" protects "Howes").
   Organisations taken for persons. A PERSON span is an ORG when it is in apposition with, or the
   subject of "be" with, an organisation noun ("Brennholt, the largest maker of tools";
   "Brennholt is a holding company"; company, firm, maker, bank, party, ship, website, ...), when
   ", which" describes it ("Brennholt, which fell 2 1/2"), when
   such a noun names it (right before it: "the rights group Brennholt", "daily Brennholt"; as the
   noun it modifies: "the Brennholt newspaper"; or through "known as", "named", "called": "a
   group known as Brennholt"), when it owns
   a corporate noun ("Brennholt's executive vice president"; subsidiary, shareholders, ...), when
   it is the subject of a clause that refers back to it with "its" ("Halvorsen Freight cut its
   dividend"; not when another organisation in the clause may own the "its", nor across a
   clause boundary: "X said its value rose"), or when it directly follows "the" and is neither
   a modifier nor a title ("sailed on the Sea Pearl": English puts no article before a bare
   personal name, though it does before a title: "the Queen"), or follows "the" and one or two
   untagged capitalised words without opening with a known first name ("the Montreal
   Canadiens"; "the Exchequer Nigel Lawson" stays; "the" at a sentence start too). As with
   places, the text (and the text without a score: "Canadiens 4-3") is
   then an ORG throughout the Doc unless it also follows a title or honorific. A PERSON span of two
   words or more ending in an organisation word ("Ben Franklin Stores Inc.", "Karl Marx Theater",
   "the Peter G. Peterson Foundation"; ``ORGANISATION_WORDS``) is an ORG, and so is a social
   media platform ("said on Twitter"; ``PLATFORM_NAMES``). One ending in a word for an
   administrative area is a place ("Peel Region"; ``PLACE_NAME_ENDINGS``), and so is one right
   before a premier's or mayor's title and a name ("Saskatchewan Premier Scott Moe"); before
   another title it is an organisation ("Tesla CEO Elon Musk"). A name opening with a party word
   is an ORG whatever the model's label ("Parti Québécois" PERSON, "the Bloc Québécois" LOC;
   ``PARTY_OPENERS``).
   Persons taken for organisations. A name-shaped ORG span (one to three capitalised words, none
   of them an organisation word or a country) is a PERSON when a title or honorific precedes
   it ("Chancellor Olaf Scholz", "Const. Taryn Young"), an age between commas follows it
   ("Mehmet Arslan, 52,"), it is in apposition after a person role noun ("His lawyer, Maren
   Holt, said") or a person role noun phrase is in apposition with it ("Olaf
   Scholz, Germany's chancellor"; "Maria Kessler, the company's chief executive") or ", who"
   describes it ("Nanki Dhaliwal, who runs a support group"), but not when
   the phrase after the comma is the subject of the next clause ("an interview with CNN, the
   boy's father said"); the text is then a PERSON throughout the Doc. The surname of a longer
   PERSON span, tagged ORG or NORP, or GPE/LOC without a place cue, is a PERSON ("Christopher
   Howes ... the family of Howes" GPE -> PERSON; "Poilievre" NORP); a country name or an acronym
   ("TWA") never is, nor the last word of a span opening with a place ("Rwanda Hutus") or a
   plural of another word of the text ("Hutus" beside "Hutu"; ``last_names``). A
   name-shaped ORG span of two or three words whose last word the Doc tags PERSON on its own is a
   PERSON ("Salem Bitar" ORG ... "Bitar" PERSON: one person actor). A place name that is the last
   name of a person named in full and says a direct quote is that person ("'We've lost homes,'
   Ireland said" after "Mayor Richard Ireland"); in reported speech it stays a place. A name-shaped
   ORG, GPE or LOC span opening with a known first name whose last word, tagged alone (ORG, NORP,
   GPE, LOC), recurs or says a direct quote is a person, and so is that last word ("Kyle Dufresne"
   ... "'It felt good,' Dufresne said"; "Han Choi" ORG ... "Choi" ORG twice).
5. Edges. A place name the model tags GPE or LOC elsewhere in the text is cut from the front of a
   PERSON span that modifies a common noun ("the Miami Gonzalez family" -> "Gonzalez", then rule 7;
   "Virginia Welch said" keeps its first name). A country name opening an ORG or PERSON span right
   after a role and a preposition, whose rest is a name with a known first name, is cut off, and the
   rest is a PERSON ("ambassador to Kenya Prudence Bushnell" -> "Prudence Bushnell"; "the U.S.
   Marine Corps" stays). An ORG span opening with title words whose rest is a name with a known
   first name is a PERSON ("MPP Marit Stiles"), and so are two or three capitalised proper nouns
   after a title, the first a known first name or the title abbreviated, that the model left
   untagged ("Ontario NDP MPP Marit Stiles accused ..."; "Coun. Parthi Kandavel"), two or three
   untagged capitalised proper nouns followed by an age between commas ("Rajinder Sandhu, 45, of
   Mississauga") or, the first a known first name, by a person's role in apposition ("Sylvain
   Charlebois, director of ..."), one or two untagged proper nouns that are the last name of a
   person named in full in the text and stand apart from other proper nouns ("Delorme said ..."
   after "Cadmus Delorme"; "Rempel Garner" after "Michelle Rempel Garner": ``last_names``), and an
   untagged known first name and a last name that is no English word and is used alone elsewhere
   in the text ("Connor McDavid reached ..." then "of McDavid"; that lone last name, tagged ORG,
   NORP or a place without a place cue, is then a PERSON too). An untagged given name that is no
   English word right before a PERSON span and part of it by the parse joins it ("Gurdev" of
   "Gurdev Singh Gill"); first names only and a one-word span right after them are one PERSON
   ("Marc-André" + "Leclerc" ORG). Possessive endings, punctuation and conjunctions at
   the edges of a span are trimmed ("Joseph Stalin - and" -> "Joseph Stalin"; "Roth's" -> "Roth"),
   and so are a score or number the model ran into a name ("Canadiens 4-2"), a province or state
   abbreviation opening a PERSON span after "Place," (the parser ran "near Kamloops, B.C.
   Laviolette said" into one sentence), and a nationality word ending a PERSON span that modifies
   the noun after it ("Elian American citizenship" -> "Elian").
   Particles. A PERSON span ending in a lower-case name particle is widened to the one or two
   capitalised words after it, which the model often tags apart ("Daniel arap" PERSON + "Moi"
   ORG -> "Daniel arap Moi"); an entity the widened span covers is skipped.
   Titles. A PERSON span is widened to the titles and honorifics right before it ("Mr. Putin",
   "Gen. Valery V. Gerasimov", "Prime Minister Keir Starmer").
   A title's possessive the model tagged without the name it starts takes the capitalised proper
   nouns after it ("Queen's" -> "Queen's Park").
   Line breaks, ages, role words. A span is cut at its first line break (an entity never runs
   over a paragraph); an age glued on by a comma is no part of the name ("Khaled Belkacemi,60",
   ``clean_name``); a PERSON span of three words or more loses a leading capitalised common
   noun for a person (a role noun, or an agent suffix: -er, -or, -ist, -ian, -man, ...) that is
   neither a title nor a first name in gender-guesser's list ("Defender Hassan Abbas" -> "Hassan
   Abbas"; "Park Geun-hye" stays).
6. Credit lines. Entities in a credit sentence ("Marc Santora contributed reporting from Kyiv,
   Ukraine."; "Additional reporting by ..."; "Photo: ...", "Credit: ...") and photo or agency
   credits ("Andrew Vaughan/Canadian Press": a PERSON span with a slash inside or right after
   it) are not mentions: the loader removes credit lines
   from the body, and this rule keeps a line that slipped through from creating actors. Nor are
   the place and agency of a wire dateline opening a line ("WASHINGTON (Reuters) -", "MANILA,
   Philippines (AP) —", "(AP) --"), nor a weekday opening a date ("Sun., Nov. 29, 2026", where the
   model tags "Sun." a place).
7. "X administration". A PERSON or ORG name followed by a noun for a person's organisation
   (administration, government, campaign, cabinet, ...) becomes one ORG span over the name and
   the noun, flagged ``owner_name`` so that ``analysis.actors`` links it to the person X. So is
   an ORG span the model tagged whole with the noun capitalised ("The Obama Administration",
   "the Smith Campaign"; ``OWNED_BY_PERSON_TITLED``) when X is no common word, country or
   organisation word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import countries
from .coref import PERSON_NOUNS, ROLE_CLASSES, first_name_known
from .nlp import doc_text, entities, load_model, memo, sentence_of
from .teams import team_spans
from .timex.vocabulary import MONTHS, WEEKDAYS
from .vocabulary import (ACTOR_LABELS, CLAUSE_DEPS, NAME_SUFFIXES, PLATFORM_NAMES, PORTFOLIO_WORDS,
                         SAYING_VERBS, SUBJECT_DEPS, TITLE_OPENERS, TITLE_WORDS)

TITLE_CASED_KEY = "analysis.title_cased"
DATELINE_KEY = "analysis.datelines"
ORDINARY_CAPITALS_KEY = "analysis.ordinary_capitals"
LAST_NAMES_KEY = "analysis.model_last_names"
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
#: Offices held over a place: "the mayor of X" names a place.
RESIDENT_NOUNS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "resident", "couple", "senior"})
#: Buildings a town's name stands before in news ("a Milton courtroom"): never a person's.
LOCAL_BUILDING_NOUNS = frozenset({"courtroom", "courthouse", "neighbourhood", "neighborhood", "apartment",
                                  "townhouse", "highschool"})
PLACE_OFFICES = frozenset({"mayor", "governor", "premier", "reeve", "warden", "alcalde", "burgomaster"})
TERRITORIAL_OFFICES = frozenset({"mayor", "premier", "reeve"})  # never held in a company or a bank
MODEL_PLACE_LABELS = frozenset({"GPE", "LOC"})
ROLE_PREPOSITIONS = frozenset({"to", "of", "in", "for"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "into", "across", "toward", "towards"})
ORGANISATION_HEADS = frozenset({
    "company", "firm", "corporation", "concern", "conglomerate", "group", "maker",
    "manufacturer", "producer", "provider", "supplier", "wholesaler", "retailer", "distributor",
    "chain", "bank", "insurer", "lender", "carrier", "airline", "operator", "subsidiary", "unit",
    "publisher", "newspaper", "broadcaster", "network", "agency", "party", "movement", "charity",
    "ship", "vessel", "tanker", "freighter", "ferry", "trawler", "yacht", "liner",
    "organization", "organisation", "website", "magazine", "journal", "daily", "weekly", "tabloid",
    "outlet", "channel", "station",
})
CORPORATE_POSSESSIONS = frozenset({
    "subsidiary", "subsidiaries", "unit", "units", "shareholders", "stockholders", "chairman",
    "president", "directors", "headquarters", "revenue", "revenues",
})
ORGANISATION_WORDS = frozenset({
    "inc", "corp", "co", "ltd", "plc", "llc", "group", "bank", "ministry", "department", "office",
    "council", "committee", "agency", "university", "institute", "association", "union", "court",
    "police", "army", "forces", "party", "fund", "foundation", "board", "service", "news",
    "industries", "stores", "hospital", "theater", "theatre", "savings", "associates", "partners", "holdings",
    "securities", "investments", "charities", "charity", "society", "alliance", "coalition", "federation",
    "commission", "authority", "league", "academy", "college", "corporation", "company", "network",
})
#: Words that open a party's name in French, Spanish, German or Italian ("Parti Québécois").
PARTY_OPENERS = frozenset({"parti", "bloc", "partido", "partei", "partito"})
#: Words that end a headline's name: a verb or a preposition after a name in title case ("Obama
#: Says", "Rubio Responds To Question") is no part of it.
HEADLINE_NAME_BREAKS = frozenset({"to", "on", "in", "at", "for", "with", "about", "by", "from", "over"})
PERSON_ROLE_NOUNS = frozenset(ROLE_CLASSES) | PERSON_NOUNS | frozenset({
    "executive", "chairman", "chairwoman", "director", "founder", "owner", "lawyer", "attorney",
    "professor", "economist", "analyst", "manager", "chief", "head", "candidate", "activist",
})
ORGANISATION_NOUNS = frozenset({
    "administration", "government", "cabinet", "campaign", "presidency", "regime", "camp",
    "team", "family", "foundation", "organization", "organisation",
})
#: Nouns for a person's organisation that a headline-style text capitalises as part of one ORG
#: name the model tags whole ("The Obama Administration").
OWNED_BY_PERSON_TITLED = frozenset({"administration", "campaign", "presidency"})
ADJECTIVE_PREFIXES = frozenset({"anti", "pro", "non", "neo", "post", "pre", "counter", "pan"})
_MEASURE = re.compile(r"^\d+([.,]\d+)?$|^(one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|[a-z]+teen|[a-z]+ty)$", re.IGNORECASE)
_CREDIT = re.compile(r"\b(contributed|contributing) (reporting|research|writing)\b|"
                     r"^(additional )?(reporting|research) (was )?(contributed )?by\b|"
                     r"^(photo|photograph|picture|image|video|credit)s?( credit)?\s*:",
                     re.IGNORECASE)
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,2}(?:,\s*[A-Z][\w.' ]*?)?\s*)?"
                       r"(?:\([A-Z][\w ]*\)\s*)?"
                       r"(?:--|[\u2014\u2013_-])\s", re.M)
_EDGE_TAGS = frozenset({"POS", "CC", "HYPH", ",", ":", "``", "''"})
_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "mile",
                    "kilometer", "meter", "foot", "pound", "ton", "old"})


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


def is_credit_line(sent: Span) -> bool:
    """Return True for a credit sentence ("X contributed reporting from Kyiv.")."""
    return _CREDIT.search(doc_text(sent.doc)[sent.start_char: sent.end_char].strip()) is not None


def title_word(token: Token) -> bool:
    """Return True for a capitalised title or honorific token ("Mr.", "Gen.", "President")."""
    return token.text[:1].isupper() and token.text.rstrip(".").lower() in TITLE_WORDS


def title_opener(token: Token) -> bool:
    """Return True for a word that opens a title right before a title word ("Rear" of "Rear
    Admiral", "National" of "National Chief"; ``TITLE_OPENERS``)."""
    return token.lower_ in TITLE_OPENERS and token.i + 1 < len(token.doc) and title_word(token.nbor())


def is_portfolio_in_title(span: Span) -> bool:
    """True for an ORG span that is the portfolio of a title ("Secretary of State", "secretary of
    state's plane", "Minister of Finance", "Energy Minister Todd Smith"): every word a portfolio
    word (``PORTFOLIO_WORDS``), with a title word and "of" before it or a title word after it."""
    doc = span.doc
    words = [t.lower_ for t in span if t.tag_ != "POS"]
    if span.label_ != "ORG" or not words or not all(w in PORTFOLIO_WORDS for w in words):
        return False
    if span.end < len(doc) and doc[span.end].lower_.rstrip(".") in TITLE_WORDS:
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_.rstrip(".") in TITLE_WORDS


def is_age_or_duration(span: Span) -> bool:
    """Return True when the span holds a hyphenated number-unit compound ("22-year-old")."""
    tokens = list(span)
    for i, token in enumerate(tokens[:-2]):
        if (_MEASURE.match(token.text) and tokens[i + 1].text == "-"
                and tokens[i + 2].lemma_.lower() in _UNITS):
            return True
    return False


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Return (all common words, words that can be a verb/adjective/adverb) from the lemmatizer."""
    table = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    lists = {pos: frozenset(table.get(pos, [])) for pos in ("noun", "verb", "adj", "adv")}
    predicative = lists["verb"] | lists["adj"] | lists["adv"]
    return lists["noun"] | predicative, predicative


def title_cased(sent: Span) -> bool:
    """Return True when most content words after the first are capitalised and at most one is
    not (headline style; a sentence full of names and titles still has its lower-case verbs and
    nouns: "Brampton Mayor Patrick Brown called for more funding"); remembered per sentence."""
    known = memo(sent.doc).setdefault(TITLE_CASED_KEY, {})
    if (sent.start, sent.end) not in known:
        words = [t for t in sent[1:] if t.is_alpha and len(t) > 3 and not t.is_stop]
        capitals = sum(t.text[:1].isupper() for t in words)
        known[sent.start, sent.end] = (len(words) >= 3 and capitals / len(words) > 0.6
                                      and len(words) - capitals <= 1)
    return known[sent.start, sent.end]


def is_headline_fragment(span: Span, ordinary_person_texts: frozenset[str]) -> bool:
    """Return True for a PERSON span of capitalised common words in a title-cased sentence; a
    span right after a title ("Mayor Patrick Brown") is a name whatever its words."""
    before = span.start - 1 - (span.start > 1 and _split_abbreviation(span.doc, span.start - 1))
    if (span.label_ != "PERSON" or not title_cased(sentence_of(span.doc, span.start))
            or (before >= 0 and title_word(span.doc[before]))):
        return False
    common, predicative = _word_lists()
    lowered = [t.text.lower() for t in span]
    return (all(w in common for w in lowered) and any(w in predicative for w in lowered)
            and span.text not in ordinary_person_texts)


def is_lowercase_or_prefixed(span: Span) -> bool:
    """Return True for a span with no capitalised token ("safari", "communist") or a prefixed
    adjective ("Anti-Castro", "pro-Kremlin")."""
    if not any(t.text[:1].isupper() for t in span):
        return True
    head = span[0].text.lower()
    prefixed = head.split("-", 1)[0] in ADJECTIVE_PREFIXES and "-" in head
    return prefixed or (head in ADJECTIVE_PREFIXES and len(span) > 1 and span[1].text == "-")


def at_sentence_start(token: Token) -> bool:
    """Return True when only punctuation, quotes or spaces precede the token in its sentence."""
    start = sentence_of(token.doc, token.i).start
    return all(t.is_punct or t.is_space for t in token.doc[start:token.i])


def capitalised_midsentence(doc: Doc) -> frozenset[str]:
    """Return the lower-cased words that appear capitalised somewhere other than a sentence start
    (or the start of a quotation or of a clause after a colon)."""
    return frozenset(
        t.lower_ for t in doc
        if t.i > 0 and t.text[:1].isupper() and not t.is_sent_start
        and not (doc[t.i - 1].is_punct and doc[t.i - 1].text not in {",", "(", "-"})
        and not doc[t.i - 1].is_space
    )


def is_initial_common_word(span: Span, capitalised: frozenset[str]) -> bool:
    """Return True for a one-token PERSON span at a sentence start that can be a common verb,
    adjective or adverb (or the plural of one) and is never capitalised mid-sentence in the text
    (``capitalised`` from ``capitalised_midsentence``)."""
    if span.label_ != "PERSON" or len(span) != 1 or not at_sentence_start(span[0]):
        return False
    word = span[0].lower_
    predicative = _word_lists()[1]
    listed = word in predicative or (word.endswith("s") and word[:-1] in predicative)
    return listed and word not in capitalised


def _coordinated_common_noun(span: Span) -> bool:
    """True for a one-word PERSON span at a sentence start that is a common noun coordinated with a
    plural common noun ("Arson and bombings have become common"): a capital of the sentence start."""
    token = span[0]
    if len(span) != 1 or not at_sentence_start(token) or token.lower_ not in common_words():
        return False
    partners = [t for t in token.children if t.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(t.tag_ == "NNS" and t.is_lower for t in partners)


def _apposed_noun(doc: Doc, end: int) -> Token | None:
    """Return the head noun of a noun phrase right after ``, `` at token ``end``, if any; a
    possessive inside the phrase ("Germany's chancellor") starts the search again after it."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    noun, proper = None, False
    for token in doc[end + 1:end + 9]:
        if token.tag_ == "POS" and (noun is not None or proper):
            noun, proper = None, False
        elif token.tag_ in {"DT", "JJ", "JJS", "JJR", "PRP$", "CD", "VBN"} and noun is None:
            continue
        elif token.tag_ in {"NNP", "NNPS"} and noun is None:
            proper = True
        elif token.tag_ in {"NN", "NNS"}:
            noun, proper = token, False
        else:
            break
    return None if proper else noun


def coordinated_modifier(span: Span) -> bool:
    """Return True when the span is coordinated with a place or nationality word that modifies
    a noun ("British and Ulster flags"): the pair describes the noun, so both are places."""
    root = span.root
    partner = root.head if root.dep_ == "conj" else None
    if partner is None or partner.ent_type_ not in {"GPE", "NORP", "LOC"}:
        return False
    return partner.dep_ in {"amod", "compound", "nmod"} and partner.head.is_lower


def place_cue(span: Span) -> bool:
    """Return True when the context says the span is a place (see rule 4 of the module)."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    named = len(span) > 1 and first_name_known(span[0].text)
    if following is not None and (following.lemma_.lower() in PLACE_NOUNS or _resident_of(span, following)
                                  or (following.lower_ == "police" and not named)):
        return True
    apposed = _apposed_noun(doc, span.end)
    if apposed is not None and apposed.lemma_.lower() in PLACE_NOUNS:
        return True
    if coordinated_modifier(span) or _in_place_pair(span):
        return True
    preceding = doc[span.start - 1] if span.start > 0 else None
    possessive = following is not None and following.tag_ == "POS"
    if preceding is not None and preceding.lower_ == "of" and span.start > 1:
        return doc[span.start - 2].lemma_.lower() in PLACE_OFFICES | PLACE_NOUNS or (
            span.start > 3 and _age_after(doc, span.start - 4))
    return (preceding is not None and preceding.lower_ in LOCATIVE_PREPOSITIONS
            and not possessive)


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


def _resident_of(span: Span, following: Token) -> bool:
    """True for one word between an article or an age and a noun for a resident ("a Guelph man",
    "A 45-year-old Mississauga woman", "a Burlington teenager") or for a local building ("a Milton
    courtroom"): news names people and places by their town so."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (len(span) == 1 and following.lower_ in RESIDENT_NOUNS | LOCAL_BUILDING_NOUNS and before is not None
            and (before.lower_ in ("a", "an") or before.lower_.endswith("-old")))


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
    """Return True when the context says a PERSON span is an organisation (see rule 4)."""
    doc, root = span.doc, span.root
    apposed = _apposed_noun(doc, span.end)
    if apposed is not None and apposed.lemma_.lower() in ORGANISATION_HEADS:
        return True
    if root.dep_ == "poss" and root.head.lower_ in CORPORATE_POSSESSIONS:
        return True
    attributes = (c for c in root.head.children if c.dep_ == "attr")
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            c.lemma_.lower() in ORGANISATION_HEADS for c in attributes):
        return True
    if root.dep_ == "nsubj" and _own_its(root.head, span):
        return True
    if _organisation_noun_names(span) or _relative_after(span, ("which",)):
        return True
    following = doc[span.end] if span.end < len(doc) else None
    modifier = root.dep_ in {"compound", "amod", "nmod"} or (
        following is not None and following.lower_ in ORGANISATION_NOUNS)
    titled = any(title_word(t) for t in span)
    return _after_the(doc, span.start, skip=0 if first_name_known(span[0].text) else 2) and not (modifier or titled)


def _after_the(doc: Doc, start: int, *, skip: int) -> bool:
    """True when "the" comes right before token ``start``, or before up to ``skip`` untagged
    capitalised words that do ("the Montreal Canadiens": a team, a paper, a firm; no person)."""
    i = start - 1
    while i >= 0 and start - i <= skip and doc[i].tag_ == "NNP" and doc[i].is_title and not doc[i].ent_type_ \
            and not title_word(doc[i]):
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def name_shaped(span: Span) -> bool:
    """Return True for one to three capitalised words, none an acronym ("CNN"), an organisation
    word or a country; the parts of a hyphenated name count as one word ("Marie-Ève
    Tremblay-Gagnon": two)."""
    words = [t for t in span if t.tag_ not in ("POS", "HYPH")]
    joined = [t for t in words if t.i == span.start or span.doc[t.i - 1].whitespace_ or span.doc[t.i - 1].tag_ != "HYPH"]
    if not 1 <= len(joined) <= 3 or countries.lookup(span.text) is not None:
        return False
    return all(t.text[:1].isupper() and not (len(t) > 1 and t.text.isupper())
               and t.text.rstrip(".").lower() not in ORGANISATION_WORDS
               and t.lower_ not in ORGANISATION_HEADS for t in words)


def person_cue(span: Span) -> bool:
    """Return True when a name-shaped ORG span is a person by context (see rule 4)."""
    if span.label_ != "ORG" or not name_shaped(span):
        return False
    doc = span.doc
    before = span.start - 1 - (span.start > 1 and _split_abbreviation(doc, span.start - 1))
    if (before >= 0 and title_word(doc[before]) and not doc[before].ent_type_) or _age_after(doc, span.end):
        return True
    root = span.root
    if (root.dep_ == "appos" and root.head.i == span.start - 2 and doc[span.start - 1].text == ","
            and root.head.lemma_.lower() in PERSON_ROLE_NOUNS):
        return True
    apposed = _apposed_noun(doc, span.end)
    return (apposed is not None and apposed.lemma_.lower() in PERSON_ROLE_NOUNS
            and apposed.dep_ not in SUBJECT_DEPS) or _described_by_who(span)


def _described_by_who(span: Span) -> bool:
    """True when ", who ..." describes the span ("Nanki Dhaliwal, who runs a support group"):
    organisations take "which" or "that"."""
    return _relative_after(span, ("who", "whom"))


def _relative_after(span: Span, pronouns: tuple[str, ...]) -> bool:
    """True when ", <pronoun>" opens a relative clause on the span ("Nanki Dhaliwal, who runs";
    "McCaw, which dropped 2 1/2")."""
    doc = span.doc
    following = doc[span.end:span.end + 2]
    return (len(following) == 2 and following[0].text == "," and following[1].lower_ in pronouns
            and following[1].head.dep_ == "relcl" and following[1].head.head.i in range(span.start, span.end))


def _titled_texts(doc: Doc) -> frozenset[str]:
    """Return the texts of entities right after a title or honorific ("Mr. X", "President X")."""
    return frozenset(ent.text for ent in entities(doc)
                     if ent.start > 0 and title_word(doc[ent.start - 1]))


def _swapped_texts(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """Return (texts tagged PERSON that the Doc uses as organisation names, texts tagged ORG, GPE
    or LOC that it uses as person names), by the cues of rule 4."""
    titled = _titled_texts(doc)
    organisations = {text for ent in entities(doc) if ent.label_ == "PERSON"
                     and ent.text not in titled and organisation_cue(ent) for text in (ent.text, _edged_text(ent))}
    people = {ent.text for ent in entities(doc) if person_cue(ent)}
    surnames = model_last_names(doc)
    introduced = _introduced_full_names(doc)
    return frozenset(organisations), frozenset(people | surnames | _full_names_of_surnames(doc) | introduced)


def last_names(doc: Doc, names: list[Span]) -> frozenset[str]:
    """Last words of the person ``names`` of two capitalised words or more, except a country, a
    name opening with a word the model tags as a place elsewhere ("Rwanda Hutus"), and a plural
    of another word of the text ("Hutus" beside "Hutu"): group names, not surnames. A known first
    name and two more words give the two as a last name too ("Michelle Rempel Garner")."""
    places = {ent.text for ent in entities(doc) if ent.label_ in MODEL_PLACE_LABELS}
    words = {token.lower_ for token in doc}
    names = [_without_suffix(name) for name in names]
    last = {name[-1].text for name in names
            if len(name) > 1 and name[-1].is_title and name[-2].text[:1].isupper()
            and countries.lookup(name[-1].text) is None and name[0].text not in places
            and not (name[-1].lower_.endswith("s") and name[-1].lower_[:-1] in words)}
    double = {name[-2:].text for name in names if len(name) == 3 and first_name_known(name[0].text)
              and all(t.is_title and t.is_alpha and len(t) > 1 for t in name[-2:])}
    return frozenset(last | double)


def model_last_names(doc: Doc) -> frozenset[str]:
    """``last_names`` of the spans the model tags PERSON, memoised per Doc."""
    memos = memo(doc)
    if LAST_NAMES_KEY not in memos:
        memos[LAST_NAMES_KEY] = last_names(doc, [ent for ent in entities(doc) if ent.label_ == "PERSON"])
    return memos[LAST_NAMES_KEY]


def _without_suffix(name: Span) -> Span:
    """The name without a closing suffix and the comma before it ("Michael Miske Jr." -> "Michael
    Miske")."""
    end = name.end
    while end - name.start > 1 and (name.doc[end - 1].text.rstrip(".").lower() in NAME_SUFFIXES
                                    or name.doc[end - 1].text == ","):
        end -= 1
    return name.doc[name.start:end]


def _full_names_of_surnames(doc: Doc) -> set[str]:
    """Texts of name-shaped ORG spans of two or three words whose last word the Doc tags PERSON
    on its own ("Salem Bitar" ORG, then "Bitar" PERSON: one person)."""
    single = {ent.text for ent in entities(doc) if ent.label_ == "PERSON" and len(ent) == 1}
    return {ent.text for ent in entities(doc) if ent.label_ == "ORG" and 2 <= len(ent) <= 3
            and ent[-1].text in single and name_shaped(ent)}


def _person_cued_texts(doc: Doc) -> frozenset[str]:
    """Return texts that are people by form: names right after a title or honorific ("Mr. X"),
    and the words of PERSON spans of two capitalised words or more ("Christopher Howes")."""
    texts = set(_titled_texts(doc))
    for ent in entities(doc):
        words = [t.text for t in ent if t.text[:1].isupper()]
        if ent.label_ == "PERSON" and len(words) > 1:
            texts.update(words)
    return frozenset(texts)


def _place_texts(doc: Doc) -> frozenset[str]:
    """Return the texts the Doc uses as place names although the model tagged them otherwise."""
    people = _person_cued_texts(doc)
    return frozenset(
        ent.text for ent in entities(doc)
        if ent.text not in people and (ent.label_ in MODEL_PLACE_LABELS or (
            ent.label_ in MISTAKEN_PLACE_LABELS and place_cue(ent)))
    )


def _ordinary_person_texts(doc: Doc) -> frozenset[str]:
    """Return texts tagged PERSON in sentences that are not title-cased."""
    return frozenset(e.text for e in entities(doc) if e.label_ == "PERSON" and not title_cased(sentence_of(doc, e.start)))


def _with_titles(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Widen a PERSON span to the titles and honorifics right before it."""
    start = span.start
    while start > 0:
        step = 2 if _split_abbreviation(doc, start - 1) else 1
        if not (title_word(doc[start - step]) and doc[start - step].ent_type_ in ("", "PERSON")):
            break
        start -= step
    return replace(span, start=start)


def _split_abbreviation(doc: Doc, i: int) -> bool:
    """True when token ``i`` is the full stop of an abbreviation the tokenizer split off ("Insp"
    "." in "Insp. Ryan Cheung")."""
    return i > 0 and doc[i].text == "." and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha


def _with_particle_surname(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Extend a PERSON span that ends in a short lower-case name particle ("Daniel arap")
    over the capitalised words right after it ("Daniel arap Moi")."""
    last = doc[span.end - 1]
    if not (last.is_alpha and last.is_lower and len(last) <= 4) or span.end - span.start < 2:
        return span
    end = span.end
    while end < len(doc) and end - span.end < 2 and doc[end].is_alpha and doc[end].is_title:
        end += 1
    return replace(span, end=end)


def _with_given_name(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Extend a PERSON span over the untagged capitalised word right before it that is part of
    the name by the parse (a compound of the name) and no English word, title or place ("Gurdev"
    of "Gurdev Singh Gill", where the model tags "Singh Gill")."""
    if span.start == 0:
        return span
    word = doc[span.start - 1]
    part = word.dep_ == "compound" and span.start <= word.head.i < span.end
    if not (part and word.tag_ == "NNP" and word.is_title and word.is_alpha and not word.ent_type_):
        return span
    if title_word(word) or word.lower_ in common_words() or word.lower_ in PERSON_ROLE_NOUNS \
            or word.lower_.endswith(COMPANION_SUFFIXES) or countries.lookup(word.text) is not None:
        return span
    return replace(span, start=span.start - 1)


def _as_owner(doc: Doc, span: EntitySpan) -> EntitySpan:
    """Turn "X administration" into one ORG span flagged with the name X (rule 7)."""
    inside = _owner_inside(doc, span)
    if inside is not None:
        return replace(span, owner_name=inside)
    if span.label not in ("PERSON", "ORG") or span.end >= len(doc):
        return span
    if doc[span.end].lower_ not in ORGANISATION_NOUNS:
        return span
    if countries.lookup(doc[span.start:span.end].text) is not None:
        return span
    return EntitySpan(span.start, span.end + 1, "ORG", owner_name=(span.start, span.end))


def _owner_inside(doc: Doc, span: EntitySpan) -> tuple[int, int] | None:
    """The (start, end) of X in an ORG span "(the) X Administration" / "X Campaign" that the model
    tagged whole, when X is one to three capitalised words that are no common word, country or
    organisation word ("The Obama Administration"; not "the Labour Campaign"), else None."""
    last = doc[span.end - 1]
    if span.label != "ORG" or span.owner_name or last.lower_ not in OWNED_BY_PERSON_TITLED:
        return None
    start = span.start + (doc[span.start].lower_ == "the")
    name = doc[start:span.end - 1]
    if not name or not name_shaped(name) or any(t.lower_ in common_words() for t in name):
        return None
    return start, span.end - 1


def is_named_thing(ent: Span) -> bool:
    """True for one word, no known first name, that "named", "called" or "known as" gives to a
    common noun that is no person or organisation ("a puppy named Dolphin", "an explosive called
    Semtex"): the model takes such names for persons; "a man named Lund" stays."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if len(ent) != 1 or before is None or before.lower_ not in {"as", "named", "called"}:
        return False
    verb = before.head if before.lower_ == "as" else before
    noun = verb.head
    return (verb.dep_ == "acl" and noun.tag_ in {"NN", "NNS"} and not first_name_known(ent.text)
            and noun.lemma_.lower() not in PERSON_ROLE_NOUNS | ORGANISATION_HEADS)


def _titles_before_a_name(ent: Span) -> bool:
    """True for a span of title words only, or of words ending in a title and opening with no first
    name, right before a PERSON name ("Sgt" + "." + "Paul Gagnon"; "Liberal MPP" + "John Fraser");
    "the Queen" alone stays."""
    following = next((t for t in ent.doc[ent.end:ent.end + 2] if not t.is_punct), None)
    if following is None or following.ent_type_ != "PERSON":
        return False
    return all(title_word(t) or t.is_punct for t in ent) or (
        title_word(ent[-1]) and not first_name_known(ent[0].text))


def _office_modified(ent: Span) -> Token | None:
    """The title word right after a span without a known first name when a person's name follows
    that title: the span names where or for whom the office is held ("Saskatchewan Premier Scott
    Moe", "Nunavut Premier P.J. Akeeagok", "Tesla CEO Elon Musk"), not a person; else None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or first_name_known(ent[0].text) or not title_word(doc[ent.end]):
        return None
    name = doc[ent.end + 1]
    return doc[ent.end] if name.ent_type_ == "PERSON" and name.ent_iob_ == "B" else None


def _surname_speaking_in_quotes(ent: Span) -> bool:
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


def _introduced_full_names(doc: Doc) -> set[str]:
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


def _not_a_person(ent: Span, cues: DocCues) -> bool:
    """Return True for a PERSON span that rule 3 says is no name (headline, common word, or
    titles alone: "Sgt" of "Staff Sgt. Paul Gagnon", which the name is widened to)."""
    if ent.label_ != "PERSON":
        return False
    return (_titles_before_a_name(ent) or is_named_thing(ent) or is_headline_fragment(ent, cues.persons)
            or is_initial_common_word(ent, cues.capitalised) or _coordinated_common_noun(ent)
            or ent.text in cues.products
            or any(_DESIGNATION.match(t.text) for t in ent))


def _listed_kind(ent: Span) -> str | None:
    """The one label of the other items, two or more, of a list the span (no first name and
    surname) is in, when it is an organisation, product or work label ("brands such as Corn Flakes,
    Rice Krispies and Frosted Flakes": ORG); else None. The items of a list are of one kind."""
    if len(ent) > 1 and first_name_known(ent[0].text):
        return None
    first = _first_conjunct(ent.root)
    items = [t for t in first.subtree if t.i == first.i or (t.dep_ == "conj" and _first_conjunct(t).i == first.i)]
    others = [t for t in items if not ent.start <= t.i < ent.end]
    kinds = {t.ent_type_ for t in others}
    return kinds.pop() if len(others) >= 2 and len(kinds) == 1 and kinds <= _THING_LABELS else None


def _first_conjunct(token: Token) -> Token:
    """The first item of the list ``token`` is in (itself when in none)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _uncapitalised(ent: Span, cues: DocCues) -> bool:
    """``is_lowercase_or_prefixed`` for a PERSON span; for a span of any other label, in a text that
    capitalises names (some word capitalised mid-sentence; an all lower-case text keeps its
    lower-case organisations and places), when it is one word ("anti-Castro", "communist") or has
    no capital ("the militia movement"), and is no country written in lower case ("the united
    states", which ``analysis.actors`` links to its country): "Pro-Life Virginia" stays."""
    if ent.label_ == "PERSON":
        return is_lowercase_or_prefixed(ent)
    one_word = " " not in ent.text.strip()
    return (bool(cues.capitalised) and (one_word or not any(t.text[:1].isupper() for t in ent))
            and is_lowercase_or_prefixed(ent) and countries.lookup(ent.text.title()) is None)


def _corrected(ent: Span, cues: DocCues, credit: dict[int, bool]) -> EntitySpan | None:
    """Return one entity after rules 1-4, or None when it is not an actor mention
    (``credit`` memoises ``is_credit_line`` by sentence start for the Doc)."""
    if (is_age_or_duration(ent) or is_portfolio_in_title(ent) or _in_credit_line(ent, credit)
            or _not_a_person(ent, cues) or _uncapitalised(ent, cues) or is_agency_credit(ent)
            or in_dateline(ent.doc, ent.start_char)
            or is_weekday_in_date(ent)):
        return None
    label = ent.label_
    if is_party_name(ent):
        label = "ORG"
    elif label in MISTAKEN_PLACE_LABELS and ent.text in cues.places:
        label = PLACE_LABEL
    elif label == "ORG" and ent.end < len(ent.doc) and _resident_of(ent, ent.doc[ent.end]):
        label = PLACE_LABEL
    elif label == "PERSON" and (ent.text in cues.organisations or _ends_in_organisation_word(ent)
                                or ent.text.lower() in PLATFORM_NAMES):
        label = "ORG"
    elif label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in PLACE_NAME_ENDINGS:
        label = PLACE_LABEL
    elif label == "PERSON" and (listed := _listed_kind(ent)) is not None:
        label = listed
    elif label in ("PERSON", "ORG") and (office := _office_modified(ent)) is not None and (
            label == "PERSON" or office.lower_ in TERRITORIAL_OFFICES):
        label = PLACE_LABEL if office.lower_ in PLACE_OFFICES else "ORG"
    elif ent.text in cues.person_orgs and (label in ("ORG", "NORP") or (label in MODEL_PLACE_LABELS and (
            (len(ent) == 1 and not place_cue(ent)) or (len(ent) > 1 and first_name_known(ent[0].text))))):
        label = "PERSON"
    elif label in MODEL_PLACE_LABELS and _surname_speaking_in_quotes(ent):
        label = "PERSON"
    if label not in ACTOR_LABELS:
        return None
    country_words = _country_before_name(ent) if label in ("ORG", "PERSON") else 0
    if country_words:
        return _trimmed(ent.doc, EntitySpan(ent.start + country_words, ent.end, "PERSON"))
    if label == "ORG" and titled_name(ent):
        label = "PERSON"
    elif label == "ORG" and (place_words := _place_before_titled_name(ent, cues.model_places)):
        return _trimmed(ent.doc, EntitySpan(ent.start + place_words, ent.end, "PERSON"))
    start = ent.start + (label == "PERSON" and _place_prefixed_modifier(ent, cues.model_places))
    return _trimmed(ent.doc, EntitySpan(start, _possessive_name_end(ent), label))


def _possessive_name_end(ent: Span) -> int:
    """The end of a name the model cut after a title's possessive ("Queen's" of "Queen's Park",
    "King's" of "King's College"): the capitalised proper nouns after it join the span."""
    doc, end = ent.doc, ent.end
    if not (len(ent) == 2 and title_word(ent[0]) and ent[1].tag_ == "POS"):
        return end
    while end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return end


def _ends_in_organisation_word(ent: Span) -> bool:
    """True for a span of two words or more whose last word names a kind of organisation ("Ben
    Franklin Stores Inc.", "Karl Marx Theater", "Peter G. Peterson Foundation")."""
    words = [t for t in ent if t.tag_ != "POS"]
    return len(words) > 1 and words[-1].text.rstrip(".").lower() in ORGANISATION_WORDS


def is_party_name(ent: Span) -> bool:
    """True for a name of two words or more opening, after any article, with a party word of a
    language that puts it first ("Parti Québécois", "the Bloc Québécois"), which the model tags
    as a person, a place or nothing."""
    words = [t for t in ent if t.tag_ not in ("POS", "DT")]
    return len(words) > 1 and words[0].lower_ in PARTY_OPENERS


def _headline_name_end(doc: Doc, span: EntitySpan) -> int:
    """The end of a PERSON span in a title-cased sentence cut before its first verb or preposition
    after the first word ("Obama Says" -> "Obama", "Rubio Responds To Question" -> "Rubio"): a
    word tagged as a verb, or a third-person form of a verb in the lemmatizer's lists ("Wins",
    "Talks") that the text never capitalises mid-sentence outside title case and that does not
    follow a first name ("Elizabeth Banks" keeps her surname)."""
    if span.label != "PERSON" or not title_cased(sentence_of(doc, span.start)):
        return span.end
    for token in doc[span.start + 1:span.end]:
        if token.pos_ in ("VERB", "AUX") or token.lower_ in HEADLINE_NAME_BREAKS or (
                _headline_verb(token) and not _after_first_name(doc, span, token)):
            return token.i
    return span.end


def _after_first_name(doc: Doc, span: EntitySpan, token: Token) -> bool:
    """True when the token follows the span's first word and that word is a first name, not the
    last name of a person named in full elsewhere in the text ("Clinton Breaks With Obama" after
    "Hillary Clinton")."""
    first = doc[token.i - 1]
    return (not any(t.is_alpha for t in doc[span.start:token.i - 1]) and first_name_known(first.text)
            and first.text not in model_last_names(doc))


def _headline_verb(token: Token) -> bool:
    """True for a title-case third-person verb form ("Wins", "Visits") that the text does not
    capitalise mid-sentence in its ordinary (not title-cased) sentences."""
    word = token.lower_
    verbs = _verb_list()
    if not (word.endswith("s") and (word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs))):
        return False
    known = memo(token.doc).setdefault(ORDINARY_CAPITALS_KEY, None)
    if known is None:
        known = memo(token.doc)[ORDINARY_CAPITALS_KEY] = frozenset(
            t.lower_ for t in token.doc if t.text[:1].isupper() and not t.is_sent_start
            and not title_cased(sentence_of(token.doc, t.i)))
    return word not in known


@lru_cache(maxsize=1)
def _verb_list() -> frozenset[str]:
    """The lemmatizer's verbs."""
    table = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    return frozenset(table.get("verb", []))


def _country_before_name(ent: Span) -> int:
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


def _place_before_titled_name(ent: Span, model_places: frozenset[str]) -> int:
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


def is_weekday_in_date(ent: Span) -> bool:
    """True for a weekday, whole or abbreviated, that opens a date ("Sun., Nov. 29, 2026": the model
    tags "Sun." a place): the next word that is not punctuation is a month or part of a date."""
    if ent.text.rstrip(".").lower() not in WEEKDAYS:
        return False
    following = next((t for t in ent.doc[ent.end:ent.end + 3] if not t.is_punct), None)
    return following is not None and (following.text.rstrip(".").lower() in MONTHS or following.ent_type_ == "DATE")


def _place_prefixed_modifier(ent: Span, model_places: frozenset[str]) -> bool:
    """Return True for a name of two words or more modifying a common noun whose first word the
    model tags as a place elsewhere ("the Miami Gonzalez family"), but not "Virginia Welch said"."""
    root = ent.root
    modifier = root.dep_ in {"compound", "amod", "nmod"} and root.head.is_lower
    return len(ent) > 1 and modifier and ent[0].text in model_places


def dateline_ends(doc: Doc) -> dict[int, int]:
    """Character (start, end) of every wire dateline opening a line: a place in one to three
    upper-case words, maybe its state or country, maybe an agency in brackets, and a dash ("WASHINGTON (Reuters) -",
    "MANILA, Philippines (AP) —", "(AP) --"; older wire copy writes the dash as an underscore:
    "MOSCOW (AP)_ "); memoised per Doc."""
    memos = memo(doc)
    if DATELINE_KEY not in memos:
        memos[DATELINE_KEY] = {m.start(): m.end() for m in _DATELINE.finditer(doc_text(doc))
                               if m.end() - m.start() > 3}
    return memos[DATELINE_KEY]


def in_dateline(doc: Doc, char: int) -> bool:
    """True when a character lies in a wire dateline (``dateline_ends``)."""
    return any(start <= char < end for start, end in dateline_ends(doc).items())


def _in_credit_line(ent: Span, credit: dict[int, bool]) -> bool:
    """``is_credit_line`` of the entity's sentence, computed once per sentence."""
    sent = sentence_of(ent.doc, ent.start)
    if sent.start not in credit:
        credit[sent.start] = is_credit_line(sent)
    return credit[sent.start]


AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman", "aire")
#: Endings of compounds for a companion, often missing from the word lists ("Bandmate", "Classmate").
COMPANION_SUFFIXES = ("mate",)
_DESIGNATION = re.compile(r"^[A-Za-z]{1,4}-\d+[A-Za-z]?$")
_THING_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})
_SCORE = re.compile(r"^\d+[-–]\d+$")
_PLACE_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,3}$|^[A-Z][a-z]{1,4}\.$")
_TRAILING_AGE = re.compile(r"\s*,\s*\d+\s*$")


def clean_name(text: str) -> str:
    """A name without a trailing age glued on by a comma ("Khaled Belkacemi,60")."""
    return _TRAILING_AGE.sub("", text)


def is_agency_credit(ent: Span) -> bool:
    """True for a photo or agency credit "Name/Agency": a PERSON span with a slash inside or
    right after it (ORG spans keep their slash: "Radio Free Europe/Radio Liberty")."""
    if ent.label_ != "PERSON":
        return False
    doc = ent.doc
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return any(t.text == "/" or ("/" in t.text and t.text[:1].isupper()) for t in ent) or after == "/"


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
    word = word[:-1] if word not in _word_lists()[0] and word.endswith("s") else word
    listed = word in _word_lists()[0] and (word.endswith(AGENT_SUFFIXES) or word in PERSON_ROLE_NOUNS)
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


def _edged_text(ent: Span) -> str:
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


def _trimmed(doc: Doc, span: EntitySpan) -> EntitySpan | None:
    """Trim possessive endings, punctuation and conjunctions from both edges, a line break and
    what follows it, a leading role word or place abbreviation, and a number ending the span
    (``_edge_end``; None if empty)."""
    start = span.start + (_role_word_first(doc, span) or _place_abbreviation_first(doc, span))
    end = min(_before_break(doc, span), _headline_name_end(doc, span))
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
        end = _before_home_town(doc, start, end)
    return replace(span, start=start, end=end) if start < end else None


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


def corrected_entities(doc: Doc) -> list[EntitySpan]:
    """Return the Doc's actor entity spans after the module's rules, in text order."""
    model_places = frozenset(e.text for e in entities(doc) if e.label_ in MODEL_PLACE_LABELS)
    products = frozenset(e.text for e in entities(doc) if e.label_ == "PRODUCT") - _titled_texts(doc)
    cues = DocCues(_place_texts(doc), _ordinary_person_texts(doc), capitalised_midsentence(doc),
                   *_swapped_texts(doc), model_places, products)
    teams = [EntitySpan(start, end, "ORG") for start, end in team_spans(doc, common=common_words())]
    in_team = {i for team in teams for i in range(team.start, team.end)}
    spans: list[EntitySpan] = []
    credit: dict[int, bool] = {}
    for ent in entities(doc):
        if (spans and ent.start < spans[-1].end) or in_team.intersection(range(ent.start, ent.end)):
            continue
        span = _corrected(ent, cues, credit)
        if span is None:
            continue
        if span.label == "PERSON":
            span = _with_titles(doc, _with_given_name(doc, _with_particle_surname(doc, span)))
        spans.append(_as_owner(doc, span))
    spans = sorted(spans + teams, key=lambda span: span.start) if teams else spans
    return _with_missed_names(doc, _joined_split_names(doc, spans))


def _joined_split_names(doc: Doc, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a PERSON span of first names only and the one-word name-shaped ORG, GPE or
    NORP span right after it joined into one PERSON ("Marc-André" PERSON + "Leclerc" ORG: the model
    split the name)."""
    joined: list[EntitySpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is not None and previous.label == "PERSON" and span.start == previous.end \
                and span.label in ("ORG", "GPE", "NORP") and span.end - span.start == 1 \
                and name_shaped(doc[span.start:span.end]) and _first_names_only(doc[previous.start:previous.end]):
            joined[-1] = EntitySpan(previous.start, span.end, "PERSON")
        else:
            joined.append(span)
    return joined


def _first_names_only(span: Span) -> bool:
    """True for a span of known first names, hyphens and titles aside ("Marc-André", "Dr. Anne")."""
    words = [t for t in span if t.tag_ != "HYPH" and not t.is_punct and not title_word(t)]
    return bool(words) and all(t.is_title and first_name_known(t.text) for t in words)


def _missed_titled_name(doc: Doc, title: Token) -> EntitySpan | None:
    """The untagged name after a title word: two or three capitalised proper nouns, as a PERSON
    span with its titles; else None. After a full title ("MPP Marit Stiles") the first word must be
    a known first name; after an abbreviated one ("Coun. Parthi Kandavel", "Const. Ama Boateng"),
    which only ever stands before a name, any first name will do."""
    abbreviated = title.text.endswith(".") or (
        title.i + 1 < len(doc) and _split_abbreviation(doc, title.i + 1))
    first = title.i + 1 + (not title.text.endswith(".") and abbreviated)
    words = 0
    while words < 3 and first + words < len(doc):
        token = doc[first + words]
        if token.tag_ != "NNP" or not token.is_title or not token.is_alpha or token.ent_type_ \
                or title_word(token):
            break
        words += 1
    if words < 2 or not (abbreviated or first_name_known(doc[first].text)):
        return None
    return _with_titles(doc, EntitySpan(first, first + words, "PERSON"))


def _missed_surname(doc: Doc, token: Token, surnames: AbstractSet[str]) -> EntitySpan | None:
    """One or two untagged capitalised proper nouns from ``token`` on, standing apart from other
    proper nouns, that are the last name of a person named in full elsewhere in the text ("Delorme
    said ..." after "Cadmus Delorme", "Rempel Garner said" after "Michelle Rempel Garner"), as a
    PERSON span; else None."""
    for end in (token.i + 2, token.i + 1):
        run = doc[token.i:min(end, len(doc))]
        if len(run) != end - token.i or run.text not in surnames or any(
                t.tag_ != "NNP" or t.ent_type_ or title_word(t) for t in run):
            continue
        neighbours = [doc[j] for j in (token.i - 1, end) if 0 <= j < len(doc)]
        if not any(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in neighbours):
            return EntitySpan(token.i, end, "PERSON")
    return None


def _missed_described_name(doc: Doc, token: Token) -> EntitySpan | None:
    """Two or three untagged capitalised proper nouns from ``token`` on, followed by an age between
    commas ("Rajinder Sandhu, 45, of Mississauga": news gives people's ages so) or, when the first
    is a known first name, by a person's role in apposition ("Sylvain Charlebois, director of the
    lab, said"), as a PERSON span; else None."""
    if token.i > 0 and doc[token.i - 1].tag_ == "NNP" and doc[token.i - 1].is_title:
        return None
    end = token.i
    while end < len(doc) and end - token.i < 3 and doc[end].tag_ == "NNP" and doc[end].is_title \
            and doc[end].is_alpha and not doc[end].ent_type_ and not title_word(doc[end]):
        end += 1
    if end - token.i < 2:
        return None
    apposed = _apposed_noun(doc, end) if first_name_known(token.text) else None
    described = apposed is not None and apposed.lemma_.lower() in PERSON_ROLE_NOUNS
    return EntitySpan(token.i, end, "PERSON") if described or _age_after(doc, end) else None


def _age_after(doc: Doc, end: int) -> bool:
    """True when an age between commas follows token ``end - 1`` (", 45," or ", 45)")."""
    after = [t.text for t in doc[end:end + 3]]
    return (len(after) == 3 and after[0] == "," and after[2] in (",", ")") and after[1].isdigit()
            and 0 < int(after[1]) <= 110)


def _missed_name(doc: Doc, token: Token, surnames: AbstractSet[str]) -> EntitySpan | None:
    """The untagged name starting at ``token``: after a title, a lone known last name, or a name
    with an age or a role; else None."""
    if title_word(token):
        return _missed_titled_name(doc, token)
    return _missed_surname(doc, token, surnames) or _missed_described_name(doc, token)


def _with_missed_names(doc: Doc, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with the names the model left untagged, in text order: names after titles
    (``_missed_titled_name``), lone last names of people named in full (``_missed_surname``), names
    given with an age or a role (``_missed_described_name``) and names introduced in full and then
    used alone (``_missed_introduced_name``, whose lone last names tagged otherwise become PERSON);
    a name inside a credit line or a dateline is none, and so is one overlapping another."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    credit: dict[int, bool] = {}
    surnames = set(last_names(doc, [doc[s.start:s.end] for s in spans if s.label == "PERSON" and not s.owner_name]))
    found = []
    for token in doc:
        span = None if token.ent_type_ or token.i in taken else (
            _missed_name(doc, token, surnames) or _missed_introduced_name(doc, token))
        if span is None or taken.intersection(range(span.start, span.end)) \
                or _in_credit_line(doc[span.start:span.end], credit) or in_dateline(doc, token.idx):
            continue
        found.append(span)
        taken.update(range(span.start, span.end))
        surnames.add(doc[span.end - 1].text)
    if not found:
        return spans
    introduced = {doc[span.end - 1].text for span in found} - model_last_names(doc)
    return sorted([_as_surname(doc, span, introduced) for span in spans] + found, key=lambda span: span.start)


def _missed_introduced_name(doc: Doc, token: Token) -> EntitySpan | None:
    """An untagged known first name and a last name that is no English word, the last name used
    alone elsewhere in the text ("Connor McDavid reached 1,000 points ... said of McDavid": news
    introduces a person in full, then by last name), as a PERSON span; else None."""
    if token.tag_ != "NNP" or token.i + 1 >= len(doc) or not first_name_known(token.text) or (
            token.i > 0 and doc[token.i - 1].tag_ == "NNP" and doc[token.i - 1].is_title):
        return None
    last = doc[token.i + 1]
    words = (token, last)
    if not all(t.tag_ == "NNP" and t.text[:1].isupper() and not t.is_upper and t.is_alpha and not t.ent_type_
               and not title_word(t) for t in words):
        return None
    if not first_name_known(token.text) or last.lower_ in common_words() or (
            last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "NNP" and doc[last.i + 1].is_title):
        return None
    alone = any(t.text == last.text and doc[t.i - 1].text != token.text for t in doc[1:] if t.i != last.i)
    return EntitySpan(token.i, last.i + 1, "PERSON") if alone else None


def _as_surname(doc: Doc, span: EntitySpan, surnames: set[str]) -> EntitySpan:
    """A one-word ORG or NORP span, or a place span without a place cue, that is the last name of a
    name found untagged, as a PERSON span ("McDavid" NORP after "Connor McDavid")."""
    ent = doc[span.start:span.end]
    if span.end - span.start != 1 or ent.text not in surnames or span.label not in ("ORG", "NORP", "GPE", "LOC"):
        return span
    if span.label in MODEL_PLACE_LABELS and place_cue(ent):
        return span
    return replace(span, label="PERSON")


def common_words() -> frozenset[str]:
    """Every common English word of the lemmatizer's lists (nouns, verbs, adjectives, adverbs)."""
    return _word_lists()[0]
