"""Quoted words in no reported clause: the cue of their own sentences, an actor's words, or no quote.

A quote credited with a dash right after its closing mark ("… shame.” ― Ann Lee") is the named
person's. A quote whose paragraph opens after a cue sentence ending in a colon ("She told the
crowd:") takes that cue; a quote after a clause ending in a colon with no speech verb ("The
senator released the following statement:") takes that clause's subject and verb. Otherwise the
cue nearest the quote in its own sentences gives its speaker (``nearest_cue``; quoted words that are
no sentence of their own take as content the clause of that cue that holds them:
``_reported_clause``), the sentence before counted as its own when the quote opens right after a
comma (no sentence ends in one; the model's sentence break there is wrong), and the verb of an
inverted attribution counted as a cue ("Added Walsh, “…”", tagged a proper noun); a quote without
one is left for ``analysis.quotes.continuation``.

Quoted words in what an actor does. A quote in no reported clause and with no cue in its sentence,
inside the words after a verb whose subject names an actor (not a descriptor), is that actor's
("Reid went after Trump as a “con artist”"): kind ``mixed``, the verb as cue, the verb's words
after it as content; a quoted title (every word capitalised) is not.

Scare quotes and titles. A quoted stretch of at most ``SCARE_WORDS`` words that is no sentence of
its own (a title in capitals after a comma is none: ``quoted_title``), lies in no reported clause
and has no cue verb in its sentence ("the so-called “renoviction”", the film “Dune”) is not a quote;
nor is a title beside a noun for a work, wherever it stands (``names_work``: "the “Dune” star").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from ..entities import saying_lemmas
from ..marks import DASHES, Marks, sentence_shaped
from ..nlp import SentenceIndex, doc_text
from ..records import Mention, Quote
from ..vocabulary import SUBJECT_DEPS, TITLED_WORK_NOUNS
from .content import content_trimmed
from .grammar import GOVERNING_CLIMB, first_subject, inverted_subject
from .lemmas import SPEECH_CUES, cue_lemma
from .records import NOBODY, Speaker, quote_record
from .speakers import as_speaker, speaker_of

SCARE_WORDS = 4
#: Short words a title leaves in lower case ("Bridges and Me", "Lord of the Flies").
TITLE_JOINERS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with"})
DASH = "\u2014"


def free_quote(doc: Doc, marks: Marks, index: SentenceIndex, mentions: Sequence[Mention],
               pair: tuple[int, int], span: tuple[int, int]) -> Quote | None:
    """A quote in no reported clause: cue of its own sentences, else left for continuation (no
    speaker); None for scare quotes and titles (module docstring)."""
    text = doc_text(doc)
    if names_work(doc, span):
        return None
    before = text[:pair[0]].rstrip()
    first = index.at(len(before) - 1) if before.endswith((":", ",")) else index.at(pair[0])
    dash = _dash_credit(text, pair[1], mentions)
    nearest = None if dash else nearest_cue_token(index.sentences[first:index.at(pair[1]) + 1], marks.quoted,
                                                  mentions, span[0])
    found = dash or (nearest[:2] if nearest else None) or (
        _colon_verb(doc, len(before) - 1, mentions) if before.endswith(":") else None)
    shaped = sentence_shaped(text, pair[0], span[0]) and not quoted_title(text[span[0]:span[1]])
    if found is None and not shaped and (governed := _governed(doc, mentions, span)) is not None:
        speaker, cue, content = governed
        return quote_record(text, *span, speaker, cue, "mixed", content)
    if found is None and not shaped and len(text[span[0]:span[1]].split()) <= SCARE_WORDS:
        return None
    speaker, cue = found if found is not None else (NOBODY, None)
    content = _reported_clause(doc, span, nearest[2]) if nearest and not shaped else span
    return quote_record(text, *span, speaker, cue, "direct" if shaped else "mixed", content)


def _reported_clause(doc: Doc, span: tuple[int, int], verb: Token) -> tuple[int, int]:
    """The content of quoted words that are no sentence of their own under their cue verb: the
    verb's dependent that holds them, after the verb, through the closing mark ("Lund referred to
    being “duped” by “a con”": "being “duped” by “a con”"); the quoted words themselves when the
    verb does not govern them within ``GOVERNING_CLIMB`` steps or only through its subject or a
    conjunct."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or tokens.start <= verb.i < tokens.end:
        return span
    child = tokens.root
    for _ in range(GOVERNING_CLIMB):
        if child.head.i == child.i or child.dep_ in SUBJECT_DEPS or child.dep_ == "conj":
            return span
        if child.head.i == verb.i:
            start = child.left_edge.idx if child.left_edge.i > verb.i else span[0]
            end = child.right_edge.idx + len(child.right_edge)
            start, end = content_trimmed(doc_text(doc), min(start, span[0] - 1), max(end, span[1]))
            return (start, end) if start < span[0] else span
        child = child.head
    return span


def quoted_title(words: str) -> bool:
    """True for quoted words that read as a title, not a sentence: at most ``SCARE_WORDS`` words,
    each capitalised but for short joining words, with no sentence end ("his book, “Bridges and Me,”",
    "the show “Harbour Patrol 9”"; not "“Goodbye, friends!”")."""
    split = words.rstrip(",").split()
    return (0 < len(split) <= SCARE_WORDS and not words.rstrip(",").endswith((".", "!", "?"))
            and all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_JOINERS for w in split))


def names_work(doc: Doc, span: tuple[int, int]) -> bool:
    """True for quoted words that name a work or medium: a title (``quoted_title``) beside a noun of
    ``TITLED_WORK_NOUNS`` ("the “Harbour Lights” star", "his “Harbour Files” site", "the program
    “Inside Harbour”"), no words said."""
    if not quoted_title(doc_text(doc)[span[0]:span[1]]):
        return False
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    beside = [doc[i] for i in (words.start - 2, words.end + 1) if 0 <= i < len(doc)]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in TITLED_WORK_NOUNS for t in beside)


def _dash_credit(text: str, close: int, mentions: Sequence[Mention]) -> tuple[Speaker, str] | None:
    """The person credited after a dash right after a quote's closing mark ("… shame.” ― Ann
    Lee"), with the dash as cue; None without one."""
    after = text[close + 1:close + 4]
    if not after.strip() or after.strip()[0] not in DASHES:
        return None
    at = close + 1 + after.index(after.strip()[0]) + 1
    at += len(text[at:at + 2]) - len(text[at:at + 2].lstrip())
    named = [m for m in mentions if m.start == at and m.label == "PERSON"]
    return (as_speaker(named[0]), DASH) if named else None


def _colon_verb(doc: Doc, colon: int, mentions: Sequence[Mention]) -> tuple[Speaker, str] | None:
    """The subject and verb of the clause a colon ends, introducing a quote ("The senator released
    the following statement: “…”", "The sign reads: “…”"); None when the subject names nobody. A
    colon the parser hangs on the quote's verb ("gave the toll: “Twelve people died”") looks to the
    clause before it."""
    tokens = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if tokens is None:
        return None
    verb, sentence = tokens[0].head, tokens[0].sent
    if verb.i > tokens[0].i and tokens[0].i > sentence.start:
        verb = doc[sentence.start:tokens[0].i].root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    speaker = speaker_of(first_subject(verb), mentions) if verb.pos_ in ("VERB", "AUX") else NOBODY
    return (speaker, cue_lemma(verb)) if speaker.name is not None else None


def _governed(doc: Doc, mentions: Sequence[Mention], span: tuple[int, int]
              ) -> tuple[Speaker, str, tuple[int, int]] | None:
    """Quoted words inside what a named actor does ("Reid went after Trump as a “con artist”"):
    the actor's words, with the verb as cue and the verb's words after it as content; None for a
    title ("the film “Northern Lights”"), for a verb with no named subject, or outside any verb."""
    words = doc_text(doc)[span[0]:span[1]].split()
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or all(w[:1].isupper() for w in words):
        return None
    verb = tokens.root
    for _ in range(GOVERNING_CLIMB):
        if verb.pos_ == "VERB" and not (tokens.start <= verb.i < tokens.end):
            break
        verb = verb.head
    if verb.pos_ != "VERB" or tokens.start <= verb.i < tokens.end:
        return None
    speaker = speaker_of(first_subject(verb), mentions)
    if speaker.name is None or speaker.type == "descriptor" or verb.i > tokens.start:
        return None
    after = [t for t in verb.subtree if t.i > verb.i]
    start, end = content_trimmed(doc_text(doc), after[0].idx, verb.right_edge.idx + len(verb.right_edge))
    end = end - 1 if doc_text(doc)[end - 1:end] == "." else end
    return speaker, cue_lemma(verb), (start, max(end, span[1]))


def _sentence_cues(sents: Sequence[Span], quoted: Callable[[int], bool]) -> list[tuple[Token, str, Token]]:
    """(cue token, cue word, subject) of speech verbs (also inverted at a sentence's start) and
    "according to" outside quotes."""
    cues = []
    for sent in sents:
        for token in sent:
            if not quoted(token.idx):
                cue = _verb_cue(token) or _inverted_cue(token) or _according_cue(token)
                cues += [cue] if cue is not None else []
    return cues


def _verb_cue(token: Token) -> tuple[Token, str, Token] | None:
    """A speech verb with its subject ("she said")."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in SPEECH_CUES:
        return None
    subject = first_subject(token)
    return (token, token.lemma_.lower(), subject) if subject is not None else None


def _inverted_cue(token: Token) -> tuple[Token, str, Token] | None:
    """A verb of saying opening its sentence before its speaker ("Added Walsh, “…”"; the model may
    tag the verb a proper noun): the verb, its lemma and the speaker (``grammar.inverted_subject``)."""
    subject = inverted_subject(token)
    return (token, min(saying_lemmas(token.lower_)), subject) if subject is not None else None


def _according_cue(token: Token) -> tuple[Token, str, Token] | None:
    """"according to" with its object."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    return (token, "according to", objects[0]) if to.lower_ == "to" and objects else None


def nearest_cue(sents: Sequence[Span], quoted: Callable[[int], bool], mentions: Sequence[Mention],
                start: int) -> tuple[Speaker, str] | None:
    """The speaker and cue of the cue nearest to ``start`` in the sentences (a named one first)."""
    found = nearest_cue_token(sents, quoted, mentions, start)
    return None if found is None else found[:2]


def nearest_cue_token(sents: Sequence[Span], quoted: Callable[[int], bool], mentions: Sequence[Mention],
                      start: int) -> tuple[Speaker, str, Token] | None:
    """``nearest_cue`` with the cue's token."""
    cues = _sentence_cues(sents, quoted)
    if not cues:
        return None
    cues.sort(key=lambda cue: abs(cue[0].idx - start))
    found = [(speaker_of(subject, mentions), word, token) for token, word, subject in cues]
    return next((cue for cue in found if cue[0].name is not None), found[0])
