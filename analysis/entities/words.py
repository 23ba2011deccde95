"""The words and token tests the entity rules share.

The lemmatizer's word lists (WordNet nouns, verbs, adjectives and adverbs: ``word_lists``,
``common_words``) say whether a capitalised word is a common English word. The tests on one token
tell a title or honorific (``title_word``, ``title_opener``; an abbreviation whose full stop the
tokenizer split off: ``split_abbreviation``) and a word capitalised mid-sentence from one that
opens a sentence (``at_sentence_start``, ``capitalised_midsentence``), and an inflected verb of
saying opening an inverted attribution (``speech_verb_first``: "Added Walsh: ..."). ``name_shaped`` says whether a
span is shaped like a person's name, and ``titled_texts`` lists the texts right after a title.
The word sets here (role nouns for a person, words and head nouns for an organisation, agent
and companion suffixes) serve the rules of several modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import countries
from ..coref import PERSON_NOUNS, ROLE_CLASSES, first_name_sure
from ..nlp import doc_text, entities, load_model, memo, sentence_of
from ..vocabulary import SAYING_VERBS, TITLE_OPENERS, TITLE_WORDS

ORGANISATION_HEADS = frozenset({
    "company", "firm", "corporation", "concern", "conglomerate", "group", "maker",
    "manufacturer", "producer", "provider", "supplier", "wholesaler", "retailer", "distributor",
    "chain", "bank", "insurer", "lender", "carrier", "airline", "operator", "subsidiary", "unit",
    "publisher", "newspaper", "broadcaster", "network", "agency", "party", "movement", "charity",
    "ship", "vessel", "tanker", "freighter", "ferry", "trawler", "yacht", "liner",
    "organization", "organisation", "website", "magazine", "journal", "daily", "weekly", "tabloid",
    "outlet", "channel", "station",
})
ORGANISATION_WORDS = frozenset({
    "inc", "corp", "co", "ltd", "plc", "llc", "group", "bank", "ministry", "department", "office",
    "council", "committee", "agency", "university", "institute", "association", "union", "court",
    "police", "army", "forces", "party", "fund", "foundation", "board", "service", "news",
    "industries", "stores", "hospital", "theater", "theatre", "savings", "associates", "partners", "holdings",
    "securities", "investments", "charities", "charity", "society", "alliance", "coalition", "federation",
    "commission", "authority", "league", "academy", "college", "corporation", "company", "network",
    "mission", "shelter", "centre", "center", "clinic", "museum", "library", "club", "bureau", "school",
    "division", "tribunal", "secretariat",
})
PERSON_ROLE_NOUNS = frozenset(ROLE_CLASSES) | PERSON_NOUNS | frozenset({
    "executive", "chairman", "chairwoman", "director", "founder", "owner", "lawyer", "attorney",
    "professor", "economist", "analyst", "manager", "chief", "head", "candidate", "activist",
})
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman", "aire")
#: Endings of compounds for a companion, often missing from the word lists ("Bandmate", "Classmate").
COMPANION_SUFFIXES = ("mate",)


def title_word(token: Token) -> bool:
    """Return True for a capitalised title or honorific token ("Mr.", "Gen.", "President")."""
    return token.text[:1].isupper() and token.text.rstrip(".").lower() in TITLE_WORDS


def abbreviated_title(token: Token) -> bool:
    """True for a title kept whole with its full stop ("Det.", "Coun."), which only ever stands
    before a name, whatever label the model gave it."""
    return title_word(token) and token.text.endswith(".")


def title_opener(token: Token) -> bool:
    """Return True for a word that opens a title right before a title word ("Rear" of "Rear
    Admiral", "National" of "National Chief"; ``TITLE_OPENERS``)."""
    return token.lower_ in TITLE_OPENERS and token.i + 1 < len(token.doc) and title_word(token.nbor())


@lru_cache(maxsize=1)
def word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Return (all common words, words that can be a verb/adjective/adverb) from the lemmatizer."""
    table = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    lists = {pos: frozenset(table.get(pos, [])) for pos in ("noun", "verb", "adj", "adv")}
    predicative = lists["verb"] | lists["adj"] | lists["adv"]
    return lists["noun"] | predicative, predicative


@lru_cache(maxsize=8192)
def verb_lemmas(word: str) -> frozenset[str]:
    """The verb lemmas a lower-case inflected form may have by the lemmatizer's own tables: its
    irregular lemmas ("said" -> say), else every suffix rule's result ("urges" -> urge, urg;
    "noted" -> note, not); never the word itself. Callers keep the results their own list holds."""
    lookups = load_model().get_pipe("lemmatizer").lookups
    irregular = lookups.get_table("lemma_exc").get("verb", {}).get(word)
    lemmas = set(irregular) if irregular else {word[:-len(old)] + new
                                               for old, new in lookups.get_table("lemma_rules").get("verb", [])
                                               if word.endswith(old)}
    return frozenset(lemmas - {word})


def saying_lemmas(word: str) -> frozenset[str]:
    """The lemmas among ``SAYING_VERBS`` of a lower-case inflected form (``verb_lemmas``: "said" ->
    say, "noted" -> note); empty for a bare lemma ("say") or a word that is no verb of saying."""
    return verb_lemmas(word) & SAYING_VERBS


def name_cased(token: Token) -> bool:
    """True for a word written as a name: a capital first and lower case after it, inner capitals
    allowed ("Lund", "McDavid", "LeBlanc", "O'Neill"; not "CNN" or "lund"). ``Token.is_title`` is
    False for "McDavid"."""
    text = token.text
    return text[:1].isupper() and (text[1:2].islower() or text[1:2] == "'")


def speech_verb_first(token: Token) -> bool:
    """True for a capitalised inflected verb of saying that opens its sentence ("Added", "Stated",
    "Said", "Says" of "Added Walsh: ..."): an inverted attribution, whose verb the model runs into
    the speaker's name; a bare lemma ("Say") or a gerund is no such verb."""
    return (token.is_title and not token.lower_.endswith("ing") and bool(saying_lemmas(token.lower_))
            and at_sentence_start(token))


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


LOWERCASE_KEY = "analysis.lowercase_words"
#: Runs of letters: the words of a text, read without the tokenizer.
_LETTERS = re.compile(r"[^\W\d_]+")


def lowercase_words(doc: Doc) -> frozenset[str]:
    """Return the words the text writes in lower case somewhere ("landlords"), read off its text
    once per Doc."""
    memos = memo(doc)
    if LOWERCASE_KEY not in memos:
        memos[LOWERCASE_KEY] = frozenset(word for word in _LETTERS.findall(doc_text(doc)) if word.islower())
    return memos[LOWERCASE_KEY]


def name_shaped(span: Span) -> bool:
    """Return True for one to three capitalised words, none an acronym ("CNN"), an organisation
    word or a country; the parts of a hyphenated name count as one word ("Marie-Ève
    Tremblay-Gagnon": two)."""
    words = [t for t in span if t.tag_ not in ("POS", "HYPH")]
    joined = [t for t in words
              if t.i == span.start or span.doc[t.i - 1].whitespace_ or span.doc[t.i - 1].tag_ != "HYPH"]
    if not 1 <= len(joined) <= 3 or countries.lookup(span.text) is not None:
        return False
    return all(t.text[:1].isupper() and not (len(t) > 1 and t.text.isupper())
               and t.text.rstrip(".").lower() not in ORGANISATION_WORDS
               and t.lower_ not in ORGANISATION_HEADS for t in words)


def outvoted_cue_texts(doc: Doc, cue: Callable[[Span], bool]) -> frozenset[str]:
    """Texts the model tags PERSON that are name-shaped, of two or three words, open with a first
    name of one gender, and where ``cue`` (a place's or an organisation's context) holds for fewer
    than half of those PERSON spans: one cue among several mentions ("in Betsy DeVos, who ...", a
    missing comma in "Hugh Hefner publisher and owner of ...") is no reason to relabel the name
    throughout the Doc; the one mention of "aboard the Hanna Berg" still is a ship."""
    spans: dict[str, list[Span]] = {}
    for ent in entities(doc):
        if ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and name_shaped(ent) and first_name_sure(ent[0].text):
            spans.setdefault(ent.text, []).append(ent)
    return frozenset(text for text, found in spans.items() if 2 * sum(cue(ent) for ent in found) < len(found))


def titled_texts(doc: Doc) -> frozenset[str]:
    """Return the texts of entities right after a title or honorific ("Mr. X", "President X")."""
    return frozenset(ent.text for ent in entities(doc)
                     if ent.start > 0 and title_word(doc[ent.start - 1]))


def split_abbreviation(doc: Doc, i: int) -> bool:
    """True when token ``i`` is the full stop of an abbreviation the tokenizer split off ("Insp"
    "." in "Insp. Ryan Cheung")."""
    return i > 0 and doc[i].text == "." and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha


def common_words() -> frozenset[str]:
    """Every common English word of the lemmatizer's lists (nouns, verbs, adjectives, adverbs)."""
    return word_lists()[0]


def common_word(token: Token) -> bool:
    """True for a common English word, in its own form or as the plural of one ("Ministries",
    "Pharmaceuticals": the model keeps a proper noun's plural as its lemma)."""
    return bool(({token.lower_.strip("’'")} | singulars(token)) & common_words())


def singulars(token: Token) -> set[str]:
    """The lower-cased singulars a word ending in "s" may be the plural of ("Ministries": ministry,
    ministrie; "Midwives": midwife, midwive; "Brewers": brewer), else none."""
    word = token.lower_.strip("’'")
    if not word.endswith("s") or word.endswith("ss"):
        return set()
    forms = {word[:-1]}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("ves"):
        forms |= {word[:-3] + "fe", word[:-3] + "f"}
    return forms
