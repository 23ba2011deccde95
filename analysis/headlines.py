"""Headlines: the actors a headline names, with offsets into the headline itself.

Headlines are often title-cased ("Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops"),
and the small model then takes capitalised common words for names ("Cheer Ouster"). Before
parsing, a title-cased headline is true-cased with its article's body: a word keeps its capital
when the body writes it capitalised mid-sentence ("Kursk", "Putin"), or when it is not a common
English word or a regular inflection of one (the lemmatizer's word lists); the other words after the first are lower-cased
("Visits" -> "visits"). The text keeps its length, so offsets hold for the original headline.

``parse_headlines(articles, nlp=...)`` parses the true-cased headlines of a batch in one
``nlp.pipe`` stream; ``analysis.corpus`` does so once per batch and hands each article's headline
Doc to ``analyse_rows``, where every extractor that reads the headline (actors here; the time and
portrayal analyses) takes that one Doc instead of parsing again. ``headline_doc(headline, body)``
parses one headline, kept per (headline, model), for use outside a batch (notebooks, tests).
``headline_mentions(doc, body_mentions)`` runs ``analysis.actors.extract_mentions`` on it and
links each mention to the body's actor: the same canonical name, a person whose last name is the
mention's last word, or an entity of the same text; other mentions keep their own actor. A
capitalised headline word that is the last name of a body person is a mention of that person even
when the model tags nothing there (the small model misses names in short headlines).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .actors import extract_mentions
from .entities import common_words
from .articles import Article
from .nlp import load_model, parse, parse_one
from .records import Mention

HEADLINE_CACHE = 256


def _body_capitals(body: str) -> frozenset[str]:
    """Words the body writes capitalised after another word of the same sentence."""
    found, previous = set(), "."
    for word in body.split():
        bare = word.strip("\"'“”‘’(),;:.!?")
        if bare[:1].isupper() and previous[-1:] not in ".!?\"“”:" and not previous.endswith("\n"):
            found.add(bare)
        previous = word
    return frozenset(found)


def title_cased(headline: str) -> bool:
    """True when most words of four letters or more after the first are capitalised."""
    words = [w for w in headline.split()[1:] if len(w) > 3 and w.isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) / len(words) > 0.6


def true_cased(headline: str, body: str) -> str:
    """The headline with the common words after the first lower-cased (module docstring)."""
    if not title_cased(headline):
        return headline
    capitals, common = _body_capitals(body), common_words()
    words = headline.split(" ")
    out = words[:1]
    for word in words[1:]:
        bare = word.strip("\"'“”‘’(),;:.!?")
        lower = _is_common(bare.lower(), common) and bare not in capitals and not bare.isupper()
        out.append(word.lower() if lower else word)
    return " ".join(out)


def _is_common(word: str, common: frozenset[str]) -> bool:
    """True for a common word or a regular inflection of one ("visits", "cheered", "seizing")."""
    stems = (word, word[:-1], word[:-2], word[:-3]) if len(word) > 4 else (word,)
    return any(stem in common for stem in stems if stem)


@lru_cache(maxsize=HEADLINE_CACHE)
def _parsed(text: str, model: Language) -> Doc:
    """One parse per true-cased headline and model."""
    return parse_one(text, nlp=model)


def headline_doc(headline: str, body: str, *, nlp: Language | None = None) -> Doc:
    """The parsed, true-cased headline (kept for reuse; its text has the headline's offsets)."""
    return _parsed(true_cased(headline, body), nlp if nlp is not None else load_model())


def parse_headlines(articles: Sequence[Article], *, nlp: Language | None = None) -> dict[str, Doc]:
    """The parsed, true-cased headline of each article with one, by article id, parsed in one
    ``nlp.pipe`` stream (a tenth of the cost of one call per headline)."""
    with_headline = [a for a in articles if a.headline]
    texts = (true_cased(a.headline, a.text) for a in with_headline)
    return {a.article_id: doc for a, doc in zip(with_headline, parse(texts, nlp=nlp))}


def _body_actor(mention: Mention, body: Sequence[Mention], headline: str) -> str:
    """The body actor a headline mention names (module docstring), else its own actor as the
    headline writes it (true-casing may have lower-cased it: "halifax hospital")."""
    actors = {m.actor for m in body}
    if mention.actor in actors:
        return mention.actor
    last = mention.actor.split()[-1] if mention.actor.split() else ""
    people = [m.actor for m in body if m.label == "PERSON" and m.kind == "name"
              and m.actor.split()[-1] == last]
    if people:
        return people[0]
    same = [m.actor for m in body if m.text == mention.text]
    return same[0] if same else _as_written(mention.actor, headline[mention.start:mention.end])


def _as_written(actor: str, written: str) -> str:
    """``actor`` in the case of the headline's words it was made of, when they hold it."""
    at = written.lower().find(actor.lower())
    return written[at:at + len(actor)] if at >= 0 else actor


def _known_surnames(doc: Doc, found: Sequence[Mention], body: Sequence[Mention]) -> list[Mention]:
    """Capitalised headline words outside ``found`` that are the last name of a body person."""
    people = {m.actor.split()[-1]: m.actor for m in body if m.kind == "name" and m.label == "PERSON"}
    covered = {i for m in found for i in range(m.start, m.end)}
    return [Mention(t.idx, t.idx + len(t), t.text, "PERSON", people[t.text], "name")
            for t in doc if t.text in people and t.idx not in covered]


def headline_mentions(doc: Doc, body_mentions: Sequence[Mention], headline: str) -> list[Mention]:
    """The headline's actor mentions, linked to the body's actors, texts from the headline; a
    body person's last name the model missed in the headline is a mention too."""
    found = [replace(m, text=headline[m.start:m.end], actor=_body_actor(m, body_mentions, headline))
             for m in extract_mentions(doc) if m.kind != "pronoun"]
    return sorted(found + _known_surnames(doc, found, body_mentions), key=lambda m: (m.start, -m.end))
