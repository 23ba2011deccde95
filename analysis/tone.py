"""The author's tone toward a target in one sentence: a bag-of-words model trained on NewsMTSC.

NewsMTSC's training split labels the sentiment of a news sentence toward one of its mentions
(negative, neutral, positive). ``benchmarks/train_portrayal.py`` fits on it, with the target's
words replaced by ``TGT`` (``TARGET``, so the model reads what is said of the target, not who it is), a
TF-IDF of word unigrams and bigrams (scikit-learn's ``TfidfVectorizer``: lower case, words of
two or more word characters, sublinear term frequency, L2 norm) and a multinomial logistic
regression; its settings (least document frequency of a term, ``C``) are chosen by macro-F1 on
NewsMTSC's dev splits. The weights are JSON (``analysis/models/portrayal_tone.json``) and the
model is applied here with numpy, the same arithmetic as scikit-learn's (the training script
checks that they agree).

``ToneModel.scores`` gives per text P(positive) − P(negative) with the training base rates
divided out (0 leans neither way) and the label of the largest such probability. The portrayal
model (``analysis.portrayal``) reads its article-level summaries: the tone toward the actor (the
actor's mentions masked) of the actor's sentences, of the whole article and of its first
paragraph, and the shares of sentences it reads as positive and negative.

The paragraph-tone model (``analysis/models/portrayal_paragraph.json``) is the same kind of model
fitted on whole paragraphs: PerSenT's readers labelled, paragraph by paragraph, how the author
portrays the article's main person (4,169 labelled paragraphs in its dev split), so it reads the
author's stance toward a person over the span of a paragraph, where NewsMTSC's labels are of one
sentence. The same script fits it, the main person's mentions (as the project's pipeline finds them)
masked as ``TGT``; the portrayal model reads its summaries as it reads the sentence model's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import errors
from .model_files import read_weights, softmax, without_priors
from .vocabulary import SENTIMENT_LABELS as LABELS

TONE_MODEL_PATH: Path = Path(__file__).resolve().parent / "models" / "portrayal_tone.json"
#: The paragraph-tone model: the same kind of model, fitted on PerSenT dev's paragraph labels.
PARAGRAPH_MODEL_PATH: Path = Path(__file__).resolve().parent / "models" / "portrayal_paragraph.json"
#: The word that stands for the target's own words (in training and when an actor is scored).
TARGET = "TGT"
#: scikit-learn's default token pattern: runs of two or more word characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each ``[start, end)`` of ``spans`` (offsets into ``text``) replaced by
    ``TARGET``; spans outside the text are ignored, overlapping ones merged."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last or start < 0 or end > len(text) or start >= end:
            continue
        out += [text[last:start], f" {TARGET} "]
        last = end
    return "".join(out) + text[last:]


def terms(text: str, *, max_n: int = 2) -> list[str]:
    """The word n-grams (1 to ``max_n``) of ``text`` in lower case, as scikit-learn forms them."""
    tokens = TOKEN.findall(text.lower())
    return [" ".join(tokens[i: i + n]) for n in range(1, max_n + 1) for i in range(len(tokens) - n + 1)]


@dataclass(frozen=True)
class ToneModel:
    """Vocabulary with inverse document frequencies, weights (terms x labels), intercepts, the
    training base rates and the largest n-gram length."""

    index: Mapping[str, int]
    idf: np.ndarray
    weights: np.ndarray
    intercept: np.ndarray
    priors: np.ndarray
    max_n: int = 2

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(term indices, L2-normalised sublinear TF-IDF values) of ``text``."""
        counts: dict[int, int] = {}
        for term in terms(text, max_n=self.max_n):
            k = self.index.get(term)
            if k is not None:
                counts[k] = counts.get(k, 0) + 1
        ids = np.fromiter(counts, dtype=int, count=len(counts))
        values = np.array([(1.0 + math.log(n)) for n in counts.values()]) * self.idf[ids]
        norm = float(np.sqrt(values @ values)) if len(values) else 0.0
        return ids, values / norm if norm else values

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """P(label) per text (columns in ``LABELS`` order), as the trained regression gives them."""
        logits = np.tile(self.intercept, (len(texts), 1))
        for row, text in enumerate(texts):
            ids, values = self.vector(text)
            logits[row] += values @ self.weights[ids]
        return softmax(logits)

    def scores(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(P(positive) − P(negative), label index) per text, base rates divided out."""
        even = without_priors(self.probabilities(texts), self.priors)
        return even[:, 2] - even[:, 0], even.argmax(axis=1)

    def to_json(self) -> dict:
        """The model as a JSON-ready dict (``tone_model_from_json`` reads it back)."""
        ordered = sorted(self.index, key=self.index.__getitem__)
        return {"labels": list(LABELS), "max_n": self.max_n, "intercept": [round(v, 6) for v in self.intercept.tolist()],
                "priors": self.priors.tolist(),
                "terms": {term: [round(float(self.idf[k]), 6), *(round(w, 6) for w in self.weights[k].tolist())]
                          for term, k in ((t, self.index[t]) for t in ordered)}}


def tone_model_from_json(data: Mapping) -> ToneModel:
    """Build a ``ToneModel`` from its JSON dict (``terms``: term -> [idf, weight per label])."""
    if tuple(data["labels"]) != LABELS:
        raise ValueError(errors.SENTIMENT_MODEL_LABELS.format(labels=data["labels"], expected=", ".join(LABELS)))
    table = np.array(list(data["terms"].values()), dtype=float).reshape(len(data["terms"]), 1 + len(LABELS))
    return ToneModel({term: k for k, term in enumerate(data["terms"])}, table[:, 0], table[:, 1:],
                     np.asarray(data["intercept"], dtype=float), np.asarray(data["priors"], dtype=float),
                     int(data["max_n"]))


@lru_cache(maxsize=2)
def load_tone_model(path: Path = TONE_MODEL_PATH) -> ToneModel:
    """Load the committed sentence-tone model."""
    return tone_model_from_json(read_weights(path, errors.TONE_MODEL_MISSING))


@lru_cache(maxsize=2)
def load_paragraph_model(path: Path = PARAGRAPH_MODEL_PATH) -> ToneModel:
    """Load the committed paragraph-tone model."""
    return tone_model_from_json(read_weights(path, errors.TONE_MODEL_MISSING))
