"""The ``actor_sentiment`` table: the mention rows aggregated per article, actor and role.

``actor_sentiment`` groups mention rows by article, actor and role: n, mean, sample standard
deviation and a 95% Student-t confidence interval of the mean, clipped to [-1, 1] where the
polarity lives (undefined for n = 1: the notebook says "one mention"), plus the
sentence ids behind each group ("3; 7; 12").
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .. import errors, tables

# t quantiles (0.975) for 1..30 degrees of freedom; beyond, interpolated in 1/df towards 1.96.
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)
_T975_LARGE = ((30, 2.042), (40, 2.021), (60, 2.000), (120, 1.980), (math.inf, 1.960))


def t_quantile_975(df: int) -> float:
    """Return the 97.5% quantile of Student's t with ``df`` degrees of freedom (table-based)."""
    if df < 1:
        return math.nan
    if df <= 30:
        return _T975[df - 1]
    for (lo_df, lo_t), (hi_df, hi_t) in zip(_T975_LARGE, _T975_LARGE[1:]):
        if df <= hi_df:
            share = (1 / lo_df - 1 / df) / (1 / lo_df - (0 if math.isinf(hi_df) else 1 / hi_df))
            return lo_t + share * (hi_t - lo_t)
    return 1.960


def _clip(value: float) -> float:
    """``value`` clipped to [-1, 1] (NaN stays NaN)."""
    return value if math.isnan(value) else min(max(value, -1.0), 1.0)


def _summary(values: np.ndarray, sentence_ids: Iterable[object]) -> dict[str, object]:
    """n, mean, sd, 95% t interval (clipped to the polarity range [-1, 1]; undefined for n = 1)
    and sentence ids of one actor-role group's polarities."""
    n = len(values)
    mean = float(values.mean())
    sd = float(values.std(ddof=1)) if n > 1 else math.nan
    half = t_quantile_975(n - 1) * sd / math.sqrt(n) if n > 1 else math.nan
    ids = sorted({int(i) for i in sentence_ids})
    return {
        "n": n, "polarity_mean": mean, "polarity_sd": sd,
        "ci_low": _clip(mean - half), "ci_high": _clip(mean + half),
        "sentences": "; ".join(str(i) for i in ids),
    }


ACTOR_SENTIMENT_COLUMNS: tuple[str, ...] = tables.COLUMNS["actor_sentiment"]


def actor_sentiment(rows: pd.DataFrame, *, engine: str | None = None) -> pd.DataFrame:
    """Aggregate mention-sentiment rows (article_id, actor, role, polarity, sentence_id, ...) of one
    engine into the ``actor_sentiment`` table, one row per article, actor and role, sorted by those
    keys; ``engine`` fills the engine column (missing when ``None``)."""
    keys = ["article_id", "actor", "role"]
    missing = [c for c in [*keys, "polarity", "sentence_id"] if c not in rows.columns]
    if missing:
        raise errors.ConfigurationError(errors.SENTIMENT_MISSING_COLUMNS.format(columns=", ".join(missing)))
    values = rows["polarity"].astype(float).to_numpy()
    sentence_ids = rows["sentence_id"].to_numpy()
    records = [
        {**dict(zip(keys, key)), "engine": engine, **_summary(values[at], sentence_ids[at])}
        for key, at in _group_positions(rows, keys)
    ]
    return pd.DataFrame(records, columns=list(ACTOR_SENTIMENT_COLUMNS))


def _group_positions(rows: pd.DataFrame, keys: list[str]) -> list[tuple[tuple, np.ndarray]]:
    """(key values, row positions) of each group of ``rows`` by ``keys``, in sorted key order.

    Plain Python grouping when every key is a string (the usual case, much faster than a
    pandas groupby on a small frame); pandas' grouping otherwise (missing keys sort last).
    """
    columns = [rows[k].tolist() for k in keys]
    if not all(isinstance(v, str) for column in columns for v in column):
        grouped = rows.groupby(keys, sort=True, dropna=False).indices
        return list(grouped.items())
    positions: dict[tuple, list[int]] = {}
    for at, key in enumerate(zip(*columns)):
        positions.setdefault(key, []).append(at)
    return [(key, np.asarray(positions[key], dtype=np.intp)) for key in sorted(positions)]
