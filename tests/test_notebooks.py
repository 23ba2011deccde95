"""The notebooks: stored clean, typed parameters, and really executed by papermill."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import papermill
import pytest

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
COMMON_PARAMETERS = {"articles_path", "article_id", "spacy_model"}


def test_the_four_notebooks_exist() -> None:
    assert [p.stem for p in NOTEBOOKS] == ["00_corpus_overview", "01_entities", "02_actor_sentiment", "03_chronology"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_cell_is_typed_and_documented(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    tagged = [c for c in book.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    inferred = papermill.inspect_notebook(str(path))
    assert COMMON_PARAMETERS <= set(inferred)
    for name, spec in inferred.items():
        assert spec["inferred_type_name"] != "None" and spec["help"], f"{path.name}: {name} lacks a type or comment"


def run_notebook(name: str, tmp_path: Path, **parameters: object) -> nbformat.NotebookNode:
    output = tmp_path / f"{name}.ipynb"
    papermill.execute_notebook(str(paths.NOTEBOOKS_DIR / f"{name}.ipynb"), str(output), parameters=parameters,
                               kernel_name="python3", cwd=str(paths.ROOT), progress_bar=False)
    return nbformat.read(output, as_version=4)


def text_of(book: nbformat.NotebookNode) -> str:
    chunks = []
    for cell in book.cells:
        for out in cell.get("outputs", []):
            chunks.append(out.get("text", ""))
            chunks.extend(str(v) for k, v in out.get("data", {}).items() if k in ("text/plain", "text/html"))
    return "\n".join(chunks)


def images_in(book: nbformat.NotebookNode) -> int:
    return sum("image/png" in out.get("data", {}) for cell in book.cells for out in cell.get("outputs", []))


@pytest.mark.notebook
def test_entities_notebook_with_non_default_top_n(tmp_path: Path) -> None:
    book = run_notebook("01_entities", tmp_path, top_n=3)
    text = text_of(book)
    assert "Putin Visits Kursk Region" in text and "Vladimir V. Putin" in text
    assert "Top 3 actors" in json.dumps(book) or images_in(book) >= 2
    assert images_in(book) >= 2


@pytest.mark.notebook
def test_sentiment_notebook_with_vader_and_a_focus_actor(tmp_path: Path) -> None:
    book = run_notebook("02_actor_sentiment", tmp_path, engine="vader", focus_actors="Vladimir V. Putin")
    text = text_of(book)
    assert "engine: vader; actors shown: Vladimir V. Putin" in text
    assert "We do not need a truce" in text
    assert images_in(book) >= 1


@pytest.mark.notebook
def test_chronology_notebook_with_a_date_override_and_granularity_floor(tmp_path: Path) -> None:
    book = run_notebook("03_chronology", tmp_path, published="2025-03-19", granularity_floor="month")
    text = text_of(book)
    assert "publication date(s): 2025-03-19" in text
    assert "2025-03-19" in text and "2024-SU" in text
    assert images_in(book) == 3  # the actors' timeline across articles, the article's timeline, story vs telling


@pytest.mark.notebook
def test_corpus_overview_notebook(tmp_path: Path) -> None:
    book = run_notebook("00_corpus_overview", tmp_path, top_n=5)
    text = text_of(book)
    assert "The New York Times" in text and "Every input file was loaded." in text
    assert images_in(book) >= 2
