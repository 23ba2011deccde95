"""Matplotlib figures and displaCy highlighting shared by the notebooks.

Figures use the Okabe-Ito colour-blind-safe palette and labelled axes, sized for a report page.
Text that comes from articles is passed through ``safe_label`` (no mathtext interpretation) and
the highlighting HTML is escaped by displaCy, so article text is always shown as text.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from functools import lru_cache

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.ticker import MaxNLocator
from spacy import displacy

from .views import DateRange

OKABE_ITO: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
                              "#F0E442", "#000000")
ROLE_COLOURS: dict[str, str] = {"speaker": "#0072B2", "subject": "#009E73", "object": "#D55E00",
                                "target": "#D55E00", "mentioned": "#999999"}
LABEL_COLOURS: dict[str, str] = {"PERSON": "#E69F00", "ORG": "#56B4E9", "GPE": "#009E73",
                                 "NORP": "#CC79A7", "LOC": "#F0E442", "GPE_CAPITAL": "#7FD1B9",
                                 "GOV": "#B7E3F5", "FAC": "#DDDDDD"}


#: Caps that keep every figure readable and at most ``MAX_FIGURE_PX`` tall, whatever the corpus.
MAX_BARS = 40
MAX_PANELS = 12
MAX_HEATMAP = 25
MAX_FIGURE_PX = 2000
MISSING_GLYPH = "?"


@lru_cache(maxsize=1)
def _font() -> FT2Font:
    """The font matplotlib draws labels with (the first of ``font.family`` it finds)."""
    return FT2Font(font_manager.findfont(font_manager.FontProperties(family=plt.rcParams["font.family"])))


@lru_cache(maxsize=8192)
def has_glyph(char: str) -> bool:
    """True when the label font can draw ``char`` (else matplotlib warns "Glyph ... missing")."""
    return char.isspace() or _font().get_char_index(ord(char)) != 0


def safe_label(text: object, *, width: int = 60) -> str:
    """Article text as a literal matplotlib label: no mathtext, shortened to ``width`` characters,
    characters the font lacks (CJK, emoji) shown as ``?``."""
    value = " ".join(str(text).split())
    value = value if len(value) <= width else value[: width - 1] + "…"
    value = "".join(c if has_glyph(c) else MISSING_GLYPH for c in value)
    return value.replace("$", r"\$")


def capped_height(inches: float) -> float:
    """``inches`` capped so the figure stays under ``MAX_FIGURE_PX`` at the current dpi."""
    return min(inches, 0.95 * MAX_FIGURE_PX / plt.rcParams["figure.dpi"])


def bar_counts(labels: Sequence[object], values: Sequence[float], *, title: str, xlabel: str,
               notes: Sequence[str] | None = None) -> Figure:
    """Horizontal bar chart, largest on top, at most ``MAX_BARS`` bars; ``notes`` are written beside
    the bars (e.g. mentions beside a count of articles)."""
    labels, values = list(labels)[:MAX_BARS], list(values)[:MAX_BARS]
    fig, ax = plt.subplots(figsize=(8, capped_height(max(2.5, 0.32 * len(labels) + 1.2))))
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=OKABE_ITO[0])
    ax.set_yticks(positions, [safe_label(label, width=40) for label in labels])
    for y, value, note in zip(positions, values, list(notes or [])[:MAX_BARS]):
        ax.annotate(safe_label(note, width=30), (value, y), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#444444")
    ax.set(title=safe_label(title, width=90), xlabel=xlabel)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.margins(x=0.15 if notes else 0.02)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def counts_over_time(counts: pd.DataFrame, *, value: str, period: str, title: str, ylabel: str) -> Figure:
    """Bars per period (``counts``: period start, ``value``) on a real date axis."""
    fig, ax = plt.subplots(figsize=(9, 3.2))
    starts = pd.to_datetime(counts["period"])
    width = _period_days(period) * 0.85
    ax.bar(starts, counts[value], width=width, align="edge", color=OKABE_ITO[0])
    _date_axis(ax)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set(title=safe_label(title, width=90), ylabel=ylabel, xlabel=f"{period} (bars start on the period's first day)")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def _period_days(period: str) -> float:
    """Approximate length of a period in days (bar widths)."""
    return {"day": 1, "week": 7, "month": 30.4, "quarter": 91.3, "year": 365.25}[period]


def _date_axis(ax: plt.Axes, *, max_ticks: int = 8) -> None:
    """A real date axis with concise, non-overlapping tick labels."""
    locator = mdates.AutoDateLocator(minticks=2, maxticks=max_ticks)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _broken_at_gaps(x: pd.Series, y: pd.Series, *, gap: pd.Timedelta) -> tuple[list, list]:
    """``x``/``y`` with a break (NaN) wherever consecutive ``x`` are more than ``gap`` apart, so a
    line does not join periods that have no point between them."""
    xs, ys, previous = [], [], None
    for when, value in zip(x, y):
        if previous is not None and when - previous > gap:
            xs.append(previous + gap / 2)
            ys.append(float("nan"))
        xs.append(when)
        ys.append(value)
        previous = when
    return xs, ys


def portrayal_panels(trend: pd.DataFrame, *, start: pd.Timestamp, end: pd.Timestamp, period: str,
                     title: str = "Portrayal over time", max_panels: int = MAX_PANELS) -> Figure:
    """Small multiples, one panel per actor (at most ``max_panels``, in ``trend``'s order): mean
    polarity per period on a shared date axis, each point sized by its number of scored mentions."""
    actors = list(dict.fromkeys(trend["actor_id"]))[:max(1, min(max_panels, MAX_PANELS))]
    cols = min(3, max(1, len(actors)))
    rows = max(1, math.ceil(len(actors) / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(9, capped_height(1.9 * rows + 0.8)), sharex=True,
                             sharey=True, squeeze=False)
    pad = pd.Timedelta(days=_period_days(period))
    first = min(pd.Timestamp(start), pd.to_datetime(trend["period"]).min())
    for ax, ident in zip(axes.flat, actors):
        rows_of = trend[trend["actor_id"] == ident]
        middle = pd.to_datetime(rows_of["period"]) + pad / 2
        ax.plot(*_broken_at_gaps(middle, rows_of["polarity_mean"], gap=1.5 * pad), "-", color=OKABE_ITO[0], linewidth=0.8)
        ax.scatter(middle, rows_of["polarity_mean"], s=8 + 4 * rows_of["n"].clip(upper=40), color=OKABE_ITO[0],
                   clip_on=False)
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set_title(safe_label(rows_of["actor"].iloc[0], width=32), fontsize=9)
        ax.set(ylim=(-1, 1), xlim=(first, pd.Timestamp(end) + pad))
        _date_axis(ax, max_ticks=4)
        ax.spines[["top", "right"]].set_visible(False)
    for ax in list(axes.flat)[len(actors):]:
        ax.set_visible(False)
    fig.suptitle(safe_label(title, width=90))
    fig.supylabel("mean polarity (−1 … +1)", fontsize=9)
    fig.tight_layout()
    return fig


def cooccurrence_heatmap(matrix: pd.DataFrame, *, title: str = "Actors mentioned in the same sentence") -> Figure:
    """Heatmap of an actor-by-actor co-occurrence table (at most ``MAX_HEATMAP`` actors), with
    counts written in the cells."""
    matrix = matrix.iloc[:MAX_HEATMAP, :MAX_HEATMAP]
    size = capped_height(max(4.0, 0.42 * len(matrix) + 2.5))
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    image = ax.imshow(matrix.to_numpy(), cmap="Blues")
    labels = [safe_label(name, width=28) for name in matrix.index]
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for (row, col), value in pd.DataFrame(matrix.to_numpy()).stack().items():
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=7 if len(matrix) > 15 else 8)
    fig.colorbar(image, ax=ax, label="sentences")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def outermost(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions not nested in a longer one ("Russia" inside "Russia's president" is dropped).

    displaCy can only draw non-overlapping spans; nested ones would repeat text.
    """
    ordered = mentions.assign(_length=mentions["end"] - mentions["start"]).sort_values(
        ["start", "_length"], ascending=[True, False], kind="stable")
    keep, reach = [], -1
    for index, start, end in zip(ordered.index, ordered["start"], ordered["end"]):
        if start >= reach:
            keep.append(index)
            reach = end
    return ordered.loc[keep].drop(columns="_length")


def highlight_mentions(text: str, mentions: pd.DataFrame, *, title: str = "") -> str:
    """displaCy HTML of ``text`` with each mention highlighted and labelled with its actor.

    displaCy escapes the text but not the labels, so labels (actor names come from the article)
    are escaped here; nested mentions give way to the mention that contains them.
    """
    spans = [{"start": int(r.start), "end": int(r.end), "label": html.escape(f"{r.label}: {r.actor}")}
             for r in outermost(mentions).itertuples()]
    colours = {span["label"]: LABEL_COLOURS.get(span["label"].split(":")[0], "#DDDDDD") for span in spans}
    data = {"text": text, "ents": spans, "title": html.escape(title) if title else None}
    return displacy.render(data, style="ent", manual=True, jupyter=False, options={"colors": colours})


def sentiment_bars(summary: pd.DataFrame, *, title: str = "How each actor is portrayed, by role") -> Figure:
    """Diverging bars of mean polarity per actor and role, with 95% confidence intervals."""
    rows = summary.sort_values(["actor", "role"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(rows) + 1)))
    positions = range(len(rows))[::-1]
    low = (rows["polarity_mean"] - rows["ci_low"]).clip(lower=0).fillna(0)
    high = (rows["ci_high"] - rows["polarity_mean"]).clip(lower=0).fillna(0)
    ax.barh(list(positions), rows["polarity_mean"], xerr=[low, high], capsize=3,
            color=[ROLE_COLOURS.get(role, "#999999") for role in rows["role"]])
    labels = [f"{safe_label(a, width=28)} · {r} (n={n})" for a, r, n in zip(rows["actor"], rows["role"], rows["n"])]
    ax.set_yticks(list(positions), labels)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set(xlim=(-1, 1), xlabel="mean polarity (−1 negative … +1 positive), bars: 95% CI", title=title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def _event_label(row: pd.Series) -> str:
    actors = f" ({row['actors']})" if isinstance(row["actors"], str) and row["actors"] else ""
    return safe_label(f"{row['trigger']}{actors} · {row['timex_text']}", width=55)


def timeline(events: pd.DataFrame, *, title: str = "Timeline of dated events") -> Figure:
    """Day-level events as points, coarser ones (week, month, season, year) as spans."""
    dated = events[events["dated"].astype(bool)].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(9, max(2.5, 0.4 * len(dated) + 1)))
    for y, row in zip(range(len(dated))[::-1], dated.to_dict("records")):
        start, end = pd.Timestamp(row["start_date"]), pd.Timestamp(row["end_date"] or row["start_date"])
        if (end - start).days < 1:
            ax.plot(start, y, "o", color=OKABE_ITO[3])
        else:
            ax.plot([start, end + pd.Timedelta(days=1)], [y, y], "-", linewidth=6, color=OKABE_ITO[0],
                    alpha=0.6, solid_capstyle="butt")
        ax.annotate(_event_label(row), (end, y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.set(title=title, xlabel="date (points: a day; bars: a week, month, season or year)")
    ax.spines[["top", "right", "left"]].set_visible(False)
    fig.tight_layout()
    return fig


def story_vs_telling(events: pd.DataFrame, sentences: pd.DataFrame, *,
                     title: str = "Story order against telling order") -> Figure:
    """Date of each dated event against its sentence's position in its article (0 = top, 1 = end).

    One line per article, in telling order, so the jumps back and forth in time are visible.
    """
    dated = events[events["dated"].astype(bool)].sort_values(["article_id", "sentence_id", "start"])
    total = sentences.groupby("article_id")["sentence_id"].max().clip(lower=1)
    fig, ax = plt.subplots(figsize=(8, 4))
    for colour, (_, rows) in zip(OKABE_ITO * 4, dated.groupby("article_id", sort=False)):
        position = rows["sentence_id"] / rows["article_id"].map(total)
        dates = pd.to_datetime(rows["start_date"])
        ax.plot(position, dates, "-o", color=colour, linewidth=0.8)
        for x, y, text in zip(position, dates, rows["timex_text"]):
            ax.annotate(safe_label(text, width=25), (x, y), xytext=(4, 4), textcoords="offset points", fontsize=7)
    ax.set(title=title, xlabel="position in the article (share of sentences)", ylabel="date of the event")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def sentiment_over_time(trend: pd.DataFrame, *, title: str = "Portrayal over time") -> Figure:
    """One line per actor: mean polarity of its mentions per publication date."""
    fig, ax = plt.subplots(figsize=(8, 4))
    for colour, (actor, rows) in zip(OKABE_ITO * 3, trend.groupby("actor", sort=True)):
        ax.plot(pd.to_datetime(rows["published"]), rows["polarity_mean"], "-o", color=colour, label=safe_label(actor, width=30))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set(title=title, xlabel="publication date", ylabel="mean polarity", ylim=(-1, 1))
    ax.legend(fontsize=8, loc="best")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def _fits(x: float, taken: list[tuple[float, float]], width: float) -> bool:
    """Whether a label starting at ``x`` and ``width`` wide overlaps none of the ``taken`` spans."""
    return all(x + width <= start or x >= end for start, end in taken)


def _draw_lane(ax: plt.Axes, rows: pd.DataFrame, y: int) -> None:
    """One lane's events in two calls (a lane can hold thousands): points for a day or finer, bars
    for longer dates; marker size grows with the articles reporting the event (at most 6 counted)."""
    starts = pd.to_datetime(rows["start_date"])
    ends = pd.to_datetime(rows["end_date"].where(rows["end_date"].notna(), rows["start_date"]))
    sizes = 4 + 3 * rows["n_sources"].clip(upper=6).to_numpy()
    day = ((ends - starts).dt.days < 1).to_numpy()
    ax.scatter(starts[day], [y] * int(day.sum()), s=sizes[day] ** 2, color=OKABE_ITO[3], alpha=0.8, linewidths=0)
    ax.hlines([y] * int((~day).sum()), starts[~day], ends[~day] + pd.Timedelta(days=1), linewidth=sizes[~day],
              color=OKABE_ITO[0], alpha=0.35, capstyle="butt")


def _label_lane(ax: plt.Axes, rows: pd.DataFrame, y: int, *, low: pd.Timestamp, char_days: float) -> None:
    """Label (trigger, number of sources) each event of a lane where it fits beside the previous label."""
    taken: list[tuple[float, float]] = []
    for start, lemma, sources in zip(pd.to_datetime(rows["start_date"]), rows["lemma"], rows["n_sources"]):
        label = safe_label(f"{lemma} ×{sources}", width=24)
        x = (start - low).days
        if _fits(x, taken, char_days * (len(label) + 2)):
            taken.append((x, x + char_days * (len(label) + 2)))
            ax.annotate(label, (start, y), xytext=(5, 5), textcoords="offset points", fontsize=7)


def actor_timeline(timeline: pd.DataFrame, *, date_range: DateRange | None = None,
                   title: str = "Dated events per actor, across articles", max_lanes: int = 40,
                   width_px: int = 1000) -> Figure:
    """One lane per actor (at most ``max_lanes``, so the figure stays under 2,000 px tall): a point
    per merged event (day or finer), a bar per coarser one, larger when more articles report it;
    a label (trigger, number of sources) only where it fits beside the previous one in its lane."""
    actors = list(dict.fromkeys(timeline["actor"]))[:max_lanes]
    fig, ax = plt.subplots(figsize=(width_px / 100, 0.45 * len(actors) + 1.4), dpi=100)
    low, high = (date_range.start, date_range.end) if date_range else (
        pd.Timestamp(timeline["start_date"].min()), pd.Timestamp(timeline["end_date"].fillna(timeline["start_date"]).max()))
    span_days = max(1.0, (high - low).days)
    char_days = span_days / (width_px * 0.8) * 6.5  # a label character is about 6.5 px wide
    for y, actor in enumerate(actors[::-1]):
        rows = timeline[timeline["actor"] == actor].sort_values("start_date")
        _draw_lane(ax, rows, y)
        _label_lane(ax, rows, y, low=low, char_days=char_days)
    ax.set_yticks(range(len(actors)), [safe_label(a, width=28) for a in actors[::-1]])
    ax.set_xlim(low, high)
    ax.set_ylim(-0.7, len(actors) - 0.3)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.set(title=title, xlabel="date (points: a day; bars: a week, month, season or year; size: articles reporting it)")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
