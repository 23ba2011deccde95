"""Mention-level rules: every registered rule's examples, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis import sentiment
from analysis.sentiment_rules import RULES, rule_features

EXAMPLES = [(rule.name, *example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize(("rule", "sentence", "mention", "feature"), EXAMPLES)
def test_rule_examples(nlp: Language, rule: str, sentence: str, mention: str, feature: str) -> None:
    doc = nlp(sentence)
    start = sentence.index(mention)
    tokens = sentiment.span_tokens(doc, start, start + len(mention))
    head = sentiment.span_head(tokens)
    found = next(r for r in RULES if r.name == rule).features(
        head, sentiment.governor(sentiment._phrase_head(head)), sentiment.role_of(head))
    if feature:
        assert feature in found
    else:
        assert not found


def test_rule_features_reach_the_model_features(nlp: Language) -> None:
    sentence = "Coach Ivan Mercer might not win the award."
    doc = nlp(sentence)
    start = sentence.index("Ivan Mercer")
    features = sentiment.target_features(doc, start, start + len("Ivan Mercer"))
    assert {"rule:irrealis", "rule:negated", "rule:outcome+|subject"} <= set(features)


def test_every_rule_has_a_positive_and_a_negative_example() -> None:
    for rule in RULES:
        assert any(feature for _, _, feature in rule.examples), rule.name
        assert any(not feature for _, _, feature in rule.examples), rule.name


def test_rule_features_are_binary(nlp: Language) -> None:
    doc = nlp("The Harbour Tigers won the final.")
    head = doc[2]
    assert rule_features(head, head.head, "subject") == {"rule:outcome+|subject": 1.0}
