"""Start-up cost of a notebook kernel: opening a built corpus, against another tree and the model load.

A notebook's first cell is ``import analysis; analysis.load_corpus(articles_path, ...)``: with a run
recorded in the store it opens the corpus without loading any article. This prints, for this
tree and for each ``--peer`` tree (e.g. the main branch's worktree, with the code before a
change), measured in the same run, alternated, fastest of ``--repeat``:

- the first cell: a fresh interpreter's ``import analysis`` + ``load_corpus`` + reading the
  articles table, timed inside the process, and the whole process (interpreter start included);
- the imports before any work: ``python -X importtime -c "import analysis.corpus"`` (the top-level
  cumulative times; issue #11's budget is 1.5 s);
- ``python -m analysis tables`` on the sample article with a warm store (issue #11: 4.6 s against
  1.1 s for the model alone when it was filed);
- the peer figure of issue #11: loading the spaCy model alone in a fresh process.

Each tree's store is built once first (``build_corpus``, its own version folder in ``--cache``), so
every timed run opens a warm corpus. Usage::

    .venv/bin/python benchmarks/startup.py --articles /tmp/te3 --cache /tmp/startup-cache --peer ../main
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from analysis import paths

FIRST_CELL = (
    "import json, sys, time\n"
    "began = time.perf_counter()\n"
    "import analysis\n"
    "corpus = analysis.load_corpus(sys.argv[1])\n"
    "n = len(corpus.articles)\n"
    "print(json.dumps({'seconds': time.perf_counter() - began, 'articles': n, "
    "'spacy': 'spacy' in sys.modules, 'textblob': 'textblob' in sys.modules}))\n"
)
BUILD = "import sys, analysis; analysis.build_corpus(sys.argv[1], progress=False)"
MODEL = "from analysis import nlp; nlp.load_model()"
SAMPLE = "2025-03-12_putin-visits-kursk"


def run(tree: Path, cache: Path, arguments: list[str]) -> tuple[float, str, str]:
    """Run ``python ARGUMENTS`` with ``tree``'s package and ``cache``: wall seconds, stdout, stderr."""
    environment = {**os.environ, "PYTHONPATH": str(tree), "NEWS_ANALYSIS_CACHE": str(cache)}
    began = time.perf_counter()
    done = subprocess.run([sys.executable, *arguments], capture_output=True, text=True, check=True,
                          env=environment, cwd=tree)
    return time.perf_counter() - began, done.stdout, done.stderr


def import_seconds(tree: Path, cache: Path, module: str) -> float:
    """Sum of the top-level cumulative import times (``-X importtime``) of ``import MODULE``."""
    _, _, stderr = run(tree, cache, ["-X", "importtime", "-c", f"import {module}"])
    rows = [line.split("|") for line in stderr.splitlines() if line.startswith("import time:")]
    return sum(int(total) for _, total, name in rows if total.strip().isdigit() and not name.startswith("  ")) / 1e6


def tables_command(one: Path) -> list[str]:
    """``python -m analysis tables`` on the one-article folder ``one`` (tables written beside it)."""
    return ["-m", "analysis", "tables", "--articles", str(one), "--out", str(one.with_name(one.name + "-tables"))]


def measure(tree: Path, cache: Path, articles: Path, one: Path) -> dict[str, float | bool]:
    """One round of every figure for ``tree``."""
    wall, stdout, _ = run(tree, cache, ["-c", FIRST_CELL, str(articles)])
    cell = json.loads(stdout.splitlines()[-1])
    model, _, _ = run(tree, cache, ["-c", MODEL])
    command, _, _ = run(tree, cache, tables_command(one))
    return {"cell": cell["seconds"], "process": wall, "imports": import_seconds(tree, cache, "analysis.corpus"),
            "model": model, "tables": command, "articles": cell["articles"], "spacy": cell["spacy"],
            "textblob": cell["textblob"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, required=True, help="a folder of articles (e.g. the 276 TempEval-3 ones)")
    parser.add_argument("--cache", type=Path, required=True, help="the store folder the trees share (one version each)")
    parser.add_argument("--peer", type=Path, action="append", default=[], help="another worktree to compare with")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    trees = [paths.ROOT, *(peer.resolve() for peer in args.peer)]
    one = args.cache.resolve().parent / f"{args.cache.name}-one-article"
    one.mkdir(parents=True, exist_ok=True)
    for sample in paths.ARTICLES_DIR.glob(f"{SAMPLE}*"):
        shutil.copy(sample, one)
    for tree in trees:
        seconds, _, _ = run(tree, args.cache, ["-c", BUILD, str(args.articles.resolve())])
        run(tree, args.cache, tables_command(one))
        print(f"store of {tree} ready in {seconds:.1f} s")
    rounds: dict[Path, list[dict]] = {tree: [] for tree in trees}
    for _ in range(args.repeat):
        for tree in trees:
            rounds[tree].append(measure(tree, args.cache, args.articles.resolve(), one))
    print(f"\n== notebook start-up on {args.articles} (fastest of {args.repeat}, trees alternated; "
          "machine shared, timings noisy)")
    print(f"{'tree':<28} {'first cell':>10} {'process':>8} {'imports':>8} {'tables':>7} {'model':>7}  "
          "loads spaCy/TextBlob")
    for tree, figures in rounds.items():
        best = {name: min(f[name] for f in figures) for name in ("cell", "process", "imports", "tables", "model")}
        print(f"{str(tree):<28} {best['cell']:>9.2f}s {best['process']:>7.2f}s {best['imports']:>7.2f}s "
              f"{best['tables']:>6.2f}s {best['model']:>6.2f}s  {figures[0]['spacy']}/{figures[0]['textblob']} "
              f"({figures[0]['articles']} articles; first cell = {best['cell'] / best['model']:.2f}x the model load)")
    if len(trees) > 1:
        ours, peer = (min(f["cell"] for f in rounds[tree]) for tree in trees[:2])
        print(f"first cell: this tree {ours:.2f} s against {peer:.2f} s for {trees[1]} ({peer / ours:.1f}x faster)")


if __name__ == "__main__":
    main()
