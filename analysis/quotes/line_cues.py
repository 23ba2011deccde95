"""The cue patterns of a line's form: ``colon`` and ``title line``.

- ``colon``: a paragraph that opens with a name and a colon ("Pence: We will win."), or a sentence
  inside a paragraph that does so before a quote mark; the words before the colon must end in a
  name ("Correction:" is no speaker), after a role at most ("Union president Maria Lund:"). In a
  title line (a text's first line of its own, at most ``TITLE_LINE_WORDS`` words: a headline kept
  at the top) the words may be any case and need only hold a name or end in a noun of a headline
  source ("Clinton camp: …", "Poll: …", ``HEADLINE_SOURCE_NOUNS`` of ``analysis.vocabulary``), and
  the content ends with the line, its full stop left out.
- ``title line`` (a fallback: kept only when no other pattern has a cue on the line): a title
  line's subject holding a name, then a cue verb in a headline's present tense whatever its case
  or tag ("Clinton Urges Britain to Stay", "skywriters blast Trump"; the bare form only after a
  plural subject, so "Lund Plan for Taxes" is a noun), then what is said to the line's end. The
  speaker of a title line comes from its subject phrase only (its last name, a person first, else
  the phrase as a descriptor: "Poll"; ``analysis.quotes.speakers.phrase_speaker``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from ..entities import verb_lemmas
from ..marks import DASHES, OPENING, STRAIGHT, paragraphs
from ..nlp import doc_text
from ..vocabulary import HEADLINE_SOURCE_NOUNS, SPEAKER_LABELS
from .content import content_trimmed
from .lemmas import CUE_LEMMAS, name_case
from .records import Attribution

TITLE_LINE_WORDS = 20
TITLE_SUBJECT_WORDS = 6
#: The most words before a colon, a role and a name, that can name a speaker in the body ("Union
#: president Maria Lund: …").
COLON_SPEAKER_WORDS = 6
TITLE_CUE_LEMMAS = CUE_LEMMAS - {"continue", "post"}


def colon_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``colon`` pattern: a paragraph opening with a speaker and a colon (after an opening quote
    mark too: a quoted transcript's "“LUND: …"), or a sentence inside a paragraph doing so before a
    quote ("… cuts. Union president Maria Lund: “We warned them.”", the content ending with the
    quote); in a title line up to ``TITLE_SUBJECT_WORDS`` words of any case that hold a name or end
    in a noun of a headline source ("Clinton camp: ...", "Poll: ..."), the content ending with the
    line."""
    text = doc_text(doc)
    title = _title_line(text)
    for start, end in paragraphs(text):
        in_title = title is not None and start == 0
        end = title[1] if in_title else end
        lead = len(text[start:end]) - len(text[start:end].lstrip(OPENING + STRAIGHT))
        if not quoted(start) or lead:
            found = _colon_line(doc, start + lead, end, quoted, in_title=in_title)
            if found is not None:
                yield found
                continue
        for sent in _later_sentences(doc, start, end):
            if not quoted(sent.start_char) and (found := _colon_line(doc, sent.start_char, end, quoted,
                                                                       inside=True)) is not None:
                yield found


def _later_sentences(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences of the paragraph text[start:end] after its first."""
    paragraph = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return [sent for sent in paragraph.sents if sent.start_char > start] if paragraph is not None else []


def _colon_line(doc: Doc, start: int, end: int, quoted: Callable[[int], bool], *, in_title: bool = False,
                inside: bool = False) -> Attribution | None:
    """The attribution of a speaker and a colon opening text[start:end] (``colon_cues``), or None.
    A quote opening right after the colon ends the content where it closes; ``inside`` a paragraph
    there must be one."""
    text = doc_text(doc)
    colon = text.find(":", start, min(end, start + 60 if in_title else start + 40))
    tokens = doc.char_span(start, colon, alignment_mode="expand") if colon > start else None
    if tokens is None or not _lead_words(tokens, in_title=in_title):
        return None
    opening = colon + 1 + len(text[colon + 1:end]) - len(text[colon + 1:end].lstrip())
    if text[opening:opening + 1] in (OPENING, STRAIGHT) and quoted(opening + 1):
        end = next((i + 1 for i in range(opening + 1, end) if not quoted(i)), end)
    elif inside:
        return None
    content = content_trimmed(text, colon + 1, end)
    content = (content[0], content[1] - 1) if in_title and text[content[1] - 1] == "." else content
    if content[1] - content[0] < 3 or not (_named(tokens) or (in_title and _headline_source(tokens))):
        return None
    return Attribution(tokens.end, tokens.end + 1, ":", *content, tokens.root, "colon", _span_chars(tokens))


def _lead_words(tokens: Span, *, in_title: bool) -> bool:
    """True for words that can name the speaker before a colon: in a title line up to
    ``TITLE_SUBJECT_WORDS`` of any case; else one to four capitalised words ("Senator Warren"), or up
    to ``COLON_SPEAKER_WORDS`` with no verb among them that end in a name ("Union president Maria
    Lund"; ``_named`` checks the name)."""
    words = tokens.text.split()
    if in_title:
        return 1 <= len(words) <= TITLE_SUBJECT_WORDS
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return True
    return (len(words) <= COLON_SPEAKER_WORDS and words[0][:1].isupper()
            and not any(t.pos_ in ("VERB", "AUX") for t in tokens))


def _title_line(text: str) -> tuple[int, int] | None:
    """The text's first line when it is a title: a line of its own of two to ``TITLE_LINE_WORDS`` words
    (a headline kept at the top of the text), else None."""
    end = text.find("\n")
    if end < 0 or not 2 <= len(text[:end].split()) <= TITLE_LINE_WORDS:
        return None
    return 0, end


def _headline_source(tokens: Span) -> bool:
    """True for the words before a title line's colon that hold a name of a speaker ("Clinton
    camp") or end in a noun of a headline source (``HEADLINE_SOURCE_NOUNS``: "Poll", "Report")."""
    return (any(e.label_ in SPEAKER_LABELS and e.start < tokens.end and e.end > tokens.start for e in tokens.doc.ents)
            or tokens[-1].lemma_.lower() in HEADLINE_SOURCE_NOUNS or tokens[-1].lower_ in HEADLINE_SOURCE_NOUNS)


def _named(tokens: Span) -> bool:
    """True when a name of a person, group, organisation or country ends the tokens ("Senator
    Warren"; not "Correction" or "The Latest"), or the last word of such a name elsewhere in the
    text ("Pence" in a title-cased headline or "PENCE" in a transcript, "Mike Pence" in the body)."""
    if any(e.end == tokens.end and e.label_ in SPEAKER_LABELS for e in tokens.ents):
        return True
    return name_case(tokens[-1].text) in {e[-1].text for e in tokens.doc.ents if e.label_ in SPEAKER_LABELS}


def _span_chars(tokens: Span) -> tuple[int, int]:
    """Character offsets of a token span."""
    return tokens.start_char, tokens.end_char


def _title_verb(token: Token, *, plural: bool) -> str | None:
    """The cue lemma of a word of a title line that is a cue verb in a headline's present tense,
    whatever its case or tag ("Clinton Urges ...", "skywriters blast Trump"): its lower-case form
    less the agreement "-s", "-es" or "-ies" is a cue lemma (``TITLE_CUE_LEMMAS``), or the bare
    form after a ``plural`` subject; else None ("Clinton Plan for Taxes": a noun). The stripped
    forms come from the lemmatizer's tables (``entities.verb_lemmas``), the longest first
    ("lambastes" -> lambaste, not lambast)."""
    word = token.lower_
    stripped = sorted(verb_lemmas(word), key=lambda form: (-len(form), form)) if word.endswith("s") else []
    forms = ([word] if plural else []) + stripped
    return next((form for form in forms if form in TITLE_CUE_LEMMAS), None)


def _subject_of_next_verb(token: Token) -> bool:
    """True for a title word the parser reads as the subject of the verb right after it, a noun of
    the subject phrase ("Harbour Plant Rules Face Key Test": "Rules" is no verb here)."""
    return (token.dep_ in ("nsubj", "nsubjpass") and token.head.i == token.i + 1
            and token.head.pos_ in ("VERB", "AUX"))


def title_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``title line`` pattern: in a title line, a name or phrase of one to ``TITLE_SUBJECT_WORDS``
    words holding a name, then a cue verb, then what is said to the line's end ("Lund Urges Council
    to Act"); the speaker the word before the verb. A fallback for headlines the parser misreads."""
    text = doc_text(doc)
    title = _title_line(text)
    tokens = doc.char_span(*title, alignment_mode="expand") if title is not None else None
    if tokens is None:
        return
    opening = tokens.start
    for verb in tokens[1:]:
        if verb.text == ":" or verb.text in DASHES:
            opening = verb.i + 1
        subject = doc[opening:verb.i]
        plural = subject.text.endswith("s") or any(t.text == "," or t.lower_ == "and" for t in subject)
        lemma = _title_verb(verb, plural=plural) if len(subject) else None
        if lemma is None or quoted(verb.idx) or _subject_of_next_verb(verb):
            continue
        if len(subject) > TITLE_SUBJECT_WORDS or not _headline_source(subject) or subject[-1].pos_ in (
                "ADP", "DET", "PART", "PUNCT", "CCONJ", "SCONJ", "AUX", "PRON"):
            return
        start, end = content_trimmed(text, verb.idx + len(verb), title[1])
        end = end - 1 if text[end - 1:end] == "." else end
        if end - start >= 3:
            yield Attribution(verb.i, verb.i + 1, lemma, start, end, subject[-1], "title line", _span_chars(subject))
        return
