"""Tense of the clause around a time expression, from the spaCy parse: it decides whether a bare
weekday, month or season is the last one or the next one."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .vocabulary import DEFER_VERBS, FUTURE_AUX, PLAN_VERBS

def _governing_verb(span: Span) -> Token | None:
    """The first verb above the expression in the dependency tree (its head chain)."""
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token not in span:
            return token
        if token.head is token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _verb_tense(verb: Token, *, depth: int = 0) -> str:
    """past / future / present / none from the verb's tag and its auxiliaries.

    Modal future ("will", "would", "going to") wins; a simple past (VBD), a perfect or a bare
    participle is past; a to-infinitive takes the tense of the verb it depends on, except under
    a plan verb ("plans to", "is scheduled to"), which looks forward.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or ("going" in lowers and "to" in lowers):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.lemma_ in PLAN_VERBS and (auxes or verb.tag_ != "VBN"):
        return "future"  # "is set to", "plans"; a bare participle ("a record set in May") is past
    if verb.tag_ == "VBN" and not _present_passive(auxes):
        return "past"
    if verb.tag_ == "VB" and "to" in lowers:
        head = verb.head
        return "future" if head is verb or depth > 3 else _infinitive_tense(head, depth)
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return "none"


def _present_passive(auxes: list[Token]) -> bool:
    """'are supposed', 'is expected': a participle under a present form of 'be' (not a perfect)."""
    return any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes) and \
        not any(a.lemma_ == "have" for a in auxes)


def _past_perfect(verb: Token) -> bool:
    """'had been scheduled', 'had planned': a verb with the auxiliary 'had'."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD"
               for c in verb.children)


def _infinitive_tense(head: Token, depth: int) -> str:
    """Tense for an infinitive: forward-looking under plan verbs, else its head's tense; a past
    perfect plan ('had been scheduled to expire Friday', 'had been due to') is past."""
    if _past_perfect(head) or (head.pos_ == "ADJ" and _past_perfect(head.head)):
        return "past"
    if head.lemma_ in PLAN_VERBS:  # "planned to leave on Thursday": after the planning, maybe still ahead
        return "future" if head.tag_ != "VBD" else "none"
    if head.pos_ not in ("VERB", "AUX"):
        return "future"
    tense = _verb_tense(head, depth=depth + 1)
    return "future" if tense in ("present", "none") else tense


def clause_tense(doc: Doc, start: int, end: int) -> str:
    """Tense of the clause an expression belongs to (see ``_verb_tense``); "since" for an expression
    after "since"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "none"
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ("'s", "’s"):
        return "past"
    if span.start > 0 and span.doc[span.start - 1].tag_ == "VBD":
        return "past"  # "said Tuesday (the plant would reopen)": the reporting verb dates it
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "since":
        return "since"  # "since December": the start of a period that reaches the anchor, never ahead of it
    verb = _governing_verb(span)
    if verb is None:
        return "none"
    if verb.lemma_ in DEFER_VERBS and before in ("until", "till", "through"):
        return "future"  # "postponed until Tuesday", "extended the deadline until 9 a.m. Tuesday"
    tense = _verb_tense(verb)
    if before in ("until", "till") and tense in ("present", "none"):
        return "future"  # "is not due until October": a pending period ends ahead
    return tense


_DEADLINE = re.compile(r"(?i)\b(?P<word>effective|by)\s+$")


def deadline_tense(m: re.Match[str], tense: str) -> str:
    """A tense policy (``Rule.tense``): 'effective Feb. 1' takes effect ahead; 'to conclude by May'
    is a deadline ahead unless the clause is past ('had sold half by May')."""
    found = _DEADLINE.search(m.string, max(0, m.start() - 12), m.start())
    if found is None or (found["word"].lower() == "by" and tense == "past"):
        return tense
    return "future"
