"""Figures and highlighting: article text stays text, nested mentions do not repeat words."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
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
    assert "&lt;script&gt;" in rendered or "&lt;img" in rendered


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
