"""The cue patterns of other words: ``speech noun``, ``stance adjective``, ``according to`` and
``poll`` (the word sets named are ``analysis.vocabulary``'s).

- ``speech noun``: a noun of saying or stance (``SPEECH_NOUN_PREPOSITIONS``) with its "that"
  clause or its prepositional object ("her criticism of the plan", "voiced concerns about the
  cost"), when a possessor or the subject of a light verb (``SPEECH_LIGHT_VERBS``) holds it; a
  "that" clause also without a holder ("the claim that the vote was rigged", no speaker).
- ``stance adjective``: an adjective of stance or of feeling and readiness (``STANCE_ADJECTIVES``,
  ``ATTITUDE_ADJECTIVES``) with its "that" clause, infinitive or prepositional object
  (``STANCE_ADJECTIVE_PREPOSITIONS``: "is confident that …", "was critical of …", "was proud of
  …", "is eager to …").
- ``according to``: the content is the rest of the clause around "according to X"; the speaker X.
- ``poll``: what a poll finds (``POLL_NOUNS``): the clause an "in a poll" before its verb frames,
  less the phrase when it opens the clause ("In the new poll, Lund leads by six points"; "Lund, in
  the new poll, leads by six points" whole; not "Lund leads in the polls", a standing,
  which annotators mark as a finding 35 times in 112 on PolNeAR train), or what a poll subject
  places with a verb of placing (``POLL_PLACING_VERBS``: "the poll has Lund leading", "puts him
  at 4 percent") when it places an actor; the speaker is the poll. A clause whose verb is a cue of
  its own ("In the poll, 40 percent said ...") is left to that cue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from ..nlp import doc_text, token_ids
from ..vocabulary import (ATTITUDE_ADJECTIVES, POLL_NOUNS, POLL_PLACING_VERBS, SPEAKER_LABELS, SPEECH_LIGHT_VERBS,
                          SPEECH_NOUN_PREPOSITIONS, SPEECH_NOUNS, STANCE_ADJECTIVE_PREPOSITIONS, STANCE_ADJECTIVES,
                          SUBJECT_DEPS)
from .content import content_trimmed
from .grammar import complements, first_subject, marked, naming
from .lemmas import CUE_LEMMAS, cue_lemma
from .records import Attribution

REPORTING_ADJECTIVES = STANCE_ADJECTIVES | ATTITUDE_ADJECTIVES


def _noun_content(noun: Token) -> Token | None:
    """What a speech noun reports: its "that" clause or infinitive ("her promise to cut taxes"),
    also as the subject of "be" ("her argument is that ..."), else the object of its preposition."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and (
        marked(c) or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.head.i and marked(c)]
    if clauses:
        return clauses[0]
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if _light_object(noun):
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    objects = [g for c in preps if c.lower_ in SPEECH_NOUN_PREPOSITIONS[noun.lemma_.lower()]
               for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return objects[0] if objects else None


def _light_object(noun: Token) -> bool:
    """True for a speech noun that is the object of a light verb ("took a swipe at", "voiced
    concerns about"), whose preposition the parser may hang on the verb."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and cue_lemma(noun.head) in SPEECH_LIGHT_VERBS


def _noun_holder(noun: Token) -> Token | None:
    """Who a speech noun belongs to: its possessor ("Trump's criticism") or its "by"/"from" agent
    ("criticism from Trump"), else the subject of the light verb it is the object of
    (``SPEECH_LIGHT_VERBS``: "she voiced concerns about"), else the name before a verb the model
    read as a noun (``_misread_verb_subject``)."""
    owners = [c for c in noun.children if c.dep_ == "poss"] or [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children
        if g.dep_ == "pobj"]
    if owners:
        return owners[0]
    return first_subject(noun.head) if _light_object(noun) else _misread_verb_subject(noun)


def _misread_verb_subject(noun: Token) -> Token | None:
    """The name opening a sentence before a speech verb in "-s" that the model read as a plural
    noun ("Lund charges that the council wasted money": "Lund" a noun, "charges" its object or
    head; not the subject of a verb: "Fraud charges that ... were dropped"), else None."""
    sentence_start = noun.sent.start
    name = noun.doc[noun.i - 1] if noun.i > sentence_start else None
    if (name is None or not noun.lower_.endswith("s") or not name.text[:1].isupper()
            or name.pos_ not in ("PROPN", "NOUN")):
        return None
    opening = name.i == sentence_start or all(t.text[:1].isupper() for t in noun.doc[sentence_start:name.i])
    related = name.head.i == noun.i or noun.head.i == name.i
    return name if opening and related and noun.dep_ not in SUBJECT_DEPS and name.ent_type_ != "DATE" else None


def speech_noun_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``speech noun`` pattern: a noun of saying or stance with what it reports, when it says
    whose it is; a noun without a holder only with a "that" clause ("the claim that the vote was
    rigged": a claim, nobody's; "questions about his health" is left out)."""
    text = doc_text(doc)
    for token in (doc[i] for i in token_ids(doc, "LEMMA", SPEECH_NOUNS)):
        if token.pos_ != "NOUN" or quoted(token.idx):
            continue
        content, holder = _noun_content(token), _noun_holder(token)
        if content is None or (holder is None and not marked(content)):
            continue
        start, end = content_trimmed(text, content.left_edge.idx, content.right_edge.idx + len(content.right_edge))
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, token.lemma_.lower(), start, end, holder, "speech noun")


def stance_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``stance adjective`` pattern: the "that" clause (or the infinitive, or the prepositional
    object) of an adjective of stance or attitude predicated of the speaker."""
    text = doc_text(doc)
    for token in (doc[i] for i in token_ids(doc, "LOWER", REPORTING_ADJECTIVES)):
        if token.dep_ not in ("acomp", "oprd") or quoted(token.idx):
            continue
        found = [c for c in token.children if c.dep_ == "ccomp" and marked(c)] or [
            c for c in token.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)] or [
            g for c in token.children if c.dep_ == "prep" and c.lower_ in STANCE_ADJECTIVE_PREPOSITIONS
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if not found or found[0].left_edge.i < token.i:
            continue
        start, end = content_trimmed(text, found[0].left_edge.idx,
                                     found[0].right_edge.idx + len(found[0].right_edge))
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, token.lower_, start, end, first_subject(token.head),
                              "stance adjective")


def _set_into(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """True for an "according to" phrase set between commas into the clause it reports, with words
    of the clause on both sides ("The bridge, according to officials, will reopen"): the content is
    the whole clause, as for a parenthetical speech verb."""
    return (len(text[before[0]:before[1]].split()) >= 2 and len(text[after[0]:after[1]].split()) >= 2
            and text[before[1]:before[1] + 1] == "," and text[:after[0]].rstrip().endswith(","))


def according_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``according to`` pattern: content is the clause without the "according to X" phrase, or
    the whole clause when the phrase is set into it (``_set_into``)."""
    text = doc_text(doc)
    for token in (doc[i] for i in token_ids(doc, "LOWER", ["according"])):
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        if quoted(token.idx):
            continue
        objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
        sent = doc[token.i].sent
        phrase_end = max(token.right_edge.i, doc[token.i + 1].right_edge.i) + 1
        before = content_trimmed(text, sent.start_char, token.idx)
        after = content_trimmed(text, doc[phrase_end - 1].idx + len(doc[phrase_end - 1]), sent.end_char)
        start, end = max((before, after), key=lambda span: span[1] - span[0])
        if _set_into(text, before, after):
            start, end = before[0], after[1]
        end = end - 1 if text[end - 1:end] == "." and end == after[1] else end
        if end - start >= 3:
            yield Attribution(token.i, token.i + 2, "according to", start, end,
                              objects[0] if objects else None, "according to")


def _poll(noun: Token) -> bool:
    """True for a noun phrase naming a poll (``POLL_NOUNS``), by its head or a compound of it ("the
    RealClearPolitics polling average")."""
    return noun.lemma_.lower() in POLL_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in POLL_NOUNS for c in noun.children)


def _finding_clause(preposition: Token) -> Token | None:
    """The verb of the clause an "in a poll" phrase modifies: the verb it hangs on (or the verb of
    the noun it hangs on), raised to the verb an infinitive completes ("In the poll, Lund continues
    to lead"); None when no verb holds it."""
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _sentence_trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A content span trimmed (``content_trimmed``) and without the full stop that ends its sentence."""
    start, end = content_trimmed(text, start, end)
    return (start, end - 1) if text[end - 1:end] == "." else (start, end)


def _reports_itself(verb: Token) -> bool:
    """True for a cue verb with what it reports ("In the poll, 40 percent said they ..."), which
    its own pattern finds."""
    return cue_lemma(verb) in CUE_LEMMAS and bool(naming(verb) or complements(verb))


def _poll_phrase_findings(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``poll`` pattern's "in a poll" form (module docstring)."""
    text = doc_text(doc)
    for preposition in (doc[i] for i in token_ids(doc, "LOWER", ["in"])):
        polls = [c for c in preposition.children if c.dep_ == "pobj" and _poll(c)]
        verb = _finding_clause(preposition) if polls and preposition.dep_ == "prep" else None
        if verb is None or preposition.i > verb.i or quoted(preposition.idx) or _reports_itself(verb):
            continue
        after = preposition.right_edge
        first = verb.left_edge.idx if verb.left_edge.i < preposition.i else after.idx + len(after)
        start, end = _sentence_trimmed(text, first, verb.right_edge.idx + len(verb.right_edge))
        if end - start >= 3:
            yield Attribution(preposition.i, preposition.i + 1, "poll", start, end, polls[0], "poll")


def _placed_actor(verb: Token) -> bool:
    """True for a verb that places an actor: its object, or the subject of its clause, is a pronoun
    or a name of a speaker label ("has Lund leading", "puts him at 4 percent")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
    placed = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in clauses for g in c.children if g.dep_ in SUBJECT_DEPS]
    return any(t.pos_ == "PRON" or t.ent_type_ in SPEAKER_LABELS for t in placed)


def _poll_subject_findings(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``poll`` pattern's placing form (module docstring)."""
    text = doc_text(doc)
    for noun in (doc[i] for i in token_ids(doc, "LEMMA", POLL_NOUNS)):
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() not in POLL_PLACING_VERBS or quoted(verb.idx):
            continue
        if not _placed_actor(verb) or verb.right_edge.i <= verb.i:
            continue
        start, end = _sentence_trimmed(text, doc[verb.i + 1].idx, verb.right_edge.idx + len(verb.right_edge))
        if end - start >= 3:
            yield Attribution(verb.i, verb.i + 1, "poll", start, end, noun, "poll")


def poll_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``poll`` pattern: what a poll finds, in both forms (module docstring)."""
    yield from _poll_phrase_findings(doc, quoted)
    yield from _poll_subject_findings(doc, quoted)
