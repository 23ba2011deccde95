"""PerSenT reader: text repair and target names, on invented strings."""

from __future__ import annotations

import pytest

from analysis import persent


@pytest.mark.parametrize(("damaged", "repaired"), [
    ("\u00e2\u0080\u009cWe will win\u00e2\u0080\u009d she said", "\u201cWe will win\u201d she said"),
    ("Myanmar 's army left .", "Myanmar's army left."),
    ("They do n't know", "They don't know"),
    ("the men \u2019 s team", "the men\u2019s team"),
    ("the deal -LRB- signed in May -RRB- holds", "the deal (signed in May) holds"),
    # two spaces were a comma; a sentence end keeps one space
    ("In 2006  Ana Ruiz  a nurse  bought a flat.  It cost 3  000 euros",
     "In 2006, Ana Ruiz, a nurse, bought a flat. It cost 3,000 euros"),
])
def test_repair(damaged: str, repaired: str) -> None:
    assert persent.repair(damaged) == repaired


def _document(target: str, text: str) -> persent.Document:
    return persent.Document(1, "A headline", target, text, "neutral", ())


@pytest.mark.parametrize(("target", "text", "first"), [
    ("Ana Ruiz", "Ana Ruiz spoke. Ruiz left.", "Ana Ruiz"),
    ("Ruiz Ana Ruiz", "Ana Ruiz spoke.", "Ana Ruiz"),
    ("REUTERSKevin Lamarque Ruiz", "Ruiz spoke.", "Ruiz"),
    ("Fernando Lugo", "Lugo fired his commanders.", "Lugo"),
])
def test_target_names_prefer_the_longest_name_in_the_text(target: str, text: str, first: str) -> None:
    assert persent.target_names(_document(target, text))[0] == first


def test_article_text_has_the_headline_first() -> None:
    text = persent.as_article_text(_document("Ana Ruiz", "One.\nTwo."))
    assert text == "A headline\n\nOne.\n\nTwo.\n"


def _actor(name: str, mentions: int) -> dict:
    return {"actor": name, "n_mentions": mentions}


@pytest.mark.parametrize(("target", "text", "actors", "matched", "cause"), [
    ("Ana Ruiz", "Ana Ruiz spoke. Ruiz left.", [_actor("Ana Ruiz", 4), _actor("Oslo", 1)], "Ana Ruiz", "found"),
    ("Pope Leo", "Pope Leo spoke. Leo left.", [_actor("Pope Leo", 1), _actor("Leo", 6)], "Pope Leo", "name split"),
    ("Ana Ruiz", "Ana Ruiz spoke.", [_actor("Ana Ruiz", 1)], "Ana Ruiz", "one mention"),
    ("Ana Ruiz", "Ana Ruiz spoke.", [_actor("Ana Ruiz", 3), _actor("Tom Ruiz", 2)], "Ana Ruiz", "shares a word"),
    ("Ana Ruiz", "Ana Ruiz spoke.", [_actor("Oslo", 2)], None, "tagger missed"),
    ("Ana Ruiz", "The minister spoke.", [_actor("Oslo", 2)], None, "headline only"),
])
def test_match_cause(target: str, text: str, actors: list[dict], matched: str | None, cause: str) -> None:
    found = next((a for a in actors if a["actor"] == matched), None)
    assert persent.match_cause(_document(target, text), actors, found) == cause
    assert cause in persent.MATCH_CAUSES
