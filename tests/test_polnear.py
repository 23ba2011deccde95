"""Tests for analysis.polnear: the brat reader, kinds from quote marks, overlap matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import polnear

TEXT = 'Headline.\n\nAnna Berg said the mill would stay. "We stay," she said, "for good."\n'
ANN = (
    "T1\tSource 11 20\tAnna Berg\n"
    "T2\tCue 21 25\tsaid\n"
    "T3\tContent 26 46\tthe mill would stay\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    "T4\tContent 47 56;66 77\t\"We stay,\" \"for good.\"\n"
    "T5\tSource 57 60\tshe\n"
    "T6\tCue 61 65\tsaid\n"
    "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5\n"
)


def test_read_ann_joins_fragments_and_roles(tmp_path: Path) -> None:
    path = tmp_path / "a_0000.ann"
    path.write_text(ANN, encoding="utf-8")
    bounds, events = polnear.read_ann(path)
    assert bounds["T4"] == ("Content", ((47, 56), (66, 77)))
    assert events[1] == {"Attribution": "T6", "Content": "T4", "Cue": "T6", "Source": "T5"}


@pytest.mark.parametrize(
    ("fragments", "kind"),
    [(((26, 45),), "indirect"), (((48, 55), (67, 76)), "direct"), (((21, 56),), "mixed")],
)
def test_kind_from_quote_marks(fragments: polnear.Fragments, kind: str) -> None:
    assert polnear.quote_kind(polnear._quoted_mask(TEXT), TEXT, fragments) == kind


def test_match_needs_the_overlap_on_both_sides() -> None:
    gold = [((0, 100),)]
    assert polnear.match([((0, 40),)], gold, threshold=0.3) == {0: 0}
    assert polnear.match([((0, 20),)], gold, threshold=0.3) == {}
    assert polnear.match([((0, 40),), ((0, 90),)], gold, threshold=0.3) == {0: 1}


def test_doubled_apostrophes_are_quote_marks() -> None:
    text = "Headline.\n\n''We stay,'' Anna Berg said. The mill's owners agreed.\n"
    mask = polnear._quoted_mask(text)
    quoted = text.index("We stay")
    assert polnear.quote_kind(mask, text, ((quoted, quoted + 7),)) == "direct"
    owners = text.index("The mill")
    assert polnear.quote_kind(mask, text, ((owners, owners + 25),)) == "indirect"
