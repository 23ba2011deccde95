"""Corpus views of the portrayal table: intervals, ordering, date ranges and bounded figures."""

from __future__ import annotations

import datetime as dt
import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from analysis import portrayal_views as pv


def _portrayal(n_actors: int, n_articles: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(0)
    articles = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(n_articles)],
        "published": [dt.date(2020, 1, 1) + dt.timedelta(days=7 * i) for i in range(n_articles)],
        "source": [f"Outlet {i % 3}" for i in range(n_articles)],
    })
    rows = [{"article_id": f"a{i}", "actor": f"Actor {k:02d}", "score": float(rng.uniform(-1, 1)),
             "label": ["negative", "neutral", "positive"][int(rng.integers(3))], "n_mentions": 1 + k % 4}
            for i in range(n_articles) for k in range(n_actors) if (i + k) % 2 == 0 or k == 0]
    return pd.DataFrame(rows), articles


def test_bootstrap_interval_stays_inside_the_range_and_needs_two_values() -> None:
    low, high = pv.bootstrap_interval([1.0, 1.0, 0.9, -1.0])
    assert -1.0 <= low <= high <= 1.0
    assert all(math.isnan(v) for v in pv.bootstrap_interval([0.4]))
    assert pv.bootstrap_interval([0.1, 0.5, 0.3]) == pv.bootstrap_interval([0.1, 0.5, 0.3])


def test_summary_keeps_the_top_actors_by_articles() -> None:
    portrayal, _ = _portrayal(20, 30)
    summary = pv.portrayal_summary(portrayal, top=5)
    assert len(summary) == 5 and summary["actor"].iloc[0] == "Actor 00"
    assert summary["n_articles"].is_monotonic_decreasing
    assert (summary["n_negative"] + summary["n_neutral"] + summary["n_positive"] == summary["n_articles"]).all()


def test_dense_range_leaves_outlying_dates_out() -> None:
    dates = pd.Series([dt.date(1989, 1, 1)] + [dt.date(2000, 1, 1) + dt.timedelta(days=i) for i in range(100)])
    periods, unit = pv.period_of(dates)
    assert periods.isna().sum() >= 1 and unit == "week"


@pytest.mark.parametrize("n_actors", [1, 5, 40])
def test_figures_stay_under_2000_pixels(n_actors: int) -> None:
    portrayal, articles = _portrayal(n_actors, 60)
    actors = pv.portrayal_summary(portrayal, top=40)["actor"].tolist()
    figures = [pv.portrayal_over_time(pv.portrayal_by(portrayal, articles, by="period", actors=actors)),
               pv.portrayal_by_source(pv.portrayal_by(portrayal, articles, by="source", actors=actors)),
               pv.portrayal_bars(portrayal[portrayal["article_id"] == "a0"].assign(label="neutral"))]
    for fig in figures:
        assert fig.get_size_inches()[1] * fig.dpi <= 2000
        plt.close(fig)
