"""Sentiment per sentence and per actor: lexicon engines, target-dependent scoring, aggregation.

Engines
    Two lexicon engines score a piece of text: ``textblob`` (TextBlob's pattern lexicon of mostly
    adjectives: polarity in [-1, 1] and subjectivity in [0, 1]) and ``vader`` (vaderSentiment's
    ``compound`` score in [-1, 1], a lexicon of words, emoticons and slang with rules for negation,
    intensifiers, "but" and capitals; no subjectivity). ``polarity(text, engine=...)`` is the raw
    engine score; ``sentence_sentiment`` scores every spaCy sentence of a Doc.

Target-dependent scoring (the sentiment *towards* a mention, not of the whole sentence)
    1. The mention is the span ``[start, end)``; its head is the token whose syntactic head lies
       outside the span. Appositions, conjuncts and compounds climb to the noun phrase they extend.
    2. Role, from the head's dependency: ``subject`` (nsubj, csubj, or the object of a passive
       "by" agent: the actor acts), ``object`` (dobj, nsubjpass, pobj, attr, dative, oprd: something
       is done to or said about the actor), else ``mentioned`` (possessives, modifiers, fragments).
       ``mention_sentiment`` adds ``speaker`` rows: the text of each quote credited to the actor;
       the subject of that quote's own speech verb ("…,” Mr. Putin said") gets no subject row.
    3. Evidence, the words that are scored: the governing predicate (the nearest verb or auxiliary
       above the mention) with its clause, i.e. its subtree minus embedded clauses (ccomp, advcl,
       relcl, conj, parataxis, csubj, acl) and appositions, anywhere in it, that do not contain
       the mention (another actor's description is not about this one), plus the mention's own
       modifiers, appositives and relative clauses. The mention's words and punctuation are left
       out. A sentence without a verb above the mention is scored whole.
    4. Negation: negators stay in the evidence in their places, so the engines' own rules apply
       (VADER flips and damps the words after "not"/"never"/"n't" by -0.74; TextBlob multiplies
       the next sentiment word by -0.5). A learned feature also marks a negated predicate.
    5. Method ``lexicon``: the target polarity is the engine's score of the evidence text.
       Method ``learned`` (default): a multinomial logistic regression, one per engine, trained on
       the NewsMTSC training split by ``benchmarks/train_sentiment.py`` (fixed settings, full-batch,
       deterministic; weights in ``analysis/models/target_sentiment.json``). Its features are the
       engine's scores of the evidence, the sentence, the mention's modifiers and the text before /
       after the mention; the role; a negated-predicate flag; whether the mention is inside or
       next to quotation marks; and lemmas tagged by where they stand relative to the mention: in
       the sentence, in the evidence, at dependency distance 1, 2 or 3 from the head, within three
       words left or right, and the governing predicate combined with the role. The polarity is
       P(positive) - P(negative), and the label is the most probable class after adding a
       ``neutral_offset`` (tuned on the dev splits, never on test) to the neutral log-score.

Aggregation
    ``actor_sentiment`` groups mention rows by article, actor and role: n, mean, sample standard
    deviation and a 95% Student-t confidence interval of the mean (undefined for n = 1), plus the
    sentence ids behind each group ("3; 7; 12").
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from spacy.tokens import Doc, Token
from textblob.en import sentiment as pattern_sentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from . import errors
from .records import Mention, Quote

ENGINES: tuple[str, ...] = ("textblob", "vader")
METHODS: tuple[str, ...] = ("learned", "lexicon")
LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
MODEL_PATH: Path = Path(__file__).resolve().parent / "models" / "target_sentiment.json"

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "attr", "dative", "oprd", "iobj", "csubjpass"})
CLIMB_DEPS = frozenset({"appos", "conj", "compound", "flat", "nmod", "cc"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "csubjpass"})
DETACHED_DEPS = CLAUSE_DEPS | {"appos"}
PREDICATE_POS = frozenset({"VERB", "AUX"})
QUOTE_CHARS = frozenset('"“”‘’\'')
WINDOW = 3
MAX_DISTANCE = 3


# --------------------------------------------------------------------------- engines


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    """The VADER analyzer, built once per process (it reads its bundled lexicon)."""
    return SentimentIntensityAnalyzer()


def check_engine(engine: str) -> str:
    """Return ``engine`` if it is one of ``ENGINES``, else raise ``ValueError`` saying what to pass."""
    if engine not in ENGINES:
        raise ValueError(errors.SENTIMENT_ENGINE.format(engine=engine, known=", ".join(ENGINES)))
    return engine


@lru_cache(maxsize=1 << 16)
def _engine_scores(text: str, engine: str) -> tuple[float, float | None]:
    """(polarity, subjectivity) of ``text``, cached: the same clause or sentence is scored often.

    TextBlob's default analyzer is its Pattern lexicon; calling the lexicon directly gives the
    same numbers as ``TextBlob(text).sentiment`` without building a blob per call.
    """
    if engine == "vader":
        return float(_vader().polarity_scores(text)["compound"]), None
    score, subjective = pattern_sentiment(text)
    return float(score), float(subjective)


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
    return [
        SentenceSentiment(
            start=sent.start_char,
            end=sent.end_char,
            polarity=polarity(sent.text, engine=engine),
            subjectivity=subjectivity(sent.text, engine=engine),
        )
        for sent in doc.sents
    ]


# --------------------------------------------------------------------------- syntax around a span


def span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the tokens overlapping ``[start, end)``; the nearest token if none overlaps."""
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if tokens:
        return tokens
    if not len(doc):
        raise ValueError(errors.SENTIMENT_EMPTY_DOC)
    return [min(doc, key=lambda t: abs(t.idx - start))]


def span_head(tokens: Sequence[Token]) -> Token:
    """Return the syntactic head of a token group: the first token whose head lies outside it."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def _phrase_head(head: Token) -> Token:
    """Climb appositions, conjuncts and compounds to the noun phrase the mention extends."""
    steps = 0
    while head.dep_ in CLIMB_DEPS and head.head.i != head.i and steps < 4:
        if head.dep_ == "conj" and head.head.pos_ in PREDICATE_POS:
            break
        head, steps = head.head, steps + 1
    return head


def role_of(head: Token) -> str:
    """Return ``subject``, ``object`` or ``mentioned`` for a mention head (see module docstring)."""
    phrase = _phrase_head(head)
    if phrase.dep_ in SUBJECT_DEPS:
        return "subject"
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "agent":
        return "subject"
    if phrase.dep_ in OBJECT_DEPS:
        return "object"
    return "mentioned"


def governor(head: Token) -> Token | None:
    """Return the nearest verb or auxiliary above ``head`` (itself excluded), or ``None``."""
    token = head
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in PREDICATE_POS:
            return token
    return token if token.pos_ in PREDICATE_POS and token.i != head.i else None


def _clause(predicate: Token, keep: set[int]) -> list[Token]:
    """The predicate's subtree minus embedded clauses and appositions without a ``keep`` token."""
    dropped: set[int] = set()
    for token in predicate.subtree:
        if token.i != predicate.i and token.dep_ in DETACHED_DEPS and token.i not in dropped:
            subtree = {t.i for t in token.subtree}
            if not subtree & keep:
                dropped |= subtree
    return [t for t in predicate.subtree if t.i not in dropped]


def evidence_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the words scored for the span: its predicate's clause plus its own modifiers."""
    tokens = span_tokens(doc, start, end)
    inside = {t.i for t in tokens}
    head = span_head(tokens)
    predicate = governor(_phrase_head(head))
    chosen = _clause(predicate, inside) if predicate is not None else list(head.sent)
    chosen += list(head.subtree)
    unique = {t.i: t for t in chosen if t.i not in inside and not (t.is_punct or t.is_space)}
    return [unique[i] for i in sorted(unique)]


def is_negated(head: Token) -> bool:
    """True if the mention's governing predicate (or the mention itself) has a negation child."""
    predicate = governor(_phrase_head(head))
    owners = [head] + ([predicate] if predicate is not None else [])
    return any(child.dep_ == "neg" for owner in owners for child in owner.children)


def _text_of(tokens: Iterable[Token]) -> str:
    """Join tokens with their original spacing, one space between non-adjacent pieces."""
    return " ".join(t.text for t in tokens)


# --------------------------------------------------------------------------- learned-model features


def _lemma(token: Token) -> str | None:
    """Lower-case lemma of a word token, ``None`` for punctuation, spaces and numbers."""
    if token.is_punct or token.is_space or token.like_num:
        return None
    return (token.lemma_ or token.text).lower()


def _tree_distances(head: Token) -> dict[int, int]:
    """Dependency-tree distances (up to ``MAX_DISTANCE``) from ``head`` to tokens of its sentence."""
    distances, frontier = {head.i: 0}, [head]
    for step in range(1, MAX_DISTANCE + 1):
        following: list[Token] = []
        for token in frontier:
            for other in [token.head, *token.children]:
                if other.i not in distances:
                    distances[other.i] = step
                    following.append(other)
        frontier = following
    return distances


def _score_features(prefix: str, text: str, engine: str) -> dict[str, float]:
    """Positive and negative parts of the engine's score of ``text`` (two non-negative features)."""
    score = polarity(text, engine=engine) if text.strip() else 0.0
    return {f"{prefix}+": max(score, 0.0), f"{prefix}-": max(-score, 0.0)}


@lru_cache(maxsize=65536)
def _word_polarity(word: str, engine: str) -> float:
    """The engine's score of a single word (cached: words repeat across sentences)."""
    return polarity(word, engine=engine)


def _lexicon_features(head: Token, inside: set[int], *, engine: str) -> dict[str, float]:
    """Summed positive and negative word scores at each dependency distance from the head."""
    features: dict[str, float] = {}
    for i, distance in _tree_distances(head).items():
        token = head.doc[i]
        if i in inside or not distance or not token.is_alpha:
            continue
        score = _word_polarity(token.text.lower(), engine)
        if score:
            name = f"w{distance}{'+' if score > 0 else '-'}"
            features[name] = features.get(name, 0.0) + abs(score)
    return features


def _role_scores(role: str, scores: dict[str, float]) -> dict[str, float]:
    """Evidence scores crossed with the role (praise of a subject differs from praise of an object)."""
    return {f"{name}|{role}": value for name, value in scores.items() if value}


def _bag(prefix: str, tokens: Iterable[Token], inside: set[int]) -> dict[str, float]:
    """Binary lemma features ``prefix:lemma`` for tokens outside the mention."""
    words = {_lemma(t) for t in tokens if t.i not in inside}
    return {f"{prefix}:{w}": 1.0 for w in words if w}


def _quote_features(tokens: Sequence[Token]) -> dict[str, float]:
    """Whether the sentence has quotation marks and whether the mention sits inside them."""
    sent = tokens[0].sent
    marks = [t.i for t in sent if t.text in QUOTE_CHARS or t.text in {"``", "''"}]
    features = {"quote:sentence": 1.0} if marks else {}
    if sum(m < tokens[0].i for m in marks) % 2 == 1:
        features["quote:inside"] = 1.0
    return features


def _syntax_features(tokens: Sequence[Token], inside: set[int]) -> dict[str, float]:
    """Role, negation, governing predicate and dependency-distance lemma features of a mention."""
    head = span_head(tokens)
    role = role_of(head)
    predicate = governor(_phrase_head(head))
    features = {f"role:{role}": 1.0, f"dep:{_phrase_head(head).dep_}": 1.0}
    if is_negated(head):
        features[f"neg:{role}"] = 1.0
    if predicate is not None:
        features[f"gov:{predicate.lemma_.lower()}|{role}"] = 1.0
    for i, distance in _tree_distances(head).items():
        word = _lemma(head.doc[i]) if i not in inside and distance else None
        if word:
            features[f"d{distance}:{word}"] = 1.0
    return features


def _window_features(doc: Doc, tokens: Sequence[Token], inside: set[int]) -> dict[str, float]:
    """Lemmas within ``WINDOW`` words left and right of the mention, inside its sentence."""
    sent = tokens[0].sent
    left = doc[max(tokens[0].i - WINDOW, sent.start): tokens[0].i]
    right = doc[tokens[-1].i + 1: min(tokens[-1].i + 1 + WINDOW, sent.end)]
    return {**_bag("L", left, inside), **_bag("R", right, inside)}


def target_features(doc: Doc, start: int, end: int, *, engine: str = "textblob") -> dict[str, float]:
    """Return the sparse feature dict of the learned model for the span ``[start, end)``."""
    tokens = span_tokens(doc, start, end)
    inside = {t.i for t in tokens}
    sent = tokens[0].sent
    evidence = evidence_tokens(doc, start, end)
    modifiers = [t for t in span_head(tokens).subtree if t.i not in inside]
    features: dict[str, float] = {"bias": 1.0}
    features.update(_score_features("s", sent.text, engine))
    evidence_scores = _score_features("e", _text_of(evidence), engine)
    features.update(evidence_scores)
    features.update(_role_scores(role_of(span_head(tokens)), evidence_scores))
    features.update(_lexicon_features(span_head(tokens), inside, engine=engine))
    features.update(_score_features("m", _text_of(modifiers), engine))
    features.update(_score_features("l", doc[sent.start: tokens[0].i].text, engine))
    features.update(_score_features("r", doc[tokens[-1].i + 1: sent.end].text, engine))
    features.update(_bag("s", sent, inside))
    features.update(_bag("e", evidence, inside))
    features.update(_syntax_features(tokens, inside))
    features.update(_window_features(doc, tokens, inside))
    features.update(_quote_features(tokens))
    return features


# --------------------------------------------------------------------------- the learned model


@dataclass(frozen=True)
class TargetModel:
    """A multinomial logistic regression: weights per feature name, one column per label."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    neutral_offset: float

    def scores(self, features: dict[str, float]) -> np.ndarray:
        """Return the log-scores (before softmax) of each label for one feature dict."""
        total = np.zeros(len(self.labels))
        for name, value in features.items():
            row = self.index.get(name)
            if row is not None:
                total += value * self.weights[row]
        return total

    def probabilities(self, features: dict[str, float]) -> np.ndarray:
        """Return P(label) in ``labels`` order."""
        scores = self.scores(features)
        exp = np.exp(scores - scores.max())
        return exp / exp.sum()

    def label(self, features: dict[str, float]) -> str:
        """Return the most probable label after adding ``neutral_offset`` to the neutral score."""
        scores = self.scores(features)
        scores[self.labels.index("neutral")] += self.neutral_offset
        return self.labels[int(np.argmax(scores))]


def model_from_json(data: dict) -> TargetModel:
    """Build a ``TargetModel`` from one engine's entry of the weights file."""
    names = data["features"]
    return TargetModel(
        labels=tuple(data["labels"]),
        index={name: i for i, name in enumerate(names)},
        weights=np.asarray(data["weights"], dtype=float).reshape(len(names), len(data["labels"])),
        neutral_offset=float(data.get("neutral_offset", 0.0)),
    )


@lru_cache(maxsize=4)
def load_target_model(engine: str = "textblob", *, path: Path = MODEL_PATH) -> TargetModel:
    """Load the learned target model for ``engine`` from the committed weights file."""
    check_engine(engine)
    if not path.exists():
        raise FileNotFoundError(errors.SENTIMENT_MODEL_MISSING.format(path=path))
    with open(path, encoding="utf-8") as handle:
        return model_from_json(json.load(handle)["models"][engine])


# --------------------------------------------------------------------------- target polarity


def _check_method(method: str) -> str:
    """Return ``method`` if it is one of ``METHODS``, else raise ``ValueError``."""
    if method not in METHODS:
        raise ValueError(errors.SENTIMENT_METHOD.format(method=method, known=", ".join(METHODS)))
    return method


def target_polarity(
    doc: Doc, start: int, end: int, *, engine: str = "textblob", method: str = "learned"
) -> float:
    """Return the sentiment in [-1, 1] towards the span ``[start, end)`` within its sentence."""
    check_engine(engine)
    if _check_method(method) == "lexicon":
        return polarity(_text_of(evidence_tokens(doc, start, end)), engine=engine)
    probabilities = load_target_model(engine).probabilities(target_features(doc, start, end, engine=engine))
    return float(probabilities[LABELS.index("positive")] - probabilities[LABELS.index("negative")])


def target_label(
    doc: Doc, start: int, end: int, *, engine: str = "textblob", method: str = "learned",
    neutral_band: float = 0.0,
) -> str:
    """Return ``negative``/``neutral``/``positive`` towards the span; lexicon scores within
    ``±neutral_band`` count as neutral, the learned model uses its own tuned neutral offset."""
    if _check_method(method) == "lexicon":
        return label_of(target_polarity(doc, start, end, engine=engine, method=method), neutral_band=neutral_band)
    return load_target_model(check_engine(engine)).label(target_features(doc, start, end, engine=engine))


def label_of(score: float, *, neutral_band: float = 0.0) -> str:
    """Map a polarity to a label: above ``neutral_band`` positive, below ``-neutral_band`` negative."""
    if score > neutral_band:
        return "positive"
    if score < -neutral_band:
        return "negative"
    return "neutral"


# --------------------------------------------------------------------------- mentions and actors


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


def _mention_row(doc: Doc, mention: Mention, *, engine: str, method: str) -> MentionSentiment:
    """Score one mention by its syntactic context (see module docstring)."""
    tokens = span_tokens(doc, mention.start, mention.end)
    return MentionSentiment(
        start=mention.start,
        end=mention.end,
        actor=mention.actor,
        role=role_of(span_head(tokens)),
        polarity=target_polarity(doc, mention.start, mention.end, engine=engine, method=method),
        evidence=_text_of(evidence_tokens(doc, mention.start, mention.end)),
    )


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
    verb = governor(head)
    if verb is None or role_of(head) != "subject":
        return False
    sentence = head.sent
    return any(
        quote.speaker == mention.actor and quote.cue and verb.text.lower() in quote.cue.split()
        and quote.start < sentence.end_char and quote.end > sentence.start_char - 200
        for quote in quotes
    )


def mention_sentiment(
    doc: Doc, mentions: Sequence[Mention], quotes: Sequence[Quote], *,
    engine: str = "textblob", method: str = "learned",
) -> list[MentionSentiment]:
    """Return one row per mention (role subject/object/mentioned) and one ``speaker`` row per
    quote credited to an actor, sorted by position."""
    check_engine(engine)
    _check_method(method)
    rows = [_mention_row(doc, m, engine=engine, method=method) for m in mentions
            if not introduces_own_quote(doc, m, quotes)]
    rows += [_speaker_row(q, engine=engine) for q in quotes if q.speaker]
    return sorted(rows, key=lambda r: (r.start, r.end, r.role, r.actor))


# t quantiles (0.975) for 1..30 degrees of freedom; beyond, interpolated in 1/df towards 1.96.
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)
_T975_LARGE = ((30, 2.042), (40, 2.021), (60, 2.000), (120, 1.980), (math.inf, 1.960))


def t_quantile_975(df: int) -> float:
    """Return the 97.5% quantile of Student's t with ``df`` degrees of freedom (table-based)."""
    if df < 1:
        return math.nan
    if df <= 30:
        return _T975[df - 1]
    for (lo_df, lo_t), (hi_df, hi_t) in zip(_T975_LARGE, _T975_LARGE[1:]):
        if df <= hi_df:
            share = (1 / lo_df - 1 / df) / (1 / lo_df - (0 if math.isinf(hi_df) else 1 / hi_df))
            return lo_t + share * (hi_t - lo_t)
    return 1.960


def _summary(group: pd.DataFrame) -> dict[str, object]:
    """n, mean, sd, 95% t interval and sentence ids of one actor-role group."""
    values = group["polarity"].astype(float).to_numpy()
    n = len(values)
    mean = float(values.mean())
    sd = float(values.std(ddof=1)) if n > 1 else math.nan
    half = t_quantile_975(n - 1) * sd / math.sqrt(n) if n > 1 else math.nan
    ids = sorted({int(i) for i in group["sentence_id"]})
    return {
        "n": n, "polarity_mean": mean, "polarity_sd": sd,
        "ci_low": mean - half, "ci_high": mean + half,
        "sentences": "; ".join(str(i) for i in ids),
    }


ACTOR_SENTIMENT_COLUMNS: tuple[str, ...] = (
    "article_id", "actor", "role", "n", "polarity_mean", "polarity_sd", "ci_low", "ci_high", "sentences",
)


def actor_sentiment(rows: pd.DataFrame) -> pd.DataFrame:
    """Aggregate mention-sentiment rows (article_id, actor, role, polarity, sentence_id, ...)
    into the ``actor_sentiment`` table, one row per article, actor and role, sorted by those keys."""
    keys = ["article_id", "actor", "role"]
    missing = [c for c in [*keys, "polarity", "sentence_id"] if c not in rows.columns]
    if missing:
        raise ValueError(errors.SENTIMENT_MISSING_COLUMNS.format(columns=", ".join(missing)))
    records = [
        {**dict(zip(keys, key)), **_summary(group)}
        for key, group in rows.groupby(keys, sort=True, dropna=False)
    ]
    table = pd.DataFrame(records, columns=list(ACTOR_SENTIMENT_COLUMNS))
    return table.sort_values(keys, kind="stable").reset_index(drop=True)
