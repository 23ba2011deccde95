"""A learned finder of reported speech the cue patterns of ``analysis.quotes`` leave out.

News reports far more than what is "said": PolNeAR (political news attribution relations, the
project's benchmark) counts "Sanders voted for the bill", "Trump spotted a sign in the crowd",
"she compared abortion to slavery" as attributions, a long tail of ordinary verbs that word lists
cannot reach. The cue patterns stay; this model only adds attributions where they are silent.

Candidates (``analysis.quotes.learned_candidates``) are the verbs outside quotation marks that no
pattern took as a cue, that lie in no pattern's content, and that have a complement to report: the
clausal complement the patterns would take, else the object with what is predicated of it, else
the object, the open complement or the object of the first preposition (not a time). Each has
the features of ``cue_features``: the lemma and the word lists holding it, the complement's kind
and preposition (with the lemma: "vote|for"), the verb's dependency, tag, voice, modality,
negation and children, its subject (none, a pronoun, an entity type, a noun's lemma), the verb it
hangs on, the content's length and entity types, quotation marks near it, and whether it is on a
title line. A logistic regression (``analysis/models/attribution.json``, trained by
``benchmarks/train_quotes.py`` on PolNeAR's train split, its threshold chosen by cross-validation
grouped by article) scores them; a candidate at or above the threshold is an attribution with the
pattern name ``learned``, whose speaker is the verb's subject as for every pattern.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from . import errors
from .model_files import read_weights
from .nlp import doc_text, sentence_of
from .vocabulary import (COGNITION_VERBS, COMMITMENT_VERBS, EVIDENTIAL_VERBS, NAMING_VERBS, OBJECT_CONTENT_VERBS,
                         OPENING_QUOTE_MARKS, PASSIVE_REPORT_VERBS, SAYING_VERBS, TELLING_VERBS, TOPIC_VERBS)

ATTRIBUTION_MODEL_PATH: Path = Path(__file__).resolve().parent / "models" / "attribution.json"
#: The word lists a lemma's membership is a feature of.
LEMMA_LISTS: dict[str, frozenset[str]] = {
    "saying": SAYING_VERBS, "telling": TELLING_VERBS, "cognition": COGNITION_VERBS, "commitment": COMMITMENT_VERBS,
    "object_content": OBJECT_CONTENT_VERBS, "topic": TOPIC_VERBS, "naming": NAMING_VERBS,
    "evidential": EVIDENTIAL_VERBS, "passive_report": PASSIVE_REPORT_VERBS,
}
#: Upper bounds of the content-length buckets (words).
LENGTH_BUCKETS: tuple[int, ...] = (1, 3, 7, 15, 30)
#: Every token that is a quotation mark: the opening ones and the curly closing one.
QUOTE_MARKS = OPENING_QUOTE_MARKS | {"\u201d"}


@dataclass(frozen=True)
class AttributionModel:
    """Logistic-regression weights by feature name, the intercept, the threshold a candidate must
    reach and the one below which a pattern's attribution is vetoed (0: none is)."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float
    veto_threshold: float = 0.0

    def score(self, features: Mapping[str, float]) -> float:
        """The log-odds that a candidate is an attribution."""
        return self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a candidate is an attribution."""
        return 1.0 / (1.0 + math.exp(-max(min(self.score(features), 30.0), -30.0)))

    def accepts(self, features: Mapping[str, float]) -> bool:
        """True when the candidate's probability reaches the threshold."""
        return self.probability(features) >= self.threshold

    def keeps(self, features: Mapping[str, float]) -> bool:
        """True when a pattern's attribution is kept (its probability reaches the veto threshold)."""
        return self.veto_threshold <= 0.0 or self.probability(features) >= self.veto_threshold

    def to_json(self) -> dict:
        """The JSON form (features sorted, so the file is stable)."""
        names = sorted(self.weights)
        return {"features": names, "weights": [self.weights[n] for n in names], "intercept": self.intercept,
                "threshold": self.threshold, "veto_threshold": self.veto_threshold}


def model_from_json(data: Mapping) -> AttributionModel:
    """Build an ``AttributionModel`` from its JSON dict."""
    return AttributionModel(dict(zip(data["features"], (float(w) for w in data["weights"]))),
                            float(data["intercept"]), float(data["threshold"]), float(data.get("veto_threshold", 0.0)))


@lru_cache(maxsize=2)
def load_model(path: Path = ATTRIBUTION_MODEL_PATH) -> AttributionModel:
    """Load the committed attribution model."""
    return model_from_json(read_weights(path, errors.ATTRIBUTION_MODEL_MISSING))


def _subject_features(subject: Token | None) -> dict[str, float]:
    """Features of a cue's subject: none, a pronoun, an entity type, a noun's lemma."""
    if subject is None:
        return {"subj:none": 1.0}
    if subject.pos_ == "PRON":
        return {f"subj:pron:{subject.lower_}": 1.0}
    found = {f"subj:pos:{subject.pos_}": 1.0}
    if subject.ent_type_:
        found[f"subj:ent:{subject.ent_type_}"] = 1.0
    if subject.pos_ == "NOUN":
        found[f"subj:lemma:{subject.lemma_.lower()}"] = 1.0
    return found


def _verb_features(verb: Token, lemma: str) -> dict[str, float]:
    """Features of the cue verb: lemma, word lists, dependency, tag, voice, modality, children."""
    found = {f"lemma:{lemma}": 1.0, f"dep:{verb.dep_}": 1.0, f"tag:{verb.tag_}": 1.0}
    found.update({f"list:{name}": 1.0 for name, words in LEMMA_LISTS.items() if lemma in words})
    for child in verb.children:
        found[f"child:{child.dep_}"] = 1.0
        if child.dep_ == "aux" and child.tag_ == "MD":
            found["modal"] = 1.0
        if child.dep_ == "prt":
            found[f"lemma_prt:{lemma}|{child.lower_}"] = 1.0
    if "child:auxpass" in found or "child:nsubjpass" in found:
        found["passive"] = 1.0
    if verb.head.i != verb.i:
        found[f"head:{verb.dep_}|{verb.head.pos_}"] = 1.0
        found.update({f"head_list:{name}": 1.0 for name, words in LEMMA_LISTS.items()
                      if verb.head.lemma_.lower() in words})
    return found


def _content_features(verb: Token, lemma: str, kind: str, content: tuple[int, int]) -> dict[str, float]:
    """Features of the content: its kind and its head word (each also with the cue's lemma: "have|concern"),
    preposition, length, entity types."""
    doc = verb.doc
    first, last = content
    words = sum(1 for t in doc[first:last + 1] if not t.is_punct)
    bucket = next((b for b in LENGTH_BUCKETS if words <= b), LENGTH_BUCKETS[-1] + 1)
    head = doc[first:last + 1].root.lemma_.lower()
    found = {f"kind:{kind}": 1.0, f"lemma_kind:{lemma}|{kind}": 1.0, f"len:{bucket}": 1.0,
             f"content_head:{head}": 1.0, f"lemma_head:{lemma}|{head}": 1.0}
    opener = doc[first - 1] if kind == "prep" and first > 0 else None
    if opener is not None and opener.dep_ == "prep":
        found[f"prep:{opener.lower_}"] = 1.0
        found[f"lemma_prep:{lemma}|{opener.lower_}"] = 1.0
    if doc[first].lower_ == "that":
        found["content:that"] = 1.0
    found.update({f"content_ent:{t.ent_type_}": 1.0 for t in doc[first:last + 1] if t.ent_iob_ == "B"})
    return found


def cue_features(verb: Token, *, lemma: str, subject: Token | None, kind: str, content: tuple[int, int],
                 quoted: Callable[[int], bool]) -> dict[str, float]:
    """The features of a candidate cue verb (module docstring); ``content`` is its first and last
    token index, ``kind`` how it was found, ``quoted`` tells whether a character is in quotes."""
    sent = sentence_of(verb.doc, verb.i)
    found = {**_verb_features(verb, lemma), **_subject_features(subject),
             **_content_features(verb, lemma, kind, content)}
    if any(t.text in QUOTE_MARKS for t in sent):
        found["sentence_quoted"] = 1.0
    if any(quoted(verb.doc[i].idx) for i in content):
        found["content_quoted"] = 1.0
    first_break = doc_text(verb.doc).find("\n")
    if first_break < 0 or verb.idx < first_break:
        found["title_line"] = 1.0
    if any(c.dep_ == "neg" for c in verb.children):
        found["negated"] = 1.0
    if subject is not None and subject.i > verb.i:
        found["subject_after"] = 1.0
    return found
