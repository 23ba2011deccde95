"""Events in time: every event mention anchored to the time expression that dates it, related to the
publication date, and put in story order.

Events. Every event mention of the text (``analysis.events``: verbs, event nouns, predicative
adjectives; never auxiliaries or copulas), one row each, with its TimeML class, tense, aspect,
polarity and modality.

Anchoring, by syntax. A DATE/TIME expression (or a placed duration such as "two days later")
dates the event it attaches to in the dependency parse: the first event trigger above it ("resigned
on Friday", "surgery in early 2011", "Tuesday's ruling"), or the event noun right before it ("the
decision last week"). Walking up stops at a noun that is no event: "from $93 million a year
earlier" is a comparison base and dates nothing. So a reporting verb gets the date of the
reporting ("said Tuesday") and its content keeps its own ("In 2003 BP invested ..., it said": the
investing is 2003). Each event takes at most one expression, the nearest attached.

Carried dates. A sentence that continues a dated narrative ("Then ...", "Later, ...", "Afterwards
...") dates the event the marker modifies with the last date of the previous sentence; nothing
else borrows a date.

Relation to the publication date (``relation``): for a dated event, its interval against the
publication day (BEFORE, AFTER, OVERLAP); for an undated one, its tense and aspect (past, perfect
and past participles BEFORE; future, "planned" and modal "would/will" AFTER; present OVERLAP); an
event noun takes the relation of the verb that governs it.

Order. ``sort_date`` is an event's own date; an undated event keeps its narrative place: the sort
date of the event before it in the text (bounded by its relation: a past event never sorts after
the publication date, a future one never before it), without a date of its own (``dated`` False,
empty ``value``). ``story_order`` numbers the events by (sort date, text position).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from . import timex
from .event_lexicons import SUPPORT_VERBS
from .events import EventMention, event_mentions, is_event_noun, is_trigger
from .nlp import SentenceIndex, doc_text
from .records import Mention
from .vocabulary import PARTICIPANT_LABELS

DATED_TYPES = frozenset({"DATE", "TIME"})
#: Words that continue a dated narrative: the event they modify happens at the last date told.
CONTINUATION_WORDS = frozenset({"then", "later", "afterwards", "afterward", "subsequently", "thereafter"})
#: Prepositions that introduce the base of a comparison ("up from $3 million a year earlier").
COMPARISON_WORDS = frozenset({"from", "than", "versus", "vs.", "against"})
#: Coarse-to-fine rank of granularities, for the notebook's "granularity floor" parameter.
GRANULARITY_ORDER: tuple[str, ...] = (
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time",
)
_PAST_TENSES = frozenset({"PAST", "PASTPART"})


@dataclass(frozen=True)
class Event:
    """One event mention: its trigger, TimeML attributes, when it happened (if known), its relation
    to the publication date, who was involved, and its place in the story."""

    sentence_id: int
    start: int
    end: int
    timex_start: int | None
    timex_text: str
    trigger: str
    lemma: str
    event_class: str
    tense: str
    aspect: str
    polarity: str
    modality: str
    actors: tuple[str, ...]
    value: str
    granularity: str
    start_date: dt.date | None
    end_date: dt.date | None
    dated: bool
    relation: str
    sort_date: dt.date | None
    story_order: int
    text: str


def _adjacent_event_noun(span: Span) -> Token | None:
    """An event noun right before the expression, under the expression's head ("the decision last week")."""
    if span.start == 0:
        return None
    previous = span.doc[span.start - 1]
    head = span.root.head
    related = previous.head.i in (head.i, span.root.i) or head.is_ancestor(previous)
    return previous if is_event_noun(previous) and related else None


def find_trigger(span: Span) -> Token:
    """Walk up the parse from a time expression to the verb or event noun it dates (the sentence
    root when none is found; see ``anchor_token`` for the variant that can date nothing)."""
    return anchor_token(span) or span.sent.root


def anchor_token(span: Span) -> Token | None:
    """The event trigger a time expression dates, or ``None`` when it modifies something that is no
    event (a comparison base: "from $93 million a year earlier")."""
    adjacent = _adjacent_event_noun(span)
    if adjacent is not None:
        return adjacent
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token in span:
            continue
        if is_trigger(token):
            return _supported(token)
        if token.pos_ == "AUX" and _predicate(token) is not None:
            return _predicate(token)
        if token.pos_ in ("NOUN", "PROPN", "NUM") and token.ent_type_ not in ("DATE", "TIME"):
            return None
        if _comparison(token, span):
            return None
    return None


def _comparison(token: Token, span: Span) -> bool:
    """A comparison base on the way up: 'from $3 million a year earlier', 'than a year ago', 'compared
    with ...' (an expression that is itself the object of 'from' is a start, not a base)."""
    if token.lemma_ == "compare":
        return True
    return token.lower_ in COMPARISON_WORDS and not (span.root.head.i == token.i and span.root.dep_ == "pobj")


def _supported(verb: Token) -> Token:
    """A light verb's event-noun object ('underwent surgery', 'held talks'), which carries the event;
    any other trigger itself."""
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return verb
    return next((c for c in verb.children if c.dep_ == "dobj" and is_event_noun(c)), verb)


def _predicate(copula: Token) -> Token | None:
    """The event a copula carries: its adjectival predicate, if that is a trigger."""
    return next((c for c in copula.children if c.dep_ in ("acomp", "attr") and is_trigger(c)), None)


def _clause_tokens(trigger: Token) -> set[int]:
    """Token indices of the trigger's clause: its subtree, and for a noun also its governor's subject."""
    indices = {t.i for t in trigger.subtree}
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.i != trigger.i:
        governor = trigger.head
        while governor.pos_ == "ADP" and governor.head.i != governor.i:
            governor = governor.head
        indices |= {child_token.i for child in governor.children
                    if child.dep_ in {"nsubj", "nsubjpass", "agent"} for child_token in child.subtree}
    return indices


def actor_roots(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[int, str]]:
    """(root token index, canonical actor) of every actor mention, computed once per Doc."""
    roots = []
    for mention in mentions:
        if mention.label in PARTICIPANT_LABELS and mention.actor:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                roots.append((span.root.i, mention.actor))
    return roots


def _actors_in_clause(trigger: Token, roots: Sequence[tuple[int, str]]) -> tuple[str, ...]:
    """Actors whose mention root lies in the trigger's clause, in order of first mention."""
    if not roots:
        return ()
    indices = _clause_tokens(trigger)
    return tuple(dict.fromkeys(actor for index, actor in roots if index in indices))


def involved_actors(trigger: Token, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """Canonical actors mentioned in the trigger's clause, in order of first mention."""
    return _actors_in_clause(trigger, actor_roots(trigger.doc, mentions))


def _anchors(doc: Doc, timexes: Sequence[object]) -> dict[int, object]:
    """Trigger token index -> the time expression attached to it: one that dates it (a placed one)
    before a duration, a set or a vague reference ("for five years", "every quarter", "now"), which
    link the event without dating it; the nearest among equals."""
    found: dict[int, object] = {}
    for expression in timexes:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        token = anchor_token(span) if span is not None else None
        if token is None:
            continue
        held = found.get(token.i)
        if held is None or _closer(expression, held, token.idx):
            found[token.i] = expression
    return found


def _closer(expression: object, held: object, at: int) -> bool:
    """Whether ``expression`` anchors an event at offset ``at`` better than ``held``: dated first, then nearer."""
    return (expression.start_date is None, abs(expression.start - at)) < (held.start_date is None, abs(held.start - at))


_CONTINUATION = re.compile(rf"(?i)\b(?:{'|'.join(sorted(CONTINUATION_WORDS))})\b")


def _carried(doc: Doc, index: SentenceIndex, dated: dict[int, object]) -> dict[int, object]:
    """Events a continuation word modifies ("Then the army withdrew") -> the last expression dating
    an event of the previous sentence."""
    markers = [m.start() for m in _CONTINUATION.finditer(doc_text(doc))]
    if not markers:
        return {}
    last_in_sentence: dict[int, object] = {}
    for i, expression in sorted(dated.items()):
        if expression.start_date is not None:
            last_in_sentence[index.at(doc[i].idx)] = expression
    carried: dict[int, object] = {}
    for start in markers:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        token = span[0] if span is not None else None
        if token is None or token.dep_ != "advmod" or not is_trigger(token.head):
            continue
        previous = last_in_sentence.get(index.at(token.idx) - 1)
        if previous is not None and token.head.i not in dated:
            carried[token.head.i] = previous
    return carried


def tense_relation(mention: EventMention) -> str:
    """Relation of an undated event to the publication date from its tense, aspect and modality."""
    if mention.tense == "FUTURE" or mention.modality in ("planned", "would", "will"):
        return "AFTER"
    if mention.tense in _PAST_TENSES or mention.aspect in ("PERFECTIVE", "PERFECTIVE_PROGRESSIVE"):
        return "BEFORE"
    if mention.tense in ("PRESENT", "PRESPART"):
        return "OVERLAP"
    return ""


def date_relation(start: dt.date, end: dt.date, published: dt.date | None) -> str:
    """Relation of a dated interval to the publication day."""
    if published is None:
        return ""
    return "BEFORE" if end < published else ("AFTER" if start > published else "OVERLAP")


def _governing_relation(token: Token, relations: dict[int, str]) -> str:
    """A noun event's relation: that of the first verb event above it."""
    head = token.head
    while head.i != head.head.i and head.i not in relations:
        head = head.head
    return relations.get(head.i, "")


def _event(mention: EventMention, token: Token, timex: object | None, *, relation: str,
           roots: Sequence[tuple[int, str]], index: SentenceIndex, texts: list[str]) -> Event:
    """The Event row of a mention, dated by ``timex`` when given (``texts``: the sentences' texts)."""
    sentence_id = index.at(mention.start)
    linked = timex is not None
    return Event(
        sentence_id=sentence_id, start=mention.start, end=mention.end,
        timex_start=timex.start if linked else None, timex_text=timex.text if linked else "",
        trigger=mention.trigger, lemma=mention.lemma, event_class=mention.event_class, tense=mention.tense,
        aspect=mention.aspect, polarity=mention.polarity, modality=mention.modality,
        actors=_actors_in_clause(token, roots), value=timex.value if linked else "",
        granularity=timex.granularity if linked else "", start_date=timex.start_date if linked else None,
        end_date=timex.end_date if linked else None, dated=linked and timex.start_date is not None,
        relation=relation, sort_date=None, story_order=0, text=texts[sentence_id],
    )


def extract_events(doc: Doc, timexes: Sequence[object], mentions: Sequence[Mention], *,
                   published: dt.date | None = None) -> list[Event]:
    """Every event mention of ``doc``, anchored, related to ``published`` and in story order."""
    roots, index = actor_roots(doc, mentions), SentenceIndex(doc)
    found = event_mentions(doc)
    dated = _anchors(doc, timexes)
    dated.update(_carried(doc, index, dated))
    relations = {m.i: tense_relation(m) for m in found if m.pos != "NOUN"}
    text = doc_text(doc)
    texts = [text[s.start_char:s.end_char].strip() for s in index.sentences]
    events = []
    for m in found:
        timex, token = dated.get(m.i), doc[m.i]
        if timex is not None and timex.start_date is not None:
            relation = date_relation(timex.start_date, timex.end_date or timex.start_date, published)
        else:
            relation = relations.get(m.i) or _governing_relation(token, relations)
        events.append(_event(m, token, timex, relation=relation, roots=roots, index=index, texts=texts))
    return order_events(events, published=published)


def headline_events(headline: Doc | None, *, published: dt.date | None = None) -> list[Event]:
    """Events of the headline (``sentence_id`` -1, offsets into the headline): dated by a time
    expression of the headline, else anchored to the publication date (a headline tells the news of
    the day: "Putin Visits Kursk Region"). ``story_order`` is left to the caller's ordering."""
    if headline is None or not headline.text.strip():
        return []
    found = extract_events(headline, timex.tag_doc(headline, anchor=published), [], published=published)
    return [replace(e, sentence_id=-1) if e.dated or published is None else
            replace(e, sentence_id=-1, value=published.isoformat(), granularity="day", start_date=published,
                    end_date=published, dated=True, relation="OVERLAP", sort_date=published)
            for e in found]


def article_events(doc: Doc, timexes: Sequence[object], mentions: Sequence[Mention], *,
                   headline: Doc | None = None, published: dt.date | None = None) -> list[Event]:
    """The events of an article's headline and body, numbered together in story order (a headline
    event before a body event of the same sort date)."""
    every = headline_events(headline, published=published) + extract_events(doc, timexes, mentions,
                                                                            published=published)
    far = dt.date.max
    ranked = sorted(every, key=lambda e: (e.sort_date or far, e.sentence_id >= 0, e.start))
    return [replace(event, story_order=rank) for rank, event in enumerate(ranked)]


def _sort_dates(events: Sequence[Event], published: dt.date | None) -> list[dt.date | None]:
    """Each event's sort date (text order in, same order out): its own date, else the previous
    event's in the text bounded by its relation to the publication date."""
    dates: list[dt.date | None] = []
    previous: dt.date | None = None
    for event in events:
        if event.dated:
            previous = event.start_date
            dates.append(previous)
            continue
        own = previous
        if published is not None and event.relation == "OVERLAP":
            own = published
        elif published is not None and own is not None:
            if event.relation == "BEFORE" and own > published:
                own = published
            elif event.relation == "AFTER" and own < published:
                own = published
        dates.append(own)
    following = next((d for d in dates if d is not None), published)
    return [d if d is not None else following for d in dates]


def order_events(events: Sequence[Event], *, published: dt.date | None = None) -> list[Event]:
    """Events in story order with their ``sort_date`` and ``story_order`` (text order breaks ties)."""
    in_text = sorted(events, key=lambda e: (e.start, e.timex_start if e.timex_start is not None else -1))
    keys = _sort_dates(in_text, published)
    far = dt.date.max
    ranked = sorted(zip(keys, in_text), key=lambda pair: (pair[0] or far, pair[1].start))
    return [replace(event, sort_date=key, story_order=rank) for rank, (key, event) in enumerate(ranked)]


def granularity_at_least(granularity: str, floor: str) -> bool:
    """True when ``granularity`` is at least as fine as ``floor`` (unknown ones pass)."""
    if granularity not in GRANULARITY_ORDER or floor not in GRANULARITY_ORDER:
        return True
    return GRANULARITY_ORDER.index(granularity) >= GRANULARITY_ORDER.index(floor)


#: Classes whose clausal complement is an event told about, believed or perceived: its past lies
#: before the telling ("said the talks had failed"), its future after it ("said it would close").
FRAMING_CLASSES = frozenset({"REPORTING", "PERCEPTION", "I_STATE", "I_ACTION"})
#: Subordinators that order the clause they introduce against the main event.
ORDER_SIGNALS = {"after": "AFTER", "before": "BEFORE", "following": "AFTER", "until": "BEFORE", "since": "AFTER"}


def _span_days(event: Event, published: dt.date | None) -> tuple[float, float] | None:
    """An event's time in days (half-open): its dates, or the side of the publication day its relation
    gives (a past event may still fall on that day, so BEFORE reaches into it and AFTER starts in it)."""
    if event.dated and event.start_date is not None:
        return float(event.start_date.toordinal()), float((event.end_date or event.start_date).toordinal() + 1)
    if published is None or not event.relation:
        return None
    day = float(published.toordinal())
    return {"BEFORE": (-math.inf, day + 0.4), "AFTER": (day + 0.6, math.inf), "OVERLAP": (day, day + 1.0)}[
        event.relation]


def _by_dates(a: Event, b: Event, published: dt.date | None) -> str:
    """BEFORE / AFTER when the two events' spans do not overlap, else ''."""
    first, second = _span_days(a, published), _span_days(b, published)
    if first is None or second is None:
        return ""
    return "BEFORE" if first[1] <= second[0] else ("AFTER" if second[1] <= first[0] else "")


def _framed(event: Event) -> str:
    """How a framed event relates to its frame ('said'): past or perfect before, future or modal after."""
    if event.tense == "FUTURE" or event.modality in ("would", "will", "planned"):
        return "AFTER"
    if event.tense in _PAST_TENSES or event.aspect in ("PERFECTIVE", "PERFECTIVE_PROGRESSIVE"):
        return "BEFORE"
    return ""


def _by_syntax(token: Token, other: Token, event: Event) -> str:
    """The relation of ``event`` (at ``token``) to the event at ``other`` that governs it: a framed
    complement ('said it had lost'), an open complement ('agreed to sell'), a later conjunct
    ('arrived and met'), or a clause under an ordering signal ('left after the talks failed')."""
    if token.head.i != other.i:
        return _by_signal(token, other)
    if token.dep_ == "ccomp":
        return _framed(event)
    if token.dep_ == "xcomp" or (token.dep_ == "acl" and any(c.lower_ == "to" for c in token.children)):
        return "AFTER"  # an open or infinitival complement is realised after what introduces it ("agreed to sell")
    if token.dep_ == "conj" and token.pos_ == "VERB" and other.pos_ == "VERB":
        return "AFTER"  # coordinated verbs are told in the order they happened ("arrived and met")
    return _by_signal(token, other)


def _by_signal(token: Token, other: Token) -> str:
    """A clause under an ordering signal: 'left after the talks failed' (the talks before)."""
    signal = next((c.lower_ for c in token.children if c.dep_ in ("mark", "prep") and c.lower_ in ORDER_SIGNALS), "")
    if token.dep_ == "advcl" and token.head.i == other.i and signal:
        return {"AFTER": "BEFORE", "BEFORE": "AFTER"}[ORDER_SIGNALS[signal]]
    if token.dep_ == "pobj" and token.head.lower_ in ORDER_SIGNALS and token.head.head.i == other.i:
        return {"AFTER": "BEFORE", "BEFORE": "AFTER"}[ORDER_SIGNALS[token.head.lower_]]
    return ""


def pair_relations(doc: Doc, events: Sequence[Event], *, published: dt.date | None = None
                   ) -> dict[tuple[int, int], str]:
    """(i, j) -> BEFORE / AFTER for the pairs of ``events`` (indices into it) the chronology orders:
    by their dates or sides of the publication date, and within a sentence by syntax (a past
    complement of 'said' before the saying, a clause after 'after' before the main event)."""
    at = {event.start: i for i, event in enumerate(events)}
    tokens = {i: doc.char_span(e.start, e.end, alignment_mode="expand") for i, e in enumerate(events)}
    found: dict[tuple[int, int], str] = {}
    for i, span in tokens.items():
        if span is None:
            continue
        root = span.root
        governor = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ORDER_SIGNALS else root.head
        j = at.get(governor.idx)
        if j is not None and j != i and tokens[j] is not None:
            relation = _by_syntax(span.root, tokens[j].root, events[i])
            if relation and (events[j].event_class in FRAMING_CLASSES or span.root.dep_ != "ccomp"):
                found[(i, j)] = relation
    found.update(_narrative(events, tokens))
    return found


def _narrative(events: Sequence[Event], tokens: dict[int, Span | None]) -> dict[tuple[int, int], str]:
    """Main events of consecutive sentences told in the simple past move the story forward (the
    narrative convention of past-tense news): the first BEFORE the second. Not for reports and
    states, which do not advance the story."""
    mains = {}
    for i, event in enumerate(events):
        span = tokens[i]
        if span is not None and span.root.dep_ == "ROOT" and event.tense == "PAST" and event.aspect == "NONE" \
                and event.event_class not in ("REPORTING", "STATE", "I_STATE") and event.sentence_id >= 0:
            mains.setdefault(event.sentence_id, i)
    return {(i, mains[sentence + 1]): "BEFORE" for sentence, i in mains.items() if sentence + 1 in mains}


def order_of(i: int, j: int, events: Sequence[Event], pairs: dict[tuple[int, int], str],
             published: dt.date | None) -> str:
    """BEFORE / AFTER / '' for events ``i`` and ``j``: the syntactic relation, else their dates."""
    inverse = {"BEFORE": "AFTER", "AFTER": "BEFORE"}
    if (i, j) in pairs:
        return pairs[(i, j)]
    if (j, i) in pairs:
        return inverse[pairs[(j, i)]]
    return _by_dates(events[i], events[j], published)
