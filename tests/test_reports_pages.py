"""Per-article pages (rendered from the cached tables, cached per article) and the dense date range."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.corpus import build_corpus
from analysis.reports import article_pages, dense_range

ARTICLES = {
    "harbour.txt": ("<b>Harbour</b> reopens <script>alert(1)</script>\n\nMayor Anna Keller reopened the harbour "
                    "on Monday, officials said. \"Ships are back,\" Keller told reporters.\n\nThe council "
                    "approved the repairs in March 2023.\n"),
    "bridge.txt": ("Bridge closes for repairs\n\nEngineer Tomas Berg closed the old bridge on Tuesday. "
                   "Berg said the work would take a month.\n"),
}
NEW_ARTICLE = ("school.txt", "School opens early\n\nPrincipal Grace Liu opened the new school on Friday, "
                             "the district said.\n")


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_pages_show_the_article_escaped_and_are_cached_per_article(tmp_path: Path) -> None:
    folder = write(tmp_path / "articles", ARTICLES)
    first = article_pages.render_pages(build_corpus(str(folder)), out=tmp_path / "out")
    assert len(first.rendered) == 2 and first.reused == []
    harbour = next(path for path in first.pages.values() if "harbour" in path.name)
    page = harbour.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "<b>Harbour" not in page
    assert "&lt;b&gt;Harbour&lt;/b&gt; reopens" in page
    assert "Who said what (" in page and "Ships are back" in page and "Anna Keller" in page
    assert "2023-03" in page and 'class="entities"' in page
    write(folder, dict([NEW_ARTICLE]))
    second = article_pages.render_pages(build_corpus(str(folder)), out=tmp_path / "out")
    assert len(second.rendered) == 1 and sorted(second.reused) == sorted(first.rendered)
    assert "school-opens-early" in second.pages[second.rendered[0]].name
    harbour.unlink()
    third = article_pages.render_pages(build_corpus(str(folder)), out=tmp_path / "out")
    assert len(third.rendered) == 1 and harbour.is_file()


def test_pages_show_each_actors_portrayal(tmp_path: Path) -> None:
    corpus = build_corpus(str(write(tmp_path / "articles", ARTICLES)))
    pages = article_pages.render_pages(corpus, out=tmp_path / "out")
    harbour = next(path for path in pages.pages.values() if "harbour" in path.name).read_text(encoding="utf-8")
    section = harbour[harbour.index("How each actor is portrayed"): harbour.index("Who said what (")]
    keller = corpus.portrayal[corpus.portrayal["actor"].str.contains("Keller")].iloc[0]
    row = section[section.index(f"<td>{keller['actor']}</td>"):]
    row = row[: row.index("</tr>")]
    assert f"<td>{keller['label']}</td>" in row and f"{keller['score']:+.2f}" in row
    assert "s0 quoted (officials)" in row and "reopened the harbour" in row
    assert "polarity_mean" not in section and "(n=" not in section


def test_page_names_are_stable_and_linkable() -> None:
    name = article_pages.page_name("0123456789abcdef", "Putin visits Kursk region", dt.date(2025, 3, 12))
    assert name == "2025-03-12_putin-visits-kursk-region_01234567.html"
    assert article_pages.page_href("0123456789abcdef", "Putin visits Kursk region", "2025-03-12") == f"../articles/{name}"
    assert article_pages.page_name("fedcba9876543210", "", None) == "undated_article_fedcba98.html"


D = dt.date


@pytest.mark.parametrize(("dates", "first", "last", "outliers"), [
    ([], None, None, ()),
    ([D(2025, 3, 1)], D(2025, 3, 1), D(2025, 3, 1), ()),
    ([D(2025, 3, d) for d in range(1, 29)] + [D(1300, 1, 1), D(2099, 12, 31)],
     D(2025, 3, 1), D(2025, 3, 28), (D(1300, 1, 1), D(2099, 12, 31))),
    ([D(1998, 1, 1) + dt.timedelta(days=7 * i) for i in range(100)], D(1998, 1, 1),
     D(1998, 1, 1) + dt.timedelta(days=693), ()),
    ([D(2024, 1, 1)] * 20 + [D(2024, 2, 15)], D(2024, 1, 1), D(2024, 2, 15), ()),
])
def test_dense_range(dates: list[dt.date], first: dt.date | None, last: dt.date | None,
                     outliers: tuple[dt.date, ...]) -> None:
    found = dense_range(dates)
    assert (found.first, found.last, found.outliers) == (first, last, outliers)


def test_dense_range_describes_the_span_and_its_outliers() -> None:
    found = dense_range([D(2025, 3, d) for d in range(1, 29)] + [D(1300, 1, 1), D(2099, 12, 31)])
    assert found.describe() == "2025-03-01 – 2025-03-28 (2 outlier(s) outside it: 1300-01-01, 2099-12-31)"
