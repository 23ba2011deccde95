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
| quotes | quote or reported speech | article_id, sentence_id, start, end, quote, speaker, cue, kind, polarity, content_start, content_end, speaker_start, speaker_end, speaker_type, speaker_affiliation, cue_class, withheld |
| mention_sentiment | scored mention per engine | article_id, sentence_id, start, end, actor, role, engine, polarity, evidence |
| actor_sentiment | article, actor, role, engine | article_id, actor, role, engine, n, polarity_mean, polarity_sd, ci_low, ci_high, sentences |
| portrayal | article and actor | article_id, actor, label, score, p_negative, p_neutral, p_positive, n_mentions, n_sentences, author_score, n_author, quoted_score, n_quoted, speaker_score, n_speaker, in_headline, evidence |
| timexes | time expression | article_id, sentence_id, start, end, text, type, value, granularity, start_date, end_date |
| events | event mention (dated or not) | article_id, sentence_id, start, end (trigger), timex_start, timex_text, trigger, lemma, class, tense, aspect, polarity, modality, actors, value, granularity, start_date, end_date, dated, relation, sort_date, story_order, text |
| corpus_actors | actor per article, linked to its corpus actor (``analysis.identity``) | article_id, actor, type, actor_id, corpus_actor, corpus_type, link |
| headline_mentions | actor mention in the headline | article_id, start, end, text, label, actor, kind |

headline_mentions: actor mentions of the headline (``articles.headline``); ``start``/``end`` are
offsets into the headline, not the text; ``actor`` is the body's actor the mention names (see
``analysis.headlines``).

quotes: ``kind`` is direct, mixed or indirect; ``start``/``end`` the quoted words (the content of an
indirect quote), ``content_start``/``content_end`` the reported content without the attribution,
``speaker_start``/``speaker_end`` the speaker's mention, ``speaker_type`` person, organisation,
country, place, descriptor or document (a record: "according to federal statistics"),
``speaker_affiliation`` the actor a descriptor speaker names, ``cue``
the speech verb's lemma, "according to" or ":", ``cue_class`` what the cue reports (speech, thought
or stance), ``withheld`` whether words were not given ("declined to comment") (see ``analysis.quotes``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from . import errors

#: The sentiment engines whose scores the sentiment tables hold: the values of their ``engine``
#: column (``analysis.sentiment`` scores them; reading a table by engine needs no scorer).
ENGINES: tuple[str, ...] = ("textblob", "vader")


def check_engine(engine: str) -> str:
    """Return ``engine`` if it is one of ``ENGINES``, else raise ``ValueError`` saying what to pass."""
    if engine not in ENGINES:
        raise errors.ConfigurationError(errors.SENTIMENT_ENGINE.format(engine=engine, known=", ".join(ENGINES)))
    return engine


COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "path", "headline", "published", "source", "url", "authors",
                 "credits", "text", "n_paragraphs", "n_sentences", "n_words"),
    "errors": ("path", "reason"),
    "paragraphs": ("article_id", "paragraph_id", "start", "end", "text"),
    "sentences": ("article_id", "sentence_id", "paragraph_id", "start", "end", "text",
                  "polarity_textblob", "subjectivity_textblob", "polarity_vader"),
    "mentions": ("article_id", "sentence_id", "start", "end", "text", "label", "actor", "kind"),
    "actors": ("article_id", "actor", "type", "n_mentions", "aliases", "first_sentence"),
    "quotes": ("article_id", "sentence_id", "start", "end", "quote", "speaker", "cue", "kind", "polarity",
               "content_start", "content_end", "speaker_start", "speaker_end", "speaker_type",
               "speaker_affiliation", "cue_class", "withheld"),
    "mention_sentiment": ("article_id", "sentence_id", "start", "end", "actor", "role", "engine",
                          "polarity", "evidence"),
    "actor_sentiment": ("article_id", "actor", "role", "engine", "n", "polarity_mean", "polarity_sd",
                        "ci_low", "ci_high", "sentences"),
    "portrayal": ("article_id", "actor", "label", "score", "p_negative", "p_neutral", "p_positive", "n_mentions",
                  "n_sentences", "author_score", "n_author", "quoted_score", "n_quoted", "speaker_score",
                  "n_speaker", "in_headline", "evidence"),
    "timexes": ("article_id", "sentence_id", "start", "end", "text", "type", "value", "granularity",
                "start_date", "end_date"),
    "events": ("article_id", "sentence_id", "start", "end", "timex_start", "timex_text", "trigger", "lemma",
               "class", "tense", "aspect", "polarity", "modality", "actors", "value", "granularity", "start_date",
               "end_date", "dated", "relation", "sort_date", "story_order", "text"),
    "headline_mentions": ("article_id", "start", "end", "text", "label", "actor", "kind"),
    "corpus_actors": ("article_id", "actor", "type", "actor_id", "corpus_actor", "corpus_type", "link"),
}

#: Columns whose dtype is fixed whatever the rows (nullable integers stay integers in CSV).
DTYPES: dict[str, dict[str, str]] = {
    "events": {"timex_start": "Int64", "story_order": "Int64"},
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
    "events": {
        "article_id": "the article's id",
        "sentence_id": "sentence of the trigger; -1 for an event of the headline (offsets into the headline)",
        "start": "character offset of the trigger",
        "end": "character offset just after the trigger (end-exclusive)",
        "timex_start": "start offset of the time expression attached to the event (nullable Int64, <NA> none)",
        "timex_text": "that time expression ('' when none)",
        "trigger": "the trigger word as written",
        "lemma": "the trigger's lemma (lower case)",
        "class": "TimeML event class: OCCURRENCE, REPORTING, PERCEPTION, ASPECTUAL, I_ACTION, I_STATE, STATE",
        "tense": "TimeML tense: PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE",
        "aspect": "TimeML aspect: PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE",
        "polarity": "POS, or NEG for a negated event",
        "modality": "the modal ('would', 'may', ...), 'planned' under a plan verb, or ''",
        "actors": "canonical actors in the trigger's clause, joined with '; '",
        "value": "TIMEX3 value of the attached expression ('' when none)",
        "granularity": "granularity of that value (day, week, month, ..., duration, set; '' when none)",
        "start_date": "first day of the event's date (datetime.date) or None",
        "end_date": "last day of the event's date (datetime.date) or None",
        "dated": "True when a time expression (or the publication date, for a headline) gives the date",
        "relation": "to the publication date: BEFORE, AFTER, OVERLAP, or '' when unknown",
        "sort_date": "the date the event sorts by: its own, else its narrative place (no date of its own)",
        "story_order": "0-based rank in story order within the article (Int64)",
        "text": "the sentence (or headline) of the trigger",
    },
    "paragraphs": {
        "article_id": "the article's id",
        "paragraph_id": "0-based paragraph number within the article",
        "start": "character offset of the paragraph's first character in Article.text",
        "end": "character offset just after the paragraph (end-exclusive, like a slice)",
        "text": "the paragraph text",
    },
    "portrayal": {
        "article_id": "the article's id",
        "actor": "the actor as the article names it (canonical name)",
        "label": ("negative / neutral / positive, read from the score: negative below the model's neutral band, "
                  "positive above it, neutral inside (the band holds 0, so label and score never disagree)"),
        "score": "P(positive) - P(negative) with the base rates divided out, -1..1; 0 = leans neither way",
        "p_negative": "calibrated probability that readers call the portrayal negative (PerSenT base rates)",
        "p_neutral": "calibrated probability that readers call it neutral",
        "p_positive": "calibrated probability that readers call it positive",
        "n_mentions": "mentions of the actor in the article (int)",
        "n_sentences": "sentences with a scored mention or quote of the actor (int)",
        "author_score": "mean mention polarity (both engines) in the author's own sentences, NaN without any",
        "n_author": "sentences with a mention of the actor outside any quotation (int)",
        "quoted_score": "mean mention polarity inside other speakers' quotations (their view, not the author's)",
        "n_quoted": "sentences where others are quoted about the actor (int)",
        "speaker_score": "mean polarity of the actor's own quoted words, NaN without any",
        "n_speaker": "sentences with the actor's own quoted words (int)",
        "in_headline": "True when the headline names the actor",
        "evidence": "up to 3 sentences 's<id> <voice> <score>: <text>' joined by ' | '",
    },
    "quotes": {
        "article_id": "the article's id",
        "sentence_id": "0-based sentence holding ``start``",
        "start": "offset of the quoted words in Article.text (the content, for an indirect quote)",
        "end": "end of the quoted words (end-exclusive)",
        "quote": "the quoted words (the content, for an indirect quote)",
        "speaker": "canonical actor, or the descriptor phrase of an unnamed speaker; None when nobody",
        "cue": "lemma of the speech verb, 'according to' or ':' (None when nobody is credited)",
        "kind": "direct (all in quotation marks), mixed (reported clause with quoted words) or indirect",
        "polarity": "TextBlob polarity of the quoted words",
        "content_start": "offset of the reported content without the attribution, in Article.text",
        "content_end": "end of the reported content (end-exclusive)",
        "speaker_start": "offset of the speaker's mention in Article.text (None without one)",
        "speaker_end": "end of the speaker's mention (end-exclusive)",
        "speaker_type": "person, organisation, country, place, descriptor or document",
        "speaker_affiliation": "the actor a descriptor speaker names ('a Russian spokesman' -> Russia)",
        "cue_class": "what the cue reports: speech (said, told, according to), thought (believes, wants) "
                     "or stance (voted for, praised)",
        "withheld": "True for a report that words were not given ('declined to comment', 'would not say')",
    },
    "headline_mentions": {
        "article_id": "the article's id",
        "start": "offset into articles.headline (not Article.text)",
        "end": "end offset into articles.headline (end-exclusive)",
        "text": "the mention as the headline writes it",
        "label": "entity label, as in mentions",
        "actor": "the body's actor the headline mention names, else its own name",
        "kind": "name, country, descriptor or entity, as in mentions",
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
    out = out.loc[:, [*columns, *(c for c in extra if c in frame.columns)]].reset_index(drop=True)
    return out.astype(DTYPES[table]) if table in DTYPES else out


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
