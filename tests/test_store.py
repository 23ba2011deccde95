"""The table store: layout, atomic and idempotent segments, compaction, fsspec URLs, manifests."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from analysis import articles, corpus, extraction, tables
from analysis.store import keys, manifest, segments, tasks
from analysis.store.segments import STORED_TABLES, Store

TEXTS = [
    "Council Backs Ferry\n\nThe Harbor Council approved a ferry line on Monday, Mayor Ana Ruiz said.\n",
    "Bridge Reopens\n\nThe bridge reopened on Friday. \"It was worth it,\" engineer Tom Baker said.\n",
    "Market Moves\n\nThe market moves downtown next spring, the city said on Wednesday.\n",
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> list[articles.Article]:
    """Three short invented articles, loaded (with publication dates) from files."""
    folder = tmp_path_factory.mktemp("articles")
    for number, text in enumerate(TEXTS):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
    loaded = articles.load_articles(str(folder)).articles
    return [a.__class__(**{**a.__dict__, "published": dt.date(2024, 1 + i, 5)}) for i, a in enumerate(loaded)]


@pytest.fixture(scope="module")
def frames(batch: list[articles.Article]) -> dict[str, pd.DataFrame]:
    """Every stored table of the batch, as a task makes them (none of these articles fails)."""
    stored, failures = extraction.analyse_batch(batch, "")
    assert failures == ()
    return stored


def index_of(batch: list[articles.Article]) -> pd.DataFrame:
    return pd.DataFrame({"article_key": [keys.article_key(a) for a in batch],
                         "article_id": [a.article_id for a in batch],
                         "article_date": [a.published for a in batch]})


def test_each_table_is_a_dataset_partitioned_by_key_bucket(frames: dict, batch: list, tmp_path: Path) -> None:
    store = Store(str(tmp_path / "store"))
    refs = store.write_segment(frames, index_of(batch))
    assert {ref.bucket for ref in refs} == {keys.bucket_of(keys.article_key(a)) for a in batch}
    for name in STORED_TABLES:
        dataset = pq.ParquetDataset(tmp_path / "store" / name, partitioning="hive")
        columns = dataset.schema.names
        assert set(tables.COLUMNS[name]) | {"article_key", "article_date", "seq", "bucket"} == set(columns), name
    index = store.index()
    assert sorted(index["article_key"]) == sorted(keys.article_key(a) for a in batch)
    read = store.read("mentions", index)
    assert len(read) == len(frames["mentions"])
    assert read["article_date"].notna().all()


def test_writing_the_same_batch_again_writes_the_same_files(frames: dict, batch: list, tmp_path: Path) -> None:
    first, second = Store(str(tmp_path / "one")), Store(str(tmp_path / "two"))
    first.write_segment(frames, index_of(batch))
    second.write_segment(frames, index_of(batch))
    second.write_segment(frames, index_of(batch))
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.parquet"))
    assert files == sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*.parquet"))
    for name in files:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_a_write_stopped_before_its_commit_record_leaves_no_segment(
        frames: dict, batch: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(str(tmp_path / "store"))
    original = Store._put

    def dies_at_commit(self: Store, path: str, table: object) -> None:
        if f"/{segments.KEYS}/" in path:
            raise KeyboardInterrupt("killed")
        original(self, path, table)

    monkeypatch.setattr(Store, "_put", dies_at_commit)
    with pytest.raises(KeyboardInterrupt):
        store.write_segment(frames, index_of(batch[:1]))
    assert store.index().empty
    assert not [p for p in (tmp_path / "store").rglob("*") if p.name.endswith(".tmp")]
    monkeypatch.setattr(Store, "_put", original)
    store.write_segment(frames, index_of(batch[:1]))
    assert len(store.index()) == 1


def test_small_segments_are_merged_and_a_key_held_twice_is_read_once(
        frames: dict, batch: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(str(tmp_path / "store"))
    monkeypatch.setattr(segments, "bucket_of", lambda key: 0)
    monkeypatch.setattr(segments, "MAX_SMALL", 1)
    for article in batch:
        store.write_segment(frames, index_of([article]))
    assert len(store.segments()) == 3
    before = store.read("sentences", store.index())
    merged = store.compact({0})
    assert len(merged) == 1 and [r.segment for r in store.segments()] == [merged[0].segment]
    store.write_segment(frames, index_of(batch[:1]))
    assert len(store.segments()) == 2 and len(store.index()) == 3
    after = store.read("sentences", store.index())
    key = ["article_key", "seq"]
    pd.testing.assert_frame_equal(before.sort_values(key).reset_index(drop=True),
                                  after.sort_values(key).reset_index(drop=True))


def test_a_store_can_live_at_an_fsspec_url(frames: dict, batch: list) -> None:
    store = Store("memory://news-store/v1")
    store.write_segment(frames, index_of(batch))
    assert len(store.index()) == len(batch)
    assert len(store.read("actors", store.index())) == len(frames["actors"])
    assert all(f.startswith("memory://") for f in store.files("actors", store.segments()))
    listing = store.index().assign(path="")
    opened = corpus.Corpus(tables.empty("errors"), corpus.StoreTables(store, listing))
    assert opened.query().count("mentions") == len(frames["mentions"]) == len(opened.mentions)


def test_an_unreadable_commit_record_counts_as_an_absent_segment(frames: dict, batch: list, tmp_path: Path) -> None:
    store = Store(str(tmp_path / "store"))
    store.write_segment(frames, index_of(batch))
    record = next((tmp_path / "store" / segments.KEYS).rglob("*.parquet"))
    record.write_bytes(b"not parquet")
    assert len(store.index()) < len(batch)


def test_a_kernel_opens_a_recorded_corpus_without_loading_articles(
        batch: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, text in enumerate(TEXTS):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
    built = corpus.build_corpus(str(folder), cache_dir=tmp_path / "store", jobs=1)
    expected = {name: frame.to_csv(index=False) for name, frame in built.tables().items()}

    def no_loading(*args: object, **kwargs: object) -> None:
        raise AssertionError("articles were loaded")

    monkeypatch.setattr(articles, "load_articles", no_loading)
    opened = corpus.open_corpus(str(folder), cache_dir=tmp_path / "store")
    assert opened is not None and opened.processed == ()
    assert {name: frame.to_csv(index=False) for name, frame in opened.tables().items()} == expected
    (folder / "a0.txt").write_text(TEXTS[0] + "\nMore.\n", encoding="utf-8")
    os.utime(folder / "a0.txt", ns=(0, 0))
    assert corpus.open_corpus(str(folder), cache_dir=tmp_path / "store") is None


def test_a_key_already_committed_is_not_committed_again(frames: dict, batch: list, tmp_path: Path) -> None:
    """Two writers of overlapping article sets (two runs, one store): the second commits only the
    article the first did not, and a batch whose articles are all committed writes nothing."""
    store = Store(str(tmp_path / "store"))

    def analysed(part: list, model: str) -> tuple[dict, tuple]:
        return frames, ()

    tasks.analyse_batch(batch[:2], analyse=analysed, model="", store_url=store.url)
    second = tasks.analyse_batch(batch[1:], analyse=analysed, model="", store_url=store.url)
    records = [pq.read_table(path).to_pandas() for path in (tmp_path / "store" / "keys").rglob("seg-*.parquet")]
    committed = pd.concat(records)["article_key"].tolist()
    assert sorted(committed) == sorted(keys.article_key(a) for a in batch)
    assert sum(ref.n_articles for ref in second.segments) == 1
    assert second.keys == tuple(keys.article_key(a) for a in batch[1:])
    stored = pd.concat(pq.read_table(path).to_pandas() for path in (tmp_path / "store" / "mentions").rglob("*.parquet"))
    assert len(stored) == len(frames["mentions"])
    files = sorted((tmp_path / "store").rglob("*"))
    again = tasks.analyse_batch(batch, analyse=analysed, model="", store_url=store.url)
    assert again.segments == () and sorted((tmp_path / "store").rglob("*")) == files


@pytest.mark.parametrize("source", ["{folder}", "{folder}/a0.txt", "{folder}/*.txt"])
def test_a_fingerprint_changes_with_any_file_beside_the_articles(source: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, text in enumerate(TEXTS):
        (folder / f"a{number}.txt").write_text(text, encoding="utf-8")
    item = source.format(folder=folder)
    first = manifest.fingerprint([item])
    assert manifest.fingerprint([item]) == first
    assert manifest.fingerprint([item], extra="all languages") != first
    (folder / "metadata.csv").write_text("file,published\na0.txt,2024-01-01\n", encoding="utf-8")
    assert manifest.fingerprint([item]) != first
