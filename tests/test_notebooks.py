"""The notebooks: stored clean, typed parameters, and really executed by papermill."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

import analysis
from analysis import paths, views

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


def tables_in(book: nbformat.NotebookNode) -> dict[str, pd.DataFrame]:
    """The tables the notebook showed with ``show_table``, by caption."""
    return views.shown_tables([out for cell in book.cells for out in cell.get("outputs", [])])


def warnings_in(book: nbformat.NotebookNode) -> list[str]:
    """Text the notebook wrote to stderr (warnings, e.g. matplotlib's missing glyphs)."""
    return [out.get("text", "") for cell in book.cells for out in cell.get("outputs", []) if out.get("name") == "stderr"]


def highlighted(book: nbformat.NotebookNode) -> int:
    """Number of displaCy-highlighted mentions in the outputs."""
    return text_of(book).count('<mark class="entity"')


@pytest.mark.notebook
def test_entities_notebook_answers_for_the_corpus_without_per_article_detail(tmp_path: Path) -> None:
    book = run_notebook("01_entities", tmp_path, top_n=3)
    text = text_of(book)
    shown = tables_in(book)
    assert "Putin Visits Kursk Region" in shown["Articles"]["headline"].iloc[0]
    ranking = shown["Every corpus actor"]
    assert "Vladimir V. Putin" in set(ranking["actor"]) and len(ranking) > 3
    assert f"Top 3 of {len(ranking)} corpus actors by number of articles" in text
    assert images_in(book) == 2
    assert highlighted(book) == 0 and "Set the article_id parameter" in text
    assert warnings_in(book) == []


@pytest.mark.notebook
def test_entities_notebook_highlights_mentions_for_one_article(tmp_path: Path, sample_path: Path) -> None:
    article_id = analysis.load_articles(sample_path).articles[0].article_id
    book = run_notebook("01_entities", tmp_path, article_id=article_id)
    assert highlighted(book) > 10 and "PERSON: Vladimir V. Putin" in text_of(book)


@pytest.mark.notebook
def test_sentiment_notebook_with_vader_and_a_focus_actor(tmp_path: Path) -> None:
    book = run_notebook("02_actor_sentiment", tmp_path, engine="vader", focus_actors="Vladimir V. Putin")
    text = text_of(book)
    assert "engine: vader; actors shown: Vladimir V. Putin" in text
    assert "We do not need a truce" in text
    assert images_in(book) >= 1
    limits = views.benchmark_table("newsmtsc")
    shown = next(out["data"]["text/plain"] for cell in book.cells if "benchmark_table" in cell.source
                 for out in cell.outputs if "text/plain" in out.get("data", {}))
    for method in ("learned/textblob", "learned/vader", "sentence/textblob", "sentence/vader"):
        assert re.search(rf"{method}\s+{limits.loc[method, 'rw-test f1m']}", shown), method


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
    shown = tables_in(book)
    assert shown["Articles per source"].values.tolist() == [["The New York Times", 1]]
    assert "Every input file was loaded." in text and "Top 5 of" in text
    assert images_in(book) == 4
    assert warnings_in(book) == []


INVENTED = {  # file stem: (publication date, text); Dora Trumbull is named three ways in three articles
    "harbour": ("2024-01-08", "Harbour council backs new quay\n\nDora Trumbull, the mayor of Eastport, opened the "
                "new quay on Monday. Trumbull praised the builders. The Eastport council approved the plan."),
    "budget": ("2024-02-12", "Budget vote delayed\n\nPresident Trumbull said on Tuesday that the vote would wait. "
               "Critics in the Eastport council attacked the delay."),
    "ferry": ("2024-03-18", "Ferry service resumes\n\nThe ferry to Westholm sailed again on Friday. Mayor Trumbull said "
              "the service would help Eastport, and the council thanked the crews."),
    "school": ("2024-02-26", "School roof repaired\n\nWorkers in Eastport repaired the school roof on Wednesday."),
    "archive": ("2011-06-01", "Archive opens\n\nThe Westholm archive opened its doors on Thursday."),
}


@pytest.mark.notebook
def test_corpus_overview_joins_actors_across_articles_and_lists_date_outliers(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for stem, (published, body) in INVENTED.items():
        (folder / f"{stem}.txt").write_text(body + "\n", encoding="utf-8")
    rows = [f"{stem}.txt,{published},Eastport Post" for stem, (published, _) in INVENTED.items()]
    (folder / "metadata.csv").write_text("file,published,source\n" + "\n".join(rows) + "\n", encoding="utf-8")
    book = run_notebook("00_corpus_overview", tmp_path, articles_path=str(folder))
    shown = tables_in(book)
    ranking = shown["Every corpus actor, with the per-article names joined into it"].set_index("actor")
    assert ranking.loc["Dora Trumbull", "n_articles"] == 3 and ranking.loc["Dora Trumbull", "names"] == "Dora Trumbull; Trumbull"
    assert ranking.index[0] in ("Dora Trumbull", "Eastport")
    outside = shown["Articles dated outside the range drawn"]
    assert outside["headline"].tolist() == ["Archive opens"]
    trend = shown["Portrayal per week"]  # 2024-01-08 to 2024-03-18: 71 days, weeks
    assert set(trend[trend["actor"] == "Dora Trumbull"]["period"].str[:10]) == {"2024-01-08", "2024-02-12", "2024-03-18"}
