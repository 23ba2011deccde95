"""Figures and highlighting: article text stays text, nested mentions do not repeat words."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import html  # noqa: E402
import io  # noqa: E402
import warnings  # noqa: E402

import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402
from PIL import Image  # noqa: E402
import pytest  # noqa: E402

from analysis import plots  # noqa: E402


def mentions(*rows: tuple[int, int, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["start", "end", "label", "actor"])


def test_nested_mentions_give_way_to_the_outer_one() -> None:
    text = "Russia’s president spoke."
    frame = mentions((0, 6, "GPE", "Russia"), (0, 18, "PERSON", "Vladimir V. Putin"))
    assert plots.outermost(frame)["actor"].tolist() == ["Vladimir V. Putin"]
    rendered = plots.highlight_mentions(text, frame)
    assert rendered.count("Russia") == 1 and "PERSON: Vladimir V. Putin" in rendered


@pytest.mark.parametrize(
    "hostile",
    ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"],
)
def test_article_text_and_actor_names_are_escaped(hostile: str) -> None:
    text = f"{hostile} met Ana Ruiz."
    start = text.index("Ana Ruiz")
    rendered = plots.highlight_mentions(text, mentions((start, start + 8, "PERSON", hostile)), title=hostile)
    assert "<script>" not in rendered and "<img" not in rendered
    assert html.escape(hostile, quote=False) in rendered


@pytest.mark.parametrize(("raw", "label"), [("costs $5 and $6", r"costs \$5 and \$6"), ("a  b\nc", "a b c"),
                                            ("x" * 70, "x" * 59 + "…")])
def test_safe_label_is_literal_and_short(raw: str, label: str) -> None:
    assert plots.safe_label(raw) == label


def test_timeline_draws_points_and_spans() -> None:
    events = pd.DataFrame({
        "dated": [True, True], "start_date": [pd.Timestamp("2025-03-12").date(), pd.Timestamp("2025-03-03").date()],
        "end_date": [pd.Timestamp("2025-03-12").date(), pd.Timestamp("2025-03-09").date()],
        "trigger": ["visited", "decision"], "actors": ["Putin", ""], "timex_text": ["late Wednesday", "last week"],
    })
    fig = plots.timeline(events)
    ax = fig.axes[0]
    markers = [line for line in ax.get_lines() if line.get_marker() == "o"]
    bars = [line for line in ax.get_lines() if line.get_linestyle() == "-"]
    assert len(markers) == 1 and len(bars) == 1
    assert {t.get_text() for t in ax.texts} == {"visited (Putin) · late Wednesday", "decision · last week"}


def test_story_vs_telling_draws_one_line_per_article_in_telling_order() -> None:
    day = pd.Timestamp
    events = pd.DataFrame({
        "article_id": ["a", "a", "b"], "sentence_id": [5, 1, 0], "start": [50, 10, 0], "dated": [True] * 3,
        "start_date": [day("2024-06-01").date(), day("2025-03-12").date(), day("2025-01-01").date()],
        "timex_text": ["last summer", "Wednesday", "New Year"],
    })
    sentences = pd.DataFrame({"article_id": ["a"] * 11 + ["b"] * 3, "sentence_id": list(range(11)) + [0, 1, 2]})
    ax = plots.story_vs_telling(events, sentences).axes[0]
    lines = ax.get_lines()
    assert len(lines) == 2
    assert list(lines[0].get_xdata()) == [0.1, 0.5]


def png_size(fig: object) -> tuple[int, int]:
    """Pixel size of a figure saved as the notebooks show it (tight bounding box)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    return Image.open(buffer).size


def test_labels_never_ask_for_missing_glyphs() -> None:
    label = plots.safe_label("习近平 meets 🙂 Zoë")
    assert label == "??? meets ? Zoë"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plots.bar_counts([label, "Ana"], [2, 1], title="习近平", xlabel="articles")
        png_size(fig)


def test_bar_counts_are_capped_and_bounded_in_height() -> None:
    labels = [f"Actor {i}" for i in range(500)]
    fig = plots.bar_counts(labels, range(500, 0, -1), title="many", xlabel="articles", notes=["n"] * 500)
    assert len(fig.axes[0].patches) == plots.MAX_BARS
    assert png_size(fig)[1] <= plots.MAX_FIGURE_PX


def test_portrayal_panels_are_capped_on_a_shared_date_axis() -> None:
    periods = pd.date_range("2024-01-01", periods=6, freq="MS")
    trend = pd.DataFrame([{"actor_id": f"a{i}", "actor": f"Actor {i}", "period": p, "n": 3, "polarity_mean": 0.1}
                          for i in range(30) for p in periods])
    fig = plots.portrayal_panels(trend, start=periods[0], end=periods[-1], period="month", max_panels=50)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == plots.MAX_PANELS
    assert isinstance(visible[0].xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    assert png_size(fig)[1] <= plots.MAX_FIGURE_PX


def test_counts_over_time_draw_on_a_date_axis() -> None:
    counts = pd.DataFrame({"period": pd.date_range("2024-01-01", periods=4, freq="QS"), "n": [1, 0, 3, 2]})
    fig = plots.counts_over_time(counts, value="n", period="quarter", title="t", ylabel="articles")
    ax = fig.axes[0]
    assert len(ax.patches) == 4 and isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)


def test_heatmap_is_capped() -> None:
    names = [f"Actor {i}" for i in range(60)]
    fig = plots.cooccurrence_heatmap(pd.DataFrame(1, index=names, columns=names))
    assert len(fig.axes[0].get_yticks()) == plots.MAX_HEATMAP
    assert png_size(fig)[1] <= plots.MAX_FIGURE_PX


def test_portrayal_lines_break_where_periods_have_no_point() -> None:
    trend = pd.DataFrame({"actor_id": ["a"] * 3, "actor": ["Ana"] * 3, "n": [1, 2, 3], "polarity_mean": [0.1, 0.2, 0.3],
                          "period": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-09-01"])})
    fig = plots.portrayal_panels(trend, start=pd.Timestamp("2024-01-01"), end=pd.Timestamp("2024-09-30"), period="month")
    (line,) = [line for line in fig.axes[0].get_lines() if line.get_linestyle() == "-" and len(line.get_xdata()) > 2]
    assert pd.isna(list(line.get_ydata())).tolist() == [False, False, True, False]
