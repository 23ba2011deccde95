"""Events and their order: which happening each time expression dates, and the story put in order.

Method. For every time expression of type DATE or TIME with a resolved interval, the *trigger* is
found by walking up the dependency parse from the expression's root token to the first verb, or
to the first noun that names an event (a deverbal noun such as "invasion", "decision", "briefing",
or a common news event noun such as "talks", "visit", "attack"). The actors involved are the
canonical actors mentioned in the trigger's clause: the trigger's subtree, and for a noun trigger
also its possessor and the clause of its governing verb. A sentence with no dated expression
still reports its main event (the root verb) as an *undated* event.

Order. Dated events are sorted by ``start_date`` (then ``end_date``, then position in the text).
An undated event keeps its narrative position: it takes the sort date of the nearest dated event
before it in the text (or after it, at the start of the article), so "By then, Russian forces were
…" stays next to the event that "then" refers to. Durations and sets are not points on a
timeline and produce no events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .nlp import SentenceIndex
from .records import Mention
from .vocabulary import PARTICIPANT_LABELS

DATED_TYPES = frozenset({"DATE", "TIME"})
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "ure", "al", "ade", "ict", "ist")
EVENT_NOUNS = frozenset({
    "talk", "talks", "visit", "attack", "war", "election", "meeting", "strike", "summit", "vote",
    "deal", "trial", "protest", "raid", "offensive", "ceasefire", "cease-fire", "truce", "crash",
    "storm", "fire", "speech", "interview", "conference", "agreement", "launch", "release", "sale",
    "merger", "ban", "shooting", "battle", "campaign", "match", "game", "race", "rally", "death",
    "arrest", "capture", "invasion", "operation", "hearing", "ruling", "verdict", "visit", "tour",
})
#: Coarse-to-fine rank of granularities, for the notebook's "granularity floor" parameter.
GRANULARITY_ORDER: tuple[str, ...] = (
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time",
)


@dataclass(frozen=True)
class Event:
    """One event: its trigger, when it happened (if known) and who was involved."""

    sentence_id: int
    start: int
    timex_start: int | None
    timex_text: str
    trigger: str
    actors: tuple[str, ...]
    value: str
    granularity: str
    start_date: dt.date | None
    end_date: dt.date | None
    dated: bool
    text: str


def is_event_noun(token: Token) -> bool:
    """True for nouns that name a happening (deverbal suffix or a common news event noun)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = token.lemma_.lower()
    return lemma in EVENT_NOUNS or (len(lemma) > 5 and lemma.endswith(EVENT_SUFFIXES))


def _adjacent_event_noun(span: Span) -> Token | None:
    """An event noun right before the expression, under the expression's head ("the decision last week")."""
    if span.start == 0:
        return None
    previous = span.doc[span.start - 1]
    head = span.root.head
    related = previous.head.i in (head.i, span.root.i) or head.is_ancestor(previous)
    return previous if is_event_noun(previous) and related else None


def find_trigger(span: Span) -> Token:
    """Walk up the parse from the time expression to the verb or event noun it dates.

    The parser often attaches a bare time noun phrase to the clause's verb even when it modifies
    the event noun just before it ("the decision last week angered …"); such a noun wins.
    """
    adjacent = _adjacent_event_noun(span)
    if adjacent is not None:
        return adjacent
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"} or is_event_noun(token):
            return token
    return span.sent.root


def _clause_tokens(trigger: Token) -> set[int]:
    """Token indices of the trigger's clause (see module docstring)."""
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
    indices = _clause_tokens(trigger)
    return tuple(dict.fromkeys(actor for index, actor in roots if index in indices))


def involved_actors(trigger: Token, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """Canonical actors mentioned in the trigger's clause, in order of first mention."""
    return _actors_in_clause(trigger, actor_roots(trigger.doc, mentions))


def dated_event(doc: Doc, timex: object, roots: Sequence[tuple[int, str]],
                index: SentenceIndex) -> Event | None:
    """The event a DATE/TIME expression dates, or None for durations, sets and unresolved values."""
    if getattr(timex, "type") not in DATED_TYPES or getattr(timex, "start_date") is None:
        return None
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    sentence_id = index.at(timex.start)
    trigger = find_trigger(span)
    return Event(
        sentence_id=sentence_id, start=trigger.idx, timex_start=timex.start, timex_text=timex.text,
        trigger=trigger.text, actors=_actors_in_clause(trigger, roots), value=timex.value,
        granularity=timex.granularity, start_date=timex.start_date, end_date=timex.end_date,
        dated=True, text=index.sentences[sentence_id].text.strip(),
    )


def undated_event(sentence_id: int, sent: Span, roots: Sequence[tuple[int, str]]) -> Event | None:
    """The main event of a sentence without a dated expression (its root verb), if it has one."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    return Event(
        sentence_id=sentence_id, start=root.idx, timex_start=None, timex_text="", trigger=root.text,
        actors=_actors_in_clause(root, roots), value="", granularity="", start_date=None,
        end_date=None, dated=False, text=sent.text.strip(),
    )


def _sort_dates(events: Sequence[Event]) -> list[dt.date | None]:
    """Each event's sort date: its own, else the previous dated one's in text order, else the next's."""
    dates: list[dt.date | None] = []
    previous: dt.date | None = None
    for event in events:
        previous = event.start_date if event.dated else previous
        dates.append(previous)
    following = next((d for d in dates if d is not None), None)
    return [d if d is not None else following for d in dates]


def order_events(events: Sequence[Event]) -> list[Event]:
    """Sort events into story order (see module docstring); text order breaks ties."""
    in_text = sorted(events, key=lambda e: (e.start, e.timex_start or -1))
    keys = _sort_dates(in_text)
    far = dt.date.max
    ranked = sorted(
        zip(keys, in_text),
        key=lambda pair: (pair[0] or far, pair[1].end_date or pair[0] or far, pair[1].start),
    )
    return [event for _, event in ranked]


def extract_events(doc: Doc, timexes: Sequence[object], mentions: Sequence[Mention]) -> list[Event]:
    """Dated events for each resolved DATE/TIME expression, plus undated sentences' main events."""
    roots, index = actor_roots(doc, mentions), SentenceIndex(doc)
    dated = [e for e in (dated_event(doc, t, roots, index) for t in timexes) if e is not None]
    dated_sentences = {e.sentence_id for e in dated}
    undated = [
        e for number, sent in enumerate(index.sentences)
        if number not in dated_sentences and (e := undated_event(number, sent, roots)) is not None
    ]
    return order_events(dated + undated)


def granularity_at_least(granularity: str, floor: str) -> bool:
    """True when ``granularity`` is at least as fine as ``floor`` (unknown ones pass)."""
    if granularity not in GRANULARITY_ORDER or floor not in GRANULARITY_ORDER:
        return True
    return GRANULARITY_ORDER.index(granularity) >= GRANULARITY_ORDER.index(floor)
