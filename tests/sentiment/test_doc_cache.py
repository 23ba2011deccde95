"""Tests for analysis.sentiment.doc_cache: the per-Doc memo of tokens, subtrees and sentence bags."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis import actors, sentiment
from analysis import nlp as nlp_helpers
from analysis.sentiment.doc_cache import DocCache, sentence_bag


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
