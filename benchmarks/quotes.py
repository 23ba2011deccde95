"""PolNeAR benchmark: quotes (attributions) found, by kind, their speakers and the sources.

Usage: ``python benchmarks/quotes.py [--split dev|train] [--limit N] [--skip M] [--cache DIR]
[--throughput ROUNDS] [--misses]``
(``--skip`` scores articles M+1..N only, e.g. train 121-240 with ``--limit 240 --skip 120``; all N
are parsed, so the cache of ``--limit N`` is reused). Develop on train and dev only; the team holds
out PolNeAR's test split. With ``--cache`` the parsed Docs are
kept in a spaCy ``DocBin`` under DIR (keyed by the texts and ``analysis.nlp.pipeline_key``: the model and the
project's own components), so
repeated runs do not re-parse. ``--throughput ROUNDS`` instead times parse + mentions + quotes with
the learned attribution finder and with the cue patterns alone (``learned=False``, main's code path),
alternated, the fastest of each counting (the machine may be shared). ``--misses`` instead prints
the gold attributions missed at 30% overlap: "boundary" (a system content overlaps it, below 30%),
"reachable" (some cue pattern's or learned candidate's content matches it, but the model or the
merging dropped it) and "unreachable", each by what heads the gold cue (verb, noun, adjective,
participle, "according to", colon, a cue in another sentence than the content, ...).

Each article's whole text (headline line included, so the gold offsets hold) is parsed once and
run through ``analysis.actors.extract_mentions`` and ``analysis.quotes.extract_quotes``. The quotes
of one paragraph that share a speaker mention and a cue are one attribution (``"A," she said,
"B."``); its content is the union of their content spans (``content_start``/``content_end``). A
quote of a later paragraph that continues the speaker (and so carries the same mention and cue) is
an attribution of its own, as PolNeAR annotates it. Figures:

- content P/R/F1 at 30% and 80% overlap (``analysis.polnear.match``); recall by gold kind and
  precision by system kind (direct/mixed/indirect; the gold kind comes from quote marks);
- reported speech's recall by the class of its gold cue (``gold_cue_class``): a verb or noun of saying,
  telling or thinking, "according to", or another word (the stances and evaluations PolNeAR also
  annotates as attributions: "voted for", "is a staunch opponent of"), since a set annotated for
  speech alone is measured by the first two;
- precision by what the system's cue reports (the quotes table's ``cue_class``: speech, thought,
  stance) and of the reports of words withheld (``withheld``), so that a user who keeps only
  speech knows how much of it is right;
- speaker accuracy on found quotes with a gold source: right when the system speaker mention
  overlaps the gold source span, or a mention of the speaker actor does, or the actor's last name
  is a word of the gold source text;
  (pronoun gold sources are thus judged by the span only); a relative pronoun source ("who",
  "which", "that": PolNeAR marks the pronoun inside the relative clause) is judged by its
  antecedent too, the noun phrase the clause hangs on ("Sen. Lund, who said ..." -> "Sen. Lund"),
  since a relative pronoun's referent is its antecedent and naming the antecedent is naming the
  source (the count right only so is printed); also on the gold sources that name an actor
  (below), right when the system speaker is that actor;
- the share of quotes (system, gold) with a speaker/source;
- named sources F1 per article ("people quoted"): the actors the gold sources name against the
  system's speaker actors. A gold source names the actor of the name, entity or country mention
  (no pronoun or descriptor) that holds the syntactic head of the source span ("Cornell Brooks,
  president of the NAACP" -> Cornell Brooks; "the Clinton campaign" -> Clinton, whose mention
  "Clinton campaign" holds "campaign"); "He", "the Democratic nominee" and "a source" name none. The system side is every speaker that is such an
  actor of the article ("the company" as a descriptor and "the writer" are none). Both sides
  use the article's own mentions, so an entity the tagger misses is missing on both; a source
  named only by a pronoun is left out of the gold, which favours neither side much, since a
  quoted person is nearly always named somewhere in the article.

PolNeAR does not annotate the people mentioned, so people-mentioned F1 is not measured here.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import re
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span

from analysis import nlp, polnear
from analysis.actors import extract_mentions
from analysis.quotes import CUE_CLASSES, Marks, cue_class, extract_quotes, find_attributions, learned_candidates
from analysis.quotes.lemmas import SPEECH_CUES, cue_lemma
from analysis.records import Mention, Quote
from analysis.vocabulary import COGNITION_VERBS, RELATIVE_PRONOUNS

THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")
RELATIVE_CLIMB = 3
NAMED_KINDS = frozenset({"name", "entity", "country"})


@dataclass(frozen=True)
class Found:
    """One system attribution: content fragments, kind, speaker actor, speaker span, what its cue
    reports (``analysis.quotes.cue_class``) and whether it reports words withheld."""

    content: polnear.Fragments
    kind: str
    speaker: str | None
    speaker_span: polnear.Fragments
    reports: str = "speech"
    withheld: bool = False


def _span(quote: Quote, start: str, end: str) -> tuple[int, int] | None:
    """A (start, end) pair of a quote's fields, None when absent."""
    a, b = getattr(quote, start, None), getattr(quote, end, None)
    return (a, b) if a is not None and b is not None else None


def attributions(quotes: Sequence[Quote], text: str) -> list[Found]:
    """Group the quotes of a paragraph that share a speaker mention and cue into attributions
    (module docstring)."""
    groups: dict[object, list[Quote]] = defaultdict(list)
    breaks = [m.start() for m in re.finditer("\n\n", text)]
    for quote in quotes:
        content = _span(quote, "content_start", "content_end") or (quote.start, quote.end)
        speaker = _span(quote, "speaker_start", "speaker_end")
        key = (speaker, quote.cue, bisect.bisect(breaks, content[0])) if speaker else content
        groups[key].append(quote)
    found = []
    for members in groups.values():
        spans = sorted({_span(q, "content_start", "content_end") or (q.start, q.end) for q in members})
        speaker = _span(members[0], "speaker_start", "speaker_end")
        kinds = {("mixed" if q.kind == "partial" else q.kind) for q in members}
        kind = "direct" if kinds == {"direct"} else "indirect" if kinds == {"indirect"} else "mixed"
        found.append(Found(tuple(spans), kind, members[0].speaker, (speaker,) if speaker else (),
                           reports=cue_class(members[0].cue), withheld=members[0].withheld))
    return found


def _last_word(name: str) -> str:
    """The lower-cased last word of a name."""
    words = name.replace("’s", "").replace("'s", "").split()
    return words[-1].lower().strip(".,") if words else ""


def speaker_right(found: Found, gold: polnear.GoldAttribution, text: str,
                  mentions: Sequence[Mention]) -> bool:
    """Is the system speaker the gold source? (see module docstring)"""
    if found.speaker is None:
        return False
    if found.speaker_span and polnear.overlap(found.speaker_span, gold.source):
        return True
    own = [((m.start, m.end),) for m in mentions if m.actor == found.speaker]
    if any(polnear.overlap(span, gold.source) for span in own):
        return True
    source_words = {w.lower().strip(".,’'s") for a, b in gold.source for w in text[a:b].split()}
    return _last_word(found.speaker) in source_words


def gold_source_actor(gold: polnear.GoldAttribution, mentions: Sequence[Mention], doc: Doc) -> str | None:
    """The actor a gold source names: that of the name, entity or country mention holding the
    syntactic head of the source's first fragment, else None (module docstring)."""
    span = doc.char_span(*gold.source[0], alignment_mode="expand") if gold.source else None
    if span is None or len(span) == 0:
        return None
    head = span.root.idx
    return next((m.actor for m in mentions if m.kind in NAMED_KINDS and m.start <= head < m.end), None)


class Tally:
    """Counts pooled over articles."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, name: str, n: int = 1) -> None:
        """Add ``n`` to a count."""
        self.counts[name] += n


def prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    """Precision, recall, F1 in percent."""
    p = 100 * tp_p / n_p if n_p else 0.0
    r = 100 * tp_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def relative_antecedent(doc: Doc, gold: polnear.GoldAttribution) -> polnear.Fragments:
    """The antecedent of a relative-pronoun source ("the senator, who said ..." -> "the senator"):
    the noun phrase the relative clause hangs on, up to its head noun; () for other sources."""
    if len(gold.source) != 1 or nlp.doc_text(doc)[slice(*gold.source[0])].lower() not in RELATIVE_PRONOUNS:
        return ()
    span = doc.char_span(*gold.source[0], alignment_mode="expand")
    clause = span[0] if span is not None else None
    for _ in range(RELATIVE_CLIMB):
        if clause is None or clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause is None or clause.dep_ != "relcl":
        return ()
    noun = clause.head
    return ((noun.left_edge.idx, noun.idx + len(noun)),)


def judge_speaker(found: Found, gold: polnear.GoldAttribution, doc: Doc, mentions: Sequence[Mention],
                  tally: Tally) -> None:
    """Count one found quote's speaker against its gold source (module docstring); a relative
    pronoun source ("who") is also judged by its antecedent."""
    text = nlp.doc_text(doc)
    right = speaker_right(found, gold, text, mentions)
    antecedent = relative_antecedent(doc, gold)
    if antecedent:
        tally.add("relative judged")
        by_antecedent = not right and speaker_right(found, replace(gold, source=antecedent), text, mentions)
        tally.add("relative right by antecedent", by_antecedent)
        right = right or by_antecedent
    tally.add("speaker judged")
    tally.add("speaker right", right)
    named = gold_source_actor(gold, mentions, doc)
    if named is not None:
        tally.add("named speaker judged")
        tally.add("named speaker right", found.speaker == named)


def score_article(article: polnear.GoldArticle, quotes: Sequence[Quote], mentions: Sequence[Mention],
                  tally: Tally, *, doc: Doc) -> None:
    """Add one article's counts to the tally (``doc`` is the article's parse)."""
    found = attributions(quotes, article.text)
    gold = article.attributions
    tally.add("system", len(found))
    tally.add("gold", len(gold))
    tally.add("system with speaker", sum(f.speaker is not None for f in found))
    tally.add("gold with source", sum(bool(g.source) for g in gold))
    classes = {gi: gold_cue_class(doc, g) for gi, g in enumerate(gold) if g.kind == "indirect"}
    for name in classes.values():
        tally.add(f"gold indirect {name}")
    for kind in KINDS:
        tally.add(f"gold {kind}", sum(g.kind == kind for g in gold))
        tally.add(f"system {kind}", sum(f.kind == kind for f in found))
    for f in found:
        tally.add(f"system reports {f.reports}")
        tally.add("system withheld", f.withheld)
    for threshold in THRESHOLDS:
        matched = polnear.match([f.content for f in found], [g.content for g in gold], threshold=threshold)
        tally.add(f"tp {threshold}", len(matched))
        for gi, si in matched.items():
            tally.add(f"tp gold {gold[gi].kind} {threshold}")
            if gi in classes:
                tally.add(f"tp indirect {classes[gi]} {threshold}")
            tally.add(f"tp system {found[si].kind} {threshold}")
            tally.add(f"tp system reports {found[si].reports} {threshold}")
            tally.add(f"tp system withheld {threshold}", found[si].withheld)
            if threshold == THRESHOLDS[0] and gold[gi].source:
                judge_speaker(found[si], gold[gi], doc, mentions, tally)
    actors = {m.actor for m in mentions if m.kind in NAMED_KINDS}
    system_names = {f.speaker for f in found if f.speaker in actors}
    gold_names = {n for g in gold if (n := gold_source_actor(g, mentions, doc))}
    tally.add("sources tp", len(system_names & gold_names))
    tally.add("sources system", len(system_names))
    tally.add("sources gold", len(gold_names))


def report(tally: Tally, seconds: float, n_articles: int) -> None:
    """Print the figures."""
    c = tally.counts
    print(f"PolNeAR: {n_articles} articles, {c['gold']} gold attributions, {c['system']} found "
          f"({seconds:.1f} s); figures in percent\n")
    print(f"{'content':<22}{'P':>6}{'R':>6}{'F1':>6}")
    for t in THRESHOLDS:
        p, r, f = prf(c[f"tp {t}"], c["system"], c[f"tp {t}"], c["gold"])
        print(f"{f'all, {t:.0%} overlap':<22}{p:6.1f}{r:6.1f}{f:6.1f}")
        for kind in KINDS:
            p, r, f = prf(c[f"tp system {kind} {t}"], c[f"system {kind}"], c[f"tp gold {kind} {t}"],
                          c[f"gold {kind}"])
            label = f"  {kind} ({c['gold ' + kind]})"
            print(f"{label:<22}{p:6.1f}{r:6.1f}{f:6.1f}")
    print("indirect recall by cue, 30% overlap: " + ", ".join(
        f"{name} {100 * c[f'tp indirect {name} {THRESHOLDS[0]}'] / max(c[f'gold indirect {name}'], 1):.1f} "
        f"({c[f'gold indirect {name}']})" for name in GOLD_CUE_CLASSES))
    t = THRESHOLDS[0]
    print("precision by what the system's cue reports (the quotes table's cue_class), 30% overlap: " + ", ".join(
        f"{k.name} {100 * c[f'tp system reports {k.name} {t}'] / max(c[f'system reports {k.name}'], 1):.1f} "
        f"({c[f'system reports {k.name}']})" for k in CUE_CLASSES)
        + f"; words withheld {100 * c[f'tp system withheld {t}'] / max(c['system withheld'], 1):.1f} "
          f"({c['system withheld']})")
    judged = c["speaker judged"]
    print(f"\nspeaker right on found quotes with a gold source: {100 * c['speaker right'] / max(judged, 1):.1f} "
          f"({c['speaker right']}/{judged}; without the antecedent rule "
          f"{100 * (c['speaker right'] - c['relative right by antecedent']) / max(judged, 1):.1f})")
    print(f"  of which relative-pronoun sources (who, which, that): {c['relative judged']}, right only by their "
          f"antecedent: {c['relative right by antecedent']}")
    named = c["named speaker judged"]
    print(f"  of which gold sources that name an actor: {100 * c['named speaker right'] / max(named, 1):.1f} "
          f"({c['named speaker right']}/{named}; right when the speaker is that actor)")
    print(f"quotes with a speaker: system {100 * c['system with speaker'] / max(c['system'], 1):.1f}, "
          f"gold {100 * c['gold with source'] / max(c['gold'], 1):.1f}")
    p, r, f = prf(c["sources tp"], c["sources system"], c["sources tp"], c["sources gold"])
    print(f"named sources per article (people quoted): P {p:.1f} R {r:.1f} F1 {f:.1f}")
    print("\nPeers: issue 13's held-out figures for main (30% overlap P/R/F1 79.1/55.2/65.0, speaker 64.9%, "
          "sources F1 75.3); targets: F1 >= 85, indirect recall >= 75, speaker >= 88.")


def parsed(articles: Sequence[polnear.GoldArticle], *, cache: Path | None = None) -> list[Doc]:
    """The articles' parsed Docs, read from or written to a DocBin in ``cache`` when given."""
    model = nlp.load_model()
    if cache is None:
        return list(nlp.parse((a.text for a in articles), nlp=model))
    digest = hashlib.sha1("\0".join([nlp.pipeline_key(model), *(a.text for a in articles)]).encode()).hexdigest()[:16]
    path = cache / f"polnear-{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(model.vocab))
    docs = list(nlp.parse((a.text for a in articles), nlp=model))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    return docs


def throughput(articles: Sequence[polnear.GoldArticle], *, rounds: int) -> None:
    """Print the seconds of parse + mentions + quotes over ``articles`` with the learned finder and
    with the cue patterns alone (the peer), alternated over ``rounds`` rounds; the fastest counts."""
    model, texts = nlp.load_model(), [a.text for a in articles]
    best: dict[bool, float] = {}
    for r in range(rounds):
        for learned in ((True, False) if r % 2 else (False, True)):
            began = time.perf_counter()
            for doc in nlp.parse(texts, nlp=model):
                extract_quotes(doc, extract_mentions(doc), learned=learned)
            best[learned] = min(best.get(learned, float("inf")), time.perf_counter() - began)
    print(f"parse + quotes, {len(texts)} articles, fastest of {rounds}: learned {best[True]:.2f} s, "
          f"patterns alone {best[False]:.2f} s, ratio {best[True] / best[False]:.3f}")


MISS_KINDS: tuple[str, ...] = ("unreachable", "reachable", "boundary")
#: The classes of a gold cue by which reported speech's recall is printed (``gold_cue_class``).
GOLD_CUE_CLASSES: tuple[str, ...] = ("speech or cognition verb", "according to", "other")
#: The lemmas of saying, telling and thinking whose gold cues ``gold_cue_class`` calls speech or cognition.
SPEAKING_OR_THINKING = SPEECH_CUES | COGNITION_VERBS


def _cue_words(doc: Doc, gold: polnear.GoldAttribution) -> tuple[str, Span | None]:
    """A gold cue's words (lower case, fragments joined by a space) and the tokens from its first
    to its last character (None without a cue)."""
    words = " ".join(nlp.doc_text(doc)[a:b] for a, b in gold.cue).strip().lower()
    span = doc.char_span(gold.cue[0][0], gold.cue[-1][1], alignment_mode="expand") if gold.cue else None
    return words, span


def gold_cue_class(doc: Doc, gold: polnear.GoldAttribution) -> str:
    """The class of a gold cue: "according to"; "speech or cognition verb" when a verb or noun of the
    cue is one of the project's lemmas of saying, telling or thinking (``SPEECH_CUES``,
    ``COGNITION_VERBS``: said, told, claim, believes, ...); else "other" (stances and evaluations
    PolNeAR also annotates: "voted for", "is a staunch opponent of", "praised")."""
    words, span = _cue_words(doc, gold)
    if "according" in words:
        return GOLD_CUE_CLASSES[1]
    speech = span is not None and any(t.pos_ in ("VERB", "AUX", "NOUN") and cue_lemma(t) in SPEAKING_OR_THINKING
                                      for t in span)
    return GOLD_CUE_CLASSES[0] if speech else GOLD_CUE_CLASSES[2]


def cue_head(doc: Doc, gold: polnear.GoldAttribution) -> str:
    """What heads a gold cue: "according to", a colon or dash, a participle, gerund or infinitive,
    a verb, noun, adjective, preposition or other part of speech; "(other sentence)" appended when
    the cue's sentence is not the content's first."""
    words, span = _cue_words(doc, gold)
    if not words or span is None or not len(span):
        return "no cue"
    if "according" in words or words in (":", "-", "\u2014"):
        return "according to" if "according" in words else "colon or dash"
    root = span.root
    head = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adjective",
            "ADP": "preposition"}.get(root.pos_, root.pos_)
    if head == "verb" and root.tag_ == "VBN" and root.dep_ in ("acl", "amod"):
        head = "participle"
    elif head == "verb" and root.tag_ == "VBG" and root.dep_ in ("acl", "advcl", "pcomp", "amod"):
        head = "gerund"
    elif head == "verb" and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children):
        head = "infinitive"
    content = doc.char_span(gold.start, gold.content[0][1], alignment_mode="expand")
    other = content is not None and len(content) and content[0].sent.start != root.sent.start
    return f"{head} (other sentence)" if other else head


def misses(article: polnear.GoldArticle, doc: Doc, tally: Tally) -> None:
    """Count one article's gold attributions the system misses at 30% overlap, by ``MISS_KINDS``
    (boundary: a system content overlaps it, below 30%; reachable: a cue pattern's or candidate's
    content matches it) and by what heads the gold cue (``cue_head``)."""
    found = attributions(extract_quotes(doc, extract_mentions(doc)), article.text)
    golds = [g.content for g in article.attributions]
    matched = polnear.match([f.content for f in found], golds, threshold=THRESHOLDS[0])
    marks = Marks(article.text)
    rules = find_attributions(doc, marks)
    spans = [((a.content_start, a.content_end),) for a in rules]
    spans += [((a.content_start, a.content_end),) for a, _ in learned_candidates(doc, marks, rules)]
    reachable = polnear.match(spans, golds, threshold=THRESHOLDS[0])
    for gi, gold in enumerate(article.attributions):
        if gi in matched:
            continue
        kind = ("boundary" if any(polnear.overlap(f.content, gold.content) for f in found)
                else "reachable" if gi in reachable else "unreachable")
        tally.add(kind)
        tally.add(f"{kind}|{cue_head(doc, gold)}")


def report_misses(tally: Tally) -> None:
    """Print the misses by kind and cue head."""
    for kind in MISS_KINDS:
        print(f"{kind}: {tally.counts[kind]}")
        heads = sorted(((n, name.split("|", 1)[1]) for name, n in tally.counts.items()
                        if name.startswith(kind + "|")), reverse=True)
        print("  " + ", ".join(f"{head} {n}" for n, head in heads))


def main() -> None:
    """Parse the split, extract quotes, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=polnear.POLNEAR_SPLITS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--skip", type=int, default=0, help="score from article skip + 1 on")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the parsed Docs")
    parser.add_argument("--throughput", type=int, default=0, metavar="ROUNDS",
                        help="time parse + quotes with and without the learned finder instead")
    parser.add_argument("--misses", action="store_true",
                        help="print the missed gold attributions by kind and cue head instead")
    args = parser.parse_args()
    articles = polnear.read_split(args.split, limit=args.limit)
    if args.throughput:
        throughput(articles[args.skip:], rounds=args.throughput)
        return
    tally, began = Tally(), time.perf_counter()
    for article, doc in list(zip(articles, parsed(articles, cache=args.cache)))[args.skip:]:
        if args.misses:
            misses(article, doc, tally)
            continue
        mentions = extract_mentions(doc)
        score_article(article, extract_quotes(doc, mentions), mentions, tally, doc=doc)
    if args.misses:
        report_misses(tally)
        return
    report(tally, time.perf_counter() - began, len(articles) - args.skip)


if __name__ == "__main__":
    main()
