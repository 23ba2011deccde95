"""Derived tables: rankings, co-occurrence, date spans and index summaries, checked by hand."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis import views

ACTORS = pd.DataFrame({
    "article_id": ["a", "a", "b", "b"], "actor": ["Ana Ruiz", "Harbor Council", "Ana Ruiz", "Li Wei"],
    "type": ["PERSON", "ORG", "PERSON", "PERSON"], "n_mentions": [3, 2, 4, 1],
    "aliases": ["Ms. Ruiz; Ana Ruiz", "the council", "Mayor Ruiz", "Li Wei"], "first_sentence": [0, 1, 0, 2],
})


def test_top_actors_sums_over_articles_and_merges_aliases() -> None:
    top = views.top_actors(ACTORS, n=2)
    assert top["actor"].tolist() == ["Ana Ruiz", "Harbor Council"]
    assert top.iloc[0][["n_mentions", "n_articles", "aliases"]].tolist() == [7, 2, "Ana Ruiz; Mayor Ruiz; Ms. Ruiz"]
    assert views.top_actors(ACTORS, types=["PERSON"])["actor"].tolist() == ["Ana Ruiz", "Li Wei"]


def test_cooccurrence_counts_sentences_with_both_actors() -> None:
    mentions = pd.DataFrame({"article_id": ["a"] * 5, "sentence_id": [0, 0, 0, 1, 2],
                             "actor": ["X", "Y", "X", "X", "Y"]})
    matrix = views.cooccurrence(mentions)
    assert matrix.loc["X", "Y"] == matrix.loc["Y", "X"] == 1
    assert matrix.loc["X", "X"] == 0


def test_date_span_and_summary() -> None:
    events = pd.DataFrame({"dated": [True, False, True],
                           "start_date": [dt.date(2024, 6, 1), None, dt.date(2025, 3, 12)],
                           "end_date": [dt.date(2024, 8, 31), None, dt.date(2025, 3, 12)]})
    assert views.date_span(events) == "2024-06-01 – 2025-03-12"
    assert views.one_line_summary(ACTORS, events, n=1) == "top actors: Ana Ruiz; dates: 2024-06-01 – 2025-03-12"
    assert views.one_line_summary(ACTORS.iloc[1:2], events.iloc[1:2]) == "no person actors"


def test_quoted_speakers_and_sources_by_outlet() -> None:
    import pandas as pd

    from analysis.views import quoted_speakers, sources_by_outlet

    quotes = pd.DataFrame({
        "article_id": ["a", "a", "a", "b"],
        "speaker": ["Anna Berg", "Anna Berg", None, "a police spokesman"],
        "speaker_type": ["person", "person", None, "descriptor"],
        "kind": ["direct", "indirect", "mixed", "indirect"],
    })
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["Daily", "Herald"]})
    top = quoted_speakers(quotes)
    assert top.iloc[0][["speaker", "direct", "mixed", "indirect", "total"]].tolist() == ["Anna Berg", 1, 0, 1, 2]
    table = sources_by_outlet(quotes, articles)
    row = table[(table["outlet"] == "Daily") & (table["speaker_type"] == "person")].iloc[0]
    assert (row["quotes"], row["speakers"]) == (2, 1)
    assert set(table["speaker_type"]) == {"person", "nobody", "descriptor"}
