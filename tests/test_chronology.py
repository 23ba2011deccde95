"""Events: triggers from the dependency parse, actors involved, and story order."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from analysis import chronology, timex
from analysis.articles import load_file
from analysis.records import Mention

ANCHOR = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def sample_events(nlp: Language, sample_path) -> list[chronology.Event]:  # noqa: ANN001
    article = load_file(sample_path).articles[0]
    doc = nlp(article.text)
    return chronology.extract_events(doc, timex.tag_doc(doc, anchor=article.published), [])


@pytest.mark.parametrize(
    ("timex_text", "value", "triggers"),
    [
        ("late Wednesday", "2025-03-12", {"visited"}),
        ("Tuesday", "2025-03-11", {"talks", "announced"}),
        ("last Saturday", "2025-03-08", {"attack", "boasted"}),
        ("last week", "2025-W10", {"decision"}),
        ("this week", "2025-W11", {"stepped", "push"}),
        ("This month", "2025-03", {"sentenced"}),
        ("last summer", "2024-SU", {"occupying"}),
        ("February 2022", "2022-02", {"began", "invasion"}),
    ],
)
def test_sample_article_dated_events(sample_events: list, timex_text: str, value: str, triggers: set[str]) -> None:
    matches = [e for e in sample_events if e.timex_text == timex_text]
    assert matches, f"no event dated by {timex_text!r}"
    assert matches[0].value == value and matches[0].trigger in triggers


@pytest.mark.parametrize("not_a_date", ["30-day", "22-year-old", "19 years", "annual"])
def test_durations_ages_and_sets_are_not_on_the_timeline(sample_events: list, not_a_date: str) -> None:
    assert all(not_a_date not in e.timex_text for e in sample_events)


def test_story_order_is_by_date_and_undated_events_keep_their_place(sample_events: list) -> None:
    dated = [e for e in sample_events if e.dated]
    assert [e.start_date for e in dated] == sorted(e.start_date for e in dated)
    assert dated[0].value == "2022-02" and dated[-1].value == "2025-03-12"
    assert any(not e.dated for e in sample_events)


@pytest.mark.parametrize(
    ("sentence", "time_words", "trigger"),
    [
        ("The minister resigned on Friday.", "Friday", "resigned"),
        ("After the election in May, the party split.", "May", "election"),
        ("The government's decision last week angered farmers.", "last week", "decision"),
        ("A photo from 1998.", "1998", "photo"),
    ],
)
def test_trigger_is_the_verb_or_event_noun_the_date_attaches_to(nlp: Language, sentence: str, time_words: str,
                                                                trigger: str) -> None:
    doc = nlp(sentence)
    start = sentence.index(time_words)
    span = doc.char_span(start, start + len(time_words), alignment_mode="expand")
    assert chronology.find_trigger(span).text == trigger


def test_actors_involved_come_from_the_triggers_clause(nlp: Language) -> None:
    text = "Ms. Lee met Mr. Diaz in Paris on Monday, while Mr. Khan stayed home."
    doc = nlp(text)
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, "PERSON", name.split()[-1])
                for name in ("Ms. Lee", "Mr. Diaz", "Mr. Khan")]
    met = next(t for t in doc if t.text == "met")
    assert chronology.involved_actors(met, mentions)[:2] == ("Lee", "Diaz")
    stayed = next(t for t in doc if t.text == "stayed")
    assert chronology.involved_actors(stayed, mentions) == ("Khan",)


@pytest.mark.parametrize(
    ("granularity", "floor", "shown"),
    [("day", "year", True), ("year", "year", True), ("decade", "year", False), ("week", "month", True),
     ("year", "month", False), ("duration", "year", True)],
)
def test_granularity_floor(granularity: str, floor: str, shown: bool) -> None:
    assert chronology.granularity_at_least(granularity, floor) is shown
