"""Mention-level rules: what the lexicons miss about a mention, as features of the learned model.

Each rule is a registered ``MentionRule`` record with its reason and its own examples (invented
sentences; ``tests/test_sentiment_rules.py`` runs every example). A rule reads the mention's head,
its governing predicate and role and returns feature names; the learned target model
(``benchmarks/train_sentiment.py``) weighs them on NewsMTSC's training split.

- ``outcome``: sentiment carried by events and outcomes, not adjectives ("won", "lost", "fell",
  "was fired", "cut"): lexicons of evaluative words score them weakly or not at all. The feature
  is the outcome's sign crossed with the role, since "X beat Y" is good for X and bad for Y.
- ``irrealis``: a predicate under a modal ("would", "might", "could") or a condition ("if") states
  no fact about the actor; the feature lets the model discount the evidence's score there.
- ``negated``: a negated predicate ("did not win"); crossed with the evidence score by the engine
  features so that the model can reverse or damp it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

#: Lemmas of outcomes good for the one they happen to or who achieves them (as subject).
POSITIVE_OUTCOMES = frozenset({
    "win", "victory", "triumph", "beat", "gain", "rise", "soar", "surge", "climb", "rally", "recover",
    "award", "honor", "honour", "celebrate", "succeed", "success", "achieve", "qualify", "promote",
    "elect", "acquit", "release", "rescue", "save", "secure", "clinch", "champion", "record", "boost",
})
#: Lemmas of outcomes bad for the one they happen to (fall, lose, be fired, be arrested).
NEGATIVE_OUTCOMES = frozenset({
    "lose", "loss", "defeat", "fall", "drop", "decline", "plunge", "slump", "tumble", "sink", "slide",
    "cut", "fire", "sack", "oust", "resign", "arrest", "charge", "convict", "sentence", "jail", "indict",
    "accuse", "sue", "ban", "suspend", "fine", "punish", "die", "kill", "injure", "wound", "crash",
    "collapse", "fail", "failure", "scandal", "bankrupt", "bankruptcy", "layoff", "shut", "close",
    "end", "cancel", "withdraw", "miss", "trail", "eliminate", "relegate", "concede",
})
#: Modal auxiliaries that make a clause non-factual.
MODALS = frozenset({"would", "might", "could", "may", "should"})
#: Subordinators of a condition.
CONDITIONS = frozenset({"if", "unless"})


def _outcome(head: Token, predicate: Token | None, role: str) -> tuple[str, ...]:
    """``outcome+|role`` / ``outcome-|role`` when the predicate (or the head's own noun
    modifier or prepositional governor) is an outcome lemma."""
    owners = [t for t in (predicate, head.head if head.dep_ == "pobj" else None) if t is not None]
    owners += [child for child in head.children if child.dep_ in ("amod", "compound")]
    lemmas = {t.lemma_.lower() for t in owners}
    found = []
    if lemmas & POSITIVE_OUTCOMES:
        found.append(f"outcome+|{role}")
    if lemmas & NEGATIVE_OUTCOMES:
        found.append(f"outcome-|{role}")
    return tuple(found)


def _irrealis(head: Token, predicate: Token | None, role: str) -> tuple[str, ...]:
    """``irrealis`` when the predicate has a modal auxiliary or a conditional subordinator."""
    if predicate is None:
        return ()
    words = {child.lower_ for child in predicate.children if child.dep_ in ("aux", "mark")}
    return ("irrealis",) if words & (MODALS | CONDITIONS) else ()


def _negated(head: Token, predicate: Token | None, role: str) -> tuple[str, ...]:
    """``negated`` when the predicate or the head has a negation dependent."""
    owners = [head] + ([predicate] if predicate is not None else [])
    return ("negated",) if any(child.dep_ == "neg" for owner in owners for child in owner.children) else ()


@dataclass(frozen=True)
class MentionRule:
    """A mention-level rule: its name, why it exists, what it computes and examples
    (sentence, mention text, a feature the rule must give, or "" for none)."""

    name: str
    reason: str
    features: Callable[[Token, Token | None, str], tuple[str, ...]]
    examples: tuple[tuple[str, str, str], ...]


RULES: tuple[MentionRule, ...] = (
    MentionRule("outcome", "events and outcomes carry sentiment that evaluative lexicons miss", _outcome, (
        ("The Harbour Tigers won the regional final on Sunday.", "Harbour Tigers", "outcome+|subject"),
        ("Shares of Qelvar Holdings fell sharply after the report.", "Qelvar Holdings", "outcome-|object"),
        ("Mayor Dana Whitfield was fired by the council.", "Dana Whitfield", "outcome-|object"),
        ("Mayor Dana Whitfield visited the harbour.", "Dana Whitfield", ""),
    )),
    MentionRule("irrealis", "a modal or conditional clause states no fact about the actor", _irrealis, (
        ("Senator Ruth Okafor would praise the plan if it passed.", "Ruth Okafor", "irrealis"),
        ("Senator Ruth Okafor praised the plan.", "Ruth Okafor", ""),
    )),
    MentionRule("negated", "negation reverses or damps what the predicate says", _negated, (
        ("Coach Ivan Mercer did not win the award.", "Ivan Mercer", "negated"),
        ("Coach Ivan Mercer won the award.", "Ivan Mercer", ""),
    )),
)


def rule_features(head: Token, predicate: Token | None, role: str) -> dict[str, float]:
    """Every rule's features of one mention, as binary model features ``rule:<name>``."""
    return {f"rule:{name}": 1.0 for rule in RULES for name in rule.features(head, predicate, role)}
