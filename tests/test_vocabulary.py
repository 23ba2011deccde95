"""One meaning per constant name: shared vocabulary lives in ``analysis.vocabulary``."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable
from types import ModuleType

import pytest

import analysis
from analysis import event_lexicons, vocabulary

_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]*")


def package_modules() -> list[ModuleType]:
    """Every module of the ``analysis`` package except the CLI entry point."""
    names = [info.name for info in pkgutil.walk_packages(analysis.__path__, "analysis.")]
    return [importlib.import_module(name) for name in names if not name.endswith("__main__")]


def conflicting_constants(modules: Iterable[ModuleType]) -> dict[str, list[str]]:
    """Upper-case module-level names bound to unequal values in two modules: name -> modules."""
    bindings: dict[str, list[tuple[str, object]]] = {}
    for module in modules:
        for name, value in vars(module).items():
            if _CONSTANT.fullmatch(name) and not isinstance(value, (ModuleType, type)) and not callable(value):
                bindings.setdefault(name, []).append((module.__name__, value))
    conflicts = {}
    for name, bound in bindings.items():
        first = bound[0][1]
        if any(value is not first and value != first for _, value in bound[1:]):
            conflicts[name] = [module for module, _ in bound]
    return conflicts


def test_no_constant_name_has_two_meanings() -> None:
    assert conflicting_constants(package_modules()) == {}


def test_the_check_finds_a_conflict() -> None:
    first, second, third = ModuleType("one"), ModuleType("two"), ModuleType("three")
    first.SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
    second.SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
    third.SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
    assert conflicting_constants([first, second, third]) == {"SUBJECT_DEPS": ["one", "two", "three"]}
    assert conflicting_constants([first, third]) == {}


@pytest.mark.parametrize(("module", "name"), [
    ("coref", "SUBJECT_DEPS"), ("quotes.grammar", "SUBJECT_DEPS"), ("quotes.lemmas", "SAYING_VERBS"),
    ("sentiment.context", "SAYING_VERBS"), ("polnear", "TWO_APOSTROPHES"),
    ("entities.pipeline", "ACTOR_LABELS"), ("entities.organisations", "CLAUSE_DEPS"),
    ("chronology", "PARTICIPANT_LABELS"), ("sentiment.target", "SUBJECT_ROLE_DEPS"),
    ("sentiment.target", "OBJECT_ROLE_DEPS"), ("sentiment.doc_cache", "DETACHED_CLAUSE_DEPS"),
])
def test_modules_read_the_shared_vocabulary(module: str, name: str) -> None:
    assert getattr(importlib.import_module(f"analysis.{module}"), name) is getattr(vocabulary, name)


@pytest.mark.parametrize("module", ["sentiment", "newsmtsc", "persent", "portrayal"])
def test_sentiment_labels_have_one_home(module: str) -> None:
    assert importlib.import_module(f"analysis.{module}").LABELS is vocabulary.SENTIMENT_LABELS


def test_role_sets_split_the_passive_subject() -> None:
    """A passive subject is a grammatical subject but is acted upon: an object in the role sets."""
    assert "nsubjpass" in vocabulary.SUBJECT_DEPS
    assert "nsubjpass" in vocabulary.OBJECT_ROLE_DEPS
    assert not vocabulary.SUBJECT_ROLE_DEPS & vocabulary.OBJECT_ROLE_DEPS


def test_reporting_verbs_are_the_speech_verbs_that_declare_or_narrate() -> None:
    """TimeML's REPORTING verbs derive from the quote cues: the speech verbs they leave out are
    split, without overlap, into the named reasons, and the narrating verbs are not quote cues."""
    left_out = (vocabulary.INTENSIONAL_SPEECH_VERBS, vocabulary.OTHER_SENSE_SPEECH_VERBS,
                vocabulary.MANNER_OF_SPEAKING_VERBS)
    difference = vocabulary.SPEECH_VERBS - vocabulary.REPORTING_VERBS
    assert frozenset().union(*left_out) == difference
    assert sum(len(reason) for reason in left_out) == len(difference)
    assert vocabulary.NARRATING_VERBS.isdisjoint(vocabulary.SPEECH_VERBS)
    assert vocabulary.NARRATING_VERBS <= vocabulary.REPORTING_VERBS
    lexicon = next(lex for lex in event_lexicons.LEXICONS if lex.name == "reporting_verbs")
    assert lexicon.lemmas is vocabulary.REPORTING_VERBS
