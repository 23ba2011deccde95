"""Timelines across articles: the dated events each actor takes part in, one row per real event.

``actor_events(events)`` turns the ``events`` table into one row per (dated event, actor).
``merge_reports(rows)`` merges the rows that report the same real event in several articles (or
twice in one): same actor, compatible dates (the intervals overlap, and day-level dates are at most
``max_days`` apart) and a similar trigger (same lemma, or lemmas whose similarity -- rapidfuzz's
normalised Indel ratio, a maintained library for string similarity -- is at least ``min_similarity``).
Each merged row lists its sources (article ids and triggers) and keeps the finest date reported.
``timeline_of(events, actors)`` does both for the given actors (``store.aggregates.timeline_events``
finds the actors dated in the most articles, and their events, in the query layer).
``split_outliers`` keeps the events inside the range a date axis shows (``views.dense_date_range``)
and lists the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from rapidfuzz.distance import Indel

from .chronology import GRANULARITY_ORDER
from .views import DateRange

#: The most sources (article ids) and triggers a report lists per merged event.
MAX_SOURCES_SHOWN = 10
TIMELINE_COLUMNS = ("actor", "start_date", "end_date", "value", "granularity", "lemma", "triggers", "n_sources",
                    "sources", "text")


def actor_events(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (dated event, actor) of the ``events`` table, actors split from their '; ' cell."""
    dated = events[events["dated"].astype(bool) & events["actors"].fillna("").astype(str).ne("")]
    if dated.empty:
        return pd.DataFrame(columns=["article_id", "actor", "start_date", "end_date", "value", "granularity",
                                     "lemma", "trigger", "text"])
    rows = dated.assign(actor=dated["actors"].astype(str).str.split("; ")).explode("actor")
    rows = rows[rows["actor"].ne("")]
    return rows[["article_id", "actor", "start_date", "end_date", "value", "granularity", "lemma", "trigger",
                 "text"]].reset_index(drop=True)


def _compatible(a: dict, b: dict, *, max_days: int) -> bool:
    """Whether two reports' dates can be one event: the intervals overlap, and if both are days they
    are at most ``max_days`` apart."""
    a_end, b_end = a["end_date"] or a["start_date"], b["end_date"] or b["start_date"]
    days = a["granularity"] in ("day", "time") and b["granularity"] in ("day", "time")
    if days:
        return abs((a["start_date"] - b["start_date"]).days) <= max_days
    return a["start_date"] <= b_end and b["start_date"] <= a_end


def _similar(a: str, b: str, *, min_similarity: float) -> bool:
    """Same lemma, or lemmas close enough ('attack'/'attacks', 'visit'/'visiting')."""
    return a == b or Indel.normalized_similarity(a, b) >= min_similarity


def _finer(a: str, b: str) -> bool:
    """Whether granularity ``a`` is finer than ``b``."""
    rank = {name: i for i, name in enumerate(GRANULARITY_ORDER)}
    return rank.get(a, -1) > rank.get(b, -1)


def merge_reports(rows: pd.DataFrame, *, max_days: int = 1, min_similarity: float = 0.8) -> pd.DataFrame:
    """Merge the (dated event, actor) rows that report one real event; one row per event with its
    sources (``TIMELINE_COLUMNS``), sorted by actor and date."""
    merged: list[dict] = []
    for actor, group in rows.groupby("actor", sort=True):
        clusters: list[dict] = []
        for row in group.sort_values("start_date").to_dict("records"):
            home = next((c for c in reversed(clusters[-20:]) if _compatible(c, row, max_days=max_days)
                         and _similar(c["lemma"], row["lemma"], min_similarity=min_similarity)), None)
            if home is None:
                clusters.append({**row, "actor": actor, "sources": [row["article_id"]], "triggers": [row["trigger"]]})
                continue
            home["sources"].append(row["article_id"])
            home["triggers"].append(row["trigger"])
            if _finer(row["granularity"], home["granularity"]):
                home.update({k: row[k] for k in ("start_date", "end_date", "value", "granularity", "text")})
        merged += clusters
    if not merged:
        return pd.DataFrame(columns=list(TIMELINE_COLUMNS))
    frame = pd.DataFrame(merged)
    frame["n_sources"] = frame["sources"].map(lambda s: len(set(s)))
    frame["sources"] = frame["sources"].map(lambda s: "; ".join(dict.fromkeys(s)))
    frame["triggers"] = frame["triggers"].map(lambda s: "; ".join(dict.fromkeys(s)))
    return frame[list(TIMELINE_COLUMNS)].sort_values(["actor", "start_date"]).reset_index(drop=True)


def timeline_of(events: pd.DataFrame, actors: Sequence[str], **merge: float) -> pd.DataFrame:
    """The merged timeline (``merge_reports``) of ``actors`` from the ``events`` rows (e.g. those of
    ``store.aggregates.timeline_events``)."""
    rows = actor_events(events)
    return merge_reports(rows[rows["actor"].isin(set(actors))], **merge)


def shown_sources(timeline: pd.DataFrame, *, keep: int = MAX_SOURCES_SHOWN) -> pd.DataFrame:
    """``timeline`` with its ``sources`` and ``triggers`` cells cut to their first ``keep`` items
    and a count of the rest, for a report (an event reported by thousands of articles lists
    thousands of ids; ``n_sources`` keeps the count)."""
    def cut(cell: object) -> object:
        items = str(cell).split("; ")
        return cell if len(items) <= keep else "; ".join(items[:keep]) + f"; … and {len(items) - keep:,} more"
    return timeline.assign(**{c: timeline[c].map(cut) for c in ("sources", "triggers") if c in timeline.columns})


def split_outliers(timeline: pd.DataFrame, date_range: DateRange | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows inside the range, rows outside it), by ``start_date``; ``date_range`` comes from
    ``views.dense_date_range``."""
    if date_range is None or timeline.empty:
        return timeline, timeline.iloc[0:0]
    inside = date_range.contains(timeline["start_date"])
    return timeline[inside], timeline[~inside]
