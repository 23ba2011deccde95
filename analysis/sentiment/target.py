"""The target of a mention: its head, its role and the evidence words that are scored.

Target-dependent scoring gives the sentiment *towards* a mention, not of the whole sentence.

Head
    The mention is the span ``[start, end)``; its head is the token whose syntactic head lies
    outside the span. Appositions, conjuncts and compounds climb to the noun phrase they extend.
Role
    From the head's dependency: ``subject`` (nsubj, csubj, or the object of a passive "by"
    agent: the actor acts), ``object`` (dobj, nsubjpass, pobj, attr, dative, oprd: something is
    done to or said about the actor), else ``mentioned`` (possessives, modifiers, fragments).
Evidence
    The words that are scored: the governing predicate (the nearest verb or auxiliary above the
    mention) with its clause, i.e. its subtree minus embedded clauses (ccomp, advcl, relcl, conj,
    parataxis, csubj, acl) and appositions, anywhere in it, that do not contain the mention
    (another actor's description is not about this one), plus the mention's own modifiers,
    appositives and relative clauses. The mention's words and punctuation are left out, and so
    are the words of a neutral sense (``neutral_senses``). A sentence without a verb above the
    mention is scored whole.
Negation
    Negators stay in the evidence in their places, so the engines' own rules apply (VADER flips
    and damps the words after "not"/"never"/"n't" by -0.74; TextBlob multiplies the next
    sentiment word by -0.5). A learned feature also marks a negated predicate (``context``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .. import errors
from ..vocabulary import OBJECT_ROLE_DEPS, SUBJECT_ROLE_DEPS
from .doc_cache import DocCache

CLIMB_DEPS = frozenset({"appos", "conj", "compound", "flat", "nmod", "cc"})
PREDICATE_POS = frozenset({"VERB", "AUX"})


def span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the tokens overlapping ``[start, end)``; the nearest token if none overlaps."""
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if tokens:
        return tokens
    if not len(doc):
        raise errors.ConfigurationError(errors.SENTIMENT_EMPTY_DOC)
    return [min(doc, key=lambda t: abs(t.idx - start))]


def span_head(tokens: Sequence[Token]) -> Token:
    """Return the syntactic head of a token group: the first token whose head lies outside it."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def phrase_head(head: Token) -> Token:
    """Climb appositions, conjuncts and compounds to the noun phrase the mention extends."""
    steps = 0
    while head.dep_ in CLIMB_DEPS and head.head.i != head.i and steps < 4:
        if head.dep_ == "conj" and head.head.pos_ in PREDICATE_POS:
            break
        head, steps = head.head, steps + 1
    return head


def role_of(head: Token) -> str:
    """Return ``subject``, ``object`` or ``mentioned`` for a mention head (see module docstring)."""
    phrase = phrase_head(head)
    if phrase.dep_ in SUBJECT_ROLE_DEPS:
        return "subject"
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "agent":
        return "subject"
    if phrase.dep_ in OBJECT_ROLE_DEPS:
        return "object"
    return "mentioned"


def governor(head: Token) -> Token | None:
    """Return the nearest verb or auxiliary above ``head`` (itself excluded), or ``None``."""
    token = head
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in PREDICATE_POS:
            return token
    return token if token.pos_ in PREDICATE_POS and token.i != head.i else None


def evidence_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the words scored for the span: its predicate's clause plus its own modifiers."""
    tokens = span_tokens(doc, start, end)
    head = span_head(tokens)
    predicate = governor(phrase_head(head))
    ids = DocCache(doc).evidence({t.i for t in tokens}, head.i, predicate.i if predicate is not None else None)
    return [doc[i] for i in ids]
