"""Matplotlib figures and displaCy highlighting shared by the notebooks.

Figures use the Okabe-Ito colour-blind-safe palette and labelled axes, sized for a report page.
Text that comes from articles is passed through ``safe_label`` (no mathtext interpretation) and
the highlighting HTML is escaped by displaCy, so article text is always shown as text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from spacy import displacy

OKABE_ITO: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
                              "#F0E442", "#000000")
ROLE_COLOURS: dict[str, str] = {"speaker": "#0072B2", "subject": "#009E73", "object": "#D55E00",
                                "target": "#D55E00", "mentioned": "#999999"}
LABEL_COLOURS: dict[str, str] = {"PERSON": "#E69F00", "ORG": "#56B4E9", "GPE": "#009E73",
                                 "NORP": "#CC79A7", "LOC": "#F0E442", "GPE_CAPITAL": "#7FD1B9",
                                 "GOV": "#B7E3F5", "FAC": "#DDDDDD"}


def safe_label(text: object, *, width: int = 60) -> str:
    """Article text as a literal matplotlib label: no mathtext, shortened to ``width`` characters."""
    value = " ".join(str(text).split())
    value = value if len(value) <= width else value[: width - 1] + "…"
    return value.replace("$", r"\$")


def bar_counts(labels: Sequence[object], values: Sequence[float], *, title: str, xlabel: str) -> Figure:
    """Horizontal bar chart, largest on top."""
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.35 * len(labels) + 1)))
    ax.barh([safe_label(label) for label in labels][::-1], list(values)[::-1], color=OKABE_ITO[0])
    ax.set(title=title, xlabel=xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def cooccurrence_heatmap(matrix: pd.DataFrame, *, title: str = "Actors mentioned in the same sentence") -> Figure:
    """Heatmap of an actor-by-actor co-occurrence table, with counts written in the cells."""
    size = max(4.0, 0.55 * len(matrix) + 2)
    fig, ax = plt.subplots(figsize=(size + 1, size))
    image = ax.imshow(matrix.to_numpy(), cmap="Blues")
    labels = [safe_label(name, width=28) for name in matrix.index]
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for (row, col), value in pd.DataFrame(matrix.to_numpy()).stack().items():
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=8)
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


def actor_timeline(timeline: pd.DataFrame, *, date_range: tuple[object, object] | None = None,
                   title: str = "Dated events per actor, across articles", max_lanes: int = 40,
                   width_px: int = 1000) -> Figure:
    """One lane per actor (at most ``max_lanes``, so the figure stays under 2,000 px tall): a point
    per merged event (day or finer), a bar per coarser one, larger when more articles report it;
    a label (trigger, number of sources) only where it fits beside the previous one in its lane."""
    actors = list(dict.fromkeys(timeline["actor"]))[:max_lanes]
    fig, ax = plt.subplots(figsize=(width_px / 100, 0.45 * len(actors) + 1.4), dpi=100)
    low, high = (pd.Timestamp(d) for d in date_range) if date_range else (
        pd.Timestamp(timeline["start_date"].min()), pd.Timestamp(timeline["end_date"].fillna(timeline["start_date"]).max()))
    span_days = max(1.0, (high - low).days)
    char_days = span_days / (width_px * 0.8) * 6.5  # a label character is about 6.5 px wide
    for y, actor in enumerate(actors[::-1]):
        taken: list[tuple[float, float]] = []
        rows = timeline[timeline["actor"] == actor].sort_values("start_date")
        for row in rows.to_dict("records"):
            start = pd.Timestamp(row["start_date"])
            end = pd.Timestamp(row["end_date"] or row["start_date"])
            size = 4 + 3 * min(row["n_sources"], 6)
            if (end - start).days < 1:
                ax.plot(start, y, "o", markersize=size, color=OKABE_ITO[3], alpha=0.8)
            else:
                ax.plot([start, end + pd.Timedelta(days=1)], [y, y], "-", linewidth=size, color=OKABE_ITO[0],
                        alpha=0.35, solid_capstyle="butt")
            label = safe_label(f"{row['lemma']} ×{row['n_sources']}", width=24)
            x = (start - low).days
            if _fits(x, taken, char_days * (len(label) + 2)):
                taken.append((x, x + char_days * (len(label) + 2)))
                ax.annotate(label, (start, y), xytext=(5, 5), textcoords="offset points", fontsize=7)
    ax.set_yticks(range(len(actors)), [safe_label(a, width=28) for a in actors[::-1]])
    ax.set_xlim(low, high)
    ax.set_ylim(-0.7, len(actors) - 0.3)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.set(title=title, xlabel="date (points: a day; bars: a week, month, season or year; size: articles reporting it)")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
