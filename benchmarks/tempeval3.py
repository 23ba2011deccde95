"""TempEval-3 Task A (timex extraction and normalisation): this tagger vs spaCy + dateparser.

Reads the TimeML files under ``BENCHMARK_DATA_DIR/tempeval3`` (TBAQ TimeBank and AQUAINT are the
development sets; te3-platinum is held out and only reported). Each document is parsed once with
``analysis.nlp.parse`` (``nlp.pipe``); both systems read the same Docs, anchored on the DCT.

Baseline: what a user would assemble from the stack -- spaCy DATE/TIME entities as extents, and
``dateparser`` (with the DCT as ``RELATIVE_BASE``) for the values, printed at the granularity
dateparser reports (day, week, month, year, time).

Printed per split and system: relaxed P/R/F1, strict F1, value F1, type F1 (TempEval-3
definitions, DCT excluded, pooled over documents), documents per second including the shared
spaCy parse (``docs/s``) and for the system's own step alone (``own/s``). The published
te3-platinum figures of HeidelTime and SUTime (UzZaman et al. 2013, see the data's SOURCE.md)
are printed below for reference; they are not measured here.
Run: ``python benchmarks/tempeval3.py [--errors SPLIT]`` (``--errors`` lists our mismatches on a
development split; the held-out split has no error listing on purpose).
"""

from __future__ import annotations

import argparse
import datetime
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc

from analysis import errors, timeml
from analysis.nlp import parse
from analysis.paths import BENCHMARK_DATA_DIR
from analysis.timex import tag_doc

SPLITS = {"TimeBank": "TBAQ-cleaned/TimeBank", "AQUAINT": "TBAQ-cleaned/AQUAINT",
          "te3-platinum": "te3-platinum"}
PUBLISHED = (("HeidelTime (published)", 93.08, 87.67, 90.30, 77.61),
             ("SUTime (published)", 89.36, 91.30, 90.32, 67.38))


@lru_cache(maxsize=64)
def _date_parser(dct: datetime.date) -> DateDataParser:
    """A dateparser parser whose relative dates count from the DCT (one per DCT)."""
    base = datetime.datetime.combine(dct, datetime.time())
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})


@dataclass(frozen=True)
class SystemTimex:
    """A system annotation in the scorer's terms."""

    start: int
    end: int
    type: str
    value: str


def _baseline_value(text: str, label: str, dct: datetime.date) -> str:
    """dateparser's reading of an entity text, printed at dateparser's granularity."""
    data = _date_parser(dct).get_date_data(text)
    when, period = data.date_obj, data.period
    if when is None:
        return ""
    if label == "TIME" or period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    formats = {"year": "%Y", "month": "%Y-%m", "week": "%G-W%V"}
    return when.strftime(formats.get(period, "%Y-%m-%d"))


def baseline(doc: Doc, dct: datetime.date) -> list[SystemTimex]:
    """spaCy DATE/TIME entities with dateparser values."""
    return [SystemTimex(e.start_char, e.end_char, e.label_, _baseline_value(e.text, e.label_, dct))
            for e in doc.ents if e.label_ in ("DATE", "TIME")]


def ours(doc: Doc, dct: datetime.date) -> list[SystemTimex]:
    """This project's tagger."""
    return [SystemTimex(t.start, t.end, t.type, t.value) for t in tag_doc(doc, anchor=dct)]


SYSTEMS: dict[str, Callable[[Doc, datetime.date], list[SystemTimex]]] = {
    "ours": ours, "spaCy+dateparser": baseline}


def _run(docs: Sequence[timeml.TimeMLDocument], parsed: Sequence[Doc], system: Callable,
         ) -> tuple[timeml.Score, float, list[list[SystemTimex]]]:
    """Run a system over parsed documents: (score, seconds, outputs)."""
    started = time.perf_counter()
    outputs = [system(doc, d.dct) for doc, d in zip(parsed, docs, strict=True)]
    elapsed = time.perf_counter() - started
    score = timeml.score_corpus((d.timexes, out) for d, out in zip(docs, outputs, strict=True))
    return score, elapsed, outputs


def _row(split: str, name: str, score: timeml.Score, seconds: tuple[float, float], n_docs: int) -> str:
    """One printed table row; ``seconds`` is (parse, system)."""
    parse_seconds, own_seconds = seconds
    return (f"{split:<13} {name:<22} {score.precision:6.2f} {score.recall:6.2f} {score.relaxed_f1:6.2f}"
            f" {score.strict_f1:7.2f} {score.value_f1:7.2f} {score.type_f1:6.2f}"
            f" {n_docs / (parse_seconds + own_seconds):8.1f} {n_docs / own_seconds:8.1f}")


def _published() -> None:
    """Print the published te3-platinum figures (relaxed P/R/F1 and value F1 only)."""
    for name, p, r, f1, value in PUBLISHED:
        print(f"{'te3-platinum':<13} {name:<22} {p:6.2f} {r:6.2f} {f1:6.2f} {'':>7} {value:7.2f}")


def _errors(docs: Sequence[timeml.TimeMLDocument], outputs: list[list[SystemTimex]]) -> None:
    """Print our value/type mismatches, misses and spurious timexes on a split."""
    for d, out in zip(docs, outputs, strict=True):
        pairs = timeml.align(d.timexes, sorted(out, key=lambda s: s.start))
        matched = {id(s) for _, s in pairs}
        for g, s in pairs:
            if g.value != s.value or g.type != s.type:
                print(f"VALUE {d.dct} {g.text!r} gold={g.type}:{g.value} ours={d.text[s.start:s.end]!r} {s.type}:{s.value}")
        for g in d.timexes:
            if all(g is not p[0] for p in pairs):
                print(f"MISS  {d.dct} {g.text!r} {g.type}:{g.value} | {d.text[max(0, g.start - 40):g.end + 20]!r}")
        for s in out:
            if id(s) not in matched:
                print(f"EXTRA {d.dct} {d.text[s.start:s.end]!r} {s.type}:{s.value} | {d.text[max(0, s.start - 40):s.end + 20]!r}")


def main() -> None:
    """Score both systems on every split and print one table."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--errors", choices=["TimeBank", "AQUAINT"], help="list our errors on a dev split")
    options = args.parse_args()
    if not (BENCHMARK_DATA_DIR / "tempeval3").is_dir():
        raise SystemExit(errors.TEMPEVAL_MISSING.format(folder=BENCHMARK_DATA_DIR / "tempeval3"))
    print(f"{'split':<13} {'system':<22} {'P':>6} {'R':>6} {'F1':>6} {'strict':>7} {'value':>7} {'type':>6}"
          f" {'docs/s':>8} {'own/s':>8}")
    for split, folder in SPLITS.items():
        docs = timeml.read_folder(BENCHMARK_DATA_DIR / "tempeval3" / folder)
        started = time.perf_counter()
        parsed = list(parse([d.text for d in docs]))
        parse_seconds = time.perf_counter() - started
        for name, system in SYSTEMS.items():
            score, seconds, outputs = _run(docs, parsed, system)
            print(_row(split, name, score, (parse_seconds, seconds), len(docs)))
            if options.errors == split and name == "ours":
                _errors(docs, outputs)
    _published()


if __name__ == "__main__":
    main()
