"""Batch processing and the per-article cache: articles in, every table out.

``build_corpus`` loads the articles, parses each uncached one once with spaCy (``nlp.pipe``), runs
every extractor on that one Doc (``analyse_rows``), and builds each table once per run of
``SEGMENT_SIZE`` articles (``frames_from_rows``). The cache lives under
``data/processed/<version key>/``: the version key changes whenever the analysis code, its data
files or the spaCy model change, so a new version re-processes everything; every row carries its
article's key, derived from the article's content and publication date, so adding or changing one
article re-processes only that article. Each run of analysed articles is written as a segment
(``seg-*/``, one Parquet file per table) into a temporary folder and renamed into place, so an
interrupted run keeps its finished segments and never leaves a half-written one; once a version
has more than ``MAX_SEGMENTS`` segments, or an unreadable one, they are merged into one
(``compact``), so a re-run only adds a segment and a warm run reads a few files."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from . import __version__, articles, identity, nlp, paths, tables
from .articles import Article
from . import errors
from .ingest.language import split_by_language

if TYPE_CHECKING:
    from spacy.tokens import Doc

CACHE_FORMAT = "2"
KEEP_VERSIONS = 3
VERSION_FOLDER = re.compile(r"v[0-9][0-9A-Za-z.+]*-[0-9a-f]{12}")
#: Folders of the package that only present the tables (reports and their templates): left out
#: of the code digest, so changing a report does not re-analyse the corpus.
PRESENTATION_FOLDERS = ("reports", "templates", "__main__.py")


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

    @cached_property
    def corpus_actors(self) -> pd.DataFrame:
        """Each per-article actor beside its corpus actor (``analysis.identity``), made on first use."""
        return identity.corpus_actors(self.actors)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables by name, in the order of ``analysis.tables.COLUMNS``."""
        return {name: getattr(self, name) for name in tables.COLUMNS}

    def select(self, article_ids: Sequence[str]) -> Corpus:
        """Return a Corpus restricted to ``article_ids`` (errors are kept); the corpus actors keep
        the identities made over the whole corpus."""
        keep = set(article_ids)
        picked = {name: frame[frame["article_id"].isin(keep)].reset_index(drop=True)
                  for name, frame in self.tables().items() if name not in ("errors", *tables.CORPUS_TABLES)}
        selected = dataclasses.replace(self, **picked)
        links = self.corpus_actors
        vars(selected)["corpus_actors"] = links[links["article_id"].isin(keep)].reset_index(drop=True)
        return selected

    def with_engine(self, engine: str) -> Corpus:
        """Return a Corpus whose sentiment tables hold only ``engine``'s scores."""
        from . import sentiment

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
        if path.relative_to(package).parts[0] in PRESENTATION_FOLDERS:
            continue
        if path.is_file() and path.suffix in {".py", ".json", ".yaml", ".csv", ".tsv"}:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def version_key(model: str) -> str:
    """Cache version: analysis version, code digest and spaCy model, as a folder name."""
    raw = f"{__version__}|{code_digest()}|{model}"
    return f"v{__version__}-" + hashlib.sha256(raw.encode()).hexdigest()[:12]


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


def article_key(article: Article) -> str:
    """Cache key of one article: its content id plus what else changes the analysis (the date)."""
    published = article.published.isoformat() if article.published else ""
    raw = f"{article.article_id}|{published}|{article.headline}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


Rows = dict[str, list[dict[str, object]]]


def _sentence_rows(doc: Doc, article: Article, para_starts: list[int]) -> list[dict[str, object]]:
    """Sentence rows with trimmed offsets, paragraph ids and whole-sentence sentiment."""
    from . import sentiment

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


def _mention_sentiment_rows(doc: Doc, article_id: str, index: nlp.SentenceIndex, mentions: list,
                            quote_list: list) -> list[dict[str, object]]:
    """Mention-level sentiment rows for every engine (their aggregate is built per batch)."""
    from . import sentiment

    scored = sentiment.mention_sentiment_all(doc, mentions, quote_list, engines=sentiment.ENGINES)
    return [row for engine in sentiment.ENGINES
            for row in _rows(scored[engine], article_id, index, engine=engine)]


def analyse_rows(article: Article, doc: Doc) -> Rows:
    """Run every extractor on one parsed article; its rows per table (all but ``paragraphs`` and
    ``actor_sentiment``, which ``frames_from_rows`` derives for a whole batch at once). The
    extractors are imported here, when an article is analysed: a run from the cache needs none."""
    from . import actors, chronology, quotes, sentiment, timex

    index, aid = nlp.SentenceIndex(doc), article.article_id
    mentions = actors.extract_mentions(doc)
    quote_list = quotes.extract_quotes(doc, mentions)
    timex_list = timex.tag_doc(doc, anchor=articles.anchor_date(article))
    quote_rows = [{**tables.as_row(q), "polarity": sentiment.polarity(q.quote)} for q in quote_list]
    return {
        "sentences": _sentence_rows(doc, article, articles.paragraph_starts(article)),
        "mentions": _rows(mentions, aid, index),
        "actors": _rows(actors.summarize_actors(doc, mentions), aid),
        "quotes": _rows(quote_rows, aid, index),
        "mention_sentiment": _mention_sentiment_rows(doc, aid, index, mentions, quote_list),
        "timexes": _rows(timex_list, aid, index),
        "events": _rows(chronology.extract_events(doc, timex_list, mentions), aid),
    }


def _actor_sentiment(mention_sentiment: pd.DataFrame) -> pd.DataFrame:
    """The ``actor_sentiment`` table of a batch: mention rows aggregated per article and engine."""
    from . import sentiment

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


SEGMENT_SIZE = 128
MAX_SEGMENTS = 8
KEYS_FILE = "keys.parquet"


class Segment(NamedTuple):
    """Tables of a run of analysed articles (with ``article_key``), how many, and their cache folder."""

    frames: dict[str, pd.DataFrame]
    n_articles: int
    folder: Path | None
    failures: tuple[articles.LoadError, ...] = ()


def segment_folder(root: Path, keys: Iterable[str]) -> Path:
    """The folder of the segment holding exactly the article ``keys``."""
    return root / ("seg-" + hashlib.sha256("|".join(sorted(set(keys))).encode()).hexdigest()[:16])


def write_segment(root: Path, frames: Mapping[str, pd.DataFrame], keys: Iterable[str]) -> Path:
    """Write the tables of the articles ``keys`` (frames with an ``article_key`` column) as one
    cache segment, a folder with one Parquet file per table, named from its keys. It is written
    into a temporary folder and renamed into place, so an interrupted run leaves no half-written
    segment behind."""
    keys = sorted(set(keys))
    folder = segment_folder(root, keys)
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".seg-", dir=root))
    try:
        for name, frame in frames.items():
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        pd.DataFrame({"article_key": keys}).to_parquet(staging / KEYS_FILE, index=False)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def read_segment(folder: Path) -> dict[str, pd.DataFrame] | None:
    """Every table of one segment (with ``article_key``), or None when it cannot be read."""
    try:
        frames = {name: pd.read_parquet(folder / f"{name}.parquet") for name in tables.ARTICLE_TABLES}
        frames[KEYS_FILE] = pd.read_parquet(folder / KEYS_FILE)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return frames


def read_segments(root: Path) -> tuple[list[Path], list[Path], dict[str, pd.DataFrame]]:
    """The segment folders of a cache version, the unreadable ones among them, and the rows of
    the readable ones, one copy per article key (the first segment holding a key wins); an
    unreadable segment counts as absent (and goes at the next compaction)."""
    folders = sorted(root.glob("seg-*")) if root.is_dir() else []
    pieces, seen, broken = [], set(), []
    for folder in folders:
        frames = read_segment(folder)
        if frames is None:
            broken.append(folder)
            continue
        held = set(frames.pop(KEYS_FILE)["article_key"]) - seen
        seen |= held
        pieces.append({name: frame[frame["article_key"].isin(held)] for name, frame in frames.items()})
    return folders, broken, {name: tables.concat([p[name] for p in pieces], name, extra=("article_key",))
                             for name in tables.ARTICLE_TABLES}


def needs_compaction(folders: Sequence[Path], broken: Sequence[Path]) -> bool:
    """Merge a version's segments once there are more than ``MAX_SEGMENTS`` or one is unreadable;
    until then a run adds its own segments and rewrites nothing (a warm run reads a few files)."""
    return len(folders) > MAX_SEGMENTS or bool(broken)


def compact(root: Path, folders: Sequence[Path], frames: Mapping[str, pd.DataFrame]) -> None:
    """Replace the segments ``folders`` of a cache version by one holding all of ``frames``, so
    a warm run reads one file per table."""
    keys = {key for frame in frames.values() for key in frame["article_key"]}
    if [segment_folder(root, keys)] == list(folders):
        return
    merged = write_segment(root, frames, keys)
    for folder in folders:
        if folder != merged:
            shutil.rmtree(folder, ignore_errors=True)


def _process(batch: Sequence[Article], model: str, cache_dir: Path | None) -> Iterator[Segment]:
    """Parse and analyse ``batch`` in one ``nlp.pipe`` stream; yield a ``Segment`` for each run
    of ``SEGMENT_SIZE`` articles, cached as one segment folder when ``cache_dir`` is given."""
    language = nlp.load_model(model or None)
    done: list[Article] = []
    rows: list[Rows] = []
    failed: list[articles.LoadError] = []
    parsed = nlp.parse((a.text for a in batch), nlp=language)
    for position, (article, doc) in enumerate(zip(batch, parsed), start=1):
        try:
            rows.append(analyse_rows(article, doc))
            done.append(article)
        except errors.AnalysisError:
            raise
        except Exception as exc:  # one article's failure is its errors row, never the batch's end
            failed.append(analysis_failure(article, exc))
        if len(done) + len(failed) == SEGMENT_SIZE or position == len(batch):
            keys = {a.article_id: article_key(a) for a in done}
            frames = {n: f.assign(article_key=f["article_id"].map(keys))
                      for n, f in frames_from_rows(done, rows).items()}
            folder = write_segment(cache_dir, frames, keys.values()) if cache_dir is not None and done else None
            yield Segment(frames, len(done) + len(failed), folder, tuple(failed))
            done, rows, failed = [], [], []


def analysis_failure(article: Article, exc: Exception) -> articles.LoadError:
    """The errors row of an article whose analysis raised ``exc``, naming the step: the extractor
    ``analyse_rows`` called when it failed (e.g. ``timex.tag_doc``), else the innermost function."""
    frames = traceback.extract_tb(exc.__traceback__)
    at = next((i for i, frame in enumerate(frames) if frame.name == "analyse_rows"), len(frames) - 1)
    frame = frames[min(at + 1, len(frames) - 1)]
    step = f"{Path(frame.filename).stem}.{frame.name}"
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())
    return articles.LoadError(article.path, errors.ANALYSIS_FAILED.format(step=step, detail=detail))


def _process_list(batch: Sequence[Article], model: str, cache_dir: Path | None) -> list[Segment]:
    """Worker entry point for ``jobs > 1`` (materialises ``_process`` for pickling)."""
    return list(_process(batch, model, cache_dir))


def _chunks(items: Sequence[Article], jobs: int) -> list[list[Article]]:
    """Split articles into ``jobs`` interleaved chunks of similar size, keeping order within each."""
    return [list(items[i::jobs]) for i in range(jobs) if items[i::jobs]]


def _analyse_all(todo: Sequence[Article], model: str, cache_dir: Path | None, *, jobs: int,
                 progress: bool) -> list[Segment]:
    """Analyse uncached articles, in this process or in ``jobs`` worker processes, in segments of
    up to ``SEGMENT_SIZE`` articles."""
    if not todo:
        return []
    bar = _progress(total=len(todo), enabled=progress)
    if jobs <= 1 or len(todo) < 2:
        segments = [_advance(bar, step) for step in _process(todo, model, cache_dir)]
    else:
        chunks = _chunks(todo, jobs)
        with ProcessPoolExecutor(max_workers=len(chunks)) as pool:
            futures = [pool.submit(_process_list, chunk, model, cache_dir) for chunk in chunks]
            segments = [_advance(bar, step) for future in as_completed(futures) for step in future.result()]
    if bar is not None:
        bar.close()
    return segments


def _advance(bar: object | None, segment: Segment) -> Segment:
    """Move the progress bar (if any) by a segment's article count."""
    if bar is not None:
        bar.update(segment.n_articles)
    return segment


def _progress(*, total: int, enabled: bool) -> object | None:
    """A tqdm bar over ``total`` articles when ``enabled``."""
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="analysing")


def build_corpus(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
                 model: str | None = None, cache: bool = True,
                 cache_dir: str | os.PathLike[str] | None = None, jobs: int = 1, progress: bool = False,
                 published: dt.date | None = None, all_languages: bool = False) -> Corpus:
    """Load articles from ``source`` and return every table, from the cache where it is current.

    ``source`` is a folder, a glob, a file or a list of them (relative paths are taken from the
    project root). ``jobs`` > 1 analyses uncached articles in that many processes. ``published``
    overrides every article's publication date (the anchor for relative dates). Articles not in
    English are left out (each an errors row naming its language) unless ``all_languages``. An
    article whose analysis fails is left out too, with an errors row naming the step.
    """
    loaded = _with_published(articles.load_articles(_resolve_source(source)), published)
    batch = split_by_language(loaded, all_languages=all_languages)
    language = nlp.load_model(model or None)
    resolved, description = language.meta["_resolved_name"], nlp.model_description(language)
    where = (Path(cache_dir) if cache_dir else paths.CACHE_DIR) / version_key(description) if cache else None
    keys = {article.article_id: article_key(article) for article in batch.articles}
    folders, broken, cached = read_segments(where) if where else ([], [], {})
    held = set(cached["paragraphs"]["article_key"]) if cached else set()
    todo = [article for article in batch.articles if keys[article.article_id] not in held]
    fresh = _analyse_all(todo, resolved, where, jobs=jobs, progress=progress)
    every = {name: tables.concat(([cached[name]] if cached else []) + [s.frames[name] for s in fresh],
                                 name, extra=("article_key",)) for name in tables.ARTICLE_TABLES}
    segments = folders + [s.folder for s in fresh if s.folder]
    if where is not None and fresh and needs_compaction(segments, broken):
        compact(where, segments, every)
    if where is not None:
        prune_versions(where.parent, where)
    wanted = set(keys.values())
    batch = _without_failures(batch, [failure for segment in fresh for failure in segment.failures])
    frames = _combine(batch, {n: f[f["article_key"].isin(wanted)] for n, f in every.items()})
    return _assemble(batch, frames, model=description, processed=tuple(a.article_id for a in todo))


def _without_failures(batch: articles.Batch, failures: Sequence[articles.LoadError]) -> articles.Batch:
    """``batch`` without the articles whose analysis failed, their failures added to its errors."""
    failed = {failure.path for failure in failures}
    kept = tuple(article for article in batch.articles if article.path not in failed)
    return articles.Batch(kept, batch.errors + tuple(failures))


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


def _combine(batch: articles.Batch, frames: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every article table for the batch, rows grouped by article in load order."""
    position = {article.article_id: i for i, article in enumerate(batch.articles)}
    combined = {}
    for name, frame in frames.items():
        order = frame["article_id"].map(position).to_numpy()
        combined[name] = tables.conform(frame.iloc[order.argsort(kind="stable")], name)
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
                model: str = "", engine: str = "", published: str = "", all_languages: bool = False) -> Corpus:
    """The notebooks' entry point: the corpus for ``articles_path``, optionally one article and one engine.

    ``published`` (YYYY-MM-DD) overrides the publication dates; empty strings mean "not given".
    """
    override = dt.date.fromisoformat(published) if published else None
    corpus = build_corpus(articles_path, model=model or None, published=override, all_languages=all_languages)
    if article_id:
        corpus = corpus.select([article_id])
    return corpus.with_engine(engine) if engine else corpus
