"""The quotes of a Doc (``extract_quotes``): the quoted words inside an attribution's content are a
``direct`` quote when nothing of the content lies outside quotation marks, else a ``mixed`` one;
other quoted words are free quotes (``analysis.quotes.free_quotes``); an attribution that holds no
quoted words, or only the title of a work (``free_quotes.names_work``), is an ``indirect`` quote.
A report that words were not given ("declined to comment") is flagged ``withheld``
(``analysis.quotes.attributions.withheld``). Quotes without a cue then take a neighbour's speaker
(``analysis.quotes.continuation``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..attribution_model import AttributionModel, load_model
from ..marks import CLOSING, STRAIGHT, doc_marks, trimmed
from ..nlp import SentenceIndex, doc_text
from ..records import Mention, Quote
from ..vocabulary import TWO_APOSTROPHES
from .attributions import find_attributions, past_dateline, withheld
from .continuation import continued
from .free_quotes import free_quote, names_work
from .patterns import PATTERNS
from .records import Attribution, CuePattern, quote_record
from .speakers import phrase_speaker, speaker_of


def extract_quotes(doc: Doc, mentions: Sequence[Mention], *, patterns: Sequence[CuePattern] = PATTERNS,
                   model: AttributionModel | None = None, learned: bool = True) -> list[Quote]:
    """Return the direct, mixed and indirect quotes of a Doc with speakers and cues, by start;
    ``model`` is the learned attribution model (the committed one when None), ``learned=False``
    uses the cue patterns only."""
    text, index, marks = doc_text(doc), SentenceIndex(doc), doc_marks(doc)
    model = (model or load_model()) if learned else None
    attributions = [past_dateline(doc, a) for a in find_attributions(doc, marks, patterns=patterns, model=model)]
    speakers = {a: speaker_of(a.subject, mentions) if a.subject_chars is None else
                phrase_speaker(doc, a.subject_chars, mentions) for a in attributions}
    quotes, used, titles = [], set(), []
    for pair in marks.pairs:
        span = trimmed(text, pair[0] + 1, pair[1])
        if span[0] >= span[1]:
            continue
        holder = _holder(attributions, *span)
        if holder is not None and _held_title(doc, span, holder):
            titles.append(pair)
        elif holder is not None:
            used.add(holder)
            quotes.append(_held_quote(doc, span, holder, speakers, marks.pairs))
        elif (free := free_quote(doc, marks, index, mentions, pair, span)) is not None:
            quotes.append(free)
    for a in attributions:
        if a not in used and not any(a.content_start <= s < a.content_end for s, e in marks.pairs
                                     if (s, e) not in titles) and not any(
                q.cue == a.cue and q.content_start <= a.content_start and a.content_end <= q.content_end
                for q in quotes):
            span = (a.content_start, through_closing_mark(text, a.content_end, titles))
            quotes.append(quote_record(text, *span, speakers[a], a.cue, "indirect", span,
                                       withheld=withheld(doc, a)))
    quotes.sort(key=lambda q: (q.start, q.end))
    return continued(doc, quotes, speakers, marks, mentions)


def _held_title(doc: Doc, span: tuple[int, int], holder: Attribution) -> bool:
    """True for quoted words inside a reported content, after some of it, that name a work
    (``free_quotes.names_work``: "said he would move his “Harbour Files” site" is reported speech
    naming a site, not a mixed quote)."""
    return holder.content_start < span[0] - 1 and names_work(doc, span)


def _holder(attributions: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The smallest attribution whose content holds the quoted words start..end."""
    holding = [a for a in attributions if a.content_start <= start and end <= a.content_end + 1]
    return min(holding, key=lambda a: a.content_end - a.content_start) if holding else None


def _outside_letters(text: str, a: Attribution, pairs: Sequence[tuple[int, int]], cue_char: int) -> int:
    """Letters and digits of an attribution's content outside every quote pair, less the stretch
    between two pairs that holds the cue itself ("“The bridge,” Lund said, “will stay open.”": the
    parser makes the cue a parenthetical inside the content it reports)."""
    inside = sorted((s, e) for s, e in pairs if s < a.content_end and e > a.content_start)
    gaps = [(e, s) for (_, e), (s, _) in zip(inside, inside[1:]) if e < cue_char < s]
    return sum(1 for i in range(a.content_start, a.content_end)
               if text[i].isalnum() and not any(s < i < e for s, e in inside + gaps))


#: The characters a quote pair's closing offset can hold (``marks.quote_mark_pairs``).
CLOSING_MARKS = frozenset({CLOSING, STRAIGHT, "'"})


def through_closing_mark(text: str, end: int, pairs: Sequence[tuple[int, int]]) -> int:
    """The end of a content that stops inside a quote pair, moved past the pair's closing mark when
    only marks and stops lie between ("called the plan “a disgrace.”": the content keeps its
    closing mark, not an open quote); ``end`` otherwise."""
    for start, close in pairs:
        if start < end <= close and text[close:close + 1] in CLOSING_MARKS and not any(
                c.isalnum() for c in text[end:close]):
            return close + (2 if text[close:close + 2] == TWO_APOSTROPHES else 1)
    return end


def _held_quote(doc: Doc, span: tuple[int, int], holder: Attribution, speakers: dict,
                pairs: Sequence[tuple[int, int]]) -> Quote:
    """A quote inside an attribution's content: direct when nothing of the content is outside
    quotation marks (the cue and its speaker between two quoted parts aside), else mixed."""
    text = doc_text(doc)
    direct = _outside_letters(text, holder, pairs, doc[holder.cue_start].idx) == 0
    content = span if direct else (holder.content_start, through_closing_mark(text, holder.content_end, pairs))
    return quote_record(text, *span, speakers[holder], holder.cue, "direct" if direct else "mixed", content,
                        withheld=withheld(doc, holder))
