"""Derived tables the notebooks show from tidy frames: strongest sentences, date ranges and
periods, the benchmark tables, and ``show_table``.

Each function takes tidy tables (see ``analysis.tables``) and returns a new DataFrame, so every
number in a report can be traced back to rows of the base tables. Corpus-wide aggregates (actor
rankings, co-occurrence, portrayal over time, quote counts) run in the query layer instead:
``analysis.store.aggregates``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import errors, paths



def strongest_sentences(scored: pd.DataFrame, sentences: pd.DataFrame, *, actor: str,
                        n: int = 3) -> pd.DataFrame:
    """The ``n`` most positive and ``n`` most negative scored mentions of ``actor`` with their sentence."""
    rows = scored[scored["actor"] == actor].merge(
        sentences[["article_id", "sentence_id", "text"]], on=["article_id", "sentence_id"], how="left")
    rows = rows.sort_values(["polarity", "article_id", "start"]).drop_duplicates(["article_id", "sentence_id", "role"])
    picked = pd.concat([rows.tail(n).iloc[::-1], rows.head(n)]).drop_duplicates(["article_id", "start", "role"])
    return picked[picked["polarity"] != 0][["article_id", "sentence_id", "role", "polarity", "evidence", "text"]]


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


def results_path(benchmark: str) -> Path:
    """The committed results file of a benchmark (``docs/results/<benchmark>.json``)."""
    return paths.RESULTS_DIR / f"{benchmark}.json"


def benchmark_results(benchmark: str) -> dict[str, Any]:
    """The figures ``benchmarks/<benchmark>.py`` last wrote, as a dict (see that script for the keys)."""
    return json.loads(results_path(benchmark).read_text(encoding="utf-8"))


def benchmark_table(benchmark: str) -> pd.DataFrame:
    """A results file's rows as a table indexed by method: ``<split> <figure>`` columns in the
    file's order, references last."""
    results = benchmark_results(benchmark)
    rows = [{"method": name, **{f"{split} {key}": value for split, figures in row.items()
                                if isinstance(figures, dict) for key, value in figures.items()}}
            for name, row in results["rows"].items()]
    rows += [{"method": name, **{f"{split} f1m": value for split, value in row.items()}}
             for name, row in results.get("reference", {}).items()]
    return pd.DataFrame(rows).set_index("method")


# --- corpus views: dense date ranges, periods, actors by corpus identity -----------------------

#: The MIME type of a table shown with ``show_table`` (the reports' interactive tables use it too).
#: Period names the notebooks accept, with their pandas period alias, from finest to coarsest.
PERIOD_FREQUENCIES: dict[str, str] = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
#: The longest span (days) each automatic period is chosen for; longer spans get years.
PERIOD_SPANS: dict[str, int] = {"day": 45, "week": 300, "month": 1500, "quarter": 4500}


@dataclass(frozen=True)
class DateRange:
    """The dense range of a set of dates: ``start`` to ``end`` (timestamps, inclusive)."""

    start: pd.Timestamp
    end: pd.Timestamp

    def contains(self, dates: Sequence[object] | pd.Series) -> pd.Series:
        """True for the dates inside the range (missing dates are neither inside nor outliers)."""
        return as_dates(dates).between(self.start, self.end)

    def outliers(self, dates: Sequence[object] | pd.Series) -> pd.Series:
        """True for the dates given but outside the range (or beyond what a timestamp can hold)."""
        raw = _series(dates)
        given = raw.notna() & (raw.astype(str).str.strip() != "")
        return given & ~self.contains(raw)

    @property
    def days(self) -> int:
        """Length of the range in days."""
        return int((self.end - self.start).days) + 1


def _series(values: Sequence[object] | pd.Series) -> pd.Series:
    """``values`` as a Series (a Series keeps its index)."""
    return values if isinstance(values, pd.Series) else pd.Series(list(values), dtype="object")


def as_dates(values: Sequence[object] | pd.Series) -> pd.Series:
    """Values as timestamps (text, dates or timestamps); what cannot be read or lies beyond what a
    timestamp holds (years before 1677 or after 2262) is NaT, never an error."""
    series = _series(values)
    if pd.api.types.is_datetime64_any_dtype(series):
        return series
    return pd.to_datetime(series.astype("object").astype("string"), errors="coerce", format="mixed")


def densest_window(ordered: Sequence[int], k: int) -> tuple[int, int]:
    """The (lowest, highest) of the ``k`` consecutive values of ``ordered`` (sorted numbers, e.g.
    seconds or day ordinals) that lie closest together: the core of every dense date range."""
    first = min(range(len(ordered) - k + 1), key=lambda i: ordered[i + k - 1] - ordered[i])
    return ordered[first], ordered[first + k - 1]


def dense_date_range(values: Sequence[object] | pd.Series, *, share: float = 0.8, widen: float = 0.5,
                     min_days: int = 7) -> DateRange | None:
    """The range holding the bulk of the dates, or ``None`` without dates: the shortest window that
    holds ``share`` of them, widened on each side by ``widen`` times its length and clipped to the
    dates seen; a range shorter than ``min_days`` is widened around its middle to ``min_days``.

    Dates outside it (a year "1650" read from a product name) are outliers, to be listed, not drawn.
    """
    dates = as_dates(values).dropna().sort_values()
    if dates.empty:
        return None
    seconds = dates.to_numpy().astype("datetime64[s]").astype("int64")
    low, high = densest_window(seconds, max(1, math.ceil(share * len(seconds))))
    reach = widen * (high - low)
    inside = dates[(seconds >= low - reach) & (seconds <= high + reach)]
    start, end = inside.iloc[0].normalize(), inside.iloc[-1].normalize()
    short = pd.Timedelta(days=min_days - 1) - (end - start)
    if short > pd.Timedelta(0):
        start, end = start - (short // 2).ceil("D"), end + (short - (short // 2).ceil("D"))
    return DateRange(start, end)


def choose_period(span: DateRange | None, period: str = "") -> str:
    """``period`` if given (day, week, month, quarter or year), else the one that fits the span."""
    if period:
        if period not in PERIOD_FREQUENCIES:
            raise errors.ConfigurationError(errors.UNKNOWN_PERIOD.format(period=period, known=", ".join(PERIOD_FREQUENCIES)))
        return period
    days = span.days if span is not None else 1
    return next((name for name, limit in PERIOD_SPANS.items() if days <= limit), "year")


def period_start(dates: pd.Series, period: str) -> pd.Series:
    """The first day of each date's period (weeks start on Monday)."""
    return as_dates(dates).dt.to_period(PERIOD_FREQUENCIES[period]).dt.start_time


def counts_per_period(dates: pd.Series, span: DateRange, period: str, *, name: str = "n") -> pd.DataFrame:
    """Number of dates per period over the dense range, empty periods included: period, ``name``."""
    inside = as_dates(dates)
    inside = inside[span.contains(inside)]
    starts = pd.period_range(span.start, span.end, freq=PERIOD_FREQUENCIES[period]).start_time
    counts = period_start(inside, period).value_counts()
    return pd.DataFrame({"period": starts, name: [int(counts.get(s, 0)) for s in starts]})


def show_table(frame: pd.DataFrame, *, caption: str = "", page_length: int = 10,
               order: Sequence[tuple[str, str]] = (), total: int | None = None) -> None:
    """Display every row of ``frame`` in the report, full text: the one place the notebooks show a
    table, through the reports' interactive table (sortable, searchable, paginated, bundled;
    ``analysis.reports.datatable``), first sorted by ``order`` ((column, "asc"/"desc") pairs).
    ``total``: the number of rows ``frame`` was cut from (a bounded query), said in the caption."""
    from .reports.datatable import show_table as interactive

    if total is not None and total > len(frame):
        caption = f"{caption} (the first {len(frame):,} of {total:,} rows; `python -m analysis tables` writes every row)"
    interactive(frame, caption=caption, page_length=page_length, order=order)


def shown_tables(outputs: Sequence[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """The tables ``show_table`` displayed in notebook ``outputs``, by caption."""
    from .reports.datatable import MIME_TYPE

    found = {}
    for output in outputs:
        payload = output.get("data", {}).get(MIME_TYPE)
        if payload is not None:
            found[payload.get("caption", "")] = pd.DataFrame(payload["data"], columns=payload["columns"])
    return found
