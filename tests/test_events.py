"""analysis.events and analysis.event_lexicons: triggers, classes and the registered lexicons."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from analysis import chronology, event_lexicons, events, timex


def _mentions(nlp: Language, text: str) -> dict[str, events.EventMention]:
    return {m.trigger: m for m in events.event_mentions(nlp(text))}


@pytest.mark.parametrize(("lexicon", "text", "word"), [
    pytest.param(lex, text, word, id=f"{lex.name}-{n}")
    for lex in event_lexicons.HAND for n, (text, word) in enumerate(lex.examples)])
def test_hand_lexicon_examples(nlp: Language, lexicon: event_lexicons.Lexicon, text: str, word: str) -> None:
    found = _mentions(nlp, text)
    if lexicon.role == "not_events":
        assert word not in found
    elif lexicon.role == "support":
        doc = nlp(text)
        dated = chronology.extract_events(doc, timex.tag_doc(doc, anchor=dt.date(2025, 3, 12)), [])
        assert any(e.trigger == word and e.dated for e in dated)
    else:
        assert word in found, f"{word!r} is no event in {text!r}: {sorted(found)}"
        assert lexicon.event_class is None or found[word].event_class == lexicon.event_class


@pytest.mark.parametrize("lexicon", event_lexicons.HAND, ids=lambda lex: lex.name)
def test_every_hand_lexicon_has_an_example(lexicon: event_lexicons.Lexicon) -> None:
    assert lexicon.examples and lexicon.reason


def test_derived_lexicons_come_first_and_classes_are_known() -> None:
    assert event_lexicons.LEXICONS[:len(event_lexicons.DERIVED)] == event_lexicons.DERIVED
    assert set(event_lexicons.CLASS_OF.values()) <= set(event_lexicons.EVENT_CLASSES)


def test_a_lemma_in_two_hand_class_lexicons_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    clash = event_lexicons.Lexicon("clash", "VERB", "class", "STATE", frozenset({"say"}), "test", ())
    monkeypatch.setattr(event_lexicons, "HAND", (*event_lexicons.HAND, clash))
    monkeypatch.setattr(event_lexicons, "LEXICONS", (*event_lexicons.LEXICONS, clash))
    with pytest.raises(ValueError, match="two class lexicons"):
        event_lexicons._class_table()


@pytest.mark.parametrize(("text", "word", "is_event"), [
    ("The invasion began at dawn.", "invasion", True),  # a deverbal noun
    ("The department closed.", "department", False),  # a deverbal-looking noun naming a thing
    ("He is going to resign.", "going", False),  # a future marker
    ("Prices were high.", "were", False),  # a copula
])
def test_triggers(nlp: Language, text: str, word: str, is_event: bool) -> None:
    assert (word in _mentions(nlp, text)) is is_event


@pytest.mark.parametrize(("text", "word", "is_event"), [
    ("Russia's invasion of Ukraine began in 2022.", "invasion", True),  # a deverbal noun with its arguments
    ("The proposed merger collapsed.", "proposed", False),  # a participle used as an adjective
    ("The merger collapsed.", "merger", True),
])
def test_deverbal_nouns_and_adjectival_participles(nlp: Language, text: str, word: str, is_event: bool) -> None:
    assert (word in _mentions(nlp, text)) is is_event
