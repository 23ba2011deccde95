"""Tests for analysis.articles: every format, encodings, cleaning rules, metadata, bad input, ids.

Every case writes real files into ``tmp_path`` and loads them through the public API.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import socket
import textwrap
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis import errors as msg
from analysis.articles import (
    ARTICLE_COLUMNS,
    ERROR_COLUMNS,
    PARAGRAPH_COLUMNS,
    Article,
    Batch,
    LoadError,
    articles_frame,
    errors_frame,
    load_articles,
    load_file,
    paragraphs_frame,
)

HEADLINE = "Ceasefire Talks Resume in Geneva as Both Sides Trade Blame"
PARAGRAPHS = (
    "Negotiators from both governments returned to Geneva on Tuesday for a third round of talks, "
    "officials said.",
    "“We are ready to sign a lasting agreement,” the foreign minister told reporters — but only "
    "if the other side’s troops withdraw first.",
    "The previous round ended without a deal after a dispute over prisoner exchanges and the "
    "timing of elections in the contested provinces.",
)
BODY = "\n\n".join(PARAGRAPHS)


def write(folder: Path, name: str, content: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``content`` (text in ``encoding``, or raw bytes) to ``folder/name`` and return the path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def only_article(batch: Batch) -> Article:
    """The single article of a batch that must have loaded cleanly."""
    assert batch.errors == (), batch.errors
    assert len(batch.articles) == 1
    return batch.articles[0]


def reasons(batch: Batch) -> str:
    """All error reasons of a batch as one text, for substring checks."""
    return " | ".join(e.reason for e in batch.errors)


# ---------------------------------------------------------------------------------------------
# Formats: the same article in every format loads identically, with the same id
# ---------------------------------------------------------------------------------------------

WRAPPED = "\n\n".join(textwrap.fill(p, width=38) for p in PARAGRAPHS)
MARKDOWN_BODY = (
    "Negotiators from *both* governments returned to [Geneva](https://example.org/geneva) on "
    "Tuesday for a third round of talks,\nofficials said.\n\n"
    f"{PARAGRAPHS[1]}\n\n"
    "The previous round ended without a deal after a dispute over **prisoner exchanges** and the "
    "timing of elections in the contested provinces.  \n"
    "![map of the provinces](map.png)\n"
)
HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | Example Gazette</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="Example Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-03-12T08:15:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{HEADLINE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer><p>Subscribe</p><p>All rights reserved</p></footer>
</body></html>"""
NEWS_PLEASE = {
    "title": HEADLINE,
    "maintext": "\n".join(PARAGRAPHS),
    "description": "A summary that is ignored.",
    "date_publish": "2025-03-12 08:15:00",
    "authors": ["Jane Doe"],
    "source_domain": "example.org",
    "url": "https://example.org/talks",
}
NEWSPAPER4K = {
    "title": HEADLINE,
    "text": "\n\n".join(PARAGRAPHS),
    "publish_date": "2025-03-12T08:15:00+00:00",
    "authors": ["Jane Doe"],
    "source": "example.org",
    "url": "https://example.org/talks",
}
OTHER = {"title": "Another Story", "text": "A different body that is long enough to count."}

FORMAT_CASES = [
    ("single_newlines.txt", f"{HEADLINE}\n" + "\n".join(PARAGRAPHS) + "\n", "story.txt", None),
    ("blank_lines.txt", f"\n{HEADLINE}\n\n{BODY}\n\n", "story.txt", None),
    ("hard_wrapped.txt", f"{HEADLINE}\n\n{WRAPPED}\n", "story.txt", None),
    (
        "front_matter.md",
        f"---\ntitle: {HEADLINE}\npublished: 2025-03-12\nsource: example.org\n"
        f"authors: [Jane Doe]\nurl: https://example.org/talks\n---\n# {HEADLINE}\n\n{MARKDOWN_BODY}",
        "story.md",
        datetime.date(2025, 3, 12),
    ),
    ("heading_title.md", f"# {HEADLINE}\n\n{MARKDOWN_BODY}", "story.md", None),
    ("first_line_title.md", f"{HEADLINE}\n\n{MARKDOWN_BODY}", "story.md", None),
    ("news_please.json", json.dumps(NEWS_PLEASE), "story.json", datetime.date(2025, 3, 12)),
    ("newspaper4k.json", json.dumps([NEWSPAPER4K, OTHER]), "story.json#1", datetime.date(2025, 3, 12)),
    (
        "feed.jsonl",
        json.dumps(OTHER) + "\n\n" + json.dumps(NEWS_PLEASE, ensure_ascii=False) + "\n",
        "story.jsonl#2",
        datetime.date(2025, 3, 12),
    ),
    ("page.html", HTML, "story.html", datetime.date(2025, 3, 12)),
]


@pytest.mark.parametrize(("case", "content", "label", "published"), FORMAT_CASES)
def test_every_format_loads_the_same_article(
    tmp_path: Path, case: str, content: str, label: str, published: datetime.date | None
) -> None:
    """Each format yields the headline, the three paragraphs, its date and the expected path."""
    path = write(tmp_path, "story" + Path(case).suffix, content)
    batch = load_file(path)
    assert batch.errors == ()
    article = next(a for a in batch.articles if a.headline == HEADLINE)
    assert article.paragraphs == PARAGRAPHS
    assert article.text == BODY
    assert article.published == published
    assert article.path == (tmp_path / label).as_posix()


def test_same_article_in_every_format_gets_one_id(tmp_path: Path) -> None:
    """Ids depend on content only: all formats of one article share one id."""
    ids = set()
    for case, content, _, _ in FORMAT_CASES:
        path = write(tmp_path / case.replace(".", "_"), "story" + Path(case).suffix, content)
        ids.update(a.article_id for a in load_file(path).articles if a.headline == HEADLINE)
    assert len(ids) == 1


@pytest.mark.parametrize(
    ("name", "content", "field", "expected"),
    [
        ("a.json", NEWS_PLEASE, "source", "example.org"),
        ("a.json", NEWS_PLEASE, "url", "https://example.org/talks"),
        ("a.json", NEWS_PLEASE, "authors", ("Jane Doe",)),
        ("a.json", NEWSPAPER4K, "source", "example.org"),
        ("a.json", {**NEWSPAPER4K, "authors": "Jane Doe; John Roe"}, "authors", ("Jane Doe", "John Roe")),
        ("a.json", {**NEWSPAPER4K, "publish_date": None}, "published", None),
        ("a.json", {**NEWSPAPER4K, "publish_date": None, "published": "2024-01-31"}, "published",
         datetime.date(2024, 1, 31)),
        ("a.json", {**NEWS_PLEASE, "date_publish": "2025-03-12T23:59:00-05:00"}, "published",
         datetime.date(2025, 3, 12)),
        ("a.html", HTML, "source", "Example Gazette"),
        ("a.html", HTML, "authors", ("Jane Doe",)),
    ],
)
def test_format_metadata(tmp_path: Path, name: str, content: object, field: str, expected: object) -> None:
    """Metadata fields of news-please, newspaper4k and HTML pages map onto the article."""
    text = content if isinstance(content, str) else json.dumps(content)
    article = only_article(load_file(write(tmp_path, name, text)))
    assert getattr(article, field) == expected


def test_markdown_rendering_keeps_text_and_subheadings(tmp_path: Path) -> None:
    """Markdown is rendered: emphasis and link markup go, link text stays, subheadings are paragraphs."""
    source = (
        "---\ntitle: Markets Rally\n---\n# Markets Rally\n\n"
        "Shares rose **sharply** on `Monday`, [the exchange](https://example.org) said.\n\n"
        "## What comes next\n\n- Investors expect a rate cut.\n- Bonds fell.\n\n"
        "```\ncode is dropped\n```\n\n<div>raw html is dropped</div>\n"
    )
    article = only_article(load_file(write(tmp_path, "m.md", source)))
    assert article.headline == "Markets Rally"
    assert article.paragraphs == (
        "Shares rose sharply on Monday, the exchange said.",
        "What comes next",
        "Investors expect a rate cut.",
        "Bonds fell.",
    )


# ---------------------------------------------------------------------------------------------
# Encodings and line endings
# ---------------------------------------------------------------------------------------------

PLAIN = f"{HEADLINE}\n" + "\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", PLAIN.encode("utf-8")),
        ("utf-8 with BOM", PLAIN.encode("utf-8-sig")),
        ("windows-1252", PLAIN.encode("cp1252")),
        ("CRLF", PLAIN.replace("\n", "\r\n").encode("utf-8")),
        ("CR", PLAIN.replace("\n", "\r").encode("utf-8")),
        ("windows-1252 CRLF", PLAIN.replace("\n", "\r\n").encode("cp1252")),
        ("utf-16 with BOM", PLAIN.encode("utf-16")),
        ("decomposed accents", PLAIN.replace("Geneva", "Gene\u0301va").encode("utf-8")),
    ],
)
def test_encodings_and_line_endings(tmp_path: Path, label: str, data: bytes) -> None:
    """Curly quotes, apostrophes and dashes survive every encoding; text is NFC."""
    article = only_article(load_file(write(tmp_path, "e.txt", data)))
    expected = PARAGRAPHS if label != "decomposed accents" else tuple(
        p.replace("Geneva", "Gen\u00e9va") for p in PARAGRAPHS
    )
    assert article.paragraphs == expected
    assert "“We are ready" in article.text and "side’s" in article.text and " — " in article.text


# ---------------------------------------------------------------------------------------------
# Boilerplate, credit lines and bylines
# ---------------------------------------------------------------------------------------------

P1, P2, P3 = PARAGRAPHS


@pytest.mark.parametrize(
    ("lines", "paragraphs", "credits", "authors"),
    [
        ([P1, P2, "Source link"], [P1, P2], [], []),
        ([P1, "Advertisement", P2, "Read more »", "Share this article", "Subscribe to our newsletter"],
         [P1, P2], [], []),
        ([P1, "SKIP ADVERTISEMENT", P2, "Related: Talks collapse in Vienna", "© 2025 Example Gazette"],
         [P1, P2], [], []),
        ([P1, "WATCH: Crews battle a blaze in Vaughan", P2, "Report an error",
          "Related: Police seek two suspects in an Etobicoke break-in | Video: Firefighters battle a blaze in "
          "Vaughan | Photos: The storm in pictures"], [P1, P2], [], []),
        ([P1, "Photo: Andrew Vaughan/Canadian Press"], [P1], ["Photo: Andrew Vaughan/Canadian Press"], []),
        ([P1, "Follow Jane Doe on X @janedoe_cbc", P2, "Follow us on Instagram"], [P1, P2], [], []),
        ([P1, "Follow the money, he said on Twitter."], [P1, "Follow the money, he said on Twitter."], [], []),
        ([P1, P2, "Marc Santora contributed reporting from Kyiv, Ukraine.", "Source link"], [P1, P2],
         ["Marc Santora contributed reporting from Kyiv, Ukraine."], []),
        ([P1, "(Reporting by Jane Doe in Geneva; Editing by John Roe)"], [P1],
         ["(Reporting by Jane Doe in Geneva; Editing by John Roe)"], []),
        ([P1, "Additional reporting by Sam Lee in London.", "Anna Kim contributed to this report."],
         [P1], ["Additional reporting by Sam Lee in London.", "Anna Kim contributed to this report."], []),
        ([P1, "Reporting by Jane Doe in Geneva and Pavel Polityuk in Kyiv; Writing by Max Mu"], [P1],
         ["Reporting by Jane Doe in Geneva and Pavel Polityuk in Kyiv; Writing by Max Mu"], []),
        ([P1, "Reporting by the BBC showed the army had retreated."],
         [P1, "Reporting by the BBC showed the army had retreated."], [], []),
        ([P1, "Editing by Committee Was Slow, the minister complained to reporters."],
         [P1, "Editing by Committee Was Slow, the minister complained to reporters."], [], []),
        (["By Jane Doe", P1, P2], [P1, P2], ["By Jane Doe"], ["Jane Doe"]),
        (["By Jane Doe and John Roe", P1], [P1], ["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
        (["BY JANE DOE, JOHN ROE & LUDWIG VAN DER BERG", P1], [P1],
         ["BY JANE DOE, JOHN ROE & LUDWIG VAN DER BERG"], ["JANE DOE", "JOHN ROE", "LUDWIG VAN DER BERG"]),
        (["By Tuesday, the talks had stalled.", P1], ["By Tuesday, the talks had stalled.", P1], [], []),
        # an outlet after the names is no author; a web byline; the wire's byline in two lines
        (["By Jane Doe, CBC News", P1], [P1], ["By Jane Doe, CBC News"], ["Jane Doe"]),
        (["Jane Doe · CBC News · Posted: Jan 05, 2024 4:00 AM EST", P1], [P1],
         ["Jane Doe · CBC News · Posted: Jan 05, 2024 4:00 AM EST"], ["Jane Doe"]),
        (["Jane Doe and John Roe · The Canadian Press", P1], [P1], ["Jane Doe and John Roe · The Canadian Press"],
         ["Jane Doe", "John Roe"]),
        (["Jane Doe", "The Canadian Press", P1], [P1], ["Jane Doe", "The Canadian Press"], ["Jane Doe"]),
        # a section line, or a name line with no agency after it, stays
        (["Politics · Analysis · Updated daily", P1], ["Politics · Analysis · Updated daily", P1], [], []),
        (["Maria Lund", P1], ["Maria Lund", P1], [], []),
        (["By Friday", P1], ["By Friday", P1], [], []),
        ([P1, "By Jane Doe"], [P1, "By Jane Doe"], [], []),
        ([P1, "Read more about the talks in the annex, the minister said, adding that the text was final."],
         [P1, "Read more about the talks in the annex, the minister said, adding that the text was final."],
         [], []),
        ([P1, "The advertisement ran in every newspaper."], [P1, "The advertisement ran in every newspaper."],
         [], []),
        ([P1, P2, "With files from The Canadian Press"], [P1, P2], ["With files from The Canadian Press"], []),
        ([P1, "\u2014 With files from Reuters and The Associated Press."], [P1],
         ["\u2014 With files from Reuters and The Associated Press."], []),
        ([P1, "With files from the ministry, the auditor rebuilt the accounts."],
         [P1, "With files from the ministry, the auditor rebuilt the accounts."], [], []),
        (["THE CANADIAN PRESS/Frank Gunn", P1], [P1], ["THE CANADIAN PRESS/Frank Gunn"], []),
        ([P1, "Andrew Vaughan/Canadian Press", P2], [P1, P2], ["Andrew Vaughan/Canadian Press"], []),
        ([P1, "(Photo by Jane Doe/Getty Images)"], [P1], ["(Photo by Jane Doe/Getty Images)"], []),
        ([P1, "Sales rose 4 per cent and/or held steady, the report found."],
         [P1, "Sales rose 4 per cent and/or held steady, the report found."], [], []),
        (["By Jane Doe", P1, P2, "Jane Doe is a Queen's Park reporter for the Star."], [P1, P2],
         ["By Jane Doe", "Jane Doe is a Queen's Park reporter for the Star."], ["Jane Doe"]),
        ([P1, P2, "Ann Roe is a health reporter. Follow her on Twitter: @annroe"], [P1, P2],
         ["Ann Roe is a health reporter. Follow her on Twitter: @annroe"], []),
        ([P1, P2, "Ann Roe is a reporter for the Gazette."], [P1, P2, "Ann Roe is a reporter for the Gazette."],
         [], []),
        (["By Jane Doe", "Jane Doe is a reporter for the Star.", P1], ["Jane Doe is a reporter for the Star.", P1],
         ["By Jane Doe"], ["Jane Doe"]),
        ([P1, "Follow her on Instagram"], [P1], [], []),
        ([P1, P2, "The Canadian Press"], [P1, P2], ["The Canadian Press"], []),
        ([P1, "This report by The Canadian Press was first published Nov. 30, 2026."], [P1],
         ["This report by The Canadian Press was first published Nov. 30, 2026."], []),
        # a guest writer's byline, "special to", bio and note of first publication
        (["By Jane Doe", "Special to the Star", P1, P2, "Jane Doe is a housing researcher at Lakeview University.",
          "This article was first published in the Hamilton Spectator."], [P1, P2],
         ["By Jane Doe", "This article was first published in the Hamilton Spectator.",
          "Jane Doe is a housing researcher at Lakeview University."], ["Jane Doe"]),
        ([P1, P2, "Ann Roe is a housing researcher at Lakeview University."],
         [P1, P2, "Ann Roe is a housing researcher at Lakeview University."], [], []),
        ([P1, "This report by the auditor was first published in March, and it was wrong."],
         [P1, "This report by the auditor was first published in March, and it was wrong."], [], []),
        ([P1, "The Canadian Press reported the fire first."], [P1, "The Canadian Press reported the fire first."],
         [], []),
    ],
)
def test_boilerplate_credits_and_bylines(
    tmp_path: Path, lines: list[str], paragraphs: list[str], credits: list[str], authors: list[str]
) -> None:
    """Site boilerplate is dropped; credit lines and bylines move out of the body into their fields."""
    article = only_article(load_file(write(tmp_path, "c.txt", HEADLINE + "\n" + "\n".join(lines))))
    assert article.paragraphs == tuple(paragraphs)
    assert article.credits == tuple(credits)
    assert article.authors == tuple(authors)


@pytest.mark.parametrize(
    ("last", "credits", "authors"),
    [
        # a sign-off in a paragraph of its own closes the body; the journalist's role is no author
        ("By Tom Hughes, Staff Writer", ["By Tom Hughes, Staff Writer"], ["Tom Hughes"]),
        ("By Staff Writer", ["By Staff Writer"], []),
        # a sentence opening with "By" stays
        ("By Tuesday, the talks had stalled.", [], []),
    ],
)
def test_a_byline_as_the_last_paragraph_is_a_sign_off(tmp_path: Path, last: str, credits: list[str],
                                                      authors: list[str]) -> None:
    article = only_article(load_file(write(tmp_path, "s.txt", "\n\n".join([HEADLINE, P1, P2, last]))))
    assert article.paragraphs == (P1, P2, *([] if credits else [last]))
    assert (article.credits, article.authors) == (tuple(credits), tuple(authors))


def test_cleaning_applies_to_json_and_markdown(tmp_path: Path) -> None:
    """The same cleaning rules apply to JSON bodies and Markdown paragraphs."""
    body = ["By Jane Doe", P1, "Advertisement", P2, "Sam Lee contributed reporting.", "Source link"]
    as_json = write(tmp_path, "a.json", json.dumps({"title": HEADLINE, "maintext": "\n".join(body)}))
    as_md = write(tmp_path / "md", "a.md", f"# {HEADLINE}\n\n" + "\n\n".join(body))
    for path in (as_json, as_md):
        article = only_article(load_file(path))
        assert article.paragraphs == (P1, P2)
        assert article.credits == ("By Jane Doe", "Sam Lee contributed reporting.")
        assert article.authors == ("Jane Doe",)


# ---------------------------------------------------------------------------------------------
# Sidecar metadata and metadata.csv
# ---------------------------------------------------------------------------------------------

SIDECAR = "published: 2025-03-12\nsource: Example Gazette\nurl: https://example.org/a\nauthors:\n  - Jane Doe\n"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a.meta.yaml": SIDECAR},
         {"published": datetime.date(2025, 3, 12), "source": "Example Gazette", "authors": ("Jane Doe",),
          "url": "https://example.org/a", "headline": HEADLINE}),
        ({"a.meta.yml": "title: A Better Headline\nauthors: Jane Doe; John Roe\n"},
         {"headline": "A Better Headline", "authors": ("Jane Doe", "John Roe"), "published": None}),
        ({"metadata.csv": "file,published,source,authors\nother.txt,2020-01-01,Nobody,\n"
                          "a.txt,2025-03-12,Example Gazette,Jane Doe; John Roe\n"},
         {"published": datetime.date(2025, 3, 12), "source": "Example Gazette",
          "authors": ("Jane Doe", "John Roe"), "url": None}),
        ({"metadata.csv": "file,title,source\na.txt,,From CSV\n", "a.meta.yaml": "source: From Sidecar\n"},
         {"source": "From Sidecar", "headline": HEADLINE}),
        ({"metadata.csv": "file,published\nb.txt,2025-03-12\n"}, {"published": None}),
        ({"metadata.csv": "\ufeff File , Source \r\na.txt,Padded Header\r\n"}, {"source": "Padded Header"}),
        ({"a.meta.yaml": ""}, {"published": None, "source": None}),
    ],
)
def test_sidecar_and_metadata_csv(tmp_path: Path, files: dict[str, str], expected: dict[str, object]) -> None:
    """Sidecars and metadata.csv rows set metadata; the sidecar wins; a title replaces the first line."""
    for name, content in files.items():
        write(tmp_path, name, content)
    article = only_article(load_file(write(tmp_path, "a.txt", f"{HEADLINE}\n{BODY}\n")))
    for field, value in expected.items():
        assert getattr(article, field) == value, field
    assert article.paragraphs == PARAGRAPHS


def test_sidecar_overrides_markdown_front_matter(tmp_path: Path) -> None:
    """For Markdown, sidecar keys override the front matter; other front-matter keys stay."""
    write(tmp_path, "a.meta.yaml", "published: 2025-03-12\ntitle: Sidecar Title\n")
    md = f"---\ntitle: {HEADLINE}\npublished: 2024-01-01\nsource: Front Matter\n---\n{BODY}\n"
    article = only_article(load_file(write(tmp_path, "a.md", md)))
    assert (article.headline, article.published, article.source) == (
        "Sidecar Title", datetime.date(2025, 3, 12), "Front Matter"
    )
    assert article.paragraphs == PARAGRAPHS


def test_metadata_files_are_not_articles_in_folders(tmp_path: Path) -> None:
    """Folders and globs skip sidecars and metadata.csv: neither loaded nor reported."""
    write(tmp_path, "a.txt", f"{HEADLINE}\n{BODY}\n")
    write(tmp_path, "a.meta.yaml", SIDECAR)
    write(tmp_path, "metadata.csv", "file,source\na.txt,CSV Source\n")
    for source in (tmp_path, str(tmp_path / "*")):
        batch = load_articles(source)
        assert [a.path for a in batch.articles] == [(tmp_path / "a.txt").as_posix()]
        assert batch.errors == ()


# ---------------------------------------------------------------------------------------------
# Bad input: every kind gets an error naming the cause, and nothing stops the batch
# ---------------------------------------------------------------------------------------------

BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\r\n\t\n", "empty"),
    ("bom_only.txt", b"\xef\xbb\xbf", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "[E120] the file is a PNG image"),
    ("nul.txt", b"Headline\n\x00\x01 body", "binary (it contains NUL bytes)"),
    ("controls.txt", b"Headline\n" + bytes(range(1, 9)) * 20 + b" body", "control characters"),
    ("undecodable.txt", b"Headline\nBody \x81\x8d\x90 here.\n", "neither UTF-8 nor Windows-1252"),
    ("headline_only.txt", f"{HEADLINE}\n".encode(), "no article body"),
    ("only_boilerplate_body.txt", f"{HEADLINE}\nAdvertisement\nSource link\n".encode(), "no article body"),
    ("only_credit.txt", f"{HEADLINE}\nSam Lee contributed reporting.\n".encode(), "no article body"),
    ("only_boilerplate.txt", b"Advertisement\nSource link\n", "no headline"),
    ("bad.json", b'{"title": "Broken", "maintext": ', "malformed JSON"),
    ("scalar.json", b"42", "found a number"),
    ("empty_list.json", b"[]", "empty list"),
    ("no_body.json", json.dumps({"title": HEADLINE, "description": P1}).encode(), "no article body"),
    ("no_title.json", json.dumps({"maintext": BODY}).encode(), "no headline"),
    ("bad_yaml.md", f"---\ntitle: [unclosed\n---\n{BODY}\n".encode(), "malformed YAML front matter"),
    ("unclosed.md", f"---\ntitle: {HEADLINE}\n\n{BODY}\n".encode(), "no closing '---' line"),
    ("list_front.md", f"---\n- a\n- b\n---\n{BODY}\n".encode(), "key: value"),
    ("heading_only.md", f"---\ntitle: {HEADLINE}\n---\n# {HEADLINE}\n".encode(), "no article body"),
    ("empty_page.html", b"<html><head><script>var x = 1;</script></head><body></body></html>", "no main text"),
    ("untitled_page.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no headline"),
    ("notes.pdf", b"%PDF-1.7 not an article", "unknown file type '.pdf'"),
    ("README", b"no extension", "unknown file type '(none)'"),
    ("a.meta.yaml", b"source: sidecar given directly", "unknown file type '.yaml'"),
]


@pytest.mark.parametrize(("name", "data", "cause"), BAD_FILES)
def test_bad_files_get_a_reason(tmp_path: Path, name: str, data: bytes, cause: str) -> None:
    """A bad file loads nothing and gets one error whose reason names the cause."""
    path = write(tmp_path, name, data)
    batch = load_file(path)
    assert batch.articles == ()
    assert [e.path for e in batch.errors] == [path.as_posix()]
    assert cause in batch.errors[0].reason


@pytest.mark.parametrize(
    ("records", "bad_label", "cause"),
    [
        ('{"title": "Ok", "maintext": "Fine text."}\n{"title": \n', "#2", "malformed JSON (Expecting value at line 2"),
        ('{"title": "Ok", "maintext": "Fine text."}\n"just a string"\n', "#2", "JSON record 2 is not an article"),
        ('{"title": "Ok", "maintext": "Fine text."}\n{"title": ["a"], "maintext": "x"}\n', "#2",
         "its title is a list"),
        ('{"title": "Ok", "maintext": "Fine text."}\n{"title": "T", "maintext": 7}\n', "#2",
         "its text is a number"),
    ],
)
def test_bad_jsonl_records_do_not_stop_the_file(tmp_path: Path, records: str, bad_label: str, cause: str) -> None:
    """A bad record of a .jsonl file is reported by record number; the good records still load."""
    path = write(tmp_path, "feed.jsonl", records)
    batch = load_file(path)
    assert [a.path for a in batch.articles] == [path.as_posix() + "#1"]
    assert [e.path for e in batch.errors] == [path.as_posix() + bad_label]
    assert cause in batch.errors[0].reason


@pytest.mark.parametrize(
    ("files", "label", "cause"),
    [
        ({"a.meta.yaml": "published: 2025-13-45\n"}, "a.txt", "unrecognised publication date '2025-13-45' in a.meta.yaml"),
        ({"a.meta.yaml": "published: March 12th\n"}, "a.txt", "'March 12th'"),
        ({"a.meta.yaml": "source: [a, b]\n"}, "a.txt", "'source' should be text"),
        ({"a.meta.yaml": "source: 'unclosed\n"}, "a.txt", "malformed metadata in a.meta.yaml"),
        ({"a.meta.yaml": "- just\n- a list\n"}, "a.txt", "malformed metadata in a.meta.yaml"),
        ({"metadata.csv": "name,published\na.txt,2025-03-12\n"}, "a.txt", "no 'file' column"),
        ({"metadata.csv": "file,published\na.txt,12/03/2025\n"}, "a.txt", "'12/03/2025' in metadata.csv"),
        ({"metadata.csv": 'file,source\na.txt,"unclosed\n'}, "a.txt", "malformed metadata in metadata.csv"),
        ({"metadata.csv": "file,source\na.txt,A,B\n"}, "a.txt", "more values than columns"),
    ],
)
def test_bad_metadata_is_reported_but_the_article_loads(
    tmp_path: Path, files: dict[str, str], label: str, cause: str
) -> None:
    """Invalid dates and malformed metadata files are reported; the article loads without them."""
    for name, content in files.items():
        write(tmp_path, name, content)
    batch = load_file(write(tmp_path, label, f"{HEADLINE}\n{BODY}\n"))
    assert [a.published for a in batch.articles] == [None]
    assert [e.path for e in batch.errors] == [(tmp_path / label).as_posix()]
    assert cause in batch.errors[0].reason
    assert "loaded without this metadata" in batch.errors[0].reason


@pytest.mark.parametrize(
    ("name", "content", "label", "cause"),
    [
        ("a.md", f"---\ntitle: {HEADLINE}\npublished: 2025-02-30\n---\n{BODY}\n", "a.md", "'2025-02-30'"),
        ("a.json", json.dumps({**NEWS_PLEASE, "date_publish": "yesterday"}), "a.json", "'yesterday'"),
        ("a.jsonl", json.dumps({**NEWS_PLEASE, "date_publish": 20250312}), "a.jsonl#1", "'20250312'"),
    ],
)
def test_invalid_dates_in_articles(tmp_path: Path, name: str, content: str, label: str, cause: str) -> None:
    """An invalid date inside an article file is reported; the article loads without a date."""
    batch = load_file(write(tmp_path, name, content))
    assert [(a.headline, a.published) for a in batch.articles] == [(HEADLINE, None)]
    assert [e.path for e in batch.errors] == [(tmp_path / label).as_posix()]
    assert cause in batch.errors[0].reason and "use YYYY-MM-DD" in batch.errors[0].reason


@pytest.mark.parametrize(
    ("make_source", "label", "cause"),
    [
        (lambda d: d / "missing.txt", "missing.txt", msg.LOAD_NOT_FOUND),
        (lambda d: d / "missing_folder", "missing_folder", msg.LOAD_NOT_FOUND),
        (lambda d: str(d / "*.nothing"), "*.nothing", msg.LOAD_NO_MATCH),
        (lambda d: (d / "empty").mkdir() or d / "empty", "empty", "[E117] the folder holds no article files"),
        (lambda d: write(d / "only_meta", "x.meta.yaml", "source: S\n").parent, "only_meta", "no article files"),
    ],
)
def test_bad_sources_get_a_reason(
    tmp_path: Path, make_source: Callable[[Path], str | Path], label: str, cause: str
) -> None:
    """Missing paths, globs matching nothing and empty folders are reported by path."""
    batch = load_articles(make_source(tmp_path))
    assert batch.articles == ()
    assert batch.errors == (LoadError((tmp_path / label).as_posix(), batch.errors[0].reason),)
    assert cause in batch.errors[0].reason


def test_folder_given_as_file(tmp_path: Path) -> None:
    """load_file on a folder says it is a folder."""
    batch = load_file(tmp_path)
    assert batch.articles == () and "it is a folder" in reasons(batch)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission is reported as unreadable."""
    path = write(tmp_path, "secret.txt", f"{HEADLINE}\n{BODY}\n")
    path.chmod(0)
    try:
        batch = load_file(path)
    finally:
        path.chmod(0o644)
    assert batch.articles == () and "could not be read (permission denied)" in reasons(batch)


# ---------------------------------------------------------------------------------------------
# Duplicates, mixed batches, every path accounted for
# ---------------------------------------------------------------------------------------------


def test_duplicates_across_formats_load_once(tmp_path: Path) -> None:
    """The same article as .txt, .json and .md loads once (first in sorted order); copies are errors."""
    first = write(tmp_path, "a_story.txt", f"{HEADLINE}\n{BODY}\n")
    write(tmp_path, "b_story.json", json.dumps(NEWS_PLEASE))
    write(tmp_path, "c_story.md", f"# {HEADLINE}\n\n{BODY}\n")
    write(tmp_path, "d_feed.jsonl", json.dumps(OTHER) + "\n" + json.dumps(OTHER) + "\n")
    batch = load_articles(tmp_path)
    assert [a.path for a in batch.articles] == [first.as_posix(), (tmp_path / "d_feed.jsonl#1").as_posix()]
    duplicate_of = {e.path.rsplit("/", 1)[1]: e.reason for e in batch.errors}
    assert duplicate_of == {
        "b_story.json": msg.LOAD_DUPLICATE.format(original=first.as_posix()),
        "c_story.md": msg.LOAD_DUPLICATE.format(original=first.as_posix()),
        "d_feed.jsonl#2": msg.LOAD_DUPLICATE.format(original=(tmp_path / "d_feed.jsonl#1").as_posix()),
    }


def test_same_file_twice_in_a_list_loads_once(tmp_path: Path) -> None:
    """Naming one file twice (directly and through a glob) loads it once without an error."""
    path = write(tmp_path, "a.txt", f"{HEADLINE}\n{BODY}\n")
    batch = load_articles([path, str(path), str(tmp_path / "*.txt")])
    assert len(batch.articles) == 1 and batch.errors == ()


def test_mixed_batch_accounts_for_every_path(tmp_path: Path) -> None:
    """Good files load next to bad ones; every non-hidden input is loaded or has an error."""
    folder = tmp_path / "in"
    write(folder, "good.txt", f"{HEADLINE}\n{BODY}\n")
    write(folder, "good.md", "# Another Story\n\nA different body that is long enough to count.\n")
    write(folder, "feed.jsonl", json.dumps({"title": "Third", "maintext": "Third body."}) + "\n{oops\n")
    for name, data, _ in BAD_FILES:
        write(folder, name, data)
    write(folder, ".hidden.txt", "Hidden\nNever loaded, never reported.\n")
    write(folder / "sub", "nested.txt", "Nested\nSubfolders are not read.\n")
    extra = write(tmp_path, "single.txt", "Single\nA single file given directly.\n")
    batch = load_articles([folder, extra, tmp_path / "missing.txt", str(tmp_path / "*.nope")])
    loaded = {a.path.split("#")[0] for a in batch.articles}
    failed = {e.path.split("#")[0] for e in batch.errors}
    expected = {p.as_posix() for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}
    expected -= {(folder / "a.meta.yaml").as_posix()}
    expected |= {extra.as_posix(), (tmp_path / "missing.txt").as_posix(), (tmp_path / "*.nope").as_posix()}
    assert loaded | failed == expected
    assert {a.headline for a in batch.articles} == {HEADLINE, "Another Story", "Third", "Single"}
    assert not any(".hidden" in p or "nested" in p for p in loaded | failed)
    assert [a.path for a in batch.articles] == sorted(a.path for a in batch.articles)


# ---------------------------------------------------------------------------------------------
# Shipped sample, ids, paths, frames, no network
# ---------------------------------------------------------------------------------------------


def test_sample_article(sample_path: Path) -> None:
    """The shipped sample loads with its sidecar metadata, 16 paragraphs and the credit line."""
    article = only_article(load_file(sample_path))
    assert article.path == "data/articles/2025-03-12_putin-visits-kursk.txt"
    assert article.headline == "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops"
    assert article.published == datetime.date(2025, 3, 12)
    assert article.source == "The New York Times"
    assert len(article.paragraphs) == 16
    assert article.credits == ("Marc Santora contributed reporting from Kyiv, Ukraine.",)
    assert "Source link" not in article.text and "contributed reporting" not in article.text
    assert article.paragraphs[0].startswith("Russia’s president, Vladimir V. Putin")


def test_sample_folder_loads_cleanly() -> None:
    """The project's article folder (given relative to the root, whatever the cwd) loads cleanly."""
    batch = load_articles("data/articles")
    assert batch.errors == ()
    assert "data/articles/2025-03-12_putin-visits-kursk.txt" in [a.path for a in batch.articles]


def test_relative_paths_ignore_the_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative inputs are taken from the project root, not the current directory."""
    monkeypatch.chdir(tmp_path)
    batch = load_articles(["data/articles/*.txt"])
    assert [a.path for a in batch.articles] == ["data/articles/2025-03-12_putin-visits-kursk.txt"]


@pytest.mark.parametrize(
    ("variant", "same"),
    [
        (f"  {HEADLINE.upper()}  \r\n\r\n" + BODY.replace(" ", "  ").replace("\n\n", "\r\n"), True),
        (f"{HEADLINE}\nAdvertisement\n{BODY}\nSam Lee contributed reporting.\nSource link\n", True),
        (f"{HEADLINE}\n{BODY} And one more sentence.\n", False),
        (f"{HEADLINE}!\n{BODY}\n", False),
        (f"{HEADLINE}\n{BODY.replace('’', chr(39))}\n", False),
    ],
)
def test_id_stability(tmp_path: Path, variant: str, same: bool) -> None:
    """Ids ignore case, spacing, line endings and removed lines; changed words change them."""
    base = only_article(load_file(write(tmp_path / "base", "a.txt", f"{HEADLINE}\n{BODY}\n")))
    other = only_article(load_file(write(tmp_path / "variant", "a.txt", variant)))
    assert (base.article_id == other.article_id) is same


def test_id_is_sha256_of_normalised_content(tmp_path: Path) -> None:
    """The id is the first 16 hex digits of SHA-256 of the case-folded headline and body."""
    article = only_article(load_file(write(tmp_path, "a.txt", f"{HEADLINE}\n{BODY}\n")))
    key = HEADLINE.casefold() + "\n" + " ".join(BODY.split()).casefold()
    assert article.article_id == hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def test_html_needs_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """HTML extraction works with every socket connection refused."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    article = only_article(load_file(write(tmp_path, "page.html", HTML)))
    assert article.paragraphs == PARAGRAPHS


def test_articles_frame(tmp_path: Path) -> None:
    """articles_frame has the documented columns, dtypes and joined author/credit strings."""
    write(tmp_path, "a.meta.yaml", SIDECAR)
    write(tmp_path, "a.txt", f"{HEADLINE}\nBy Jane Doe and John Roe\n{BODY}\nSam Lee contributed reporting.\n")
    write(tmp_path, "b.txt", "Short Story\nOne sentence here. Another one follows.\n")
    batch = load_articles(tmp_path)
    first = batch.articles[0].article_id
    frame = articles_frame(batch.articles, n_sentences={first: 3})
    assert list(frame.columns) == list(ARTICLE_COLUMNS)
    assert frame["published"].dtype == object
    assert frame["published"].tolist() == [datetime.date(2025, 3, 12), None]
    assert frame["n_sentences"].dtype == "Int64"
    assert frame["n_sentences"].iloc[0] == 3 and pd.isna(frame["n_sentences"].iloc[1])
    assert frame["n_paragraphs"].tolist() == [3, 1]
    assert frame["n_words"].tolist()[1] == 6
    assert frame["authors"].iloc[0] == "Jane Doe"
    assert frame["credits"].iloc[0] == "By Jane Doe and John Roe; Sam Lee contributed reporting."
    assert list(articles_frame([]).columns) == list(ARTICLE_COLUMNS)


def test_errors_and_paragraphs_frames(tmp_path: Path) -> None:
    """errors_frame keeps its columns when empty; paragraph offsets slice Article.text."""
    assert list(errors_frame([]).columns) == list(ERROR_COLUMNS)
    frame = errors_frame([LoadError("x.txt", msg.LOAD_EMPTY)])
    assert frame.to_dict("records") == [{"path": "x.txt", "reason": msg.LOAD_EMPTY}]
    article = only_article(load_file(write(tmp_path, "a.txt", f"{HEADLINE}\n{BODY}\n")))
    paragraphs = paragraphs_frame([article])
    assert list(paragraphs.columns) == list(PARAGRAPH_COLUMNS)
    assert paragraphs["paragraph_id"].tolist() == [0, 1, 2]
    for row in paragraphs.itertuples():
        assert article.text[row.start : row.end] == row.text == PARAGRAPHS[row.paragraph_id]
    assert list(paragraphs_frame([]).columns) == list(PARAGRAPH_COLUMNS)
