"""The cue patterns of verbs: ``speech verb``, ``parenthetical``, ``passive`` and ``evidential`` (the
word sets named are ``analysis.vocabulary``'s but for ``CUE_LEMMAS``, ``analysis.quotes.lemmas``').

- ``speech verb``: a verb of speech or cognition, by lemma (``CUE_LEMMAS``: the verbs of saying,
  ``SAYING_VERBS``, which are ``SPEECH_VERBS`` with ``QUOTE_SPEECH_VERBS``, and of telling,
  ``TELLING_VERBS``, with ``COGNITION_VERBS`` and the sets named below) with a clausal complement
  ("X says …", "X told Y that …", "X's spokesman said …", and the inverted "…, X said" where the
  parser attaches the content to the verb) or, for verbs of commitment ("vowed to …"), an
  infinitive complement, or for verbs whose object is what is said or judged
  (``OBJECT_CONTENT_VERBS``: "announced his resignation"), a noun-phrase object (not a pronoun),
  or for verbs of speaking of a topic (``TOPIC_VERB_PREPOSITIONS``: "spoke about the budget", not
  "spoke to reporters" nor "spoke on Monday"), the object of the preposition, or for verbs of
  naming (``NAMING_VERBS``) the object with its predicate ("called the plan a disgrace", "called
  on the council to act"). A "that" clause after the verb is preferred to other complements. The
  content is the complement's words (with "that"), bounded as ``analysis.quotes.content`` says. A
  participle clause right after the cue and a comma describes the speaker and is no content ("the
  mayor said, his voice breaking"). The speaker is the verb's subject (of the first verb of "…
  and said"). A verb tagged as a noun but heading a clause with a subject and a complement
  ("Trump claims that …") and a mislemmatised cue ("hoping" -> "hop", ``CUE_LEMMA_FIXES``) count.
- ``parenthetical``: a speech verb set into the sentence it reports ("The plan, she said, will
  fail"; "As Lund noted, …"): the content is the sentence, less the cue's clause when that opens
  or closes it; such a verb is no content of another. A passive one without a subject ("As
  reported, …") speaks for its "by" agent or for nobody.
- ``passive``: a verb whose object is what is said or judged (``OBJECT_CONTENT_VERBS``,
  ``NAMING_VERBS``) in the passive with a "by" agent ("the plan was criticized by the mayor"): the
  content is the passive subject (with what is predicated of it), the speaker the agent.
- ``evidential``: a raising verb of evidence ("seems", "appears", ``EVIDENTIAL_VERBS``) with what
  it governs, or a reporting verb's passive with an infinitive ("is expected to", "is said to",
  ``PASSIVE_REPORT_VERBS``): the content is the clause, its subject included ("The plan seems to
  work"); the judgement is the writer's (no speaker) unless it is said whose ("seems to me", "is
  expected by analysts to"). A verb whose infinitive is a cue of its own ("appeared to suggest that
  …") is left to that cue, which shares its subject.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from ..nlp import doc_text, sentence_of, token_ids
from ..vocabulary import (CLAUSE_DEPS, EVIDENTIAL_VERBS, NAMING_VERBS, OBJECT_CONTENT_VERBS,
                          PASSIVE_REPORT_VERBS, PREDICATE_PREPOSITIONS, SPOKEN_TO_VERBS, SUBJECT_DEPS)
from .content import before_speaker, content_bounds, content_trimmed
from .grammar import absolute, agent, complements, first_subject, naming, non_finite, report_subject
from .lemmas import CUE_LEMMAS, SPEECH_CUES, cue_lemma, cue_tokens
from .records import Attribution

PASSIVE_CONTENT_LEMMAS = OBJECT_CONTENT_VERBS | NAMING_VERBS


def speech_verb_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``speech verb`` pattern (module docstring)."""
    text = doc_text(doc)
    for token in cue_tokens(doc, CUE_LEMMAS):
        if quoted(token.idx):
            continue
        heads = naming(token) or [c for c in complements(token) if not absolute(c, token)][:1]
        if not heads:
            continue
        first, last = content_bounds(heads, token)
        if first < token.i < last:
            continue
        subject = report_subject(token)
        last = before_speaker(first, last, subject)
        start, end = content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, cue_lemma(token), start, end, subject, "speech verb")


def _parenthetical(verb: Token) -> bool:
    """True for a speech verb set into the clause it reports, with no complement of its own:
    "The plan, she said, will fail", "As Lund noted, the plan will fail" (an "as" clause with an
    object is a clause of time: "cases climb as health units urge vaccination"); a clause without a
    finite verb reports nothing ("'We have lost homes,' Ireland said, his voice breaking")."""
    if cue_lemma(verb) not in SPEECH_CUES or verb.head.i == verb.i or non_finite(verb.head):
        return False
    if verb.dep_ == "advcl":
        return (any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children))
    return verb.dep_ == "parataxis"


def parenthetical_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``parenthetical`` pattern: the content is the sentence the speech verb is set into
    (``_sentence_without_cue``)."""
    text = doc_text(doc)
    for token in cue_tokens(doc, SPEECH_CUES):
        if quoted(token.idx) or not _parenthetical(token):
            continue
        if complements(token):
            continue
        start, end = _sentence_without_cue(doc, token)
        end = end - 1 if text[end - 1:end] == "." else end
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, cue_lemma(token), start, end,
                              _parenthetical_speaker(token), "parenthetical")


def _sentence_without_cue(doc: Doc, verb: Token) -> tuple[int, int]:
    """The characters of the sentence a parenthetical cue is set into, less the cue's own words
    (its subtree without the clauses the parser hangs on it) when they open or close the sentence
    ("As Lund noted, the plan will fail": "the plan will fail"; "If it fails, Lund argues, there
    are other tools": the whole sentence); the whole sentence when they stand inside it."""
    sent = sentence_of(doc, verb.i)
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    own = [t.i for t in verb.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)]
    clause = doc[min(own):max(own) + 1]
    start, end = sent.start_char, sent.end_char
    if clause.start == sent.start:
        start = clause.end_char
    elif clause.end >= sent.end - 1 and not any(t.is_alpha for t in doc[clause.end:sent.end]):
        end = clause.start_char
    return content_trimmed(doc_text(doc), start, end)


def _parenthetical_speaker(verb: Token) -> Token | None:
    """The subject of a parenthetical cue; for a passive one without a subject ("As reported,
    the company agreed ..."), its "by" agent or nobody, never the subject of the clause it is set
    into."""
    if verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return agent(verb)
    return first_subject(verb)


def passive_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``passive`` pattern: a cue verb in the passive whose subject is what is said or judged
    ("the plan was criticized by the mayor", "the move was first reported by the Post"), with what
    is predicated of it ("was described as a trap by ..."); the speaker is the "by" agent. Not the
    person spoken to (``_addressed``)."""
    text = doc_text(doc)
    for verb in cue_tokens(doc, PASSIVE_CONTENT_LEMMAS):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        by = agent(verb)
        if not subjects or by is None or quoted(verb.idx) or verb.tag_ != "VBN" or subjects[0].pos_ == "PRON":
            continue
        if _addressed(verb):
            continue
        first = subjects[0].left_edge.i
        predicates = [c for c in verb.children if c.i > verb.i and (c.dep_ in ("oprd", "xcomp") or (
            c.dep_ == "prep" and c.lower_ in PREDICATE_PREPOSITIONS))]
        last = max([subjects[0].right_edge.i, *(p.right_edge.i for p in predicates if p.i < by.i)])
        start, end = content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start >= 3:
            yield Attribution(verb.i, verb.i + 1, cue_lemma(verb), start, end, by, "passive")


def _addressed(verb: Token) -> bool:
    """True for a verb of speaking to someone in the passive with a clause of its own: its subject
    was spoken to, and the clause is what was said ("the mayor was urged by the council to close
    the bridge", "was asked by reporters whether ..."), which ``verb_cues`` reports."""
    return cue_lemma(verb) in SPOKEN_TO_VERBS and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _evidential(verb: Token) -> bool:
    """True for a raising verb of evidence with what it governs ("seems to work", "appeared
    paralyzed", "it appears that ...") or a reporting verb's passive with an infinitive ("is
    expected to win", "is said to be ill"); "appeared on television" is not, nor a verb whose
    infinitive is a cue of its own ("appeared to suggest that ...": the subject suggests)."""
    lemma = cue_lemma(verb)
    if any(c.dep_ == "xcomp" and cue_lemma(c) in CUE_LEMMAS for c in verb.children):
        return False
    if lemma in EVIDENTIAL_VERBS:
        return any(c.dep_ in ("xcomp", "acomp", "oprd", "attr", "ccomp") or (c.dep_ == "prep" and c.lower_ == "like")
                   for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (lemma in PASSIVE_REPORT_VERBS and passive and verb.tag_ == "VBN"
            and any(c.dep_ == "xcomp" for c in verb.children))


def _evidence_holder(verb: Token) -> Token | None:
    """Whose the judgement is: the passive's agent ("is expected by analysts to") or the one it
    seems to ("seems to me"); else None (the writer's)."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "to" and child.i < verb.right_edge.i
                                     and not any(g.dep_ == "xcomp" for g in child.children)):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def evidential_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``evidential`` pattern: the clause of a raising verb of evidence or of a reporting verb's
    passive with an infinitive, its subject included; the holder when it is named, else nobody."""
    text = doc_text(doc)
    for verb in (doc[i] for i in token_ids(doc, "LEMMA", EVIDENTIAL_VERBS | PASSIVE_REPORT_VERBS)):
        if verb.pos_ not in ("VERB", "AUX") or quoted(verb.idx) or not _evidential(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if subjects and subjects[0].lower_ != "it":
            first = subjects[0].left_edge.i
        elif clauses:
            first = clauses[0].left_edge.i
        else:
            continue
        kept = [c.right_edge.i for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct")]
        last = max([verb.i, *kept])
        start, end = content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start >= 3:
            yield Attribution(verb.i, verb.i + 1, cue_lemma(verb), start, end, _evidence_holder(verb), "evidential")
