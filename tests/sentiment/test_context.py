"""Tests for analysis.sentiment.context: a mention's engine-independent features (mood, voice, outcomes, evaluation)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import sentiment
from analysis.sentiment.context import span_context
from analysis.sentiment.doc_cache import DocCache

from .texts import char_span


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
    features = sentiment.target_features(doc, *char_span(text, words), engine="vader")
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
    start, end = char_span(text, words)
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
    features = sentiment.target_features(doc, *char_span(text, words), engine="textblob")
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
    features = sentiment.target_features(doc, *char_span(text, words), engine="textblob")
    names = {name for name in features if name.startswith("x")}
    assert expected <= names and absent not in names
    assert names or not expected
    vader = sentiment.target_features(doc, *char_span(text, words), engine="vader")
    assert not any(name.startswith(("x:", "x+", "x-")) for name in vader)
