"""Sentence and paragraph tone: masking, n-grams as scikit-learn forms them, numpy equal to scikit-learn, the
committed model's reading of invented sentences."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from analysis import tone

SENTENCES = ["Mr. Lark's rivals praised his brilliant, generous plan.",
             "The court found that Lark had lied and cheated investors.",
             "Lark will travel to Lyon on Tuesday.",
             "Critics said the plan was a disaster and a fraud.",
             "Fans cheered the brilliant win."]


@pytest.mark.parametrize(("text", "spans", "masked"), [
    ("Ana Ruiz won.", [(0, 8)], " TGT  won."),
    ("Ana met Ana.", [(8, 11), (0, 3)], " TGT  met  TGT ."),
    ("Ana won.", [(0, 3), (1, 2)], " TGT  won."),
    ("Ana won.", [(4, 40)], "Ana won."),
])
def test_mask_replaces_the_target_spans(text: str, spans: list, masked: str) -> None:
    assert tone.mask(text, spans) == masked


def test_terms_are_scikit_learns_ngrams() -> None:
    analyse = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    for text in SENTENCES:
        assert sorted(tone.terms(text)) == sorted(analyse(text))


def test_numpy_model_gives_scikit_learns_probabilities() -> None:
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    y = np.array([2, 0, 1, 0, 2])
    model = LogisticRegression(C=10.0, max_iter=1000).fit(vectorizer.fit_transform(SENTENCES), y)
    ours = tone.ToneModel(dict(vectorizer.vocabulary_), vectorizer.idf_, model.coef_.T, model.intercept_,
                          np.bincount(y) / len(y))
    texts = [*SENTENCES, "A brilliant fraud", "nothing known here"]
    assert np.allclose(ours.probabilities(texts), model.predict_proba(vectorizer.transform(texts)))
    again = tone.tone_model_from_json(json.loads(json.dumps(ours.to_json())))
    assert np.allclose(again.probabilities(texts), ours.probabilities(texts), atol=1e-5)


def test_committed_model_reads_praise_above_blame() -> None:
    scores, labels = tone.load_tone_model().scores(["TGT was praised for a brilliant and generous rescue.",
                                    "TGT will meet the committee on Tuesday.",
                                    "TGT was accused of fraud and corruption."])
    assert scores[0] > scores[1] > scores[2]
    assert labels[0] == 2 and labels[2] == 0
    assert np.all(np.abs(scores) <= 1.0)


def test_committed_paragraph_model_reads_praise_above_blame() -> None:
    """A weaker reader of single sentences than the sentence model (it learned from 4,000 whole
    paragraphs), but it orders praise above blame and reads the blame as negative."""
    scores, labels = tone.load_paragraph_model().scores(["TGT was praised for a brilliant and generous rescue.",
                                                         "TGT was accused of fraud and corruption."])
    assert scores[0] > scores[1] and labels[1] == 0


@pytest.mark.parametrize("load", [tone.load_tone_model, tone.load_paragraph_model])
def test_missing_model_names_the_file(tmp_path, load) -> None:
    with pytest.raises(FileNotFoundError, match="E409.*nowhere.json"):
        load(tmp_path / "nowhere.json")
