"""The spaCy pipeline: model resolution and the one place that calls ``nlp.pipe``.

The English pipeline is resolved at run time, never downloaded (the order is in
``analysis.pipelines``, which also names the pipeline from its metadata without loading it). A
small component makes every paragraph start a new sentence, so sentences never straddle
paragraphs, and ends one after "a.m." or "p.m." where the next sentence begins; another ends a
sentence after a temperature ("-15 C."); the tokenizer is told to keep abbreviated titles whole
("Sgt.", "Const.": split, their full stop ended a sentence) and to split a comma typed without
its space before a number ("Belkacemi,60"); the attribute ruler is matched
through an index (``analysis.attribute_ruler``: the same token attributes, found in a
tenth of the time).

A text longer than the pipeline's ``max_length`` (spaCy's E088 limit, a million characters) is
parsed in pieces cut after paragraph breaks (else after a line break, a full stop or a space) and
joined back with ``Doc.from_docs``: the Doc's text is the article's text, so offsets stay right, and
a sentence never straddles a cut.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib
import weakref
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from . import errors, pipelines
from .attribute_ruler import use_indexed_ruler
from .pipelines import MODEL_CANDIDATES
from .vocabulary import TITLE_ABBREVIATIONS

DOC_TEXT_KEY = "analysis.text"
SENTENCES_KEY = "analysis.sentences"
ENTITIES_KEY = "analysis.entities"
PARAGRAPH_BREAK = "\n\n"


#: Temperature units the tokenizer keeps with a sentence's full stop as if they were initials ("-15 C.").
TEMPERATURE_UNITS = frozenset({"C.", "F."})


@Language.component("temperature_stops")
def temperature_stops(doc: Doc) -> Doc:
    """Split the full stop off a temperature unit after a number ("below -15 C. Diana Lund said" ->
    "C", "."), so that the sentence ends there and the name after it stands alone (runs first; the
    tokenizer reads "C." as an initial, and the parser and tagger then run the two sentences and the
    name together)."""
    units = [t for t in doc[1:] if t.text in TEMPERATURE_UNITS and doc[t.i - 1].like_num]
    if not units:
        return doc
    with doc.retokenize() as retokenizer:
        for token in units:
            retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 1)])
    return doc


#: Abbreviations of the time of day whose full stop may also end the sentence ("after 2 a.m. He died").
TIME_OF_DAY = frozenset({"a.m.", "p.m."})


def _runs_on(previous: Token) -> bool:
    """Whether the sentence goes on after ``previous``: a word, a number or a comma never ends one
    (a full stop, question or exclamation mark, colon, closing quotation mark or line break does)."""
    return previous.is_alpha or previous.like_num or previous.text == ","


@Language.component("sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts the parser misses and forbid those it invents (runs after the tagger,
    before the parser): the first token after a line break starts a sentence, so sentences never
    straddle paragraphs; so does a capitalised word after "a.m." or "p.m." that is no proper noun
    ("shortly after 2 a.m. He was pronounced dead"; not "at 9 a.m. Monday", "p.m. Eastern"). No
    sentence starts right after a word, a number or a comma (``_runs_on``): the parser would end one
    at "below -30 | C this week, advocates say", cutting the report from its speaker."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif previous.lower_ in TIME_OF_DAY and token.is_title and token.tag_ not in ("NNP", "NNPS"):
            token.is_sent_start = True
        elif _runs_on(previous):
            token.is_sent_start = False
    return doc


def _candidates(name: str | None) -> tuple[str, ...]:
    return pipelines.candidates(name, default=MODEL_CANDIDATES)


@lru_cache(maxsize=4)
def _load_one(name: str) -> Language:
    """Load an installed pipeline by package or path name, once per process (``load_model(None)``
    and ``load_model(<the name it resolved to>)`` share it)."""
    try:
        return spacy.load(name)
    except OSError:
        module = importlib.import_module(name)
        return module.load()


def resolve_model_name(name: str | None = None) -> str:
    """Return the name of the first installed English pipeline (see module docstring)."""
    return load_model(name).meta.get("_resolved_name", "")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline once per process; raise ``ModelNotFoundError`` if none loads."""
    tried: list[str] = []
    for candidate in _candidates(name):
        tried.append(candidate)
        try:
            nlp = _load_one(candidate)
        except (OSError, ImportError) as exc:
            if name:
                raise errors.ModelNotFoundError(errors.MODEL_NAME_FAILED.format(name=candidate, error=exc)) from exc
            continue
        nlp.meta["_resolved_name"] = candidate
        if "parser" in nlp.pipe_names and "sentence_starts" not in nlp.pipe_names:
            nlp.add_pipe("sentence_starts", before="parser")
            nlp.add_pipe("temperature_stops", first=True)
            keep_title_abbreviations(nlp)
            split_comma_before_digits(nlp)
        use_indexed_ruler(nlp)
        return nlp
    raise errors.ModelNotFoundError(errors.MODEL_NOT_FOUND.format(tried=", ".join(tried)))


def keep_title_abbreviations(nlp: Language) -> None:
    """Make the tokenizer keep an abbreviated title with its full stop ("Sgt.", "Const.";
    ``TITLE_ABBREVIATIONS``), as it does "Mr." and "Gen.": split off, the stop ended a sentence
    inside "Det. Sgt. Terry Browne said", and "Det" became a person of its own."""
    for word in sorted(TITLE_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(f"{word.capitalize()}.", [{ORTH: f"{word.capitalize()}."}])


#: A comma between a word's last letter and a digit with no space: a typo the tokenizer kept in one token.
COMMA_BEFORE_DIGIT = r"(?<=[^\W\d_]),(?=\d)"


def split_comma_before_digits(nlp: Language) -> None:
    """Make the tokenizer split a comma typed without its space between a word and a number
    ("Belkacemi,60" -> "Belkacemi" "," "60"): kept whole, the age was part of the name, and the
    person's name no entity. Numbers ("1,000") and words ("and,or") are left as they were."""
    infixes = list(nlp.Defaults.infixes) + [COMMA_BEFORE_DIGIT]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def stock_pipeline(name: str | None = None) -> Language:
    """A fresh copy of the pipeline ``load_model(name)`` resolves to, exactly as installed: without
    the project's components and tokenizer cases and with spaCy's own attribute ruler (for
    comparisons)."""
    return _load_one.__wrapped__(resolve_model_name(name))


def pipeline_key(nlp: Language) -> str:
    """What a parse depends on, for keys of caches of parsed Docs: the pipeline's name and version
    and a digest of this module and the title abbreviations, which add components and tokenizer cases."""
    source = Path(__file__).read_text(encoding="utf-8") + "\0".join(sorted(TITLE_ABBREVIATIONS))
    return f"{nlp.meta.get('_resolved_name', '')} {nlp.meta['version']} {hashlib.sha1(source.encode()).hexdigest()[:12]}"


def model_description(nlp: Language) -> str:
    """Return ``name version`` of a loaded pipeline, for reports and cache keys."""
    return pipelines.description(nlp.meta)


def parse(texts: Iterable[str], *, nlp: Language | None = None, batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts with ``nlp.pipe`` (the only place the project runs the pipeline on articles);
    one Doc per text, a text longer than ``max_length`` parsed in pieces (see module docstring)."""
    model = nlp if nlp is not None else load_model()
    pieces = ((piece, (k, len(split))) for text in texts
              for split in (split_for_model(text, model.max_length),) for k, piece in enumerate(split))
    pending: list[Doc] = []
    for doc, (k, n) in model.pipe(pieces, as_tuples=True, batch_size=batch_size):
        if n == 1:
            yield doc
            continue
        pending.append(doc)
        if k == n - 1:
            yield Doc.from_docs(pending, ensure_whitespace=False)
            pending = []


def split_for_model(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters that join back to it, each cut after a
    paragraph break where there is one, else after a line break, a full stop or a space."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = next((window.rfind(mark) + len(mark) for mark in (PARAGRAPH_BREAK, "\n", ". ", " ")
                    if window.rfind(mark) > 0), limit)
        pieces.append(window[:cut])
        start += cut
    return [*pieces, text[start:]]


_MEMOS: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()


def memo(doc: Doc) -> dict[str, Any]:
    """A dictionary of things computed once per Doc, kept while the Doc lives. It is kept beside
    the Doc, not in its ``user_data``, so ``doc.to_bytes()`` still works after an analysis."""
    found = _MEMOS.get(doc)
    if found is None:
        found = _MEMOS[doc] = {}
    return found


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token on each access, and several
    extractors need the whole text)."""
    memos = memo(doc)
    if DOC_TEXT_KEY not in memos:
        memos[DOC_TEXT_KEY] = doc.text
    return memos[DOC_TEXT_KEY]


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's sentences and their first token ids, built once per Doc."""
    memos = memo(doc)
    if SENTENCES_KEY not in memos:
        found = list(doc.sents)
        memos[SENTENCES_KEY] = (found, [sent.start for sent in found])
    return memos[SENTENCES_KEY]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once per Doc."""
    return _sentences(doc)[0]


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` (``token.sent`` walks the Doc on every call)."""
    found, starts = _sentences(doc)
    return found[max(bisect.bisect_right(starts, i) - 1, 0)]


def sentences_back(doc: Doc, i: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one holding token ``i`` (of the
    Doc's first sentence when there are fewer)."""
    found, starts = _sentences(doc)
    return found[max(bisect.bisect_right(starts, i) - 1 - n, 0)].start


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (spaCy makes new spans on every access); the Doc's
    entities must not be reassigned after the first call."""
    memos = memo(doc)
    if ENTITIES_KEY not in memos:
        memos[ENTITIES_KEY] = tuple(doc.ents)
    return memos[ENTITIES_KEY]


def token_ids(doc: Doc, attribute: str, values: Iterable[str]) -> list[int]:
    """Ids, in order, of the tokens whose string ``attribute`` ("TAG", "LOWER", ...) is one of
    ``values``, read from the Doc's arrays instead of making a Token object per word."""
    if not len(doc):
        return []
    wanted = np.asarray([get_string_id(value) for value in values], dtype=np.uint64)
    return np.flatnonzero(np.isin(doc.to_array(attribute), wanted)).tolist()


SIGNED_ATTRIBUTES = frozenset({"HEAD", "SENT_START"})


def token_columns(doc: Doc, attributes: Sequence[str]) -> list[list[int]]:
    """Per attribute, its value for every token, read with one ``Doc.to_array`` call: string ids
    for string attributes ("ORTH", "LEMMA"), 0 or 1 for flags ("IS_PUNCT"), relative offsets for
    "HEAD" (the head's id minus the token's)."""
    if not len(doc):
        return [[] for _ in attributes]
    array = doc.to_array(list(attributes)).reshape(len(doc), len(attributes)).T
    return [(column.astype(np.int64) if name in SIGNED_ATTRIBUTES else column).tolist()
            for name, column in zip(attributes, array)]


def parse_one(text: str, *, nlp: Language | None = None) -> Doc:
    """Parse a single text; a convenience for tests and the temporal tagger."""
    return next(parse([text], nlp=nlp))


class SentenceIndex:
    """Map character offsets of a Doc to sentence numbers (0-based, in order)."""

    def __init__(self, doc: Doc) -> None:
        self.sentences = sentences(doc)
        self._starts = [sent.start_char for sent in self.sentences]

    def at(self, char: int) -> int:
        """Return the id of the sentence containing character offset ``char``."""
        return max(bisect.bisect_right(self._starts, char) - 1, 0)
