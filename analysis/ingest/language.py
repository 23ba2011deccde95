"""Which language an article is written in, so that non-English articles stay out of the English
analysis by default (each listed in the errors table with its language) or, when asked, are
analysed with a note.

A text whose words are at least ``ENGLISH_SHARE`` English function words ("the", "of", "that",
"said", ...: a tenth to a fifth of the words of English news prose, almost none of other languages'
words) is English without further ado; any other text is identified by lingua
(``lingua-language-detector``, maintained, offline: its models ship in the wheel), restricted to
the ``LANGUAGES`` below in its low-accuracy mode (enough for article-length text: loading it takes
about half a second once per process, then 2-3 ms per article; an all-language detector took 4 s
to load and a high-accuracy one 11 s). A text in a language outside the list is reported as the
listed language closest to it, which is still not English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from analysis import errors as msg

from .records import Article, Batch, LoadError

#: The languages lingua chooses among (lingua's names): English and widely published news languages.
LANGUAGES: tuple[str, ...] = (
    "ENGLISH", "GERMAN", "FRENCH", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "RUSSIAN", "UKRAINIAN",
    "POLISH", "TURKISH", "ARABIC", "CHINESE", "JAPANESE", "KOREAN",
)
#: English function words that are not common words of the other listed Latin-script languages
#: (so not "was", "will", "had", "her": German or Dutch words too; not "he": Spanish).
ENGLISH_WORDS = frozenset(
    "the of and that with were said have this from which would they their been she who but its".split()
)
ENGLISH_SHARE = 0.10
SAMPLE_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]+")
#: A language as (ISO 639-1 code, English name), e.g. ("de", "German").
Detected = tuple[str, str]


def english_share(text: str) -> float:
    """The share of the words of ``text`` that are English function words (0 for no words)."""
    words = _WORD.findall(text.lower())
    return sum(word in ENGLISH_WORDS for word in words) / len(words) if words else 0.0


@lru_cache(maxsize=1)
def _detector() -> Any:
    """lingua's detector for ``LANGUAGES``, built once per process (imported here: only texts that
    do not read as English need it)."""
    from lingua import Language, LanguageDetectorBuilder

    chosen = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*chosen).with_low_accuracy_mode().build()


def language_of(text: str) -> Detected:
    """(ISO 639-1 code, English name) of the language ``text`` is written in; ("en", "English")
    also when nothing can be told (no letters)."""
    sample = text[:SAMPLE_CHARS]
    if english_share(sample) >= ENGLISH_SHARE or not _WORD.search(sample):
        return "en", "English"
    found = _detector().detect_language_of(sample)
    if found is None:
        return "en", "English"
    return found.iso_code_639_1.name.lower(), found.name.title()


def languages_of(articles: Sequence[Article], *, known: Mapping[str, Detected] | None = None) -> dict[str, Detected]:
    """(code, name) of each article's language by article id: from ``known`` (by article id) where
    it is given, else detected (``language_of`` over the headline and text)."""
    known = known or {}
    return {article.article_id: known.get(article.article_id) or language_of(f"{article.headline}\n\n{article.text}")
            for article in articles}


def split_by_language(batch: Batch, *, all_languages: bool = False,
                      languages: Mapping[str, Detected] | None = None) -> Batch:
    """``batch`` without its non-English articles, each listed in the errors with its language
    (E123); with ``all_languages`` they stay, each with a note (E124). ``languages`` gives each
    article's language by id (``languages_of``), detected here when not given."""
    found = languages if languages is not None else languages_of(batch.articles)
    kept: list[Article] = []
    notes: list[LoadError] = []
    for article in batch.articles:
        code, name = found[article.article_id]
        if code != "en":
            message = msg.LOAD_NOT_ENGLISH_KEPT if all_languages else msg.LOAD_NOT_ENGLISH
            notes.append(LoadError(article.path, message.format(language=name, code=code)))
        if code == "en" or all_languages:
            kept.append(article)
    return Batch(tuple(kept), batch.errors + tuple(notes))
