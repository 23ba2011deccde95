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
    4. Neutral senses: words the lexicons score but that evaluate nothing where they stand are
       left out of every scored text and word sum (``NEUTRAL_SENSES``, a registry with reasons
       and examples): names (named entities and proper nouns: "United Nations", "Justice
       Department", a Ms. Joy), "like" as a preposition, and a few words news uses in a neutral
       sense (a political party, interest rates, security forces, to play a role). The shown
       ``evidence`` is the scored text, so it lacks them too.
    5. Negation: negators stay in the evidence in their places, so the engines' own rules apply
       (VADER flips and damps the words after "not"/"never"/"n't" by -0.74; TextBlob multiplies
       the next sentiment word by -0.5). A learned feature also marks a negated predicate.
    6. Method ``lexicon``: the target polarity is the engine's score of the evidence text.
       Method ``learned`` (default): a multinomial logistic regression, one per engine, trained on
       the NewsMTSC training split by ``benchmarks/train_sentiment.py`` (fixed settings, full-batch,
       deterministic; weights in ``analysis/models/target_sentiment.json``). Its features are the
       engine's scores of the evidence, the sentence and the mention's modifiers; the engine's
       word scores summed over the sentence's words before / after the mention (scoring those
       two texts whole took about an eighth of the time after parsing and did no better on the
       dev splits);
       the role; a negated-predicate flag; whether the mention is inside or next to quotation
       marks; irrealis (the predicate under a modal, "would", "might", or a condition, "if") and
       questions, by role; outcomes the predicate reports (gain or loss words: "won", "fell",
       "cut", "down 14 percent"; ``GAIN_WORDS``/``LOSS_WORDS``), by role; whose words surround
       the mention (the actor as the subject of a speech verb, or the mention inside quotation
       marks: someone else's words), crossed with the sentence's scores;
       for TextBlob (``LEXICON_GAP_ENGINES``), evaluative verbs and nouns
       (``analysis.evaluative_words``: harm, blame, wrongdoing, legal trouble, failure, conflict;
       praise, support, achievement, improvement, virtue), which its adjective lexicon scores 0:
       by class in the evidence, by sign crossed with the role, at each dependency distance from
       the head, in the sentence, and as the governing predicate by class and role, again marked
       when the predicate is negated; and its subjectivity of the sentence and of the evidence;
       and lemmas tagged by where they stand relative to the mention: in the sentence, in
       the evidence, at dependency distance 1, 2 or 3 from the head, within three words left or
       right, and the governing predicate combined with the role. The polarity is
       P(positive) - P(negative), and the label is the most probable class after adding a
       ``neutral_offset`` (tuned on the dev splits, never on test) to the neutral log-score.

Computation
    ``mention_sentiment_all`` scores every engine in one pass: each mention's syntax (head, role,
    evidence, distances, lemma bags) is analysed once and only the engine scores are computed per
    engine. Token texts, lemmas, heads and children are read into lists once per Doc; sentence
    texts and lemmas, each predicate's clause structure and each sentence's running word-score
    sums are memoised, and engine scores per text (``analysis.lexicons`` computes them).
    ``mention_sentiment`` is the same pass for one engine.

Aggregation
    ``actor_sentiment`` groups mention rows by article, actor and role: n, mean, sample standard
    deviation and a 95% Student-t confidence interval of the mean, clipped to [-1, 1] where the
    polarity lives (undefined for n = 1: the notebook says "one mention"), plus the
    sentence ids behind each group ("3; 7; 12").
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from spacy.tokens import Doc, Span, Token

from . import errors, lexicons, tables
from .nlp import doc_text, sentence_of, sentences, token_columns, token_ids
from .evaluative_words import EVALUATIVE_CLASS_OF, EvaluativeClass
from .model_files import read_weights
from .records import Mention, Quote
from .tables import ENGINES, check_engine
from .vocabulary import (CONDITIONAL_MARKERS, DETACHED_CLAUSE_DEPS, GAIN_WORDS, IRREALIS_MODALS, LOSS_WORDS,
                         NAME_LABELS, OBJECT_ROLE_DEPS, SAYING_VERBS, SUBJECT_ROLE_DEPS, TWO_APOSTROPHES,
                         TWO_BACKTICKS)
from .vocabulary import SENTIMENT_LABELS as LABELS

METHODS: tuple[str, ...] = ("learned", "lexicon")
MODEL_PATH: Path = Path(__file__).resolve().parent / "models" / "target_sentiment.json"

CLIMB_DEPS = frozenset({"appos", "conj", "compound", "flat", "nmod", "cc"})
DETACHED_DEPS = DETACHED_CLAUSE_DEPS | {"appos"}
PREDICATE_POS = frozenset({"VERB", "AUX"})
OUTCOME_DEPS = frozenset({"advmod", "prt"})
QUOTE_CHARS = frozenset('"“”‘’\'')
WINDOW = 3
MAX_DISTANCE = 3
_SIGNS = {1: "+", -1: "-"}
#: Engines whose lexicon lacks the evaluative verbs and nouns (TextBlob's holds adjectives): their
#: models read ``evaluative_words`` and the engine's subjectivity. VADER's lexicon has those words
#: ("attack", "praise", "crisis"), and the features did not raise its dev macro-F1 (66.4 with,
#: 66.5 without), so its model stays as it was.
LEXICON_GAP_ENGINES = frozenset({"textblob"})
_TOKEN_COLUMNS = ("ORTH", "LEMMA", "IS_PUNCT", "IS_SPACE", "LIKE_NUM", "HEAD")


@dataclass(frozen=True)
class NeutralSense:
    """Words the lexicons score that carry no evaluation in a given use (see ``neutral_tokens``):
    the token attribute and values that pick them, why, and an invented example sentence with
    a word the rule leaves unscored."""

    name: str
    attribute: str
    values: frozenset[str]
    reason: str
    example: tuple[str, str]
    parts_of_speech: frozenset[str] = frozenset()


#: The registry of neutral senses (every rule is applied to every engine's scored texts and word sums).
NEUTRAL_SENSES: tuple[NeutralSense, ...] = (
    NeutralSense("names", "ENT_TYPE",
                 NAME_LABELS,
                 "a name refers, it does not evaluate: the United Nations, the Justice Department, Ms. Joy",
                 ("Anna Joy met officials of the United Nations in Geneva.", "United")),
    NeutralSense("proper nouns", "POS", frozenset({"PROPN"}),
                 "a proper noun the entity recogniser missed is a name too",
                 ("Delegates of Liberty Forum met on Friday.", "Liberty")),
    NeutralSense("comparison like", "LOWER", frozenset({"like"}),
                 "'like' as a preposition compares ('leaders like her'); the lexicons score the verb",
                 ("Leaders like Tom Hale signed the letter.", "like"), frozenset({"ADP", "SCONJ"})),
    NeutralSense("news senses", "LEMMA", frozenset({"party", "interest", "credit", "security", "play", "game"}),
                 "news uses them in a neutral sense the lexicons read as praise or blame: a political "
                 "party, interest rates, credit markets, security forces, to play a role or a match, a "
                 "game (TextBlob's entry is the adjective 'game', lame)",
                 ("Mark Dunn will play the entire game for the party.", "play")),
)


# --------------------------------------------------------------------------- engines


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


# --------------------------------------------------------------------------- syntax around a span


def span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the tokens overlapping ``[start, end)``; the nearest token if none overlaps."""
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if tokens:
        return tokens
    if not len(doc):
        raise errors.ConfigurationError(errors.SENTIMENT_EMPTY_DOC)
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
    if phrase.dep_ in SUBJECT_ROLE_DEPS:
        return "subject"
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "agent":
        return "subject"
    if phrase.dep_ in OBJECT_ROLE_DEPS:
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


def evidence_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the words scored for the span: its predicate's clause plus its own modifiers."""
    tokens = span_tokens(doc, start, end)
    head = span_head(tokens)
    predicate = governor(_phrase_head(head))
    ids = _DocCache(doc).evidence({t.i for t in tokens}, head.i, predicate.i if predicate is not None else None)
    return [doc[i] for i in ids]


def is_negated(head: Token) -> bool:
    """True if the mention's governing predicate (or the mention itself) has a negation child."""
    predicate = governor(_phrase_head(head))
    owners = [head] + ([predicate] if predicate is not None else [])
    return any(child.dep_ == "neg" for owner in owners for child in owner.children)


# --------------------------------------------------------------------------- learned-model features


def _score_features(prefix: str, text: str, engine: str) -> dict[str, float]:
    """Positive and negative parts of the engine's score of ``text`` (two non-negative features)."""
    score = polarity(text, engine=engine) if text.strip() else 0.0
    return {f"{prefix}+": max(score, 0.0), f"{prefix}-": max(-score, 0.0)}


_WORD_SCORES: dict[str, dict[str, float]] = {}


def _word_polarities(words: Iterable[str], engine: str) -> list[float]:
    """The engine's score of each single word, memoised per engine (words repeat across sentences)."""
    known = _WORD_SCORES.setdefault(engine, {})
    scores = []
    for word in words:
        score = known.get(word)
        if score is None:
            score = known[word] = polarity(word, engine=engine)
        scores.append(score)
    return scores


def _lexicon_features(words: Sequence[tuple[int, str]], *, engine: str) -> dict[str, float]:
    """Summed positive and negative word scores at each dependency distance from the head
    (``words``: distance and lower-case text of the alphabetic words near the head)."""
    features: dict[str, float] = {}
    for (distance, _word), score in zip(words, _word_polarities((word for _, word in words), engine)):
        if score:
            name = f"w{distance}{'+' if score > 0 else '-'}"
            features[name] = features.get(name, 0.0) + abs(score)
    return features


def _running_sums(words: Sequence[str], engine: str) -> tuple[list[float], ...]:
    """Summed positive and negative word scores of a sentence's words: of the first k words
    (``pos_before[k]``, ``neg_before[k]``) and of the words from k on (``pos_from[k]``,
    ``neg_from[k]``), for every k."""
    scores = _word_polarities(words, engine)
    positive = [score if score > 0 else 0.0 for score in scores]
    negative = [-score if score < 0 else 0.0 for score in scores]
    return (list(accumulate(positive, initial=0.0)), list(accumulate(negative, initial=0.0)),
            list(accumulate(reversed(positive), initial=0.0))[::-1],
            list(accumulate(reversed(negative), initial=0.0))[::-1])


def _side_features(context: _Context, engine: str) -> dict[str, float]:
    """Summed positive and negative word scores of the sentence's words before (``l+``, ``l-``)
    and after (``r+``, ``r-``) the span, each present only when non-zero."""
    sums = context.sentence.sums
    if engine not in sums:
        sums[engine] = _running_sums(context.sentence.word_texts, engine)
    pos_before, neg_before, pos_from, neg_from = sums[engine]
    values = {"l+": pos_before[context.before], "l-": neg_before[context.before],
              "r+": pos_from[context.after], "r-": neg_from[context.after]}
    return {name: value for name, value in values.items() if value}


def _role_scores(role: str, scores: dict[str, float]) -> dict[str, float]:
    """Evidence scores crossed with the role (praise of a subject differs from praise of an object)."""
    return {f"{name}|{role}": value for name, value in scores.items() if value}


def _bag(prefix: str, lemmas: Iterable[tuple[int, str | None]], inside: set[int]) -> dict[str, float]:
    """Binary lemma features ``prefix:lemma`` for (token id, lemma) pairs outside the mention.

    Sorted, so the model sums its weights in the same order in every process (set order
    depends on the hash seed, and float addition is not associative).
    """
    words = {lemma for i, lemma in lemmas if i not in inside and lemma}
    return {f"{prefix}:{w}": 1.0 for w in sorted(words)}


def neutral_tokens(doc: Doc) -> frozenset[int]:
    """Ids of the tokens of ``doc`` that no engine scores, by the ``NEUTRAL_SENSES`` rules."""
    found: set[int] = set()
    for sense in NEUTRAL_SENSES:
        ids = token_ids(doc, sense.attribute, sense.values)
        if sense.parts_of_speech:
            ids = set(ids) & set(token_ids(doc, "POS", sense.parts_of_speech))
        found.update(ids)
    return frozenset(found)


class _DocCache:
    """Per-Doc memo of what many mentions share: token texts, lemmas, heads and children, which
    tokens are words, sentences (see ``_Sentence``), subtrees and each predicate's clause."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.text = doc, doc_text(doc)
        self._clauses: dict[int, tuple[list[int], list[frozenset[int]]]] = {}
        self._sentences: dict[int, _Sentence] = {}
        orth, lemma, punct, space, number, offsets = token_columns(doc, _TOKEN_COLUMNS)
        strings = doc.vocab.strings
        self.texts = [strings[key] for key in orth]
        self.is_word = [not (p or s) for p, s in zip(punct, space)]
        self.lemma = [None if p or s or n else (strings[key] or text).lower()
                      for p, s, n, key, text in zip(punct, space, number, lemma, self.texts)]
        self.detached = frozenset(token_ids(doc, "DEP", DETACHED_DEPS))
        self.neutral = neutral_tokens(doc)
        self.heads = [i + offset for i, offset in enumerate(offsets)]
        self.evaluative: dict[int, EvaluativeClass] = {
            i: found for i, lemma in enumerate(self.lemma)
            if lemma and (found := EVALUATIVE_CLASS_OF.get(lemma)) is not None and i not in self.neutral}
        self.evaluative_ids = sorted(self.evaluative)
        self.children: list[list[int]] = [[] for _ in self.heads]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def lemmas(self, ids: Iterable[int]) -> list[tuple[int, str | None]]:
        """(token id, lower-case lemma) for each id; ``None`` for punctuation, spaces and numbers."""
        return [(i, self.lemma[i]) for i in ids]

    def subtree(self, i: int) -> list[int]:
        """Ids of ``doc[i].subtree`` in its order (left children's subtrees, the token, right
        children's subtrees), read from the children ids instead of Token objects."""
        found: list[int] = []
        self._walk(i, found)
        return found

    def _walk(self, i: int, found: list[int]) -> None:
        """Append the subtree of token ``i`` to ``found`` (see ``subtree``)."""
        children = self.children[i]
        for child in children:
            if child < i:
                self._walk(child, found)
        found.append(i)
        for child in children:
            if child > i:
                self._walk(child, found)

    def distances(self, head: int) -> dict[int, int]:
        """Dependency-tree distances (up to ``MAX_DISTANCE``) from the token ``head`` to the tokens
        of its sentence, found over the Doc's head and children ids."""
        distances, frontier = {head: 0}, [head]
        for step in range(1, MAX_DISTANCE + 1):
            following: list[int] = []
            for i in frontier:
                for other in [self.heads[i], *self.children[i]]:
                    if other not in distances:
                        distances[other] = step
                        following.append(other)
            frontier = following
        return distances

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the Doc text instead of joining its tokens."""
        if start >= end:
            return ""
        last = self.doc[end - 1]
        return self.text[self.doc[start].idx: last.idx + len(last.text)]

    def scored_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)`` as the engines score it: the Doc's text, without
        the words of a neutral sense (``neutral_tokens``) when the span has any."""
        if not any(i in self.neutral for i in range(start, end)):
            return self.span_text(start, end)
        return "".join(self.doc[i].text_with_ws for i in range(start, end) if i not in self.neutral).strip()

    def clause(self, predicate: int, keep: set[int]) -> set[int]:
        """Ids of the words (not punctuation or spaces) of the clause of the token ``predicate``:
        its subtree minus the embedded clauses and appositions that hold no ``keep`` token. The
        subtree and its detachable parts are collected once per predicate."""
        if predicate not in self._clauses:
            ids = self.subtree(predicate)
            parts = [frozenset(self.subtree(i)) for i in ids if i != predicate and i in self.detached]
            self._clauses[predicate] = ([i for i in ids if self.is_word[i]], parts)
        words, parts = self._clauses[predicate]
        dropped = set().union(*(part for part in parts if not part & keep))
        return {i for i in words if i not in dropped}

    def evidence(self, inside: set[int], head: int, predicate: int | None) -> list[int]:
        """Ids of the evidence words of a mention (token ids ``inside``, head token ``head``): the
        clause of its governing ``predicate`` (the whole sentence without one) plus the head's
        subtree, minus the mention itself, punctuation and spaces; in text order."""
        if predicate is None:
            sent = sentence_of(self.doc, head)
            chosen = {i for i in range(sent.start, sent.end) if self.is_word[i]}
        else:
            chosen = self.clause(predicate, inside)
        chosen.update(i for i in self.subtree(head) if self.is_word[i])
        return sorted(chosen - inside)

    def sentence(self, sent: Span) -> _Sentence:
        """What every mention in ``sent`` reads from it (see ``_Sentence``), built once."""
        if sent.start not in self._sentences:
            ids = range(sent.start, sent.end)
            marks = [i for i in ids if self.texts[i] in QUOTE_CHARS or self.texts[i] in (TWO_BACKTICKS, TWO_APOSTROPHES)]
            words = {i: self.texts[i].lower() for i in ids if self.texts[i].isalpha() and i not in self.neutral}
            lemmas = self.lemmas(ids)
            where: dict[str, list[int]] = {}
            for i, lemma in lemmas:
                if lemma:
                    where.setdefault(lemma, []).append(i)
            self._sentences[sent.start] = _Sentence(
                self.scored_text(sent.start, sent.end), lemmas, marks, words, list(words),
                tuple(words.values()), {}, where, _bag("s", lemmas, set()))
        return self._sentences[sent.start]


def _sentence_bag(sentence: _Sentence, lemma: Sequence[str | None], inside: set[int]) -> dict[str, float]:
    """``_bag("s", sentence.lemmas, inside)`` from the sentence's bag built once: the lemmas all
    of whose occurrences in the sentence lie inside the mention (token ids ``inside``) are left out."""
    gone = {f"s:{word}" for i in inside if (word := lemma[i]) and word in sentence.where
            and all(j in inside for j in sentence.where[word])}
    if not gone:
        return sentence.bag
    return {name: value for name, value in sentence.bag.items() if name not in gone}


class _Sentence(NamedTuple):
    """A sentence's text, its (token id, lemma) pairs, the ids of its quotation marks, the
    lower-cased text of its alphabetic words by token id (also as ids and texts, in order) and,
    by engine, the running sums of their word scores (``_running_sums``, filled when first read),
    the ids of each lemma's tokens and the sentence's lemma bag (``_bag("s", ...)`` of all words)."""

    text: str
    lemmas: list[tuple[int, str | None]]
    marks: list[int]
    words: dict[int, str]
    word_ids: list[int]
    word_texts: tuple[str, ...]
    sums: dict[str, tuple[list[float], ...]]
    where: dict[str, list[int]]
    bag: dict[str, float]


@dataclass(frozen=True)
class _Context:
    """The engine-independent analysis of one span, shared by every engine's features and rows.

    ``texts`` are the scored pieces by feature prefix (s sentence, e evidence, m modifiers);
    ``sentence`` the span's sentence, of whose alphabetic words the first ``before`` stand
    before the span and those from ``after`` on after it (their word scores are summed);
    ``words`` feed ``_lexicon_features``; ``shared`` holds the lemma, syntax, window and
    quotation features.
    """

    head: Token
    role: str
    evidence: str
    texts: tuple[tuple[str, str], ...]
    sentence: _Sentence
    before: int
    after: int
    words: tuple[tuple[int, str], ...]
    shared: dict[str, float]
    voice: str = ""
    evaluative: dict[str, float] = field(default_factory=dict)


def _context(doc: Doc, start: int, end: int, cache: _DocCache) -> _Context:
    """Analyse the span ``[start, end)`` once: role, evidence, scored texts and shared features."""
    tokens = span_tokens(doc, start, end)
    inside, head, sent = {t.i for t in tokens}, span_head(tokens), sentence_of(doc, tokens[0].i)
    first, last = tokens[0].i, tokens[-1].i
    phrase = _phrase_head(head)
    predicate = governor(phrase)
    evidence = cache.evidence(inside, head.i, predicate.i if predicate is not None else None)
    distances = cache.distances(head.i)
    sentence = cache.sentence(sent)
    scored = [i for i in evidence if i not in cache.neutral]
    texts = (("s", sentence.text), ("e", " ".join(cache.texts[i] for i in scored)),
             ("m", " ".join(cache.texts[i] for i in cache.subtree(head.i) if i not in inside and i not in cache.neutral)))
    word_ids = sentence.word_ids
    before, after = bisect.bisect_left(word_ids, first), bisect.bisect_right(word_ids, last)
    words = tuple((d, sentence.words[i]) for i, d in distances.items()
                  if i not in inside and d and i in sentence.words)
    role = role_of(head)
    shared = {**_sentence_bag(sentence, cache.lemma, inside), **_bag("e", cache.lemmas(evidence), inside)}
    shared.update(_syntax_features(head, phrase, predicate, role, distances, inside, cache))
    left = range(max(first - WINDOW, sent.start), first)
    right = range(last + 1, min(last + 1 + WINDOW, sent.end))
    shared.update({**_bag("L", cache.lemmas(left), inside), **_bag("R", cache.lemmas(right), inside)})
    shared.update(_quote_features(sentence.marks, first))
    shared.update(_mood_features(predicate, role, cache.texts[sent.end - 1] if len(sent) else ""))
    shared.update(_outcome_features(predicate, role))
    evaluative = _evaluative_features(evidence, distances, inside=inside, sent=sent, predicate=predicate, role=role,
                                      negated=f"neg:{role}" in shared, cache=cache)
    return _Context(head, role, texts[1][1], texts, sentence, before, after, words, shared,
                    _voice(predicate, role, shared), evaluative)


def _voice(predicate: Token | None, role: str, shared: dict[str, float]) -> str:
    """Whose words surround the mention: ``speaker`` when the mention is the subject of a
    speech verb (its sentiment is the actor's own, not the author's about them),
    ``quoted`` when the mention stands inside quotation marks (someone else's words), else ""."""
    if role == "subject" and predicate is not None and predicate.lemma_.lower() in SAYING_VERBS:
        return "speaker"
    return "quoted" if "quote:inside" in shared else ""


def _outcome_features(predicate: Token | None, role: str) -> dict[str, float]:
    """An outcome the mention's predicate reports (``GAIN_WORDS``: won, rose, up 5 percent;
    ``LOSS_WORDS``: lost, fell, cut, down 14 percent; the verb or its particle or adverb),
    crossed with the role: ``outcome:loss|subject`` is the actor's own loss, ``outcome:gain|object``
    ("voters defeated Hale") one it is handed."""
    if predicate is None:
        return {}
    words = {predicate.lemma_.lower()} | {child.lower_ for child in predicate.children if child.dep_ in OUTCOME_DEPS}
    kinds = [kind for kind, lexicon in (("gain", GAIN_WORDS), ("loss", LOSS_WORDS)) if words & lexicon]
    return {f"outcome:{kind}|{role}": 1.0 for kind in kinds}


def _evaluative_features(evidence: Sequence[int], distances: dict[int, int], *, inside: set[int], sent: Span,
                         predicate: Token | None, role: str, negated: bool, cache: _DocCache) -> dict[str, float]:
    """Counts of evaluative verbs and nouns (``evaluative_words``, which TextBlob's lexicon of
    adjectives lacks) where they stand: in the evidence by class (``x:harm|e``) and by sign crossed
    with the role (``x-|object``), at dependency distance k from the head (``x+|d1``), in the
    sentence (``x-|s``), and as the governing predicate by class and role (``x:praise|gov|object``:
    "critics praised Hale"); the role's counts again with ``|neg`` when the predicate is negated."""
    classes = cache.evaluative
    in_sentence = [i for i in cache.evaluative_ids[bisect.bisect_left(cache.evaluative_ids, sent.start):
                                                   bisect.bisect_left(cache.evaluative_ids, sent.end)]
                   if i not in inside]
    features: dict[str, float] = {}

    def add(name: str) -> None:
        features[name] = features.get(name, 0.0) + 1.0

    for i in in_sentence:
        word = classes[i]
        add(f"x{_SIGNS[word.sign]}|s")
        if (distance := distances.get(i)) is not None:
            add(f"x{_SIGNS[word.sign]}|d{distance}")
    for word in (classes[i] for i in evidence if i in classes):
        add(f"x:{word.name}|e")
        add(f"x{_SIGNS[word.sign]}|{role}")
    if predicate is not None and (word := EVALUATIVE_CLASS_OF.get(predicate.lemma_.lower())) is not None:
        add(f"x:{word.name}|gov|{role}")
    if negated:
        features.update({f"{name}|neg": value for name, value in list(features.items()) if name.endswith(f"|{role}")})
    return dict(sorted(features.items()))


def _mood_features(predicate: Token | None, role: str, last: str) -> dict[str, float]:
    """Irrealis around a mention: its predicate under a modal ("would", "might") or a condition
    ("if", "unless"): ``irrealis:<role>``; the sentence a question (ends with "?"): ``question``.
    What might happen to an actor, or is asked about them, is not yet said of them."""
    features = {"question": 1.0} if last == "?" else {}
    markers = {"aux": IRREALIS_MODALS, "mark": CONDITIONAL_MARKERS}
    children = predicate.children if predicate is not None else ()
    if any(child.lower_ in markers.get(child.dep_, ()) for child in children):
        features[f"irrealis:{role}"] = 1.0
    return features


def _quote_features(marks: Sequence[int], first: int) -> dict[str, float]:
    """Whether the sentence has quotation marks (token ids ``marks``) and whether the mention,
    starting at token ``first``, sits inside them."""
    features = {"quote:sentence": 1.0} if marks else {}
    if sum(m < first for m in marks) % 2 == 1:
        features["quote:inside"] = 1.0
    return features


def _syntax_features(head: Token, phrase: Token, predicate: Token | None, role: str,
                     distances: dict[int, int], inside: set[int], cache: _DocCache) -> dict[str, float]:
    """Role, negation, governing predicate and dependency-distance lemma features of a mention."""
    features = {f"role:{role}": 1.0, f"dep:{phrase.dep_}": 1.0}
    owners = [head] + ([predicate] if predicate is not None else [])
    if any(child.dep_ == "neg" for owner in owners for child in owner.children):
        features[f"neg:{role}"] = 1.0
    if predicate is not None:
        features[f"gov:{predicate.lemma_.lower()}|{role}"] = 1.0
    for i, lemma in cache.lemmas(i for i in distances if i not in inside and distances[i]):
        if lemma:
            features[f"d{distances[i]}:{lemma}"] = 1.0
    return features


def _engine_features(context: _Context, engine: str) -> dict[str, float]:
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


def _features(context: _Context, engine: str) -> dict[str, float]:
    """All learned-model features of an analysed span for one engine."""
    return {**_engine_features(context, engine), **context.shared}


def target_features(doc: Doc, start: int, end: int, *, engine: str = "textblob") -> dict[str, float]:
    """Return the sparse feature dict of the learned model for the span ``[start, end)``."""
    return _features(_context(doc, start, end, _DocCache(doc)), check_engine(engine))


# --------------------------------------------------------------------------- the learned model


@dataclass(frozen=True)
class TargetModel:
    """A multinomial logistic regression: weights per feature name, one column per label."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    neutral_offset: float
    rows: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Keep the weights as Python floats by feature name too (see ``scores``)."""
        rows = {name: tuple(float(w) for w in self.weights[row]) for name, row in self.index.items()}
        object.__setattr__(self, "rows", rows)

    def scores(self, features: dict[str, float]) -> np.ndarray:
        """Return the log-scores (before softmax) of each label for one feature dict."""
        return np.asarray(self._scores(features), dtype=float)

    def _scores(self, features: dict[str, float]) -> tuple[float, float, float]:
        """``scores`` as Python floats, summed in feature order with every label in the same
        pass: the same operations, hence the same numbers, as adding ``value * weights[row]``
        to a NumPy vector, without NumPy's per-call overhead on three-element arrays."""
        negative = neutral = positive = 0.0
        rows = self.rows
        for name, value in features.items():
            row = rows.get(name)
            if row is not None:
                negative += value * row[0]
                neutral += value * row[1]
                positive += value * row[2]
        return negative, neutral, positive

    def probabilities(self, features: dict[str, float]) -> tuple[float, ...]:
        """Return P(label) in ``labels`` order (a softmax of ``scores``)."""
        return _softmax(self._scores(features))

    def label(self, features: dict[str, float]) -> str:
        """Return the most probable label after adding ``neutral_offset`` to the neutral score."""
        scores = self.scores(features)
        scores[self.labels.index("neutral")] += self.neutral_offset
        return self.labels[int(np.argmax(scores))]


def _softmax(scores: Sequence[float]) -> tuple[float, ...]:
    """The softmax of log-scores, in Python floats."""
    top = max(scores)
    exp = [math.exp(score - top) for score in scores]
    total = sum(exp)
    return tuple(value / total for value in exp)


def _polarity_of(probabilities: Sequence[float]) -> float:
    """P(positive) - P(negative) of a probability triple in ``LABELS`` order."""
    return float(probabilities[2] - probabilities[0])


class _JointModel(NamedTuple):
    """Several engines' models with, per feature name, each model's weight row (``None`` where
    a model lacks the feature), so shared features are looked up once for all engines."""

    models: tuple[TargetModel, ...]
    rows: dict[str, tuple[tuple[float, ...] | None, ...]]

    def polarities(self, engine_features: Sequence[dict[str, float]], shared: dict[str, float]) -> list[float]:
        """Per model, the polarity of its engine's features followed by ``shared``: the same
        sums in the same order, hence the same numbers, as ``probabilities`` of the merged dict."""
        totals = [list(model._scores(features)) for model, features in zip(self.models, engine_features)]
        for name, value in shared.items():
            rows = self.rows.get(name)
            if rows is None:
                continue
            for total, row in zip(totals, rows):
                if row is not None:
                    total[0] += value * row[0]
                    total[1] += value * row[1]
                    total[2] += value * row[2]
        return [_polarity_of(_softmax(total)) for total in totals]


@lru_cache(maxsize=4)
def _joint_model(engines: tuple[str, ...]) -> _JointModel:
    """The learned models of ``engines`` joined by feature name (see ``_JointModel``)."""
    models = tuple(load_target_model(engine) for engine in engines)
    names = sorted(set().union(*(model.rows for model in models)))
    return _JointModel(models, {name: tuple(model.rows.get(name) for model in models) for name in names})


def model_from_json(data: dict) -> TargetModel:
    """Build a ``TargetModel`` from one engine's entry of the weights file."""
    names = data["features"]
    if tuple(data["labels"]) != LABELS:
        raise errors.ConfigurationError(errors.SENTIMENT_MODEL_LABELS.format(labels=data["labels"], expected=", ".join(LABELS)))
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
    return model_from_json(read_weights(path, errors.SENTIMENT_MODEL_MISSING)["models"][engine])


# --------------------------------------------------------------------------- target polarity


def _check_method(method: str) -> str:
    """Return ``method`` if it is one of ``METHODS``, else raise ``ValueError``."""
    if method not in METHODS:
        raise errors.ConfigurationError(errors.SENTIMENT_METHOD.format(method=method, known=", ".join(METHODS)))
    return method


def target_polarity(
    doc: Doc, start: int, end: int, *, engine: str = "textblob", method: str = "learned"
) -> float:
    """Return the sentiment in [-1, 1] towards the span ``[start, end)`` within its sentence."""
    check_engine(engine)
    if _check_method(method) == "lexicon":
        return polarity(_context(doc, start, end, _DocCache(doc)).evidence, engine=engine)
    return _polarity_of(load_target_model(engine).probabilities(target_features(doc, start, end, engine=engine)))


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


def _context_polarities(contexts: Sequence[_Context], engines: Sequence[str], method: str) -> list[list[float]]:
    """The target polarity of each analysed span (``target_polarity`` without re-analysing it),
    one list per engine; the learned models of all engines score each span in one pass."""
    if method == "lexicon":
        return [[polarity(context.evidence, engine=engine) for context in contexts] for engine in engines]
    joint = _joint_model(tuple(engines))
    per_span = [joint.polarities([_engine_features(context, engine) for engine in engines], context.shared)
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
    _check_method(method)
    cache = _DocCache(doc)
    contexts = [(m, _context(doc, m.start, m.end, cache)) for m in mentions]
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


def _clip(value: float) -> float:
    """``value`` clipped to [-1, 1] (NaN stays NaN)."""
    return value if math.isnan(value) else min(max(value, -1.0), 1.0)


def _summary(values: np.ndarray, sentence_ids: Iterable[object]) -> dict[str, object]:
    """n, mean, sd, 95% t interval (clipped to the polarity range [-1, 1]; undefined for n = 1)
    and sentence ids of one actor-role group's polarities."""
    n = len(values)
    mean = float(values.mean())
    sd = float(values.std(ddof=1)) if n > 1 else math.nan
    half = t_quantile_975(n - 1) * sd / math.sqrt(n) if n > 1 else math.nan
    ids = sorted({int(i) for i in sentence_ids})
    return {
        "n": n, "polarity_mean": mean, "polarity_sd": sd,
        "ci_low": _clip(mean - half), "ci_high": _clip(mean + half),
        "sentences": "; ".join(str(i) for i in ids),
    }


ACTOR_SENTIMENT_COLUMNS: tuple[str, ...] = tables.COLUMNS["actor_sentiment"]


def actor_sentiment(rows: pd.DataFrame, *, engine: str | None = None) -> pd.DataFrame:
    """Aggregate mention-sentiment rows (article_id, actor, role, polarity, sentence_id, ...) of one
    engine into the ``actor_sentiment`` table, one row per article, actor and role, sorted by those
    keys; ``engine`` fills the engine column (missing when ``None``)."""
    keys = ["article_id", "actor", "role"]
    missing = [c for c in [*keys, "polarity", "sentence_id"] if c not in rows.columns]
    if missing:
        raise errors.ConfigurationError(errors.SENTIMENT_MISSING_COLUMNS.format(columns=", ".join(missing)))
    values = rows["polarity"].astype(float).to_numpy()
    sentence_ids = rows["sentence_id"].to_numpy()
    records = [
        {**dict(zip(keys, key)), "engine": engine, **_summary(values[at], sentence_ids[at])}
        for key, at in _group_positions(rows, keys)
    ]
    return pd.DataFrame(records, columns=list(ACTOR_SENTIMENT_COLUMNS))


def _group_positions(rows: pd.DataFrame, keys: list[str]) -> list[tuple[tuple, np.ndarray]]:
    """(key values, row positions) of each group of ``rows`` by ``keys``, in sorted key order.

    Plain Python grouping when every key is a string (the usual case, much faster than a
    pandas groupby on a small frame); pandas' grouping otherwise (missing keys sort last).
    """
    columns = [rows[k].tolist() for k in keys]
    if not all(isinstance(v, str) for column in columns for v in column):
        grouped = rows.groupby(keys, sort=True, dropna=False).indices
        return list(grouped.items())
    positions: dict[tuple, list[int]] = {}
    for at, key in enumerate(zip(*columns)):
        positions.setdefault(key, []).append(at)
    return [(key, np.asarray(positions[key], dtype=np.intp)) for key in sorted(positions)]
