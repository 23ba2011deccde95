"""The query layer: DuckDB over a corpus's tables, answering with DataFrames of the size shown.

Each table of the corpus is a DuckDB view: over the store's Parquet files of the segments that
hold the corpus's articles (restricted to those articles, so nothing else in the store counts),
or over the in-memory tables of a run without the store. Aggregates run in DuckDB, out of core;
only their (small) results become pandas DataFrames. Every view has ``article_date``, the
article's publication date, for periods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from .. import errors
from .segments import STORED_TABLES, Store

if TYPE_CHECKING:
    from ..corpus import Corpus

SENTIMENT_TABLES = ("mention_sentiment", "actor_sentiment")
SQL_PERIODS = ("year", "quarter", "month", "week", "day")  # DuckDB date_trunc units
MEMORY_LIMIT = "1GB"


class CorpusQuery:
    """DuckDB views of one corpus's tables (named as in ``analysis.tables``) and aggregates over them."""

    def __init__(self, corpus: Corpus) -> None:
        self.connection = duckdb.connect(config={"memory_limit": MEMORY_LIMIT, "preserve_insertion_order": False})
        source = corpus.source
        if hasattr(source, "store"):
            self._store_views(source.store, source.manifest)
        else:
            self._frame_views(source.frames)
        chosen = f"WHERE engine = '{_literal(corpus.engine)}'" if corpus.engine else ""
        for name in SENTIMENT_TABLES:
            self.connection.execute(f"CREATE VIEW {name} AS SELECT * FROM {name}_all {chosen}")

    def _store_views(self, store: Store, manifest: pd.DataFrame) -> None:
        """Views over the store's files, each row kept only for a corpus article in the segment
        that the manifest names for it."""
        if not store.is_local():
            self.connection.register_filesystem(store.fs)
        self.connection.register("corpus_members", manifest.loc[:, ["article_key", "segment"]])
        segments = store.segments(manifest)
        for name in STORED_TABLES:
            files = ", ".join(f"'{_literal(f)}'" for f in store.files(name, segments))
            self.connection.execute(
                f"CREATE VIEW {_view(name)} AS SELECT t.* EXCLUDE (filename, seq) "
                f"FROM read_parquet([{files}], union_by_name = true, filename = true) t "
                "SEMI JOIN corpus_members m ON t.article_key = m.article_key "
                "AND parse_filename(t.filename, true) = m.segment")

    def _frame_views(self, frames: dict[str, pd.DataFrame]) -> None:
        """Views over in-memory tables, each with its article's publication date."""
        dates = frames["articles"].loc[:, ["article_id", "published"]].rename(columns={"published": "article_date"})
        self.connection.register("article_dates", dates.astype({"article_date": "datetime64[s]"}))
        for name in STORED_TABLES:
            self.connection.register(f"frame_{name}", frames[name])
            self.connection.execute(f"CREATE VIEW {_view(name)} AS SELECT f.*, d.article_date::DATE AS article_date "
                                    f"FROM frame_{name} f JOIN article_dates d USING (article_id)")

    def sql(self, query: str, parameters: list[object] | None = None) -> pd.DataFrame:
        """Any SQL over the views (``articles``, ``mentions``, …), as a DataFrame."""
        return self.connection.execute(query, parameters or []).df()

    def count(self, table: str) -> int:
        """Number of rows of ``table`` in the corpus."""
        if table not in STORED_TABLES:
            raise errors.ConfigurationError(errors.UNKNOWN_TABLE.format(table=table, known=", ".join(STORED_TABLES)))
        return int(self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def actor_counts(self, *, top: int = 20) -> pd.DataFrame:
        """The ``top`` actors across articles: ``actor``, ``type``, ``n_articles``,
        ``n_mentions``, ranked by articles then mentions."""
        return self.sql("SELECT actor, arg_max(type, n_mentions) AS type, count(DISTINCT article_id) AS n_articles, "
                        "sum(n_mentions)::BIGINT AS n_mentions FROM actors GROUP BY actor "
                        "ORDER BY n_articles DESC, n_mentions DESC, actor LIMIT ?", [top])

    def portrayal_by_month(self, *, top: int = 10) -> pd.DataFrame:
        """Mean polarity of the mentions of each of the ``top`` actors per publication month:
        ``actor``, ``month``, ``engine``, ``n``, ``polarity_mean``."""
        return self.sql(
            "WITH top_actors AS (SELECT actor FROM actors GROUP BY actor "
            "ORDER BY count(DISTINCT article_id) DESC, sum(n_mentions) DESC, actor LIMIT ?) "
            "SELECT actor, date_trunc('month', article_date)::DATE AS month, engine, count(*) AS n, "
            "avg(polarity) AS polarity_mean FROM mention_sentiment SEMI JOIN top_actors USING (actor) "
            "WHERE article_date IS NOT NULL GROUP BY ALL ORDER BY actor, month, engine", [top])

    def events_by_period(self, *, period: str = "month") -> pd.DataFrame:
        """Dated events per ``period`` of their date: ``period``, ``n_events``, ``n_articles``."""
        _check_period(period)
        return self.sql(f"SELECT date_trunc('{period}', start_date)::DATE AS period, count(*) AS n_events, "
                        "count(DISTINCT article_id) AS n_articles FROM events "
                        "WHERE dated AND start_date IS NOT NULL GROUP BY ALL ORDER BY period")

    def articles_by_period(self, *, period: str = "month") -> pd.DataFrame:
        """Articles per ``period`` of publication: ``period``, ``n_articles``, ``n_words``."""
        _check_period(period)
        return self.sql(f"SELECT date_trunc('{period}', article_date)::DATE AS period, count(*) AS n_articles, "
                        "sum(n_words)::BIGINT AS n_words FROM articles GROUP BY ALL ORDER BY period NULLS LAST")


def _view(name: str) -> str:
    """The view name of a table (sentiment tables get an unfiltered ``…_all`` view too)."""
    return f"{name}_all" if name in SENTIMENT_TABLES else name


def _literal(text: str) -> str:
    """``text`` for a single-quoted SQL literal."""
    return text.replace("'", "''")


def _check_period(period: str) -> None:
    """Raise ``ConfigurationError`` (a ValueError) for a period not in ``SQL_PERIODS``."""
    if period not in SQL_PERIODS:
        raise errors.ConfigurationError(errors.UNKNOWN_SQL_PERIOD.format(period=period, known=", ".join(SQL_PERIODS)))
