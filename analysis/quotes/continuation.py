"""Speakers carried across quotes: a quote with no cue in its own sentences takes the speaker of the
previous quote when that quote is in the same or the previous paragraph and no other attribution
lies between them (with the cue of that speaker's last quoted words), else of a cue in the
sentence just after it; else nobody. A "he" or "she"
speaker the coreference left unresolved is the person (or the descriptor of one: "an official")
who spoke last and whose first name tells no other gender, a "they" the group (plural
descriptor, organisation or country) who spoke last, an "it" the organisation or country (or a
descriptor naming one: "the hospital association") who spoke last, within ``PRONOUN_PARAGRAPHS``
paragraphs."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..coref import PRONOUN_GENDERS, first_name_gender
from ..entities import AGENT_SUFFIXES, PERSON_ROLE_NOUNS
from ..marks import Marks, paragraphs
from ..nlp import SentenceIndex, doc_text
from ..records import Mention, Quote
from ..vocabulary import AFFILIATION_PREPOSITIONS, ENTOURAGE_NOUNS
from .free_quotes import nearest_cue
from .records import Attribution, Speaker
from .speakers import GROUP_PRONOUNS, ORGANISATION_HEAD_WORDS

PERSON_PRONOUNS = frozenset({"he", "she"})
PRONOUN_PARAGRAPHS = 2


def _paragraph_of(paragraph_starts: Sequence[int], char: int) -> int:
    """Index of the paragraph holding a character."""
    return bisect.bisect_right(paragraph_starts, char) - 1


def continued(doc: Doc, quotes: list[Quote], speakers: dict[Attribution, Speaker],
              marks: Marks, mentions: Sequence[Mention]) -> list[Quote]:
    """Quotes without a cue take the previous quote's speaker (same or previous paragraph, no
    attribution between), else a cue in the sentence just after them (module docstring)."""
    text, index = doc_text(doc), SentenceIndex(doc)
    starts = [s for s, _ in paragraphs(text)]
    cue_speakers = {doc[a.cue_start].idx: speaker.start for a, speaker in speakers.items()}
    cue_chars = sorted(cue_speakers)
    out: list[Quote] = []
    for quote in quotes:
        if quote.cue is None and out:
            before = out[-1]
            near = _paragraph_of(starts, quote.start) - _paragraph_of(starts, before.end) <= 1
            between = cue_chars[bisect.bisect_right(cue_chars, before.end):bisect.bisect_left(cue_chars, quote.start)]
            if near and all(cue_speakers[c] == before.speaker_start for c in between):
                quote = replace(quote, speaker=before.speaker, cue=_spoken_cue(before, out),
                                speaker_start=before.speaker_start, speaker_end=before.speaker_end,
                                speaker_type=before.speaker_type, speaker_affiliation=before.speaker_affiliation)
        if quote.cue is None:
            after = index.at(quote.end) + 1
            found = nearest_cue(index.sentences[after:after + 1], marks.quoted, mentions, quote.end)
            if found is not None:
                speaker, cue = found
                quote = replace(quote, speaker=speaker.name, cue=cue, speaker_start=speaker.start,
                                speaker_end=speaker.end, speaker_type=speaker.type,
                                speaker_affiliation=speaker.affiliation)
        out.append(_pronoun_fallback(text, starts, quote, out))
    return out


def _spoken_cue(before: Quote, earlier: Sequence[Quote]) -> str | None:
    """The cue a quote continuing ``before`` takes: the cue of the last quoted words (a direct or
    mixed quote) of ``before``'s speaker mention, since quoted words continue quoted words
    ("“...,” she said, referring to the vote. “...”": "say", not "refer"), else ``before``'s cue."""
    for quote in reversed(earlier):
        if quote.speaker_start != before.speaker_start:
            break
        if quote.kind != "indirect":
            return quote.cue
    return before.cue


def _pronoun_fallback(text: str, starts: Sequence[int], quote: Quote, earlier: Sequence[Quote]) -> Quote:
    """A "he"/"she" speaker the coreference left unresolved is the person of that gender (or of
    none known: ``_speaker_gender``) who spoke last, a "they" the group who spoke last (a plural
    descriptor, an organisation or a country: "Democrats said ... They argued ..."), when that
    quote is at most ``PRONOUN_PARAGRAPHS`` paragraphs back (the news convention)."""
    if quote.speaker is not None or quote.speaker_start is None:
        return quote
    pronoun = text[quote.speaker_start:quote.speaker_end].lower()
    if pronoun not in PERSON_PRONOUNS and pronoun not in GROUP_PRONOUNS:
        return quote
    here = _paragraph_of(starts, quote.start)
    for before in reversed(earlier):
        if here - _paragraph_of(starts, before.start) > PRONOUN_PARAGRAPHS:
            break
        person = pronoun in PERSON_PRONOUNS and _person_speaker(before) and _speaker_gender(before) in (
            None, PRONOUN_GENDERS[pronoun])
        if before.speaker is not None and (person or (pronoun not in PERSON_PRONOUNS and
                                                      _group_speaker(before, singular=pronoun == "it"))):
            return replace(quote, speaker=before.speaker, speaker_type=before.speaker_type,
                           speaker_affiliation=before.speaker_affiliation)
    return quote


def _speaker_gender(quote: Quote) -> str | None:
    """The gender a person speaker's first name tells (``coref.first_name_gender``: "Denise E.
    O'Donnell" is a woman, so a "he" is never carried to her), else None."""
    if quote.speaker_type != "person" or not quote.speaker:
        return None
    return first_name_gender(quote.speaker.split()[0])


def _person_speaker(quote: Quote) -> bool:
    """True for a quote's speaker that "he" or "she" can stand for: a person, or a descriptor of
    one person ("an official of the alliance", "the embassy spokesman": a singular noun for a
    person heads it, ``_head_word``)."""
    if quote.speaker_type == "person":
        return True
    if quote.speaker_type != "descriptor" or quote.speaker is None:
        return False
    head = _head_word(quote.speaker)
    return not head.endswith("s") and (head in PERSON_ROLE_NOUNS or head in ENTOURAGE_NOUNS
                                       or head.endswith(AGENT_SUFFIXES))


def _group_speaker(quote: Quote, *, singular: bool = False) -> bool:
    """True for a quote's speaker that "they" can stand for: an organisation, a country or a
    plural descriptor ("officials", "Democrats"); with ``singular``, what "it" can stand for: an
    organisation, a country or a descriptor naming one ("the hospital association")."""
    if quote.speaker_type in ("organisation", "country"):
        return True
    if quote.speaker_type != "descriptor" or quote.speaker is None:
        return False
    head = _head_word(quote.speaker)
    return head in ORGANISATION_HEAD_WORDS if singular else head.endswith("s")


def _head_word(descriptor: str) -> str:
    """The lower-cased head noun of a descriptor speaker's phrase: its last word before any preposition
    that ties it to whom it speaks for ("an official" of "an official with the RCMP")."""
    words = descriptor.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in AFFILIATION_PREPOSITIONS), len(words))
    return words[cut - 1]
