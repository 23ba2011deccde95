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


@pytest.mark.parametrize(("power", "expected"), [(0.0, ["positive", "neutral"]), (1.0, ["negative", "neutral"])])
def test_labels_divide_the_base_rates_out_to_the_prior_power(power: float, expected: list[str]) -> None:
    model = portrayal.load_model()
    model = portrayal.PortrayalModel(model.features, model.mean, model.scale, model.weights, model.intercept,
                                     np.array([0.1, 0.4, 0.5]), prior_power=power)
    probabilities = np.array([[0.3, 0.2, 0.5], [0.1, 0.5, 0.4]])
    assert model.labels(probabilities) == expected
    assert np.allclose(model.scores(probabilities), [(1 - 3) / 4.5, (0.8 - 1) / 3.05])  # whatever the power
