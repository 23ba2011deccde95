"""Derived tables the notebooks show: rankings, co-occurrence, strongest sentences, summaries.

Each function takes tidy tables (see ``analysis.tables``) and returns a new DataFrame, so every
number in a report can be traced back to rows of the base tables.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pandas as pd

PERSON_LIKE = ("PERSON",)


def top_actors(actors: pd.DataFrame, *, n: int = 15, types: Sequence[str] | None = None) -> pd.DataFrame:
    """Actors summed over articles: actor, type, n_mentions, n_articles, aliases; the ``n`` largest."""
    frame = actors if types is None else actors[actors["type"].isin(types)]
    if frame.empty:
        return pd.DataFrame(columns=["actor", "type", "n_mentions", "n_articles", "aliases"])
    grouped = frame.groupby(["actor", "type"], as_index=False).agg(
        n_mentions=("n_mentions", "sum"), n_articles=("article_id", "nunique"),
        aliases=("aliases", lambda values: "; ".join(sorted({a for v in values for a in str(v).split("; ") if a}))),
    )
    return grouped.sort_values(["n_mentions", "actor"], ascending=[False, True]).head(n).reset_index(drop=True)


def cooccurrence(mentions: pd.DataFrame, *, actors: Sequence[str] | None = None) -> pd.DataFrame:
    """Square actor-by-actor table: number of sentences in which both actors are mentioned."""
    keep = mentions if actors is None else mentions[mentions["actor"].isin(actors)]
    names = sorted(set(keep["actor"].dropna())) if actors is None else list(actors)
    matrix = pd.DataFrame(0, index=names, columns=names, dtype="int64")
    for _, group in keep.groupby(["article_id", "sentence_id"]):
        present = sorted(set(group["actor"].dropna()))
        for a, b in itertools.combinations(present, 2):
            matrix.loc[a, b] += 1
            matrix.loc[b, a] += 1
    return matrix


def strongest_sentences(scored: pd.DataFrame, sentences: pd.DataFrame, *, actor: str,
                        n: int = 3) -> pd.DataFrame:
    """The ``n`` most positive and ``n`` most negative scored mentions of ``actor`` with their sentence."""
    rows = scored[scored["actor"] == actor].merge(
        sentences[["article_id", "sentence_id", "text"]], on=["article_id", "sentence_id"], how="left")
    rows = rows.sort_values(["polarity", "article_id", "start"]).drop_duplicates(["article_id", "sentence_id", "role"])
    picked = pd.concat([rows.tail(n).iloc[::-1], rows.head(n)]).drop_duplicates(["article_id", "start", "role"])
    return picked[picked["polarity"] != 0][["article_id", "sentence_id", "role", "polarity", "evidence", "text"]]


def date_span(events: pd.DataFrame) -> str:
    """``first – last`` date of the dated events, or an empty string."""
    dated = events[events["dated"].astype(bool)] if not events.empty else events
    if dated.empty:
        return ""
    first, last = min(dated["start_date"]), max(dated["end_date"].fillna(dated["start_date"]))
    return f"{first} – {last}"


def one_line_summary(actors: pd.DataFrame, events: pd.DataFrame, *, n: int = 3) -> str:
    """A report index line: top actors and the date span the events cover."""
    top = top_actors(actors, n=n, types=PERSON_LIKE)["actor"].tolist()
    span = date_span(events)
    parts = [f"top actors: {', '.join(top)}" if top else "no person actors", f"dates: {span}" if span else ""]
    return "; ".join(p for p in parts if p)


def sentiment_over_time(scored: pd.DataFrame, articles: pd.DataFrame, *,
                        actors: Sequence[str]) -> pd.DataFrame:
    """Mean polarity per actor and publication date: actor, published, n, polarity_mean."""
    dated = scored[scored["actor"].isin(actors)].merge(articles[["article_id", "published"]], on="article_id")
    dated = dated[dated["published"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=["actor", "published", "n", "polarity_mean"])
    grouped = dated.groupby(["actor", "published"], as_index=False).agg(
        n=("polarity", "size"), polarity_mean=("polarity", "mean"))
    return grouped.sort_values(["actor", "published"]).reset_index(drop=True)


def quoted_speakers(quotes: pd.DataFrame, *, n: int = 20) -> pd.DataFrame:
    """Who is quoted how often, by kind: speaker, speaker_type, direct, mixed, indirect, total
    (quotes with a speaker), the ``n`` most quoted first."""
    kinds = ["direct", "mixed", "indirect"]
    credited = quotes[quotes["speaker"].notna()]
    if credited.empty:
        return pd.DataFrame(columns=["speaker", "speaker_type", *kinds, "total"])
    counts = pd.crosstab([credited["speaker"], credited["speaker_type"].fillna("")], credited["kind"])
    counts = counts.reindex(columns=kinds, fill_value=0).assign(total=lambda f: f[kinds].sum(axis=1))
    counts = counts.reset_index().sort_values(["total", "speaker"], ascending=[False, True])
    return counts.head(n).reset_index(drop=True).rename_axis(columns=None)


def sources_by_outlet(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Whose voices the coverage carries: per outlet (``articles.source``) and speaker type, the
    quotes and the distinct speakers quoted (unattributed quotes as type "nobody")."""
    outlets = articles.set_index("article_id")["source"].fillna("unknown")
    frame = quotes.assign(outlet=quotes["article_id"].map(outlets).fillna("unknown"),
                          speaker_type=quotes["speaker_type"].where(quotes["speaker"].notna(), "nobody"))
    if frame.empty:
        return pd.DataFrame(columns=["outlet", "speaker_type", "quotes", "speakers"])
    grouped = frame.groupby(["outlet", "speaker_type"], dropna=False).agg(
        quotes=("kind", "size"), speakers=("speaker", "nunique"))
    return grouped.reset_index().sort_values(["outlet", "quotes"], ascending=[True, False]).reset_index(drop=True)
