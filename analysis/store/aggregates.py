"""What the corpus notebooks show, computed in the query layer (DuckDB) whatever the corpus size.

Each function takes a ``CorpusQuery`` and returns a DataFrame: the aggregates run in DuckDB over
the store's Parquet files and return at most one row per corpus actor, name, source or period;
listings of rows (events, quotes) are bounded (``limit``, ``SHOWN_ROWS`` by default: a report lists
the first rows and says how many there are; every row is in ``python -m analysis tables``). Corpus actors come from the corpus's recorded ``corpus_actors``
(``CorpusQuery.links``), so no function needs every mention or actor row in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from ..identity import PERSON
from .query import CorpusQuery, check_period

#: The most rows a notebook table lists from a corpus-wide query.
SHOWN_ROWS = 2_000
QUOTE_KINDS = ("direct", "mixed", "indirect")
#: The quotes that give a source's words or thoughts: no stance ("voted for"), no words withheld.
VOICED = "coalesce(q.cue_class, '') <> 'stance' AND NOT coalesce(q.withheld, false)"


def actor_ranking(query: CorpusQuery) -> pd.DataFrame:
    """Corpus actors ranked by the number of articles that mention them, then by mentions:
    actor_id, actor, type, n_articles, n_mentions, names (the per-article names joined)."""
    links = query.links()
    return query.sql(
        "SELECT l.actor_id, any_value(l.corpus_actor) AS actor, any_value(l.corpus_type) AS type, "
        "count(DISTINCT a.article_id) AS n_articles, sum(a.n_mentions)::BIGINT AS n_mentions, "
        "string_agg(DISTINCT a.actor, '; ' ORDER BY a.actor) AS names "
        f"FROM actors a JOIN {links} l USING (article_id, actor) GROUP BY l.actor_id "
        "ORDER BY n_articles DESC, n_mentions DESC, actor, l.actor_id")


def names_behind(query: CorpusQuery) -> pd.DataFrame:
    """Each per-article name beside its corpus actor, summed over the articles that use it:
    actor_id, corpus_actor, actor, type, link, n_articles, n_mentions, aliases (all joined)."""
    links = query.links()
    return query.sql(
        "SELECT l.actor_id, l.corpus_actor, a.actor, a.type, l.link, count(DISTINCT a.article_id) AS n_articles, "
        "sum(a.n_mentions)::BIGINT AS n_mentions, array_to_string(list_sort(list_distinct(list_filter(flatten("
        "list(string_split(coalesce(a.aliases, ''), '; '))), lambda x: x <> ''))), '; ') AS aliases "
        f"FROM actors a JOIN {links} l USING (article_id, actor) "
        "WHERE a.type IS NOT NULL AND l.corpus_actor IS NOT NULL AND l.link IS NOT NULL GROUP BY ALL "
        "ORDER BY n_articles DESC, n_mentions DESC, a.actor, l.actor_id, l.corpus_actor, a.type, l.link")


def cooccurrence(query: CorpusQuery, actor_ids: Sequence[str]) -> pd.DataFrame:
    """Square table over ``actor_ids`` (corpus actors): the number of sentences mentioning both."""
    links = query.links()
    pairs = query.sql(
        "WITH present AS (SELECT DISTINCT m.article_id, m.sentence_id, l.actor_id "
        f"FROM mentions m JOIN {links} l USING (article_id, actor) "
        "WHERE m.sentence_id IS NOT NULL AND list_contains(?, l.actor_id)) "
        "SELECT a.actor_id AS one, b.actor_id AS other, count(*) AS n FROM present a "
        "JOIN present b USING (article_id, sentence_id) WHERE a.actor_id <> b.actor_id GROUP BY ALL",
        [list(actor_ids)])
    matrix = pairs.pivot(index="one", columns="other", values="n") if len(pairs) else pd.DataFrame()
    matrix = matrix.reindex(index=list(actor_ids), columns=list(actor_ids)).fillna(0).astype("int64")
    matrix.index.name = matrix.columns.name = None
    return matrix


def portrayal_over_time(query: CorpusQuery, *, actor_ids: Sequence[str], start: pd.Timestamp | None,
                        end: pd.Timestamp | None, period: str) -> pd.DataFrame:
    """Mean polarity of each corpus actor's scored mentions (the chosen engine) per ``period`` of
    publication between ``start`` and ``end`` (none without them): actor_id, actor, period, n,
    n_articles, polarity_mean, in the order of ``actor_ids`` then period."""
    check_period(period)
    links = query.links()
    found = query.sql(
        f"SELECT l.actor_id, any_value(l.corpus_actor) AS actor, date_trunc('{period}', "
        "s.article_date)::TIMESTAMP AS period, count(*) AS n, count(DISTINCT s.article_id) AS n_articles, "
        f"avg(s.polarity) AS polarity_mean FROM mention_sentiment s JOIN {links} l USING (article_id, actor) "
        "WHERE list_contains(?, l.actor_id) AND s.article_date BETWEEN ?::DATE AND ?::DATE GROUP BY l.actor_id, period",
        [list(actor_ids), *(None if day is None else day.date() for day in (start, end))])
    order = {ident: i for i, ident in enumerate(actor_ids)}
    found = found.sort_values(["actor_id", "period"], key=lambda c: c.map(order) if c.name == "actor_id" else c)
    return found.reset_index(drop=True)


def dated_events(query: CorpusQuery, *, outside: tuple[pd.Timestamp, pd.Timestamp] | None = None,
                 limit: int = SHOWN_ROWS) -> pd.DataFrame:
    """Dated events in date order with their article's headline (those dated outside the range
    ``outside`` when given), at most ``limit``: start_date, end_date, trigger, actors, timex_text,
    article_id, headline."""
    far = "AND NOT (e.start_date BETWEEN ?::DATE AND ?::DATE)" if outside else ""
    return query.rows(
        "SELECT e.start_date, e.end_date, e.trigger, e.actors, e.timex_text, e.article_id, a.headline "
        f"FROM events e JOIN articles a USING (article_id) WHERE e.dated {far} "
        "ORDER BY e.start_date, e.end_date, e.article_id, e.start LIMIT ?",
        [*(d.date() for d in outside or ()), limit])


def dated_event_dates(query: CorpusQuery) -> pd.Series:
    """The start date (``datetime.date``) of every dated event, in date order (missing ones last)."""
    return query.rows("SELECT start_date FROM events WHERE dated ORDER BY start_date")["start_date"]


def sources(query: CorpusQuery) -> pd.DataFrame:
    """Articles per source ("(unknown)" without one), most first: source, articles."""
    return query.sql("SELECT coalesce(source, '(unknown)') AS source, count(*) AS articles FROM articles "
                     "GROUP BY ALL ORDER BY articles DESC, source")


def portrayed_actors(query: CorpusQuery, *, top: int) -> list[str]:
    """The ``top`` actors of the portrayal table by articles, then mentions, then name."""
    return query.sql("SELECT actor FROM portrayal GROUP BY actor "
                     "ORDER BY count(*) DESC, sum(n_mentions) DESC, actor LIMIT ?", [top])["actor"].tolist()


def portrayal_rows(query: CorpusQuery, actors: Sequence[str]) -> pd.DataFrame:
    """The portrayal table's rows of ``actors`` (actor, article_id, label, score, n_mentions)."""
    return query.ordered("portrayal", ["actor", "article_id", "label", "score", "n_mentions"],
                         where="list_contains(?, actor)", parameters=[list(actors)])


def quote_counts(query: CorpusQuery, *, top: int) -> pd.DataFrame:
    """Per speaker (the ``top`` most quoted; unattributed quotes as "(no speaker)"): quotes per
    kind and total, and of the total the stances (``cue_class``: "voted for", "praised") and the
    reports of words withheld ("declined to comment")."""
    counts = query.sql(
        "SELECT coalesce(nullif(speaker, ''), '(no speaker)') AS speaker, "
        + ", ".join(f"count(*) FILTER (WHERE kind = '{kind}') AS {kind}" for kind in QUOTE_KINDS)
        + ", count(*) AS total, count(*) FILTER (WHERE cue_class = 'stance') AS stances, "
        "count(*) FILTER (WHERE coalesce(withheld, false)) AS withheld "
        "FROM quotes GROUP BY ALL ORDER BY total DESC, speaker LIMIT ?", [top])
    return counts[["speaker", *_present(query, "quotes", "kind", QUOTE_KINDS), "total", "stances", "withheld"]]


def _present(query: CorpusQuery, table: str, column: str, values: Sequence[str]) -> list[str]:
    """Those of ``values`` that ``column`` of ``table`` holds, in the order given."""
    held = set(query.sql(f"SELECT DISTINCT {column} FROM {table}")[column])
    return [value for value in values if value in held]


def voices(query: CorpusQuery, *, by: str) -> pd.DataFrame:
    """Quotes that give someone's words or thoughts (no stance, no words withheld: ``VOICED``) per
    kind of source (``speaker_type``, "unattributed" without one): over all of them (speaker_type,
    quotes, speakers), or per outlet (``by="source"``: one column per type)."""
    kind = "coalesce(nullif(q.speaker_type, ''), 'unattributed')"
    if by != "source":
        return query.sql(f"SELECT {kind} AS speaker_type, count(*) AS quotes, count(DISTINCT q.speaker) AS speakers "
                         f"FROM quotes q WHERE {VOICED} GROUP BY ALL ORDER BY quotes DESC, speaker_type")
    counts = query.sql(f"SELECT coalesce(a.source, '(no source)') AS source, {kind} AS speaker_type, count(*) AS n "
                       f"FROM quotes q JOIN articles a USING (article_id) WHERE {VOICED} GROUP BY ALL")
    table = counts.pivot(index="source", columns="speaker_type", values="n").fillna(0).astype("int64")
    return table.sort_index().sort_index(axis=1).rename_axis(columns=None).reset_index()


def quotes_of(query: CorpusQuery, speakers: Sequence[str], *, columns: Sequence[str],
              limit: int = SHOWN_ROWS) -> tuple[pd.DataFrame, int]:
    """The quotes of ``speakers`` in corpus order, at most ``limit``, and how many there are."""
    total = query.sql("SELECT count(*) AS n FROM quotes WHERE list_contains(?, speaker)", [list(speakers)])["n"][0]
    rows = query.ordered("quotes", columns, where="list_contains(?, speaker)", parameters=[list(speakers)],
                         limit=limit)
    return rows, int(total)


def most_mentioned(query: CorpusQuery, *, min_mentions: int, top: int) -> list[str]:
    """The ``top`` per-article actor names with at least ``min_mentions`` mentions over the corpus."""
    return query.sql("SELECT actor, sum(n_mentions) AS n FROM actors GROUP BY actor HAVING n >= ? "
                     "ORDER BY n DESC, actor LIMIT ?", [min_mentions, top])["actor"].tolist()


def timeline_events(query: CorpusQuery, *, granularity: Callable[[str], bool],
                    n_actors: int) -> tuple[pd.DataFrame, list[str]]:
    """The ``n_actors`` actors dated in the most articles (then events, then name), and their dated
    events (with a granularity ``granularity`` accepts) in corpus order: (events, actors), what
    ``timelines.timeline_of`` merges."""
    kept = [g for g in query.sql("SELECT DISTINCT coalesce(granularity, '') AS g FROM events")["g"] if granularity(g)]
    dated = "dated AND coalesce(actors, '') <> '' AND list_contains(?, coalesce(granularity, ''))"
    top = query.sql(
        f"WITH rows AS (SELECT article_id, unnest(string_split(actors, '; ')) AS actor FROM events WHERE {dated}) "
        "SELECT actor FROM rows WHERE actor <> '' GROUP BY actor "
        "ORDER BY count(DISTINCT article_id) DESC, count(*) DESC, actor LIMIT ?", [kept, n_actors])["actor"].tolist()
    rows = query.ordered("events", ["article_id", "actors", "dated", "start_date", "end_date", "value", "granularity",
                                    "lemma", "trigger", "text"],
                         where=f"{dated} AND list_has_any(string_split(actors, '; '), ?)", parameters=[kept, top])
    return rows, top


def events_per_article(query: CorpusQuery, *, limit: int = SHOWN_ROWS) -> pd.DataFrame:
    """Dated events per article with its headline, most first: article_id, dated events, headline."""
    return query.sql('SELECT e.article_id, count(*) AS "dated events", any_value(a.headline) AS headline '
                     "FROM events e JOIN articles a USING (article_id) WHERE e.dated GROUP BY e.article_id "
                     'ORDER BY "dated events" DESC, e.article_id LIMIT ?', [limit])


def timex_counts(query: CorpusQuery) -> pd.DataFrame:
    """Time expressions by type and granularity, most first: type, granularity, expressions."""
    return query.sql("SELECT type, granularity, count(*) AS expressions FROM timexes "
                     "WHERE type IS NOT NULL AND granularity IS NOT NULL GROUP BY ALL "
                     "ORDER BY expressions DESC, type, granularity")


def one_line_summary(query: CorpusQuery, *, n: int = 3) -> str:
    """A report index line: the ``n`` most mentioned people and the span of the dated events
    ("top actors: A, B; dates: 1998-01-08 – 1998-03-04")."""
    top = query.sql("SELECT actor FROM actors WHERE type = ? GROUP BY actor "
                    "ORDER BY sum(n_mentions) DESC, actor LIMIT ?", [PERSON, n])["actor"].tolist()
    first, last = query.rows("SELECT min(start_date) AS first, max(coalesce(end_date, start_date)) AS last "
                             "FROM events WHERE dated").iloc[0]
    parts = [f"top actors: {', '.join(top)}" if top else "no person actors",
             f"dates: {first} – {last}" if first is not None and not pd.isna(first) else ""]
    return "; ".join(part for part in parts if part)
