"""The engine-independent analysis of a mention (``span_context``), shared by every engine.

Each mention's syntax (head, role, evidence, distances, lemma bags) is analysed once into a
``Context``: the texts the engines score (``features`` scores them per engine) and the features
of the learned model that no engine score enters:
the role; a negated-predicate flag; whether the mention is inside or next to quotation marks;
irrealis (the predicate under a modal, "would", "might", or a condition, "if") and questions, by
role; outcomes the predicate reports (gain or loss words: "won", "fell", "cut", "down 14 percent";
``GAIN_WORDS``/``LOSS_WORDS``), by role; whose words surround the mention (the actor as the
subject of a speech verb, or the mention inside quotation marks: someone else's words), which
``features`` crosses with the sentence's scores;
for TextBlob (``features.LEXICON_GAP_ENGINES``: only its model reads them), evaluative verbs and
nouns (``analysis.evaluative_words``: harm, blame, wrongdoing, legal trouble, failure, conflict;
praise, support, achievement, improvement, virtue), which its adjective lexicon scores 0: by
class in the evidence, by sign crossed with the role, at each dependency distance from the head,
in the sentence, and as the governing predicate by class and role, again marked when the
predicate is negated;
and lemmas tagged by where they stand relative to the mention: in the sentence, in the evidence,
at dependency distance 1, 2 or 3 from the head, within three words left or right, and the
governing predicate combined with the role.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..evaluative_words import EVALUATIVE_CLASS_OF
from ..nlp import sentence_of
from ..vocabulary import CONDITIONAL_MARKERS, GAIN_WORDS, IRREALIS_MODALS, LOSS_WORDS, SAYING_VERBS
from .doc_cache import DocCache, Sentence, bag, sentence_bag
from .target import governor, phrase_head, role_of, span_head, span_tokens

OUTCOME_DEPS = frozenset({"advmod", "prt"})
WINDOW = 3
_SIGNS = {1: "+", -1: "-"}


@dataclass(frozen=True)
class Context:
    """The engine-independent analysis of one span, shared by every engine's features and rows.

    ``texts`` are the scored pieces by feature prefix (s sentence, e evidence, m modifiers);
    ``sentence`` the span's sentence, of whose alphabetic words the first ``before`` stand
    before the span and those from ``after`` on after it (their word scores are summed);
    ``words`` feed the engine's word features (``features``); ``shared`` holds the lemma, syntax, window and
    quotation features.
    """

    head: Token
    role: str
    evidence: str
    texts: tuple[tuple[str, str], ...]
    sentence: Sentence
    before: int
    after: int
    words: tuple[tuple[int, str], ...]
    shared: dict[str, float]
    voice: str = ""
    evaluative: dict[str, float] = field(default_factory=dict)


def span_context(doc: Doc, start: int, end: int, cache: DocCache) -> Context:
    """Analyse the span ``[start, end)`` once: role, evidence, scored texts and shared features."""
    tokens = span_tokens(doc, start, end)
    inside, head, sent = {t.i for t in tokens}, span_head(tokens), sentence_of(doc, tokens[0].i)
    first, last = tokens[0].i, tokens[-1].i
    phrase = phrase_head(head)
    predicate = governor(phrase)
    evidence = cache.evidence(inside, head.i, predicate.i if predicate is not None else None)
    distances = cache.distances(head.i)
    sentence = cache.sentence(sent)
    scored = [i for i in evidence if i not in cache.neutral]
    texts = (("s", sentence.text), ("e", " ".join(cache.texts[i] for i in scored)),
             ("m", " ".join(cache.texts[i] for i in cache.subtree(head.i) if i not in inside and i not in cache.neutral)))
    word_ids = sentence.word_ids
    before, after = bisect.bisect_left(word_ids, first), bisect.bisect_right(word_ids, last)
    words = tuple((d, sentence.words[i]) for i, d in distances.items()
                  if i not in inside and d and i in sentence.words)
    role = role_of(head)
    shared = {**sentence_bag(sentence, cache.lemma, inside), **bag("e", cache.lemmas(evidence), inside)}
    shared.update(_syntax_features(head, phrase, predicate, role, distances, inside, cache))
    left = range(max(first - WINDOW, sent.start), first)
    right = range(last + 1, min(last + 1 + WINDOW, sent.end))
    shared.update({**bag("L", cache.lemmas(left), inside), **bag("R", cache.lemmas(right), inside)})
    shared.update(_quote_features(sentence.marks, first))
    shared.update(_mood_features(predicate, role, cache.texts[sent.end - 1] if len(sent) else ""))
    shared.update(_outcome_features(predicate, role))
    evaluative = _evaluative_features(evidence, distances, inside=inside, sent=sent, predicate=predicate, role=role,
                                      negated=f"neg:{role}" in shared, cache=cache)
    return Context(head, role, texts[1][1], texts, sentence, before, after, words, shared,
                    _voice(predicate, role, shared), evaluative)


def _voice(predicate: Token | None, role: str, shared: dict[str, float]) -> str:
    """Whose words surround the mention: ``speaker`` when the mention is the subject of a
    speech verb (its sentiment is the actor's own, not the author's about them),
    ``quoted`` when the mention stands inside quotation marks (someone else's words), else ""."""
    if role == "subject" and predicate is not None and predicate.lemma_.lower() in SAYING_VERBS:
        return "speaker"
    return "quoted" if "quote:inside" in shared else ""


def _outcome_features(predicate: Token | None, role: str) -> dict[str, float]:
    """An outcome the mention's predicate reports (``GAIN_WORDS``: won, rose, up 5 percent;
    ``LOSS_WORDS``: lost, fell, cut, down 14 percent; the verb or its particle or adverb),
    crossed with the role: ``outcome:loss|subject`` is the actor's own loss, ``outcome:gain|object``
    ("voters defeated Hale") one it is handed."""
    if predicate is None:
        return {}
    words = {predicate.lemma_.lower()} | {child.lower_ for child in predicate.children if child.dep_ in OUTCOME_DEPS}
    kinds = [kind for kind, lexicon in (("gain", GAIN_WORDS), ("loss", LOSS_WORDS)) if words & lexicon]
    return {f"outcome:{kind}|{role}": 1.0 for kind in kinds}


def _evaluative_features(evidence: Sequence[int], distances: dict[int, int], *, inside: set[int], sent: Span,
                         predicate: Token | None, role: str, negated: bool, cache: DocCache) -> dict[str, float]:
    """Counts of evaluative verbs and nouns (``evaluative_words``, which TextBlob's lexicon of
    adjectives lacks) where they stand: in the evidence by class (``x:harm|e``) and by sign crossed
    with the role (``x-|object``), at dependency distance k from the head (``x+|d1``), in the
    sentence (``x-|s``), and as the governing predicate by class and role (``x:praise|gov|object``:
    "critics praised Hale"); the role's counts again with ``|neg`` when the predicate is negated."""
    classes = cache.evaluative
    in_sentence = [i for i in cache.evaluative_ids[bisect.bisect_left(cache.evaluative_ids, sent.start):
                                                   bisect.bisect_left(cache.evaluative_ids, sent.end)]
                   if i not in inside]
    features: dict[str, float] = {}

    def add(name: str) -> None:
        features[name] = features.get(name, 0.0) + 1.0

    for i in in_sentence:
        word = classes[i]
        add(f"x{_SIGNS[word.sign]}|s")
        if (distance := distances.get(i)) is not None:
            add(f"x{_SIGNS[word.sign]}|d{distance}")
    for word in (classes[i] for i in evidence if i in classes):
        add(f"x:{word.name}|e")
        add(f"x{_SIGNS[word.sign]}|{role}")
    if predicate is not None and (word := EVALUATIVE_CLASS_OF.get(predicate.lemma_.lower())) is not None:
        add(f"x:{word.name}|gov|{role}")
    if negated:
        features.update({f"{name}|neg": value for name, value in list(features.items()) if name.endswith(f"|{role}")})
    return dict(sorted(features.items()))


def _mood_features(predicate: Token | None, role: str, last: str) -> dict[str, float]:
    """Irrealis around a mention: its predicate under a modal ("would", "might") or a condition
    ("if", "unless"): ``irrealis:<role>``; the sentence a question (ends with "?"): ``question``.
    What might happen to an actor, or is asked about them, is not yet said of them."""
    features = {"question": 1.0} if last == "?" else {}
    markers = {"aux": IRREALIS_MODALS, "mark": CONDITIONAL_MARKERS}
    children = predicate.children if predicate is not None else ()
    if any(child.lower_ in markers.get(child.dep_, ()) for child in children):
        features[f"irrealis:{role}"] = 1.0
    return features


def _quote_features(marks: Sequence[int], first: int) -> dict[str, float]:
    """Whether the sentence has quotation marks (token ids ``marks``) and whether the mention,
    starting at token ``first``, sits inside them."""
    features = {"quote:sentence": 1.0} if marks else {}
    if sum(m < first for m in marks) % 2 == 1:
        features["quote:inside"] = 1.0
    return features


def _syntax_features(head: Token, phrase: Token, predicate: Token | None, role: str,
                     distances: dict[int, int], inside: set[int], cache: DocCache) -> dict[str, float]:
    """Role, negation, governing predicate and dependency-distance lemma features of a mention."""
    features = {f"role:{role}": 1.0, f"dep:{phrase.dep_}": 1.0}
    owners = [head] + ([predicate] if predicate is not None else [])
    if any(child.dep_ == "neg" for owner in owners for child in owner.children):
        features[f"neg:{role}"] = 1.0
    if predicate is not None:
        features[f"gov:{predicate.lemma_.lower()}|{role}"] = 1.0
    for i, lemma in cache.lemmas(i for i in distances if i not in inside and distances[i]):
        if lemma:
            features[f"d{distances[i]}:{lemma}"] = 1.0
    return features
