"""The dependency helpers the cue patterns share: the subject of a cue (climbing from a conjunct, an
adverbial or open clause, a gerund or a relative clause to the verb or noun that has one; the noun
phrase after the verb of an inverted attribution, "Added Walsh, ..."), the clause tests (marked by
"that", non-finite, an absolute clause), and the complements a cue verb governs (a clause, an
infinitive of commitment, an object that is what is said, a topic but not the terms or channel of
speaking, a naming verb's object with its predicate)."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import in_dateline, speech_verb_first
from ..vocabulary import (ADDRESSEE_VERBS, ADJUNCT_PREPOSITIONS, COMMITMENT_VERBS, NAMING_VERBS,
                          OBJECT_CONTENT_VERBS, OBJECT_CONTROL_VERBS, OPENING_QUOTE_MARKS, PERCEPTION_VERBS,
                          PREDICATE_PREPOSITIONS, QUESTION_ADVERBS, RECORD_NOUNS, RELATIVE_PRONOUNS,
                          SPEAKING_TERMS_NOUNS, SPOKEN_TO_VERBS, SUBJECT_DEPS, TOPIC_VERB_PREPOSITIONS,
                          TOPIC_VERBS)
from .lemmas import SPEECH_CUES, cue_lemma

CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
#: Tags of a tensed verb or a modal: the head of a finite clause.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Verbs whose passive subject was spoken to or is what was said (``_passive_speech``).
PASSIVE_SPEECH_LEMMAS = SPEECH_CUES | SPOKEN_TO_VERBS
SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "acomp"})
SUBJECT_CLIMB = 3
MISPARSED_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "nmod"})
GOVERNING_CLIMB = 6
TIME_LABELS = frozenset({"DATE", "TIME"})
CLAUSE_MARKS = frozenset({"that", "whether", "if"})
#: Verbs of reporting someone's words: "A quoted B as saying …" makes B the speaker.
QUOTING_VERBS = frozenset({"quote", "cite"})
#: Dependencies inside a noun phrase that the parser may hang a preposition of time or cause on, up to
#: the verb whose object the phrase is ("allowed the extension of the deadline after rejecting ...").
OBJECT_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "oprd", "appos", "conj"})
OBJECT_PHRASE_CLIMB = 4
#: Dependencies of the words before a noun phrase's head ("the city's mayor", "city hall spokesman Tom Reyes").
NOUN_MODIFIER_DEPS = frozenset({"det", "poss", "compound", "amod", "nmod"})


def first_subject(verb: Token) -> Token | None:
    """Return the subject of a verb; without one, of the verb it hangs on as a conjunct, an adverbial or
    open clause (also through a predicative adjective: "is likely to say") ("..., saying ...", "... and
    said", "declined to say ...") or as the gerund after a preposition ("After saying ..., the man left";
    ``_gerund_host``), up to ``SUBJECT_CLIMB`` verbs up; the noun a relative "who said" or "which said"
    or a participle ("the group backing X") hangs on; for an infinitive on a noun, the noun's owner
    ("Berg's decision to announce ...") or the subject of the verb whose prepositional phrase holds the
    noun ("In a bid to show ..., Berg said"), else none (a plan does not speak); the object of a verb of
    causing or asking (``_object_controller``); the person quoted in "A quoted B as saying ..."
    (``_quoted_as``); None for a participle of asking that opens the sentence ("Asked about the toll,
    Lund said ...": ``_passive_participle``); the "by" agent of a verb of speech in the passive, or none
    (``_passive_speech``); the name after "said" that the parser made the subject of a clause
    (``speaker_read_as_clause``). A dateline the parser makes a second subject is skipped ("ISLAMABAD —
    Pakistan accused India ...")."""
    inverted = inverted_subject(verb) or speaker_read_as_clause(verb)
    if inverted is not None:
        return inverted
    if _passive_participle(verb) or _passive_speech(verb):
        return agent(verb)
    candidate = verb
    for _ in range(SUBJECT_CLIMB):
        subjects = [c for c in candidate.children if c.dep_ in SUBJECT_DEPS] or _name_before(candidate)
        if subjects:
            subject = next((s for s in subjects if not in_dateline(s.doc, s.idx)), subjects[0])
            if subject.lower_ in RELATIVE_PRONOUNS and candidate.dep_ == "relcl":
                return candidate.head
            return subject
        if candidate.dep_ == "acl" and infinitive(candidate):
            if (owner := next((c for c in candidate.head.children if c.dep_ == "poss"), None)) is not None:
                return owner
            if not _adjunct_noun(candidate.head):
                return None
            candidate = candidate.head.head.head
            continue
        if candidate.dep_ == "acl" and candidate.head.pos_ in ("NOUN", "PROPN"):
            return candidate.head
        if candidate.dep_ == "pcomp" and candidate.head.lower_ == "as" and (quoted := _quoted_as(candidate.head)):
            return quoted
        if candidate.dep_ == "pcomp" and (host := _gerund_host(candidate.head)) is not None:
            candidate = host
            continue
        if candidate.dep_ not in SUBJECT_SHARING_DEPS or candidate.head.i == candidate.i:
            return None
        if (controller := _object_controller(candidate)) is not None:
            return controller
        candidate = candidate.head
    return None


def _gerund_host(preposition: Token) -> Token | None:
    """The verb whose subject a gerund after a preposition shares: the verb the preposition hangs on
    ("After saying ..., the man left"), or for a preposition of time or cause (``ADJUNCT_PREPOSITIONS``)
    that the parser hung inside an object's noun phrase, the verb of that phrase ("Lund allowed the
    extension after rejecting the order": Lund rejected it); else None."""
    if preposition.dep_ != "prep":
        return None
    head = preposition.head
    for _ in range(OBJECT_PHRASE_CLIMB):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if preposition.lower_ not in ADJUNCT_PREPOSITIONS or head.dep_ not in OBJECT_PHRASE_DEPS:
            return None
        head = head.head
    return None


def infinitive(clause: Token) -> bool:
    """True for a clause opened by "to" ("a bid to show goodwill")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _adjunct_noun(noun: Token) -> bool:
    """True for the object of a preposition on a verb ("In a bid to ..., she said")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX")


def _object_controller(clause: Token) -> Token | None:
    """Return the object of the verb an open clause hangs on when it is who does what the clause
    says: a verb of ``OBJECT_CONTROL_VERBS`` with an object before the clause ("helped voters to
    feel that ...": the voters; "urged them to say": them); else None."""
    head = clause.head
    if clause.dep_ != "xcomp" or head.lemma_ not in OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < clause.i), None)


def _passive_speech(verb: Token) -> bool:
    """True for a verb of speech or of speaking to someone in the passive: its subject is what was
    said or who was spoken to ("People with symptoms are asked to call ahead"), never the speaker."""
    return cue_lemma(verb) in PASSIVE_SPEECH_LEMMAS and any(c.dep_ == "nsubjpass" for c in verb.children)


def agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("was urged by the council"), or None."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _passive_participle(verb: Token) -> bool:
    """True for a past participle of ``SPOKEN_TO_VERBS`` with no auxiliary heading an adverbial
    clause before the verb it hangs on ("Asked about the toll, Lund said …", "Pressed on the cost,
    …"): the subject it shares is the one spoken to, and the speaker is not named. After that verb
    ("…," Lund said when asked about it, "…") it is left to the answer's speaker, who holds the
    quotes around it."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i
            and cue_lemma(verb) in SPOKEN_TO_VERBS
            and not any(c.dep_ in ("aux", "auxpass", "agent") or c.dep_ in SUBJECT_DEPS for c in verb.children))


def _quoted_as(preposition: Token) -> Token | None:
    """The person quoted in "A quoted B as saying …" (or "cited B as saying"): the object of the
    verb the "as" phrase hangs on, or the noun it hangs on when the parser made "quoted" a modifier
    ("The Argus quoted immigration official Jurie de Wet as saying"); None otherwise."""
    head = preposition.head
    if head.lemma_ in QUOTING_VERBS:
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    modifier = any(c.dep_ == "amod" and c.lemma_ in QUOTING_VERBS for c in head.children)
    return head if head.pos_ in ("NOUN", "PROPN") and modifier else None


def inverted_subject(verb: Token) -> Token | None:
    """The speaker of an inverted attribution, news copy's "Added Walsh, “…”" or "Replied city
    hall spokesman Tom Reyes: “…”": the head of the noun phrase between a verb of saying that opens
    its sentence (``entities.speech_verb_first``, whatever tag the model gave it) and a comma or
    colon; None otherwise ("Reported cases rose": a participle before its noun)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or not speech_verb_first(verb):
        return None
    head = doc[verb.i + 1]
    while head.dep_ in NOUN_MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    closed = head.i + 1 < len(doc) and doc[head.i + 1].text in (",", ":")
    return head if closed and head.pos_ in ("PROPN", "NOUN") else None


def clause_holding_speaker(verb: Token) -> Token | None:
    """The clause the parser made of the speaker after a verb of saying ("“...,” said Ann Lund, a
    confidant who heads the Harbour Trust": "Trust" read as a verb whose subject is "Lund"): a
    clausal complement after a tensed speech verb with no subject of its own and a complement before
    it, whose subject, a noun's phrase (no pronoun: "says he was tired" is no inversion), starts
    right after the verb and is set off from the clause's head by a comma (a subject and its verb
    are not: "said the claims were false" reports a clause); else None. Its subject is the speaker
    and it reports nothing (``speaker_read_as_clause``)."""
    doc = verb.doc
    if (cue_lemma(verb) not in SPEECH_CUES or verb.tag_ not in FINITE_TAGS or verb.i + 1 >= len(doc)
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            or not any(c.dep_ in CONTENT_DEPS and c.i < verb.i for c in verb.children)):
        return None
    return next((c for c in verb.rights if c.dep_ in CONTENT_DEPS and _misread_subject(c, verb) is not None), None)


def speaker_read_as_clause(verb: Token) -> Token | None:
    """The speaker in the clause of ``clause_holding_speaker``, else None."""
    clause = clause_holding_speaker(verb)
    return _misread_subject(clause, verb) if clause is not None else None


def _misread_subject(clause: Token, verb: Token) -> Token | None:
    """The subject of ``clause`` before it, a noun whose phrase starts right after ``verb`` and which
    a comma sets off from ``clause``, else None."""
    doc = verb.doc
    return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i
                 and c.left_edge.i == verb.i + 1 and c.pos_ in ("NOUN", "PROPN")
                 and any(t.text == "," for t in doc[c.i + 1:clause.i])), None)


def _name_before(verb: Token) -> list[Token]:
    """The name right before a verb that the parser hung on it as a modifier instead of its
    subject, as a one-item list: a proper noun ("Mr. Swavely said ...", "Swavely" parsed as
    advmod) or a phrase of capitalised words with a proper noun ending right before it ("First of
    America Bank Corp. said", "First" parsed as an adverb); else []."""
    phrases = [c for c in verb.lefts if c.dep_ in MISPARSED_SUBJECT_DEPS and c.right_edge.i == verb.i - 1]
    words = list(phrases[-1].subtree) if phrases else []
    if not any(t.pos_ == "PROPN" for t in words) or not all(t.text[:1].isupper() or t.lower_ in ("of", "&")
                                                            for t in words):
        return _appended_name(verb) or _set_off_speaker(verb)
    return phrases[-1:]


def _appended_name(verb: Token) -> list[Token]:
    """The person's or organisation's name right before a finite speech verb that the parser hung
    elsewhere, as an apposition to the phrase before it ("On the trail for his wife, front-runner
    Hillary Clinton, former president Bill Clinton said ...": "Bill Clinton" made an apposition of
    "Hillary Clinton"), as a one-item list; else []."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (before is None or verb.tag_ not in ("VBD", "VBZ") or cue_lemma(verb) not in SPEECH_CUES
            or before.pos_ != "PROPN" or before.ent_type_ not in ("PERSON", "ORG") or before.dep_ != "appos"):
        return []
    return [before]


def _set_off_speaker(verb: Token, *, widest: int = 14) -> list[Token]:
    """The speaker of an inverted report whose own aside the parser hung on the content ("..., a
    detective, speaking on condition of anonymity, said"; "..., a guard, who asked not to be named,
    said"), as a one-item list: a finite verb of saying with no subject, right after an aside that a
    participle or a relative pronoun opens between commas, and the noun phrase set off by commas
    before it, whose head is a noun; else []."""
    doc = verb.doc
    if (verb.tag_ not in ("VBD", "VBZ", "VBP") or cue_lemma(verb) not in SPEECH_CUES or verb.i < 4
            or doc[verb.i - 1].text != ","):
        return []
    commas = [t.i for t in doc[max(0, verb.i - widest):verb.i - 1] if t.text == ","]
    if len(commas) < 2 or not (doc[commas[-1] + 1].tag_ in ("VBG", "VBN", "WP", "WDT")):
        return []
    phrase = doc[commas[-2] + 1:commas[-1]]
    head = phrase.root if len(phrase) else None
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i != commas[-1] - 1:
        return []
    return [head]


def marked(clause: Token) -> bool:
    """True for a clause opened by "that", "whether" or "if"."""
    return any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in clause.children)


def perceived_event(verb: Token) -> bool:
    """True for a verb of perceiving (``PERCEPTION_VERBS``) with a bare clause, an event seen or
    heard rather than a thought ("saw prices rise", "has seen the town flooded"): the clause has
    no "that" or "whether", no finite verb and no "to"."""
    return cue_lemma(verb) in PERCEPTION_VERBS and any(
        c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and not marked(c) and not finite(c)
        and not infinitive(c) for c in verb.children)


def finite(clause: Token) -> bool:
    """True for a clause headed by a tensed verb or with a tensed auxiliary or modal; a present
    tense that does not agree with its singular subject is a bare infinitive the tagger misread
    ("saw the index lose 4%")."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children):
        return True
    disagrees = clause.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in clause.children)
    return clause.tag_ in FINITE_TAGS and not disagrees


def has_content(verb: Token) -> bool:
    """True when a verb has a clausal complement of its own."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def non_finite(verb: Token) -> bool:
    """True for a participle with no auxiliary: the head of an absolute or participial clause; not a
    sentence's root with a subject of its own tagged as a past participle, a past tense the tagger
    misread ("Her eyes widened, he said, and ...": no absolute clause stands alone)."""
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children))


def absolute(clause: Token, verb: Token) -> bool:
    """True for a participle clause set off by a comma after the cue, which describes the speaker
    and reports nothing ("Ireland said, his voice breaking"; "she said, smiling"; the comma may be
    the clause's own first token: "said Brandt, half joking")."""
    start = clause.left_edge.i
    set_off = clause.doc[start].text == "," or (start > 0 and clause.doc[start - 1].text == ",")
    return clause.i > verb.i and non_finite(clause) and not marked(clause) and set_off


def coordinated_report(token: Token) -> bool:
    """True for a speech verb that is a conjunct with no subject of its own ("... and warned")."""
    return (token.dep_ == "conj" and token.pos_ == "VERB" and cue_lemma(token) in SPEECH_CUES
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children))


def report_subject(verb: Token) -> Token | None:
    """The subject of a cue verb; for a speech verb coordinated inside another's content ("said
    it was opposed to the toll and warned ..."), the subject of that other cue."""
    if coordinated_report(verb):
        clause = verb.head
        for _ in range(GOVERNING_CLIMB):
            if clause.dep_ in CONTENT_DEPS and cue_lemma(clause.head) in SPEECH_CUES:
                return first_subject(clause.head)
            if clause.dep_ != "conj":
                break
            clause = clause.head
    return first_subject(verb)


def complements(verb: Token) -> list[Token]:
    """The clausal complements of a cue verb: ccomp or parataxis; for a verb of speech a clause the
    parser made adverbial (``unmarked_clause``, ``withheld_question``); a "that" clause on the noun of
    a prepositional phrase ("said in a statement that ...", also when parsed as a relative clause
    with "that" as its mark: "said during a news conference that ..."), or on the object of a verb of
    addressing ("told a meeting of leaders that ...": ``_clause_hosts``), or a bare clause there ("told
    the minister the people share her sorrow": ``addressee_clause``); an infinitive after a verb of
    commitment ("vowed to ..."); the object or gerund of a verb whose object is what is said
    ("denied the charges", "proposed barring ..."); a "for ... to" clause after a verb of calling
    for ("called for the council to act"); the prepositional object of a verb of speaking of, not the
    terms or channel after "on" ("spoke on condition of anonymity")."""
    lemma = cue_lemma(verb)
    if perceived_event(verb):
        return []
    misread = clause_holding_speaker(verb)
    found = sorted((c for c in verb.children if c.dep_ in CONTENT_DEPS and c != misread and not
                    (c.dep_ == "parataxis" and cue_lemma(c) in SPEECH_CUES and not has_content(c))),
                   key=lambda c: (not marked(c), c.i < verb.i))
    if not found and lemma in SPEECH_CUES:
        found = [c for c in verb.children if unmarked_clause(c, verb) or withheld_question(c, verb)][:1]
    if not found:
        found = [a for n in _clause_hosts(verb, lemma) for a in n.children if hosted_that_clause(a)]
    found = found or addressee_clause(verb, lemma)
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
                 if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in TIME_LABELS and not speaking_terms(g)]
    return found


def unmarked_clause(clause: Token, verb: Token) -> bool:
    """True for a finite clause with its own subject and no conjunction that the parser hangs on a
    verb of speech as an adverbial clause, the complement misread ("said after the meeting she would
    not accept the offer": an adverbial clause is opened by "if", "because", "when", ...)."""
    return clause.dep_ == "advcl" and clause.i > verb.i and _bare_finite(clause)


def withheld_question(clause: Token, verb: Token) -> bool:
    """True for a clause opened by "when", "where", "why" or "how" that the parser hangs as an
    adverbial clause on a negated verb of speech: an indirect question, what was not said ("have
    not said when they would vote"); after "said" alone such a clause is more often the time of
    saying ("said when she resigned")."""
    return (clause.dep_ == "advcl" and clause.i > verb.i and clause.left_edge.lower_ in QUESTION_ADVERBS
            and negated(verb))


def negated(verb: Token) -> bool:
    """True for a verb with a negation of its own ("not", "never", "n't")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _bare_finite(clause: Token) -> bool:
    """True for a finite clause with a subject of its own (no relative pronoun) and no conjunction
    or wh-word opening it: a complement clause, whatever the parser hung it on."""
    return (any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children)
            and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in clause.children)
            and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ == "MD" for c in clause.children)))


def hosted_that_clause(clause: Token) -> bool:
    """True for a "that" clause the parser hung on a noun after a cue (``_clause_hosts``): with
    "that" as its mark, or, on a record, a statement or a channel of saying (``RECORD_NOUNS``), as a
    relative clause whose "that" the parser made the object while the clause has a subject of its
    own ("wrote in an email that the company would appeal"; not "said in a statement that was
    released", where "that" is the subject, nor "took a trip that she could not make")."""
    if clause.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return True
    that = clause.left_edge
    return (clause.dep_ == "relcl" and clause.head.lemma_.lower() in RECORD_NOUNS and that.lower_ == "that"
            and that.dep_ == "dobj" and that.head == clause
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def addressee_clause(verb: Token, lemma: str) -> list[Token]:
    """The finite clause with a subject of its own that the parser hangs on the object of a verb of
    addressing as a relative clause, the message ("told the minister the people share her sorrow");
    as a one-item list, else []."""
    objects = _addressees(verb, lemma)[:1]
    return [a for o in objects for a in o.children if a.dep_ == "relcl" and a.i > o.i and _bare_finite(a)][:1]


def _addressees(verb: Token, lemma: str) -> list[Token]:
    """The objects after a verb of ``ADDRESSEE_VERBS``, the people spoken to; [] for other verbs."""
    if lemma not in ADDRESSEE_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]


def _clause_hosts(verb: Token, lemma: str) -> list[Token]:
    """The nouns a cue's "that" clause may be misparsed onto: the objects of its prepositions ("said in a
    statement that ..."), and for a verb of ``ADDRESSEE_VERBS`` its object and the objects of that
    object's prepositions ("told a meeting of leaders that ...")."""
    nouns = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objects = _addressees(verb, lemma)
    return nouns + objects + [g for o in objects for c in o.children if c.dep_ == "prep"
                              for g in c.children if g.dep_ == "pobj"]


def speaking_terms(noun: Token) -> bool:
    """True for the object of "on" that gives the terms or channel of speaking, not its topic
    ("spoke on condition of anonymity", "on the radio"; ``SPEAKING_TERMS_NOUNS``)."""
    return noun.head.lower_ == "on" and noun.lemma_.lower() in SPEAKING_TERMS_NOUNS


def _predicate_read_as_apposition(obj: Token) -> list[Token]:
    """The predicate of a naming verb's object that the parser read as an apposition, as a
    one-item list: a noun phrase right after the object with no comma between, maybe opened by a
    quotation mark ("called the plan “a disgrace”"; an apposition has its comma: "the plan, a
    disgrace"); else []. A verb with a clause of its own reports the clause ("told the program
    “Inside Harbour” that ...")."""
    doc = obj.doc
    for child in obj.children:
        if child.dep_ != "appos" or child.i < obj.i:
            continue
        if all(t.text in OPENING_QUOTE_MARKS for t in doc[obj.i + 1:child.left_edge.i]):
            return [child]
    return []


def naming(verb: Token) -> list[Token]:
    """The object and what is predicated of it, for a verb of ``NAMING_VERBS`` ("called the plan
    a disgrace", "accused the mayor of lying", "told his aides to wait"), or the person called on
    and what to do ("called on the council to act"); else nothing."""
    lemma = cue_lemma(verb)
    if lemma not in NAMING_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    predicates = [c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ in PREDICATE_PREPOSITIONS))]
    predicates += _predicate_read_as_apposition(objects[0]) if objects and not has_content(verb) else []
    if objects and predicates and objects[0].i < predicates[0].i:
        return [objects[0], predicates[0]]
    called_on = [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i == verb.i + 1
                 and lemma == "call" for g in c.children if g.dep_ == "pobj"]
    return called_on[:1] + [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i][:1] if called_on else []
