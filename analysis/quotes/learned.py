"""The candidates of the learned finder (``analysis.attribution_model``, ``learned`` pattern).

The other verbs outside quotation marks with a complement, in no pattern's content
(``learned_candidates``: "voted for the bill", "compared the toll to a robbery"), are scored by a
logistic regression trained on PolNeAR and kept above its threshold, unless the content is the
object of a preposition of time or cause ("charged after the stabbing"; ``ADJUNCT_PREPOSITIONS``,
``analysis.quotes.attributions``); the patterns' attributions whose content has no quoted words
(``rule_candidates``) are scored by the same model and vetoed below its veto threshold (a cue in a
relative clause that describes its noun: "the donor, who backs Cruz, …").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from ..attribution_model import cue_features
from ..marks import Marks
from ..nlp import doc_text
from ..vocabulary import ADDRESSEE_VERBS, COMPANY_PREPOSITIONS, NEGATIVE_PRONOUNS
from .content import as_predicate, before_aside, content_bounds, content_trimmed, misparsed_list, report_last
from .grammar import (TIME_LABELS, clause_holding_speaker, complements, first_subject, naming, perceived_event,
                      speaking_terms)
from .lemmas import cue_lemma
from .records import Attribution

#: The dependents of a verb that can open the content of a ``learned`` cue, and those that continue it.
LEARNED_CONTENT_DEPS = frozenset({"dobj", "dative", "xcomp", "prep", "ccomp", "oprd", "attr", "acomp"})


def learned_content(verb: Token) -> tuple[str, int, int] | None:
    """How a candidate verb's content is found and its first and last token (``analysis.attribution_model``):
    the object with its predicate, the clausal complement, else the complements after the verb
    from the first (a preposition's object without the preposition, not a time or the terms or
    channel of speaking: ``grammar.speaking_terms``, nor company: ``COMPANY_PREPOSITIONS``; not the
    object of a verb of ``ADDRESSEE_VERBS``, the person spoken to) through a list it opens
    (``misparsed_list``) and those adjoining it; None without one."""
    if perceived_event(verb):
        return None
    heads = naming(verb) or complements(verb)[:1]
    if heads:
        kind = "naming" if len(heads) > 1 or as_predicate(heads[0], verb) else "clause"
        return (kind, *content_bounds(heads, verb))
    addressee = cue_lemma(verb) in ADDRESSEE_VERBS
    kept = [c for c in verb.children if c.i > verb.i and c.dep_ in LEARNED_CONTENT_DEPS
            and not (addressee and c.dep_ in ("dobj", "dative"))
            and not (c.dep_ == "prep" and (c.lower_ in COMPANY_PREPOSITIONS or any(
                g.ent_type_ in TIME_LABELS or speaking_terms(g) for g in c.children)))]
    if not kept:
        return None
    first = kept[0]
    if first.dep_ == "prep":
        objects = [g for g in first.children if g.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        start, last = objects[0].left_edge.i, misparsed_list(objects[0], objects[0].right_edge.i)
    else:
        start, last = first.left_edge.i, misparsed_list(first, before_aside(first))
    for child in kept[1:]:
        if child.left_edge.i != last + 1:
            break
        last = child.right_edge.i
    return first.dep_, start, report_last(start, last, verb)


def learned_candidates(doc: Doc, marks: Marks, rules: Sequence[Attribution]
                       ) -> Iterator[tuple[Attribution, dict[str, float]]]:
    """The candidate cues of the learned model with their features (``analysis.attribution_model``):
    verbs outside quotation marks, no rule's cue and in no rule's content, with a content that holds
    no rule's cue and no quotation marks (the model finds reported speech; quoted words under a verb
    not of saying are more often a term or a title: "call the practice “renoviction”") and that is
    no lone negative pronoun ("said nothing" reports no words)."""
    text, quoted, pairs = doc_text(doc), marks.quoted, marks.pairs
    cues = {a.cue_start for a in rules}
    spans = sorted((a.content_start, a.content_end) for a in rules)
    cue_chars = sorted(doc[i].idx for i in cues)
    for token in doc:
        if token.pos_ != "VERB" or token.i in cues or quoted(token.idx) or any(
                s <= token.idx < e for s, e in spans) or clause_holding_speaker(token.head) == token:
            continue
        found = learned_content(token)
        if found is None or found[1] <= token.i <= found[2]:
            continue
        kind, first, last = found
        if first == last and doc[first].lower_ in NEGATIVE_PRONOUNS:
            continue
        start, end = content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start < 3 or bisect.bisect_left(cue_chars, start) != bisect.bisect_left(cue_chars, end) or any(
                a < end and start < b for a, b in pairs):
            continue
        lemma, subject = cue_lemma(token), first_subject(token)
        features = cue_features(token, lemma=lemma, subject=subject, kind=kind, content=(first, last), quoted=quoted)
        yield Attribution(token.i, token.i + 1, lemma, start, end, subject, "learned"), features


def rule_candidates(doc: Doc, marks: Marks, rules: Sequence[Attribution]
                    ) -> Iterator[tuple[Attribution, dict[str, float]]]:
    """The patterns' attributions the learned model may veto, with their features (the pattern's
    name among them): those whose content has no quoted words (reported speech alone)."""
    for a in rules:
        if any(s < a.content_end and a.content_start < e for s, e in marks.pairs):
            continue
        tokens = doc.char_span(a.content_start, a.content_end, alignment_mode="expand")
        if tokens is None or not len(tokens):
            continue
        cue = doc[a.cue_start]
        yield a, cue_features(cue, lemma=a.cue, subject=a.subject, kind=f"rule:{a.pattern}",
                              content=(tokens.start, tokens.end - 1), quoted=marks.quoted)
