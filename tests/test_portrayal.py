"""Portrayal: voices, headline naming, the model's output and the table on the sample article."""

from __future__ import annotations

import math
from collections.abc import Callable
from types import ModuleType

import numpy as np
import pandas as pd
import pytest

from analysis import corpus as corpus_module
from analysis import newsmtsc, portrayal, tables

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


@pytest.mark.parametrize(("text", "sign"), [
    ("Ben Cole was praised for a brilliant and generous rescue.", 1),
    ("Ben Cole was accused of fraud and corruption.", -1),
])
def test_tone_features_read_the_actors_sentences_with_the_actor_masked(text: str, sign: int) -> None:
    article = _article(0.0)
    article["sentences"][0] |= {"text": text, "start": 0, "paragraph_id": 0}
    article["sentences"][1] |= {"start": len(text) + 1, "paragraph_id": 1}
    one, = portrayal.actor_inputs(**article)
    features = one.features
    assert np.sign(features["tone:actor"]) == sign and np.sign(features["tone:lede"]) == sign
    assert math.isclose(features["tone:lede"], features["tone:actor"])
    assert 0.0 <= features["tone:pos_share"] + features["tone:neg_share"] <= 1.0
    assert {name for name in features if name.startswith("tone:")} == {
        "tone:actor", "tone:article", "tone:lede", "tone:pos_share", "tone:neg_share"}


def test_paragraph_texts_join_sentences_by_paragraph_and_mask_the_actor() -> None:
    sentences = [{"sentence_id": 0, "paragraph_id": 0, "start": 0, "text": "Ben Cole won."},
                 {"sentence_id": 1, "paragraph_id": 0, "start": 14, "text": "Fans cheered."},
                 {"sentence_id": 2, "paragraph_id": 1, "start": 29, "text": "It rained on Cole."}]
    texts = portrayal.paragraph_texts(sentences, {0: {(0, 8)}, 2: {(42, 46)}})
    assert texts == (" TGT  won. Fans cheered.", "It rained on  TGT .")


def _paragraph_features(text: str) -> tuple[portrayal.ActorInput, dict[str, float]]:
    article = _article(0.0)
    article["sentences"][0] |= {"text": text, "start": 0, "paragraph_id": 0}
    article["sentences"][1] |= {"start": len(text) + 1, "paragraph_id": 1}
    one, = portrayal.actor_inputs(**article)
    return one, one.features


def test_paragraph_features_read_the_actors_paragraphs() -> None:
    praised, features = _paragraph_features("Ben Cole was praised for a brilliant and generous rescue.")
    _, blamed = _paragraph_features("Ben Cole was accused of fraud and corruption.")
    assert praised.paragraphs[0].startswith(f" {portrayal.tone.TARGET} ") and len(praised.paragraphs) == 2
    assert features["para:actor"] > blamed["para:actor"] and blamed["para:actor"] < 0
    assert features["para:actor"] == features["para:lede"]
    assert {name for name in features if name.startswith("para:")} == {
        "para:actor", "para:article", "para:lede", "para:pos_share", "para:neg_share"}


def test_paragraph_features_of_an_actor_in_no_paragraph_read_the_article() -> None:
    model = portrayal.tone.load_paragraph_model()
    memo: dict = {}
    features = portrayal.paragraph_features(("Fans cheered the brilliant win.", "It rained."), model, memo=memo)
    assert features["para:actor"] == 0.0 and len(memo) == 2
    assert features["para:lede"] > features["para:article"] - 1e-12
    assert portrayal.paragraph_features((), model) == {}


def test_model_round_trips_through_json() -> None:
    model = portrayal.load_model()
    again = portrayal.model_from_json(model.to_json())
    rows = [_article(0.3)["mention_sentiment"][0] | {"author:vader:mean": 0.3}]
    assert np.allclose(model.probabilities(rows), again.probabilities(rows))
    assert model.features == again.features and model.evidence_half == again.evidence_half


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
    unsupported = table[(table["n_author"] == 0) & (table["n_quoted"] == 0)]
    assert not unsupported.empty and unsupported["score"].eq(0).all() and unsupported["label"].eq("neutral").all()
    gerasimov = table[table["actor"].str.contains("Gerasimov")].iloc[0]
    assert gerasimov["n_author"] == 1 and gerasimov["label"] == "neutral", "one neutral sentence is weak evidence"


def _model(band: tuple[float, float], half: float = 0.0) -> portrayal.PortrayalModel:
    """The committed model with the base rates 0.1 / 0.4 / 0.5, the given neutral band and evidence half."""
    model = portrayal.load_model()
    return portrayal.PortrayalModel(model.features, model.mean, model.scale, model.weights, model.intercept,
                                    np.array([0.1, 0.4, 0.5]), neutral_band=band, evidence_half=half)


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


@pytest.mark.parametrize("half", [0.0, 0.25, 2.0])
def test_label_and_score_agree_for_any_probabilities_and_evidence(half: float) -> None:
    model = _model(portrayal.load_model().neutral_band, half)
    rng = np.random.default_rng(0)
    probabilities = rng.dirichlet([1, 1, 1], size=2000)
    evidence = rng.choice([0.0, 0.05, 0.3, 1.0, 4.0], size=2000)
    scores = model.scores(probabilities, evidence=evidence)
    labels = np.array(model.labels(probabilities, evidence=evidence))
    assert (np.abs(scores) <= np.abs(model.scores(probabilities)) + 1e-12).all()
    assert (labels[evidence == 0] == "neutral").all() or half == 0.0
    assert (scores[labels == "positive"] > 0).all() and (scores[labels == "negative"] < 0).all()
    low, high = model.neutral_band
    assert ((scores[labels == "neutral"] >= low) & (scores[labels == "neutral"] <= high)).all()
    assert portrayal.band_labels([0.0], model.neutral_band) == ["neutral"]


@pytest.mark.parametrize("band", [(0.1, 0.3), (-0.3, -0.1)])
def test_a_neutral_band_without_zero_is_refused(band: tuple) -> None:
    with pytest.raises(ValueError, match="E407"):
        _model(band)


@pytest.mark.parametrize(("evidence", "half", "kept"), [
    ([0.0, 0.25, 0.75, 3.0], 0.25, [0.0, 0.5, 0.75, 12 / 13]),
    ([0.0, 1.0], 0.0, [1.0, 1.0]),
])
def test_evidence_weights_keep_less_of_the_score_with_less_evidence(evidence: list, half: float, kept: list) -> None:
    assert np.allclose(portrayal.evidence_weights(evidence, half), kept)


def test_evidence_counts_what_the_author_and_others_say_not_the_actors_own_words() -> None:
    one = portrayal.ActorInput("Ben Cole", {}, 4, (0, 1, 2, 3), {
        "author": [(0, 0.1, ""), (2, -0.7, "")], "quoted": [(1, 0.5, "Ana Ruiz")], "speaker": [(3, 0.9, "")]}, False)
    assert math.isclose(one.support, 1.3)


def _own_words_only(polarity: float) -> dict:
    """An article where Ben Cole is heard only in his own words, in a glowing article."""
    article = _article(polarity)
    article["quotes"] = [{"start": 0, "end": 13, "speaker": "Ben Cole"}]
    return article


def test_an_actor_heard_only_in_their_own_words_is_neutral_with_score_zero() -> None:
    row, = portrayal.portrayal_rows(**_own_words_only(0.9))
    assert row.n_author == 0 and row.n_speaker == 1
    assert row.label == "neutral" and row.score == 0.0


def test_the_committed_model_shrinks_weak_evidence() -> None:
    """The training grid leaves 0 out (``benchmarks/train_portrayal.py``): the rule is always on."""
    assert portrayal.load_model().evidence_half > 0


def test_model_keeps_its_evidence_half_through_json() -> None:
    model = _model((-0.2, 0.1), 0.5)
    again = portrayal.model_from_json(model.to_json())
    assert again.evidence_half == 0.5 and again.neutral_band == (-0.2, 0.1)


@pytest.fixture(scope="module")
def script(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    """``benchmarks/train_portrayal.py`` imported as a module (its ``main`` is not run)."""
    return benchmark_script("train_portrayal")


def test_band_quality_is_macro_f1_plus_accuracy_of_every_band(script: ModuleType) -> None:
    rng = np.random.default_rng(1)
    scores = rng.uniform(-0.8, 0.8, size=60)
    gold = list(rng.choice(portrayal.LABELS, size=60))
    quality = script.band_quality(scores, gold)
    for i, j in [(0, 0), (3, 10), (29, 5)]:
        predicted = portrayal.band_labels(scores, (-script.BAND_GRID[i], script.BAND_GRID[j]))
        assert math.isclose(quality[i, j], newsmtsc.macro_f1(gold, predicted) + newsmtsc.accuracy(gold, predicted))


def test_weak_evidence_can_be_chosen_to_stay_neutral(script: ModuleType) -> None:
    scores = np.array([0.5, 0.4, 0.3, -0.5, 0.3, 0.3])
    gold = ["positive", "positive", "positive", "negative", "neutral", "neutral"]
    half, band = script.choose_reading(scores, gold, [2.0, 2.0, 2.0, 2.0, 0.0, 0.0])
    assert half > 0 and band[0] < 0 < band[1]


@pytest.mark.parametrize(("confidence", "cooler"), [(0.95, True), (0.5, False)])
def test_fit_temperature_cools_overconfident_probabilities(script: ModuleType, confidence: float, cooler: bool) -> None:
    """Labels right 70% of the time: probabilities of 0.95 on them are too sure (temperature above
    1), probabilities of 0.5 not sure enough (below 1)."""
    rest = (1.0 - confidence) / 2
    probabilities = np.tile([rest, rest, confidence], (10, 1))
    gold = ["positive"] * 7 + ["neutral"] * 2 + ["negative"]
    temperature = script.fit_temperature(probabilities, gold)
    assert (temperature > 1.0) is cooler
    assert np.allclose(script.tempered(probabilities, 1.0), probabilities)
    calibrated = script.tempered(probabilities, temperature)[0, 2]
    assert abs(calibrated - 0.7) < abs(confidence - 0.7)


def _input(paragraphs: tuple[str, ...]) -> portrayal.ActorInput:
    return portrayal.ActorInput("Ben Cole", {"author:vader:mean": 0.1}, 1, (0,),
                                {"author": [], "quoted": [], "speaker": []}, False, paragraphs)


def test_paragraph_rows_keep_only_labels_that_line_up(script: ModuleType) -> None:
    inputs = [_input((" TGT  won.", "Rain.")), _input((" TGT  lost.",)), _input(("Calm.", "Calm."))]
    texts, y = script.paragraph_rows(inputs, [("positive", "neutral"), ("negative", "neutral"), ("neutral", "")])
    assert texts == [" TGT  won.", "Rain.", "Calm."]
    assert [portrayal.LABELS[k] for k in y] == ["positive", "neutral", "neutral"]


def test_cross_fitted_paragraph_features_come_from_models_that_did_not_read_the_article(script: ModuleType) -> None:
    """Each example's paragraph features are read by a model fitted on the other groups only: an
    article whose words no other article uses reads 0 (no term known), whatever its own label."""
    common = [(" TGT  was praised and cheered.", "positive"), (" TGT  was blamed and booed.", "negative"),
              (" TGT  met them on Monday.", "neutral")]
    inputs = [_input(tuple(t for t, _ in common)) for _ in range(5)] + [_input(("zebra quokka",) * 2)]
    labels = [tuple(label for _, label in common)] * 5 + [("positive",) * 2]
    found = script.cross_fitted(inputs, labels, [f"g{i}" for i in range(6)])
    assert found[-1].features["para:article"] == 0.0 and found[-1].features["author:vader:mean"] == 0.1
    assert all("para:actor" in one.features for one in found)
    full = script.fit_paragraphs(inputs, labels)
    assert "zebra" in full.index and "zebra" not in script.fit_paragraphs(inputs[:5], labels[:5]).index


NEWSMTSC_MISSING = pytest.mark.skipif(not newsmtsc.SPLITS["mt-dev"].exists(),
                                      reason="NewsMTSC is not in ../shared/benchmarks")


@NEWSMTSC_MISSING
def test_tone_rows_mask_every_newsmtsc_target(script: ModuleType) -> None:
    texts, y = script.tone_rows("mt-dev")
    assert len(texts) == len(y) > 100 and set(y) == {0, 1, 2}
    assert all(f" {portrayal.tone.TARGET} " in text for text in texts)


@NEWSMTSC_MISSING
def test_fit_tone_agrees_with_scikit_learn(script: ModuleType) -> None:
    texts, y = script.tone_rows("mt-dev")
    model, sklearn_proba = script.fit_tone(texts, y, min_df=2, c=1.0)
    assert np.allclose(model.probabilities(texts[:50]), sklearn_proba(texts[:50]), atol=1e-4)
    assert portrayal.tone.TARGET.lower() in model.index, "the mask is a term the model reads"
