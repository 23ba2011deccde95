"""Names in title-cased sentences: headline fragments and the end of a headline's name.

In a title-cased stretch of text ("Putin Visits Kursk Region to Cheer Ouster of Ukrainian
Troops") the model takes capitalised common words for names. A PERSON span is dropped when its
sentence is title-cased, every token is a common English word in the lemmatizer's word lists
(WordNet nouns, verbs, adjectives, adverbs), at least one of them is a verb, adjective or adverb
(so a surname such as "Putin", listed only as a noun, survives), and the same words never appear
as a PERSON in an ordinary sentence of the same text. In a title-cased sentence a PERSON span
ends before its first verb or preposition after the first word (``HEADLINE_NAME_BREAKS``): "Obama
Says Trade Deal" -> "Obama", "Marco Rubio Responds To Question" -> "Marco Rubio". A sentence with
two lower-case content words or more is no headline ("Brampton Mayor Patrick Brown called for
more funding"), and a span after a title is a name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..coref import first_name_known
from ..nlp import entities, load_model, memo, sentence_of
from .persons import model_last_names
from .spans import EntitySpan
from .words import split_abbreviation, title_word, word_lists

TITLE_CASED_KEY = "analysis.title_cased"
ORDINARY_CAPITALS_KEY = "analysis.ordinary_capitals"
#: Words that end a headline's name: a verb or a preposition after a name in title case ("Obama
#: Says", "Rubio Responds To Question") is no part of it.
HEADLINE_NAME_BREAKS = frozenset({"to", "on", "in", "at", "for", "with", "about", "by", "from", "over"})


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
    before = span.start - 1 - (span.start > 1 and split_abbreviation(span.doc, span.start - 1))
    if (span.label_ != "PERSON" or not title_cased(sentence_of(span.doc, span.start))
            or (before >= 0 and title_word(span.doc[before]))):
        return False
    common, predicative = word_lists()
    lowered = [t.text.lower() for t in span]
    return (all(w in common for w in lowered) and any(w in predicative for w in lowered)
            and span.text not in ordinary_person_texts)


def ordinary_person_texts(doc: Doc) -> frozenset[str]:
    """Return texts tagged PERSON in sentences that are not title-cased."""
    return frozenset(e.text for e in entities(doc) if e.label_ == "PERSON" and not title_cased(sentence_of(doc, e.start)))


def headline_name_end(doc: Doc, span: EntitySpan) -> int:
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
