"""Tests for analysis.sentiment.aggregation: the actor_sentiment table and its t interval."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis import sentiment


def test_actor_sentiment_aggregation_by_hand() -> None:
    rows = pd.DataFrame({
        "article_id": ["a", "a", "a", "a"],
        "actor": ["Putin", "Putin", "Putin", "Zelensky"],
        "role": ["object", "object", "object", "subject"],
        "polarity": [-0.5, 0.0, 0.5, 0.2],
        "sentence_id": [7, 3, 7, 1],
        "sentence": ["s7", "s3", "s7", "s1"],
    })
    table = sentiment.actor_sentiment(rows)
    assert list(table.columns) == list(sentiment.ACTOR_SENTIMENT_COLUMNS)
    assert list(table["actor"]) == ["Putin", "Zelensky"]
    putin = table.iloc[0]
    # mean 0, sd = sqrt(((-0.5)^2 + 0 + 0.5^2) / 2) = 0.5, half-width = t(0.975, 2) * 0.5 / sqrt(3)
    # = 1.24, so the interval is clipped to the polarity range [-1, 1]
    assert (putin["n"], putin["polarity_mean"], putin["polarity_sd"]) == (3, 0.0, pytest.approx(0.5))
    assert (putin["ci_low"], putin["ci_high"]) == (-1.0, 1.0)
    assert putin["sentences"] == "3; 7"
    zelensky = table.iloc[1]
    assert zelensky["n"] == 1 and math.isnan(zelensky["polarity_sd"]) and math.isnan(zelensky["ci_low"])


def test_actor_sentiment_interval_by_hand_and_inside_the_range() -> None:
    rows = pd.DataFrame({"article_id": ["a"] * 4, "actor": ["Lee"] * 4, "role": ["subject"] * 4,
                         "polarity": [0.1, 0.2, 0.3, 0.2], "sentence_id": [0, 1, 2, 3]})
    lee = sentiment.actor_sentiment(rows).iloc[0]
    half = 3.182 * float(np.std([0.1, 0.2, 0.3, 0.2], ddof=1)) / 2
    assert (lee["ci_low"], lee["ci_high"]) == (pytest.approx(0.2 - half), pytest.approx(0.2 + half))
    extreme = rows.assign(polarity=[0.9, -0.2, 1.0, 0.95])
    wide = sentiment.actor_sentiment(extreme).iloc[0]
    assert -1.0 <= wide["ci_low"] < wide["polarity_mean"] < wide["ci_high"] == 1.0


def test_actor_sentiment_requires_columns() -> None:
    with pytest.raises(ValueError, match="sentence_id"):
        sentiment.actor_sentiment(pd.DataFrame({"article_id": [], "actor": [], "role": [], "polarity": []}))


@pytest.mark.parametrize(("df", "quantile"), [(1, 12.706), (2, 4.303), (30, 2.042), (60, 2.000), (10_000, 1.96)])
def test_t_quantile(df: int, quantile: float) -> None:
    assert sentiment.t_quantile_975(df) == pytest.approx(quantile, abs=2e-3)


def test_actor_sentiment_keeps_rows_without_an_actor_last() -> None:
    rows = pd.DataFrame({
        "article_id": ["a", "a", "a"], "actor": ["Y", None, "X"], "role": ["subject"] * 3,
        "polarity": [0.5, -0.5, 0.25], "sentence_id": [2, 1, 0],
    })
    table = sentiment.actor_sentiment(rows)
    assert table["actor"].tolist()[:2] == ["X", "Y"] and pd.isna(table["actor"].iloc[2])
    assert table["polarity_mean"].tolist() == [0.25, 0.5, -0.5]
