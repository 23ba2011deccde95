"""The lexicon engines: the score of a piece of text.

Two lexicon engines score a piece of text: ``textblob`` (TextBlob's pattern lexicon of mostly
adjectives: polarity in [-1, 1] and subjectivity in [0, 1]) and ``vader`` (vaderSentiment's
``compound`` score in [-1, 1], a lexicon of words, emoticons and slang with rules for negation,
intensifiers, "but" and capitals; no subjectivity). ``polarity(text, engine=...)`` is the raw
engine score; ``sentence_sentiment`` scores every spaCy sentence of a Doc.

Engine scores are memoised per text and per single word (``word_polarities``); ``analysis.lexicons``
computes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .. import lexicons
from ..nlp import doc_text, sentences
from ..tables import check_engine


@lru_cache(maxsize=1 << 16)
def _engine_scores(text: str, engine: str) -> tuple[float, float | None]:
    """(polarity, subjectivity) of ``text``, cached: the same clause or sentence is scored often.

    ``analysis.lexicons`` gives the libraries' numbers (``TextBlob(text).sentiment``, VADER's
    ``polarity_scores(text)["compound"]``) with less work per text.
    """
    if engine == "vader":
        return lexicons.vader_compound(text), None
    return lexicons.textblob_scores(text)


def clear_score_caches() -> None:
    """Forget every memoised engine score, so the next texts are scored afresh (benchmarks use
    it to time a cold analysis in a warm process)."""
    _engine_scores.cache_clear()
    _WORD_SCORES.clear()
    lexicons.clear_caches()


def polarity(text: str, *, engine: str = "textblob") -> float:
    """Return the polarity of ``text`` in [-1, 1]: TextBlob's polarity or VADER's compound."""
    return _engine_scores(text, check_engine(engine))[0]


def subjectivity(text: str, *, engine: str = "textblob") -> float | None:
    """Return TextBlob's subjectivity in [0, 1]; ``None`` for VADER, which has none."""
    return _engine_scores(text, check_engine(engine))[1]


@dataclass(frozen=True)
class SentenceSentiment:
    """The engine's score of one sentence (character offsets into the Doc text)."""

    start: int
    end: int
    polarity: float
    subjectivity: float | None


def sentence_sentiment(doc: Doc, *, engine: str = "textblob") -> list[SentenceSentiment]:
    """Score every sentence of a parsed Doc with one engine, in document order."""
    check_engine(engine)
    text = doc_text(doc)
    scored = []
    for sent in sentences(doc):
        score, subjective = _engine_scores(text[sent.start_char: sent.end_char], engine)
        scored.append(SentenceSentiment(sent.start_char, sent.end_char, score, subjective))
    return scored


_WORD_SCORES: dict[str, dict[str, float]] = {}


def word_polarities(words: Iterable[str], engine: str) -> list[float]:
    """The engine's score of each single word, memoised per engine (words repeat across sentences)."""
    known = _WORD_SCORES.setdefault(engine, {})
    scores = []
    for word in words:
        score = known.get(word)
        if score is None:
            score = known[word] = polarity(word, engine=engine)
        scores.append(score)
    return scores
