"""Tests for analysis.sentiment.neutral_senses: words the lexicons score left unscored where they evaluate nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import sentiment
from analysis.sentiment.context import span_context
from analysis.sentiment.doc_cache import DocCache

from .texts import char_span


@pytest.mark.parametrize("sense", sentiment.NEUTRAL_SENSES, ids=lambda sense: sense.name)
def test_neutral_senses_leave_their_words_unscored(nlp: Language, sense: sentiment.NeutralSense) -> None:
    text, word = sense.example
    doc = nlp(text)
    neutral = {doc[i].text for i in sentiment.neutral_tokens(doc)}
    assert word in neutral
    assert sentiment.polarity(word, engine="vader") != 0 or sentiment.polarity(word, engine="textblob") != 0
    start, end = char_span(text, next(t.text for t in doc if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"))
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
    start, end = char_span(text, words)
    context = span_context(doc, start, end, DocCache(doc))
    assert [w for w in ("like", "play", "game") if w in context.sentence.text.split()] == list(kept)
    score = sentiment.target_polarity(doc, start, end, engine="vader", method="lexicon")
    assert (score > 0) == bool(kept)
