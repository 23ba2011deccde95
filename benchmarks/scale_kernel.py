"""What a corpus notebook asks of a warm store, through the query layer, in a fresh process.

    .venv/bin/python benchmarks/scale_kernel.py STORE_VERSION_FOLDER

Opens every article of the store as one corpus (no article file is read), asks what the corpus
notebooks show (articles per month, the top actors across articles, portrayal of the leading
actors per month, dated events per year, the first dated events, one article's rows) and prints
one line: seconds, peak memory (MiB, VmHWM) and the sizes of the answers with the split of the
time between imports and queries, tab-separated.
"""

from __future__ import annotations

import sys
import time

began = time.perf_counter()

from analysis import corpus, tables  # noqa: E402 - the import is part of the kernel's measured work
from analysis.store.segments import Store  # noqa: E402


def peak_mib() -> float:
    """This process's peak resident memory (VmHWM) in MiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmHWM"))
    return int(line.split()[1]) / 1024


def main(folder: str) -> None:
    imported = time.perf_counter()
    store = Store(folder)
    listing = store.index().loc[:, ["article_id", "article_key", "bucket", "segment"]].assign(path="")
    opened = corpus.Corpus(errors=tables.empty("errors"), source=corpus.StoreTables(store, listing))
    query = opened.with_engine("vader").query()
    answers = {
        "articles": query.count("articles"),
        "months": len(query.articles_by_period(period="month")),
        "top actors": len(query.actor_counts(top=20)),
        "portrayal rows": len(query.portrayal_by_month(top=10)),
        "event years": len(query.events_by_period(period="year")),
        "first events": len(query.sql("SELECT article_id, trigger, start_date FROM events WHERE dated "
                                      "ORDER BY start_date, article_id, start LIMIT 50")),
        "one article's mentions": len(opened.select([listing["article_id"].iloc[len(listing) // 2]]).mentions),
    }
    summary = ", ".join(f"{name} {value}" for name, value in answers.items())
    done = time.perf_counter()
    summary += f"; imports {imported - began:.1f} s, queries {done - imported:.1f} s"
    print(f"{done - began:.2f}\t{peak_mib():.0f}\t{summary}")


if __name__ == "__main__":
    main(sys.argv[1])
