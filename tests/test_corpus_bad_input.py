"""One bad article never ends a batch: long texts, failing steps, other languages (invented files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from analysis import chronology, corpus

FERRY = """Harbor Council Approves New Ferry Line

The Harbor Council approved a new ferry line on Monday after a long debate.

Mayor Ana Ruiz said the service would start in June. "This is a good day for the island," she said.
"""
BRIDGE = """Bridge Repairs Delayed Until Spring

Repairs to the old bridge were delayed until spring, the city engineer said on Friday.

Governor Tom Hale promised new money for the work. "We will fix it," he said.
"""
GERMAN = """Stadtrat genehmigt neue Fährlinie

Der Stadtrat hat am Montag nach langer Debatte eine neue Fährlinie genehmigt, teilten Beamte mit.

Bürgermeisterin Ana Ruiz sagte, der Dienst werde im Juni beginnen und die Insel besser anbinden.
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    target.mkdir()
    (target / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (target / "ferry.txt").write_text(FERRY, encoding="utf-8")
    return target


def test_an_article_longer_than_the_model_limit_is_analysed(folder: Path, tmp_path: Path, nlp: Language) -> None:
    long_body = "\n\n".join(f"Mayor Ana Ruiz spoke to reporters in Springfield for the {i}th time on Monday." for i in range(40))
    (folder / "long.txt").write_text(f"Mayor Speaks Again\n\n{long_body}\n", encoding="utf-8")
    saved, nlp.max_length = nlp.max_length, 500
    try:
        built = corpus.build_corpus(str(folder), cache=False)
    finally:
        nlp.max_length = saved
    assert built.errors.empty and len(built.articles) == 3
    texts = dict(zip(built.articles["article_id"], built.articles["text"]))
    for row in built.sentences.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    for row in built.mentions.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_a_failing_step_is_an_errors_row_and_the_batch_runs(folder: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    real = chronology.actor_roots

    def roots_failing_on_bridges(doc, *args, **kwargs):  # one article's step raises, as a real bug would
        if "bridge" in doc.text:
            raise ValueError("year -56104 is out of range")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(chronology, "actor_roots", roots_failing_on_bridges)
    built = corpus.build_corpus(str(folder), cache_dir=tmp_path / "cache")
    assert built.articles["path"].str.endswith("ferry.txt").tolist() == [True]
    [failure] = built.errors.itertuples()
    assert failure.path.endswith("bridge.txt")
    assert failure.reason.startswith("[E307] the analysis failed in step chronology.article_events "
                                     "(ValueError: year -56104 is out of range)")
    assert set(built.mentions["article_id"]) == set(built.articles["article_id"])
    monkeypatch.setattr(chronology, "actor_roots", real)
    again = corpus.build_corpus(str(folder), cache_dir=tmp_path / "cache")
    assert len(again.articles) == 2 and again.errors.empty and len(again.processed) == 1


@pytest.mark.parametrize("all_languages", [False, True])
def test_articles_not_in_english_are_listed_and_left_out_unless_asked(folder: Path, all_languages: bool) -> None:
    (folder / "faehre.txt").write_text(GERMAN, encoding="utf-8")
    built = corpus.build_corpus(str(folder), cache=False, all_languages=all_languages)
    [note] = built.errors.itertuples()
    assert note.path.endswith("faehre.txt")
    assert note.reason.startswith("[E124]" if all_languages else "[E123]") and "German (de)" in note.reason
    assert len(built.articles) == (3 if all_languages else 2)
