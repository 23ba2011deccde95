"""The ``mention_sentiment`` rows: the sentiment towards each mention of an actor, by engine.

Each mention gets a row with its role (``target``: subject, object, mentioned); ``speaker`` rows
are the text of each quote credited to the actor; the subject of that quote's own speech verb
("…,” Mr. Putin said") gets no subject row.

``mention_sentiment_all`` scores every engine in one pass: each mention's syntax (head, role,
evidence, distances, lemma bags) is analysed once (``context``) and only the engine scores are
computed per engine. ``mention_sentiment`` is the same pass for one engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import sentence_of
from ..records import Mention, Quote
from ..tables import ENGINES, check_engine
from .context import Context, span_context
from .doc_cache import DocCache
from .engines import polarity
from .features import engine_features
from .learned_model import joint_model
from .methods import check_method
from .target import governor, role_of, span_head, span_tokens


@dataclass(frozen=True)
class MentionSentiment:
    """Sentiment towards (or, for ``speaker`` rows, expressed by) an actor at one place in the text.

    ``start``/``end`` are the mention's offsets (the quote's for ``speaker`` rows); ``evidence`` is
    the text that was scored, so a reader can check the number.
    """

    start: int
    end: int
    actor: str
    role: str
    polarity: float
    evidence: str


def _context_polarities(contexts: Sequence[Context], engines: Sequence[str], method: str) -> list[list[float]]:
    """The target polarity of each analysed span (``target_polarity`` without re-analysing it),
    one list per engine; the learned models of all engines score each span in one pass."""
    if method == "lexicon":
        return [[polarity(context.evidence, engine=engine) for context in contexts] for engine in engines]
    joint = joint_model(tuple(engines))
    per_span = [joint.polarities([engine_features(context, engine) for engine in engines], context.shared)
                for context in contexts]
    return [list(values) for values in zip(*per_span)] if per_span else [[] for _ in engines]


def _speaker_row(quote: Quote, *, engine: str) -> MentionSentiment:
    """Score a quote's own words as the ``speaker`` sentiment of the actor who said them."""
    return MentionSentiment(
        start=quote.start,
        end=quote.end,
        actor=str(quote.speaker),
        role="speaker",
        polarity=polarity(quote.quote, engine=engine),
        evidence=quote.quote,
    )


def introduces_own_quote(doc: Doc, mention: Mention, quotes: Sequence[Quote]) -> bool:
    """True when the mention is the subject of the speech verb of its own quote in that sentence.

    "…,” Mr. Putin said." is scored once, as the ``speaker`` row of the quote: the subject row
    would only score the word "said" and dilute the actor's ``subject`` sentiment.
    """
    head = span_head(span_tokens(doc, mention.start, mention.end))
    return _introduces_quote(head, role_of(head), mention, quotes)


def _introduces_quote(head: Token, role: str, mention: Mention, quotes: Sequence[Quote]) -> bool:
    """``introduces_own_quote`` for a mention with head ``head`` and role ``role``."""
    verb = governor(head)
    if verb is None or role != "subject":
        return False
    sentence = sentence_of(head.doc, head.i)
    return any(
        quote.speaker == mention.actor and quote.cue and {verb.lemma_.lower(), verb.lower_} & set(quote.cue.split())
        and quote.start < sentence.end_char and quote.end > sentence.start_char - 200
        for quote in quotes
    )


def mention_sentiment_all(
    doc: Doc, mentions: Sequence[Mention], quotes: Sequence[Quote], *,
    engines: Sequence[str] = ENGINES, method: str = "learned",
) -> dict[str, list[MentionSentiment]]:
    """``mention_sentiment`` for several engines in one pass: each mention's syntax, evidence and
    lemma features are computed once and only the engine scores per engine."""
    engines = [check_engine(engine) for engine in engines]
    check_method(method)
    cache = DocCache(doc)
    contexts = [(m, span_context(doc, m.start, m.end, cache)) for m in mentions]
    kept = [(m, c) for m, c in contexts if not _introduces_quote(c.head, c.role, m, quotes)]
    result = {}
    polarities = _context_polarities([c for _, c in kept], engines, method)
    for engine, values in zip(engines, polarities):
        rows = [MentionSentiment(m.start, m.end, m.actor, c.role, value, c.evidence)
                for (m, c), value in zip(kept, values)]
        rows += [_speaker_row(q, engine=engine) for q in quotes if q.speaker]
        result[engine] = sorted(rows, key=lambda r: (r.start, r.end, r.role, r.actor))
    return result


def mention_sentiment(
    doc: Doc, mentions: Sequence[Mention], quotes: Sequence[Quote], *,
    engine: str = "textblob", method: str = "learned",
) -> list[MentionSentiment]:
    """Return one row per mention (role subject/object/mentioned) and one ``speaker`` row per
    quote credited to an actor, sorted by position."""
    return mention_sentiment_all(doc, mentions, quotes, engines=(engine,), method=method)[engine]
