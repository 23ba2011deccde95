"""Quotations and reported speech in an article, and who said them.

Three kinds of quote, one row each (``analysis.records.Quote``):

- ``direct``: words wholly inside quotation marks ("“We will win,” she said.");
- ``mixed``: a reported clause holding quoted words ("He said the plan was “a trap.”"); the row's
  ``start``/``end`` cover the quoted words, ``content_start``/``content_end`` the whole clause;
- ``indirect``: reported speech without quotation marks, found by a cue pattern; ``start``/``end``
  equal the content span.

Cue patterns (``PATTERNS``, registered :class:`CuePattern` records with their own examples):

- ``speech verb``: a speech or cognition verb (``SPEECH_VERBS``, ``TELLING_VERBS``, ``QUOTE_SPEECH_VERBS``,
  ``COGNITION_VERBS``; by lemma)
  with a clausal complement ("X says …", "X told Y that …", "X's spokesman said …", and the
  inverted "…, X said" where the parser attaches the content to the verb) or, for verbs of
  commitment ("vowed to …"), an infinitive complement, or for verbs whose object is what is said
  or judged (``OBJECT_CONTENT_VERBS``: "announced his resignation"), a noun-phrase object (not a
  pronoun), or for verbs of speaking of a topic (``TOPIC_VERB_PREPOSITIONS``: "spoke about the
  budget", not "spoke to reporters" nor "spoke on Monday"), the object of the preposition, or
  for verbs of naming (``NAMING_VERBS``) the object with its predicate ("called the plan a
  disgrace", "called on the council to act"). A "that" clause after the verb is preferred to
  other complements. The content is the complement's words (with "that"), cut before a
  participle of speech that starts a report of its own (", adding that …") and before a
  participial clause set off by a comma or a dash, the writer's comment on the report (",
  throwing the plan into doubt"; PolNeAR's gold leaves it out), and a noun phrase's
  content before an aside set off by a comma ("praised Bush, the former governor"), also a
  relative clause opened by "which" or "who" after a comma that ends a noun-phrase content and
  hangs deeper in it ("questioned the cost of the bridge, which opened in May"). The content ends
  before a semicolon that closes its clause and before a speech verb coordinated inside it with no
  subject of its own, the speaker's next report ("said it was opposed to the toll and warned the
  council to drop it": two attributions, the second with the first's speaker). An "as" phrase
  right after an object is what is predicated of it and part of the content ("mentioned the toll
  as a reason for the delay"). A participle
  clause right after the cue and a comma describes the speaker and is no content ("the mayor
  said, his voice breaking"). The speaker is the
  verb's subject (of the first verb of "… and said"). A verb tagged as a noun but heading a
  clause with a subject and a complement ("Trump claims that …") and a mislemmatised cue
  ("hoping" -> "hop", ``CUE_LEMMA_FIXES``) count.
- ``parenthetical``: a speech verb set into the sentence it reports ("The plan, she said, will
  fail"; "As Lund noted, …"): the content is the sentence; such a verb is no content of another.
- ``speech noun``: a noun of saying or stance (``SPEECH_NOUN_PREPOSITIONS``) with its "that"
  clause or its prepositional object ("her criticism of the plan", "voiced concerns about the
  cost"), when a possessor or the subject of a light verb (``SPEECH_LIGHT_VERBS``) holds it; a
  "that" clause also without a holder ("the claim that the vote was rigged", no speaker).
- ``stance adjective``: an adjective of stance or of feeling and readiness (``STANCE_ADJECTIVES``,
  ``ATTITUDE_ADJECTIVES``) with its "that" clause, infinitive or prepositional object
  (``STANCE_ADJECTIVE_PREPOSITIONS``: "is confident that …", "was critical of …", "was proud of
  …", "is eager to …").
- ``according to``: the content is the rest of the clause around "according to X"; the speaker X.
- ``evidential``: a raising verb of evidence ("seems", "appears", ``EVIDENTIAL_VERBS``) with what
  it governs, or a reporting verb's passive with an infinitive ("is expected to", "is said to",
  ``PASSIVE_REPORT_VERBS``): the content is the clause, its subject included ("The plan seems to
  work"); the judgement is the writer's (no speaker) unless it is said whose ("seems to me", "is
  expected by analysts to"). A verb whose infinitive is a cue of its own ("appeared to suggest that
  …") is left to that cue, which shares its subject.
- ``passive``: a verb whose object is what is said or judged (``OBJECT_CONTENT_VERBS``,
  ``NAMING_VERBS``) in the passive with a "by" agent ("the plan was criticized by the mayor"): the
  content is the passive subject (with what is predicated of it), the speaker the agent.
- ``colon``: a paragraph that opens with a name and a colon ("Pence: We will win."); the words
  before the colon must end in a name ("Correction:" is no speaker). In a title line (a text's
  first line of its own, at most ``TITLE_LINE_WORDS`` words: a headline kept at the top) the words may
  be any case and need only hold a name or end in a noun of a headline source ("Clinton camp:
  …", "Poll: …", ``HEADLINE_SOURCE_NOUNS``), and the content ends with the line, its full stop
  left out.
- ``title line`` (a fallback: kept only when no other pattern has a cue on the line): a title
  line's subject holding a name, then a cue verb in a headline's present tense whatever its case
  or tag ("Clinton Urges Britain to Stay", "skywriters blast Trump"; the bare form only after a
  plural subject, so "Lund Plan for Taxes" is a noun), then what is said to the line's end. The
  speaker of a title line comes from its subject phrase only (its last name, a person first, else
  the phrase as a descriptor: "Poll").

Cue verbs inside quotation marks are the speaker's own words and give no cue.

The learned finder (``analysis.attribution_model``, ``learned`` pattern): the other verbs outside
quotation marks with a complement, in no pattern's content (``learned_candidates``: "voted for the
bill", "compared the toll to a robbery"), are scored by a logistic regression trained on PolNeAR
and kept above its threshold, unless the content is the object of a preposition of time or cause
("charged after the stabbing"; ``ADJUNCT_PREPOSITIONS``); the patterns' attributions whose content has no quoted words
(``rule_candidates``) are scored by the same model and vetoed below its veto threshold (a cue in a
relative clause that describes its noun: "the donor, who backs Cruz, …"). ``extract_quotes(...,
learned=False)`` runs the patterns alone.

Quote marks. Curly (“ ”) and straight (") double marks, and doubled apostrophes ('') typesetting
a straight one, are paired within a paragraph: an opening
mark opens a quote (a second opening mark before any closing one drops the first as stray, so a
doubled ``“”`` or ``‘’“`` start is read once), a closing mark closes the open quote (a closing
mark with none open is stray), a straight mark closes an open quote or else opens one. A quote
still open at a paragraph's end continues when the next paragraph opens with a mark (the news
style of multi-paragraph quotes): the paragraphs up to the one whose quote closes are one quote.
Single marks are apostrophes ("Russia’s") far more often than quotes and are not read as marks.
A content that starts inside a wire dateline starts after it ("TORONTO — Ontario will cut rates,
the minister said": "Ontario will cut rates").

Odd marks: a closing mark right after the opening one (``“”We``, ``“‘’It's``) is a doubled
opening and ignored; a closing mark with no quote open, after a space and before a word
(``”This``), opens a quote.

Quoted words in what an actor does. A quote in no reported clause and with no cue in its sentence,
inside the words after a verb whose subject names an actor (not a descriptor), is that actor's
("Reid went after Trump as a “con artist”"): kind ``mixed``, the verb as cue, the verb's words
after it as content; a quoted title (every word capitalised) is not.

Scare quotes and titles. A quoted stretch of at most ``SCARE_WORDS`` words that is no sentence of
its own, lies in no reported clause and has no cue verb in its sentence ("the so-called
“renoviction”", the film “Dune”) is not a quote.

Speakers (``_speaker_of``): the actor of the mention covering the subject's head (a name, a
country, a descriptor or pronoun resolved by ``analysis.coref``; when that is an organisation
right before a title and a person, the person: "Assembly of First Nations National Chief Cindy
Woodhouse Nepinak said", ``_office_holder``), else of a name inside the subject phrase, but not
its owner when the subject names someone's people ("her sister, Ina
Brekke, told …" is Ina Brekke; "His lawyer said" is the descriptor "His lawyer" with the owner as
affiliation; ``ENTOURAGE_NOUNS``, role and organisation words; ``_possessor``); a capitalised subject the entity tagger missed that is the last name of exactly
one person named in the text is that person ("Pence: …" in a headline); else, for an unnamed subject ("a police spokesman", "officials"), the phrase
itself with ``speaker_type`` ``descriptor`` and its affiliation (an actor in the phrase:
"Russia's defence ministry spokesman" -> Russia), a quantifier pronoun ("many", "each",
"everyone") too; a record or study ("according to photos",
"documents show") speaks for the actor it names ("a Pentagon report"), else as itself with
``speaker_type`` ``document`` (PolNeAR, like PARC, takes a record as the source); a
first-person subject outside quotation marks ("I think", "we asked") is the writer (``WRITER``,
a descriptor); a subject
the parser runs into a wire dateline ("WASHINGTON (AP) — Paul Ryan said") is the name after the
dateline. An "it" or "they" subject is the nearest organisation or country mentioned before it in
its sentence or the four before, never a person. A quote credited with a dash right after its
closing mark ("… shame.” ― Ann Lee") is the named person's. A quote whose paragraph opens after a
cue sentence ending in a colon ("She told the crowd:") takes that cue; a quote after a clause
ending in a colon with no speech verb ("The senator released the following statement:") takes
that clause's subject and verb. A quote with no cue in its
own sentences takes the speaker of the previous quote when that quote is in the same or the
previous paragraph and no other attribution lies between them, else of a cue in the sentence just
after it; else nobody. A "he" or "she" speaker the coreference left unresolved is the person who
spoke last, a "they" the group (plural descriptor, organisation or country) who spoke last, an
"it" the organisation or country (or a descriptor naming one: "the hospital association") who
spoke last, within ``PRONOUN_PARAGRAPHS`` paragraphs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .attribution_model import AttributionModel, cue_features, load_model
from .entities import ORGANISATION_WORDS, PERSON_ROLE_NOUNS, dateline_ends, in_dateline, title_word
from .nlp import SentenceIndex, doc_text, memo, sentence_of, token_ids
from .records import Mention, Quote
from .vocabulary import (ADJUNCT_PREPOSITIONS, COGNITION_VERBS, COMMITMENT_VERBS, COMPANY_NOUNS, CUE_LEMMA_FIXES,
                         DOCUMENT_NOUNS, ENTOURAGE_NOUNS, EVIDENTIAL_VERBS,
                         FIRST_PERSON_PRONOUNS, HEADLINE_SOURCE_NOUNS, NEGATIVE_PRONOUNS, NAMING_VERBS, OBJECT_CONTENT_VERBS,
                         ORGANISATION_LABELS, PASSIVE_REPORT_VERBS, RELATIVE_PRONOUNS, PREDICATE_PREPOSITIONS,
                         SAYING_VERBS, SPEAKER_LABELS, SPEECH_LIGHT_VERBS, SPEECH_NOUN_PREPOSITIONS, SPEECH_NOUNS,
                         STANCE_ADJECTIVES, STANCE_ADJECTIVE_PREPOSITIONS, ATTITUDE_ADJECTIVES,
                         SUBJECT_DEPS, TELLING_VERBS, TITLE_OPENERS, TITLE_WORDS, TOPIC_VERB_PREPOSITIONS,
                         TOPIC_VERBS, TWO_APOSTROPHES, TWO_BACKTICKS, WH_RELATIVE_PRONOUNS)

OPENING, CLOSING, STRAIGHT = "\u201c", "\u201d", '"'
SPEECH_CUES = SAYING_VERBS | TELLING_VERBS
REPORTING_ADJECTIVES = STANCE_ADJECTIVES | ATTITUDE_ADJECTIVES
CUE_LEMMAS = SPEECH_CUES | COGNITION_VERBS | OBJECT_CONTENT_VERBS | TOPIC_VERBS | COMMITMENT_VERBS | NAMING_VERBS
PASSIVE_CONTENT_LEMMAS = OBJECT_CONTENT_VERBS | NAMING_VERBS
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "acomp"})
SUBJECT_CLIMB = 3
MISPARSED_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "nmod"})
PHRASE_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "parataxis"})
GROUP_PRONOUNS = frozenset({"it", "they"})
PERSON_PRONOUNS = frozenset({"he", "she"})
QUANTIFIER_PRONOUNS = frozenset({"all", "each", "both", "everyone", "everybody", "someone", "somebody", "some",
                                 "many", "most", "several", "others", "few", "none", "nobody", "anyone"})
PRONOUN_PARAGRAPHS = 2
WRITER = "the writer"
GOVERNING_CLIMB = 6
CUE_TOKENS_KEY = "analysis.quotes.cue_tokens"
GROUP_LOOKBACK = 4
SCARE_WORDS = 4
TIME_LABELS = frozenset({"DATE", "TIME"})
CLAUSE_MARKS = frozenset({"that", "whether", "if"})
DASH = "\u2014"
DASHES = frozenset("\u2015\u2014\u2013")
TITLE_LINE_WORDS = 20
TITLE_SUBJECT_WORDS = 6
TITLE_CUE_LEMMAS = CUE_LEMMAS - {"continue", "post"}
#: The dependents of a verb that can open the content of a ``learned`` cue, and those that continue it.
LEARNED_CONTENT_DEPS = frozenset({"dobj", "dative", "xcomp", "prep", "ccomp", "oprd", "attr", "acomp"})
#: Heads of a descriptor that names an organisation ("the hospital association", "the firm").
ORGANISATION_HEAD_WORDS = ORGANISATION_WORDS | COMPANY_NOUNS
#: Heads of a subject naming someone's people, who speak for themselves ("His lawyer", "Elian's relatives").
PEOPLE_OF_SOMEONE = ENTOURAGE_NOUNS | PERSON_ROLE_NOUNS | ORGANISATION_HEAD_WORDS
#: Words of a title phrase between an organisation and its office holder ("National Chief").
TITLE_PHRASE_WORDS = TITLE_WORDS | TITLE_OPENERS
#: The marks that set off a participial clause ending a report (the writer's comment, not said).
TAIL_MARKS = frozenset({",", "--", "\u2014", "\u2013"})
_DIRECT_AFTER = frozenset(",:;.!?\u2014\u2013")
_EDGE = " \n\t,;:\u2014\u2013-"


@dataclass(frozen=True)
class Attribution:
    """A cue found by a pattern: cue token range, cue word, content chars, speaker subject (and, for
    a title line, the chars of the subject phrase, which bound the speaker)."""

    cue_start: int
    cue_end: int
    cue: str
    content_start: int
    content_end: int
    subject: Token | None
    pattern: str
    subject_chars: tuple[int, int] | None = None


@dataclass(frozen=True)
class CuePattern:
    """A quote pattern (cue form): its name, finder and examples (text, content, speaker, cue); a
    ``fallback`` pattern's attribution stands only where no other pattern has a cue on its line."""

    name: str
    description: str
    find: Callable[[Doc, Callable[[int], bool]], Iterator[Attribution]]
    examples: tuple[tuple[str, str, str | None, str], ...]
    fallback: bool = False


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character offsets of the paragraphs of a text (split at blank lines)."""
    start = 0
    while start <= len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 2


def _pairs_in(text: str, start: int, end: int, opened: int | None = None
              ) -> tuple[list[tuple[int, int]], int | None]:
    """Return the balanced (open, close) mark offsets in text[start:end] and any mark left open."""
    pairs = []
    for i in range(start, end):
        char = text[i]
        if char == OPENING or (char == STRAIGHT and opened is None) or _misturned(text, i, opened):
            opened = i
        elif char in (CLOSING, STRAIGHT) and opened is not None and text[opened + 1:i].strip("‘’ "):
            pairs.append((opened, i))
            opened = None
    return pairs, opened


def _misturned(text: str, i: int, opened: int | None) -> bool:
    """True for a closing mark used as an opening one: none open, a word right after it and
    none before ("”This is it")."""
    before = text[i - 1:i]
    return (text[i] == CLOSING and opened is None and text[i + 1:i + 2].isalnum()
            and (not before or before.isspace()))


def quote_mark_pairs(text: str) -> list[tuple[int, int]]:
    """Return (opening mark, closing mark or paragraph end) offsets of every quotation; a quote
    running over several paragraphs (each reopened with a mark) is one pair. A doubled apostrophe
    (``''``, the ASCII typesetting of a double mark in wire and archive copy) is a straight mark
    at its second character when it opens a quote and at its first when it closes one; two
    backticks (the Penn Treebank's and TeX's opening mark, closed by ``''``) open a quote at their
    second character."""
    text = text.replace(TWO_BACKTICKS, " " + OPENING).replace(TWO_APOSTROPHES, " " + STRAIGHT)
    found: list[tuple[int, int]] = []
    carried: int | None = None
    for start, end in _paragraphs(text):
        if carried is not None and text[start:start + 1] not in (OPENING, STRAIGHT):
            carried = None
        skip = start + 1 if carried is not None else start
        pairs, opened = _pairs_in(text, skip, end, carried)
        found += pairs
        follows = text[end + 2:end + 3]
        if opened is not None and follows in (OPENING, STRAIGHT):
            carried = opened
        elif opened is not None and carried is not None and opened == carried:
            found.append((opened, end))
            carried = None
        else:
            carried = None
    return sorted((a, b - 1 if text[b - 1:b + 1] == " " + STRAIGHT else b) for a, b in found)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span start..end without surrounding spaces, doubled marks and a trailing comma."""
    while start < end and (text[start].isspace() or text[start] in "\u201c\u201d\u2018\u2019"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _content_trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a content span without edge spaces, commas, dashes and colons."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def sentence_shaped(text: str, mark: int, start: int) -> bool:
    """True when a quote opened at ``mark`` starts with a capital at a clause start."""
    line_start = text.rfind("\n", 0, mark) + 1
    before = text[line_start:mark].rstrip()
    at_clause_start = not before or before[-1] in _DIRECT_AFTER
    return text[start:start + 1].isupper() and at_clause_start


def _first_subject(verb: Token) -> Token | None:
    """Return the subject of a verb; without one, of the verb it hangs on as a conjunct, an
    adverbial or open clause (also through a predicative adjective: "is likely to say") ("..., saying ...", "... and said", "declined to say ...") or as the
    gerund after a preposition ("After saying ..., the man left"), up to ``SUBJECT_CLIMB`` verbs up; the noun a relative "who said" or "which said" or a participle ("the group
    backing X") hangs on."""
    candidate = verb
    for _ in range(SUBJECT_CLIMB):
        subjects = [c for c in candidate.children if c.dep_ in SUBJECT_DEPS] or _name_before(candidate)
        if subjects:
            subject = subjects[0]
            if subject.lower_ in RELATIVE_PRONOUNS and candidate.dep_ == "relcl":
                return candidate.head
            return subject
        if candidate.dep_ == "acl" and candidate.head.pos_ in ("NOUN", "PROPN"):
            return candidate.head
        if candidate.dep_ == "pcomp" and candidate.head.dep_ == "prep" and candidate.head.head.pos_ in ("VERB", "AUX"):
            candidate = candidate.head.head
            continue
        if candidate.dep_ not in SUBJECT_SHARING_DEPS or candidate.head.i == candidate.i:
            return None
        candidate = candidate.head
    return None


def _name_before(verb: Token) -> list[Token]:
    """The proper noun right before a verb that the parser hung on it as a modifier instead of its
    subject ("Mr. Swavely said ...", "Swavely" parsed as advmod), as a one-item list; else []."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.head.i != verb.i or before.pos_ != "PROPN" or before.dep_ not in MISPARSED_SUBJECT_DEPS:
        return []
    return [before]


def _span_chars(tokens: Span) -> tuple[int, int]:
    """Character offsets of a token span."""
    return tokens.start_char, tokens.end_char


def cue_lemma(token: Token) -> str:
    """A token's lower-case lemma, mended where the tagger gets a cue verb wrong (``CUE_LEMMA_FIXES``)."""
    return CUE_LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def _marked(clause: Token) -> bool:
    """True for a clause opened by "that", "whether" or "if"."""
    return any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in clause.children)


def _verbal(token: Token) -> bool:
    """True for a verb, or a word tagged as a noun that heads a clause with a subject and a clausal
    complement ("Trump claims that ..." with "claims" tagged NOUN)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and "nsubj" in deps and "ccomp" in deps


def _cue_tokens(doc: Doc, lemmas: frozenset[str]) -> Iterator[Token]:
    """The verbs of a Doc whose (mended) lemma is one of ``lemmas`` (a subset of ``CUE_LEMMAS``),
    in order; the candidates are looked up once per Doc."""
    memos = memo(doc)
    if CUE_TOKENS_KEY not in memos:
        ids = token_ids(doc, "LEMMA", CUE_LEMMAS) + token_ids(doc, "LOWER", CUE_LEMMA_FIXES)
        memos[CUE_TOKENS_KEY] = [doc[i] for i in sorted(set(ids)) if _verbal(doc[i])]
    return (token for token in memos[CUE_TOKENS_KEY] if cue_lemma(token) in lemmas)


def _has_content(verb: Token) -> bool:
    """True when a verb has a clausal complement of its own."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _absolute(clause: Token, verb: Token) -> bool:
    """True for a participle clause set off by a comma after the cue, which describes the speaker
    and reports nothing ("Ireland said, his voice breaking"; "she said, smiling")."""
    return (clause.i > verb.i and _non_finite(clause) and not _marked(clause)
            and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ",")


def _complements(verb: Token) -> list[Token]:
    """The clausal complements of a cue verb: ccomp or parataxis; a "that" clause on the noun of
    a prepositional phrase ("said in a statement that ...", also when parsed as a relative clause
    with "that" as its mark: "said during a news conference that ..."); an infinitive after a verb of
    commitment ("vowed to ..."); the object or gerund of a verb whose object is what is said
    ("denied the charges", "proposed barring ..."); a "for ... to" clause after a verb of calling
    for ("called for the council to act"); the prepositional object of a verb of speaking of."""
    lemma = cue_lemma(verb)
    found = sorted((c for c in verb.children if c.dep_ in CONTENT_DEPS and not
                    (c.dep_ == "parataxis" and cue_lemma(c) in SPEECH_CUES and not _has_content(c))),
                   key=lambda c: (not _marked(c), c.i < verb.i))
    if not found:
        nouns = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        found = [a for n in nouns for a in n.children if a.dep_ in ("acl", "ccomp", "relcl")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
    if not found and lemma in COMMITMENT_VERBS:
        found = [c for c in verb.children if c.dep_ == "xcomp"]
    if not found and lemma in OBJECT_CONTENT_VERBS:
        found = [c for c in verb.children if (c.dep_ == "dobj" and c.pos_ != "PRON")
                 or (c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i)]
    if not found and lemma in TOPIC_VERBS and "for" in TOPIC_VERB_PREPOSITIONS[lemma]:
        found = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    if not found and lemma in TOPIC_VERBS:
        found = [g for c in verb.children if c.dep_ in ("prep", "prt")
                 and c.lower_ in TOPIC_VERB_PREPOSITIONS[lemma] for g in c.children
                 if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in TIME_LABELS]
    return found


def _parenthetical(verb: Token) -> bool:
    """True for a speech verb set into the clause it reports, with no complement of its own:
    "The plan, she said, will fail", "As Lund noted, the plan will fail"; a clause without a finite
    verb reports nothing ("'We have lost homes,' Ireland said, his voice breaking")."""
    if cue_lemma(verb) not in SPEECH_CUES or verb.head.i == verb.i or _non_finite(verb.head):
        return False
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return verb.dep_ == "parataxis"


def _verb_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``speech verb`` pattern (module docstring)."""
    text = doc_text(doc)
    for token in _cue_tokens(doc, CUE_LEMMAS):
        if quoted(token.idx):
            continue
        heads = _naming(token) or [c for c in _complements(token) if not _absolute(c, token)][:1]
        if not heads:
            continue
        first, last = _content_bounds(heads, token)
        if first < token.i < last:
            continue
        start, end = _content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, cue_lemma(token), start, end, _report_subject(token),
                              "speech verb")


def _naming(verb: Token) -> list[Token]:
    """The object and what is predicated of it, for a verb of ``NAMING_VERBS`` ("called the plan
    a disgrace", "accused the mayor of lying", "told his aides to wait"), or the person called on
    and what to do ("called on the council to act"); else nothing."""
    lemma = cue_lemma(verb)
    if lemma not in NAMING_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    predicates = [c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ in PREDICATE_PREPOSITIONS))]
    if objects and predicates and objects[0].i < predicates[0].i:
        return [objects[0], predicates[0]]
    called_on = [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i > verb.i
                 and lemma == "call" for g in c.children if g.dep_ == "pobj"]
    return called_on[:1] + [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i][:1] if called_on else []


def _content_last(complement: Token, verb: Token) -> int:
    """The last token of a complement's content: its right edge, or the word before a speech verb
    that continues the report as a participle ("..., adding that ...", "..., arguing that ..."),
    which is a report of its own, or before the writer's participial comment (``_writer_tail``)."""
    doc = complement.doc
    for token in doc[complement.i + 1:complement.right_edge.i + 1]:
        if (token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and cue_lemma(token) in SPEECH_CUES
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children) and _has_content(token)
                and token.left_edge.i > verb.i):
            return token.left_edge.i - 1
        if _writer_tail(token, verb):
            return token.left_edge.i - 1
    return _before_aside(complement)


def _writer_tail(token: Token, verb: Token) -> bool:
    """True for a participial clause set off by a comma or a dash at the end of a report ("..., throwing
    the plan into doubt"): the writer's comment on what was said, no part of it."""
    doc = token.doc
    before = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return (token.tag_ == "VBG" and token.dep_ == "advcl" and token.left_edge.i > verb.i + 1
            and before is not None and before.text in TAIL_MARKS
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children))


def _before_aside(phrase: Token) -> int:
    """The last token of a noun phrase before an aside set off by a comma (an appositive or a
    non-restrictive clause: "Bush, the former governor", "the plan, which passed"): the writer's
    description, no part of what is said; the phrase's right edge for a clause or without one."""
    if phrase.pos_ not in ("NOUN", "PROPN"):
        return phrase.right_edge.i
    doc = phrase.doc
    asides = [c.left_edge.i - 1 for c in phrase.children if c.dep_ in ("appos", "relcl", "acl")
              and c.i > phrase.i and doc[c.left_edge.i - 1].text == ","]
    return min(asides) - 1 if asides else phrase.right_edge.i


def _content_bounds(heads: list[Token], verb: Token) -> tuple[int, int]:
    """The first and last token of the content a cue verb's complement heads give: from the first
    head's left edge, through an "as" phrase after a lone object (``_as_predicate``), to the end
    ``_content_last`` and ``_report_last`` allow."""
    heads = heads + _as_predicate(heads[0], verb) if len(heads) == 1 else heads
    first = heads[0].left_edge.i
    return first, _report_last(first, _content_last(heads[-1], verb), verb)


def _as_predicate(head: Token, verb: Token) -> list[Token]:
    """The "as" phrase right after a verb's object, what is predicated of it ("mentioned the toll as
    a reason for the delay"), as a one-item list; else []."""
    if head.dep_ != "dobj":
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == head.right_edge.i + 1][:1]


def _report_last(first: int, last: int, verb: Token) -> int:
    """The last token of a content first..last after its cue verb, cut before a semicolon that
    ends its clause, before a speech verb coordinated inside it with no subject of its own (the
    speaker's next report: "said it was opposed to the toll and warned the council to ..."), and,
    for a noun phrase, before a trailing non-restrictive relative clause set off by a comma
    ("questioned the cost of the bridge, which opened in May": the writer's description)."""
    doc = verb.doc
    if first > last or first < verb.i:
        return last
    nominal = doc[first:last + 1].root.pos_ in ("NOUN", "PROPN", "PRON")
    for token in doc[first + 1:last + 1]:
        if token.text == ";" and first <= token.head.i <= last:
            return token.i - 1
        if _coordinated_report(token) and token.left_edge.i > first:
            before = token.left_edge.i - 1
            while before > first and doc[before].dep_ in ("cc", "punct"):
                before -= 1
            return before
        if nominal and _trailing_relative(token, first, last):
            return token.left_edge.i - 2
    return last


def _coordinated_report(token: Token) -> bool:
    """True for a speech verb that is a conjunct with no subject of its own ("... and warned")."""
    return (token.dep_ == "conj" and token.pos_ == "VERB" and cue_lemma(token) in SPEECH_CUES
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children))


def _trailing_relative(token: Token, first: int, last: int) -> bool:
    """True for a relative clause opened by "which" or "who" after a comma that ends the content
    first..last and hangs on a word of it."""
    doc = token.doc
    opener = token.left_edge.i
    return (token.dep_ == "relcl" and doc[opener].lower_ in WH_RELATIVE_PRONOUNS and opener > first + 1
            and doc[opener - 1].text == "," and token.right_edge.i >= last and first <= token.head.i < opener)


def _report_subject(verb: Token) -> Token | None:
    """The subject of a cue verb; for a speech verb coordinated inside another's content ("said
    it was opposed to the toll and warned ..."), the subject of that other cue."""
    if _coordinated_report(verb):
        clause = verb.head
        for _ in range(GOVERNING_CLIMB):
            if clause.dep_ in CONTENT_DEPS and cue_lemma(clause.head) in SPEECH_CUES:
                return _first_subject(clause.head)
            if clause.dep_ != "conj":
                break
            clause = clause.head
    return _first_subject(verb)


def _non_finite(verb: Token) -> bool:
    """True for a participle with no auxiliary: the head of an absolute or participial clause."""
    return verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _parenthetical_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``parenthetical`` pattern: the content is the sentence the speech verb is set into."""
    text = doc_text(doc)
    for token in _cue_tokens(doc, SPEECH_CUES):
        if quoted(token.idx) or not _parenthetical(token):
            continue
        if _complements(token):
            continue
        sent = sentence_of(doc, token.i)
        start, end = _content_trimmed(text, sent.start_char, sent.end_char)
        end = end - 1 if text[end - 1:end] == "." else end
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, cue_lemma(token), start, end,
                              _first_subject(token), "parenthetical")


def _noun_content(noun: Token) -> Token | None:
    """What a speech noun reports: its "that" clause or infinitive ("her promise to cut taxes"),
    also as the subject of "be" ("her argument is that ..."), else the object of its preposition."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and (
        _marked(c) or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.head.i and _marked(c)]
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
    (``SPEECH_LIGHT_VERBS``: "she voiced concerns about")."""
    owners = [c for c in noun.children if c.dep_ == "poss"] or [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children
        if g.dep_ == "pobj"]
    if owners:
        return owners[0]
    return _first_subject(noun.head) if _light_object(noun) else None


def _noun_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``speech noun`` pattern: a noun of saying or stance with what it reports, when it says
    whose it is; a noun without a holder only with a "that" clause ("the claim that the vote was
    rigged": a claim, nobody's; "questions about his health" is left out)."""
    text = doc_text(doc)
    for token in (doc[i] for i in token_ids(doc, "LEMMA", SPEECH_NOUNS)):
        if token.pos_ != "NOUN" or quoted(token.idx):
            continue
        content, holder = _noun_content(token), _noun_holder(token)
        if content is None or (holder is None and not _marked(content)):
            continue
        start, end = _content_trimmed(text, content.left_edge.idx, content.right_edge.idx + len(content.right_edge))
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, token.lemma_.lower(), start, end, holder, "speech noun")


def _according_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``according to`` pattern: content is the clause without the "according to X" phrase."""
    text = doc_text(doc)
    for token in (doc[i] for i in token_ids(doc, "LOWER", ["according"])):
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        if quoted(token.idx):
            continue
        objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
        sent = doc[token.i].sent
        phrase_end = max(token.right_edge.i, doc[token.i + 1].right_edge.i) + 1
        before = _content_trimmed(text, sent.start_char, token.idx)
        after = _content_trimmed(text, doc[phrase_end - 1].idx + len(doc[phrase_end - 1]), sent.end_char)
        start, end = max((before, after), key=lambda span: span[1] - span[0])
        end = end - 1 if text[end - 1:end] == "." and start == after[0] else end
        if end - start >= 3:
            yield Attribution(token.i, token.i + 2, "according to", start, end,
                              objects[0] if objects else None, "according to")


def _colon_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``colon`` pattern: a paragraph opening with one to four capitalised words and a colon
    (after an opening quote mark too: a quoted transcript's "“LUND: …");
    in a title line up to ``TITLE_SUBJECT_WORDS`` words of any case that hold a name or end in a
    noun of a headline source ("Clinton camp: ...", "Poll: ..."), the content ending with the line."""
    text = doc_text(doc)
    title = _title_line(text)
    for start, end in _paragraphs(text):
        in_title = title is not None and start == 0
        end = title[1] if in_title else end
        lead = len(text[start:end]) - len(text[start:end].lstrip(OPENING + STRAIGHT))
        if quoted(start) and not lead:
            continue
        start += lead
        colon = text.find(":", start, min(end, start + 60 if in_title else start + 40))
        words = text[start:colon].split() if colon > start else []
        if not (in_title and 1 <= len(words) <= TITLE_SUBJECT_WORDS) and not (
                1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
            continue
        content = _content_trimmed(text, colon + 1, end)
        content = (content[0], content[1] - 1) if in_title and text[content[1] - 1] == "." else content
        tokens = doc.char_span(start, colon, alignment_mode="expand")
        if tokens is None or content[1] - content[0] < 3:
            continue
        if _named(tokens) or (in_title and _headline_source(tokens)):
            yield Attribution(tokens.end, tokens.end + 1, ":", *content, tokens.root, "colon", _span_chars(tokens))


def _headline_source(tokens: Span) -> bool:
    """True for the words before a title line's colon that hold a name of a speaker ("Clinton
    camp") or end in a noun of a headline source (``HEADLINE_SOURCE_NOUNS``: "Poll", "Report")."""
    return (any(e.label_ in SPEAKER_LABELS and e.start < tokens.end and e.end > tokens.start for e in tokens.doc.ents)
            or tokens[-1].lemma_.lower() in HEADLINE_SOURCE_NOUNS or tokens[-1].lower_ in HEADLINE_SOURCE_NOUNS)


def _title_line(text: str) -> tuple[int, int] | None:
    """The text's first line when it is a title: a line of its own of two to ``TITLE_LINE_WORDS`` words
    (a headline kept at the top of the text), else None."""
    end = text.find("\n")
    if end < 0 or not 2 <= len(text[:end].split()) <= TITLE_LINE_WORDS:
        return None
    return 0, end


def _title_verb(token: Token, *, plural: bool) -> str | None:
    """The cue lemma of a word of a title line that is a cue verb in a headline's present tense,
    whatever its case or tag ("Clinton Urges ...", "skywriters blast Trump"): its lower-case form
    less the agreement "-s", "-es" or "-ies" is a cue lemma (``TITLE_CUE_LEMMAS``), or the bare
    form after a ``plural`` subject; else None ("Clinton Plan for Taxes": a noun)."""
    word = token.lower_
    forms = [word] if plural else []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("s"):
        forms += [word[:-1], word[:-2]]
    return next((form for form in forms if form in TITLE_CUE_LEMMAS), None)


def _title_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
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
        if lemma is None or quoted(verb.idx):
            continue
        if len(subject) > TITLE_SUBJECT_WORDS or not _headline_source(subject) or subject[-1].pos_ in (
                "ADP", "DET", "PART", "PUNCT", "CCONJ", "SCONJ", "AUX", "PRON"):
            return
        start, end = _content_trimmed(text, verb.idx + len(verb), title[1])
        end = end - 1 if text[end - 1:end] == "." else end
        if end - start >= 3:
            yield Attribution(verb.i, verb.i + 1, lemma, start, end, subject[-1], "title line", _span_chars(subject))
        return


def _named(tokens: Span) -> bool:
    """True when a name of a person, group, organisation or country ends the tokens ("Senator
    Warren"; not "Correction" or "The Latest"), or the last word of such a name elsewhere in the
    text ("Pence" in a title-cased headline or "PENCE" in a transcript, "Mike Pence" in the body)."""
    if any(e.end == tokens.end and e.label_ in SPEAKER_LABELS for e in tokens.ents):
        return True
    return _name_case(tokens[-1].text) in {e[-1].text for e in tokens.doc.ents if e.label_ in SPEAKER_LABELS}


def _name_case(word: str) -> str:
    """A word as a name is written: a transcript's capitals in title case ("PENCE" -> "Pence")."""
    return word.title() if word.isupper() else word


def _stance_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``stance adjective`` pattern: the "that" clause (or the infinitive, or the prepositional
    object) of an adjective of stance or attitude predicated of the speaker."""
    text = doc_text(doc)
    for token in (doc[i] for i in token_ids(doc, "LOWER", REPORTING_ADJECTIVES)):
        if token.dep_ not in ("acomp", "oprd") or quoted(token.idx):
            continue
        found = [c for c in token.children if c.dep_ == "ccomp" and _marked(c)] or [
            c for c in token.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)] or [
            g for c in token.children if c.dep_ == "prep" and c.lower_ in STANCE_ADJECTIVE_PREPOSITIONS
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if not found or found[0].left_edge.i < token.i:
            continue
        start, end = _content_trimmed(text, found[0].left_edge.idx,
                                      found[0].right_edge.idx + len(found[0].right_edge))
        if end - start >= 3:
            yield Attribution(token.i, token.i + 1, token.lower_, start, end, _first_subject(token.head),
                              "stance adjective")


def _passive_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
    """The ``passive`` pattern: a cue verb in the passive whose subject is what is said or judged
    ("the plan was criticized by the mayor", "the move was first reported by the Post"), with what
    is predicated of it ("was described as a trap by ..."); the speaker is the "by" agent."""
    text = doc_text(doc)
    for verb in _cue_tokens(doc, PASSIVE_CONTENT_LEMMAS):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not subjects or not agents or quoted(verb.idx) or verb.tag_ != "VBN" or subjects[0].pos_ == "PRON":
            continue
        first = subjects[0].left_edge.i
        predicates = [c for c in verb.children if c.i > verb.i and (c.dep_ in ("oprd", "xcomp") or (
            c.dep_ == "prep" and c.lower_ in PREDICATE_PREPOSITIONS))]
        last = max([subjects[0].right_edge.i, *(p.right_edge.i for p in predicates if p.i < agents[0].i)])
        start, end = _content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start >= 3:
            yield Attribution(verb.i, verb.i + 1, cue_lemma(verb), start, end, agents[0], "passive")


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


def _evidential_cues(doc: Doc, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
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
        start, end = _content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start >= 3:
            yield Attribution(verb.i, verb.i + 1, cue_lemma(verb), start, end, _evidence_holder(verb), "evidential")


PATTERNS: tuple[CuePattern, ...] = (
    CuePattern("speech verb", "speech or cognition verb with its clausal complement", _verb_cues, (
        ("Maria Lund said the bridge would reopen in May.", "the bridge would reopen in May", "Maria Lund", "say"),
        ("The bridge will reopen in May, Maria Lund said.", "The bridge will reopen in May", "Maria Lund", "say"),
        ("Maria Lund told reporters that the bridge was safe.", "that the bridge was safe", "Maria Lund", "tell"),
        ("Oskar Brandt believes the bridge is safe.", "the bridge is safe", "Oskar Brandt", "believe"),
        ("Oskar Brandt vowed to rebuild the bridge.", "to rebuild the bridge", "Oskar Brandt", "vow"),
        ("Maria Lund announced her resignation on Monday.", "her resignation", "Maria Lund", "announce"),
        ("Oskar Brandt spoke about the new bridge.", "the new bridge", "Oskar Brandt", "speak"),
        ("Maria Lund said in a statement that the bridge was safe.", "that the bridge was safe",
         "Maria Lund", "say"),
        ("Oskar Brandt said at a meeting with voters that the bridge would reopen.", "that the bridge would reopen",
         "Oskar Brandt", "say"),
        ("Maria Lund called the bridge a disgrace.", "the bridge a disgrace", "Maria Lund", "call"),
        ("Oskar Brandt on Monday called on the council to rebuild the bridge.", "the council to rebuild the bridge",
         "Oskar Brandt", "call"),
        ("Maria Lund accused the council of neglecting the bridge.", "the council of neglecting the bridge",
         "Maria Lund", "accuse"),
        ("Oskar Brandt told his aides to close the bridge.", "his aides to close the bridge", "Oskar Brandt", "tell"),
        ("Maria Lund thanked the council for the new bridge.", "the council for the new bridge", "Maria Lund",
         "thank"),
        ("Maria Lund responded to the criticism.", "the criticism", "Maria Lund", "respond"),
        ("Maria Lund assured voters that the bridge was safe.", "that the bridge was safe", "Maria Lund", "assure"),
        ("Oskar Brandt asked about the bridge.", "the bridge", "Oskar Brandt", "ask"),
        ("Maria Lund disagreed with the plan for the bridge.", "the plan for the bridge", "Maria Lund", "disagree"),
        ("Maria Lund denounced the new toll.", "the new toll", "Maria Lund", "denounce"),
        ("Oskar Brandt disavowed the new toll.", "the new toll", "Oskar Brandt", "disavow"),
        ("Maria Lund proposed closing the bridge.", "closing the bridge", "Maria Lund", "propose"),
        ("Oskar Brandt lashed out at the council.", "the council", "Oskar Brandt", "lash"),
        ("Maria Lund outlined her plan for the bridge.", "her plan for the bridge", "Maria Lund", "outline"),
        ("Oskar Brandt criticized the toll, which the council passed in May.", "the toll", "Oskar Brandt",
         "criticize"),
        ("Oskar Brandt called for the council to rebuild the bridge.", "for the council to rebuild the bridge",
         "Oskar Brandt", "call"),
        ("Oskar Brandt shouted that the bridge was closed.", "that the bridge was closed", "Oskar Brandt", "shout"),
        ("The court ruled that the toll was unlawful.", "that the toll was unlawful", "the court", "rule"),
        ("Maria Lund remembered that the bridge had closed twice.", "that the bridge had closed twice",
         "Maria Lund", "remember"),
        ("After saying the bridge was safe, Maria Lund left the meeting.", "the bridge was safe", "Maria Lund",
         "say"),
        ("Maria Lund is likely to say that the bridge is safe.", "that the bridge is safe", "Maria Lund", "say"),
        ("Maria Lund said the bridge would close in May, throwing the council's plans into doubt.",
         "the bridge would close in May", "Maria Lund", "say"),
        ("Oskar Brandt said the toll was unfair -- prompting a sharp reply from the council.",
         "the toll was unfair", "Oskar Brandt", "say"),
    )),
    CuePattern("parenthetical", "a speech verb set into the sentence it reports", _parenthetical_cues, (
        ("The bridge, Maria Lund said, will reopen in May.", "The bridge, Maria Lund said, will reopen in May",
         "Maria Lund", "say"),
        ("As Oskar Brandt noted, the bridge is safe.", "As Oskar Brandt noted, the bridge is safe",
         "Oskar Brandt", "note"),
    )),
    CuePattern("according to", "the clause around \"according to X\"", _according_cues, (
        ("The bridge will reopen in May, according to Maria Lund.", "The bridge will reopen in May",
         "Maria Lund", "according to"),
        ("According to Oskar Brandt, the bridge is safe.", "the bridge is safe", "Oskar Brandt",
         "according to"),
    )),
    CuePattern("speech noun", "a noun of saying or stance with what it reports", _noun_cues, (
        ("Maria Lund repeated her criticism of the new bridge.", "the new bridge", "Maria Lund", "criticism"),
        ("Oskar Brandt voiced concerns about the cost.", "the cost", "Oskar Brandt", "concern"),
        ("Maria Lund made the claim that the bridge was unsafe.", "that the bridge was unsafe", "Maria Lund",
         "claim"),
        ("Oskar Brandt made the case that the bridge should reopen.", "that the bridge should reopen",
         "Oskar Brandt", "case"),
        ("Maria Lund took a swipe at the council.", "the council", "Maria Lund", "swipe"),
        ("Oskar Brandt kept his promise to rebuild the bridge.", "to rebuild the bridge", "Oskar Brandt", "promise"),
        ("Maria Lund gave her assessment of the new bridge.", "the new bridge", "Maria Lund", "assessment"),
        ("The claim that the bridge was unsafe spread quickly.", "that the bridge was unsafe", None, "claim"),
        ("Maria Lund's argument is that the bridge is unsafe.", "that the bridge is unsafe", "Maria Lund", "argument"),
        ("The claim by Maria Lund that the bridge was unsafe spread quickly.", "that the bridge was unsafe",
         "Maria Lund", "claim"),
    )),
    CuePattern("stance adjective", "an adjective of stance or attitude with what it is about", _stance_cues, (
        ("Maria Lund is confident that the bridge will reopen in May.", "that the bridge will reopen in May",
         "Maria Lund", "confident"),
        ("Oskar Brandt was critical of the new bridge.", "the new bridge", "Oskar Brandt", "critical"),
        ("Maria Lund was proud of the new bridge.", "the new bridge", "Maria Lund", "proud"),
        ("Oskar Brandt is eager to rebuild the bridge.", "to rebuild the bridge", "Oskar Brandt", "eager"),
        ("Maria Lund was angry about the new toll.", "the new toll", "Maria Lund", "angry"),
    )),
    CuePattern("evidential", "a clause under \"seems\", \"appears\" or \"is expected to\"", _evidential_cues, (
        ("The bridge seems to be safe.", "The bridge seems to be safe", None, "seem"),
        ("The new bridge appeared unfinished on Monday.", "The new bridge appeared unfinished on Monday", None,
         "appear"),
        ("Maria Lund is expected to open the bridge in May.", "Maria Lund is expected to open the bridge in May",
         None, "expect"),
        ("It seems to Oskar Brandt that the bridge is unsafe.", "that the bridge is unsafe", "Oskar Brandt", "seem"),
    )),
    CuePattern("passive", "a cue verb in the passive with its \"by\" agent", _passive_cues, (
        ("The new toll was criticized by Maria Lund.", "The new toll", "Maria Lund", "criticize"),
        ("The plan for a new bridge was rejected by Oskar Brandt.", "The plan for a new bridge", "Oskar Brandt",
         "reject"),
    )),
    CuePattern("colon", "a paragraph opening with a name and a colon", _colon_cues, (
        ("Maria Lund: The bridge will reopen in May.", "The bridge will reopen in May.", "Maria Lund", ":"),
        ("Lund: The bridge will reopen.\n\nMaria Lund spoke in Oslo.", "The bridge will reopen", "Maria Lund", ":"),
        ("Maria Lund spoke on the radio.\n\n“LUND: I think the bridge will reopen.",
         "I think the bridge will reopen.", "Maria Lund", ":"),
        ("Lund camp: bridge will reopen in May.\n\nMaria Lund spoke in Oslo.", "bridge will reopen in May",
         "Lund camp", ":"),
        ("Poll: Voters want a new bridge.\n\nA poll of 500 voters was taken in Oslo.", "Voters want a new bridge",
         "Poll", ":"),
    )),
    CuePattern("title line", "a title line's name, cue verb and what is said", _title_cues, (
        ("Maria Lund Urges Council to Rebuild Bridge.\n\nMaria Lund spoke in Oslo on Monday.",
         "Council to Rebuild Bridge", "Maria Lund", "urge"),
        ("Mayor Oskar Brandt Praises New Bridge.\n\nOskar Brandt opened the bridge on Monday.", "New Bridge",
         "Oskar Brandt", "praise"),
    ), fallback=True),
)


@dataclass(frozen=True)
class Speaker:
    """Who a quote is credited to: actor (or descriptor text), mention offsets, type, affiliation."""

    name: str | None = None
    start: int | None = None
    end: int | None = None
    type: str | None = None
    affiliation: str | None = None


NOBODY = Speaker()


def mention_type(mention: Mention) -> str:
    """``person``, ``country``, ``organisation`` or ``place`` for a speaker mention; an ORG span
    that is a person's name ("Amanda Nunes") is a person, "the X administration" an organisation."""
    if mention.kind in ("descriptor", "pronoun") or mention.label == "PERSON":
        return "person"
    if mention.kind == "name" and mention.text.split()[-1] == mention.actor.split()[-1]:
        return "person"
    if mention.kind == "country" or mention.label == "GPE":
        return "country"
    return "organisation" if mention.label in ORGANISATION_LABELS else "place"


def _as_speaker(mention: Mention) -> Speaker:
    """A speaker from the mention that names it; "the X administration" speaks as itself, with X
    as its affiliation."""
    kind = mention_type(mention)
    if kind == "organisation" and mention.kind == "name":
        name = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
        return Speaker(name, mention.start, mention.end, kind, mention.actor)
    return Speaker(mention.actor, mention.start, mention.end, kind)


def _group_antecedent(pronoun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation or country an "it"/"they" speaker refers to: the nearest such mention
    before it in its sentence or the ``GROUP_LOOKBACK`` sentences before (never a person)."""
    doc = pronoun.doc
    first = sentence_of(doc, pronoun.i)
    for _ in range(GROUP_LOOKBACK):
        if first.start == 0:
            break
        first = sentence_of(doc, first.start - 1)
    earlier = [m for m in mentions if first.start_char <= m.start and m.end <= pronoun.idx
               and mention_type(m) in ("organisation", "country")]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _descriptor(subject: Token, mentions: Sequence[Mention]) -> Speaker:
    """An unnamed subject ("a police spokesman") as a descriptor speaker with its affiliation; a
    record or medium (``DOCUMENT_NOUNS``: "photos", "a Pentagon report", "photos released by the
    Kremlin") speaks for the first actor named in its phrase, else as itself with type
    ``document`` ("federal statistics")."""
    doc = subject.doc
    first = subject.left_edge.i
    tokens = doc[first:subject.i + 1]
    extra = [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    last = max([subject.i, *(t.i for t in extra)])
    lo, hi = tokens.start_char, doc[last].idx + len(doc[last])
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    if subject.lemma_.lower() in DOCUMENT_NOUNS:
        phrase = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        authors = [m for m in mentions if phrase[0] <= m.start and m.end <= phrase[1]]
        if authors:
            return _as_speaker(authors[0])
        lo, hi = _phrase_chars(subject)
        return Speaker(_phrase_name(subject.left_edge, lo, hi), lo, hi, "document")
    affiliation = inside[0].actor if inside else None
    return Speaker(_phrase_name(subject.left_edge, lo, hi), lo, hi, "descriptor", affiliation)


def _phrase_name(first: Token, lo: int, hi: int) -> str:
    """The text ``lo``..``hi`` of an unnamed speaker's phrase opening with token ``first``, a
    capitalised opening determiner in lower case ("The company" at a sentence start names the
    same speaker as "the company")."""
    text = doc_text(first.doc)[lo:hi]
    if first.pos_ == "DET" and first.is_title:
        return text[:1].lower() + text[1:]
    return text


def _after_dateline(subject: Token, mentions: Sequence[Mention]) -> Speaker:
    """The speaker of a subject phrase the parser ran into a dateline ("WASHINGTON (AP) — Paul
    Ryan ..."): the first mention of the phrase after the dateline, else nobody."""
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and not in_dateline(subject.doc, m.start)]
    return _as_speaker(inside[0]) if inside else NOBODY


def _missed_name(subject: Token, mentions: Sequence[Mention]) -> Speaker | None:
    """A capitalised subject the entity tagger missed that is the last name of a person named in
    the text ("Lund: …" or a transcript's "LUND: …" with "Maria Lund" in the body): that person;
    else None."""
    word = _name_case(subject.text)
    people = {m.actor for m in mentions if m.kind == "name" and m.label == "PERSON"
              and len(m.actor.split()) > 1 and m.actor.split()[-1] == word}
    if len(people) != 1:
        return None
    return Speaker(people.pop(), subject.idx, subject.idx + len(subject), "person")


def _phrase_chars(subject: Token) -> tuple[int, int]:
    """Character offsets of a subject's phrase without the clauses it holds ("an architect who
    said Trump stiffed him" -> "an architect"): a name in a relative clause names someone else."""
    clauses = {t.i for c in subject.children if c.dep_ in PHRASE_CLAUSE_DEPS and c.i > subject.i for t in c.subtree}
    last = max(t.i for t in subject.subtree if t.i not in clauses)
    return subject.left_edge.idx, subject.doc[last].idx + len(subject.doc[last])


def _possessor(doc: Doc, mention: Mention, subject: Token) -> bool:
    """True for a mention that owns a subject naming someone's people ("His lawyer", "Elian's
    relatives", "the aides of Mr. Lund"; ``ENTOURAGE_NOUNS``, role and organisation words): they
    speak for themselves, with the owner as their affiliation. A name in apposition speaks ("His
    lawyer, Maren Holt"); the owner of a record still does ("Mr. Lund's statement"), and so does a
    titled name ending an organisation's name ("Federation of Sovereign Indigenous Nations Chief
    Bobby Cameron said": the parser hangs the chief on "of")."""
    if subject.lemma_.lower() not in PEOPLE_OF_SOMEONE:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None and subject.text[:1].isupper() and title_word(span[0]):
        return False
    token = span.root if span is not None else subject
    while token.i != subject.i and token.head.i != token.i and token.dep_ != "appos":
        if token.dep_ in ("poss", "prep", "pobj"):
            return True
        token = token.head
    return False


def _speaker_of(subject: Token | None, mentions: Sequence[Mention]) -> Speaker:
    """The speaker named by a cue's subject (see module docstring)."""
    if subject is None:
        return NOBODY
    if in_dateline(subject.doc, subject.idx):
        return _after_dateline(subject, mentions)
    covering = [m for m in mentions if m.start <= subject.idx < m.end]
    if covering:
        covering.sort(key=lambda m: (m.label != "PERSON", m.end - m.start))
        return _as_speaker(_office_holder(subject, covering[0], mentions) or covering[0])
    lo, hi = _phrase_chars(subject)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.label == "PERSON"
              and not _possessor(subject.doc, m, subject)]
    if inside:
        return _as_speaker(inside[0])
    if subject.lower_ in QUANTIFIER_PRONOUNS:
        return _descriptor(subject, mentions)
    if subject.lower_ in FIRST_PERSON_PRONOUNS:
        return Speaker(WRITER, subject.idx, subject.idx + len(subject), "descriptor")
    if subject.text[:1].isupper() and (named := _missed_name(subject, mentions)) is not None:
        return named
    if subject.pos_ == "PRON" or subject.tag_ in ("PRP", "WP", "EX"):
        found = _group_antecedent(subject, mentions) if subject.lower_ in GROUP_PRONOUNS else None
        if found is not None:
            return replace(_as_speaker(found), start=subject.idx, end=subject.idx + len(subject))
        return Speaker(None, subject.idx, subject.idx + len(subject))
    return _descriptor(subject, mentions)


def _office_holder(subject: Token, body: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The person named right after the organisation that covers a cue's subject, with only a title
    between ("Assembly of First Nations National Chief Cindy Woodhouse Nepinak said": the parser
    makes "Assembly" the subject); else None."""
    if body.label == "PERSON":
        return None
    text = doc_text(subject.doc)
    hi = _phrase_chars(subject)[1]
    for mention in mentions:
        if mention.label != "PERSON" or not body.end <= mention.start or mention.end > hi:
            continue
        between = text[body.end:mention.start].split()
        if len(between) <= 3 and all(w.rstrip(".").lower() in TITLE_PHRASE_WORDS for w in between):
            return mention
    return None


def _phrase_speaker(doc: Doc, chars: tuple[int, int], mentions: Sequence[Mention]) -> Speaker:
    """The speaker a subject phrase of a title line or a colon's label names: its last named
    mention, a person first ("Former Mexico leader Calderon"), or a person of the text whose last
    name ends it ("Lund", "LUND"), else the phrase as a descriptor ("Poll")."""
    inside = [m for m in mentions if chars[0] <= m.start and m.end <= chars[1] and m.kind == "name"]
    if inside:
        return _as_speaker(max(inside, key=lambda m: (m.label == "PERSON", m.start)))
    last = doc.char_span(*chars, alignment_mode="expand")[-1]
    named = _missed_name(last, mentions) if last.text[:1].isupper() else None
    return named or Speaker(doc_text(doc)[chars[0]:chars[1]], *chars, "descriptor")


def _sentence_cues(sents: Sequence[Span], quoted: Callable[[int], bool]) -> list[tuple[Token, str, Token]]:
    """(cue token, cue word, subject) of speech verbs and "according to" outside quotes."""
    cues = []
    for sent in sents:
        for token in sent:
            if quoted(token.idx):
                continue
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_CUES:
                subject = _first_subject(token)
                if subject is not None:
                    cues.append((token, token.lemma_.lower(), subject))
            elif token.lower_ == "according" and token.i + 1 < len(token.doc):
                to = token.doc[token.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if to.lower_ == "to" and objects:
                    cues.append((token, "according to", objects[0]))
    return cues


def _nearest_cue(sents: Sequence[Span], quoted: Callable[[int], bool], mentions: Sequence[Mention],
                 start: int) -> tuple[Speaker, str] | None:
    """The speaker and cue of the cue nearest to ``start`` in the sentences (a named one first)."""
    cues = _sentence_cues(sents, quoted)
    if not cues:
        return None
    cues.sort(key=lambda cue: abs(cue[0].idx - start))
    found = [(_speaker_of(subject, mentions), word) for _, word, subject in cues]
    return next(((s, c) for s, c in found if s.name is not None), found[0])


class Marks:
    """The quote-mark pairs of a text and a fast "is this offset quoted" test."""

    def __init__(self, text: str) -> None:
        self.pairs = quote_mark_pairs(text)
        self._opens = [a for a, _ in self.pairs]

    def quoted(self, idx: int) -> bool:
        """True when ``idx`` lies between a pair's marks."""
        i = bisect.bisect_right(self._opens, idx) - 1
        return i >= 0 and self.pairs[i][0] < idx < self.pairs[i][1]


def _learned_content(verb: Token) -> tuple[str, int, int] | None:
    """How a candidate verb's content is found and its first and last token (``analysis.attribution_model``):
    the object with its predicate, the clausal complement, else the complements after the verb
    from the first (a preposition's object without the preposition) through those adjoining it;
    None without one."""
    heads = _naming(verb) or _complements(verb)[:1]
    if heads:
        kind = "naming" if len(heads) > 1 or _as_predicate(heads[0], verb) else "clause"
        return (kind, *_content_bounds(heads, verb))
    kept = [c for c in verb.children if c.i > verb.i and c.dep_ in LEARNED_CONTENT_DEPS
            and not (c.dep_ == "prep" and any(g.ent_type_ in TIME_LABELS for g in c.children))]
    if not kept:
        return None
    first = kept[0]
    if first.dep_ == "prep":
        objects = [g for g in first.children if g.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        start, last = objects[0].left_edge.i, objects[0].right_edge.i
    else:
        start, last = first.left_edge.i, _before_aside(first)
    for child in kept[1:]:
        if child.left_edge.i != last + 1:
            break
        last = child.right_edge.i
    return first.dep_, start, _report_last(start, last, verb)


def learned_candidates(doc: Doc, marks: Marks, rules: Sequence[Attribution]
                       ) -> Iterator[tuple[Attribution, dict[str, float]]]:
    """The candidate cues of the learned model with their features (``analysis.attribution_model``):
    verbs outside quotation marks, no rule's cue and in no rule's content, with a content that holds
    no rule's cue and no quotation marks (the model finds reported speech; quoted words under a verb
    not of saying are more often a term or a title: "call the practice “renoviction”") and that is
    no lone negative pronoun ("said nothing" reports no words)."""
    text, quoted, pairs = doc_text(doc), marks.quoted, marks.pairs
    cues = {a.cue_start for a in rules}
    spans = sorted((a.content_start, a.content_end) for a in rules)
    cue_chars = sorted(doc[i].idx for i in cues)
    for token in doc:
        if token.pos_ != "VERB" or token.i in cues or quoted(token.idx) or any(
                s <= token.idx < e for s, e in spans):
            continue
        found = _learned_content(token)
        if found is None or found[1] <= token.i <= found[2]:
            continue
        kind, first, last = found
        if first == last and doc[first].lower_ in NEGATIVE_PRONOUNS:
            continue
        start, end = _content_trimmed(text, doc[first].idx, doc[last].idx + len(doc[last]))
        if end - start < 3 or bisect.bisect_left(cue_chars, start) != bisect.bisect_left(cue_chars, end) or any(
                a < end and start < b for a, b in pairs):
            continue
        lemma, subject = cue_lemma(token), _first_subject(token)
        features = cue_features(token, lemma=lemma, subject=subject, kind=kind, content=(first, last), quoted=quoted)
        yield Attribution(token.i, token.i + 1, lemma, start, end, subject, "learned"), features


def rule_candidates(doc: Doc, marks: Marks, rules: Sequence[Attribution]
                    ) -> Iterator[tuple[Attribution, dict[str, float]]]:
    """The patterns' attributions the learned model may veto, with their features (the pattern's
    name among them): those whose content has no quoted words (reported speech alone)."""
    for a in rules:
        if any(s < a.content_end and a.content_start < e for s, e in marks.pairs):
            continue
        tokens = doc.char_span(a.content_start, a.content_end, alignment_mode="expand")
        if tokens is None or not len(tokens):
            continue
        cue = doc[a.cue_start]
        yield a, cue_features(cue, lemma=a.cue, subject=a.subject, kind=f"rule:{a.pattern}",
                              content=(tokens.start, tokens.end - 1), quoted=marks.quoted)


def find_attributions(doc: Doc, marks: Marks, *, patterns: Sequence[CuePattern] = PATTERNS,
                      model: AttributionModel | None = None) -> list[Attribution]:
    """Every pattern's attributions, less those the learned model (``model``, when given) vetoes,
    and the model's own, by content start; one whose cue lies inside another's content (a nested
    report) or that repeats another's content is left out."""
    found = _without_fallbacks(doc, [(a, p.fallback) for p in patterns for a in p.find(doc, marks.quoted)])
    if model is not None:
        vetoed = {id(a) for a, features in rule_candidates(doc, marks, found) if not model.keeps(features)
                  } if model.veto_threshold > 0 else set()
        added = [a for a, features in learned_candidates(doc, marks, found)
                 if model.accepts(features) and not _adjunct_content(doc, a)]
        found = [a for a in found if id(a) not in vetoed] + added
    found.sort(key=lambda a: (a.content_start, -a.content_end))
    kept: list[Attribution] = []
    for a in found:
        cue_char = doc[a.cue_start].idx
        if any(b.content_start <= cue_char < b.content_end or
               (b.content_start, b.content_end) == (a.content_start, a.content_end) for b in found
               if b is not a and (b.content_end - b.content_start) > (a.content_end - a.content_start)):
            continue
        if any((b.content_start, b.content_end) == (a.content_start, a.content_end) for b in kept):
            continue
        kept.append(a)
    return kept


def _adjunct_content(doc: Doc, attribution: Attribution) -> bool:
    """True for a learned attribution whose content is the object of a preposition of time or
    cause, an adjunct and no report ("Man charged after stabbing at transit station")."""
    first = doc.char_span(attribution.content_start, attribution.content_end, alignment_mode="expand")
    if first is None:
        return False
    head = first[0].head if first[0].dep_ in ("pobj", "pcomp") else first.root.head
    return head.dep_ == "prep" and head.lower_ in ADJUNCT_PREPOSITIONS


def _without_fallbacks(doc: Doc, found: Sequence[tuple[Attribution, bool]]) -> list[Attribution]:
    """The attributions less those of fallback patterns on a line where another has its cue."""
    if not any(fallback for _, fallback in found):
        return [a for a, _ in found]
    breaks = [i for i, char in enumerate(doc_text(doc)) if char == "\n"]

    def line(a: Attribution) -> int:
        return bisect.bisect_left(breaks, doc[a.cue_start].idx)

    lines = {line(a) for a, fallback in found if not fallback}
    return [a for a, fallback in found if not fallback or line(a) not in lines]


def _holder(attributions: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The smallest attribution whose content holds the quoted words start..end."""
    holding = [a for a in attributions if a.content_start <= start and end <= a.content_end + 1]
    return min(holding, key=lambda a: a.content_end - a.content_start) if holding else None


def _outside_letters(text: str, a: Attribution, pairs: Sequence[tuple[int, int]]) -> int:
    """Letters and digits of an attribution's content outside every quote pair."""
    inside = [(s, e) for s, e in pairs if s < a.content_end and e > a.content_start]
    return sum(1 for i in range(a.content_start, a.content_end)
               if text[i].isalnum() and not any(s < i < e for s, e in inside))


def _past_dateline(doc: Doc, attribution: Attribution) -> Attribution:
    """An attribution whose content starts inside a wire dateline ("TORONTO — Ontario will cut
    rates, the minister said") with the content starting after it."""
    start = attribution.content_start
    for first, last in dateline_ends(doc).items():
        if first <= start < last:
            start = last
    text = doc_text(doc)
    while start < attribution.content_end and text[start].isspace():
        start += 1
    return attribution if start == attribution.content_start else replace(attribution, content_start=start)


def _quote(text: str, start: int, end: int, speaker: Speaker, cue: str | None, kind: str,
           content: tuple[int, int]) -> Quote:
    """A Quote record from its parts."""
    return Quote(start, end, text[start:end], speaker.name, cue, kind, content[0], content[1],
                 speaker.start, speaker.end, speaker.type, speaker.affiliation)


def _held_quote(text: str, span: tuple[int, int], holder: Attribution, speakers: dict,
                pairs: Sequence[tuple[int, int]]) -> Quote:
    """A quote inside an attribution's content: direct when nothing of the content is outside
    quotation marks, else mixed."""
    direct = _outside_letters(text, holder, pairs) == 0
    content = span if direct else (holder.content_start, holder.content_end)
    return _quote(text, *span, speakers[holder], holder.cue, "direct" if direct else "mixed", content)


def _colon_verb(doc: Doc, colon: int, mentions: Sequence[Mention]) -> tuple[Speaker, str] | None:
    """The subject and verb of the clause a colon ends, introducing a quote ("The senator released
    the following statement: “…”", "The sign reads: “…”"); None when the subject names nobody."""
    tokens = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if tokens is None:
        return None
    verb = tokens[0].head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    speaker = _speaker_of(_first_subject(verb), mentions) if verb.pos_ in ("VERB", "AUX") else NOBODY
    return (speaker, cue_lemma(verb)) if speaker.name is not None else None


def _dash_credit(text: str, close: int, mentions: Sequence[Mention]) -> tuple[Speaker, str] | None:
    """The person credited after a dash right after a quote's closing mark ("… shame.” ― Ann
    Lee"), with the dash as cue; None without one."""
    after = text[close + 1:close + 4]
    if not after.strip() or after.strip()[0] not in DASHES:
        return None
    at = close + 1 + after.index(after.strip()[0]) + 1
    at += len(text[at:at + 2]) - len(text[at:at + 2].lstrip())
    named = [m for m in mentions if m.start == at and m.label == "PERSON"]
    return (_as_speaker(named[0]), DASH) if named else None


def _free_quote(doc: Doc, marks: Marks, index: SentenceIndex, mentions: Sequence[Mention],
                pair: tuple[int, int], span: tuple[int, int]) -> Quote | None:
    """A quote in no reported clause: cue of its own sentences, else left for continuation (no
    speaker); None for scare quotes and titles (module docstring)."""
    text = doc_text(doc)
    before = text[:pair[0]].rstrip()
    first = index.at(len(before) - 1) if before.endswith(":") else index.at(pair[0])
    found = _dash_credit(text, pair[1], mentions) or _nearest_cue(
        index.sentences[first:index.at(pair[1]) + 1], marks.quoted, mentions, span[0]) or (
        _colon_verb(doc, len(before) - 1, mentions) if before.endswith(":") else None)
    shaped = sentence_shaped(text, pair[0], span[0])
    if found is None and not shaped and (governed := _governed(doc, mentions, span)) is not None:
        speaker, cue, content = governed
        return _quote(text, *span, speaker, cue, "mixed", content)
    if found is None and not shaped and len(text[span[0]:span[1]].split()) <= SCARE_WORDS:
        return None
    speaker, cue = found if found is not None else (NOBODY, None)
    return _quote(text, *span, speaker, cue, "direct" if shaped else "mixed", span)


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
    speaker = _speaker_of(_first_subject(verb), mentions)
    if speaker.name is None or speaker.type == "descriptor" or verb.i > tokens.start:
        return None
    after = [t for t in verb.subtree if t.i > verb.i]
    start, end = _content_trimmed(doc_text(doc), after[0].idx, verb.right_edge.idx + len(verb.right_edge))
    end = end - 1 if doc_text(doc)[end - 1:end] == "." else end
    return speaker, cue_lemma(verb), (start, max(end, span[1]))


def _paragraph_of(paragraph_starts: Sequence[int], char: int) -> int:
    """Index of the paragraph holding a character."""
    return bisect.bisect_right(paragraph_starts, char) - 1


def _continued(doc: Doc, quotes: list[Quote], speakers: dict[Attribution, Speaker],
               marks: Marks, mentions: Sequence[Mention]) -> list[Quote]:
    """Quotes without a cue take the previous quote's speaker (same or previous paragraph, no
    attribution between), else a cue in the sentence just after them (module docstring)."""
    text, index = doc_text(doc), SentenceIndex(doc)
    starts = [s for s, _ in _paragraphs(text)]
    cue_speakers = {doc[a.cue_start].idx: speaker.start for a, speaker in speakers.items()}
    cue_chars = sorted(cue_speakers)
    out: list[Quote] = []
    for quote in quotes:
        if quote.cue is None and out:
            before = out[-1]
            near = _paragraph_of(starts, quote.start) - _paragraph_of(starts, before.end) <= 1
            between = cue_chars[bisect.bisect_right(cue_chars, before.end):bisect.bisect_left(cue_chars, quote.start)]
            if near and all(cue_speakers[c] == before.speaker_start for c in between):
                quote = replace(quote, speaker=before.speaker, cue=before.cue, speaker_start=before.speaker_start,
                                speaker_end=before.speaker_end, speaker_type=before.speaker_type,
                                speaker_affiliation=before.speaker_affiliation)
        if quote.cue is None:
            after = index.at(quote.end) + 1
            found = _nearest_cue(index.sentences[after:after + 1], marks.quoted, mentions, quote.end)
            if found is not None:
                speaker, cue = found
                quote = replace(quote, speaker=speaker.name, cue=cue, speaker_start=speaker.start,
                                speaker_end=speaker.end, speaker_type=speaker.type,
                                speaker_affiliation=speaker.affiliation)
        out.append(_pronoun_fallback(text, starts, quote, out))
    return out


def _pronoun_fallback(text: str, starts: Sequence[int], quote: Quote, earlier: Sequence[Quote]) -> Quote:
    """A "he"/"she" speaker the coreference left unresolved is the person who spoke last, a "they"
    the group who spoke last (a plural descriptor, an organisation or a country: "Democrats said
    ... They argued ..."), when that quote is at most ``PRONOUN_PARAGRAPHS`` paragraphs back (the
    news convention)."""
    if quote.speaker is not None or quote.speaker_start is None:
        return quote
    pronoun = text[quote.speaker_start:quote.speaker_end].lower()
    if pronoun not in PERSON_PRONOUNS and pronoun not in GROUP_PRONOUNS:
        return quote
    here = _paragraph_of(starts, quote.start)
    for before in reversed(earlier):
        if here - _paragraph_of(starts, before.start) > PRONOUN_PARAGRAPHS:
            break
        if before.speaker is not None and (before.speaker_type == "person" if pronoun in PERSON_PRONOUNS else
                                           _group_speaker(before, singular=pronoun == "it")):
            return replace(quote, speaker=before.speaker, speaker_type=before.speaker_type,
                           speaker_affiliation=before.speaker_affiliation)
    return quote


def _group_speaker(quote: Quote, *, singular: bool = False) -> bool:
    """True for a quote's speaker that "they" can stand for: an organisation, a country or a
    plural descriptor ("officials", "Democrats"); with ``singular``, what "it" can stand for: an
    organisation, a country or a descriptor naming one ("the hospital association")."""
    if quote.speaker_type in ("organisation", "country"):
        return True
    if quote.speaker_type != "descriptor" or quote.speaker is None:
        return False
    last = quote.speaker.split()[-1].lower()
    return last in ORGANISATION_HEAD_WORDS if singular else last.endswith("s")


def extract_quotes(doc: Doc, mentions: Sequence[Mention], *, patterns: Sequence[CuePattern] = PATTERNS,
                   model: AttributionModel | None = None, learned: bool = True) -> list[Quote]:
    """Return the direct, mixed and indirect quotes of a Doc with speakers and cues, by start;
    ``model`` is the learned attribution model (the committed one when None), ``learned=False``
    uses the cue patterns only."""
    text, index, marks = doc_text(doc), SentenceIndex(doc), Marks(doc_text(doc))
    model = (model or load_model()) if learned else None
    attributions = [_past_dateline(doc, a) for a in find_attributions(doc, marks, patterns=patterns, model=model)]
    speakers = {a: _speaker_of(a.subject, mentions) if a.subject_chars is None else
                _phrase_speaker(doc, a.subject_chars, mentions) for a in attributions}
    quotes, used = [], set()
    for pair in marks.pairs:
        span = _trimmed(text, pair[0] + 1, pair[1])
        if span[0] >= span[1]:
            continue
        holder = _holder(attributions, *span)
        if holder is not None:
            used.add(holder)
            quotes.append(_held_quote(text, span, holder, speakers, marks.pairs))
        elif (free := _free_quote(doc, marks, index, mentions, pair, span)) is not None:
            quotes.append(free)
    for a in attributions:
        if a not in used and not any(a.content_start <= s < a.content_end for s, _ in marks.pairs) and not any(
                q.cue == a.cue and q.content_start <= a.content_start and a.content_end <= q.content_end
                for q in quotes):
            span = (a.content_start, a.content_end)
            quotes.append(_quote(text, *span, speakers[a], a.cue, "indirect", span))
    quotes.sort(key=lambda q: (q.start, q.end))
    return _continued(doc, quotes, speakers, marks, mentions)
