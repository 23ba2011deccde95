"""Tests for analysis.sentiment: engines, roles, evidence, negation, target dependence, aggregation."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from analysis import actors, sentiment
from analysis import nlp as nlp_helpers
from analysis.records import Mention, Quote
from analysis.sentiment.context import span_context
from analysis.sentiment.doc_cache import DocCache, sentence_bag
from analysis.sentiment.features import running_sums


def _span(text: str, words: str) -> tuple[int, int]:
    """Character slice of the first occurrence of ``words`` in ``text``."""
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("text", "engine", "sign"),
    [
        ("The new hospital is a wonderful, excellent achievement.", "textblob", 1),
        ("The new hospital is a wonderful, excellent achievement.", "vader", 1),
        ("The attack was a horrible, terrible disaster.", "textblob", -1),
        ("The attack was a horrible, terrible disaster.", "vader", -1),
        ("The committee met on Tuesday.", "textblob", 0),
        ("The committee met on Tuesday.", "vader", 0),
    ],
)
def test_polarity_sign_per_engine(text: str, engine: str, sign: int) -> None:
    score = sentiment.polarity(text, engine=engine)
    assert -1.0 <= score <= 1.0
    assert (score > 0) - (score < 0) == sign


def test_engines_differ_and_unknown_engine_is_rejected() -> None:
    text = "Protesters attacked the embassy."
    assert sentiment.polarity(text, engine="vader") < 0 == sentiment.polarity(text, engine="textblob")
    with pytest.raises(ValueError, match="textblob, vader"):
        sentiment.polarity(text, engine="afinn")


def test_sentence_sentiment_offsets_and_subjectivity(nlp: Language) -> None:
    doc = nlp("The talks were a great success. The ceasefire collapsed in a terrible way.")
    for engine, has_subjectivity in (("textblob", True), ("vader", False)):
        rows = sentiment.sentence_sentiment(doc, engine=engine)
        assert [(r.start, r.end) for r in rows] == [(s.start_char, s.end_char) for s in doc.sents]
        assert rows[0].polarity > 0 > rows[1].polarity
        assert (rows[0].subjectivity is not None) == has_subjectivity


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("The senator criticized the governor on Tuesday.", "senator", "subject"),
        ("The senator criticized the governor on Tuesday.", "governor", "object"),
        ("The governor was criticized by the senator.", "governor", "object"),
        ("The governor was criticized by the senator.", "senator", "subject"),
        ("The minister spoke about Ukraine at length.", "Ukraine", "object"),
        ("Russia's army advanced near the border.", "Russia", "mentioned"),
        ("Chancellor Scholz, a cautious leader, met Macron in Paris.", "Scholz", "subject"),
    ],
)
def test_roles(nlp: Language, text: str, words: str, role: str) -> None:
    doc = nlp(text)
    start, end = _span(text, words)
    head = sentiment.span_head(sentiment.span_tokens(doc, start, end))
    assert sentiment.role_of(head) == role


def test_evidence_keeps_own_clause_and_drops_others(nlp: Language) -> None:
    text = "Chancellor Scholz, a cautious leader, met Macron in Paris."
    doc = nlp(text)
    for_macron = [t.text for t in sentiment.evidence_tokens(doc, *_span(text, "Macron"))]
    for_scholz = [t.text for t in sentiment.evidence_tokens(doc, *_span(text, "Scholz"))]
    assert "met" in for_macron and "cautious" not in for_macron and "Macron" not in for_macron
    assert "cautious" in for_scholz and "Scholz" not in for_scholz


@pytest.mark.parametrize("method", sentiment.METHODS)
def test_negation_lowers_sentiment_towards_object(nlp: Language, method: str) -> None:
    praised = "The mayor praised the police chief."
    not_praised = "The mayor did not praise the police chief."
    scores = [
        sentiment.target_polarity(nlp(t), *_span(t, "police chief"), engine="vader", method=method)
        for t in (praised, not_praised)
    ]
    assert scores[0] > 0 > scores[1]


@pytest.mark.parametrize("engine", sentiment.ENGINES)
@pytest.mark.parametrize("method", sentiment.METHODS)
def test_target_dependence(nlp: Language, engine: str, method: str) -> None:
    text = "The president praised the generous volunteers but condemned the corrupt officials."
    doc = nlp(text)
    praised = sentiment.target_polarity(doc, *_span(text, "volunteers"), engine=engine, method=method)
    condemned = sentiment.target_polarity(doc, *_span(text, "officials"), engine=engine, method=method)
    assert praised > condemned
    assert condemned < 0


def test_learned_label_and_unknown_method(nlp: Language) -> None:
    text = "The senator harshly criticized the corrupt governor."
    doc = nlp(text)
    assert sentiment.target_label(doc, *_span(text, "governor"), engine="vader") == "negative"
    with pytest.raises(ValueError, match="learned, lexicon"):
        sentiment.target_polarity(doc, 0, 3, method="neural")


@pytest.mark.parametrize(
    ("score", "band", "label"),
    [(0.3, 0.1, "positive"), (-0.3, 0.1, "negative"), (0.05, 0.1, "neutral"), (0.0, 0.0, "neutral")],
)
def test_label_of(score: float, band: float, label: str) -> None:
    assert sentiment.label_of(score, neutral_band=band) == label


def test_mention_sentiment_rows_and_speaker(nlp: Language) -> None:
    text = 'The mayor praised the police chief. "This is a terrible, shameful failure," Smith said.'
    doc = nlp(text)
    mentions = [
        Mention(*_span(text, "mayor"), "mayor", "PERSON", "Mayor", "descriptor"),
        Mention(*_span(text, "police chief"), "police chief", "PERSON", "Police Chief", "descriptor"),
        Mention(*_span(text, "Smith"), "Smith", "PERSON", "John Smith", "name"),
    ]
    quote_start, quote_end = _span(text, "This is a terrible, shameful failure,")
    quotes = [Quote(quote_start, quote_end, text[quote_start:quote_end], "John Smith", "said", "direct")]
    rows = sentiment.mention_sentiment(doc, mentions, quotes, engine="vader")
    roles = {(r.actor, r.role) for r in rows}
    assert roles == {("Mayor", "subject"), ("Police Chief", "object"), ("John Smith", "speaker")}
    speaker = next(r for r in rows if r.role == "speaker")
    assert speaker.polarity < 0 and speaker.evidence == quotes[0].quote
    chief = next(r for r in rows if r.actor == "Police Chief")
    assert "praised" in chief.evidence and chief.polarity > 0
    assert [r.start for r in rows] == sorted(r.start for r in rows)


def test_actor_sentiment_aggregation_by_hand() -> None:
    rows = pd.DataFrame({
        "article_id": ["a", "a", "a", "a"],
        "actor": ["Putin", "Putin", "Putin", "Zelensky"],
        "role": ["object", "object", "object", "subject"],
        "polarity": [-0.5, 0.0, 0.5, 0.2],
        "sentence_id": [7, 3, 7, 1],
        "sentence": ["s7", "s3", "s7", "s1"],
    })
    table = sentiment.actor_sentiment(rows)
    assert list(table.columns) == list(sentiment.ACTOR_SENTIMENT_COLUMNS)
    assert list(table["actor"]) == ["Putin", "Zelensky"]
    putin = table.iloc[0]
    # mean 0, sd = sqrt(((-0.5)^2 + 0 + 0.5^2) / 2) = 0.5, half-width = t(0.975, 2) * 0.5 / sqrt(3)
    # = 1.24, so the interval is clipped to the polarity range [-1, 1]
    assert (putin["n"], putin["polarity_mean"], putin["polarity_sd"]) == (3, 0.0, pytest.approx(0.5))
    assert (putin["ci_low"], putin["ci_high"]) == (-1.0, 1.0)
    assert putin["sentences"] == "3; 7"
    zelensky = table.iloc[1]
    assert zelensky["n"] == 1 and math.isnan(zelensky["polarity_sd"]) and math.isnan(zelensky["ci_low"])


def test_actor_sentiment_interval_by_hand_and_inside_the_range() -> None:
    rows = pd.DataFrame({"article_id": ["a"] * 4, "actor": ["Lee"] * 4, "role": ["subject"] * 4,
                         "polarity": [0.1, 0.2, 0.3, 0.2], "sentence_id": [0, 1, 2, 3]})
    lee = sentiment.actor_sentiment(rows).iloc[0]
    half = 3.182 * float(np.std([0.1, 0.2, 0.3, 0.2], ddof=1)) / 2
    assert (lee["ci_low"], lee["ci_high"]) == (pytest.approx(0.2 - half), pytest.approx(0.2 + half))
    extreme = rows.assign(polarity=[0.9, -0.2, 1.0, 0.95])
    wide = sentiment.actor_sentiment(extreme).iloc[0]
    assert -1.0 <= wide["ci_low"] < wide["polarity_mean"] < wide["ci_high"] == 1.0


def test_actor_sentiment_requires_columns() -> None:
    with pytest.raises(ValueError, match="sentence_id"):
        sentiment.actor_sentiment(pd.DataFrame({"article_id": [], "actor": [], "role": [], "polarity": []}))


@pytest.mark.parametrize(("df", "quantile"), [(1, 12.706), (2, 4.303), (30, 2.042), (60, 2.000), (10_000, 1.96)])
def test_t_quantile(df: int, quantile: float) -> None:
    assert sentiment.t_quantile_975(df) == pytest.approx(quantile, abs=2e-3)


@pytest.mark.parametrize(
    ("text", "name", "quoted", "cue", "speaker", "skipped"),
    [
        ("“We will win,” Ms. Ortiz said.", "Ms. Ortiz", "We will win,", "said", "Ortiz", True),
        ("Ms. Ortiz added, “We will win.”", "Ms. Ortiz", "We will win.", "added", "Ortiz", True),
        ("“We will win,” Ms. Ortiz said.", "Ms. Ortiz", "We will win,", "said", "Someone Else", False),
        ("Ms. Ortiz praised the team. “We will win,” a fan said.", "Ms. Ortiz", "We will win,", "said", "Ortiz", False),
    ],
)
def test_the_speaker_of_a_quote_is_not_also_scored_on_the_word_said(
    nlp: Language, text: str, name: str, quoted: str, cue: str, speaker: str, skipped: bool
) -> None:
    doc = nlp(text)
    start, end = _span(text, name)
    mention = Mention(start, end, name, "PERSON", "Ortiz")
    q_start, q_end = _span(text, quoted)
    quote = Quote(q_start, q_end, quoted, speaker, cue, "direct")
    assert sentiment.introduces_own_quote(doc, mention, [quote]) is skipped
    roles = [r.role for r in sentiment.mention_sentiment(doc, [mention], [quote]) if r.actor == "Ortiz"]
    assert ("subject" in roles) is (not skipped)


@pytest.mark.parametrize(
    "text",
    ["The deal is not a great outcome, but it is very good news for farmers.", "", "Terrible, awful losses."],
)
def test_textblob_engine_matches_textblob_itself(text: str) -> None:
    from textblob import TextBlob

    expected = TextBlob(text).sentiment
    assert sentiment.polarity(text) == pytest.approx(expected.polarity)
    assert sentiment.subjectivity(text) == pytest.approx(expected.subjectivity)


@pytest.mark.parametrize("method", sentiment.METHODS)
def test_mention_sentiment_all_equals_one_engine_at_a_time(nlp: Language, method: str) -> None:
    text = ('The mayor praised the police chief, who had criticized the council. '
            '"This is a terrible, shameful failure," Smith said. The council did not answer the mayor.')
    doc = nlp(text)
    mentions = [
        Mention(*_span(text, "mayor"), "mayor", "PERSON", "Mayor", "descriptor"),
        Mention(*_span(text, "police chief"), "police chief", "PERSON", "Police Chief", "descriptor"),
        Mention(*_span(text, "Smith"), "Smith", "PERSON", "John Smith", "name"),
        Mention(text.rindex("mayor"), text.rindex("mayor") + 5, "mayor", "PERSON", "Mayor", "descriptor"),
    ]
    quote_start, quote_end = _span(text, "This is a terrible, shameful failure,")
    quotes = [Quote(quote_start, quote_end, text[quote_start:quote_end], "John Smith", "said", "direct")]
    together = sentiment.mention_sentiment_all(doc, mentions, quotes, method=method)
    assert set(together) == set(sentiment.ENGINES)
    for engine in sentiment.ENGINES:
        assert together[engine] == sentiment.mention_sentiment(doc, mentions, quotes, engine=engine, method=method)
    assert together["textblob"] != together["vader"]


@pytest.mark.parametrize("engine", sentiment.ENGINES)
def test_model_scores_equal_the_plain_weighted_sum(nlp: Language, engine: str) -> None:
    text = "The senator harshly criticized the corrupt governor, who did not answer."
    features = sentiment.target_features(nlp(text), *_span(text, "governor"), engine=engine)
    model = sentiment.load_target_model(engine)
    expected = sum((value * model.weights[model.index[name]] for name, value in features.items()
                    if name in model.index), start=np.zeros(len(model.labels)))
    assert sum(name in model.index for name in features) > 5
    assert model.scores(features).tolist() == expected.tolist()


@pytest.mark.parametrize("engine", sentiment.ENGINES)
def test_model_probabilities_are_the_softmax_of_the_scores(nlp: Language, engine: str) -> None:
    text = "The senator harshly criticized the corrupt governor, who did not answer."
    features = sentiment.target_features(nlp(text), *_span(text, "governor"), engine=engine)
    model = sentiment.load_target_model(engine)
    scores = model.scores(features)
    softmax = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum()
    assert model.probabilities(features) == pytest.approx(softmax.tolist(), abs=1e-12)
    assert sum(model.probabilities(features)) == pytest.approx(1.0)


def test_a_weights_file_with_other_labels_is_refused() -> None:
    data = {"labels": ["positive", "negative", "neutral"], "features": ["bias"], "weights": [0.0, 0.0, 0.0]}
    with pytest.raises(ValueError, match="expected negative, neutral, positive"):
        sentiment.model_from_json(data)


def test_actor_sentiment_keeps_rows_without_an_actor_last() -> None:
    rows = pd.DataFrame({
        "article_id": ["a", "a", "a"], "actor": ["Y", None, "X"], "role": ["subject"] * 3,
        "polarity": [0.5, -0.5, 0.25], "sentence_id": [2, 1, 0],
    })
    table = sentiment.actor_sentiment(rows)
    assert table["actor"].tolist()[:2] == ["X", "Y"] and pd.isna(table["actor"].iloc[2])
    assert table["polarity_mean"].tolist() == [0.25, 0.5, -0.5]


@pytest.fixture(scope="module")
def sample_doc(nlp: Language, sample_path: Path) -> Doc:
    return nlp(sample_path.read_text(encoding="utf-8"))


def test_doc_cache_subtrees_follow_spacy_order(sample_doc: Doc) -> None:
    cache = DocCache(sample_doc)
    assert cache.texts == [token.text for token in sample_doc]
    assert cache.heads == [token.head.i for token in sample_doc]
    for token in sample_doc:
        assert cache.subtree(token.i) == [t.i for t in token.subtree]


def test_sentence_bag_leaves_out_only_lemmas_wholly_inside_the_mention(sample_doc: Doc) -> None:
    cache = DocCache(sample_doc)
    mentions = actors.extract_mentions(sample_doc)
    assert len(mentions) > 20
    for mention in mentions:
        tokens = sentiment.span_tokens(sample_doc, mention.start, mention.end)
        inside = {t.i for t in tokens}
        sentence = cache.sentence(nlp_helpers.sentence_of(sample_doc, tokens[0].i))
        expected = {f"s:{lemma}" for i, lemma in sentence.lemmas if lemma and i not in inside}
        bag = sentence_bag(sentence, cache.lemma, inside)
        assert list(bag) == sorted(expected)


def test_running_word_sums_split_the_sentence_at_every_word() -> None:
    words = ("the", "good", "and", "terrible", "news", "was", "great")
    for engine in sentiment.ENGINES:
        scores = [sentiment.polarity(word, engine=engine) for word in words]
        pos_before, neg_before, pos_from, neg_from = running_sums(words, engine)
        for k in range(len(words) + 1):
            assert pos_before[k] == pytest.approx(sum(s for s in scores[:k] if s > 0))
            assert neg_before[k] == pytest.approx(-sum(s for s in scores[:k] if s < 0))
            assert pos_from[k] == pytest.approx(sum(s for s in scores[k:] if s > 0))
            assert neg_from[k] == pytest.approx(-sum(s for s in scores[k:] if s < 0))
        assert pos_before[-1] > 0 and neg_before[-1] > 0


def test_mention_rows_score_as_target_polarity_does(sample_doc: Doc) -> None:
    """The one-pass scoring of every engine gives exactly the one-mention, one-engine numbers."""
    mentions = actors.extract_mentions(sample_doc)
    rows = sentiment.mention_sentiment_all(sample_doc, mentions, [])
    for engine in sentiment.ENGINES:
        assert len(rows[engine]) == len(mentions)
        for row in rows[engine]:
            assert row.polarity == sentiment.target_polarity(sample_doc, row.start, row.end, engine=engine)


@pytest.mark.parametrize("sense", sentiment.NEUTRAL_SENSES, ids=lambda sense: sense.name)
def test_neutral_senses_leave_their_words_unscored(nlp: Language, sense: sentiment.NeutralSense) -> None:
    text, word = sense.example
    doc = nlp(text)
    neutral = {doc[i].text for i in sentiment.neutral_tokens(doc)}
    assert word in neutral
    assert sentiment.polarity(word, engine="vader") != 0 or sentiment.polarity(word, engine="textblob") != 0
    start, end = _span(text, next(t.text for t in doc if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"))
    context = span_context(doc, start, end, DocCache(doc))
    assert word not in context.evidence.split() and word not in context.sentence.words.values()


@pytest.mark.parametrize(
    ("text", "words", "kept"),
    [
        ("Leaders like Tom Hale signed the letter.", "Tom Hale", ()),
        ("I like Tom Hale.", "Tom Hale", ("like",)),
        ("Mark Dunn will play the entire game.", "Mark Dunn", ()),
    ],
)
def test_lexicon_words_in_a_neutral_sense_do_not_move_the_lexicon_score(
        nlp: Language, text: str, words: str, kept: tuple[str, ...]) -> None:
    doc = nlp(text)
    start, end = _span(text, words)
    context = span_context(doc, start, end, DocCache(doc))
    assert [w for w in ("like", "play", "game") if w in context.sentence.text.split()] == list(kept)
    score = sentiment.target_polarity(doc, start, end, engine="vader", method="lexicon")
    assert (score > 0) == bool(kept)


@pytest.mark.parametrize(
    ("text", "words", "mood"),
    [
        ("Tom Hale would lose the election.", "Tom Hale", {"irrealis:subject"}),
        ("Tom Hale might resign next week.", "Tom Hale", {"irrealis:subject"}),
        ("If Tom Hale wins, taxes will fall.", "Tom Hale", {"irrealis:subject"}),
        ("Voters could punish Tom Hale.", "Tom Hale", {"irrealis:object"}),
        ("Did Tom Hale lose the election?", "Tom Hale", {"question"}),
        ("Tom Hale lost the election.", "Tom Hale", set()),
    ],
)
def test_irrealis_and_questions_are_marked(nlp: Language, text: str, words: str, mood: set[str]) -> None:
    """A modal, a condition or a question around the mention gives the model a mood feature."""
    doc = nlp(text)
    features = sentiment.target_features(doc, *_span(text, words), engine="vader")
    assert {name for name in features if name.startswith(("irrealis:", "question"))} == mood


@pytest.mark.parametrize(
    ("text", "words", "voice"),
    [
        ("Tom Hale said the plan was a disaster.", "Tom Hale", "speaker"),
        ("Tom Hale tweeted that the plan was a disaster.", "Tom Hale", "speaker"),
        ('"The plan of Tom Hale is a disaster," a rival said.', "Tom Hale", "quoted"),
        ("The plan of Tom Hale was a disaster.", "Tom Hale", ""),
    ],
)
def test_whose_words_surround_the_mention(nlp: Language, text: str, words: str, voice: str) -> None:
    """Sentence scores are crossed with the voice: the actor's own words, or a quoted other's."""
    doc = nlp(text)
    start, end = _span(text, words)
    assert span_context(doc, start, end, DocCache(doc)).voice == voice
    features = sentiment.target_features(doc, start, end, engine="vader")
    crossed = {name for name in features if "|speaker" in name or "|quoted" in name}
    assert ("s-|" + voice in crossed) if voice else not crossed


@pytest.mark.parametrize(
    ("text", "words", "outcome"),
    [
        ("Tom Hale won the race in Ohio.", "Tom Hale", {"outcome:gain|subject"}),
        ("Acme Corp fell sharply on Monday.", "Acme Corp", {"outcome:loss|subject"}),
        ("Shares of Acme Corp fell on Monday.", "Acme Corp", {"outcome:loss|object"}),
        ("Acme Corp ended all services in March.", "Acme Corp", {"outcome:loss|subject"}),
        ("Acme Corp was down 14 percent.", "Acme Corp", {"outcome:loss|subject"}),
        ("Voters defeated Tom Hale in Ohio.", "Tom Hale", {"outcome:gain|object"}),
        ("Tom Hale visited Ohio on Monday.", "Tom Hale", set()),
    ],
)
def test_outcomes_are_charged_by_role(nlp: Language, text: str, words: str, outcome: set[str]) -> None:
    """Gains and losses the predicate reports reach the model crossed with the mention's role: the
    model learns that a gain word with the actor as object ("defeated Tom Hale") is the actor's loss."""
    doc = nlp(text)
    features = sentiment.target_features(doc, *_span(text, words), engine="textblob")
    assert {name for name in features if name.startswith("outcome:")} == outcome


@pytest.mark.parametrize(
    ("text", "words", "expected", "absent"),
    [
        ("Critics praised Tom Hale on Monday.", "Tom Hale", {"x:praise|gov|object", "x+|object", "x+|d1"}, "x-|s"),
        ("Tom Hale attacked the convoy near Mosul.", "Tom Hale", {"x:harm|gov|subject", "x-|subject", "x:harm|e"}, "x+|s"),
        ("Critics did not praise Tom Hale.", "Tom Hale", {"x:praise|gov|object|neg", "x+|object|neg"}, "x-|s"),
        ("Tom Hale visited Ohio on Monday.", "Tom Hale", set(), "x+|s"),
    ],
)
def test_evaluative_verbs_and_nouns_reach_the_model(nlp: Language, text: str, words: str,
                                                    expected: set[str], absent: str) -> None:
    """Verbs and nouns of praise and blame, which TextBlob's adjective lexicon scores 0, are features
    of its model, placed by role, distance and negation; a neutral sentence has none. VADER's
    lexicon has such words: its model does not read them."""
    doc = nlp(text)
    features = sentiment.target_features(doc, *_span(text, words), engine="textblob")
    names = {name for name in features if name.startswith("x")}
    assert expected <= names and absent not in names
    assert names or not expected
    vader = sentiment.target_features(doc, *_span(text, words), engine="vader")
    assert not any(name.startswith(("x:", "x+", "x-")) for name in vader)


@pytest.mark.parametrize(("text", "present"), [("Tom Hale gave a brilliant, moving speech.", True),
                                               ("Tom Hale visited Ohio on Monday.", False)])
def test_textblob_subjectivity_is_a_feature(nlp: Language, text: str, present: bool) -> None:
    """TextBlob's subjectivity of the sentence is a feature of its model (VADER has none)."""
    doc = nlp(text)
    start, end = _span(text, "Tom Hale")
    assert ("subj:s" in sentiment.target_features(doc, start, end, engine="textblob")) is present
    assert not any(name.startswith("subj:") for name in sentiment.target_features(doc, start, end, engine="vader"))
