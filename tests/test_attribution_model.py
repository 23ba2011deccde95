"""Tests for analysis.attribution_model and the learned cues of analysis.quotes (invented sentences)."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import ModuleType

import pytest
from spacy.language import Language

from analysis import errors
from analysis.actors import extract_mentions
from analysis.attribution_model import AttributionModel, load_model, model_from_json
from analysis.nlp import parse_one
from analysis.quotes import Marks, extract_quotes, find_attributions, learned_candidates
from analysis.records import Quote


def _quotes(nlp: Language, text: str, **options: object) -> list[Quote]:
    doc = parse_one(text, nlp=nlp)
    return extract_quotes(doc, extract_mentions(doc), **options)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("Senator Maria Lund voted for the new bridge bill.", "the new bridge bill", "Maria Lund", "vote"),
        ("Maria Lund compared the new toll to a robbery.", "the new toll to a robbery", "Maria Lund", "compare"),
    ],
)
def test_the_model_finds_reported_stance_with_an_ordinary_verb(nlp: Language, text: str, content: str,
                                                               speaker: str, cue: str) -> None:
    [quote] = _quotes(nlp, text)
    assert (quote.quote, quote.speaker, quote.cue, quote.kind) == (content, speaker, cue, "indirect")
    assert _quotes(nlp, text, learned=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lund walked to the bridge on Monday.",
        "The river flooded the town on Monday.",
        "Oskar Brandt ate lunch at noon.",
        "Maria Lund bought a new car.",
    ],
)
def test_the_model_finds_no_attribution_in_plain_narration(nlp: Language, text: str) -> None:
    doc = parse_one(text, nlp=nlp)
    marks = Marks(text)
    assert list(learned_candidates(doc, marks, find_attributions(doc, marks)))  # a candidate was scored
    assert extract_quotes(doc, extract_mentions(doc)) == []


def test_the_model_takes_no_quoted_term(nlp: Language) -> None:
    text = "Maria Lund compared the new toll to “robbery” in the council."
    doc = parse_one(text, nlp=nlp)
    marks = Marks(text)
    assert [a.cue for a, _ in learned_candidates(doc, marks, find_attributions(doc, marks))] == []


def test_a_veto_drops_a_patterns_reported_speech_and_keeps_quotes(nlp: Language) -> None:
    text = "Maria Lund defended the new toll. “It is fair,” Oskar Brandt said."
    doc = parse_one(text, nlp=nlp)
    marks = Marks(text)
    kept = AttributionModel({}, 0.0, threshold=1.0, veto_threshold=0.0)
    vetoing = AttributionModel({}, 0.0, threshold=1.0, veto_threshold=0.9)  # every probability is 0.5
    assert {a.cue for a in find_attributions(doc, marks, model=kept)} == {"defend", "say"}
    assert {a.cue for a in find_attributions(doc, marks, model=vetoing)} == {"say"}


def test_model_round_trips_through_json() -> None:
    model = AttributionModel({"lemma:vote": 1.5, "bias": -0.25}, -2.0, 0.45, 0.3)
    again = model_from_json(json.loads(json.dumps(model.to_json())))
    assert again == model
    assert again.probability({"lemma:vote": 1.0}) == pytest.approx(1 / (1 + 2.718281828459045 ** 0.5))


def test_the_committed_model_loads_with_thresholds_in_range() -> None:
    model = load_model()
    assert 0 < model.threshold < 1 and 0 <= model.veto_threshold < model.threshold
    assert "lemma:vote" in model.weights and "kind:dobj" in model.weights


def test_a_missing_model_file_names_the_file_and_the_fix(tmp_path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        load_model(tmp_path / "nothing.json")
    assert errors.code_of(str(caught.value)) == errors.ATTRIBUTION_MODEL_MISSING.code
    assert "train_quotes.py" in str(caught.value)


@pytest.fixture(scope="module")
def script(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    """``benchmarks/train_quotes.py`` imported as a module (its ``main`` is not run); its sibling
    ``benchmarks/quotes.py`` is imported first, under the name it imports."""
    benchmark_script("quotes")
    return benchmark_script("train_quotes")


def _invented_rows() -> tuple[list[dict[str, float]], list[bool]]:
    """Candidates whose label follows the lemma, with noise features."""
    rows, labels = [], []
    for i in range(60):
        lemma = ("vote", "eat", "oppose", "walk")[i % 4]
        rows.append({f"lemma:{lemma}": 1.0, f"len:{i % 3}": 1.0, "kind:dobj": 1.0})
        labels.append(lemma in ("vote", "oppose") if i % 10 else lemma not in ("vote", "oppose"))
    return rows, labels


def test_training_is_reproducible(script: ModuleType) -> None:
    """What ``--check`` relies on: the same rows give the same file, byte for byte."""
    rows, labels = _invented_rows()
    first = script.fit(rows, labels, c=0.3, threshold=0.45, veto=0.3)
    second = script.fit(list(rows), list(labels), c=0.3, threshold=0.45, veto=0.3)
    assert json.dumps(first.to_json()) == json.dumps(second.to_json())
    assert first.accepts({"lemma:vote": 1.0, "kind:dobj": 1.0})
    assert not first.accepts({"lemma:eat": 1.0, "kind:dobj": 1.0})


def test_the_threshold_choice_scores_patterns_and_candidates(script: ModuleType) -> None:
    """Two gold attributions: the patterns found one (and one wrong), a candidate the other."""
    article = script.Candidates([{"a": 1.0}, {"b": 1.0}], [1, None], [{"c": 1.0}], [None],
                                frozenset({0}), 2, 2)
    probabilities = [(script.np.array([0.9, 0.2]), script.np.array([0.1]))]
    assert script.f1_at([article], probabilities, 0.5, 0.0) == pytest.approx((2 / 3 * 100, 100.0, 80.0))
    assert script.f1_at([article], probabilities, 0.5, 0.2) == pytest.approx((100.0, 100.0, 100.0))
    assert script.f1_at([article], probabilities, 0.95, 0.0)[1] == pytest.approx(50.0)


def _invented_articles(script: ModuleType, n: int = 10) -> list:
    """Articles of invented candidates whose label follows the lemma (as ``_invented_rows``)."""
    rows, labels = _invented_rows()
    per = len(rows) // n
    return [script.Candidates(rows[k * per:(k + 1) * per], [0 if y else None for y in labels[k * per:(k + 1) * per]],
                              [], [], frozenset(), 0, per) for k in range(n)]


def test_stacked_trees_score_every_candidate_out_of_fold(script: ModuleType) -> None:
    """The ``--trees`` comparison: one probability per candidate, higher for the lemmas that are
    attributions, and the same on a second run (deterministic)."""
    articles = _invented_articles(script)
    first = script.stacked_out_of_fold(articles, c=0.3)
    second = script.stacked_out_of_fold(articles, c=0.3)
    assert [len(new) for new, _ in first] == [len(a.features) for a in articles]
    assert all((a == b).all() for (a, _), (b, _) in zip(first, second))
    scored = [(p, "lemma:vote" in row or "lemma:oppose" in row)
              for article, (new, _) in zip(articles, first) for row, p in zip(article.features, new)]
    positive = [p for p, said in scored if said]
    negative = [p for p, said in scored if not said]
    assert sum(positive) / len(positive) > sum(negative) / len(negative)


def test_the_tree_inputs_put_the_margin_first(script: ModuleType) -> None:
    matrix = script.dense([{"kind:dobj": 1.0, "lemma:vote": 1.0}, {}], ["kind:dobj"], [2.5, -1.0])
    assert matrix.tolist() == [[2.5, 1.0], [-1.0, 0.0]]
