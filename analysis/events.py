"""Event mentions, TimeML-style: every verb, event noun and predicative adjective of a Doc, with its
class, tense, aspect, polarity and modality.

Triggers (TimeML 1.2 guidelines, as in the TempEval-3 data):

- verbs: every main verb (spaCy ``VERB``); auxiliaries, modals and copulas (``AUX``) never, nor
  "going" of "going to" (a future marker), nor a participle used as an adjective before its noun
  ("the proposed merger", "a growing number");
- predicates of a copula: an adjective after "be", "become", "remain", "seem" ("were dead", "is
  likely") is a STATE event that takes the copula's tense and negation;
- nouns: those of the registered event-noun lexicons (``event_lexicons``), and deverbal nouns
  (suffixes such as -tion, -ment, -ance, -al, -ure, longer than five letters) that are not in the
  lexicon of nouns naming things ("government", "department") and carry their verb's arguments
  (a possessor, "of" or "by": "Russia's invasion", "the closure of the plant"). Nouns inside a
  proper name are not events.

Class: the lexicon class of the lemma and part of speech (REPORTING, PERCEPTION, ASPECTUAL,
I_ACTION, I_STATE, STATE), STATE for adjectival predicates, else OCCURRENCE.

Tense and aspect follow the MAKEINSTANCE attributes: tense PAST / PRESENT / FUTURE / INFINITIVE /
PRESPART / PASTPART / NONE from the verb's tag and auxiliaries ("will", "going to" -> FUTURE);
aspect PERFECTIVE ("have" auxiliary), PROGRESSIVE ("be" + -ing), PERFECTIVE_PROGRESSIVE or NONE;
polarity NEG with a negation ("not", "never", "n't") on the verb or its copula; modality the modal
auxiliary ("would", "may", "could", "should", "must", "might", "can"), or "planned" under a plan
verb's infinitive ("plans to close").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .event_lexicons import CLASS_OF, DEVERBAL_SUFFIXES, EVENT_NOUNS, NOT_EVENTS
from .vocabulary import COPULAS

FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
MODALS = {"would": "would", "'d": "would", "may": "may", "might": "might", "could": "could",
          "should": "should", "must": "must", "can": "can", "ca": "can", "ought": "ought"}
PLAN_HEADS = frozenset({"plan", "intend", "schedule", "expect", "aim", "hope", "want", "propose", "seek"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})


@dataclass(frozen=True)
class EventMention:
    """One event mention: the trigger token's offsets, lemma, part of speech and TimeML attributes."""

    start: int
    end: int
    i: int
    trigger: str
    lemma: str
    pos: str
    event_class: str
    tense: str
    aspect: str
    polarity: str
    modality: str


def is_event_noun(token: Token) -> bool:
    """A common noun that names a happening: a lexicon noun, or a deverbal noun that names no thing
    and has the arguments of its verb ("Russia's invasion", "the closure of the plant", "the
    acquisition by Sony"): without them such nouns mostly name a result or a thing."""
    if token.pos_ != "NOUN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"):
        return False
    lemma = token.lemma_.lower()
    if lemma in EVENT_NOUNS:
        return True
    if lemma in NOT_EVENTS["NOUN"] or len(lemma) <= 5 or not lemma.endswith(DEVERBAL_SUFFIXES):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in token.children)


def _is_copula_predicate(token: Token) -> bool:
    """An adjective predicated by a copula ('were dead', 'is likely')."""
    return token.pos_ == "ADJ" and token.dep_ in ("acomp", "attr") and token.head.lemma_ in COPULAS \
        and token.lemma_.lower() not in NOT_EVENTS["ADJ"]


def _is_future_marker(token: Token) -> bool:
    """'going' of 'is going to close': a future auxiliary, not an event."""
    return token.lemma_ == "go" and token.tag_ == "VBG" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in token.children)


def is_trigger(token: Token) -> bool:
    """Whether a token is an event trigger (see the module docstring)."""
    if token.pos_ == "VERB":
        return token.lemma_.lower() not in NOT_EVENTS["VERB"] and token.dep_ != "amod" and not _is_future_marker(token)
    return _is_copula_predicate(token) or is_event_noun(token)


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries and negations of a verb (for an adjectival predicate: of its copula too)."""
    found = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if verb.pos_ == "ADJ":
        copula = verb.head
        found += [copula] + [c for c in copula.children if c.dep_ in ("aux", "auxpass", "neg")]
    return found


def verb_tense(verb: Token, auxes: list[Token]) -> str:
    """TimeML tense of a verb (or an adjectival predicate, through its copula)."""
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUXILIARIES or (verb.head.lemma_ == "go" and verb.head.tag_ == "VBG" and "to" in lowers):
        return "FUTURE"
    tags = {a.tag_ for a in auxes if a.dep_ != "neg"} | {verb.tag_}
    if "VBD" in tags:
        return "PAST"
    if tags & {"VBZ", "VBP"}:
        return "PRESENT"
    if "to" in lowers or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        return "INFINITIVE"
    if verb.tag_ == "VBG" and not auxes:
        return "PRESPART"
    if verb.tag_ == "VBN" and not auxes:
        return "PASTPART"
    return "NONE"


def verb_aspect(verb: Token, auxes: list[Token]) -> str:
    """TimeML aspect: PERFECTIVE ('have'), PROGRESSIVE ('be' + -ing), both, or NONE."""
    perfect = any(a.lemma_ == "have" and a.dep_ == "aux" for a in auxes)
    progressive = verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.dep_ == "aux" for a in auxes)
    return {(True, True): "PERFECTIVE_PROGRESSIVE", (True, False): "PERFECTIVE",
            (False, True): "PROGRESSIVE"}.get((perfect, progressive), "NONE")


def modality(verb: Token, auxes: list[Token]) -> str:
    """The modal auxiliary's word, 'planned' under a plan verb's infinitive, else ''."""
    for aux in auxes:
        if aux.lower_ in MODALS and aux.tag_ == "MD":
            return MODALS[aux.lower_]
    if verb.dep_ == "xcomp" and verb.head.lemma_ in PLAN_HEADS:
        return "planned"
    return ""


def mention(token: Token) -> EventMention:
    """The EventMention of a trigger token."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "ADJ"):
        auxes = _auxiliaries(token)
        tense, aspect, mood = verb_tense(token, auxes), verb_aspect(token, auxes), modality(token, auxes)
        polarity = "NEG" if any(a.lower_ in NEGATIONS for a in auxes if a.dep_ == "neg") else "POS"
    else:
        tense, aspect, mood = "NONE", "NONE", ""
        polarity = "NEG" if any(c.lower_ == "no" and c.dep_ == "det" for c in token.children) else "POS"
    pos = "VERB" if token.pos_ == "VERB" else ("ADJECTIVE" if token.pos_ == "ADJ" else "NOUN")
    event_class = CLASS_OF.get((token.pos_ if token.pos_ in ("VERB", "ADJ") else "NOUN", lemma),
                               "STATE" if pos == "ADJECTIVE" else "OCCURRENCE")
    return EventMention(token.idx, token.idx + len(token.text), token.i, token.text, lemma, pos, event_class,
                        tense, aspect, polarity, mood)


def event_mentions(doc: Doc) -> list[EventMention]:
    """Every event mention of a Doc, in text order."""
    return [mention(token) for token in doc if is_trigger(token)]
