"""The learned model's features of a mention for one engine (``target_features``).

To the engine-independent features of ``context`` they add the engine's scores: of the evidence,
the sentence and the mention's modifiers; the engine's word scores summed over the sentence's
words before / after the mention (scoring those two texts whole took about an eighth of the time
after parsing and did no better on the dev splits); the sentence's scores crossed with whose
words surround the mention; for TextBlob (``LEXICON_GAP_ENGINES``), the evaluative verbs and
nouns of ``context`` and its subjectivity of the sentence and of the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from spacy.tokens import Doc

from ..tables import check_engine
from .context import Context, span_context
from .doc_cache import DocCache
from .engines import polarity, subjectivity, word_polarities

#: Engines whose lexicon lacks the evaluative verbs and nouns (TextBlob's holds adjectives): their
#: models read ``evaluative_words`` and the engine's subjectivity. VADER's lexicon has those words
#: ("attack", "praise", "crisis"), and the features did not raise its dev macro-F1 (66.4 with,
#: 66.5 without), so its model stays as it was.
LEXICON_GAP_ENGINES = frozenset({"textblob"})


def _score_features(prefix: str, text: str, engine: str) -> dict[str, float]:
    """Positive and negative parts of the engine's score of ``text`` (two non-negative features)."""
    score = polarity(text, engine=engine) if text.strip() else 0.0
    return {f"{prefix}+": max(score, 0.0), f"{prefix}-": max(-score, 0.0)}


def _lexicon_features(words: Sequence[tuple[int, str]], *, engine: str) -> dict[str, float]:
    """Summed positive and negative word scores at each dependency distance from the head
    (``words``: distance and lower-case text of the alphabetic words near the head)."""
    features: dict[str, float] = {}
    for (distance, _word), score in zip(words, word_polarities((word for _, word in words), engine)):
        if score:
            name = f"w{distance}{'+' if score > 0 else '-'}"
            features[name] = features.get(name, 0.0) + abs(score)
    return features


def running_sums(words: Sequence[str], engine: str) -> tuple[list[float], ...]:
    """Summed positive and negative word scores of a sentence's words: of the first k words
    (``pos_before[k]``, ``neg_before[k]``) and of the words from k on (``pos_from[k]``,
    ``neg_from[k]``), for every k."""
    scores = word_polarities(words, engine)
    positive = [score if score > 0 else 0.0 for score in scores]
    negative = [-score if score < 0 else 0.0 for score in scores]
    return (list(accumulate(positive, initial=0.0)), list(accumulate(negative, initial=0.0)),
            list(accumulate(reversed(positive), initial=0.0))[::-1],
            list(accumulate(reversed(negative), initial=0.0))[::-1])


def _side_features(context: Context, engine: str) -> dict[str, float]:
    """Summed positive and negative word scores of the sentence's words before (``l+``, ``l-``)
    and after (``r+``, ``r-``) the span, each present only when non-zero."""
    sums = context.sentence.sums
    if engine not in sums:
        sums[engine] = running_sums(context.sentence.word_texts, engine)
    pos_before, neg_before, pos_from, neg_from = sums[engine]
    values = {"l+": pos_before[context.before], "l-": neg_before[context.before],
              "r+": pos_from[context.after], "r-": neg_from[context.after]}
    return {name: value for name, value in values.items() if value}


def _role_scores(role: str, scores: dict[str, float]) -> dict[str, float]:
    """Evidence scores crossed with the role (praise of a subject differs from praise of an object)."""
    return {f"{name}|{role}": value for name, value in scores.items() if value}


def engine_features(context: Context, engine: str) -> dict[str, float]:
    """The engine-dependent features of a span: scores of its texts and of the words near its head."""
    features: dict[str, float] = {"bias": 1.0}
    texts = dict(context.texts)
    sentence = _score_features("s", texts["s"], engine)
    features.update(sentence)
    evidence_scores = _score_features("e", texts["e"], engine)
    features.update(evidence_scores)
    features.update(_role_scores(context.role, evidence_scores))
    features.update(_lexicon_features(context.words, engine=engine))
    features.update(_score_features("m", texts["m"], engine))
    if engine in LEXICON_GAP_ENGINES:
        features.update(context.evaluative)
        features.update(_subjectivity_features(texts))
    side = _side_features(context, engine)
    features.update(side)
    if context.voice:
        around = {**sentence, **side}
        features.update({f"{name}|{context.voice}": value for name, value in around.items() if value})
    return features


def _subjectivity_features(texts: dict[str, str]) -> dict[str, float]:
    """TextBlob's subjectivity of the sentence and the evidence (``subj:s``, ``subj:e``): an
    evaluative statement differs from a neutral report even where the polarities cancel out."""
    values = {f"subj:{prefix}": subjectivity(texts[prefix]) or 0.0 if texts[prefix].strip() else 0.0
              for prefix in ("s", "e")}
    return {name: value for name, value in values.items() if value}


def _features(context: Context, engine: str) -> dict[str, float]:
    """All learned-model features of an analysed span for one engine."""
    return {**engine_features(context, engine), **context.shared}


def target_features(doc: Doc, start: int, end: int, *, engine: str = "textblob") -> dict[str, float]:
    """Return the sparse feature dict of the learned model for the span ``[start, end)``."""
    return _features(span_context(doc, start, end, DocCache(doc)), check_engine(engine))
