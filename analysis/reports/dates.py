"""The dense range of a set of dates: the span holding most of them, with the far ones listed.

A corpus's dates (publication dates, event dates) often hold a few that are centuries away (a
year misread in a product name, a historical reference): a span from first to last date would
say "1300-01-01 – 2099-12-31". The dense range is the shortest span holding ``DENSE_SHARE`` of the
dates, widened on each side by half its length (at least a year); dates beyond are outliers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..views import densest_window

DENSE_SHARE = 0.95
MIN_MARGIN_DAYS = 366
OUTLIERS_SHOWN = 8


@dataclass(frozen=True)
class DenseRange:
    """The span holding most dates (``first``..``last``) and the dates outside it."""

    first: dt.date | None
    last: dt.date | None
    outliers: tuple[dt.date, ...]
    n: int

    def describe(self) -> str:
        """``1996-01-02 – 1998-03-08 (2 outliers: 1300-01-01, 2099-12-31)``, or ``no dates``."""
        if self.first is None:
            return "no dates"
        span = f"{self.first}" + (f" – {self.last}" if self.last != self.first else "")
        if not self.outliers:
            return span
        shown = ", ".join(str(d) for d in self.outliers[:OUTLIERS_SHOWN])
        more = f" and {len(self.outliers) - OUTLIERS_SHOWN} more" if len(self.outliers) > OUTLIERS_SHOWN else ""
        return f"{span} ({len(self.outliers)} outlier(s) outside it: {shown}{more})"


def dense_range(dates: Sequence[dt.date], *, share: float = DENSE_SHARE) -> DenseRange:
    """The shortest span holding ``share`` of the dates, widened on each side by half its length (at
    least ``MIN_MARGIN_DAYS``, a year); dates beyond that are outliers."""
    ordinals = sorted(d.toordinal() for d in dates)
    if not ordinals:
        return DenseRange(None, None, (), 0)
    low, high = densest_window(ordinals, max(1, math.floor(share * len(ordinals))))
    margin = max(MIN_MARGIN_DAYS, (high - low) // 2)
    inside = [o for o in ordinals if low - margin <= o <= high + margin]
    outside = tuple(dt.date.fromordinal(o) for o in ordinals if not low - margin <= o <= high + margin)
    return DenseRange(dt.date.fromordinal(inside[0]), dt.date.fromordinal(inside[-1]), outside, len(ordinals))
