"""The corpus layer end to end on real files: tables, cache behaviour, reproducibility."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, paths, tables, version
from analysis.ingest import language
from analysis.store import segments, tasks
from analysis.store.segments import Store
from analysis.__main__ import write_tables

SECOND_ARTICLE = """Harbor Council Approves New Ferry Line

The Harbor Council approved a new ferry line on Monday after a long debate.

Mayor Ana Ruiz said the service would start in June. "This is a good day for the island," she said.
"""
GERMAN_ARTICLE = """Der Stadtrat beschließt eine neue Fähre

Der Stadtrat hat am Montag nach einer langen Debatte eine neue Fährlinie beschlossen. Die
Bürgermeisterin sagte, der Dienst werde im Juni beginnen und die Insel mit dem Festland verbinden.
"""


@pytest.fixture()
def folder(tmp_path: Path, sample_path: Path) -> Path:
    """A folder with the sample article and its metadata sidecar."""
    target = tmp_path / "articles"
    target.mkdir()
    shutil.copy(sample_path, target)
    shutil.copy(sample_path.with_name(sample_path.stem + ".meta.yaml"), target)
    return target


def test_every_table_has_its_columns_and_offsets_point_into_the_text(folder: Path, tmp_path: Path) -> None:
    built = corpus.build_corpus(str(folder), cache_dir=tmp_path / "cache")
    for name, frame in built.tables().items():
        assert tuple(frame.columns) == tables.COLUMNS[name], name
    text = built.articles["text"].iloc[0]
    for row in built.sentences.itertuples():
        assert text[row.start:row.end] == row.text
    for row in built.mentions.itertuples():
        assert text[row.start:row.end] == row.text
    assert built.articles["n_sentences"].iloc[0] == len(built.sentences)


def test_cache_reprocesses_only_new_or_changed_articles(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = corpus.build_corpus(str(folder), cache_dir=cache)
    assert len(first.processed) == 1
    assert corpus.build_corpus(str(folder), cache_dir=cache).processed == ()
    assert corpus.build_corpus(str(folder), cache_dir=str(cache)).processed == ()
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    added = corpus.build_corpus(str(folder), cache_dir=cache)
    assert len(added.articles) == 2 and len(added.processed) == 1
    (folder / "ferry.txt").write_text(SECOND_ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    changed = corpus.build_corpus(str(folder), cache_dir=cache)
    assert changed.processed == tuple(changed.articles["article_id"][changed.articles["path"].str.endswith("ferry.txt")])


def test_new_analysis_version_reprocesses_everything(folder: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    corpus.build_corpus(str(folder), cache_dir=cache)
    monkeypatch.setattr(version, "__version__", "999.0")
    assert len(corpus.build_corpus(str(folder), cache_dir=cache).processed) == 1


def test_an_interrupted_write_leaves_no_entry(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    original = Store._put
    calls = {"n": 0}

    def failing(self: Store, path: str, table: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("simulated interruption")
        original(self, path, table)

    monkeypatch.setattr(Store, "_put", failing)
    with pytest.raises(KeyboardInterrupt):
        corpus.build_corpus(str(folder), cache_dir=cache)
    monkeypatch.setattr(Store, "_put", original)
    (version,) = cache.iterdir()
    assert Store(str(version)).index().empty
    assert [p for p in cache.rglob("*") if p.name.endswith(".tmp")] == []
    assert len(corpus.build_corpus(str(folder), cache_dir=cache).processed) == 1


def test_an_interrupted_run_keeps_its_finished_segments(folder: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setattr(tasks, "BATCH_SIZE", 1)
    original = Store.write_segment
    written: list[object] = []

    def interrupted_after_one(self: Store, *args: object, **kwargs: object) -> object:
        if written:
            raise KeyboardInterrupt("simulated interruption")
        written.append(original(self, *args, **kwargs))
        return written[-1]

    monkeypatch.setattr(Store, "write_segment", interrupted_after_one)
    with pytest.raises(KeyboardInterrupt):
        corpus.build_corpus(str(folder), cache_dir=cache, jobs=1)
    monkeypatch.setattr(Store, "write_segment", original)
    resumed = corpus.build_corpus(str(folder), cache_dir=cache, jobs=1)
    assert len(resumed.articles) == 2 and len(resumed.processed) == 1


def test_tables_are_byte_identical_across_runs(folder: Path, tmp_path: Path) -> None:
    cold = corpus.build_corpus(str(folder), cache=False)
    warm_cache = tmp_path / "cache"
    corpus.build_corpus(str(folder), cache_dir=warm_cache)
    warm = corpus.build_corpus(str(folder), cache_dir=warm_cache)
    write_tables(cold, tmp_path / "a")
    write_tables(warm, tmp_path / "b")
    for name in tables.COLUMNS:
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() == (tmp_path / "b" / f"{name}.csv").read_bytes(), name


def test_parallel_jobs_give_the_same_tables(folder: Path, tmp_path: Path) -> None:
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    serial = corpus.build_corpus(str(folder), cache=False)
    parallel = corpus.build_corpus(str(folder), cache=False, jobs=2)
    for name, frame in serial.tables().items():
        pd.testing.assert_frame_equal(frame, parallel.tables()[name], obj=name)


def test_select_and_engine_filters(folder: Path, tmp_path: Path) -> None:
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    built = corpus.build_corpus(str(folder), cache_dir=tmp_path / "cache")
    one = built.select([built.articles["article_id"].iloc[1]])
    assert len(one.articles) == 1 and set(one.sentences["article_id"]) == {built.articles["article_id"].iloc[1]}
    assert set(built.with_engine("vader").actor_sentiment["engine"]) <= {"vader"}
    with pytest.raises(ValueError):
        built.with_engine("no-such-engine")


def test_a_selection_makes_corpus_actors_only_when_asked_and_from_the_whole_corpus(folder: Path, tmp_path: Path) -> None:
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    built = corpus.build_corpus(str(folder), cache_dir=tmp_path / "cache")
    second = built.articles["article_id"].iloc[1]
    one = built.select([second])
    assert "corpus_actors" not in vars(built) and len(one.mentions) > 0
    expected = built.corpus_actors[built.corpus_actors["article_id"] == second].reset_index(drop=True)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(one.corpus_actors, expected)
    assert one.select([second]).whole is built


def test_a_rerun_adds_a_segment_and_a_broken_one_is_redone(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = corpus.build_corpus(str(folder), cache_dir=cache)
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    corpus.build_corpus(str(folder), cache_dir=cache)
    (version,) = [p for p in cache.iterdir() if p.is_dir()]
    assert len(Store(str(version)).segments()) == 2
    (folder / "ferry.txt").unlink()
    warm = corpus.build_corpus(str(folder), cache_dir=cache)
    assert warm.processed == ()
    pd.testing.assert_frame_equal(warm.mentions, cold.mentions)
    for record in (version / "keys").rglob("*.parquet"):
        record.write_bytes(b"not parquet")
    assert len(corpus.build_corpus(str(folder), cache_dir=cache).processed) == 1
    assert len(Store(str(version)).segments()) == 1


def test_small_segments_of_a_bucket_are_merged_once_there_are_too_many(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setattr(segments, "MAX_SMALL", 1)
    monkeypatch.setattr(segments, "bucket_of", lambda key: 0)
    monkeypatch.setattr(tasks, "bucket_of", lambda key: 0)
    corpus.build_corpus(str(folder), cache_dir=cache)
    counts = []
    for name in ("ferry.txt", "again.txt"):
        (folder / name).write_text(SECOND_ARTICLE.replace("ferry", name[:-4]), encoding="utf-8")
        corpus.build_corpus(str(folder), cache_dir=cache)
        counts.append(len(list(cache.glob("*/keys/bucket=00/seg-*"))))
    assert counts == [1, 1]
    assert len(corpus.build_corpus(str(folder), cache_dir=cache).articles) == 3


def test_adding_an_article_gives_the_same_tables_as_a_cold_run(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    corpus.build_corpus(str(folder), cache_dir=cache)
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    mixed = corpus.build_corpus(str(folder), cache_dir=cache)
    cold = corpus.build_corpus(str(folder), cache=False)
    write_tables(mixed, tmp_path / "mixed")
    write_tables(cold, tmp_path / "cold")
    for name in tables.COLUMNS:
        assert (tmp_path / "mixed" / f"{name}.csv").read_bytes() == (tmp_path / "cold" / f"{name}.csv").read_bytes(), name


def test_only_the_most_recently_used_versions_are_kept(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = [cache / f"v0.0.{i}-{i:012x}" for i in range(4)]
    for age, folder_of_version in enumerate(old, start=1):
        (folder_of_version / "seg-x").mkdir(parents=True)
        os.utime(folder_of_version, (1_000_000 * age, 1_000_000 * age))
    (cache / "notes").mkdir()
    corpus.build_corpus(str(folder), cache_dir=cache)
    kept = sorted(p.name for p in cache.iterdir())
    assert len(kept) == corpus.KEEP_VERSIONS + 1 and "notes" in kept
    assert {old[3].name, old[2].name} <= set(kept)


def test_a_cold_run_of_one_batch_writes_one_segment_once(folder: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    original, calls = Store.write_segment, []

    def counted(self: Store, *args: object, **kwargs: object) -> object:
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "write_segment", counted)
    corpus.build_corpus(str(folder), cache_dir=tmp_path / "cache")
    assert len(calls) == 1


def in_fresh_interpreter(code: str, folder: Path) -> object:
    """The JSON ``answer`` that ``code`` (with ``sys`` and ``analysis.corpus`` imported) leaves, run
    in a new Python process with this tree's package, from ``folder``."""
    script = f"import json, sys\nfrom analysis import corpus\n{code}print(json.dumps(answer))\n"
    environment = {**os.environ, "PYTHONPATH": str(paths.ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          env=environment, cwd=folder)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_recorded_corpus_opens_without_spacy_or_the_extractors(folder: Path, tmp_path: Path) -> None:
    """A notebook's first cell: open what a run recorded, read tables, pick an engine; in a fresh
    interpreter, neither spaCy nor TextBlob nor the language detector may be imported."""
    cache = tmp_path / "cache"
    built = corpus.build_corpus(str(folder), cache_dir=cache)
    n_articles, n_scored, n_links, heavy = in_fresh_interpreter(
        f"opened = corpus.open_corpus({str(folder)!r}, cache_dir={str(cache)!r}).with_engine('vader')\n"
        "answer = [len(opened.articles), len(opened.mention_sentiment), len(opened.corpus_actors),\n"
        "          sorted(m for m in ('spacy', 'textblob', 'nltk', 'lingua') if m in sys.modules)]\n", tmp_path)
    expected = built.with_engine("vader")
    assert (n_articles, n_scored, n_links) == (1, len(expected.mention_sentiment), len(expected.corpus_actors))
    assert heavy == []


def test_languages_are_detected_once_per_article(folder: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = language.language_of

    def counted(text: str) -> tuple[str, str]:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(language, "language_of", counted)
    cache = tmp_path / "cache"
    corpus.build_corpus(str(folder), cache_dir=cache)
    assert len(seen) == 1
    (folder / "ferry.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
    (folder / "fähre.txt").write_text(GERMAN_ARTICLE, encoding="utf-8")
    again = corpus.build_corpus(str(folder), cache_dir=cache)
    assert len(seen) == 3 and "Fähre" in seen[-1] + seen[-2]
    assert corpus.build_corpus(str(folder), cache_dir=cache).errors.equals(again.errors)
    assert len(seen) == 3
    assert again.errors["reason"].str.contains(r"\[E123\].*German").sum() == 1


def test_a_warm_build_imports_neither_spacy_nor_the_extractors(folder: Path, tmp_path: Path) -> None:
    """``python -m analysis tables`` on stored articles: nothing to analyse, so nothing heavy imported."""
    cache = tmp_path / "cache"
    corpus.build_corpus(str(folder), cache_dir=cache)
    assert in_fresh_interpreter(
        f"built = corpus.build_corpus({str(folder)!r}, cache_dir={str(cache)!r})\n"
        "answer = [len(built.processed), len(built.articles),\n"
        "          sorted(m for m in ('spacy', 'textblob', 'analysis.extraction') if m in sys.modules)]\n",
        tmp_path) == [0, 1, []]
