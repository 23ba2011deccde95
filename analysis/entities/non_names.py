"""Entity spans that name no actor: ages, portfolios, titles alone, things and common words.

Ages and durations. A span built around a hyphenated number-unit compound ("22-year-old",
"30-day", "six-month-old") is a measure, never a mention, whatever label it got.

Portfolios. An ORG span after a title and "of", or before a title, whose words name a minister's
portfolio ("Secretary of State", "Minister of Finance", "Energy Minister Todd Smith";
``PORTFOLIO_WORDS``) is part of the title, not a mention of the ministry; so is an ORG or NORP
span of common words, no nationality, that runs through more of them to "Minister" ("Forests
Minister Ravi Parmar", "Colleges and Universities Minister": ``_minister_portfolio``).

Titles alone. A span of title words only right before a name (PERSON, or an untagged capitalised
proper noun), maybe after further titles, is dropped whatever its label ("Sgt" PERSON of "Staff
Sgt. Paul Gagnon", "Lt." ORG of "Lt. Col. Maria Kessler", "Coun." ORG of an untagged "Coun. Amber
Morley"); the name is widened to them (``widening``) or found (``untagged_names``); "the Queen"
alone stays.

Named things. One PERSON word, not a known first name, that "named", "called" or "known as" gives
to a common noun for no person or organisation is dropped ("a puppy named Dolphin", "an explosive
called Semtex"; "a man named Lund" stays).

Things. A PERSON span is dropped when it holds a model designation ("An-70", "F-16"), when the
model tags its text PRODUCT elsewhere (and it never follows a title: "Baby Ruth"), and takes the
one label of the other items of its list when they are two or more organisations, products or
works ("brands such as Corn Flakes, Rice Krispies and Frosted Flakes": ORG), unless it is a first
name and a surname ("Apple, Tim Cook and Google").

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
name either ("Arson and bombings have become common"), nor is a one-word span of another label at
a sentence start that the text writes in lower case elsewhere and never capitalises mid-sentence
("Landlords" NORP beside "landlords").

Laws. A span inside a longer name that ends in a law's head word is part of the law's name, no
actor ("Family" of "the Family and Medical Leave Act", "Dodd" of "the Dodd-Frank Wall Street Reform
and Consumer Protection Act"; ``LAW_HEADS``), nor is a law the model tags an organisation ("the
Trade Union Act" ORG); in a title-cased line ("Senate Passes Voting Act") no run of capitals is one
name, so the rule waits for ordinary sentences.

Demonyms. A nationality that opens a longer demonym is no country ("British" of "British
Columbians", "Cuban" of "Cuban Americans": ``is_demonym_part``).

Headline fragments are ``title_case``'s.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .. import countries
from ..coref import first_name_known
from ..nlp import sentence_of
from ..vocabulary import LAW_HEADS, NAME_JOINERS, PORTFOLIO_WORDS, TITLE_OPENERS, TITLE_WORDS
from .spans import DocCues
from .title_case import is_headline_fragment, title_cased
from .words import (ORGANISATION_HEADS, PERSON_ROLE_NOUNS, at_sentence_start, common_word, common_words,
                    lowercase_words, title_word, word_lists)

#: Words of a title or a person's role, lower case, that a title opener comes before ("National president").
TITLE_OR_ROLE_WORDS = TITLE_WORDS | PERSON_ROLE_NOUNS
#: Demonyms of a region that open with a nationality, which names no country there.
REGION_DEMONYMS = frozenset({"British Columbian", "British Columbians"})
ADJECTIVE_PREFIXES = frozenset({"anti", "pro", "non", "neo", "post", "pre", "counter", "pan"})
_MEASURE = re.compile(r"^\d+([.,]\d+)?$|^(one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|[a-z]+teen|[a-z]+ty)$", re.IGNORECASE)
_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "mile",
                    "kilometer", "meter", "foot", "pound", "ton", "old"})
_DESIGNATION = re.compile(r"^[A-Za-z]{1,4}-\d+[A-Za-z]?$")
_THING_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})


def is_portfolio_in_title(span: Span) -> bool:
    """True for an ORG span that is the portfolio of a title ("Secretary of State", "secretary of
    state's plane", "Minister of Finance", "Energy Minister Todd Smith"): every word a portfolio
    word (``PORTFOLIO_WORDS``), with a title word and "of" before it or a title word after it; or
    for an ORG or NORP span of common words that opens a minister's portfolio ("Forests Minister
    Ravi Parmar", "Colleges and Universities Minister Nolan Quinn": ``_minister_portfolio``)."""
    doc = span.doc
    words = [t.lower_ for t in span if t.tag_ != "POS"]
    if span.label_ in ("ORG", "NORP") and _minister_portfolio(span):
        return True
    if span.label_ != "ORG" or not words or not all(w in PORTFOLIO_WORDS for w in words):
        return False
    if span.end < len(doc) and doc[span.end].lower_.rstrip(".") in TITLE_WORDS:
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_.rstrip(".") in TITLE_WORDS


def _minister_portfolio(span: Span) -> bool:
    """True for common words, no nationality, that run through more capitalised common words and
    "and" to "Minister": a portfolio ("Forests Minister"); a company stands before titles of its own
    ("Tesla CEO"), never before a minister's."""
    doc = span.doc
    if countries.lookup(span.text) is not None or not all(common_word(t) or not t.is_alpha for t in span):
        return False
    end = span.end
    while end < len(doc) and (doc[end].lower_ in ("and", "&") or (
            doc[end].text[:1].isupper() and doc[end].text != "Minister" and common_word(doc[end]))):
        end += 1
    return end < len(doc) and doc[end].text in ("Minister", "Ministers")


def is_demonym_part(span: Span) -> bool:
    """True for a nationality that opens a longer demonym, a people of its own ("Cuban" of "Cuban
    Americans", "British" of "British Columbians"): the word after it, which it modifies, is a
    nationality too, or the two are a demonym of a region (``REGION_DEMONYMS``)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if span.label_ != "NORP" or after is None or span.root.head.i != after.i or not after.text[:1].isupper():
        return False
    return (f"{span.text} {after.text}" in REGION_DEMONYMS
            or (countries.lookup(span.text) is not None and countries.lookup(after.text) is not None))


def in_law_name(span: Span, *, longest: int = 14) -> bool:
    """True when the span ends a law's name or runs on to its end ("Family" of "Family and Medical
    Leave Act"): its last token, or the capitalised words and ``NAME_JOINERS`` after it (at most
    ``longest``, in the sentence), end on a ``LAW_HEADS`` word; never in a title-cased sentence,
    nor for a person (by label or first name) coordinated with a law ("Hillary Clinton and Second
    Amendment rights") or an owner of one ("Lund's Fifth Amendment": the owner is a mention)."""
    sentence = sentence_of(span.doc, span.start)
    coordinated = span.end < sentence.end and span.doc[span.end].lower_ in ("and", "&")
    if any(t.tag_ == "POS" for t in span) or (coordinated and (span.label_ == "PERSON"
                                                               or first_name_known(span[0].text))):
        return False
    last = span[-1]
    for token in span.doc[span.end: min(sentence.end, span.end + longest)]:
        if not (token.text[:1].isupper() or token.text in NAME_JOINERS):
            break
        if token.text[:1].isupper():
            last = token
    return last.text in LAW_HEADS and not title_cased(sentence)


def is_age_or_duration(span: Span) -> bool:
    """Return True when the span holds a hyphenated number-unit compound ("22-year-old")."""
    tokens = list(span)
    for i, token in enumerate(tokens[:-2]):
        if (_MEASURE.match(token.text) and tokens[i + 1].text == "-"
                and tokens[i + 2].lemma_.lower() in _UNITS):
            return True
    return False


def is_lowercase_or_prefixed(span: Span) -> bool:
    """Return True for a span with no capitalised token ("safari", "communist") or a prefixed
    adjective ("Anti-Castro", "pro-Kremlin")."""
    if not any(t.text[:1].isupper() for t in span):
        return True
    head = span[0].text.lower()
    prefixed = head.split("-", 1)[0] in ADJECTIVE_PREFIXES and "-" in head
    return prefixed or (head in ADJECTIVE_PREFIXES and len(span) > 1 and span[1].text == "-")


def is_initial_common_word(span: Span, capitalised: frozenset[str]) -> bool:
    """Return True for a one-token PERSON span at a sentence start that can be a common verb,
    adjective or adverb (or the plural of one) and is never capitalised mid-sentence in the text
    (``capitalised`` from ``capitalised_midsentence``)."""
    if span.label_ != "PERSON" or len(span) != 1 or not at_sentence_start(span[0]):
        return False
    word = span[0].lower_
    predicative = word_lists()[1]
    listed = word in predicative or (word.endswith("s") and word[:-1] in predicative)
    return listed and word not in capitalised


def is_initial_lowercase_word(span: Span, cues: DocCues) -> bool:
    """Return True for a one-word span other than PERSON at a sentence start that the text writes in
    lower case elsewhere and never capitalises mid-sentence ("Landlords are less enthusiastic" NORP
    beside "landlords face no penalty"): a common word capitalised by its place. PERSON spans keep
    their own test (``is_initial_common_word``): many surnames are common words ("May", "Young")."""
    if span.label_ == "PERSON" or len(span) != 1 or not at_sentence_start(span[0]):
        return False
    return span[0].lower_ not in cues.capitalised and span[0].lower_ in lowercase_words(span.doc)


def _coordinated_common_noun(span: Span) -> bool:
    """True for a one-word PERSON span at a sentence start that is a common noun coordinated with a
    plural common noun ("Arson and bombings have become common"): a capital of the sentence start."""
    token = span[0]
    if len(span) != 1 or not at_sentence_start(token) or token.lower_ not in common_words():
        return False
    partners = [t for t in token.children if t.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(t.tag_ == "NNS" and t.is_lower for t in partners)


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


def _name_after(ent: Span) -> Token | None:
    """The first token after a span that is neither punctuation nor a title word, among the next
    four ("Lt." + "Col." + "Maria Kessler" -> "Maria")."""
    return next((t for t in ent.doc[ent.end:ent.end + 4] if not t.is_punct and not title_word(t)), None)


def titles_alone(ent: Span) -> bool:
    """True for a span of title words only, whatever its label, right before a name (a PERSON or an
    untagged capitalised proper noun) and any further titles ("Lt." ORG before "Col. Maria
    Kessler", "Det." GPE before "Const. Sarah Lee", "Coun." ORG before an untagged "Amber Morley"),
    or for the word that opens a title (``_opens_title``); the name is widened to them, or found by
    ``untagged_names``."""
    following = _name_after(ent)
    named = following is not None and (following.ent_type_ == "PERSON" or (
        not following.ent_type_ and following.tag_ == "NNP" and following.is_title))
    return (named and all(title_word(t) or t.is_punct for t in ent)) or _opens_title(ent)


def _opens_title(ent: Span) -> bool:
    """True for one word that opens a title, whatever the title's case, before a person's name
    ("National" ORG of "National president Lana Payne"; ``TITLE_OPENERS``)."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ not in TITLE_OPENERS or ent.end + 1 >= len(doc):
        return False
    title = doc[ent.end]
    return (title.lower_.rstrip(".") in TITLE_OR_ROLE_WORDS
            and any(t.ent_type_ == "PERSON" for t in doc[ent.end + 1:ent.end + 3]))


def _titles_before_a_name(ent: Span) -> bool:
    """True for a span of title words only, or of words ending in a title and opening with no first
    name, right before a PERSON name ("Sgt" + "." + "Paul Gagnon"; "Liberal MPP" + "John Fraser");
    "the Queen" alone stays."""
    following = _name_after(ent)
    if following is None or following.ent_type_ != "PERSON":
        return False
    return all(title_word(t) or t.is_punct for t in ent) or (
        title_word(ent[-1]) and not first_name_known(ent[0].text))


def not_a_person(ent: Span, cues: DocCues) -> bool:
    """Return True for a PERSON span that this module or ``title_case`` says is no name (headline,
    common word, or titles alone: "Sgt" of "Staff Sgt. Paul Gagnon", which the name is widened to)."""
    if ent.label_ != "PERSON":
        return False
    return (_titles_before_a_name(ent) or is_named_thing(ent) or is_headline_fragment(ent, cues.persons)
            or is_initial_common_word(ent, cues.capitalised) or _coordinated_common_noun(ent)
            or ent.text in cues.products
            or any(_DESIGNATION.match(t.text) for t in ent))


def listed_kind(ent: Span) -> str | None:
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


def uncapitalised(ent: Span, cues: DocCues) -> bool:
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
