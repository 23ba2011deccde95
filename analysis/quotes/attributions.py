"""The attributions of a Doc (``find_attributions``): every pattern's, less those the learned model
vetoes, with the learned model's own (``analysis.quotes.learned``); a fallback pattern's only on a
line where no other pattern has a cue; one whose cue lies inside another's content (a nested
report) or that repeats another's content is left out. A content that starts inside a wire
dateline starts after it ("TORONTO — Ontario will cut rates, the minister said": "Ontario will
cut rates"; ``past_dateline``)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..attribution_model import AttributionModel
from ..entities import dateline_ends
from ..nlp import doc_text
from ..vocabulary import ADJUNCT_PREPOSITIONS
from .learned import learned_candidates, rule_candidates
from .marks import Marks
from .patterns import PATTERNS
from .records import Attribution, CuePattern


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
