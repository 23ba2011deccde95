"""Cue words: the lemmas that cue a quote (built from the verb sets of ``analysis.vocabulary``), a
token's lemma mended where the tagger gets a cue verb wrong, the cue tokens of a Doc (looked up
once per Doc), and a name in the case it is written in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import memo, token_ids
from ..vocabulary import (COGNITION_VERBS, COMMITMENT_VERBS, CUE_LEMMA_FIXES, INTENTION_VERBS, NAMING_VERBS,
                          OBJECT_CONTENT_VERBS, SAYING_VERBS, TELLING_VERBS, THOUGHT_NOUNS, TOPIC_SPEAKING_VERBS,
                          TOPIC_VERBS, UTTERANCE_NOUNS)

#: Verbs of saying and of telling someone something: the cues of a report of speech.
SPEECH_CUES = SAYING_VERBS | TELLING_VERBS
#: Every verb lemma a cue pattern reads.
CUE_LEMMAS = SPEECH_CUES | COGNITION_VERBS | OBJECT_CONTENT_VERBS | TOPIC_VERBS | COMMITMENT_VERBS | NAMING_VERBS
CUE_TOKENS_KEY = "analysis.quotes.cue_tokens"


@dataclass(frozen=True)
class CueClass:
    """What a class of cues reports (the quotes table's ``cue_class``): its name, the cue lemmas it
    holds and examples of its cues."""

    name: str
    description: str
    lemmas: frozenset[str]
    examples: tuple[str, ...]


#: The classes of cues, the first holding a cue naming it; a cue none holds reports a ``stance``.
CUE_CLASSES: tuple[CueClass, ...] = (
    CueClass("speech", "words spoken or written: verbs and nouns of saying, telling and speaking of, "
             "'according to', a poll's finding, a colon, quoted words", SPEECH_CUES | TOPIC_SPEAKING_VERBS
             | UTTERANCE_NOUNS | frozenset({"according to", "poll"}),
             ("said the bridge was safe", "talked about the budget", "her claim that", "according to the police",
              "in the new poll, she leads")),
    CueClass("thought", "a thought, feeling or intention held", COGNITION_VERBS | INTENTION_VERBS | THOUGHT_NOUNS,
             ("believes the bridge is safe", "wants to cut taxes", "fears that")),
    CueClass("stance", "a stance taken by an act or an evaluation, no words reported", frozenset(),
             ("voted for the bill", "praised the mayor", "backed the plan")),
)


def cue_class(cue: str | None) -> str:
    """The class of a quote's cue (``CUE_CLASSES``): speech for no cue (quoted words) or a mark
    (":", a dash), else the first class holding the lemma, else "stance"."""
    if cue is None or not any(ch.isalpha() for ch in cue):
        return CUE_CLASSES[0].name
    return next((c.name for c in CUE_CLASSES if cue in c.lemmas), CUE_CLASSES[-1].name)


def cue_lemma(token: Token) -> str:
    """A token's lower-case lemma, mended where the tagger gets a cue verb wrong (``CUE_LEMMA_FIXES``)."""
    return CUE_LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def _verbal(token: Token) -> bool:
    """True for a verb, or a word tagged as a noun that heads a clause with a subject and a clausal
    complement ("Trump claims that ..." with "claims" tagged NOUN)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and "nsubj" in deps and "ccomp" in deps


def cue_tokens(doc: Doc, lemmas: frozenset[str]) -> Iterator[Token]:
    """The verbs of a Doc whose (mended) lemma is one of ``lemmas`` (a subset of ``CUE_LEMMAS``),
    in order; the candidates are looked up once per Doc."""
    memos = memo(doc)
    if CUE_TOKENS_KEY not in memos:
        ids = token_ids(doc, "LEMMA", CUE_LEMMAS) + token_ids(doc, "LOWER", CUE_LEMMA_FIXES)
        memos[CUE_TOKENS_KEY] = [doc[i] for i in sorted(set(ids)) if _verbal(doc[i])]
    return (token for token in memos[CUE_TOKENS_KEY] if cue_lemma(token) in lemmas)


def name_case(word: str) -> str:
    """A word as a name is written: a transcript's capitals in title case ("PENCE" -> "Pence")."""
    return word.title() if word.isupper() else word
