"""PolNeAR reader (political news attribution relations) and the overlap measures of quote finding.

PolNeAR (Newell, Margolin & Ruths, LREC 2018; ``../shared/benchmarks/polnear/SOURCE.md``) gives each
article as ``<split>/text/<stem>.txt`` (line 1 the headline, paragraphs split by blank lines) and its
attributions as brat standoff ``<split>/attributions/<stem>_<annotator>.ann``: text-bound ``T`` lines
(``Source``, ``Cue``, ``Content``; fragments ``start end;start end``) tied by ``E`` lines
(``Attribution:T4 Content:T3 Cue:T2 Source:T1``). One annotation set per article is read, the first
annotator listed in ``metadata.tsv`` (the team's held-out evaluation does the same).

``read_split`` returns one :class:`GoldArticle` per article with its :class:`GoldAttribution` records
(those with a content). The corpus does not mark direct/mixed/indirect; ``quote_kind`` derives it
from quotation marks as SOURCE.md describes (share of the content's letters and digits inside
double-quoted stretches of its line: 1 direct, 0 indirect, else mixed), with one addition: a
doubled apostrophe (``''``) is a straight double mark too. SOURCE.md's rule names only “ ” and
", but the New York Times texts typeset every double mark as ``''`` (``''We stay,'' she said``), so
under the bare rule 4,071 of the 4,074 NYT attributions of train articles 241-360 were "indirect".
SOURCE.md's kind counts (its table) therefore differ from this reader's on NYT articles; the
attributions, spans and overall scores do not change.

Matching (``match``): a system span and a gold content match at overlap ``t`` when their common
characters cover at least ``t`` of the gold content's characters and ``t`` of the system span's;
pairs are matched one to one, best overlap first.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .vocabulary import TWO_APOSTROPHES

POLNEAR_DIR: Path = paths.BENCHMARK_DATA_DIR / "polnear"
POLNEAR_SPLITS: tuple[str, ...] = ("train", "dev")
_RECORD = re.compile(r"^[TE#]\d+\t", re.M)
Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One attribution: content fragments, source fragments (empty without a source), cue
    fragments, and the kind derived from quote marks."""

    content: Fragments
    source: Fragments
    cue: Fragments
    kind: str

    @property
    def start(self) -> int:
        """First character of the content."""
        return self.content[0][0]

    @property
    def end(self) -> int:
        """End (exclusive) of the content's last fragment."""
        return self.content[-1][1]


@dataclass(frozen=True)
class GoldArticle:
    """One article: file stem, outlet, full text (headline line first) and its attributions."""

    stem: str
    publisher: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _fragments(field: str) -> Fragments:
    """``"12 20;25 30"`` -> ((12, 20), (25, 30))."""
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field.split(";")))


def read_ann(path: Path) -> tuple[dict[str, tuple[str, Fragments]], list[dict[str, str]]]:
    """Return the text-bounds (id -> (type, fragments)) and events (role -> T id) of a .ann file."""
    raw = path.read_text(encoding="utf-8")
    starts = [m.start() for m in _RECORD.finditer(raw)] + [len(raw)]
    bounds, events = {}, []
    for a, b in zip(starts, starts[1:]):
        ident, field, *_ = raw[a:b].split("\t")
        if ident.startswith("T"):
            kind, _, spans = field.partition(" ")
            bounds[ident] = (kind, _fragments(spans))
        elif ident.startswith("E"):
            events.append(dict(pair.split(":", 1) for pair in field.split()))
    return bounds, events


def _quoted_mask(text: str) -> list[bool]:
    """Per character: inside a double-quoted stretch of its line (SOURCE.md's pairing rule, a
    doubled apostrophe read as a straight mark at its second character)."""
    text = text.replace(TWO_APOSTROPHES, " " + '"')
    mask, opened = [False] * len(text), False
    for i, char in enumerate(text):
        if char == "\n":
            opened = False
        elif char == "\u201c" or (char == '"' and not opened):
            opened = True
        elif char in "\u201d\"" and opened:
            opened = False
        else:
            mask[i] = opened
    return mask


def quote_kind(mask: Sequence[bool], text: str, fragments: Fragments) -> str:
    """``direct``, ``mixed`` or ``indirect`` by the share of letters and digits inside quotes."""
    inside = [mask[i] for a, b in fragments for i in range(a, b) if text[i].isalnum()]
    share = sum(inside) / len(inside) if inside else 0.0
    return "direct" if share == 1 else "indirect" if share == 0 else "mixed"


def _attributions(text: str, path: Path) -> tuple[GoldAttribution, ...]:
    """The attributions with a content in one .ann file, by content start."""
    bounds, events = read_ann(path)
    mask, found = _quoted_mask(text), []
    for event in events:
        content = tuple(f for role in ("Content", "Content2") if role in event
                        for f in bounds[event[role]][1])
        if not content:
            continue
        content = tuple(sorted(content))
        source = bounds[event["Source"]][1] if "Source" in event else ()
        cue = bounds[event["Cue"]][1] if "Cue" in event else ()
        found.append(GoldAttribution(content, source, cue, quote_kind(mask, text, content)))
    return tuple(sorted(found, key=lambda a: a.content))


def _metadata() -> list[dict[str, str]]:
    """Rows of metadata.tsv."""
    with (POLNEAR_DIR / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_split(split: str, *, limit: int | None = None) -> list[GoldArticle]:
    """Read the articles of a split (``train`` or ``dev``) with the first annotator's set."""
    if split not in POLNEAR_SPLITS:
        raise ValueError(f"PolNeAR split {split!r}: use one of {', '.join(POLNEAR_SPLITS)}")
    rows = [r for r in _metadata() if r["compartment"] == split][:limit]
    articles = []
    for row in rows:
        folder, stem = POLNEAR_DIR / split, row["filename"]
        annotator = row["annotators"].split("|")[0]
        text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        ann = folder / "attributions" / f"{stem}_{annotator}.ann"
        articles.append(GoldArticle(stem, row["publisher"], text, _attributions(text, ann)))
    return articles


def overlap(a: Fragments, b: Fragments) -> int:
    """Characters two fragment lists share."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(fragments: Fragments) -> int:
    """Characters of a fragment list."""
    return sum(e - s for s, e in fragments)


def match(system: Sequence[Fragments], gold: Sequence[Fragments], *, threshold: float
          ) -> dict[int, int]:
    """Match system spans to gold spans one to one (see module docstring): gold index -> system index."""
    pairs = []
    for si, s in enumerate(system):
        for gi, g in enumerate(gold):
            common = overlap(s, g)
            if common and common >= threshold * length(g) and common >= threshold * length(s):
                pairs.append((common / max(length(g), length(s)), gi, si))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, si in sorted(pairs, reverse=True):
        if gi not in matched and si not in used:
            matched[gi] = si
            used.add(si)
    return matched
