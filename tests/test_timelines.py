"""analysis.timelines: one row per real event across articles, and the dense date range."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis import plots, timelines, views

D = dt.date


def _events(*rows: tuple[str, str, str, dt.date, str]) -> pd.DataFrame:
    """Minimal ``events`` rows: (article, actors, lemma, day, granularity)."""
    return pd.DataFrame([{"article_id": a, "actors": actors, "lemma": lemma, "trigger": lemma, "start_date": day,
                          "end_date": day if granularity == "day" else D(day.year, 12, 31), "value": str(day),
                          "granularity": granularity, "dated": True, "text": f"{actors} {lemma}."}
                         for a, actors, lemma, day, granularity in rows])


def test_the_same_event_in_two_articles_is_one_row_with_its_sources() -> None:
    events = _events(("a1", "Putin", "visit", D(2025, 3, 12), "day"),
                     ("a2", "Putin; Gerasimov", "visits", D(2025, 3, 12), "day"),
                     ("a3", "Putin", "visit", D(2025, 3, 20), "day"),  # another visit, a week later
                     ("a2", "Putin", "sentence", D(2025, 3, 12), "day"))  # another event, same day
    timeline = timelines.merge_reports(timelines.actor_events(events))
    putin = timeline[timeline["actor"] == "Putin"]
    merged = putin[putin["n_sources"] == 2]
    assert len(merged) == 1 and merged.iloc[0]["sources"] == "a1; a2"
    assert len(putin) == 3 and set(timeline["actor"]) == {"Putin", "Gerasimov"}


def test_a_coarse_report_merges_into_the_finer_date() -> None:
    events = _events(("a1", "NATO", "summit", D(2024, 1, 1), "year"), ("a2", "NATO", "summit", D(2024, 7, 9), "day"))
    timeline = timelines.merge_reports(timelines.actor_events(events))
    assert len(timeline) == 1 and timeline.iloc[0]["value"] == "2024-07-09"


def test_outliers_are_split_from_the_dense_range() -> None:
    events = _events(*[(f"a{day}", "A", f"x{day}", D(2025, 3, day), "day") for day in range(1, 20)],
                     ("old", "A", "founding", D(1650, 1, 1), "year"))
    timeline = timelines.merge_reports(timelines.actor_events(events))
    inside, outside = timelines.split_outliers(timeline, views.dense_date_range(timeline["start_date"], share=0.9))
    assert list(outside["start_date"]) == [D(1650, 1, 1)] and len(inside) == len(timeline) - 1
    assert timelines.split_outliers(timeline, None)[1].empty


@pytest.mark.parametrize("n_actors", [3, 40])
def test_actor_timeline_stays_under_2000_px(n_actors: int) -> None:
    events = _events(*[(f"a{i}", f"Actor {i}", "visit", D(2025, 3, 1 + i % 28), "day") for i in range(n_actors)])
    timeline = timelines.merge_reports(timelines.actor_events(events))
    fig = plots.actor_timeline(timeline, date_range=views.dense_date_range(timeline["start_date"]))
    assert fig.get_size_inches()[1] * fig.dpi <= 2000


def test_a_report_lists_the_first_sources_of_a_widely_reported_event() -> None:
    timeline = pd.DataFrame({"sources": ["; ".join(f"art{i}" for i in range(25)), "one"], "triggers": ["met", "met"],
                             "n_sources": [25, 1]})
    shown = timelines.shown_sources(timeline, keep=3)
    assert shown["sources"].tolist() == ["art0; art1; art2; … and 22 more", "one"]
    assert shown["n_sources"].tolist() == [25, 1] and shown["triggers"].tolist() == ["met", "met"]
