"""The input formats registry: one record (and this file's parametrised tests) add a format."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import articles, paths
from analysis import errors as msg
from analysis.ingest import formats

EXAMPLE_HEADLINE = "Ceasefire talks resume in Geneva"


@pytest.mark.parametrize("kind", formats.FORMATS, ids=lambda kind: kind.name)
def test_each_format_loads_its_example(kind: formats.Format, tmp_path: Path) -> None:
    path = tmp_path / f"example{kind.suffixes[0]}"
    path.write_text(kind.example, encoding="utf-8")
    batch = articles.load_file(path)
    assert batch.errors == ()
    assert batch.articles[0].headline == EXAMPLE_HEADLINE
    assert "third round of talks" in batch.articles[0].text


@pytest.mark.parametrize("kind", formats.FORMATS, ids=lambda kind: kind.name)
def test_each_example_is_recognised_as_its_format(kind: formats.Format) -> None:
    assert formats.sniff(kind.example) is kind


@pytest.mark.parametrize("kind", formats.FORMATS, ids=lambda kind: kind.name)
def test_each_suffix_finds_its_format_in_any_case(kind: formats.Format) -> None:
    for suffix in kind.suffixes:
        assert formats.for_suffix(suffix) is formats.for_suffix(suffix.upper()) is kind


def test_suffixes_are_registered_once() -> None:
    assert len(formats.SUFFIXES) == len(set(formats.SUFFIXES))


def test_the_readme_table_is_the_registry() -> None:
    assert formats.format_table() in (paths.ROOT / "README.md").read_text(encoding="utf-8")


def test_an_unknown_suffix_lists_every_registered_one(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    [error] = articles.load_file(tmp_path / "notes.csv").errors
    assert error.reason.startswith("[E112] unknown file type '.csv'")
    assert all(suffix in error.reason for suffix in formats.SUFFIXES)


@pytest.mark.parametrize("kind", [k for k in formats.FORMATS if k is not formats.PLAIN_TEXT], ids=lambda k: k.name)
def test_a_known_format_under_an_unknown_suffix_gets_a_rename_hint(kind: formats.Format, tmp_path: Path) -> None:
    (tmp_path / "story.data").write_text(kind.example, encoding="utf-8")
    [error] = articles.load_file(tmp_path / "story.data").errors
    assert error.reason == msg.LOAD_RENAME.format(suffix=".data", format=kind.name, rename=kind.suffixes[0],
                                                  suffixes=formats.supported())
