"""The two lexicon engines, scored exactly as their libraries do, with less work per text.

``textblob_scores(text)`` equals ``textblob.en.sentiment(text)`` (TextBlob's default Pattern
analyzer: polarity, subjectivity) and ``vader_compound(text)`` equals
``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``, number for number; the
equality is tested on real text and measured on every NewsMTSC and TempEval-3 text by
``benchmarks/lexicon_engines.py``. The libraries' own lexicons and rules do the scoring; only
the work around them is cheaper:

- TextBlob: its tokenizer splits punctuation off each whitespace-separated piece with a
  Python loop; the split of a piece depends on the piece alone, so it is memoised per piece.
  The sentence-level repairs of that tokenizer (sarcasm "(!)" and emoticons split by the
  punctuation rule) change nothing unless their patterns occur, and a text in which they occur
  is scored by the library itself. The library's assessment rules (modifiers, negations,
  "!", emoticons) are applied to the words with each lexicon entry prepared once.
- VADER: its emoji pass copies a text character by character; a text without emoji is left as
  it is. Words outside the lexicon (and boosters, "kind of") score 0 without a call into the
  per-word rules, as the library's own rules give them. The rules for a lexicon word read at
  most three words before it and two after, so they are given that window (not the whole text,
  which they lower-case word by word) and the valence is memoised per window.

Both rely on the pinned library versions' internals (``textblob._text``, VADER's helper
methods); ``tests/test_lexicons.py`` fails if an upgrade changes a number. TextBlob's private
module ``textblob._text`` is read in one place only, ``pattern_internals()``: it raises the coded
``LibraryChangedError`` (E701) naming what is missing when an upgrade removed or renamed a part,
and ``tests/test_lexicons.py`` compares a fingerprint of the parts read with the one of the
pinned TextBlob, so an upgrade that changes them fails that test by name before any number moves.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import textblob.en as textblob_en
from vaderSentiment import vaderSentiment as vader_module

from . import errors


class PatternInternals(NamedTuple):
    """The parts of TextBlob's private module ``textblob._text`` the fast paths read."""

    eos: str
    punctuation: str
    replacements: dict[str, str]
    abbreviations: frozenset[str]
    abbreviation_patterns: tuple[re.Pattern[str], ...]
    sarcasm: re.Pattern[str]
    emoticon_pattern: re.Pattern[str]
    emoticons: dict[tuple[str, float], list[str]]


def pattern_internals() -> PatternInternals:
    """Read what the fast paths need from ``textblob._text`` (the one place it is imported);
    raise ``LibraryChangedError`` (E701) naming what is missing if an upgrade changed it."""
    try:
        from textblob import _text

        return PatternInternals(
            eos=_text.EOS, punctuation=_text.PUNCTUATION, replacements=dict(_text.replacements),
            abbreviations=frozenset(_text.ABBREVIATIONS),
            abbreviation_patterns=(_text.RE_ABBR1, _text.RE_ABBR2, _text.RE_ABBR3),
            sarcasm=_text.RE_SARCASM, emoticon_pattern=_text.RE_EMOTICONS, emoticons=dict(_text.EMOTICONS),
        )
    except (ImportError, AttributeError) as exc:
        raise errors.LibraryChangedError(errors.TEXTBLOB_INTERNALS.format(detail=exc)) from exc


_PATTERN = pattern_internals()
EOS = _PATTERN.eos
_LEADING = frozenset(_PATTERN.punctuation.replace(".", ""))
_TRAILING = _LEADING | {"."}
_CONTRACTIONS = tuple(_PATTERN.replacements.items())
_KEPT = frozenset(_PATTERN.replacements)
_QUOTES = ("“", "”", "‘", "’", "'", '"')
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
_PIECE = re.compile(r"\S+")


def _is_abbreviation(piece: str) -> bool:
    """True if a piece ending in "." keeps its full stop (TextBlob's abbreviation rules)."""
    return piece in _PATTERN.abbreviations or any(
        pattern.match(piece) is not None for pattern in _PATTERN.abbreviation_patterns)


@lru_cache(maxsize=1 << 17)
def _split_piece(piece: str) -> tuple[str, ...]:
    """The tokens TextBlob's tokenizer makes of one whitespace-free piece: leading punctuation
    marks one by one, then the word, then trailing marks, "..." and a full stop that does not
    end an abbreviation."""
    if piece[0] not in _LEADING and piece[-1] not in _TRAILING:
        return (piece,)
    head: list[str] = []
    while piece and piece[0] in _LEADING and piece not in _KEPT:
        head.append(piece[0])
        piece = piece[1:]
    tail: list[str] = []
    while piece and piece[-1] in _TRAILING and piece not in _KEPT:
        if piece[-1] in _LEADING:
            tail.append(piece[-1])
            piece = piece[:-1]
        if piece.endswith("..."):
            tail.append("...")
            piece = piece[:-3].rstrip(".")
        if piece.endswith("."):
            if _is_abbreviation(piece):
                break
            tail.append(".")
            piece = piece[:-1]
    return (*head, *([piece] if piece else []), *reversed(tail))


def _prepared(text: str) -> str:
    """The text after TextBlob's string-level steps: contractions and quotation marks spaced
    out, Windows line ends, and paragraph breaks marked as sentence ends."""
    if "'" in text:
        for contraction, spaced in _CONTRACTIONS:
            text = text.replace(contraction, spaced)
    for mark in _QUOTES:
        if mark in text:
            text = text.replace(mark, f" {mark} ")
    text = text.replace("\r\n", "\n")
    if "\n\n" in text:
        text = _PARAGRAPH_BREAK.sub(f" {EOS} ", text)
    return text


def pattern_words(text: str) -> list[str] | None:
    """The lower-cased words TextBlob's sentiment analyzer assesses for ``text``, or ``None``
    when a sarcasm or emoticon repair applies (the caller then asks the library)."""
    words = [token for piece in _PIECE.findall(_prepared(text)) for token in _split_piece(piece)
             if token != EOS]
    joined = " ".join(words)
    if _PATTERN.sarcasm.search(joined) or _PATTERN.emoticon_pattern.search(joined):
        return None
    return [word.lower() for word in words]


@lru_cache(maxsize=1)
def _pattern_entries() -> dict[str, tuple[float, float, float, bool]]:
    """Per lexicon word: polarity, subjectivity and intensity averaged over its senses (the
    library's ``None`` entry), and whether it can modify the next word (it has an adverb sense)."""
    lexicon = textblob_en.sentiment
    len(lexicon)  # the library loads its lexicon on first use
    return {word: (*senses[None], any(tag in senses for tag in lexicon.modifiers))
            for word, senses in dict.items(lexicon)}


@lru_cache(maxsize=1)
def _emoticon_polarity() -> dict[str, float]:
    """Lower-cased emoticon -> polarity, the first group listing it winning (the library's order)."""
    found: dict[str, float] = {}
    for (_mood, score), faces in _PATTERN.emoticons.items():
        for face in faces:
            found.setdefault(face.lower(), score)
    return found


def _assess(words: list[str]) -> tuple[float, float]:
    """TextBlob's assessments of lower-cased words, averaged: known words, each strengthened
    by a preceding modifier ("very good"), weakened and flipped by a negation ("not good"),
    boosted by "!"; emoticons; the library's rules in its order (``Sentiment.assessments``)."""
    entries, negations = _pattern_entries(), textblob_en.sentiment.negations
    found: list[list[float]] = []
    modifier: str | None = None
    negation: str | None = None
    for word in words:
        entry = entries.get(word)
        if entry is not None:
            score, subjective, intensity, modifies = entry
            if modifier is None:
                found.append([score, subjective, intensity, 1])
            else:
                last = found[-1]
                last[0] = max(-1.0, min(score * last[2], 1.0))
                last[1] = max(-1.0, min(subjective * last[2], 1.0))
                last[2] = intensity
            if negation is not None:
                found[-1][2] = 1.0 / found[-1][2]
                found[-1][3] = -1
            modifier = word if modifies else None
            negation = word if word in negations else None
            continue
        if word in negations:
            negation = word
        elif negation and len(word.strip("'")) > 1:
            negation = None
        if negation is not None and modifier is not None and modifier.endswith("ly"):
            found[-1][3] = -1
            negation = None
        elif modifier and len(word) > 2:
            modifier = None
        if word == "!" and found:
            found[-1][0] = max(-1.0, min(found[-1][0] * 1.25, 1.0))
        if word == "(!)":
            found.append([0.0, 1.0, 1.0, 1])
        if not word.isalpha() and len(word) <= 5 and word not in _PATTERN.punctuation:
            face = _emoticon_polarity().get(word)
            if face is not None:
                found.append([face, 1.0, 1.0, 1])
    return _averages(found)


def _averages(found: list[list[float]]) -> tuple[float, float]:
    """Mean polarity (halved and flipped where negated) and mean subjectivity, summed in order."""
    polarity = subjectivity = 0
    for score, subjective, _intensity, sign in found:
        polarity += score * -0.5 if sign < 0 else score
        subjectivity += subjective
    count = float(len(found) or 1)
    return float(polarity / count), float(subjectivity / count)


def textblob_scores(text: str) -> tuple[float, float]:
    """(polarity, subjectivity) of ``text``, equal to ``textblob.en.sentiment(text)``."""
    words = pattern_words(text)
    if words is None:
        polarity, subjectivity = textblob_en.sentiment(text)
        return float(polarity), float(subjectivity)
    return _assess(words)


@lru_cache(maxsize=1)
def vader_analyzer() -> vader_module.SentimentIntensityAnalyzer:
    """The VADER analyzer, built once per process (it reads its bundled lexicons)."""
    return vader_module.SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _emoji_characters() -> frozenset[str]:
    """The emoji VADER rewrites (it looks at one character at a time, so only 1-character keys)."""
    return frozenset(key for key in vader_analyzer().emojis if len(key) == 1)


class _VaderText(NamedTuple):
    """A text's words in the shape VADER's per-word rules read (``words_and_emoticons``,
    ``is_cap_diff``), as its ``SentiText`` builds them; also used for a window of words."""

    words_and_emoticons: list[str]
    is_cap_diff: bool


VADER_REACH = 3


@lru_cache(maxsize=1 << 16)
def _vader_word(piece: str) -> str:
    """A whitespace-separated piece with its outer punctuation stripped, as VADER does it."""
    return vader_module.SentiText._strip_punc_if_word(piece)


@lru_cache(maxsize=1 << 17)
def _vader_valence(window: tuple[str, ...], at: int, is_cap_diff: bool) -> float:
    """VADER's valence of the lexicon word ``window[at]``. Its rules read at most three words
    before and two after the word (indexing below it only where those words exist), so a
    window that wide gives the number the whole text gives; windows recur, so it is memoised."""
    text = _VaderText(list(window), is_cap_diff)
    return vader_analyzer().sentiment_valence(0, text, window[at], at, [])[0]


def _vader_sentiments(text: _VaderText) -> list[float]:
    """Each word's valence before the "but" rule: 0 for words outside the lexicon, boosters
    and "kind" before "of" (what the library's loop gives them), the rules' value otherwise."""
    words, lexicon = text.words_and_emoticons, vader_analyzer().lexicon
    lowered = [word.lower() for word in words]
    sentiments: list[float] = []
    for i, word in enumerate(lowered):
        if (word not in lexicon or word in vader_module.BOOSTER_DICT
                or (word == "kind" and i < len(words) - 1 and lowered[i + 1] == "of")):
            sentiments.append(0)
            continue
        start = max(0, i - VADER_REACH)
        sentiments.append(_vader_valence(tuple(words[start: i + VADER_REACH]), i - start, text.is_cap_diff))
    return sentiments


def clear_caches() -> None:
    """Forget the memoised pieces, words and valences (the lexicons stay loaded)."""
    for memo in (_split_piece, _vader_word, _vader_valence):
        memo.cache_clear()


def vader_compound(text: str) -> float:
    """VADER's compound score of ``text``, equal to ``polarity_scores(text)["compound"]``."""
    analyzer = vader_analyzer()
    if not _emoji_characters().isdisjoint(text):
        return float(analyzer.polarity_scores(text)["compound"])
    text = text.strip()
    words = [_vader_word(piece) for piece in text.split()]
    sentiments = analyzer._but_check(words, _vader_sentiments(
        _VaderText(words, vader_module.allcap_differential(words))))
    if not sentiments:
        return 0.0
    total = float(sum(sentiments))
    emphasis = analyzer._punctuation_emphasis(text)
    total = total + emphasis if total > 0 else total - emphasis if total < 0 else total
    return float(round(vader_module.normalize(total), 4))
