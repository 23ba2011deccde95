"""Bad or unusual input on a real corpus, loaded through the public API (invented files)."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import pytest

from analysis import articles
from analysis.ingest import cleaning, language, metadata

BODY = ("The harbor council approved a new ferry line on Monday after a long debate, officials said. "
        "Mayor Ana Ruiz said the service would start in June and that it would serve the island.")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def office(member: str) -> bytes:
    """A minimal Office Open XML container holding ``member``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, "<document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
    (office("word/document.xml"), "a Word document (.docx)"),
    (office("xl/workbook.xml"), "an Excel workbook (.xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "an old-format Microsoft Office document"),
    (b"{\\rtf1\\ansi Harbor council approves ferry}", "a Rich Text Format document (.rtf)"),
])
def test_a_document_renamed_txt_is_rejected_with_its_real_type(tmp_path: Path, data: bytes, kind: str) -> None:
    batch = articles.load_file(write(tmp_path, "story.txt", data))
    assert batch.articles == ()
    [error] = batch.errors
    assert error.reason.startswith(f"[E120] the file is {kind}")


def test_mojibake_is_repaired_with_a_note(tmp_path: Path) -> None:
    good = f"Ferry line “approved” – council\n\n{BODY} “It’s a good day,” she said.\n"
    broken = good.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    assert "â€œ" in broken
    batch = articles.load_file(write(tmp_path, "story.txt", broken))
    [article] = batch.articles
    assert article.headline == "Ferry line “approved” – council"
    assert article.text.endswith("“It’s a good day,” she said.")
    assert [e.reason[:6] for e in batch.errors] == ["[E121]"]


def test_correct_text_is_left_alone(tmp_path: Path) -> None:
    text = f"Café owners protest – “naïve” plan\n\n{BODY} Prices rose 5 € and 3 £.\n"
    batch = articles.load_file(write(tmp_path, "story.txt", text))
    assert batch.errors == () and batch.articles[0].headline == "Café owners protest – “naïve” plan"


@pytest.mark.parametrize(("published", "why"), [
    ("2999-01-01", "in the future"), ("1850-06-01", "before 1900"), ("2020-01-01", None)])
def test_an_unusable_publication_date_is_a_warning_and_no_anchor(tmp_path: Path, published: str, why: str | None) -> None:
    write(tmp_path, "story.md", f"---\ntitle: Ferry line approved\npublished: {published}\n---\n\n{BODY}\n")
    batch = articles.load_file(tmp_path / "story.md")
    [article] = batch.articles
    assert article.published == datetime.date.fromisoformat(published)
    if why is None:
        assert batch.errors == () and articles.anchor_date(article) == article.published
    else:
        [error] = batch.errors
        assert error.reason.startswith(f"[E122] the publication date {published} is {why}")
        assert articles.anchor_date(article) is None


def test_tomorrow_is_not_the_future_across_time_zones() -> None:
    today = datetime.date(2025, 3, 12)
    assert metadata.unusable_published(datetime.date(2025, 3, 13), today=today) is None
    assert metadata.unusable_published(datetime.date(2025, 3, 14), today=today) == "in the future"


@pytest.mark.parametrize(("headline", "source", "kept"), [
    ("Best laptops of the year | ZDNet", None, "Best laptops of the year"),
    ("Spider-Man 2 review - IGN", None, "Spider-Man 2 review"),
    ("Council approves ferry line – BBC NEWS", None, "Council approves ferry line"),
    ("Council approves ferry line - example.com", None, "Council approves ferry line"),
    ("Council approves ferry line — Harbor Gazette", "harborgazette.com", "Council approves ferry line"),
    ("Council approves ferry line - Politics | Harbor Gazette", "Harbor Gazette", "Council approves ferry line - Politics"),
    ("Council approves ferry line | Politics | Harbor Gazette", None, "Council approves ferry line"),
    ("Brexit - What Happens Next", None, "Brexit - What Happens Next"),
    ("Ukraine war - live updates", None, "Ukraine war - live updates"),
    ("Manchester United 2 - 1 Chelsea", None, "Manchester United 2 - 1 Chelsea"),
    ("Review - IGN", None, "Review - IGN"),
    ("Spider-Man swings back", None, "Spider-Man swings back"),
])
def test_headlines_lose_the_site_name_only(headline: str, source: str | None, kept: str) -> None:
    assert cleaning.strip_site_name(headline, source=source) == kept


def test_a_loaded_headline_loses_the_site_name(tmp_path: Path) -> None:
    batch = articles.load_file(write(tmp_path, "story.txt", f"Ferry line approved after long debate | ZDNet\n\n{BODY}\n"))
    assert batch.articles[0].headline == "Ferry line approved after long debate"


@pytest.mark.parametrize(("text", "code"), [
    (BODY, "en"),
    ("Der Stadtrat hat am Montag nach langer Debatte eine neue Fährlinie genehmigt, teilten Beamte mit. "
     "Bürgermeisterin Ana Ruiz sagte, der Dienst werde im Juni beginnen.", "de"),
    ("Le conseil municipal a approuvé lundi une nouvelle ligne de ferry après un long débat, ont indiqué "
     "des responsables. La maire Ana Ruiz a déclaré que le service commencerait en juin.", "fr"),
    ("El consejo del puerto aprobó el lunes una nueva línea de ferry tras un largo debate, dijeron "
     "funcionarios. La alcaldesa Ana Ruiz dijo que el servicio empezaría en junio.", "es"),
])
def test_the_language_of_an_article_is_detected(text: str, code: str) -> None:
    assert language.language_of(text)[0] == code

