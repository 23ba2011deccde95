"""PerSenT reader: news articles labelled with the author's sentiment toward their main entity.

PerSenT (Bastan et al., COLING 2020) gives per article a headline (``TITLE``), the main entity's name
(``TARGET_ENTITY``), the text (``DOCUMENT``, paragraphs separated by ``\\n``) and the document label
(``TRUE_SENTIMENT``: Negative / Neutral / Positive), plus paragraph labels. The shared copy
(``../shared/benchmarks/persent/``, see its SOURCE.md) is damaged; ``repair`` undoes what can be
undone:

- mis-decoded UTF-8 ("â€œ" for a curly quote, with C1 control characters): ``ftfy.fix_text``, which
  re-decodes such runs (and only runs that decode cleanly);
- tokeniser output: possessives and contractions split off (``Myanmar 's``, ``do n't``, ``men ’ s``),
  spaces before punctuation (``said .``), Penn Treebank brackets (``-LRB-``/``-RRB-``);
- commas: the dataset turned most of them into two spaces (554 of dev's 578 documents hold no
  comma); two spaces between a word or number and the next word are a comma again ("In 2006  Ben
  Koll bought" -> "In 2006, Ben Koll bought"; "3  000" -> "3,000"), so appositions, lists and
  clause boundaries parse ("Hugh Hefner  publisher of ..." made the name an organisation's). A
  sentence end keeps its spacing; the few double spaces that were no comma get one (measured:
  the portrayal benchmark's figures, in the issue note);
- other runs of spaces collapsed to one.

``target_names`` gives the names to look for: the repaired target with repeated words and glued
credits (``REUTERSKevin Lamarque Trump``) reduced to a name found in the text, with the surname as a
fallback. ``match_cause`` says why the main entity is found poorly among an article's actors (for the
benchmark's data-path count; ``MATCH_CAUSES`` lists the causes in the order they are tested).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import ftfy

from . import paths
from .vocabulary import SENTIMENT_LABELS as LABELS

PERSENT_DIR: Path = paths.BENCHMARK_DATA_DIR / "persent"
PERSENT_SPLITS: dict[str, Path] = {"dev": PERSENT_DIR / "dev.csv"}

_TOKENISER_FIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"-LRB-\s?"), "("),
    (re.compile(r"\s?-RRB-"), ")"),
    (re.compile(r"-LSB-\s?"), "["),
    (re.compile(r"\s?-RSB-"), "]"),
    (re.compile(r"(\w) ([’']) ?(s|S|re|ve|ll|d|m)\b"), r"\1\2\3"),
    (re.compile(r"(\w) (n[’']t)\b"), r"\1\2"),
    (re.compile(r"(\w) ?’ (s|t|re|ve|ll|d|m)\b"), r"\1’\2"),
    (re.compile(r"(\S) +([.!?;:%)\]](?:\s|$))"), r"\1\2"),
    (re.compile(r"([(\[$]) +(\S)"), r"\1\2"),
    (re.compile(r"(\d)  (\d{3})(?!\d)"), r"\1,\2"),
    (re.compile(r"(?<=[A-Za-z0-9)%])  (?=[A-Za-z0-9$(\u201c\"\u2018])"), ", "),
    (re.compile(r"[ \t]{2,}"), " "),
)


@dataclass(frozen=True)
class Document:
    """One PerSenT article: id, headline, target name as given, repaired text and labels."""

    doc_id: int
    title: str
    target: str
    text: str
    label: str
    paragraph_labels: tuple[str, ...]


def repair(text: str) -> str:
    """Undo the dataset's mojibake and tokeniser damage (see the module docstring)."""
    fixed = ftfy.fix_text(text or "", normalization="NFC", uncurl_quotes=False)
    for pattern, replacement in _TOKENISER_FIXES:
        fixed = pattern.sub(replacement, fixed)
    return "\n".join(line.strip() for line in fixed.split("\n"))


def _label(value: str) -> str:
    """The label word in lower case; empty for a missing label."""
    return (value or "").strip().lower()


def read_documents(path: str | Path) -> list[Document]:
    """Read a PerSenT CSV split into repaired ``Document`` records, in file order."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    documents = []
    for row in rows:
        paragraph_labels = tuple(_label(row[f"Paragraph{i}"]) for i in range(16) if row.get(f"Paragraph{i}"))
        documents.append(Document(
            doc_id=int(row["DOCUMENT_INDEX"]), title=repair(row["TITLE"]), target=repair(row["TARGET_ENTITY"]),
            text=repair(row["DOCUMENT"]), label=_label(row["TRUE_SENTIMENT"]),
            paragraph_labels=paragraph_labels,
        ))
    return documents


def read_split(split: str = "dev") -> list[Document]:
    """Read a named split (``PERSENT_SPLITS``) from the shared benchmark folder."""
    return read_documents(PERSENT_SPLITS[split])


def target_names(document: Document) -> tuple[str, ...]:
    """Names of the target to match against actors, best first: runs of the target's capitalised
    words found in the text, longer runs first, later words (the surname) first among equals;
    the last word when none is found."""
    words = [w for w in re.findall(r"[A-Z][\w.’'-]*", document.target) if len(w) > 1]
    lower = document.text.lower()
    runs = {(j - i, i): " ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    found = [runs[key] for key in sorted(runs, key=lambda key: (-key[0], -key[1])) if runs[key].lower() in lower]
    names = list(dict.fromkeys(found))
    return tuple(names) or tuple(words[-1:]) or (document.target,)


#: Why a document's main entity is found poorly (or ``found``), tested in this order.
MATCH_CAUSES: dict[str, str] = {
    "headline only": "no actor matches and no target name occurs in the body: only the headline names it",
    "tagger missed": "no actor matches although a target name occurs in the body",
    "name split": "another actor's name is made only of the target's words (\"Francis\" beside \"Pope Francis\"): "
                  "one person split into two actors",
    "one mention": "the matched actor has a single mention",
    "shares a word": "another actor's name holds a target word among others (a relative, a company, or two "
                     "names glued where PerSenT lost a comma: \"Woods Mickelson\")",
    "found": "one actor with two mentions or more and no other actor named with the target's words",
}


def _name_words(text: str) -> set[str]:
    """The lower-cased words of a name (letters first, so no numbers)."""
    return {w.lower() for w in re.findall(r"[^\W\d_][\w.’'-]*", text)}


def match_cause(document: Document, actors: Sequence[Mapping], matched: Mapping | None) -> str:
    """The ``MATCH_CAUSES`` key for the document's main entity, given the article's actor rows (dicts
    with ``actor`` and ``n_mentions``) and the actor matched to the target (``None``: none)."""
    target = _name_words(document.target) | _name_words(" ".join(target_names(document)))
    if matched is None:
        named = any(name.lower() in document.text.lower() for name in target_names(document))
        return "tagger missed" if named else "headline only"
    others = [_name_words(str(a["actor"])) for a in actors if a["actor"] != matched["actor"]]
    if any(words and words <= target for words in others):
        return "name split"
    if int(matched["n_mentions"]) <= 1:
        return "one mention"
    return "shares a word" if any(words & target for words in others) else "found"


def as_article_text(document: Document) -> str:
    """The document as a ``.txt`` article: headline line, blank line, paragraphs one per line."""
    body = "\n\n".join(p for p in document.text.split("\n") if p.strip())
    return f"{document.title or document.target}\n\n{body}\n"


def label_counts(documents: Sequence[Document]) -> dict[str, int]:
    """How many documents carry each label."""
    return {label: sum(d.label == label for d in documents) for label in LABELS}
