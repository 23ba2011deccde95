"""Portrayal: voices, headline naming, the model's output and the table on the sample article."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis import corpus as corpus_module
from analysis import portrayal, tables

QUOTES = [{"start": 100, "end": 160, "speaker": "Ana Ruiz"}, {"start": 200, "end": 260, "speaker": ""}]


@pytest.mark.parametrize(("row", "voice"), [
    ({"role": "subject", "start": 10, "end": 18, "actor": "Ben Cole"}, ("author", "")),
    ({"role": "object", "start": 110, "end": 118, "actor": "Ben Cole"}, ("quoted", "Ana Ruiz")),
    ({"role": "object", "start": 110, "end": 118, "actor": "Ana Ruiz"}, ("speaker", "Ana Ruiz")),
    ({"role": "speaker", "start": 100, "end": 160, "actor": "Ana Ruiz"}, ("speaker", "Ana Ruiz")),
    ({"role": "mentioned", "start": 210, "end": 214, "actor": "Ben Cole"}, ("quoted", "")),
])
def test_voice_of_keeps_the_author_the_quoted_and_the_speaker_apart(row: dict, voice: tuple) -> None:
    assert portrayal.voice_of(row, QUOTES) == voice


@pytest.mark.parametrize(("headline", "named"), [
    ("Cole Wins Again", True),
    ("Coleman Wins Again", False),
    ("Ben Cole's Team Loses", True),
    ("", False),
])
def test_in_headline(headline: str, named: bool) -> None:
    assert portrayal.in_headline(headline, "Ben Cole", "Ben Cole; Cole") is named


def _article(polarity: float) -> dict:
    sentences = [{"sentence_id": 0, "text": "Ben Cole won.", "polarity_textblob": polarity, "polarity_vader": polarity},
                 {"sentence_id": 1, "text": "It rained.", "polarity_textblob": 0.0, "polarity_vader": 0.0}]
    actors = [{"actor": "Ben Cole", "n_mentions": 1, "aliases": "Ben Cole", "type": "PERSON", "first_sentence": 0}]
    mentions = [{"actor": "Ben Cole", "role": "subject", "start": 0, "end": 8, "sentence_id": 0,
                 "engine": engine, "polarity": polarity} for engine in portrayal.ENGINES]
    return {"headline": "Cole in the news", "sentences": sentences, "actors": actors,
            "mention_sentiment": mentions, "quotes": []}


def test_portrayal_orders_praise_above_criticism() -> None:
    praised, = portrayal.portrayal_rows(**_article(0.8))
    criticised, = portrayal.portrayal_rows(**_article(-0.8))
    assert praised.score > criticised.score
    assert praised.p_positive > criticised.p_positive and praised.p_negative < criticised.p_negative
    for row in (praised, criticised):
        assert math.isclose(row.p_negative + row.p_neutral + row.p_positive, 1.0)
        assert row.label in portrayal.LABELS
        assert row.n_author == 1 and row.n_quoted == 0 and math.isnan(row.quoted_score)
        assert row.in_headline and row.evidence.startswith("s0 author ")


def test_model_round_trips_through_json() -> None:
    model = portrayal.load_model()
    again = portrayal.model_from_json(model.to_json())
    rows = [_article(0.3)["mention_sentiment"][0] | {"author:vader:mean": 0.3}]
    assert np.allclose(model.probabilities(rows), again.probabilities(rows))
    assert set(model.features) == set(portrayal.FEATURES)


def test_evidence_lists_the_strongest_sentences_in_text_order() -> None:
    one = portrayal.ActorInput("Ben Cole", {}, 3, (0, 1, 2), {
        "author": [(0, 0.1, ""), (2, -0.7, "")], "quoted": [(1, 0.5, "Ana Ruiz")], "speaker": []}, False)
    sentences = {i: {"text": f"Sentence {i}."} for i in range(3)}
    text = portrayal.evidence_text(one, sentences, limit=2)
    assert text == "s1 quoted (Ana Ruiz) +0.50: Sentence 1. | s2 author -0.70: Sentence 2."


def test_portrayal_table_of_the_sample_article(sample_path) -> None:
    built = corpus_module.build_corpus(str(sample_path))
    table = built.portrayal
    assert list(table.columns) == list(tables.COLUMNS["portrayal"])
    assert set(table["actor"]) == set(built.actors["actor"])
    assert set(table["label"]) <= set(portrayal.LABELS)
    assert table[["p_negative", "p_neutral", "p_positive"]].sum(axis=1).round(9).eq(1).all()
    assert table["score"].between(-1, 1).all()
    putin = table[table["actor"].str.contains("Putin")].iloc[0]
    assert putin["n_speaker"] >= 2 and putin["in_headline"]
    assert isinstance(putin["evidence"], str) and putin["evidence"].count(" | ") == 2
    assert pd.api.types.is_numeric_dtype(table["score"])


def _model(band: tuple[float, float]) -> portrayal.PortrayalModel:
    """The committed model with the base rates 0.1 / 0.4 / 0.5 and the given neutral band."""
    model = portrayal.load_model()
    return portrayal.PortrayalModel(model.features, model.mean, model.scale, model.weights, model.intercept,
                                    np.array([0.1, 0.4, 0.5]), neutral_band=band)


@pytest.mark.parametrize(("band", "expected"), [
    ((0.0, 0.0), ["negative", "negative", "positive"]),
    ((-0.05, 0.0), ["negative", "negative", "positive"]),
    ((-0.5, 0.0), ["neutral", "neutral", "positive"]),
    ((-0.5, 0.7), ["neutral", "neutral", "neutral"]),
])
def test_labels_are_read_from_the_score_with_the_neutral_band(band: tuple, expected: list[str]) -> None:
    model = _model(band)
    probabilities = np.array([[0.3, 0.2, 0.5], [0.1, 0.5, 0.4], [0.01, 0.2, 0.79]])
    even = np.array([[3, 0.5, 1], [1, 1.25, 0.8], [0.1, 0.5, 1.58]])
    assert np.allclose(model.scores(probabilities), (even[:, 2] - even[:, 0]) / even.sum(axis=1))
    assert model.labels(probabilities) == expected


def test_label_and_score_agree_for_any_probabilities() -> None:
    model = _model(portrayal.load_model().neutral_band)
    probabilities = np.random.default_rng(0).dirichlet([1, 1, 1], size=2000)
    scores = model.scores(probabilities)
    labels = np.array(model.labels(probabilities))
    assert (scores[labels == "positive"] > 0).all() and (scores[labels == "negative"] < 0).all()
    low, high = model.neutral_band
    assert ((scores[labels == "neutral"] >= low) & (scores[labels == "neutral"] <= high)).all()
    assert portrayal.band_labels([0.0], model.neutral_band) == ["neutral"]


@pytest.mark.parametrize("band", [(0.1, 0.3), (-0.3, -0.1)])
def test_a_neutral_band_without_zero_is_refused(band: tuple) -> None:
    with pytest.raises(ValueError, match="E407"):
        _model(band)
