"""Corpus views of the portrayal and quotes tables for ``02_actor_sentiment``, bounded in size.

Tables: ``portrayal_summary`` (per actor over articles) and ``portrayal_by`` (per actor and period
or outlet), from the portrayal rows of the actors shown (``store.aggregates.portrayal_rows``; quote
counts and voices are aggregated there too). Figures: ``portrayal_bars`` (one article's actors), ``portrayal_over_time`` (small
multiples, one panel per actor, real date axes) and ``portrayal_by_source`` (dots with intervals).
Every figure draws at most ``MAX_PANELS`` actors and stays under ``MAX_HEIGHT_INCHES``.

An actor's corpus score is the mean of its per-article scores (each article counts once), with
a 95% percentile bootstrap interval of that mean (fixed seed, so reports are reproducible); the
bootstrap keeps the interval inside [-1, 1], where the scores live. One article: no interval.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .plots import MAX_PANELS, OKABE_ITO, safe_label
from .views import choose_period, dense_date_range, period_start

PORTRAYAL_COLOURS: dict[str, str] = {"negative": "#D55E00", "neutral": "#999999", "positive": "#009E73"}
_COUNTS: dict[str, type] = {name: int for name in ("n_articles", "n_negative", "n_neutral", "n_positive", "n_mentions")}
MAX_HEIGHT_INCHES = 9.0
BOOTSTRAP_DRAWS = 1000
SEED = 15


def bootstrap_interval(values: Sequence[float], *, draws: int = BOOTSTRAP_DRAWS, seed: int = SEED) -> tuple[float, float]:
    """95% percentile bootstrap interval of the mean of ``values``; (NaN, NaN) for fewer than two."""
    data = np.asarray(values, dtype=float)
    if len(data) < 2:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(draws, len(data)))].mean(axis=1)
    return float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


def _summarise(group: pd.DataFrame) -> pd.Series:
    """n articles, mean score, bootstrap interval and label counts of one actor's rows."""
    low, high = bootstrap_interval(group["score"].tolist())
    counts = group["label"].value_counts()
    return pd.Series({"n_articles": len(group), "score_mean": float(group["score"].mean()),
                      "ci_low": low, "ci_high": high,
                      **{f"n_{label}": int(counts.get(label, 0)) for label in PORTRAYAL_COLOURS},
                      "n_mentions": int(group["n_mentions"].sum())})


def portrayal_summary(portrayal: pd.DataFrame, *, top: int = MAX_PANELS, min_articles: int = 1) -> pd.DataFrame:
    """Per actor: articles, mean score with interval, label counts; the ``top`` actors by number
    of articles (then mentions) among those in at least ``min_articles`` articles."""
    columns = ["actor", "n_articles", "score_mean", "ci_low", "ci_high", *(f"n_{label}" for label in PORTRAYAL_COLOURS),
               "n_mentions"]
    if portrayal.empty:
        return pd.DataFrame(columns=columns)
    rows = [{"actor": actor, **_summarise(group)} for actor, group in portrayal.groupby("actor", sort=True)]
    summary = pd.DataFrame(rows, columns=columns).astype(_COUNTS)
    summary = summary[summary["n_articles"] >= min_articles]
    return summary.sort_values(["n_articles", "n_mentions", "actor"], ascending=[False, False, True]).head(top).reset_index(drop=True)


def period_of(published: pd.Series) -> tuple[pd.Series, str]:
    """Each date's period start and the period's name, chosen from the dense range of the dates
    (``views.dense_date_range``, 95% of them) as notebook 00 chooses it (``views.choose_period``);
    dates outside that range become missing."""
    dates = pd.to_datetime(published, errors="coerce")
    span = dense_date_range(dates, share=0.95)
    if span is not None:
        dates = dates.where(span.contains(dates))
    period = choose_period(span)
    return period_start(dates, period), period


def portrayal_by(portrayal: pd.DataFrame, articles: pd.DataFrame, *, by: str, actors: Sequence[str]) -> pd.DataFrame:
    """Per actor and ``by`` (``period`` of publication, or ``source``): articles, mean score and
    bootstrap interval. Rows without a date in the dense range (or without a source) are left out
    and counted in ``attrs["missing"]``."""
    joined = portrayal[portrayal["actor"].isin(actors)].merge(articles[["article_id", "published", "source"]],
                                                              on="article_id", how="left")
    if by == "period":
        joined["period"], name = period_of(joined["published"])
    else:
        name = "source"
    missing = int(joined[by].isna().sum())
    joined = joined[joined[by].notna()]
    rows = [{"actor": actor, by: key, **_summarise(group)} for (actor, key), group in joined.groupby(["actor", by], sort=True)]
    frame = pd.DataFrame(rows, columns=["actor", by, "n_articles", "score_mean", "ci_low", "ci_high",
                                        *(f"n_{label}" for label in PORTRAYAL_COLOURS), "n_mentions"])
    frame = frame.astype(_COUNTS)
    frame.attrs.update({"missing": missing, "unit": name})
    return frame


def _height(n_rows: int, per_row: float) -> float:
    """A figure height in inches for ``n_rows`` rows, capped at ``MAX_HEIGHT_INCHES``."""
    return min(MAX_HEIGHT_INCHES, max(2.5, per_row * n_rows + 1.0))


def portrayal_bars(table: pd.DataFrame, *, title: str = "How the article portrays each actor") -> Figure:
    """One article's actors: score (P(positive) − P(negative)) as bars coloured by label."""
    rows = table.head(MAX_PANELS * 2).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, _height(len(rows), 0.32)))
    ax.barh(range(len(rows)), rows["score"], color=[PORTRAYAL_COLOURS[label] for label in rows["label"]])
    ax.set_yticks(range(len(rows)), [f"{safe_label(a, width=30)} ({label}, n={n})" for a, label, n
                                     in zip(rows["actor"], rows["label"], rows["n_mentions"])])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set(xlim=(-1, 1), xlabel="portrayal score: P(positive) − P(negative)", title=title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def portrayal_over_time(trend: pd.DataFrame, *, title: str = "Portrayal over time") -> Figure:
    """Small multiples: one panel per actor, mean score per period with its interval (dots for
    single articles), on a shared real date axis."""
    actors = list(dict.fromkeys(trend["actor"]))[:MAX_PANELS]
    columns = min(3, max(len(actors), 1))
    n_rows = max(math.ceil(len(actors) / columns), 1)
    fig, axes = plt.subplots(n_rows, columns, figsize=(10, _height(n_rows, 2.0)), sharex=True, sharey=True, squeeze=False)
    for ax, actor, colour in zip(axes.flat, actors, OKABE_ITO * 3):
        rows = trend[trend["actor"] == actor]
        dates = pd.to_datetime(rows["period"])
        ax.errorbar(dates, rows["score_mean"], yerr=_error(rows), fmt="o", color=colour, markersize=3, capsize=2)
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set_title(safe_label(actor, width=32), fontsize=9)
    for ax in axes.flat[len(actors):]:
        ax.set_visible(False)
    for ax in axes.flat:
        ax.set_ylim(-1, 1)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=5))
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    fig.suptitle(f"{title} (score per {trend.attrs.get('unit', 'period')}, 95% bootstrap intervals)")
    fig.tight_layout()
    return fig


def _error(rows: pd.DataFrame) -> np.ndarray:
    """Asymmetric error bars from the interval columns (0 where there is no interval)."""
    low = (rows["score_mean"] - rows["ci_low"]).clip(lower=0).fillna(0)
    high = (rows["ci_high"] - rows["score_mean"]).clip(lower=0).fillna(0)
    return np.vstack([low.to_numpy(), high.to_numpy()])


def portrayal_by_source(table: pd.DataFrame, *, top_sources: int = 8,
                        title: str = "How outlets portray the same actor") -> Figure:
    """Per actor (rows), one dot per outlet (the ``top_sources`` with most articles) with its interval."""
    sources = table.groupby("source")["n_articles"].sum().sort_values(ascending=False).head(top_sources).index.tolist()
    actors = list(dict.fromkeys(table["actor"]))[:MAX_PANELS]
    fig, ax = plt.subplots(figsize=(9, _height(len(actors), 0.45)))
    width = 0.7 / max(len(sources), 1)
    for k, (source, colour) in enumerate(zip(sources, OKABE_ITO * 3)):
        rows = table[(table["source"] == source) & table["actor"].isin(actors)]
        positions = [len(actors) - 1 - actors.index(a) + (k - len(sources) / 2) * width for a in rows["actor"]]
        ax.errorbar(rows["score_mean"], positions, xerr=_error(rows), fmt="o", color=colour, capsize=2,
                    label=safe_label(source, width=25))
    ax.set_yticks(range(len(actors))[::-1], [safe_label(a, width=30) for a in actors])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set(xlim=(-1, 1), xlabel="mean portrayal score (95% bootstrap interval)", title=title)
    if sources:
        ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
