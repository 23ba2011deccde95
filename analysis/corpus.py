"""Batch processing and the per-article cache: articles in, every table out.

``build_corpus`` loads the articles, parses each uncached one once with spaCy (``nlp.pipe``), runs
every extractor on that one Doc, and stores the article's tables as Parquet under
``data/processed/<version key>/<article key>/``. The version key changes whenever the analysis
code, its data files or the spaCy model change, so a new version re-processes everything; the
article key is derived from the article's content and publication date, so adding or changing
one article re-processes only that article. A cache entry is written to a temporary folder and
renamed into place, so an interrupted run never leaves a half-written entry behind.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from . import __version__, actors, articles, chronology, nlp, paths, quotes, sentiment, tables, timex
from .articles import Article

CACHE_FORMAT = "1"


@dataclass(frozen=True)
class Corpus:
    """Every table for a set of articles (see ``analysis.tables`` for the columns)."""

    articles: pd.DataFrame
    errors: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame
    mention_sentiment: pd.DataFrame
    actor_sentiment: pd.DataFrame
    timexes: pd.DataFrame
    events: pd.DataFrame
    model: str = ""
    processed: tuple[str, ...] = ()

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables by name, in the order of ``analysis.tables.COLUMNS``."""
        return {name: getattr(self, name) for name in tables.COLUMNS}

    def select(self, article_ids: Sequence[str]) -> Corpus:
        """Return a Corpus restricted to ``article_ids`` (errors are kept)."""
        keep = set(article_ids)
        picked = {name: frame[frame["article_id"].isin(keep)].reset_index(drop=True)
                  for name, frame in self.tables().items() if name != "errors"}
        return dataclasses.replace(self, **picked)

    def with_engine(self, engine: str) -> Corpus:
        """Return a Corpus whose sentiment tables hold only ``engine``'s scores."""
        sentiment.check_engine(engine)
        return dataclasses.replace(
            self,
            mention_sentiment=_only_engine(self.mention_sentiment, engine),
            actor_sentiment=_only_engine(self.actor_sentiment, engine),
        )


def _only_engine(frame: pd.DataFrame, engine: str) -> pd.DataFrame:
    return frame[frame["engine"] == engine].reset_index(drop=True)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of the package's source and data files: any change gives a new cache version."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".yaml", ".csv", ".tsv"}:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def version_key(model: str) -> str:
    """Cache version: analysis version, code digest and spaCy model, as a folder name."""
    raw = f"{__version__}|{code_digest()}|{model}"
    return f"v{__version__}-" + hashlib.sha256(raw.encode()).hexdigest()[:12]


def article_key(article: Article) -> str:
    """Cache key of one article: its content id plus what else changes the analysis (the date)."""
    published = article.published.isoformat() if article.published else ""
    raw = f"{article.article_id}|{published}|{article.headline}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def _sentences(doc: Doc, article: Article, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Sentence rows with trimmed offsets, paragraph ids and whole-sentence sentiment."""
    para_starts = paragraphs["start"].tolist()
    scores = {engine: {s.start: s for s in sentiment.sentence_sentiment(doc, engine=engine)}
              for engine in sentiment.ENGINES}
    rows = []
    for sentence_id, sent in enumerate(doc.sents):
        text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        blob, vader = scores["textblob"].get(sent.start_char), scores["vader"].get(sent.start_char)
        rows.append({
            "sentence_id": sentence_id, "start": start, "end": start + len(text), "text": text,
            "paragraph_id": max(bisect.bisect_right(para_starts, start) - 1, 0),
            "polarity_textblob": blob.polarity if blob else None,
            "subjectivity_textblob": blob.subjectivity if blob else None,
            "polarity_vader": vader.polarity if vader else None,
        })
    return tables.from_records(rows, "sentences", article_id=article.article_id)


def _with_sentence(records: Iterable[object], table: str, article_id: str,
                   index: nlp.SentenceIndex, *, offset: str = "start", **constants: object) -> pd.DataFrame:
    """Records to a table, adding article_id and the sentence_id of each record's offset."""
    rows = [{**tables.as_row(r), "sentence_id": index.at(getattr(r, offset))} for r in records]
    return tables.from_records(rows, table, article_id=article_id, **constants)


def _sentiment_tables(doc: Doc, article_id: str, index: nlp.SentenceIndex, mentions: list,
                      quote_list: list) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mention-level sentiment for every engine, and its aggregate per actor and role."""
    scored = sentiment.mention_sentiment_all(doc, mentions, quote_list, engines=sentiment.ENGINES)
    frames = [_with_sentence(scored[engine], "mention_sentiment", article_id, index, engine=engine)
              for engine in sentiment.ENGINES]
    sentence_text = {i: s.text.strip() for i, s in enumerate(index.sentences)}
    aggregated = [
        sentiment.actor_sentiment(frame.assign(sentence=frame["sentence_id"].map(sentence_text)))
        .assign(engine=engine)
        for engine, frame in zip(sentiment.ENGINES, frames)
    ]
    return tables.concat(frames, "mention_sentiment"), tables.concat(aggregated, "actor_sentiment")


def analyse_doc(article: Article, doc: Doc) -> dict[str, pd.DataFrame]:
    """Run every extractor on one parsed article and return its tables (``ARTICLE_TABLES``)."""
    index, aid = nlp.SentenceIndex(doc), article.article_id
    paragraphs = tables.conform(articles.paragraphs_frame([article]), "paragraphs")
    mentions = actors.extract_mentions(doc)
    quote_list = quotes.extract_quotes(doc, mentions)
    timex_list = timex.tag_doc(doc, anchor=article.published)
    mention_scores, actor_scores = _sentiment_tables(doc, aid, index, mentions, quote_list)
    quote_rows = [{**tables.as_row(q), "polarity": sentiment.polarity(q.quote)} for q in quote_list]
    return {
        "paragraphs": paragraphs,
        "sentences": _sentences(doc, article, paragraphs),
        "mentions": _with_sentence(mentions, "mentions", aid, index),
        "actors": tables.from_records(actors.summarize_actors(doc, mentions), "actors", article_id=aid),
        "quotes": tables.from_records(
            [{**row, "sentence_id": index.at(row["start"])} for row in quote_rows], "quotes", article_id=aid),
        "mention_sentiment": mention_scores,
        "actor_sentiment": actor_scores,
        "timexes": _with_sentence(timex_list, "timexes", aid, index),
        "events": tables.from_records(chronology.extract_events(doc, timex_list, mentions), "events",
                                      article_id=aid),
    }


def _entry(root: Path, article: Article) -> Path:
    """The cache folder of one article inside a version folder."""
    return root / article_key(article)


def read_cached(entry: Path) -> dict[str, pd.DataFrame] | None:
    """Return an article's cached tables, or None when the entry is missing or incomplete."""
    files = {name: entry / f"{name}.parquet" for name in tables.ARTICLE_TABLES}
    if not all(path.is_file() for path in files.values()):
        return None
    return {name: tables.conform(pd.read_parquet(path), name) for name, path in files.items()}


def write_cached(entry: Path, frames: Mapping[str, pd.DataFrame]) -> None:
    """Write an article's tables atomically: into a temporary folder, then rename it into place."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{entry.name}-", dir=entry.parent))
    try:
        for name, frame in frames.items():
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        if entry.exists():
            shutil.rmtree(entry)
        os.replace(staging, entry)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


PACK_POINTER = "pack.json"


def read_pack(root: Path, wanted: set[str]) -> tuple[set[str], dict[str, pd.DataFrame]]:
    """The consolidated cache of a version: which ``wanted`` article keys it holds, and their rows.

    A pack is every article table of the last run in one Parquet file per table (with an
    ``article_key`` column), so a warm run reads a few files instead of several per article. Any
    problem reading it just means "no pack": the per-article entries are still there.
    """
    try:
        folder = root / json.loads((root / PACK_POINTER).read_text(encoding="utf-8"))["folder"]
        held = set(pd.read_parquet(folder / "keys.parquet")["article_key"]) & wanted
        frames = {name: pd.read_parquet(folder / f"{name}.parquet") for name in tables.ARTICLE_TABLES}
    except (OSError, ValueError, KeyError, TypeError):
        return set(), {}
    return held, {name: frame[frame["article_key"].isin(held)].drop(columns="article_key")
                  for name, frame in frames.items()}


def write_pack(root: Path, frames: Mapping[str, pd.DataFrame], keys: Mapping[str, str]) -> None:
    """Write the pack for ``keys`` (article_id -> article key) atomically and point to it."""
    folder = root / ("pack-" + hashlib.sha256("|".join(sorted(keys.values())).encode()).hexdigest()[:16])
    if not folder.is_dir():
        staging = Path(tempfile.mkdtemp(prefix=".pack-", dir=root))
        try:
            for name, frame in frames.items():
                frame.assign(article_key=frame["article_id"].map(keys)).to_parquet(
                    staging / f"{name}.parquet", index=False)
            pd.DataFrame({"article_key": sorted(keys.values())}).to_parquet(staging / "keys.parquet", index=False)
            os.replace(staging, folder)
        except OSError:
            return
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    pointer = root / f".{PACK_POINTER}.{os.getpid()}"
    pointer.write_text(json.dumps({"folder": folder.name}), encoding="utf-8")
    os.replace(pointer, root / PACK_POINTER)
    for old in root.glob("pack-*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)


def _process(batch: Sequence[Article], model: str, cache_dir: Path | None) -> Iterator[dict[str, pd.DataFrame]]:
    """Parse and analyse ``batch`` in one ``nlp.pipe`` stream, caching each article as it finishes."""
    language = nlp.load_model(model or None)
    for article, doc in zip(batch, nlp.parse((a.text for a in batch), nlp=language)):
        frames = analyse_doc(article, doc)
        if cache_dir is not None:
            write_cached(_entry(cache_dir, article), frames)
        yield frames


def _process_list(batch: Sequence[Article], model: str, cache_dir: Path | None) -> list[dict[str, pd.DataFrame]]:
    """Worker entry point for ``jobs > 1`` (materialises ``_process`` for pickling)."""
    return list(_process(batch, model, cache_dir))


def _chunks(items: Sequence[Article], jobs: int) -> list[list[Article]]:
    """Split articles into ``jobs`` interleaved chunks of similar size, keeping order within each."""
    return [list(items[i::jobs]) for i in range(jobs) if items[i::jobs]]


def _analyse_all(todo: Sequence[Article], model: str, cache_dir: Path | None, *, jobs: int,
                 progress: bool) -> dict[str, dict[str, pd.DataFrame]]:
    """Analyse uncached articles, in this process or in ``jobs`` worker processes."""
    if jobs <= 1 or len(todo) < 2:
        stream = zip(todo, _process(todo, model, cache_dir))
        bar = _progress(stream, total=len(todo), enabled=progress)
        return {article.article_id: frames for article, frames in bar}
    chunks = _chunks(todo, jobs)
    with ProcessPoolExecutor(max_workers=len(chunks)) as pool:
        futures = [pool.submit(_process_list, chunk, model, cache_dir) for chunk in chunks]
        done = [future.result() for future in _progress(futures, total=len(futures), enabled=progress)]
    return {a.article_id: f for chunk, frames in zip(chunks, done) for a, f in zip(chunk, frames)}


def _progress(items: Iterable, *, total: int, enabled: bool) -> Iterable:
    """Wrap ``items`` in a tqdm bar when ``enabled``."""
    if not enabled:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, total=total, unit="article", desc="analysing")


def build_corpus(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
                 model: str | None = None, cache: bool = True, cache_dir: Path | None = None,
                 jobs: int = 1, progress: bool = False, published: dt.date | None = None) -> Corpus:
    """Load articles from ``source`` and return every table, from the cache where it is current.

    ``source`` is a folder, a glob, a file or a list of them (relative paths are taken from the
    project root). ``jobs`` > 1 analyses uncached articles in that many processes. ``published``
    overrides every article's publication date (the anchor for relative dates).
    """
    batch = _with_published(articles.load_articles(_resolve_source(source)), published)
    language = nlp.load_model(model or None)
    resolved, description = language.meta["_resolved_name"], nlp.model_description(language)
    where = (cache_dir or paths.CACHE_DIR) / version_key(description) if cache else None
    keys = {article.article_id: article_key(article) for article in batch.articles}
    packed, pack_frames = read_pack(where, set(keys.values())) if where else (set(), {})
    per_article: dict[str, dict[str, pd.DataFrame]] = {}
    todo: list[Article] = []
    for article in (a for a in batch.articles if keys[a.article_id] not in packed):
        cached = read_cached(_entry(where, article)) if where else None
        if cached is None:
            todo.append(article)
        else:
            per_article[article.article_id] = cached
    fresh = _analyse_all(todo, resolved, where, jobs=jobs, progress=progress)
    frames = _combine(batch, pack_frames, {**per_article, **fresh})
    if where is not None and (per_article or fresh or len(packed) < len(keys)):
        write_pack(where, frames, keys)
    return _assemble(batch, frames, model=description, processed=tuple(fresh))


def _with_published(batch: articles.Batch, published: dt.date | None) -> articles.Batch:
    """Replace every article's publication date when an override is given."""
    if published is None:
        return batch
    changed = tuple(dataclasses.replace(article, published=published) for article in batch.articles)
    return dataclasses.replace(batch, articles=changed)


def _resolve_source(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """Resolve relative paths (and globs) against the project root, never the cwd."""
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    return [str(paths.resolve(item)) for item in items]


def _combine(batch: articles.Batch, packed: Mapping[str, pd.DataFrame],
             per_article: Mapping[str, Mapping[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Every article table for the batch, rows grouped by article in load order."""
    position = {article.article_id: i for i, article in enumerate(batch.articles)}
    combined = {}
    for name in tables.ARTICLE_TABLES:
        pieces = [packed[name]] if name in packed else []
        frame = tables.concat(pieces + [frames[name] for frames in per_article.values()], name)
        order = frame["article_id"].map(position).to_numpy()
        combined[name] = frame.iloc[order.argsort(kind="stable")].reset_index(drop=True)
    return combined


def _assemble(batch: articles.Batch, frames: Mapping[str, pd.DataFrame], *,
              model: str, processed: tuple[str, ...]) -> Corpus:
    """The Corpus: the article tables plus the articles and errors tables."""
    n_sentences = frames["sentences"].groupby("article_id").size().to_dict()
    article_frame = articles.articles_frame(batch.articles, n_sentences=n_sentences)
    return Corpus(
        articles=tables.conform(article_frame, "articles"),
        errors=tables.conform(articles.errors_frame(batch.errors), "errors"),
        model=model, processed=processed, **frames,
    )


def load_corpus(articles_path: str | os.PathLike[str] = paths.ARTICLES_DIR, *, article_id: str = "",
                model: str = "", engine: str = "", published: str = "") -> Corpus:
    """The notebooks' entry point: the corpus for ``articles_path``, optionally one article and one engine.

    ``published`` (YYYY-MM-DD) overrides the publication dates; empty strings mean "not given".
    """
    override = dt.date.fromisoformat(published) if published else None
    corpus = build_corpus(articles_path, model=model or None, published=override)
    if article_id:
        corpus = corpus.select([article_id])
    return corpus.with_engine(engine) if engine else corpus
