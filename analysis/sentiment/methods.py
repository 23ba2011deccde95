"""The sentiment towards the span ``[start, end)`` within its sentence, by one of two methods.

Method ``lexicon``: the target polarity is the engine's score of the evidence text (``target``).
Method ``learned`` (default): the learned model of the engine (``learned_model``) on the
mention's features (``features``). A lexicon score becomes a label with a neutral band
(``label_of``); the learned model has its own tuned neutral offset.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import errors
from ..tables import check_engine
from .context import span_context
from .doc_cache import DocCache
from .engines import polarity
from .features import target_features
from .learned_model import load_target_model, polarity_of

METHODS: tuple[str, ...] = ("learned", "lexicon")


def check_method(method: str) -> str:
    """Return ``method`` if it is one of ``METHODS``, else raise ``ValueError``."""
    if method not in METHODS:
        raise errors.ConfigurationError(errors.SENTIMENT_METHOD.format(method=method, known=", ".join(METHODS)))
    return method


def target_polarity(
    doc: Doc, start: int, end: int, *, engine: str = "textblob", method: str = "learned"
) -> float:
    """Return the sentiment in [-1, 1] towards the span ``[start, end)`` within its sentence."""
    check_engine(engine)
    if check_method(method) == "lexicon":
        return polarity(span_context(doc, start, end, DocCache(doc)).evidence, engine=engine)
    return polarity_of(load_target_model(engine).probabilities(target_features(doc, start, end, engine=engine)))


def target_label(
    doc: Doc, start: int, end: int, *, engine: str = "textblob", method: str = "learned",
    neutral_band: float = 0.0,
) -> str:
    """Return ``negative``/``neutral``/``positive`` towards the span; lexicon scores within
    ``±neutral_band`` count as neutral, the learned model uses its own tuned neutral offset."""
    if check_method(method) == "lexicon":
        return label_of(target_polarity(doc, start, end, engine=engine, method=method), neutral_band=neutral_band)
    return load_target_model(check_engine(engine)).label(target_features(doc, start, end, engine=engine))


def label_of(score: float, *, neutral_band: float = 0.0) -> str:
    """Map a polarity to a label: above ``neutral_band`` positive, below ``-neutral_band`` negative."""
    if score > neutral_band:
        return "positive"
    if score < -neutral_band:
        return "negative"
    return "neutral"
