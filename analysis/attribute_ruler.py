"""spaCy's attribute ruler with its rules indexed by tag and word: the same matches, found faster.

The English pipeline's ``attribute_ruler`` maps fine-grained tags to coarse POS tags and
morphology and fixes a few words' lemmas, through about 180 Matcher patterns. spaCy's Matcher
tries every pattern at every token, which made it the third most expensive step of parsing a
news article (after the NER and the shared token-to-vector layer), costlier than the parser.

``IndexedAttributeRuler`` keeps the stock component's rules, attributes and order of precedence
and replaces only ``match``: each pattern is filed under the tags or lower-case words its first
token requires (patterns whose first token has no such test are tried everywhere), so a token is
tested against the two or three patterns that can start at it. The tests are those of spaCy's
Matcher for the operators the pipeline uses (a string or boolean value, ``IN``, ``NOT_IN``,
``REGEX`` searched in the attribute's text). A ruler whose patterns use anything else (``OP``
quantifiers, other attributes or operators), or a Doc without the tags or dependencies the
patterns read, is matched by the stock Matcher. ``set_annotations`` is spaCy's own, and matches
are applied in the stock order (rule number, then position), so a Doc comes out the same:
``tests/test_attribute_ruler.py`` compares every token attribute with the stock pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

FACTORY = "indexed_attribute_ruler"
ATTRIBUTES: tuple[str, ...] = ("TAG", "LOWER", "DEP", "IS_SPACE")
ANNOTATED = frozenset({"TAG", "DEP"})
MEMO_SIZE = 200_000

Test = Callable[[Any], Any]


class _Rule(NamedTuple):
    """One Matcher pattern of rule ``rule`` (its attributes' index): per token, the (attribute
    position in ``ATTRIBUTES``, test) pairs it must pass."""

    rule: int
    tokens: tuple[tuple[tuple[int, Test], ...], ...]


class _Index(NamedTuple):
    """Patterns by a value their first token requires, one table per attribute of
    ``ATTRIBUTES``, and the patterns whose first token requires no single value."""

    tables: tuple[dict[object, list[_Rule]], ...]
    anywhere: list[_Rule]
    reads: frozenset[str]
    seen: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[_Rule, ...]]]
    match_ids: tuple[int, ...]


def _test(value: object) -> Test | None:
    """The Matcher's test for one attribute value of a pattern token, or None if unsupported."""
    if isinstance(value, (str, bool)):
        return value.__eq__
    if not (isinstance(value, dict) and len(value) == 1):
        return None
    (operator, argument), = value.items()
    if operator == "REGEX" and isinstance(argument, str):
        return re.compile(argument).search
    if operator in ("IN", "NOT_IN") and all(isinstance(item, str) for item in argument):
        members = frozenset(argument)
        return members.__contains__ if operator == "IN" else lambda text: text not in members
    return None


def _rule(rule: int, pattern: Sequence[dict[str, object]]) -> _Rule | None:
    """A Matcher pattern as a ``_Rule``, or None if it uses anything ``_test`` does not support."""
    tokens = []
    for token in pattern:
        tests = []
        for name, value in token.items():
            test = _test(value)
            if name not in ATTRIBUTES or test is None:
                return None
            tests.append((ATTRIBUTES.index(name), test))
        tokens.append(tuple(tests))
    return _Rule(rule, tuple(tokens)) if tokens else None


def _keys(value: object) -> list[object] | None:
    """The attribute values a first-token value requires (a value or an ``IN`` list), else None."""
    if isinstance(value, (str, bool)):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"]:
        return list(value["IN"])
    return None


def _file(index: _Index, compiled: _Rule, first: dict[str, object]) -> None:
    """File a pattern under the values of the first attribute (in ``ATTRIBUTES`` order, the most
    selective first) that its first token requires; under ``anywhere`` if there is none."""
    for position, name in enumerate(ATTRIBUTES):
        keys = _keys(first.get(name))
        if keys is not None:
            for key in keys:
                index.tables[position].setdefault(key, []).append(compiled)
            return
    index.anywhere.append(compiled)


def build_index(patterns: Sequence[dict[str, Any]], strings: StringStore) -> _Index | None:
    """File the ruler's patterns (its ``patterns`` property) by what their first token requires,
    with each rule's match id (the hash of its number, as the ruler's Matcher has it); None if
    any pattern cannot be matched here."""
    match_ids = tuple(strings[str(rule)] for rule in range(len(patterns)))
    index = _Index(tuple({} for _ in ATTRIBUTES), [], frozenset(), {}, match_ids)
    reads: set[str] = set()
    for rule, entry in enumerate(patterns):
        for pattern in entry["patterns"]:
            compiled = _rule(rule, pattern)
            if compiled is None:
                return None
            reads.update(name for token in pattern for name in token)
            _file(index, compiled, pattern[0])
    return index._replace(reads=frozenset(reads))


def _values(doc: Doc, key: tuple[int, ...]) -> tuple[Any, ...]:
    """A token's ``ATTRIBUTES`` values (texts, and a boolean for IS_SPACE) from their ids."""
    strings = doc.vocab.strings
    tag, lower, dep, space = key
    return strings[tag], strings[lower], strings[dep], bool(space)


def _passes(tests: tuple[tuple[int, Test], ...], values: tuple[Any, ...]) -> bool:
    """Whether a token with ``values`` passes every (attribute position, test) pair."""
    return all(test(values[position]) for position, test in tests)


def _starting(index: _Index, values: tuple[Any, ...]) -> tuple[tuple[int, ...], tuple[_Rule, ...]]:
    """For a token with ``values``: the one-token rules it matches and the longer patterns
    whose first token it passes."""
    candidates = [rule for position, table in enumerate(index.tables) for rule in table.get(values[position], ())]
    passing = [rule for rule in candidates + index.anywhere if _passes(rule.tokens[0], values)]
    return (tuple(rule.rule for rule in passing if len(rule.tokens) == 1),
            tuple(rule for rule in passing if len(rule.tokens) > 1))


def indexed_matches(index: _Index, doc: Doc) -> list[tuple[int, int, int]]:
    """(rule, start, end) of every match in ``doc``, sorted, without duplicates. What a token
    starts depends only on its attribute values, so it is worked out once per distinct values
    (``index.seen``, emptied when it grows past ``MEMO_SIZE``)."""
    keys = [tuple(row) for row in doc.to_array(list(ATTRIBUTES)).reshape(len(doc), len(ATTRIBUTES)).tolist()]
    if len(index.seen) > MEMO_SIZE:
        index.seen.clear()
    by_rule: dict[int, list[tuple[int, int]]] = {}
    for start, key in enumerate(keys):
        if key not in index.seen:
            index.seen[key] = _starting(index, _values(doc, key))
        single, longer = index.seen[key]
        for rule in single:
            by_rule.setdefault(rule, []).append((start, start + 1))
        for pattern in longer:
            end = start + len(pattern.tokens)
            if end <= len(keys) and all(_passes(tests, _values(doc, keys[start + offset]))
                                        for offset, tests in enumerate(pattern.tokens[1:], start=1)):
                by_rule.setdefault(pattern.rule, []).append((start, end))
    return [(rule, start, end) for rule in sorted(by_rule) for start, end in sorted(set(by_rule[rule]))]


class IndexedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose ``match`` uses the index (see the module docstring)."""

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The stock ``match``: (rule, match id, start, end) sorted by rule, then position."""
        version = (self.matcher, len(self.attrs))
        if getattr(self, "_indexed", None) != version:
            self._index, self._indexed = build_index(self.patterns, self.vocab.strings), version
        index = self._index
        if index is None or not all(doc.has_annotation(name) for name in index.reads & ANNOTATED):
            return super().match(doc)
        match_ids = index.match_ids
        return [(rule, match_ids[rule], start, end) for rule, start, end in indexed_matches(index, doc)]


@Language.factory(FACTORY)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """An empty ``IndexedAttributeRuler``; ``use_indexed_ruler`` fills it from a stock one."""
    return IndexedAttributeRuler(nlp.vocab, name)


def use_indexed_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's stock attribute ruler ``name`` by an ``IndexedAttributeRuler`` that
    takes over its state (Matcher, attributes, indices: the rules are not rebuilt, which would
    cost about 0.1 s per model load); False (and nothing changed) when there is no stock ruler of
    that name."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return False
    stock = nlp.get_pipe(name)
    nlp.replace_pipe(name, FACTORY).__dict__.update(stock.__dict__)
    return True
