"""Read TimeML (.tml) documents and score temporal taggers with the TempEval-3 Task A measures.

Reading: the ``<TEXT>`` element is turned into plain text by dropping every tag and unescaping
XML entities; each inline ``<TIMEX3>`` becomes a :class:`GoldTimex` and each ``<EVENT>`` a
:class:`GoldEvent` with character offsets into that plain text (an event takes the tense, aspect,
polarity, modality and instance id of its first ``<MAKEINSTANCE>``). ``<TLINK>`` elements become
:class:`TLink` records between event instances and times (``t0``-style ids of the DCT included).
The document creation time (the ``<DCT>`` TIMEX3) is read as the anchor and is never part of the
scored timexes.

Scoring follows the official TempEval-3 toolkit (``evaluate_entities.py`` after the
TimeML-Normalizer alignment):

- a gold and a system timex are aligned (one to one, in text order) when their extents overlap;
  every aligned pair is a *relaxed* match, and a *strict* match if the extents are identical;
- precision = matches / system timexes, recall = matches / gold timexes, F1 their harmonic mean,
  counts pooled over all documents (micro-averaged);
- value F1 = relaxed F1 x (aligned pairs with an identical ``value`` / aligned pairs); type F1
  likewise with ``type``.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_SECTION = re.compile(r"<{name}\b[^>]*>(.*?)</{name}>", re.S)


@dataclass(frozen=True)
class GoldTimex:
    """One annotated TIMEX3: character offsets into the document text plus its attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""
    mod: str = ""


@dataclass(frozen=True)
class GoldEvent:
    """One annotated EVENT: offsets, class and the attributes of its (first) instance."""

    start: int
    end: int
    text: str
    eid: str
    event_class: str
    eiid: str = ""
    tense: str = ""
    aspect: str = ""
    polarity: str = ""
    modality: str = ""
    pos: str = ""


@dataclass(frozen=True)
class TLink:
    """A temporal link: its relation from ``source`` to ``target`` (event instance ids ``ei..`` or
    time ids ``t..``)."""

    rel_type: str
    source: str
    target: str


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: id, creation time (anchor), plain text, gold timexes, events and TLINKs."""

    doc_id: str
    dct: datetime.date | None
    text: str
    timexes: tuple[GoldTimex, ...]
    events: tuple[GoldEvent, ...] = ()
    tlinks: tuple[TLink, ...] = ()
    dct_tid: str = ""


@dataclass(frozen=True)
class Score:
    """TempEval-3 Task A counts and measures (percentages are 0-100)."""

    n_gold: int
    n_system: int
    relaxed: int
    strict: int
    value_correct: int
    type_correct: int

    def _f1(self, matches: int) -> float:
        """F1 (%) for a number of matches against the gold and system totals."""
        if not self.n_gold or not self.n_system or not matches:
            return 0.0
        p, r = matches / self.n_system, matches / self.n_gold
        return 100.0 * 2 * p * r / (p + r)

    @property
    def precision(self) -> float:
        """Relaxed precision (%)."""
        return 100.0 * self.relaxed / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        """Relaxed recall (%)."""
        return 100.0 * self.relaxed / self.n_gold if self.n_gold else 0.0

    @property
    def relaxed_f1(self) -> float:
        """F1 of overlapping extents (%)."""
        return self._f1(self.relaxed)

    @property
    def strict_f1(self) -> float:
        """F1 of identical extents (%)."""
        return self._f1(self.strict)

    @property
    def value_f1(self) -> float:
        """Relaxed F1 times the share of relaxed matches with the gold value (%)."""
        return self.relaxed_f1 * self.value_correct / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        """Relaxed F1 times the share of relaxed matches with the gold type (%)."""
        return self.relaxed_f1 * self.type_correct / self.relaxed if self.relaxed else 0.0

    def __add__(self, other: Score) -> Score:
        """Pool the counts of two scores."""
        return Score(*(a + b for a, b in zip(_counts(self), _counts(other), strict=True)))


def _counts(score: Score) -> tuple[int, ...]:
    """The six counts of a Score, in field order."""
    return (score.n_gold, score.n_system, score.relaxed, score.strict,
            score.value_correct, score.type_correct)


def _attributes(raw: str) -> dict[str, str]:
    """XML attributes of a tag as a dict (entities unescaped)."""
    return {key: html.unescape(val) for key, val in _ATTR.findall(raw)}


def _section(markup: str, name: str) -> str:
    """Inner markup of the first <name> element, or ''."""
    found = re.search(_SECTION.pattern.format(name=name), markup, re.S)
    return found.group(1) if found else ""


def parse_text(body: str) -> tuple[str, tuple[GoldTimex, ...]]:
    """Turn the inside of ``<TEXT>`` into (plain text, TIMEX3 annotations with offsets)."""
    text, found = _inline(body)
    return text, tuple(_gold(start, end, text[start:end], attrs) for name, start, end, attrs in found
                       if name == "TIMEX3")


def _inline(body: str) -> tuple[str, list[tuple[str, int, int, dict[str, str]]]]:
    """Plain text of ``body`` and its inline TIMEX3/EVENT elements as (tag, start, end, attributes)."""
    pieces: list[str] = []
    length, position = 0, 0
    found: list[tuple[str, int, int, dict[str, str]]] = []
    open_tags: dict[str, tuple[int, dict[str, str]]] = {}
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        name = tag.group(2)
        if name not in ("TIMEX3", "EVENT"):
            continue
        if not tag.group(1):
            open_tags[name] = (length, _attributes(tag.group(3)))
        elif name in open_tags:
            start, attrs = open_tags.pop(name)
            found.append((name, start, length, attrs))
    pieces.append(html.unescape(body[position:]))
    return "".join(pieces), found


def _events(text: str, found: Sequence[tuple[str, int, int, dict[str, str]]], markup: str) -> tuple[GoldEvent, ...]:
    """The EVENT elements with the attributes of each event's first MAKEINSTANCE."""
    instances: dict[str, dict[str, str]] = {}
    for tag in re.finditer(r"<MAKEINSTANCE\b([^>]*)>", markup):
        attrs = _attributes(tag.group(1))
        instances.setdefault(attrs.get("eventID", ""), attrs)
    events = []
    for name, start, end, attrs in found:
        if name != "EVENT":
            continue
        inst = instances.get(attrs.get("eid", ""), {})
        events.append(GoldEvent(start, end, text[start:end], attrs.get("eid", ""), attrs.get("class", ""),
                                inst.get("eiid", ""), inst.get("tense", ""), inst.get("aspect", ""),
                                inst.get("polarity", ""), inst.get("modality", ""), inst.get("pos", "")))
    return tuple(events)


def _tlinks(markup: str) -> tuple[TLink, ...]:
    """Every TLINK as (relation, source id, target id), event instances or times."""
    links = []
    for tag in re.finditer(r"<TLINK\b([^>]*)>", markup):
        attrs = _attributes(tag.group(1))
        source = attrs.get("eventInstanceID") or attrs.get("timeID", "")
        target = attrs.get("relatedToEventInstance") or attrs.get("relatedToTime", "")
        if source and target:
            links.append(TLink(attrs.get("relType", ""), source, target))
    return tuple(links)


def _gold(start: int, end: int, text: str, attrs: dict[str, str]) -> GoldTimex:
    """Build a GoldTimex from offsets and TIMEX3 attributes."""
    return GoldTimex(start, end, text, attrs.get("type", ""), attrs.get("value", ""),
                     attrs.get("tid", ""), attrs.get("mod", ""))


def _dct(markup: str) -> datetime.date | None:
    """The creation time (DCT) value as a date, or None."""
    found = re.search(r'<TIMEX3[^>]*value="(\d{4})-?(\d{2})-?(\d{2})', _section(markup, "DCT"))
    if not found:
        return None
    return datetime.date(*(int(part) for part in found.groups()))


def read_tml(markup: str, *, doc_id: str = "") -> TimeMLDocument:
    """Parse one TimeML document given as a string."""
    text, found = _inline(_section(markup, "TEXT"))
    timexes = tuple(_gold(start, end, text[start:end], attrs) for name, start, end, attrs in found
                    if name == "TIMEX3")
    found_id = _section(markup, "DOCID").strip()
    dct_tid = re.search(r'<TIMEX3[^>]*tid="([^"]+)"', _section(markup, "DCT"))
    return TimeMLDocument(found_id or doc_id, _dct(markup), text, timexes, _events(text, found, markup),
                          _tlinks(markup), dct_tid.group(1) if dct_tid else "")


def read_folder(folder: Path) -> list[TimeMLDocument]:
    """Read every ``*.tml`` file of a folder, sorted by file name."""
    return [read_tml(path.read_text(encoding="utf-8"), doc_id=path.stem)
            for path in sorted(Path(folder).glob("*.tml"))]


def align(gold: Sequence[GoldTimex], system: Sequence[object]) -> list[tuple[GoldTimex, object]]:
    """Pair each gold timex with the first unused overlapping system timex (one to one)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and s.start < g.end and g.start < s.end:  # type: ignore[attr-defined]
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


def score_document(gold: Sequence[GoldTimex], system: Sequence[object]) -> Score:
    """Score one document; ``system`` items need ``start``, ``end``, ``type`` and ``value``."""
    system = sorted(system, key=lambda s: (s.start, s.end))  # type: ignore[attr-defined]
    pairs = align(sorted(gold, key=lambda g: (g.start, g.end)), system)
    strict = sum(g.start == s.start and g.end == s.end for g, s in pairs)  # type: ignore[attr-defined]
    value = sum(g.value == s.value for g, s in pairs)  # type: ignore[attr-defined]
    kind = sum(g.type == s.type for g, s in pairs)  # type: ignore[attr-defined]
    return Score(len(gold), len(system), len(pairs), strict, value, kind)


def score_corpus(pairs: Iterable[tuple[Sequence[GoldTimex], Sequence[object]]]) -> Score:
    """Pool the counts of (gold, system) timex lists over documents."""
    total = Score(0, 0, 0, 0, 0, 0)
    for gold, system in pairs:
        total = total + score_document(gold, system)
    return total
