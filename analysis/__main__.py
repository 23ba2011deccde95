"""Command line: ``python -m analysis tables`` writes every table; ``python -m analysis run`` builds reports."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import errors, paths

if TYPE_CHECKING:  # the heavy modules are imported by the command that needs them
    from . import corpus as corpus_module


def write_tables(corpus: corpus_module.Corpus, out: Path) -> list[Path]:
    """Write every table of ``corpus`` as CSV and Parquet into ``out``; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in corpus.tables().items():
        csv_path, parquet_path = out / f"{name}.csv", out / f"{name}.parquet"
        frame.to_csv(csv_path, index=False, lineterminator="\n")
        frame.to_parquet(parquet_path, index=False)
        written += [csv_path, parquet_path]
    return written


def summary_line(corpus: corpus_module.Corpus, out: Path) -> str:
    """One line: articles loaded (processed vs cached), errors, and where the tables went."""
    from . import tables
    n, fresh = len(corpus.articles), len(corpus.processed)
    return (f"{n} article(s) loaded ({fresh} processed, {n - fresh} from cache), "
            f"{len(corpus.errors)} error(s); {len(tables.COLUMNS)} tables written to {out}")


def report_skipped(corpus: corpus_module.Corpus) -> None:
    """Print one line per input that could not be loaded, with the reason, to stderr."""
    for row in corpus.errors.itertuples():
        print(f"skipped {row.path}: {row.reason}", file=sys.stderr)


def check_writable(folder: Path, message: str) -> None:
    """Create ``folder`` if needed and write a scratch file in it; raise ``OutputError`` with
    ``message`` (formatted with path and detail) when that fails, before any work is done."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise errors.OutputError(message.format(path=folder, detail=exc.strerror or exc)) from exc


def cmd_tables(args: argparse.Namespace) -> int:
    """``tables``: build the corpus and write its tables."""
    from . import corpus as corpus_module
    check_writable(paths.resolve(args.out), errors.OUTPUT_NOT_WRITABLE)
    if not args.no_cache:
        check_writable(paths.CACHE_DIR, errors.CACHE_NOT_WRITABLE)
    corpus = corpus_module.build_corpus(args.articles, model=args.model or None, cache=not args.no_cache,
                                        jobs=args.jobs, progress=args.progress, all_languages=args.all_languages,
                                        scheduler=args.scheduler)
    out = paths.resolve(args.out)
    write_tables(corpus, out)
    report_skipped(corpus)
    print(summary_line(corpus, out))
    if corpus.articles.empty:
        print(errors.NO_ARTICLES.format(source=args.articles), file=sys.stderr)
        return 1
    return 0


def summarizer(corpus: corpus_module.Corpus) -> Callable[[Sequence[str]], str]:
    """The index's one-line summary (top actors, date span) for a set of article ids."""
    from .store import aggregates

    def summary(article_ids: Sequence[str]) -> str:
        with corpus.select(list(article_ids)).query() as query:
            return aggregates.one_line_summary(query)
    return summary


def cmd_run(args: argparse.Namespace) -> int:
    """``run``: fill the cache once, then execute the notebooks and render HTML reports plus the index."""
    from . import corpus as corpus_module
    from . import reports
    given = dict(args.parameters or [])
    try:
        reports.check_run(args.notebooks or None, given)
        check_writable(paths.resolve(args.out), errors.OUTPUT_NOT_WRITABLE)
        check_writable(paths.CACHE_DIR, errors.CACHE_NOT_WRITABLE)
        corpus = corpus_module.build_corpus(args.articles, model=given.get("spacy_model") or None,
                                            jobs=args.jobs, progress=True, scheduler=args.scheduler)
        report_skipped(corpus)
        result = reports.run_reports(
            args.articles, out=paths.resolve(args.out), notebooks=args.notebooks or None,
            parameters=given, jobs=args.jobs or 1, per_article=args.per_article,
            show_code=args.show_code, summaries=summarizer(corpus), corpus=corpus,
        )
    except errors.AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"index: {result.index_html}")
    return 0 if result.ok else 1


class Parser(argparse.ArgumentParser):
    """argparse's parser whose usage errors end in a coded message (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and the coded message, then exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {errors.CLI_USAGE.format(detail=message, prog=self.prog)}\n")


def positive_int(raw: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if not raw.strip().isdigit() or int(raw) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {raw!r}")
    return int(raw)


SCHEDULER_HELP = ("address of an existing Dask scheduler (tcp://HOST:PORT) that analyses uncached articles "
                  "(default: $NEWS_ANALYSIS_SCHEDULER, else a local cluster)")


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m analysis`` argument parser."""
    parser = Parser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    tab = sub.add_parser("tables", help="write every table as CSV and Parquet")
    tab.add_argument("--articles", default=str(paths.ARTICLES_DIR), help="folder, glob or file(s) of articles")
    tab.add_argument("--out", default="tables", help="output folder (default: tables/)")
    tab.add_argument("--model", default="", help="spaCy pipeline name (default: auto)")
    tab.add_argument("--jobs", type=positive_int, default=None,
                     help="local worker processes for uncached articles (default: one per core; 1: this process)")
    tab.add_argument("--scheduler", default="", help=SCHEDULER_HELP)
    tab.add_argument("--no-cache", action="store_true", help="ignore and do not write data/processed/")
    tab.add_argument("--progress", action="store_true", help="show a progress bar")
    tab.add_argument("--all-languages", action="store_true",
                     help="also analyse articles not written in English (left out by default)")
    tab.set_defaults(handler=cmd_tables)
    run = sub.add_parser("run", help="execute the notebooks and render self-contained HTML reports")
    run.add_argument("--articles", default=str(paths.ARTICLES_DIR), help="folder, glob or file of articles")
    run.add_argument("--out", default=str(paths.REPORTS_DIR), help="report folder (default: reports/)")
    run.add_argument("--notebooks", nargs="*", help="notebook names to run (default: all)")
    run.add_argument("-p", "--parameter", dest="parameters", nargs=2, action="append",
                     metavar=("NAME", "VALUE"), help="notebook parameter (repeatable)")
    run.add_argument("--jobs", type=positive_int, default=None,
                     help="notebooks executed in parallel (default 1) and local analysis workers (default: one per core)")
    run.add_argument("--scheduler", default="", help=SCHEDULER_HELP)
    run.add_argument("--per-article", action="store_true", help="also one report set per article")
    run.add_argument("--show-code", action="store_true", help="show code cells in the HTML")
    run.set_defaults(handler=cmd_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code. Every failure a user can cause (a missing model
    or weights file, a path that cannot be read or written, a bad parameter) ends in its coded
    message on stderr and a non-zero exit, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except errors.AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"error: {errors.FILE_ACCESS.format(detail=exc)}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"error: {errors.INTERRUPTED}", file=sys.stderr)
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
