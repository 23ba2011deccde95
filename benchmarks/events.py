"""Events against TempEval-3's gold EVENT and TLINK annotations: extraction, class, links to time
expressions, and the order of event pairs.

Reads the TimeML files under ``BENCHMARK_DATA_DIR/tempeval3``: TimeBank and AQUAINT (TBAQ-cleaned)
are the development sets, te3-platinum is held out and only reported. Each document is parsed once
(``analysis.nlp.parse``), its time expressions tagged against its creation time (DCT), and
``analysis.chronology.extract_events`` run as in the ``events`` table. Printed per split:

- event extraction P/R/F1, TempEval-3 Task B definitions: events aligned one to one in text order,
  relaxed (overlapping triggers) and strict (identical extents); class F1 = relaxed F1 x the share of
  aligned events with the gold class;
- event-timex links: the gold TLINKs between an EVENT and a TIMEX3 (the DCT included). Ours: an event
  with a ``timex_start`` links to that expression (OVERLAP), and a main event (a sentence root or a
  verb conjoined with it) links to the DCT with its ``relation``. A link is right when the gold has a TLINK between the same event and time (after
  alignment) whose relation, reduced to BEFORE / AFTER / OVERLAP, is ours; P/R/F1 over those;
  "pairs" F1 ignores the relation;
- BEFORE/AFTER event pairs: of all gold event-event TLINKs BEFORE/AFTER (IBEFORE/IAFTER included),
  the share ``chronology.order_of`` orders (syntax within a sentence, else the events' dates or
  sides of the DCT) and the share of those in the gold order.

The targets (issue 14) and the best published TempEval-3 figure (ATT-1, event F1 81.0 relaxed) are
printed with the distance to them. Run: ``python benchmarks/events.py [--splits ...]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from analysis import chronology, errors, timeml
from analysis.nlp import parse
from analysis.paths import BENCHMARK_DATA_DIR
from analysis.timex import tag_doc

SPLITS = {"TimeBank": "TBAQ-cleaned/TimeBank", "AQUAINT": "TBAQ-cleaned/AQUAINT", "te3-platinum": "te3-platinum"}
TARGETS = {"event F1": 81.0, "class F1": 72.0, "link F1": 70.0, "pairs ordered %": 50.0, "order correct %": 85.0}
COARSE = {"BEFORE": "BEFORE", "IBEFORE": "BEFORE", "AFTER": "AFTER", "IAFTER": "AFTER"}
INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "OVERLAP": "OVERLAP"}


@dataclass
class Counts:
    """Pooled counts over documents."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    classes: int = 0
    gold_links: int = 0
    system_links: int = 0
    right_links: int = 0
    pair_links: int = 0
    gold_pairs: int = 0
    found_pairs: int = 0
    ordered: int = 0
    ordered_right: int = 0


def f1(right: int, system: int, gold: int) -> tuple[float, float, float]:
    """(P, R, F1) in percent."""
    p = 100.0 * right / system if system else 0.0
    r = 100.0 * right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _coarse(rel_type: str) -> str:
    """BEFORE / AFTER / OVERLAP of a TimeML relation."""
    return COARSE.get(rel_type, "OVERLAP")


def _align_events(gold: Sequence[timeml.GoldEvent], events: Sequence[chronology.Event]) -> dict[str, int]:
    """Gold eiid -> index of the aligned system event (one to one, overlapping triggers, text order)."""
    used: set[int] = set()
    found: dict[str, int] = {}
    order = sorted(range(len(events)), key=lambda i: events[i].start)
    for g in sorted(gold, key=lambda g: g.start):
        for i in order:
            if i not in used and events[i].start < g.end and g.start < events[i].end:
                used.add(i)
                found[g.eiid] = i
                break
    return found


def _extraction(counts: Counts, gold: Sequence[timeml.GoldEvent], events: Sequence[chronology.Event],
                aligned: dict[str, int]) -> None:
    """Add one document's extraction and class counts."""
    by_eiid = {g.eiid: g for g in gold}
    counts.gold += len(gold)
    counts.system += len(events)
    counts.relaxed += len(aligned)
    counts.strict += sum(events[i].start == by_eiid[e].start and events[i].end == by_eiid[e].end
                         for e, i in aligned.items())
    counts.classes += sum(events[i].event_class == by_eiid[e].event_class for e, i in aligned.items())


def _system_links(events: Sequence[chronology.Event], timex_ids: dict[int, str], dct_tid: str,
                  main: set[int]) -> dict[tuple[int, str], str]:
    """(event index, gold time id) -> our coarse relation: an event linked to an aligned expression
    (OVERLAP), and a main event (``main``: offsets of sentence roots and their conjuncts) to the DCT."""
    links: dict[tuple[int, str], str] = {}
    for i, event in enumerate(events):
        if event.timex_start is not None and event.timex_start in timex_ids:
            links[(i, timex_ids[event.timex_start])] = "OVERLAP"
        if event.relation and event.start in main and dct_tid:
            links[(i, dct_tid)] = event.relation
    return links


def main_events(doc: Doc) -> set[int]:
    """Offsets of the main events' tokens: sentence roots and the verbs conjoined with them."""
    return {t.idx for t in doc if t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")}


def _links(counts: Counts, doc: timeml.TimeMLDocument, events: Sequence[chronology.Event],
           aligned: dict[str, int], timexes: Sequence[object], main: set[int]) -> None:
    """Add one document's event-timex link counts."""
    timex_ids = {s.start: g.tid for g, s in timeml.align(doc.timexes, sorted(timexes, key=lambda t: t.start))}
    times = {g.tid for g in doc.timexes} | {doc.dct_tid}
    gold: dict[tuple[int | str, str], str] = {}
    for link in doc.tlinks:
        event, time_id, rel = (link.source, link.target, _coarse(link.rel_type))
        if link.source in times and link.target.startswith("ei"):
            event, time_id, rel = link.target, link.source, INVERSE[rel]
        if time_id in times and event.startswith("ei"):
            gold[(aligned.get(event, event), time_id)] = rel
    ours = _system_links(events, timex_ids, doc.dct_tid, main)
    counts.gold_links += len(gold)
    counts.system_links += len(ours)
    counts.right_links += sum(gold.get(key) == rel for key, rel in ours.items())
    counts.pair_links += sum(key in gold for key in ours)


def _order(counts: Counts, doc: timeml.TimeMLDocument, parsed: Doc, events: Sequence[chronology.Event],
           aligned: dict[str, int]) -> None:
    """Add one document's BEFORE/AFTER pair counts."""
    pairs = chronology.pair_relations(parsed, events, published=doc.dct)
    for link in doc.tlinks:
        rel = COARSE.get(link.rel_type)
        if rel is None or not (link.source.startswith("ei") and link.target.startswith("ei")):
            continue
        counts.gold_pairs += 1
        if link.source not in aligned or link.target not in aligned:
            continue
        counts.found_pairs += 1
        ours = chronology.order_of(aligned[link.source], aligned[link.target], events, pairs, doc.dct)
        counts.ordered += bool(ours)
        counts.ordered_right += ours == rel


def evaluate(docs: Sequence[timeml.TimeMLDocument], parsed: Sequence[Doc]) -> tuple[Counts, float]:
    """Counts over a split and the seconds spent in tagging and event extraction."""
    counts, seconds = Counts(), 0.0
    for doc, parsed_doc in zip(docs, parsed, strict=True):
        started = time.perf_counter()
        timexes = tag_doc(parsed_doc, anchor=doc.dct)
        events = chronology.extract_events(parsed_doc, timexes, [], published=doc.dct)
        seconds += time.perf_counter() - started
        aligned = _align_events(doc.events, events)
        _extraction(counts, doc.events, events, aligned)
        _links(counts, doc, events, aligned, timexes, main_events(parsed_doc))
        _order(counts, doc, parsed_doc, events, aligned)
    return counts, seconds


def figures(counts: Counts) -> dict[str, float]:
    """The printed measures of a split."""
    p, r, f = f1(counts.relaxed, counts.system, counts.gold)
    _, _, strict = f1(counts.strict, counts.system, counts.gold)
    lp, lr, lf = f1(counts.right_links, counts.system_links, counts.gold_links)
    _, _, pair_f = f1(counts.pair_links, counts.system_links, counts.gold_links)
    return {"P": p, "R": r, "event F1": f, "strict F1": strict,
            "class F1": f * counts.classes / counts.relaxed if counts.relaxed else 0.0,
            "link P": lp, "link R": lr, "link F1": lf, "link pairs F1": pair_f,
            "pairs ordered %": 100.0 * counts.ordered / counts.gold_pairs if counts.gold_pairs else 0.0,
            "order correct %": 100.0 * counts.ordered_right / counts.ordered if counts.ordered else 0.0}


def main() -> None:
    """Score every split and print one table, then the held-out split against the targets."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--splits", nargs="+", choices=list(SPLITS), default=list(SPLITS))
    options = args.parse_args()
    if not (BENCHMARK_DATA_DIR / "tempeval3").is_dir():
        raise SystemExit(errors.TEMPEVAL_MISSING.format(folder=BENCHMARK_DATA_DIR / "tempeval3"))
    names = ("P", "R", "event F1", "strict F1", "class F1", "link P", "link R", "link F1", "link pairs F1",
             "pairs ordered %", "order correct %")
    print(f"{'split':<13} " + " ".join(f"{n:>9}" for n in names) + f" {'docs/s':>7}")
    last: dict[str, float] = {}
    for split in options.splits:
        docs = timeml.read_folder(BENCHMARK_DATA_DIR / "tempeval3" / SPLITS[split])
        parsed = list(parse([d.text for d in docs]))
        counts, seconds = evaluate(docs, parsed)
        last = figures(counts)
        print(f"{split:<13} " + " ".join(f"{last[n]:9.1f}" for n in names) + f" {len(docs) / seconds:7.1f}")
    print(f"\ntargets on {options.splits[-1]} (issue 14; ATT-1, best published TempEval-3 event F1: 81.0):")
    for name, target in TARGETS.items():
        print(f"  {name:<16} {last.get(name, 0.0):6.1f}  target {target:5.1f}  distance {last.get(name, 0.0) - target:+6.1f}")


if __name__ == "__main__":
    main()
