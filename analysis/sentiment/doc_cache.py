"""What the mentions of one Doc share, read once (``DocCache``).

Token texts, lemmas, heads and children are read into lists once per Doc; sentence texts and
lemmas (``Sentence``), each predicate's clause structure and each sentence's running word-score
sums are memoised. A mention's evidence words (see ``target``) and the lemma bags of its
features (``bag``, ``sentence_bag``) are read from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..evaluative_words import EVALUATIVE_CLASS_OF, EvaluativeClass
from ..nlp import doc_text, sentence_of, token_columns, token_ids
from ..vocabulary import DETACHED_CLAUSE_DEPS, TWO_APOSTROPHES, TWO_BACKTICKS
from .neutral_senses import neutral_tokens

DETACHED_DEPS = DETACHED_CLAUSE_DEPS | {"appos"}
QUOTE_CHARS = frozenset('"“”‘’\'')
MAX_DISTANCE = 3
_TOKEN_COLUMNS = ("ORTH", "LEMMA", "IS_PUNCT", "IS_SPACE", "LIKE_NUM", "HEAD")


def bag(prefix: str, lemmas: Iterable[tuple[int, str | None]], inside: set[int]) -> dict[str, float]:
    """Binary lemma features ``prefix:lemma`` for (token id, lemma) pairs outside the mention.

    Sorted, so the model sums its weights in the same order in every process (set order
    depends on the hash seed, and float addition is not associative).
    """
    words = {lemma for i, lemma in lemmas if i not in inside and lemma}
    return {f"{prefix}:{w}": 1.0 for w in sorted(words)}


class DocCache:
    """Per-Doc memo of what many mentions share: token texts, lemmas, heads and children, which
    tokens are words, sentences (see ``Sentence``), subtrees and each predicate's clause."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.text = doc, doc_text(doc)
        self._clauses: dict[int, tuple[list[int], list[frozenset[int]]]] = {}
        self._sentences: dict[int, Sentence] = {}
        orth, lemma, punct, space, number, offsets = token_columns(doc, _TOKEN_COLUMNS)
        strings = doc.vocab.strings
        self.texts = [strings[key] for key in orth]
        self.is_word = [not (p or s) for p, s in zip(punct, space)]
        self.lemma = [None if p or s or n else (strings[key] or text).lower()
                      for p, s, n, key, text in zip(punct, space, number, lemma, self.texts)]
        self.detached = frozenset(token_ids(doc, "DEP", DETACHED_DEPS))
        self.neutral = neutral_tokens(doc)
        self.heads = [i + offset for i, offset in enumerate(offsets)]
        self.evaluative: dict[int, EvaluativeClass] = {
            i: found for i, lemma in enumerate(self.lemma)
            if lemma and (found := EVALUATIVE_CLASS_OF.get(lemma)) is not None and i not in self.neutral}
        self.evaluative_ids = sorted(self.evaluative)
        self.children: list[list[int]] = [[] for _ in self.heads]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def lemmas(self, ids: Iterable[int]) -> list[tuple[int, str | None]]:
        """(token id, lower-case lemma) for each id; ``None`` for punctuation, spaces and numbers."""
        return [(i, self.lemma[i]) for i in ids]

    def subtree(self, i: int) -> list[int]:
        """Ids of ``doc[i].subtree`` in its order (left children's subtrees, the token, right
        children's subtrees), read from the children ids instead of Token objects."""
        found: list[int] = []
        self._walk(i, found)
        return found

    def _walk(self, i: int, found: list[int]) -> None:
        """Append the subtree of token ``i`` to ``found`` (see ``subtree``)."""
        children = self.children[i]
        for child in children:
            if child < i:
                self._walk(child, found)
        found.append(i)
        for child in children:
            if child > i:
                self._walk(child, found)

    def distances(self, head: int) -> dict[int, int]:
        """Dependency-tree distances (up to ``MAX_DISTANCE``) from the token ``head`` to the tokens
        of its sentence, found over the Doc's head and children ids."""
        distances, frontier = {head: 0}, [head]
        for step in range(1, MAX_DISTANCE + 1):
            following: list[int] = []
            for i in frontier:
                for other in [self.heads[i], *self.children[i]]:
                    if other not in distances:
                        distances[other] = step
                        following.append(other)
            frontier = following
        return distances

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the Doc text instead of joining its tokens."""
        if start >= end:
            return ""
        last = self.doc[end - 1]
        return self.text[self.doc[start].idx: last.idx + len(last.text)]

    def scored_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)`` as the engines score it: the Doc's text, without
        the words of a neutral sense (``neutral_tokens``) when the span has any."""
        if not any(i in self.neutral for i in range(start, end)):
            return self.span_text(start, end)
        return "".join(self.doc[i].text_with_ws for i in range(start, end) if i not in self.neutral).strip()

    def clause(self, predicate: int, keep: set[int]) -> set[int]:
        """Ids of the words (not punctuation or spaces) of the clause of the token ``predicate``:
        its subtree minus the embedded clauses and appositions that hold no ``keep`` token. The
        subtree and its detachable parts are collected once per predicate."""
        if predicate not in self._clauses:
            ids = self.subtree(predicate)
            parts = [frozenset(self.subtree(i)) for i in ids if i != predicate and i in self.detached]
            self._clauses[predicate] = ([i for i in ids if self.is_word[i]], parts)
        words, parts = self._clauses[predicate]
        dropped = set().union(*(part for part in parts if not part & keep))
        return {i for i in words if i not in dropped}

    def evidence(self, inside: set[int], head: int, predicate: int | None) -> list[int]:
        """Ids of the evidence words of a mention (token ids ``inside``, head token ``head``): the
        clause of its governing ``predicate`` (the whole sentence without one) plus the head's
        subtree, minus the mention itself, punctuation and spaces; in text order."""
        if predicate is None:
            sent = sentence_of(self.doc, head)
            chosen = {i for i in range(sent.start, sent.end) if self.is_word[i]}
        else:
            chosen = self.clause(predicate, inside)
        chosen.update(i for i in self.subtree(head) if self.is_word[i])
        return sorted(chosen - inside)

    def sentence(self, sent: Span) -> Sentence:
        """What every mention in ``sent`` reads from it (see ``Sentence``), built once."""
        if sent.start not in self._sentences:
            ids = range(sent.start, sent.end)
            marks = [i for i in ids if self.texts[i] in QUOTE_CHARS or self.texts[i] in (TWO_BACKTICKS, TWO_APOSTROPHES)]
            words = {i: self.texts[i].lower() for i in ids if self.texts[i].isalpha() and i not in self.neutral}
            lemmas = self.lemmas(ids)
            where: dict[str, list[int]] = {}
            for i, lemma in lemmas:
                if lemma:
                    where.setdefault(lemma, []).append(i)
            self._sentences[sent.start] = Sentence(
                self.scored_text(sent.start, sent.end), lemmas, marks, words, list(words),
                tuple(words.values()), {}, where, bag("s", lemmas, set()))
        return self._sentences[sent.start]


def sentence_bag(sentence: Sentence, lemma: Sequence[str | None], inside: set[int]) -> dict[str, float]:
    """``bag("s", sentence.lemmas, inside)`` from the sentence's bag built once: the lemmas all
    of whose occurrences in the sentence lie inside the mention (token ids ``inside``) are left out."""
    gone = {f"s:{word}" for i in inside if (word := lemma[i]) and word in sentence.where
            and all(j in inside for j in sentence.where[word])}
    if not gone:
        return sentence.bag
    return {name: value for name, value in sentence.bag.items() if name not in gone}


class Sentence(NamedTuple):
    """A sentence's text, its (token id, lemma) pairs, the ids of its quotation marks, the
    lower-cased text of its alphabetic words by token id (also as ids and texts, in order) and,
    by engine, the running sums of their word scores (``running_sums``, filled when first read),
    the ids of each lemma's tokens and the sentence's lemma bag (``bag("s", ...)`` of all words)."""

    text: str
    lemmas: list[tuple[int, str | None]]
    marks: list[int]
    words: dict[int, str]
    word_ids: list[int]
    word_texts: tuple[str, ...]
    sums: dict[str, tuple[list[float], ...]]
    where: dict[str, list[int]]
    bag: dict[str, float]
