"""The query layer: DuckDB over a corpus's tables, answering with DataFrames of the size shown.

Each table of the corpus is a DuckDB view: over the store's Parquet files of the segments that
hold the corpus's articles (restricted to those articles, so nothing else in the store counts),
or over the in-memory tables of a run without the store. Aggregates run in DuckDB, out of core;
only their (small) results become pandas DataFrames. Every view has ``article_date``, the
article's publication date, for periods.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from .. import errors, tables
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
        self.corpus, self.engine = corpus, corpus.engine
        source = corpus.source
        if hasattr(source, "store"):
            self._store_views(source.store, source.manifest)
        else:
            self._frame_views(source.frames)
        for name in STORED_TABLES:
            self.connection.execute(f"CREATE VIEW {_view(name)} AS SELECT * EXCLUDE (position, seq) FROM rows_{name}")
        chosen = self._engine_condition()
        for name in SENTIMENT_TABLES:
            self.connection.execute(f"CREATE VIEW {name} AS SELECT * FROM {name}_all {'WHERE ' + chosen if chosen else ''}")
        self._links_ready = False

    def __enter__(self) -> CorpusQuery:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the DuckDB connection (also done when the query is used as a context manager)."""
        self.connection.close()

    def _engine_condition(self) -> str:
        """The SQL condition keeping the chosen engine's rows ("" when none is chosen)."""
        return f"engine = '{_literal(self.engine)}'" if self.engine else ""

    def _store_views(self, store: Store, manifest: pd.DataFrame) -> None:
        """``rows_<table>`` views over the store's files, each row kept only for a corpus article in
        the segment that the manifest names for it, with its article's load ``position``."""
        if not store.is_local():
            self.connection.register_filesystem(store.fs)
        members = manifest.loc[:, ["article_key", "segment"]].assign(position=range(len(manifest)))
        self.connection.register("corpus_members", members)
        segments = store.segments(manifest)
        for name in STORED_TABLES:
            files = ", ".join(f"'{_literal(f)}'" for f in store.files(name, segments))
            self.connection.execute(
                f"CREATE VIEW rows_{name} AS SELECT t.* EXCLUDE (filename), m.position "
                f"FROM read_parquet([{files}], union_by_name = true, filename = true) t "
                "JOIN corpus_members m ON t.article_key = m.article_key "
                "AND parse_filename(t.filename, true) = m.segment")

    def _frame_views(self, frames: dict[str, pd.DataFrame]) -> None:
        """``rows_<table>`` views over in-memory tables, each row with its article's publication
        date (and its row number as ``seq``, so rows keep their order)."""
        dates = frames["articles"].loc[:, ["article_id", "published"]].rename(columns={"published": "article_date"})
        self.connection.register("article_dates", dates.astype({"article_date": "datetime64[s]"}))
        for name in STORED_TABLES:
            self.connection.register(f"frame_{name}", frames[name].assign(seq=range(len(frames[name]))))
            self.connection.execute(f"CREATE VIEW rows_{name} AS SELECT f.*, d.article_date::DATE AS article_date, "
                                    f"0 AS position FROM frame_{name} f JOIN article_dates d USING (article_id)")

    def ordered(self, table: str, columns: Sequence[str], *, where: str = "", parameters: list[object] | None = None,
                limit: int | None = None) -> pd.DataFrame:
        """``columns`` of ``table``'s rows (those matching the SQL condition ``where``), in the order
        the Corpus reads them (articles in load order, rows in article order), up to ``limit``
        rows; dates as ``datetime.date`` and nullable integers as the tables hold them."""
        _check_table(table)
        engine = self._engine_condition() if table in SENTIMENT_TABLES else ""
        conditions = " AND ".join(f"({c})" for c in (where, engine) if c)
        query = (f"SELECT {', '.join(_quoted(c) for c in columns)} FROM rows_{table} "
                 f"{'WHERE ' + conditions if conditions else ''} ORDER BY position, seq"
                 f"{f' LIMIT {int(limit)}' if limit is not None else ''}")
        return self.rows(query, parameters, table=table)

    def rows(self, query: str, parameters: list[object] | None = None, *, table: str = "") -> pd.DataFrame:
        """The rows of ``query`` as the Corpus's tables hold them (through Arrow: dates as
        ``datetime.date``, text as objects; ``table``'s fixed dtypes applied)."""
        frame = self.connection.sql(query, params=parameters or None).to_arrow_table().to_pandas()
        fixed = {c: t for c, t in tables.DTYPES.get(table, {}).items() if c in frame.columns}
        return frame.astype(fixed) if fixed else frame

    def links(self) -> str:
        """The name of the view of the corpus's ``corpus_actors`` (made on first use: over the
        file its manifest records, else over the corpus's frame)."""
        if not self._links_ready:
            path = self.corpus.corpus_actors_file()
            if path is None:
                self.connection.register("corpus_actors_frame", self.corpus.corpus_actors)
                self.connection.execute("CREATE VIEW corpus_actors AS SELECT * FROM corpus_actors_frame")
            else:
                self.connection.execute(f"CREATE VIEW corpus_actors AS SELECT * FROM read_parquet('{_literal(path)}')")
            self._links_ready = True
        return "corpus_actors"

    def sql(self, query: str, parameters: list[object] | None = None) -> pd.DataFrame:
        """Any SQL over the views (``articles``, ``mentions``, …), as a DataFrame."""
        return self.connection.execute(query, parameters or []).df()

    def scalar(self, query: str, parameters: list[object] | None = None) -> object:
        """The one value of ``query`` (e.g. a count)."""
        return self.connection.execute(query, parameters or []).fetchall()[0][0]

    def count(self, table: str) -> int:
        """Number of rows of ``table`` in the corpus."""
        _check_table(table)
        return int(self.scalar(f"SELECT count(*) FROM {table}"))

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
        check_period(period)
        return self.sql(f"SELECT date_trunc('{period}', start_date)::DATE AS period, count(*) AS n_events, "
                        "count(DISTINCT article_id) AS n_articles FROM events "
                        "WHERE dated AND start_date IS NOT NULL GROUP BY ALL ORDER BY period")

    def articles_by_period(self, *, period: str = "month") -> pd.DataFrame:
        """Articles per ``period`` of publication: ``period``, ``n_articles``, ``n_words``."""
        check_period(period)
        return self.sql(f"SELECT date_trunc('{period}', article_date)::DATE AS period, count(*) AS n_articles, "
                        "sum(n_words)::BIGINT AS n_words FROM articles GROUP BY ALL ORDER BY period NULLS LAST")


def _view(name: str) -> str:
    """The view name of a table (sentiment tables get an unfiltered ``…_all`` view too)."""
    return f"{name}_all" if name in SENTIMENT_TABLES else name


def _quoted(column: str) -> str:
    """A column name as a quoted SQL identifier."""
    return '"' + column.replace('"', '""') + '"'


def _literal(text: str) -> str:
    """``text`` for a single-quoted SQL literal."""
    return text.replace("'", "''")


def _check_table(table: str) -> None:
    """Raise ``ConfigurationError`` (a ValueError) for a table the store does not hold."""
    if table not in STORED_TABLES:
        raise errors.ConfigurationError(errors.UNKNOWN_TABLE.format(table=table, known=", ".join(STORED_TABLES)))


def check_period(period: str) -> None:
    """Raise ``ConfigurationError`` (a ValueError) for a period not in ``SQL_PERIODS``."""
    if period not in SQL_PERIODS:
        raise errors.ConfigurationError(errors.UNKNOWN_SQL_PERIOD.format(period=period, known=", ".join(SQL_PERIODS)))
