"""The quotes benchmark's source naming (benchmarks/quotes.py), on invented sentences."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest
from spacy.language import Language

from analysis import polnear
from analysis.actors import extract_mentions
from analysis.nlp import parse_one


@pytest.fixture(scope="module")
def benchmark(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    """``benchmarks/quotes.py`` imported as a module (its ``main`` is not run)."""
    return benchmark_script("quotes")


@pytest.mark.parametrize(
    ("text", "source", "actor"),
    [
        # the head of the source phrase is the name, not the organisation in its apposition
        ("Dora Lindqvist, president of the Acme Workers Union, said wages would rise.",
         "Dora Lindqvist, president of the Acme Workers Union", "Dora Lindqvist"),
        # a descriptor names nobody, though it holds a name
        ("The Democratic nominee said wages would rise.", "The Democratic nominee", None),
        ("He said wages would rise.", "He", None),
    ],
)
def test_the_actor_a_gold_source_names(benchmark: ModuleType, nlp: Language, text: str, source: str,
                                       actor: str | None) -> None:
    doc = parse_one(text, nlp=nlp)
    start = text.index(source)
    gold = polnear.GoldAttribution(content=((len(source) + 6, len(text) - 1),), source=((start, start + len(source)),),
                                   cue=(), kind="indirect")
    assert benchmark.gold_source_actor(gold, extract_mentions(doc), doc) == actor


def _gold(text: str, cue: str, content: str) -> polnear.GoldAttribution:
    """A gold attribution of ``text`` with the given cue and content words."""
    a, b = text.index(cue), text.index(content)
    return polnear.GoldAttribution(content=((b, b + len(content)),), source=(), cue=((a, a + len(cue)),),
                                   kind="indirect")


SPEECH = "speech or cognition verb"


@pytest.mark.parametrize(
    ("text", "cue", "content", "head", "kind"),
    [
        ("Maria Lund said the bridge was safe.", "said", "the bridge was safe", "verb", SPEECH),
        ("Maria Lund told reporters the bridge was safe.", "told", "the bridge was safe", "verb", SPEECH),
        ("Maria Lund believes the bridge is safe.", "believes", "the bridge is safe", "verb", SPEECH),
        ("Maria Lund voted for the new bridge.", "voted for", "the new bridge", "verb", "other"),
        ("Maria Lund repeated her criticism of the new bridge.", "criticism", "the new bridge", "noun", "other"),
        ("Maria Lund is confident that the bridge will reopen.", "confident", "that the bridge will reopen",
         "adjective", "other"),
        ("The bridge will reopen, according to Maria Lund.", "according to", "The bridge will reopen",
         "according to", "according to"),
        ("The bridge is safe. Maria Lund said so on Monday.", "said", "The bridge is safe", "verb (other sentence)",
         SPEECH),
    ],
)
def test_what_heads_a_gold_cue_and_its_class(benchmark: ModuleType, nlp: Language, text: str, cue: str,
                                             content: str, head: str, kind: str) -> None:
    doc, gold = parse_one(text, nlp=nlp), _gold(text, cue, content)
    assert (benchmark.cue_head(doc, gold), benchmark.gold_cue_class(doc, gold)) == (head, kind)


def test_a_missed_attribution_is_counted_by_kind(benchmark: ModuleType, nlp: Language) -> None:
    text = "Maria Lund said the bridge was safe. Oskar Brandt ate lunch at noon."
    article = polnear.GoldArticle(stem="invented", publisher="", text=text, attributions=(
        _gold(text, "said", "the bridge was safe"), _gold(text, "ate", "lunch")))
    tally = benchmark.Tally()
    benchmark.misses(article, parse_one(text, nlp=nlp), tally)
    assert tally.counts["unreachable"] + tally.counts["reachable"] == 1 and tally.counts["boundary"] == 0
    assert sum(n for name, n in tally.counts.items() if name.endswith("|verb")) == 1
