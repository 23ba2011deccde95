"""The tidy tables: their columns, in one place, and the conversion from records to DataFrames.

Every table carries ``article_id``; ``start``/``end`` are character offsets into ``articles.text``.

| table | one row per | columns |
|---|---|---|
| articles | article | article_id, path, headline, published, source, url, authors, credits, text, n_paragraphs, n_sentences, n_words |
| errors | input that could not be loaded | path, reason |
| paragraphs | paragraph | article_id, paragraph_id, start, end, text |
| sentences | sentence (spaCy) | article_id, sentence_id, paragraph_id, start, end, text, polarity_textblob, subjectivity_textblob, polarity_vader |
| mentions | actor mention | article_id, sentence_id, start, end, text, label, actor, kind |
| actors | actor per article | article_id, actor, type, n_mentions, aliases, first_sentence |
| quotes | quoted span | article_id, sentence_id, start, end, quote, speaker, cue, kind, polarity |
| mention_sentiment | scored mention per engine | article_id, sentence_id, start, end, actor, role, engine, polarity, evidence |
| actor_sentiment | article, actor, role, engine | article_id, actor, role, engine, n, polarity_mean, polarity_sd, ci_low, ci_high, sentences |
| timexes | time expression | article_id, sentence_id, start, end, text, type, value, granularity, start_date, end_date |
| corpus_actors | actor per article, linked to its corpus actor (``analysis.identity``) | article_id, actor, type, actor_id, corpus_actor, corpus_type, link |
| events | event (dated or not) | article_id, sentence_id, start (trigger), timex_start, timex_text, trigger, actors, value, granularity, start_date, end_date, dated, text |
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "path", "headline", "published", "source", "url", "authors",
                 "credits", "text", "n_paragraphs", "n_sentences", "n_words"),
    "errors": ("path", "reason"),
    "paragraphs": ("article_id", "paragraph_id", "start", "end", "text"),
    "sentences": ("article_id", "sentence_id", "paragraph_id", "start", "end", "text",
                  "polarity_textblob", "subjectivity_textblob", "polarity_vader"),
    "mentions": ("article_id", "sentence_id", "start", "end", "text", "label", "actor", "kind"),
    "actors": ("article_id", "actor", "type", "n_mentions", "aliases", "first_sentence"),
    "quotes": ("article_id", "sentence_id", "start", "end", "quote", "speaker", "cue", "kind", "polarity"),
    "mention_sentiment": ("article_id", "sentence_id", "start", "end", "actor", "role", "engine",
                          "polarity", "evidence"),
    "actor_sentiment": ("article_id", "actor", "role", "engine", "n", "polarity_mean", "polarity_sd",
                        "ci_low", "ci_high", "sentences"),
    "timexes": ("article_id", "sentence_id", "start", "end", "text", "type", "value", "granularity",
                "start_date", "end_date"),
    "events": ("article_id", "sentence_id", "start", "timex_start", "timex_text", "trigger", "actors", "value",
               "granularity", "start_date", "end_date", "dated", "text"),
    "corpus_actors": ("article_id", "actor", "type", "actor_id", "corpus_actor", "corpus_type", "link"),
}

#: Tables derived from the whole corpus (not cached per article): ``analysis.identity``.
CORPUS_TABLES: tuple[str, ...] = ("corpus_actors",)

#: What a column holds where its name alone does not say (dtype, units, joins), per table.
NOTES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "stable id: first 16 hex digits of SHA-256 of the normalised headline and body",
        "path": "source file (POSIX, project-relative when inside the project), '#n' for record n",
        "headline": "the headline",
        "published": "publication date (datetime.date, object dtype) or None",
        "source": "publication / site name or None",
        "url": "article URL or None",
        "authors": "author names joined with '; ' ('' when unknown)",
        "credits": "credit lines and bylines joined with '; ' ('' when none)",
        "text": "the analysed body: paragraphs joined by a blank line",
        "n_paragraphs": "number of paragraphs (int64)",
        "n_sentences": "sentence count from the n_sentences mapping (nullable Int64, <NA> unknown)",
        "n_words": "number of words (runs of letters/digits, inner ' - . kept) (int64)",
    },
    "errors": {
        "path": "the input path (or path#n for a record) that could not be loaded cleanly",
        "reason": "what went wrong and what to do, from analysis.errors",
    },
    "paragraphs": {
        "article_id": "the article's id",
        "paragraph_id": "0-based paragraph number within the article",
        "start": "character offset of the paragraph's first character in Article.text",
        "end": "character offset just after the paragraph (end-exclusive, like a slice)",
        "text": "the paragraph text",
    },
    "corpus_actors": {
        "article_id": "the article's id",
        "actor": "the per-article actor (actors.actor)",
        "type": "its entity type in that article (actors.type)",
        "actor_id": "the corpus actor: 'a' + 10 hex digits of SHA-256 of its key (analysis.identity)",
        "corpus_actor": "the corpus actor's name (its members' most frequent full name)",
        "corpus_type": "PERSON for a person, else its members' most frequent type",
        "link": "the rule that joined the row (analysis.identity): same name, own aliases, longer name, "
                "surname in article, first name in article, surname in corpus, own name, person's name",
    },
}

#: Tables produced per article by the analysis (cached together); ``articles``/``errors`` come from loading.
ARTICLE_TABLES: tuple[str, ...] = tuple(name for name in COLUMNS
                                        if name not in ("articles", "errors", *CORPUS_TABLES))


def empty(table: str, *, extra: Sequence[str] = ()) -> pd.DataFrame:
    """Return an empty DataFrame with the columns of ``table`` (and ``extra``)."""
    return pd.DataFrame({column: pd.Series(dtype="object") for column in (*COLUMNS[table], *extra)})


def conform(frame: pd.DataFrame, table: str, *, extra: Sequence[str] = ()) -> pd.DataFrame:
    """Return ``frame`` with exactly the columns of ``table`` (plus those of ``extra`` it has), in
    order (missing ones filled with NA)."""
    columns = COLUMNS[table]
    if frame.empty and len(frame.columns) == 0:
        return empty(table)
    missing = [c for c in columns if c not in frame.columns]
    out = frame.assign(**{c: pd.NA for c in missing}) if missing else frame
    return out.loc[:, [*columns, *(c for c in extra if c in frame.columns)]].reset_index(drop=True)


def _cell(value: Any) -> Any:
    """Tuples and lists (aliases, actors, authors) become one "; "-joined string per cell."""
    return join_values(value) if isinstance(value, (tuple, list)) else value


@lru_cache(maxsize=64)
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, ``None`` for any other type."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


def as_row(record: Any) -> dict[str, Any]:
    """Turn a dataclass record or a mapping into a plain dict of table cells."""
    names = None if isinstance(record, type) else _field_names(type(record))
    if names is not None:
        return {name: _cell(getattr(record, name)) for name in names}
    return {key: _cell(value) for key, value in dict(record).items()}


def from_records(records: Iterable[Any], table: str, **constants: Any) -> pd.DataFrame:
    """Build ``table`` from dataclass records (or dicts), adding constant columns such as article_id."""
    return from_rows([{**constants, **as_row(record)} for record in records], table)


def from_rows(rows: Sequence[dict[str, Any]], table: str) -> pd.DataFrame:
    """Build ``table`` from rows that are already table cells (``as_row`` output)."""
    return conform(pd.DataFrame(rows), table) if rows else empty(table)


def concat(frames: Sequence[pd.DataFrame], table: str, *, extra: Sequence[str] = ()) -> pd.DataFrame:
    """Concatenate frames of one table (keeping ``extra`` columns), keeping the schema when there
    are none. Column types follow the values, not how the rows were split into frames (a column
    that is all missing in one frame and text in another is text)."""
    non_empty = [f for f in frames if not f.empty]
    if not non_empty:
        return empty(table, extra=extra)
    return conform(pd.concat(non_empty, ignore_index=True).infer_objects(), table, extra=extra)


def join_values(values: Iterable[Any], *, sep: str = "; ") -> str:
    """Join values into one deterministic cell string (used for lists such as aliases)."""
    return sep.join(str(v) for v in values)
