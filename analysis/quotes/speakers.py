"""Speakers: who the subject of a cue names (``speaker_of``), and who a title line's or a colon's
subject phrase names (``phrase_speaker``).

The speaker is the actor of the mention covering the subject's head (a name, a country, a descriptor
or pronoun resolved by ``analysis.coref``; when that is an organisation right before a title and a
person, the person: "Assembly of First Nations National Chief Cindy Woodhouse Nepinak said",
``_office_holder``), else of a name inside the subject phrase, but not its owner when the subject
names someone's people ("her sister, Ina Brekke, told …" is Ina Brekke; "His lawyer said" is the
descriptor "His lawyer" with the owner as affiliation; ``ENTOURAGE_NOUNS``, role and organisation
words; ``_possessor``), else of a name in apposition to it ("The company, Brennholt Freight, said";
``_appositions``);
a capitalised subject the entity tagger missed that is the last name of exactly one person named in
the text is that person ("Pence: …" in a headline); else, for an unnamed subject ("a police
spokesman", "officials"), the phrase itself with ``speaker_type`` ``descriptor`` and its affiliation
(an actor in the phrase: "Russia's defence ministry spokesman" -> Russia), a quantifier pronoun
("many", "each", "everyone") too; a record or study ("according to photos", "documents show") speaks
for the actor it names ("a Pentagon report", "a statement from the ministry"), else as itself with
``speaker_type`` ``document`` (PolNeAR, like PARC, takes a record as the source); a first-person
subject outside quotation marks ("I think", "we asked") is the writer (``WRITER``, a descriptor); a
subject the parser runs into a wire dateline ("WASHINGTON (AP) — Paul Ryan said") is the name after
the dateline. An "it" or "they" subject is the nearest organisation or country mentioned before it
in its sentence or the ``GROUP_LOOKBACK`` before, never a person; a "they" never a country's name (a
country is "it"), and the plural subject before it when that is nearer or the organisation is no
main clause's subject ("Dealers said … But they said …": the dealers; "The relatives fought the
ministry … they said": the relatives). An expletive "it" ("It is estimated that …", "It remains to
be seen …") names no speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..entities import AGENT_SUFFIXES, ORGANISATION_WORDS, PERSON_ROLE_NOUNS, in_dateline, title_word
from ..nlp import doc_text, sentences_back
from ..records import Mention
from ..vocabulary import (AFFILIATION_PREPOSITIONS, COMPANY_NOUNS, COPULAS, DOCUMENT_NOUNS, ENTOURAGE_NOUNS,
                          FIRST_PERSON_PRONOUNS, ISSUING_VERBS, ORGANISATION_LABELS, RECORD_NOUNS, SUBJECT_DEPS,
                          TITLE_OPENERS, TITLE_WORDS)
from .lemmas import SPEECH_CUES, cue_lemma, name_case
from .records import NOBODY, Speaker

PHRASE_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "parataxis"})
GROUP_PRONOUNS = frozenset({"it", "they"})
QUANTIFIER_PRONOUNS = frozenset({"all", "each", "both", "everyone", "everybody", "someone", "somebody", "some",
                                 "many", "most", "several", "others", "few", "none", "nobody", "anyone"})
WRITER = "the writer"
#: Adjectives after a copula of what a subject is likely or ready to do: its "it" refers ("It is likely
#: to report a loss").
RAISING_ADJECTIVES = frozenset({"likely", "unlikely", "certain", "sure", "ready", "willing", "unwilling", "able",
                               "unable", "eager", "due", "set", "poised", "prepared", "reluctant", "expected"})
#: Plural heads for people or bodies outside the role and organisation word lists ("authorities said").
GROUP_NOUNS = frozenset({"authority", "police", "people", "exile", "public", "crowd", "staff", "troop", "force"})
GROUP_LOOKBACK = 4
#: Heads of a descriptor that names an organisation ("the hospital association", "the firm").
ORGANISATION_HEAD_WORDS = ORGANISATION_WORDS | COMPANY_NOUNS
#: Heads of a subject naming someone's people, who speak for themselves ("His lawyer", "Elian's relatives").
PEOPLE_OF_SOMEONE = ENTOURAGE_NOUNS | PERSON_ROLE_NOUNS | ORGANISATION_HEAD_WORDS
#: Words of a title phrase between an organisation and its office holder ("National Chief").
TITLE_PHRASE_WORDS = TITLE_WORDS | TITLE_OPENERS


def speaker_of(subject: Token | None, mentions: Sequence[Mention]) -> Speaker:
    """The speaker named by a cue's subject (see module docstring)."""
    if subject is None:
        return NOBODY
    if in_dateline(subject.doc, subject.idx):
        return _after_dateline(subject, mentions)
    covering = [m for m in mentions if m.start <= subject.idx < m.end]
    if covering:
        covering.sort(key=lambda m: (m.label != "PERSON", m.end - m.start))
        return as_speaker(_office_holder(subject, covering[0], mentions) or covering[0])
    lo, hi = _phrase_chars(subject)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.label == "PERSON"
              and not _possessor(subject.doc, m, subject)]
    if inside:
        return as_speaker(inside[0])
    apposed = [m for c in _appositions(subject) for m in mentions if m.start <= c.idx < m.end]
    if apposed:
        return as_speaker(apposed[0])
    if subject.lower_ in QUANTIFIER_PRONOUNS:
        return _descriptor(subject, mentions)
    if subject.lower_ in FIRST_PERSON_PRONOUNS:
        return Speaker(WRITER, subject.idx, subject.idx + len(subject), "descriptor")
    if subject.text[:1].isupper() and (named := _missed_name(subject, mentions)) is not None:
        return named
    if subject.pos_ == "PRON" or subject.tag_ in ("PRP", "WP", "EX"):
        return _pronoun_speaker(subject, mentions)
    return _descriptor(subject, mentions)


def _appositions(subject: Token) -> list[Token]:
    """The nouns in apposition to a subject: by the parse, or one the parser hung inside the
    subject's relative clause that closes the subject phrase, a comma and the verb after it ("The
    union that represents bus drivers, Amalgamated Transit Union Local 1505, has called ...")."""
    doc, verb = subject.doc, subject.head
    direct = [c for c in subject.children if c.dep_ == "appos"]
    closing = [t for t in _trailing_clauses(subject) if t.dep_ == "appos" and t.right_edge.i + 2 < len(doc)
               and doc[t.right_edge.i + 1].text == ","
               and (doc[t.right_edge.i + 2].i == verb.i or doc[t.right_edge.i + 2].head.i == verb.i)]
    return direct + closing


def _pronoun_speaker(pronoun: Token, mentions: Sequence[Mention]) -> Speaker:
    """An "it" or "they" subject as the organisation or country it refers to (``_group_antecedent``);
    "they" as the plural subject before it when that is nearer, holds the mention or the mention is
    no subject ("Traders said ... They said": the traders; "Men at the Ashford Gun Club said ...
    they": the men; "The relatives fought the ministry ... they said": the relatives; an earlier
    "they" refers as it does); else a speaker naming nobody, at the pronoun. An expletive "it"
    (``_expletive``) is no speaker: nobody, nowhere (no other quote's speaker is carried to it)."""
    if pronoun.lower_ == "it" and _expletive(pronoun):
        return NOBODY
    found = _group_antecedent(pronoun, mentions) if pronoun.lower_ in GROUP_PRONOUNS else None
    plural = _plural_subject(pronoun) if pronoun.lower_ == "they" else None
    if plural is not None and (found is None or plural.idx >= found.end or _holds(plural, found)
                               or not _in_subject(pronoun.doc, found)):
        speaker = speaker_of(plural, mentions)
    else:
        speaker = as_speaker(found) if found is not None else NOBODY
    return replace(speaker, start=pronoun.idx, end=pronoun.idx + len(pronoun))


def _in_subject(doc: Doc, mention: Mention) -> bool:
    """True when a mention is the subject of a main clause or names the owner or kind of one ("the
    ministry said", "the ministry's lawyers said", "Justice Department officials said"): such a
    subject is the likelier referent of a later subject pronoun than an object or the subject of
    what was said ("Traders said the ministry had acted. They said ...": the traders)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    subject = root.head if root.dep_ in ("compound", "poss") else root
    return subject.dep_ in SUBJECT_DEPS and subject.head.dep_ in ("ROOT", "conj")


def _expletive(pronoun: Token) -> bool:
    """True for an "it" that stands for a clause put after the verb, naming no one: the subject of
    a passive verb with a clause ("It is estimated that ...", "It was not known who ...") or of a
    copula ("It is important to note ...", "It remains to be seen ...", "It's not enough to argue
    ..."), but not before an adjective of what the subject is likely or ready to do ("It is likely
    to report a loss": the company; ``RAISING_ADJECTIVES``)."""
    verb = pronoun.head
    if pronoun.dep_ == "nsubjpass":
        return any(c.dep_ in ("ccomp", "csubjpass") for c in verb.children)
    if verb.lemma_ not in COPULAS or pronoun.dep_ != "nsubj":
        return False
    return not any(c.dep_ == "acomp" and c.lemma_.lower() in RAISING_ADJECTIVES for c in verb.children)


def _holds(head: Token, mention: Mention) -> bool:
    """True when the phrase of ``head`` holds the mention ("the Ashford Gun Club" in "Men at the
    Ashford Gun Club")."""
    return head.left_edge.idx <= mention.start and mention.end <= head.right_edge.idx + len(head.right_edge)


def _people_of(mention: Mention) -> bool:
    """True for a nationality in the plural, which "they" can refer to ("the Iraqis"; not "Iraq",
    "London" or the adjective "Iraqi")."""
    return mention.label == "NORP" and mention.text.endswith("s")


def _plural_subject(pronoun: Token) -> Token | None:
    """The nearest plural subject before a "they", in its sentence or the ``GROUP_LOOKBACK`` before,
    that can be its referent: a plural noun that can speak (``_speaking_group``: "Dealers", "the
    Miami relatives"), coordinated subjects ("Sun, Hewlett-Packard and others") or an earlier
    "they"; not the subject of what was said ("Analysts said the results were weak. They expect
    ...": the analysts) nor of the clause "they said" is set into ("The real culprits, they said,
    are ..."); None without one."""
    doc = pronoun.doc
    around = {t.i for t in pronoun.ancestors}
    for token in reversed(doc[sentences_back(doc, pronoun.i, GROUP_LOOKBACK):pronoun.i]):
        if token.dep_ not in SUBJECT_DEPS or token.head.i in around:
            continue
        coordinated = any(c.dep_ == "conj" for c in token.children)
        if token.lower_ == "they" or coordinated or (token.tag_ in ("NNS", "NNPS") and _speaking_group(token)):
            return token
    return None


def _speaking_group(noun: Token) -> bool:
    """True for a plural subject that can speak: the subject of a cue ("Dealers said"), or of a
    main clause (the root or a conjunct of it) with a noun for people or a body ("Analysts expect",
    "authorities issued"; not "Kopp's whereabouts remain unknown", "Negotiations failed")."""
    verb = noun.head
    if cue_lemma(verb) in SPEECH_CUES:
        return True
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    lemma = noun.lemma_.lower()
    return main and (lemma in PEOPLE_OF_SOMEONE or lemma in GROUP_NOUNS or lemma.endswith(AGENT_SUFFIXES))


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


def as_speaker(mention: Mention) -> Speaker:
    """A speaker from the mention that names it; "the X administration" speaks as itself, with X
    as its affiliation."""
    kind = mention_type(mention)
    if kind == "organisation" and mention.kind == "name":
        name = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
        return Speaker(name, mention.start, mention.end, kind, mention.actor)
    return Speaker(mention.actor, mention.start, mention.end, kind)


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


def _group_antecedent(pronoun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation or country an "it"/"they" speaker refers to: the nearest such mention
    before it in its sentence or the ``GROUP_LOOKBACK`` sentences before (never a person; for
    "they" never a country or its capital, which take "it", only a nationality: "the Iraqis"; for
    "it" no word that modifies another noun: ``_modifier``)."""
    start = pronoun.doc[sentences_back(pronoun.doc, pronoun.i, GROUP_LOOKBACK)].idx
    plural = pronoun.lower_ == "they"
    earlier = [m for m in mentions if start <= m.start and m.end <= pronoun.idx
               and mention_type(m) in ("organisation", "country")
               and not (plural and mention_type(m) == "country" and not _people_of(m))
               and (plural or not _modifier(pronoun.doc, m))]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _modifier(doc: Doc, mention: Mention) -> bool:
    """True for a mention that modifies another noun ("a Russian venture", "the Harbour Trust
    stake"): an "it" refers to the noun phrase's head, not to a word before it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    return last is not None and last.dep_ in ("amod", "compound") and not span.start <= last.head.i < span.end


def _descriptor(subject: Token, mentions: Sequence[Mention]) -> Speaker:
    """An unnamed subject ("a police spokesman", "a spokesman for Air Canada": its phrase runs through
    a preposition of ``AFFILIATION_PREPOSITIONS``) as a descriptor speaker with its affiliation; a
    record or statement from or by someone, or put out by them, speaks for them ("a statement from
    the RCMP": the RCMP; "Lund issued a statement saying": Lund; ``record_author``); a record or
    medium (``DOCUMENT_NOUNS``: "photos", "a Pentagon report", "photos released by the Kremlin")
    speaks for the first actor named in its phrase, else as itself with type ``document``
    ("federal statistics")."""
    author = record_author(subject)
    if author is not None:
        named = [m for m in mentions if m.start <= author.idx < m.end]
        return as_speaker(named[0]) if named else _descriptor(author, mentions)
    doc = subject.doc
    first = subject.left_edge.i
    tokens = doc[first:subject.i + 1]
    extra = [t for c in subject.children if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPOSITIONS
             for t in _without_clauses(c)]
    last = max([subject.i, *(t.i for t in extra)])
    while last > subject.i and doc[last].is_punct:
        last -= 1
    lo, hi = tokens.start_char, doc[last].idx + len(doc[last])
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    if subject.lemma_.lower() in DOCUMENT_NOUNS:
        phrase = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        authors = [m for m in mentions if phrase[0] <= m.start and m.end <= phrase[1]]
        if authors:
            return as_speaker(authors[0])
        lo, hi = _phrase_chars(subject)
        return Speaker(_phrase_name(subject.left_edge, lo, hi), lo, hi, "document")
    affiliation = inside[0].actor if inside else None
    return Speaker(_phrase_name(subject.left_edge, lo, hi), lo, hi, "descriptor", affiliation)


def _trailing_clauses(noun: Token) -> list[Token]:
    """The tokens of the clauses after a noun that hang on it ("who met Lund" of "The mayor, who met
    Lund, said")."""
    return [t for c in noun.children if c.dep_ in PHRASE_CLAUSE_DEPS and c.i > noun.i for t in c.subtree]


def _without_clauses(phrase: Token) -> list[Token]:
    """The tokens of a phrase less the clauses inside it ("for the city, who declined to be named"
    -> "for the city")."""
    clauses = {t.i for c in phrase.subtree if c.dep_ in PHRASE_CLAUSE_DEPS for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in clauses]


def record_author(subject: Token) -> Token | None:
    """The noun after "from" or "by" that says whose record or statement a subject is ("a statement
    from the ministry", "an email by the company's lawyer"; ``RECORD_NOUNS``), or the subject of
    the verb that put it out ("Lund issued a statement saying ...": Lund; ``ISSUING_VERBS``), or
    None (also for other subjects)."""
    if subject.lemma_.lower() not in RECORD_NOUNS:
        return None
    if subject.dep_ == "dobj" and subject.head.lemma_.lower() in ISSUING_VERBS:
        issuer = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
        if issuer is not None:
            return issuer
    return next((g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


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
    return as_speaker(inside[0]) if inside else NOBODY


def _missed_name(subject: Token, mentions: Sequence[Mention]) -> Speaker | None:
    """A capitalised subject the entity tagger missed that is the last name of a person named in
    the text ("Lund: …" or a transcript's "LUND: …" with "Maria Lund" in the body): that person;
    else None."""
    word = name_case(subject.text)
    people = {m.actor for m in mentions if m.kind == "name" and m.label == "PERSON"
              and len(m.actor.split()) > 1 and m.actor.split()[-1] == word}
    if len(people) != 1:
        return None
    return Speaker(people.pop(), subject.idx, subject.idx + len(subject), "person")


def _phrase_chars(subject: Token) -> tuple[int, int]:
    """Character offsets of a subject's phrase without the clauses it holds, nor the comma that
    closes one ("an architect who said Trump stiffed him" -> "an architect"; "The mayor, who met
    Lund, said" -> "The mayor"): a name in a relative clause names someone else."""
    clauses = {t.i for t in _trailing_clauses(subject)}
    last = max(t.i for t in subject.subtree if t.i not in clauses and (t.i <= subject.i or not t.is_punct))
    return subject.left_edge.idx, subject.doc[last].idx + len(subject.doc[last])


def _possessor(doc: Doc, mention: Mention, subject: Token) -> bool:
    """True for a mention that owns a subject naming someone's people ("His lawyer", "Elian's
    relatives", "the aides of Mr. Lund"; ``ENTOURAGE_NOUNS``, role and organisation words): they
    speak for themselves, with the owner as their affiliation. A name in apposition to the subject
    speaks ("His lawyer, Maren Holt"), not one in apposition to the owner ("a spokesperson for the
    minister, Maren Holt"); the owner of a record still does ("Mr. Lund's statement"), and so does a
    titled name ending an organisation's name ("Federation of Sovereign Indigenous Nations Chief
    Bobby Cameron said": the parser hangs the chief on "of")."""
    if subject.lemma_.lower() not in PEOPLE_OF_SOMEONE:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None and subject.text[:1].isupper() and title_word(span[0]):
        return False
    token = span.root if span is not None else subject
    while token.i != subject.i and token.head.i != token.i:
        if token.dep_ == "appos" and token.head.i == subject.i:
            return False
        if token.dep_ in ("poss", "prep", "pobj"):
            return True
        token = token.head
    return False


def phrase_speaker(doc: Doc, chars: tuple[int, int], mentions: Sequence[Mention]) -> Speaker:
    """The speaker a subject phrase of a title line or a colon's label names: its last named
    mention, a person first ("Former Mexico leader Calderon"), or a person of the text whose last
    name ends it ("Lund", "LUND"), else the phrase as a descriptor ("Poll")."""
    inside = [m for m in mentions if chars[0] <= m.start and m.end <= chars[1] and m.kind == "name"]
    if inside:
        return as_speaker(max(inside, key=lambda m: (m.label == "PERSON", m.start)))
    last = doc.char_span(*chars, alignment_mode="expand")[-1]
    named = _missed_name(last, mentions) if last.text[:1].isupper() else None
    return named or Speaker(doc_text(doc)[chars[0]:chars[1]], *chars, "descriptor")
