"""analysis.lexicons gives exactly the libraries' numbers (TextBlob's Pattern analyzer, VADER)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
from pathlib import Path

import pytest
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import errors, lexicons

VADER = SentimentIntensityAnalyzer()

# Invented sentences covering each rule the fast paths must keep: punctuation splitting,
# abbreviations, ellipses, contractions, quotation marks, paragraph breaks, negation, modifiers,
# exclamation marks, sarcasm, emoticons (also the "(in 1998)" one the tokenizer makes),
# boosters, "kind of", "least", "but", capitals, question marks and emoji.
CASES: tuple[str, ...] = (
    "",
    "   ",
    "The minister gave a good speech.",
    "The minister did not give a very good speech!",
    "It was not a good, nor a really bad, idea...",
    "Mr. Smith met the U.S. envoy at 5 p.m. in St. Louis; talks were terrible.",
    "“We can't accept this,” she said. 'It's awful,' he added.",
    "He said: \"wonderful\" -- really wonderful!!",
    "A great day.\n\nA horrible night.\r\nThe end",
    "What a brilliant plan (!)",
    "Fine by me :) but sad :( ;-)",
    "The law (passed in 1998) was a huge success.",
    "He was kind of happy, at least not unhappy.",
    "The plan is GREAT but the timing is bad???",
    "The least helpful answer; never so good; without doubt the best.",
    "No problem, no good news, not bad at all.",
    "Good 😀 news and bad 😡 news",
    "(((great))) [[awful]] {fine} #winning @rival $$$",
    "END-OF-SENTENCE is a strange word, isn't it?",
    "The deal is sort of good... kind of.",
    "It is really not good; extremely not bad; never really happy!",
    "Quietly never good, very very bad!!! and not a single good one",
    "cool 8-) but <3 and :-d or ;d and o.o",
)


def _sample_texts(sample_path: Path) -> list[str]:
    """The sample article's paragraphs, and every prefix and suffix of them at a space."""
    paragraphs = [p for p in sample_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    pieces = []
    for paragraph in paragraphs:
        cuts = [m.start() for m in re.finditer(" ", paragraph)]
        pieces += [paragraph, *(paragraph[:c] for c in cuts), *(paragraph[c:] for c in cuts)]
    return pieces


@pytest.mark.parametrize("text", CASES)
def test_textblob_scores_equal_textblob(text: str) -> None:
    assert lexicons.textblob_scores(text) == tuple(TextBlob(text).sentiment)


@pytest.mark.parametrize("text", CASES)
def test_vader_compound_equals_vader(text: str) -> None:
    assert lexicons.vader_compound(text) == VADER.polarity_scores(text)["compound"]


def test_both_engines_equal_the_libraries_on_the_sample_article(sample_path: Path) -> None:
    texts = _sample_texts(sample_path)
    assert len(texts) > 500
    assert [lexicons.textblob_scores(t) for t in texts] == [tuple(TextBlob(t).sentiment) for t in texts]
    assert [lexicons.vader_compound(t) for t in texts] == [VADER.polarity_scores(t)["compound"] for t in texts]


@pytest.mark.parametrize(("text", "words"), [
    # "n't" is spaced out first, then every "'": TextBlob's own order of steps.
    ("Mr. Smith isn't happy.", ["mr.", "smith", "is", "n", "'", "t", "happy", "."]),
    ("Really good...", ["really", "good", "..."]),
    ("(U.S.) talks", ["(", "u.s.", ")", "talks"]),
    ("one\n\ntwo", ["one", "two"]),
])
def test_pattern_words_follow_the_textblob_tokenizer(text: str, words: list[str]) -> None:
    assert lexicons.pattern_words(text) == words


@pytest.mark.parametrize("text", ["What a plan (!)", "Nice :)", "in (1998)"])
def test_texts_with_sarcasm_or_emoticons_go_to_the_library(text: str) -> None:
    assert lexicons.pattern_words(text) is None
    assert lexicons.textblob_scores(text) == tuple(TextBlob(text).sentiment)


def _shape(pattern: str) -> tuple[bool, int]:
    """Wrapper and length of TextBlob's "(a|b|...)($|\\s)" emoticon pattern: its alternatives come
    from the emoticon sets (in the fingerprint), in an order that varies from run to run."""
    return pattern.startswith("(") and pattern.endswith(r")($|\s)"), len(pattern)


def _fingerprint(internals: lexicons.PatternInternals) -> str:
    """SHA-256 of the parts of ``textblob._text`` the fast paths read, in a stable form."""
    parts = [internals.eos, internals.punctuation, sorted(internals.replacements.items()),
             sorted(internals.abbreviations),
             [(p.pattern, p.flags) for p in (*internals.abbreviation_patterns, internals.sarcasm)],
             _shape(internals.emoticon_pattern.pattern),
             sorted((key, sorted(faces)) for key, faces in internals.emoticons.items())]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


# The fingerprint of textblob._text as pinned in requirements.lock (textblob==0.20.1).
TEXTBLOB_INTERNALS_FINGERPRINT = "21cc896908762d7d9f171b1f27ee2657ae24e69866242a8fdce7bc1066af9700"


def test_textblob_private_module_is_as_pinned() -> None:
    """Fails by name when a TextBlob upgrade changes the private parts analysis.lexicons reads."""
    found = _fingerprint(lexicons.pattern_internals())
    assert found == TEXTBLOB_INTERNALS_FINGERPRINT, (
        f"textblob._text changed (TextBlob {importlib.metadata.version('textblob')}): check that "
        "analysis.lexicons still gives the library's numbers (the tests above), then update this fingerprint")


def test_a_missing_private_part_gives_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from textblob import _text

    monkeypatch.delattr(_text, "RE_SARCASM")
    with pytest.raises(errors.LibraryChangedError, match=r"^\[E701\] .*RE_SARCASM"):
        lexicons.pattern_internals()
