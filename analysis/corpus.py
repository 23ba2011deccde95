"""Batch processing and the per-article store: articles in, every table out.

``build_corpus`` loads the articles, and every article the store does not hold yet is analysed in
a task (``analysis.extraction.analyse_batch``, run by ``store.tasks`` in this process or on a Dask
cluster), written as one segment of the store (``analysis.store``: one Parquet dataset per table,
partitioned by a bucket of the article key). The store lives under ``data/processed/<version
key>/`` (or ``NEWS_ANALYSIS_CACHE``, a folder or fsspec URL): the version key
(``analysis.version``) changes whenever the code that produces the tables, its data files or the
spaCy model change, so a new version re-processes everything; every row carries its article's key,
derived from the article's content and publication date, so adding or changing one article
re-processes only that article. A ``Corpus`` reads its tables from the store on first use, and
``Corpus.query()`` aggregates over the store in DuckDB without reading them into memory.
Opening a recorded corpus (``open_corpus``) neither loads the spaCy pipeline nor imports the
extractors: the model's name and version come from its package metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from . import articles, identity, paths, pipelines, tables, version
from . import errors as messages
from .ingest.language import languages_of, split_by_language
from .store import languages, manifest, tasks
from .store.keys import article_key
from .store.query import CorpusQuery
from .store.segments import EXTRA, Store
from .version import version_key

KEEP_VERSIONS = 3
CORPUS_ACTORS = "corpus_actors"
VERSION_FOLDER = re.compile(r"v[0-9][0-9A-Za-z.+]*-[0-9a-f]{12}")


def _table(name: str) -> property:
    """A Corpus attribute that returns table ``name`` (read from its source on first use)."""
    return property(lambda self: self.table(name), doc=f"The ``{name}`` table.")


@dataclass(frozen=True)
class FrameTables:
    """Article tables held in memory (a run without the store)."""

    frames: Mapping[str, pd.DataFrame]

    def table(self, name: str) -> pd.DataFrame:
        """Table ``name``."""
        return self.frames[name]

    def select(self, article_ids: Sequence[str]) -> FrameTables:
        """The tables of ``article_ids`` only."""
        keep = set(article_ids)
        return FrameTables({name: frame[frame["article_id"].isin(keep)].reset_index(drop=True)
                            for name, frame in self.frames.items()})


@dataclass(frozen=True, eq=False)
class StoreTables:
    """Article tables read from the store on first use, for the articles of ``manifest``
    (``article_id``, ``article_key``, ``path`` in load order, with their ``bucket`` and
    ``segment``), rows in load order."""

    store: Store
    manifest: pd.DataFrame
    parent: StoreTables | None = None
    read: dict[str, pd.DataFrame] = field(default_factory=dict)
    #: The fingerprint the manifest is recorded under (``store.manifest``); empty for a selection.
    key: str = ""

    def table(self, name: str) -> pd.DataFrame:
        """Table ``name`` (read once)."""
        if name not in self.read:
            self.read[name] = self._read(name)
        return self.read[name]

    def _read(self, name: str) -> pd.DataFrame:
        """Table ``name`` from the parent's rows (when read) or the store."""
        if self.parent is not None and name in self.parent.read:
            return _rows_of(self.parent.read[name], self.manifest["article_id"])
        stored = self.store.read(name, self.manifest)
        position = dict(zip(self.manifest["article_key"], range(len(self.manifest))))
        order = np.lexsort((stored["seq"].to_numpy(), stored["article_key"].map(position).to_numpy()))
        frame = stored.iloc[order]
        if name == "articles":
            frame = frame.assign(path=frame["article_key"].map(dict(zip(self.manifest["article_key"],
                                                                        self.manifest["path"]))))
        return tables.conform(frame, name)

    def select(self, article_ids: Sequence[str]) -> StoreTables:
        """The tables of ``article_ids`` only (from this source's rows once read, else pruned reads)."""
        picked = self.manifest[self.manifest["article_id"].isin(set(article_ids))].reset_index(drop=True)
        return StoreTables(self.store, picked, parent=self)


def _rows_of(frame: pd.DataFrame, article_ids: pd.Series) -> pd.DataFrame:
    """The rows of ``frame`` whose article is in ``article_ids`` (all rows when all are)."""
    if frame["article_id"].nunique() == len(article_ids):
        return frame
    return frame[frame["article_id"].isin(set(article_ids))].reset_index(drop=True)


@dataclass(frozen=True)
class Corpus:
    """Every table for a set of articles (see ``analysis.tables`` for the columns). Tables are
    attributes read from ``source`` on first use; ``query()`` aggregates without reading them."""

    errors: pd.DataFrame
    source: FrameTables | StoreTables
    model: str = ""
    processed: tuple[str, ...] = ()
    engine: str = ""
    #: The corpus this one was selected from, whose corpus actors (identities made over all its
    #: articles) this one's are a part of.
    whole: Corpus | None = field(default=None, repr=False, compare=False)

    articles = _table("articles")
    paragraphs = _table("paragraphs")
    sentences = _table("sentences")
    mentions = _table("mentions")
    actors = _table("actors")
    quotes = _table("quotes")
    mention_sentiment = _table("mention_sentiment")
    actor_sentiment = _table("actor_sentiment")
    portrayal = _table("portrayal")
    timexes = _table("timexes")
    events = _table("events")
    headline_mentions = _table("headline_mentions")

    def table(self, name: str) -> pd.DataFrame:
        """Table ``name`` (sentiment tables hold only ``engine``'s scores when one is chosen)."""
        if name not in tables.COLUMNS:
            raise messages.ConfigurationError(messages.UNKNOWN_TABLE.format(table=name, known=", ".join(tables.COLUMNS)))
        if name == "errors":
            return self.errors
        if name in tables.CORPUS_TABLES:
            return getattr(self, name)
        frame = self.source.table(name)
        return _only_engine(frame, self.engine) if self.engine and "engine" in frame.columns else frame

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables by name, in the order of ``analysis.tables.COLUMNS``."""
        return {name: self.table(name) for name in tables.COLUMNS}

    @cached_property
    def corpus_actors(self) -> pd.DataFrame:
        """Each per-article actor beside its corpus actor (``analysis.identity``): read where the
        corpus's manifest recorded them, else made (and recorded) on first use; in a selection,
        the whole corpus's rows of the selected articles."""
        if self.whole is not None:
            links = self.whole.corpus_actors
            return links[links["article_id"].isin(set(self.articles["article_id"]))].reset_index(drop=True)
        if not isinstance(self.source, StoreTables) or not self.source.key:
            return identity.corpus_actors(self.actors)
        found = manifest.read_derived(self.source.store, self.source.key, CORPUS_ACTORS, self._identity_digest())
        if found is not None:
            return tables.conform(found, CORPUS_ACTORS)
        with self.query() as query:
            links = identity.corpus_actors(query.ordered("actors", identity.INPUT_COLUMNS))
        manifest.write_derived(self.source.store, self.source.key, CORPUS_ACTORS, self._identity_digest(), links)
        return links

    def _identity_digest(self) -> str:
        """The record key of this corpus's corpus actors: the identity code's digest and the
        corpus's article keys (a rebuild that adds an article keeps the manifest's fingerprint)."""
        keys = "\n".join(self.source.manifest["article_key"].astype(str))
        return f"{version.identity_digest()}-{hashlib.sha256(keys.encode()).hexdigest()[:12]}"

    def corpus_actors_file(self) -> str | None:
        """The file (path or URL) recording the whole corpus's ``corpus_actors``, recorded now when
        missing; None for a corpus without a recorded manifest (in memory): query the frame then."""
        whole = self.whole or self
        if not isinstance(whole.source, StoreTables) or not whole.source.key:
            return None
        store = whole.source.store
        path = manifest.derived_path(store, whole.source.key, CORPUS_ACTORS, whole._identity_digest())
        if not store.fs.exists(path):
            whole.corpus_actors  # noqa: B018 - makes and records them
        return path if store.is_local() else store.fs.unstrip_protocol(path)

    def select(self, article_ids: Sequence[str]) -> Corpus:
        """Return a Corpus restricted to ``article_ids`` (errors are kept); its corpus actors keep the
        identities made over the whole corpus, made only when asked for (at 50,000 articles that
        reads every actor row, while the selection reads one bucket's files)."""
        return dataclasses.replace(self, source=self.source.select(article_ids), whole=self.whole or self)

    def with_engine(self, engine: str) -> Corpus:
        """Return a Corpus whose sentiment tables hold only ``engine``'s scores (one of ``tables.ENGINES``)."""
        return dataclasses.replace(self, engine=tables.check_engine(engine))

    def query(self) -> CorpusQuery:
        """The query layer over this corpus (DuckDB; aggregates without loading the tables)."""
        return CorpusQuery(self)


def _only_engine(frame: pd.DataFrame, engine: str) -> pd.DataFrame:
    return frame[frame["engine"] == engine].reset_index(drop=True)


def prune_versions(root: Path, current: Path, *, keep: int = KEEP_VERSIONS) -> list[Path]:
    """Mark the version folder ``current`` as used now and remove all but the ``keep`` most
    recently used version folders under ``root`` (other folders are never touched); return the
    removed ones. Each code change makes a new version, so old ones would pile up."""
    if current.is_dir():
        os.utime(current)
    versions = sorted((p for p in root.iterdir() if p.is_dir() and VERSION_FOLDER.fullmatch(p.name)),
                      key=lambda p: p.stat().st_mtime, reverse=True) if root.is_dir() else []
    stale = [p for p in versions[keep:] if p != current]
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return stale


def build_corpus(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
                 model: str | None = None, cache: bool = True,
                 cache_dir: str | os.PathLike[str] | None = None, jobs: int | None = None,
                 progress: bool = False, published: dt.date | None = None,
                 scheduler: str | None = None, all_languages: bool = False) -> Corpus:
    """Load articles from ``source`` and return every table, from the store where it is current.

    ``source`` is a folder, a glob, a file or a list of them (relative paths are taken from the
    project root). Uncached articles are analysed as Dask tasks (``store.tasks``): on the cluster
    at ``scheduler`` (or ``NEWS_ANALYSIS_SCHEDULER``), else locally on ``jobs`` worker processes
    (None: one per core; 1: in this process). ``cache_dir`` is a folder or fsspec URL.
    ``published`` overrides every article's publication date (the anchor for relative dates).
    Articles not in English are left out (each an errors row naming its language) unless
    ``all_languages``. An article whose analysis fails is left out too, with an errors row naming the step.
    """
    resolved_source = _resolve_source(source)
    loaded = _with_published(articles.load_articles(resolved_source), published)
    resolved, description = pipelines.resolve(model or None)
    engine = tasks.Engine.from_options(scheduler=scheduler, jobs=jobs)
    options = {"model": resolved, "engine": engine, "progress": progress}
    if not cache:
        return _built_in_memory(split_by_language(loaded, all_languages=all_languages), description, **options)
    store = open_store(cache_dir, description)
    batch = _split_languages(loaded, store, all_languages=all_languages)
    held = set(store.index()["article_key"])
    todo = [a for a in batch.articles if article_key(a) not in held]
    results = _analyse(todo, store_url=store.url, **options)
    batch = _without_failures(batch, results)
    errors = tables.conform(articles.errors_frame(batch.errors), "errors")
    store.compact({ref.bucket for r in results for ref in r.segments})
    listing = _manifest(batch, store.index())
    key = _fingerprint(resolved_source, published, all_languages)
    manifest.write(store, key, listing, errors=errors, model=description)
    return Corpus(errors, StoreTables(store, listing, key=key),
                  model=description, processed=tuple(a.article_id for a in todo))


def _analyse(todo: Sequence[articles.Article], *, store_url: str | None, model: str, engine: tasks.Engine,
             progress: bool) -> list[tasks.BatchResult]:
    """Analyse ``todo`` as tasks of ``engine`` (``extraction.analyse_batch``, imported only now:
    a corpus whose articles are all stored never imports the extractors or spaCy)."""
    if not todo:
        return []
    from . import extraction

    return tasks.run(tasks.plan(todo, batch_size=engine.batch_size), analyse=extraction.analyse_batch,
                     model=model, store_url=store_url, engine=engine, progress=progress)


def _built_in_memory(batch: articles.Batch, description: str, **options: object) -> Corpus:
    """The corpus of ``batch`` analysed without the store (``build_corpus(..., cache=False)``)."""
    results = _analyse(batch.articles, store_url=None, **options)
    batch = _without_failures(batch, results)
    errors = tables.conform(articles.errors_frame(batch.errors), "errors")
    frames = _in_load_order(batch, [r.frames for r in results])
    counts = frames["sentences"].groupby("article_id").size().to_dict()
    loaded = tables.conform(articles.articles_frame(batch.articles, n_sentences=counts), "articles")
    return Corpus(errors, FrameTables({"articles": loaded, **frames}),
                  model=description, processed=tuple(a.article_id for a in batch.articles))


def _split_languages(loaded: articles.Batch, store: Store, *, all_languages: bool) -> articles.Batch:
    """``split_by_language`` with each article's language read from the store where it was
    detected before (by article key), and the new ones recorded."""
    keys = {article.article_id: article_key(article) for article in loaded.articles}
    known = languages.read(store)
    found = languages_of(loaded.articles, known={aid: known[key] for aid, key in keys.items() if key in known})
    languages.write(store, {keys[aid]: value for aid, value in found.items()}, known=known)
    return split_by_language(loaded, all_languages=all_languages, languages=found)


def open_store(cache_dir: str | os.PathLike[str] | None, model: str) -> Store:
    """The store of the current analysis version under ``cache_dir`` (a folder or fsspec URL;
    default ``paths.CACHE_DIR``); on a local folder, old versions beyond ``KEEP_VERSIONS`` go."""
    base = str(cache_dir) if cache_dir else str(paths.CACHE_DIR)
    if "://" in base:
        return Store(f"{base.rstrip('/')}/{version_key(model)}")
    root = Path(base).resolve()
    current = root / version_key(model)
    current.mkdir(parents=True, exist_ok=True)
    prune_versions(root, current)
    return Store(str(current))


def _manifest(batch: articles.Batch, index: pd.DataFrame) -> pd.DataFrame:
    """The corpus manifest: each loaded article's id, key and path in load order, with the bucket
    and segment that hold it in the store."""
    listing = pd.DataFrame({"article_id": [a.article_id for a in batch.articles],
                            "article_key": [article_key(a) for a in batch.articles],
                            "path": [a.path for a in batch.articles]}, dtype=object)
    return _placed(listing, index)


def _placed(listing: pd.DataFrame, index: pd.DataFrame) -> pd.DataFrame:
    """``listing`` with the bucket and segment of each article in the store ``index`` (NA when absent)."""
    where = index.loc[:, ["article_key", "bucket", "segment"]].astype({"article_key": object})
    return listing.astype({"article_key": object}).merge(where, on="article_key", how="left", validate="one_to_one")


def _fingerprint(resolved_source: Sequence[str], published: dt.date | None, all_languages: bool) -> str:
    """The manifest key of a source: its files and the options that change the corpus."""
    return manifest.fingerprint(resolved_source, extra=f"{resolved_source}|{published}|{all_languages}")


def _without_failures(batch: articles.Batch, results: Sequence[tasks.BatchResult]) -> articles.Batch:
    """``batch`` without the articles whose analysis failed, their failures added to its errors."""
    failures = tuple(failure for result in results for failure in result.failures)
    failed = {failure.path for failure in failures}
    kept = tuple(article for article in batch.articles if article.path not in failed)
    return articles.Batch(kept, batch.errors + failures)


def _in_load_order(batch: articles.Batch, pieces: Sequence[Mapping[str, pd.DataFrame] | None]
                   ) -> dict[str, pd.DataFrame]:
    """Every article table from the batches' tables, rows grouped by article in load order."""
    position = {article.article_id: i for i, article in enumerate(batch.articles)}
    combined = {}
    for name in tables.ARTICLE_TABLES:
        frame = tables.concat([p[name] for p in pieces if p is not None], name, extra=EXTRA)
        order = np.lexsort((frame["seq"].to_numpy(), frame["article_id"].map(position).to_numpy()))
        combined[name] = tables.conform(frame.iloc[order], name)
    return combined


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


def open_corpus(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *, model: str | None = None,
                published: dt.date | None = None, cache_dir: str | os.PathLike[str] | None = None,
                all_languages: bool = False) -> Corpus | None:
    """The corpus of ``source`` as a previous ``build_corpus`` recorded it, without loading any
    article, or None when the files changed or the store no longer holds every article."""
    resolved_source = _resolve_source(source)
    store = open_store(cache_dir, pipelines.resolve(model or None)[1])
    key = _fingerprint(resolved_source, published, all_languages)
    found = manifest.read(store, key)
    if found is None:
        return None
    listing, errors, description = found
    listing = _placed(listing, store.index())
    if listing["segment"].isna().any():
        return None
    return Corpus(tables.conform(errors, "errors"), StoreTables(store, listing, key=key), model=description)


def load_corpus(articles_path: str | os.PathLike[str] = paths.ARTICLES_DIR, *, article_id: str = "",
                model: str = "", engine: str = "", published: str = "", all_languages: bool = False) -> Corpus:
    """The notebooks' entry point: the corpus for ``articles_path``, optionally one article and one engine.

    ``published`` (YYYY-MM-DD) overrides the publication dates; empty strings mean "not given".
    The corpus is opened from the store when a run recorded it (no article is loaded), else built.
    """
    override = dt.date.fromisoformat(published) if published else None
    corpus = (open_corpus(articles_path, model=model or None, published=override, all_languages=all_languages)
              or build_corpus(articles_path, model=model or None, published=override, all_languages=all_languages))
    if article_id:
        corpus = corpus.select([article_id])
    return corpus.with_engine(engine) if engine else corpus
