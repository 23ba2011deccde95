"""The analysis of parsed articles: every extractor on each article's one Doc, the stored tables out.

``analyse_batch`` is the task the store runs for a batch of uncached articles (``analysis.store.tasks``,
in this process or on a Dask worker): one ``nlp.pipe`` stream per batch, every extractor on each
article's one Doc (``analyse_rows``), each table built once per batch (``frames_from_rows``), with
the store's extra columns (``stored_frames``). An article whose analysis fails becomes an errors row
naming the step (``analysis_failure``). This module and what it imports are the code the analysis
version covers (``analysis.version``): reading, querying and reporting code lives elsewhere.
"""

from __future__ import annotations

import bisect
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from . import actors, articles, chronology, headlines, nlp, portrayal, quotes, sentiment, tables, timex
from . import errors as messages
from .articles import Article, LoadError
from .store.keys import article_key
from .store.segments import with_extra


Rows = dict[str, list[dict[str, object]]]


def _sentence_rows(doc: Doc, article: Article, para_starts: list[int]) -> list[dict[str, object]]:
    """Sentence rows with trimmed offsets, paragraph ids and whole-sentence sentiment."""
    blob, vader = (sentiment.sentence_sentiment(doc, engine=engine) for engine in sentiment.ENGINES)
    full_text, rows = nlp.doc_text(doc), []
    for sentence_id, (scored, scored_vader) in enumerate(zip(blob, vader)):
        raw = full_text[scored.start: scored.end]
        text = raw.strip()
        start = scored.start + len(raw) - len(raw.lstrip())
        rows.append({
            "article_id": article.article_id, "sentence_id": sentence_id, "start": start,
            "end": start + len(text), "text": text,
            "paragraph_id": max(bisect.bisect_right(para_starts, start) - 1, 0),
            "polarity_textblob": scored.polarity, "subjectivity_textblob": scored.subjectivity,
            "polarity_vader": scored_vader.polarity,
        })
    return rows


def _rows(records: Iterable[object], article_id: str, index: nlp.SentenceIndex | None = None, *,
          offset: str = "start", **constants: object) -> list[dict[str, object]]:
    """Records as table rows with the article id, constants and (given ``index``) the sentence id
    of each record's ``offset``."""
    rows = [{"article_id": article_id, **constants, **tables.as_row(r)} for r in records]
    if index is not None:
        for row in rows:
            row["sentence_id"] = index.at(row[offset])
    return rows


def _event_rows(events: Iterable[chronology.Event], article_id: str) -> list[dict[str, object]]:
    """Event records as rows of the ``events`` table (the record's ``event_class`` is its ``class``)."""
    rows = _rows(events, article_id)
    for row in rows:
        row["class"] = row.pop("event_class")
    return rows


def _mention_sentiment_rows(doc: Doc, article_id: str, index: nlp.SentenceIndex, mentions: list,
                            quote_list: list) -> list[dict[str, object]]:
    """Mention-level sentiment rows for every engine (their aggregate is built per batch)."""
    scored = sentiment.mention_sentiment_all(doc, mentions, quote_list, engines=sentiment.ENGINES)
    return [row for engine in sentiment.ENGINES
            for row in _rows(scored[engine], article_id, index, engine=engine)]


def analyse_rows(article: Article, doc: Doc, *, headline: Doc | None = None) -> Rows:
    """Run every extractor on one parsed article; its rows per table (all but ``paragraphs`` and
    ``actor_sentiment``, which ``frames_from_rows`` derives for a whole batch at once). ``headline``
    is the article's parsed headline (``headlines.parse_headlines``), parsed here when not given."""
    index, aid = nlp.SentenceIndex(doc), article.article_id
    if headline is None and article.headline:
        headline = headlines.headline_doc(article.headline, nlp.doc_text(doc))
    mentions = actors.extract_mentions(doc)
    quote_list = quotes.extract_quotes(doc, mentions)
    anchor = articles.anchor_date(article)
    timex_list = timex.tag_doc(doc, anchor=anchor)
    quote_rows = [{**tables.as_row(q), "polarity": sentiment.polarity(q.quote), "cue_class": quotes.cue_class(q.cue)}
                  for q in quote_list]
    rows = {
        "sentences": _sentence_rows(doc, article, articles.paragraph_starts(article)),
        "mentions": _rows(mentions, aid, index),
        "actors": _rows(actors.summarize_actors(doc, mentions), aid),
        "quotes": _rows(quote_rows, aid, index),
        "mention_sentiment": _mention_sentiment_rows(doc, aid, index, mentions, quote_list),
    }
    return {
        **rows,
        "portrayal": _rows(portrayal.portrayal_rows(headline=article.headline, **{
            name: rows[name] for name in ("sentences", "actors", "mention_sentiment", "quotes")}), aid),
        "timexes": _rows(timex_list, aid, index),
        "events": _event_rows(chronology.article_events(doc, timex_list, mentions, headline=headline,
                                                        published=anchor), aid),
        "headline_mentions": _rows(_headline_mentions(article, mentions, headline), aid),
    }


def _headline_mentions(article: Article, mentions: list, parsed: Doc | None) -> list:
    """The headline's actor mentions (``analysis.headlines``), none without a headline."""
    if not article.headline or parsed is None:
        return []
    return headlines.headline_mentions(parsed, mentions, article.headline)


def _actor_sentiment(mention_sentiment: pd.DataFrame) -> pd.DataFrame:
    """The ``actor_sentiment`` table of a batch: mention rows aggregated per article and engine."""
    frames = [sentiment.actor_sentiment(mention_sentiment[mention_sentiment["engine"] == engine], engine=engine)
              for engine in sentiment.ENGINES]
    return tables.concat(frames, "actor_sentiment")


def frames_from_rows(batch: Sequence[Article], rows: Sequence[Rows]) -> dict[str, pd.DataFrame]:
    """Every article table (``ARTICLE_TABLES``) of ``batch`` from its articles' rows, in order."""
    frames = {"paragraphs": tables.conform(articles.paragraphs_frame(batch), "paragraphs")}
    for name in rows[0] if rows else ():
        frames[name] = tables.from_rows([row for one in rows for row in one[name]], name)
    if rows:
        frames["actor_sentiment"] = _actor_sentiment(frames["mention_sentiment"])
    return {name: frames.get(name, tables.empty(name)) for name in tables.ARTICLE_TABLES}


def analyse_doc(article: Article, doc: Doc) -> dict[str, pd.DataFrame]:
    """Every table of one parsed article (``ARTICLE_TABLES``)."""
    return frames_from_rows([article], [analyse_rows(article, doc)])


def analyse_batch(batch: Sequence[Article], model: str) -> tuple[dict[str, pd.DataFrame], tuple[LoadError, ...]]:
    """Parse and analyse ``batch`` in one ``nlp.pipe`` stream: every stored table
    (``store.STORED_TABLES``, the ``articles`` table included) with the store's extra columns, for
    the articles whose analysis succeeded, and an errors row for each one whose analysis failed."""
    language = nlp.load_model(model or None)
    done: list[Article] = []
    rows: list[Rows] = []
    failed: list[LoadError] = []
    parsed = nlp.parse((a.text for a in batch), nlp=language)
    headline_docs = headlines.parse_headlines(batch, nlp=language)
    for article, doc in zip(batch, parsed):
        try:
            rows.append(analyse_rows(article, doc, headline=headline_docs.get(article.article_id)))
            done.append(article)
        except messages.AnalysisError:
            raise
        except Exception as exc:  # one article's failure is its errors row, never the batch's end
            failed.append(analysis_failure(article, exc))
    return stored_frames(done, rows), tuple(failed)


def analysis_failure(article: Article, exc: Exception) -> LoadError:
    """The errors row of an article whose analysis raised ``exc``, naming the step: the extractor
    ``analyse_rows`` called when it failed (e.g. ``timex.tag_doc``), else the innermost function."""
    frames = traceback.extract_tb(exc.__traceback__)
    at = next((i for i, frame in enumerate(frames) if frame.name == "analyse_rows"), len(frames) - 1)
    frame = frames[min(at + 1, len(frames) - 1)]
    step = f"{Path(frame.filename).stem}.{frame.name}"
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())
    return LoadError(article.path, messages.ANALYSIS_FAILED.format(step=step, detail=detail))


def stored_frames(batch: Sequence[Article], rows: Sequence[Rows]) -> dict[str, pd.DataFrame]:
    """The tables of ``batch`` as the store holds them: ``frames_from_rows`` plus the articles
    table, each row with the store's extra columns (key, publication date, order)."""
    frames = frames_from_rows(batch, rows)
    n_sentences = frames["sentences"].groupby("article_id").size().to_dict()
    frames["articles"] = tables.conform(articles.articles_frame(batch, n_sentences=n_sentences), "articles")
    keys = {a.article_id: article_key(a) for a in batch}
    dates = {a.article_id: a.published for a in batch}
    return {name: with_extra(frame, keys, dates) for name, frame in frames.items()}
