"""The attributions of a Doc (``find_attributions``): every pattern's, less those the learned model
vetoes, with the learned model's own (``analysis.quotes.learned``), less a speech verb used in its
other sense ("posted a loss", "was found clinging to a tube", "asked not to be named", "not
authorized to discuss", "That said, ...": ``other_sense``); a fallback pattern's only on a line
where no other pattern has a cue; one whose cue lies inside another's content (a nested report) or
that repeats another's content is left out. A content that starts inside a wire dateline starts
after it ("TORONTO — Ontario will cut rates, the minister said": "Ontario will cut rates";
``past_dateline``)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..attribution_model import AttributionModel
from ..entities import dateline_ends
from ..marks import Marks
from ..nlp import doc_text
from ..vocabulary import (ADJUNCT_PREPOSITIONS, DEATH_TOLL_NOUNS, DISCLOSING_VERBS, DISCOURSE_FORMULAS,
                          FINANCIAL_RESULT_NOUNS, PERMISSION_VERBS, SAYING_VERBS, WITHHELD_OBJECTS,
                          WITHHOLDING_VERBS)
from .grammar import negated
from .learned import learned_candidates, rule_candidates
from .lemmas import cue_lemma
from .patterns import PATTERNS
from .records import Attribution, CuePattern

#: Verbs whose words a source can withhold: of saying and of disclosing ("would not say", "did not name").
WITHHOLDABLE_VERBS = SAYING_VERBS | DISCLOSING_VERBS
#: Dependents that make a participle a finite or marked clause ("found the officers had acted", "found
#: the council rated it highly"), which reports a finding.
FINITE_DEPS = frozenset({"aux", "auxpass", "mark", "dobj"})


def find_attributions(doc: Doc, marks: Marks, *, patterns: Sequence[CuePattern] = PATTERNS,
                      model: AttributionModel | None = None) -> list[Attribution]:
    """Every pattern's attributions, less those the learned model (``model``, when given) vetoes,
    and the model's own, by content start; one whose cue lies inside another's content (a nested
    report) or that repeats another's content is left out."""
    found = _without_fallbacks(doc, [(a, p.fallback) for p in patterns for a in p.find(doc, marks.quoted)])
    if model is not None:
        vetoed = {id(a) for a, features in rule_candidates(doc, marks, found) if not model.keeps(features)
                  } if model.veto_threshold > 0 else set()
        added = [a for a, features in learned_candidates(doc, marks, found)
                 if model.accepts(features) and not _adjunct_content(doc, a)]
        found = [a for a in found if id(a) not in vetoed] + added
    found = [a for a in found if not other_sense(doc, a)]
    found.sort(key=lambda a: (a.content_start, -a.content_end))
    kept: list[Attribution] = []
    for a in found:
        cue_char = doc[a.cue_start].idx
        if any(b.content_start <= cue_char < b.content_end or
               (b.content_start, b.content_end) == (a.content_start, a.content_end) for b in found
               if b is not a and (b.content_end - b.content_start) > (a.content_end - a.content_start)):
            continue
        if any((b.content_start, b.content_end) == (a.content_start, a.content_end) for b in kept):
            continue
        kept.append(a)
    return kept


def other_sense(doc: Doc, attribution: Attribution) -> bool:
    """True for a speech verb used in another sense of its own (``OTHER_SENSE_SPEECH_VERBS``) that
    the root of its content and the verb show (``OTHER_SENSES``: "posted a net loss", "charged $24
    million for reserves", "was found clinging to a tube"), one a source is not permitted
    (``_unauthorized``) or one in a set phrase of discourse (``discourse_formula``: "That said, ...")."""
    if _unauthorized(doc[attribution.cue_start]) or discourse_formula(doc[attribution.cue_start]):
        return True
    test = OTHER_SENSES.get(attribution.cue)
    content = doc.char_span(attribution.content_start, attribution.content_end, alignment_mode="expand")
    return (test is not None and content is not None and len(content) > 0
            and test(content.root, doc[attribution.cue_start]))


def discourse_formula(verb: Token) -> bool:
    """True for a verb of saying inside a set phrase of discourse (``DISCOURSE_FORMULAS``: "That
    said, ...", "Having said that, ...", "..., to say the least") that stands apart: it opens its
    sentence or follows a mark, and a mark or the sentence's end follows it."""
    doc, sentence = verb.doc, verb.sent
    for formula in DISCOURSE_FORMULAS:
        for j, word in enumerate(formula):
            first = verb.i - j
            if word != verb.lower_ or first < sentence.start or first + len(formula) > sentence.end:
                continue
            words = tuple(t.lower_ for t in doc[first:first + len(formula)])
            after = first + len(formula)
            if words == formula and (first == sentence.start or doc[first - 1].is_punct) and (
                    after == sentence.end or doc[after].is_punct):
                return True
    return False


def _unauthorized(verb: Token) -> bool:
    """"not authorized to discuss the talks", "not allowed to speak publicly": why a source is not
    named, no words reported (``PERMISSION_VERBS``; PolNeAR annotates none of the 10 in train and
    dev)."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in PERMISSION_VERBS
            and negated(head))


def withheld(doc: Doc, attribution: Attribution) -> bool:
    """True for a report that words were not given (the quotes table's ``withheld``): a negated verb
    of saying or disclosing ("would not say when the talks resume", "did not name the buyer", "did not
    respond to requests for comment"), or one declined or refused ("declined to comment", "refused to
    say whether", "declined an interview"). Annotators of attribution count these as reports (the
    reader learns the source was asked), so they stay quotes, flagged."""
    verb = doc[attribution.cue_start]
    if cue_lemma(verb) in WITHHOLDING_VERBS:
        return not negated(verb) and any(
            c.dep_ == "xcomp" and cue_lemma(c) in WITHHOLDABLE_VERBS
            or c.dep_ == "dobj" and c.lemma_.lower() in WITHHELD_OBJECTS for c in verb.children)
    if cue_lemma(verb) not in WITHHOLDABLE_VERBS:
        return False
    return negated(verb) or (verb.dep_ == "xcomp" and cue_lemma(verb.head) in WITHHOLDING_VERBS
                              and not negated(verb.head))


def _financial_result(root: Token, verb: Token) -> bool:
    """"posted a net loss", "posted $3 million", "realized a higher profit": the accounting sense
    of "post" (recorded) and "realize" (earned), nothing published or understood
    (``FINANCIAL_RESULT_NOUNS``)."""
    return root.ent_type_ == "MONEY" or root.lemma_.lower() in FINANCIAL_RESULT_NOUNS


def _sum(root: Token, verb: Token) -> bool:
    """"charged $24 million for reserves": a cost, no accusation."""
    return root.ent_type_ == "MONEY"


def _death_toll(root: Token, verb: Token) -> bool:
    """"the storm claimed 12 lives", "the blasts claimed the lives of three guards": the sense of
    "claim" that takes lives (``DEATH_TOLL_NOUNS``), no claim made ("claimed responsibility",
    "claimed victory" are claims)."""
    return root.lemma_.lower() in DEATH_TOLL_NOUNS or root.lower_ in DEATH_TOLL_NOUNS


def _found_state(root: Token, verb: Token) -> bool:
    """"was found clinging to a tube", "were found floating in the river": the state someone or
    something was found in, seen, no finding reported; only in the passive, since "a poll found
    voters shifting to the right" reports a finding."""
    passive = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children))
    participles = [root] + [c for c in root.children if c.dep_ in ("acl", "oprd", "xcomp", "ccomp")]
    return passive and any(_state_participle(t) for t in participles)


def _state_participle(token: Token) -> bool:
    """True for a participle that gives a state ("clinging to a tube", "the car abandoned near the
    border"): no auxiliary or mark, and no object (with one it is a past tense the model tagged a
    participle: "found the council rated it highly", a finding reported)."""
    return token.tag_ in ("VBG", "VBN") and not any(c.dep_ in FINITE_DEPS for c in token.children)


def _anonymity(root: Token, verb: Token) -> bool:
    """"asked not to be named", "declined to be identified", "requested anonymity", "asked to remain
    anonymous": the source's terms, about their own name, no words reported."""
    lemma = root.lemma_.lower()
    if lemma in ("name", "identify"):
        return any(c.dep_ == "auxpass" for c in root.children)
    return lemma == "anonymity" or (lemma == "remain" and any(c.lower_ == "anonymous" for c in root.children))


#: The other senses of speech verbs, by cue, each a test on the root of the content and the cue verb.
OTHER_SENSES: dict[str, Callable[[Token, Token], bool]] = {
    "post": _financial_result, "realize": _financial_result, "charge": _sum, "find": _found_state,
    "claim": _death_toll, "ask": _anonymity, "decline": _anonymity, "request": _anonymity,
}


def _adjunct_content(doc: Doc, attribution: Attribution) -> bool:
    """True for a learned attribution whose content is the object of a preposition of time or
    cause, an adjunct and no report ("Man charged after stabbing at transit station")."""
    first = doc.char_span(attribution.content_start, attribution.content_end, alignment_mode="expand")
    if first is None:
        return False
    head = first[0].head if first[0].dep_ in ("pobj", "pcomp") else first.root.head
    return head.dep_ == "prep" and head.lower_ in ADJUNCT_PREPOSITIONS


def _without_fallbacks(doc: Doc, found: Sequence[tuple[Attribution, bool]]) -> list[Attribution]:
    """The attributions less those of fallback patterns on a line where another has its cue."""
    if not any(fallback for _, fallback in found):
        return [a for a, _ in found]
    breaks = [i for i, char in enumerate(doc_text(doc)) if char == "\n"]

    def line(a: Attribution) -> int:
        return bisect.bisect_left(breaks, doc[a.cue_start].idx)

    lines = {line(a) for a, fallback in found if not fallback}
    return [a for a, fallback in found if not fallback or line(a) not in lines]


def past_dateline(doc: Doc, attribution: Attribution) -> Attribution:
    """An attribution whose content starts inside a wire dateline ("TORONTO — Ontario will cut
    rates, the minister said") with the content starting after it."""
    start = attribution.content_start
    for first, last in dateline_ends(doc).items():
        if first <= start < last:
            start = last
    text = doc_text(doc)
    while start < attribution.content_end and text[start].isspace():
        start += 1
    return attribution if start == attribution.content_start else replace(attribution, content_start=start)
