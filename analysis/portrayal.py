"""How an article portrays each of its actors: a calibrated label, score and evidence per actor.

The mention level (``analysis.sentiment``) scores the words tied to each mention. An article's
portrayal of an actor is more than their mean: the mean is biased negative (0 is not neutral), a
quote about the actor is someone else's stance, the actor's own words are not the author's
judgement, and the headline and the place of the actor in the article matter. So the mention
rows of one actor are kept apart in three voices:

- ``author``: the actor's mentions in the author's own sentences (roles subject, object, mentioned,
  outside any quotation);
- ``quoted``: mentions inside a quotation whose speaker is someone else (what others are quoted as
  saying about the actor);
- ``speaker``: the actor's own quoted words.

``actor_features`` turns them, with the whole sentences around the actor's mentions, the headline
(is the actor named there, and its tone) and the article's overall tone (sums of its sentences'
scores, and VADER's reading of the whole article: its compound score, mean sentence score and
shares of positive and negative sentences), and the sentence-tone model's reading
(``analysis.tone``, trained on NewsMTSC's sentences: the tone toward the actor, their mentions
masked, of the actor's sentences, of the whole article and of its first paragraph, and the shares
of sentences it reads as positive and negative) and the paragraph-tone model's reading of the
article's paragraphs (``paragraph_features``: the same summaries over paragraphs, by a model of
PerSenT's paragraph labels, ``tone.load_paragraph_model``), into one fixed feature vector per actor.
A multinomial logistic regression (``analysis/models/portrayal.json``, trained by
``benchmarks/train_portrayal.py`` on PerSenT's dev split, deterministic; its L1 penalty chooses
which of the features it reads, the model naming them) turns it into
P(negative), P(neutral), P(positive), calibrated to PerSenT's readers (who call 53% of main
entities' portrayals positive, 37% neutral, 10% negative). The ``score`` reads them with those base
rates divided out (``PortrayalModel.even``): P(positive) − P(negative), so 0 means the evidence
leans neither way (``benchmarks/portrayal.py`` prints its cross-validated mean per readers' label:
about 0 for neutral). The ``label`` is read from the score, never apart from it: negative below the
model's ``neutral_band`` (low, high), positive above it, neutral inside; the band holds 0 and is
chosen at training by grouped cross-validation (``benchmarks/train_portrayal.py``). So a positive
label always has a positive score, a negative label a negative one, and a score of 0 is neutral.

Weak evidence pulls toward neutral: the score is multiplied by ``e / (e + evidence_half)``, where
``e`` is the actor's evidence (``ActorInput.support``: the summed absolute scores of the sentences
where the author or someone quoted speaks of the actor). An actor heard only in their own words, or
named only in neutral sentences, has little or no evidence, so the article's general tone (which the
model reads for every actor) cannot make them positive or negative by itself. ``evidence_half`` (the
evidence at which half the score is kept; 0 keeps it whole) is chosen with the band by the same
cross-validation, and the label is read from the shrunk score, so they still agree.
The model is applied with numpy
(weights as JSON; no scikit-learn at run time).

The ``evidence`` lists the sentences that weigh most for the actor (largest absolute mention
polarity, mean of both engines), each as ``s<sentence id> <voice> <score>: <text>``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import errors, lexicons, tone
from .model_files import read_weights, softmax, without_priors
from .tables import ENGINES
from .tone import load_tone_model
from .vocabulary import SENTIMENT_LABELS as LABELS

VOICES: tuple[str, ...] = ("author", "quoted", "speaker")
PORTRAYAL_MODEL_PATH: Path = Path(__file__).resolve().parent / "models" / "portrayal.json"
EVIDENCE_SENTENCES = 3
EVIDENCE_CHARS = 220
_WORD = re.compile(r"[A-Z][\w’'.-]+")
_WORDS = re.compile(r"\w+")
#: VADER's own band for a neutral compound score (its documentation's ±0.05).
VADER_NEUTRAL = 0.05


@dataclass(frozen=True)
class ActorPortrayal:
    """One actor's portrayal in one article (see the module docstring for the columns)."""

    actor: str
    label: str
    score: float
    p_negative: float
    p_neutral: float
    p_positive: float
    n_mentions: int
    n_sentences: int
    author_score: float
    n_author: int
    quoted_score: float
    n_quoted: int
    speaker_score: float
    n_speaker: int
    in_headline: bool
    evidence: str


# --------------------------------------------------------------------------- voices


def _inside(start: int, end: int, quotes: Sequence[Mapping]) -> Mapping | None:
    """The quote whose span holds ``[start, end)``, or ``None``."""
    for quote in quotes:
        if quote["start"] <= start and end <= quote["end"]:
            return quote
    return None


def voice_of(row: Mapping, quotes: Sequence[Mapping]) -> tuple[str, str]:
    """(voice, who) of a mention-sentiment row: ``speaker`` for the actor's own quoted words,
    ``quoted`` (with the speaker's name) for a mention inside someone else's quotation,
    ``author`` otherwise."""
    if row["role"] == "speaker":
        return "speaker", str(row["actor"])
    quote = _inside(int(row["start"]), int(row["end"]), quotes)
    if quote is None:
        return "author", ""
    speaker = quote.get("speaker") or ""
    if speaker == row["actor"]:
        return "speaker", str(speaker)
    return "quoted", str(speaker)


def in_headline(headline: str, actor: str, aliases: str) -> bool:
    """True when the headline names the actor: one of its aliases, or its last name word, as a
    run of whole words."""
    if not headline:
        return False
    words = _words(headline)
    names = [a for a in str(aliases or "").split(";") if a.strip()] + [actor]
    last = _WORD.findall(actor)
    if last:
        names.append(last[-1])
    for name in names:
        run = _words(name)
        if len("".join(run)) > 2 and any(words[i: i + len(run)] == run for i in range(len(words) - len(run) + 1)):
            return True
    return False


def _words(text: str) -> tuple[str, ...]:
    """The runs of word characters of ``text``."""
    return tuple(_WORDS.findall(text))


# --------------------------------------------------------------------------- features

#: The (voice, engine) pairs whose mention statistics are computed: every pair (the model's L1
#: penalty chooses among all of them).
_STATS: tuple[tuple[str, str], ...] = tuple((voice, engine) for voice in VOICES for engine in ENGINES)


def _stats(prefix: str, values: Sequence[float]) -> dict[str, float]:
    """Mean and the shares of clearly positive and negative values (beyond ±0.2) of ``values``."""
    if not values:
        return {f"{prefix}:none": 1.0}
    mean = sum(values) / len(values)
    return {f"{prefix}:mean": mean,
            f"{prefix}:pos_share": sum(v > 0.2 for v in values) / len(values),
            f"{prefix}:neg_share": sum(v < -0.2 for v in values) / len(values)}


def _squash(total: float) -> float:
    """A sum of sentence scores mapped into [0, 1) as VADER maps its word sums (x / sqrt(x² + 1))."""
    return total / math.sqrt(total * total + 1.0)


def _mean(values: Iterable[float]) -> float:
    """Mean of ``values``; NaN when empty."""
    values = list(values)
    return sum(values) / len(values) if values else math.nan


@dataclass(frozen=True)
class ActorInput:
    """What the model reads about one actor: features, counts and scored sentences by voice."""

    actor: str
    features: dict[str, float]
    n_mentions: int
    sentences: tuple[int, ...]
    voices: dict[str, list[tuple[int, float, str]]]
    in_headline: bool
    paragraphs: tuple[str, ...] = ()

    @property
    def support(self) -> float:
        """How much the author and others quoted say about the actor: the sum of the absolute scores
        of their sentences about the actor (the actor's own words are not counted)."""
        return float(sum(abs(score) for voice in ("author", "quoted") for _, score, _ in self.voices[voice]))


def actor_inputs(*, headline: str, sentences: Sequence[Mapping], actors: Sequence[Mapping],
                 mention_sentiment: Sequence[Mapping], quotes: Sequence[Mapping],
                 tone_model: tone.ToneModel | None = None,
                 paragraph_model: tone.ToneModel | None = None) -> list[ActorInput]:
    """One ``ActorInput`` per actor of an article, from its table rows (dicts with the columns of
    ``sentences``, ``actors``, ``mention_sentiment`` and ``quotes``) and its headline
    (``tone_model``, ``paragraph_model``: the committed sentence- and paragraph-tone models when None)."""
    sums = {engine: (_squash(sum(max(float(s[f"polarity_{engine}"]), 0.0) for s in sentences)),
                     _squash(sum(max(-float(s[f"polarity_{engine}"]), 0.0) for s in sentences))) for engine in ENGINES}
    vader_tone = article_tone(sentences)
    article_tones = _Tones.of(sentences, tone_model or load_tone_model())
    paragraph_model = paragraph_model or tone.load_paragraph_model()
    memo: dict[str, tuple[float, int]] = {}
    by_id = {int(s["sentence_id"]): s for s in sentences}
    headline_scores = {engine: _headline_score(headline, engine) for engine in ENGINES}
    grouped: dict[str, list[Mapping]] = {}
    for row in mention_sentiment:
        grouped.setdefault(str(row["actor"]), []).append(row)
    inputs = []
    for actor in actors:
        name = str(actor["actor"])
        named = in_headline(headline, name, actor.get("aliases", ""))
        context = _Context(sums, by_id, headline_scores, named, vader_tone)
        found = _actor_input(actor, grouped.get(name, []), quotes, context)
        spans = _own_spans(grouped.get(name, []))
        found.features.update(article_tones.features(spans))
        texts = paragraph_texts(sentences, spans)
        found.features.update(paragraph_features(texts, paragraph_model, memo=memo))
        inputs.append(replace(found, paragraphs=texts))
    return inputs


def _own_spans(rows: Sequence[Mapping]) -> dict[int, set[tuple[int, int]]]:
    """The article offsets of an actor's mentions by sentence id (from its mention-sentiment
    rows; the mentions that speak, the actor's own quotes, left out)."""
    spans: dict[int, set[tuple[int, int]]] = {}
    for row in rows:
        if row["role"] != "speaker":
            spans.setdefault(int(row["sentence_id"]), set()).add((int(row["start"]), int(row["end"])))
    return spans


def paragraph_texts(sentences: Sequence[Mapping], spans: Mapping[int, Iterable[tuple[int, int]]]) -> tuple[str, ...]:
    """The article's paragraphs in order (its sentences joined by ``paragraph_id``), each with the
    ``spans`` of its sentences (article offsets by sentence id) masked as ``tone.TARGET``."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        text = _masked(sentence, spans.get(int(sentence["sentence_id"]), ()))
        paragraphs.setdefault(int(sentence.get("paragraph_id", 0)), []).append(text)
    return tuple(" ".join(parts) for _, parts in sorted(paragraphs.items()))


def paragraph_features(texts: Sequence[str], model: tone.ToneModel, *,
                       memo: dict[str, tuple[float, int]] | None = None) -> dict[str, float]:
    """The paragraph-tone model's reading of an article's paragraphs (``paragraph_texts``, one
    actor masked): the mean score of the paragraphs that mention the actor, of every paragraph and
    of the first, and the shares of paragraphs read as positive and negative. ``memo``: scores of
    texts already read (an article's paragraphs that do not mention the actor are the same for
    every actor)."""
    if not texts:
        return {}
    memo = {} if memo is None else memo
    new = [text for text in dict.fromkeys(texts) if text not in memo]
    if new:
        scores, labels = model.scores(new)
        memo.update(zip(new, zip(scores.tolist(), labels.tolist())))
    scores = np.array([memo[text][0] for text in texts])
    labels = np.array([memo[text][1] for text in texts])
    named = np.array([f" {tone.TARGET} " in text for text in texts])
    return tone_summary("para", scores, labels, actor=named, lede=np.arange(len(texts)) == 0)


def tone_summary(prefix: str, scores: np.ndarray, labels: np.ndarray, *, actor: np.ndarray,
                 lede: np.ndarray) -> dict[str, float]:
    """The features a tone model's reading of an article's units (sentences or paragraphs) gives,
    named ``prefix:…``: the mean score of the units about the actor (``actor``, a mask; 0 without
    one), of every unit and of the lede's (``lede``, a mask), and the shares read as positive and
    negative."""
    return {f"{prefix}:actor": float(scores[actor].mean()) if actor.any() else 0.0,
            f"{prefix}:article": float(scores.mean()), f"{prefix}:lede": float(scores[lede].mean()),
            f"{prefix}:pos_share": float(np.mean(labels == LABELS.index("positive"))),
            f"{prefix}:neg_share": float(np.mean(labels == LABELS.index("negative")))}


@dataclass(frozen=True)
class _Context:
    """The article-wide values every actor's features read."""

    sums: dict[str, tuple[float, float]]
    sentences: dict[int, Mapping]
    headline: dict[str, float]
    named: bool
    tone: dict[str, float]


def article_tone(sentences: Sequence[Mapping]) -> dict[str, float]:
    """The whole article's tone as VADER reads it: its compound score of the article's text (the
    sentences joined), the mean sentence score and the shares of sentences beyond VADER's
    neutral band on either side (the peer that reads the whole article, as model features)."""
    scores = [float(s["polarity_vader"]) for s in sentences]
    text = " ".join(str(s["text"]) for s in sentences)
    n = len(scores) or 1
    return {"article:vader:compound": lexicons.vader_compound(text) if text.strip() else 0.0,
            "article:vader:mean": sum(scores) / n,
            "article:vader:pos_share": sum(v > VADER_NEUTRAL for v in scores) / n,
            "article:vader:neg_share": sum(v < -VADER_NEUTRAL for v in scores) / n}


@dataclass(frozen=True)
class _Tones:
    """The sentence-tone model's reading of an article's sentences (``analysis.tone``), with what
    re-reading one actor's sentences (their mentions masked) needs."""

    model: tone.ToneModel
    sentences: tuple[Mapping, ...]
    scores: np.ndarray
    labels: np.ndarray
    lede: np.ndarray

    @classmethod
    def of(cls, sentences: Sequence[Mapping], model: tone.ToneModel) -> _Tones:
        """Score every sentence once, unmasked; ``lede`` marks the first paragraph's sentences."""
        scores, labels = model.scores([str(s["text"]) for s in sentences])
        first = sentences[0].get("paragraph_id", 0) if sentences else 0
        lede = np.array([s.get("paragraph_id", 0) == first for s in sentences], dtype=bool)
        return cls(model, tuple(sentences), scores, labels, lede)

    def features(self, spans: Mapping[int, Iterable[tuple[int, int]]]) -> dict[str, float]:
        """The tone toward an actor whose mentions are ``spans`` (``_own_spans``: the actor's own
        quotes left out), as ``tone_summary`` gives it over the sentences, the actor's masked."""
        if not self.sentences:
            return {}
        at = np.array([int(s["sentence_id"]) in spans for s in self.sentences], dtype=bool)
        scores, labels = self.scores.copy(), self.labels.copy()
        if at.any():
            texts = [_masked(s, spans[int(s["sentence_id"])]) for s, hit in zip(self.sentences, at) if hit]
            scores[at], labels[at] = self.model.scores(texts)
        return tone_summary("tone", scores, labels, actor=at, lede=self.lede)


def _masked(sentence: Mapping, spans: Iterable[tuple[int, int]]) -> str:
    """The sentence's text with the article-offset ``spans`` masked (``tone.mask``)."""
    start = int(sentence.get("start", 0))
    return tone.mask(str(sentence["text"]), [(a - start, b - start) for a, b in spans])


def _headline_score(headline: str, engine: str) -> float:
    """The engine's score of the headline (0 without one)."""
    if not headline:
        return 0.0
    return lexicons.vader_compound(headline) if engine == "vader" else lexicons.textblob_scores(headline)[0]


def _actor_input(actor: Mapping, rows: Sequence[Mapping], quotes: Sequence[Mapping],
                 context: _Context) -> ActorInput:
    """Features, counts and voices of one actor (see ``actor_inputs``)."""
    voices: dict[str, dict[int, dict[str, list[float]]]] = {voice: {} for voice in VOICES}
    who: dict[int, str] = {}
    for row in rows:
        voice, speaker = voice_of(row, quotes)
        sentence_id = int(row["sentence_id"])
        voices[voice].setdefault(sentence_id, {}).setdefault(str(row["engine"]), []).append(float(row["polarity"]))
        if voice == "quoted":
            who[sentence_id] = speaker
    features: dict[str, float] = {}
    for voice, engine in _STATS:
        values = [v for per in voices[voice].values() for v in per.get(engine, [])]
        features.update(_stats(f"{voice}:{engine}", values))
    mention_sentences = sorted(set().union(*(set(v) for v in voices.values())))
    features.update(_context_features(voices, context))
    scored = {voice: _sentence_scores(per, who if voice == "quoted" else {}) for voice, per in voices.items()}
    return ActorInput(str(actor["actor"]), features, int(actor["n_mentions"]), tuple(mention_sentences),
                      scored, context.named)


def _context_features(voices: Mapping, context: _Context) -> dict[str, float]:
    """Whole-sentence tone around the actor's own (author) mentions, the headline's tone (and
    whether it names the actor) and the article's tone."""
    features: dict[str, float] = {}
    author_sentences = sorted(voices["author"])
    for engine in ENGINES:
        around = [float(context.sentences[i][f"polarity_{engine}"]) for i in author_sentences if i in context.sentences]
        features[f"sent:{engine}:mean"] = _mean(around) if around else 0.0
        features[f"sent:{engine}:pos"] = _squash(sum(v for v in around if v > 0))
        features[f"sent:{engine}:neg"] = _squash(-sum(v for v in around if v < 0))
        features[f"article:{engine}:pos"], features[f"article:{engine}:neg"] = context.sums[engine]
        features[f"headline:{engine}"] = context.headline[engine]
        features[f"headline_named:{engine}"] = context.headline[engine] if context.named else 0.0
    features.update(context.tone)
    return features


def _sentence_scores(per_sentence: Mapping[int, Mapping[str, list[float]]],
                     who: Mapping[int, str]) -> list[tuple[int, float, str]]:
    """(sentence id, mean polarity over engines and mentions, speaker) per sentence."""
    return [(i, _mean(v for values in engines.values() for v in values), who.get(i, ""))
            for i, engines in sorted(per_sentence.items())]


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class PortrayalModel:
    """A multinomial logistic regression over named, standardised features (see module docstring)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: np.ndarray
    priors: np.ndarray
    neutral_band: tuple[float, float] = (0.0, 0.0)
    evidence_half: float = 0.0

    def __post_init__(self) -> None:
        low, high = self.neutral_band
        if not low <= 0.0 <= high:
            raise ValueError(errors.PORTRAYAL_BAND.format(band=self.neutral_band))

    def matrix(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        """The standardised feature matrix of feature dicts (absent features are 0)."""
        x = np.array([[row.get(name, 0.0) for name in self.features] for row in rows], dtype=float)
        x = np.nan_to_num(x.reshape(len(rows), len(self.features)))
        return (x - self.mean) / self.scale

    def probabilities(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        """P(label) per row, columns in ``LABELS`` order."""
        return softmax(self.matrix(rows) @ self.weights + self.intercept)

    def scores(self, probabilities: np.ndarray, *, evidence: Sequence[float] | None = None) -> np.ndarray:
        """The portrayal score of each row: P(positive) − P(negative) with the base rates divided
        out, so that 0 means the evidence leans neither way, times ``evidence_weights(evidence)``
        (not shrunk when ``evidence`` is None)."""
        even = without_priors(probabilities, self.priors)
        raw = even[:, 2] - even[:, 0]
        return raw if evidence is None else raw * evidence_weights(evidence, self.evidence_half)

    def labels(self, probabilities: np.ndarray, *, evidence: Sequence[float] | None = None) -> list[str]:
        """The label of each row, read from its score (``band_labels`` with the model's band)."""
        return band_labels(self.scores(probabilities, evidence=evidence), self.neutral_band)

    def to_json(self) -> dict:
        """The model as a JSON-ready dict (``model_from_json`` reads it back)."""
        return {"labels": list(LABELS), "features": list(self.features), "mean": self.mean.tolist(),
                "scale": self.scale.tolist(), "weights": self.weights.tolist(),
                "intercept": self.intercept.tolist(), "priors": self.priors.tolist(),
                "neutral_band": list(self.neutral_band), "evidence_half": self.evidence_half}


def evidence_weights(evidence: Sequence[float], half: float) -> np.ndarray:
    """``e / (e + half)`` for each evidence ``e`` (1 everywhere when ``half`` is 0): the share of
    the score kept, 0 without evidence, one half at ``half``, toward 1 as evidence grows."""
    e = np.asarray(evidence, dtype=float)
    if half <= 0.0:
        return np.ones_like(e)
    return e / (e + half)


def band_labels(scores: Iterable[float], band: tuple[float, float]) -> list[str]:
    """negative below ``band``'s low end, positive above its high end, neutral inside (ends included)."""
    low, high = band
    return ["negative" if s < low else "positive" if s > high else "neutral" for s in scores]


def model_from_json(data: Mapping) -> PortrayalModel:
    """Build a ``PortrayalModel`` from its JSON dict."""
    if tuple(data["labels"]) != LABELS:
        raise ValueError(errors.SENTIMENT_MODEL_LABELS.format(labels=data["labels"], expected=", ".join(LABELS)))
    return PortrayalModel(tuple(data["features"]), np.asarray(data["mean"], dtype=float),
                          np.asarray(data["scale"], dtype=float), np.asarray(data["weights"], dtype=float),
                          np.asarray(data["intercept"], dtype=float), np.asarray(data["priors"], dtype=float),
                          tuple(float(v) for v in data.get("neutral_band", (0.0, 0.0))),
                          float(data.get("evidence_half", 0.0)))


@lru_cache(maxsize=2)
def load_model(path: Path = PORTRAYAL_MODEL_PATH) -> PortrayalModel:
    """Load the committed portrayal model."""
    return model_from_json(read_weights(path, errors.SENTIMENT_MODEL_MISSING))


# --------------------------------------------------------------------------- rows


def evidence_text(inputs: ActorInput, sentences: Mapping[int, Mapping], *,
                  limit: int = EVIDENCE_SENTENCES) -> str:
    """The ``limit`` sentences with the largest absolute score over the author's and quoted
    voices (the actor's own words only when there is nothing else), as one " | "-joined cell."""
    pool = [(score, i, voice, who) for voice in ("author", "quoted") for i, score, who in inputs.voices[voice]]
    if not pool:
        pool = [(score, i, "speaker", who) for i, score, who in inputs.voices["speaker"]]
    chosen = sorted(pool, key=lambda item: (-abs(item[0]), item[1]))[:limit]
    parts = []
    for score, i, voice, who in sorted(chosen, key=lambda item: item[1]):
        text = str(sentences.get(i, {}).get("text", ""))
        text = text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"
        tag = f"quoted ({who})" if voice == "quoted" and who else voice
        parts.append(f"s{i} {tag} {score:+.2f}: {text}")
    return " | ".join(parts)


def portray(inputs: Sequence[ActorInput], sentences: Sequence[Mapping], *,
            model: PortrayalModel | None = None) -> list[ActorPortrayal]:
    """Apply the portrayal model to the actors of one article."""
    if not inputs:
        return []
    model = model or load_model()
    probabilities = model.probabilities([i.features for i in inputs])
    scores = model.scores(probabilities, evidence=[one.support for one in inputs])
    labels = band_labels(scores, model.neutral_band)
    by_id = {int(s["sentence_id"]): s for s in sentences}
    return [_portrayal(one, p, label, score, by_id)
            for one, p, label, score in zip(inputs, probabilities, labels, scores)]


def _voice_mean(scored: Sequence[tuple[int, float, str]]) -> float:
    """Mean sentence score of one voice (NaN without sentences)."""
    return _mean(score for _, score, _ in scored)


def _portrayal(one: ActorInput, p: np.ndarray, label: str, score: float,
               by_id: Mapping[int, Mapping]) -> ActorPortrayal:
    """One ``ActorPortrayal`` from the model's output for one actor."""
    return ActorPortrayal(
        actor=one.actor, label=label, score=float(score),
        p_negative=float(p[0]), p_neutral=float(p[1]), p_positive=float(p[2]),
        n_mentions=one.n_mentions, n_sentences=len(one.sentences),
        author_score=_voice_mean(one.voices["author"]), n_author=len(one.voices["author"]),
        quoted_score=_voice_mean(one.voices["quoted"]), n_quoted=len(one.voices["quoted"]),
        speaker_score=_voice_mean(one.voices["speaker"]), n_speaker=len(one.voices["speaker"]),
        in_headline=one.in_headline, evidence=evidence_text(one, by_id),
    )


def portrayal_rows(*, headline: str, sentences: Sequence[Mapping], actors: Sequence[Mapping],
                   mention_sentiment: Sequence[Mapping], quotes: Sequence[Mapping]) -> list[ActorPortrayal]:
    """The portrayal of every actor of one article, from its table rows (see ``actor_inputs``)."""
    inputs = actor_inputs(headline=headline, sentences=sentences, actors=actors,
                          mention_sentiment=mention_sentiment, quotes=quotes)
    return portray(inputs, sentences)
