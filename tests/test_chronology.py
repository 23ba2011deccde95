"""Events: triggers from the dependency parse, actors involved, and story order."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from analysis import chronology, headlines, timex
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
    assert all(not e.dated for e in sample_events if not_a_date in e.timex_text)


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


def _events(nlp: Language, text: str, anchor: dt.date = ANCHOR) -> list[chronology.Event]:
    doc = nlp(text)
    return chronology.extract_events(doc, timex.tag_doc(doc, anchor=anchor), [], published=anchor)


def _by_trigger(events: list[chronology.Event], trigger: str) -> chronology.Event:
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event {trigger!r}; got {[e.trigger for e in events]}"
    return found[0]


def test_one_row_per_event_mention_and_several_per_sentence(nlp: Language) -> None:
    events = _events(nlp, "The company has said it was not willing to sell the plant after the strike.")
    assert {"said", "willing", "sell", "strike"} <= {e.trigger for e in events}
    assert not {"has", "was"} & {e.trigger for e in events}  # auxiliaries and copulas are no events
    assert len({e.start for e in events}) == len(events)


@pytest.mark.parametrize(("text", "trigger", "attribute", "value"), [
    ("Residents heard the blast.", "heard", "event_class", "PERCEPTION"),
    ("The minister said the plant would reopen.", "said", "event_class", "REPORTING"),
    ("The army began the withdrawal.", "began", "event_class", "ASPECTUAL"),
    ("The board was not willing to sell.", "willing", "polarity", "NEG"),
    ("The board was not willing to sell.", "willing", "tense", "PAST"),
    ("The plant would close.", "close", "modality", "would"),
    ("The firm plans to close the plant.", "close", "modality", "planned"),
    ("The firm is closing the plant.", "closing", "aspect", "PROGRESSIVE"),
    ("The firm has closed the plant.", "closed", "aspect", "PERFECTIVE"),
    ("The firm will close the plant.", "close", "tense", "FUTURE"),
])
def test_event_attributes(nlp: Language, text: str, trigger: str, attribute: str, value: str) -> None:
    assert getattr(_by_trigger(_events(nlp, text), trigger), attribute) == value


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("The actor underwent brain surgery in early 2011.", "surgery", "2011"),
    ("In 2003 the oil giant invested $1 billion in Russia, it said on Tuesday.", "invested", "2003"),
    ("In 2003 the oil giant invested $1 billion in Russia, it said on Tuesday.", "said", "2025-03-11"),
    ("The talks opened on March 3, 2025. Then the army withdrew.", "withdrew", "2025-03-03"),
])
def test_events_are_dated_by_the_expression_attached_to_them(nlp: Language, text: str, trigger: str,
                                                             value: str) -> None:
    event = _by_trigger(_events(nlp, text), trigger)
    assert event.dated and event.value == value


@pytest.mark.parametrize(("text", "trigger"), [
    ("Profit rose to $5 million from $3 million a year earlier.", "rose"),  # a comparison base
    ("The talks opened on March 3, 2025. The army withdrew.", "withdrew"),  # no narrative marker
])
def test_no_date_is_borrowed(nlp: Language, text: str, trigger: str) -> None:
    assert not _by_trigger(_events(nlp, text), trigger).dated


@pytest.mark.parametrize(("text", "trigger", "relation"), [
    ("The army withdrew from the town.", "withdrew", "BEFORE"),
    ("The army will withdraw from the town.", "withdraw", "AFTER"),
    ("The army is withdrawing from the town.", "withdrawing", "OVERLAP"),
    ("The army withdrew on March 20, 2025.", "withdrew", "AFTER"),  # dated after the publication
])
def test_relation_to_the_publication_date(nlp: Language, text: str, trigger: str, relation: str) -> None:
    assert _by_trigger(_events(nlp, text), trigger).relation == relation


def test_a_past_complement_of_said_precedes_the_saying(nlp: Language) -> None:
    doc = nlp("The minister said the talks had failed.")
    events = chronology.extract_events(doc, [], [], published=ANCHOR)
    pairs = chronology.pair_relations(doc, events, published=ANCHOR)
    failed = next(i for i, e in enumerate(events) if e.trigger == "failed")
    said = next(i for i, e in enumerate(events) if e.trigger == "said")
    assert chronology.order_of(failed, said, events, pairs, ANCHOR) == "BEFORE"


def test_story_order_numbers_every_event(sample_events: list) -> None:
    assert sorted(e.story_order for e in sample_events) == list(range(len(sample_events)))
    assert all(e.sort_date is not None for e in sample_events)


def test_headline_events_are_anchored_to_the_publication_date(nlp: Language) -> None:
    body = "Russia's president, Vladimir Putin, visited a command post in Kursk. The army withdrew."
    headline = headlines.true_cased("Putin Visits Kursk Region", body)
    assert headline == "Putin visits Kursk region"
    found = chronology.article_events(nlp(body), [], [], headline=nlp(headline), published=ANCHOR)
    visit = _by_trigger(found, "visits")
    assert (visit.sentence_id, visit.start_date, visit.dated) == (-1, ANCHOR, True)
    assert sorted(e.story_order for e in found) == list(range(len(found)))
