"""Shared linguistic vocabulary: dependency-label sets, entity labels, speech verbs, honorifics.

The one home of the word lists and label sets several modules read (as textacy's ``constants``).
A module imports what it needs from here instead of defining its own copy; where a module needs a
different set, the set has a name of its own here that says how it differs (``SUBJECT_DEPS`` are
grammatical subjects, ``SUBJECT_ROLE_DEPS`` the subjects whose referent acts). A test
(``tests/test_vocabulary.py``) fails when two modules of the package bind one upper-case name to
different values.

Dependency labels are the ClearNLP labels of spaCy's English pipelines; entity labels are
OntoNotes' plus the package's own ``GPE_CAPITAL`` and ``GOV`` (see ``analysis.countries``).
Lemmas and words are lower case.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- dependency labels

#: Nominal subjects of either voice ("Putin said", "Putin was asked").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Subjects whose referent acts: active nominal and clausal subjects and expletives; a passive
#: subject is acted upon and belongs to ``OBJECT_ROLE_DEPS``, with the passive "by" agent.
SUBJECT_ROLE_DEPS = frozenset({"nsubj", "csubj", "expl"})
#: Dependents something is done to or said about: objects, the passive subject, predicatives.
OBJECT_ROLE_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "attr", "dative", "oprd", "iobj", "csubjpass"})
#: Heads of clauses below a verb, open complements (xcomp) included: a boundary between a word
#: and a verb higher up ("its" in a relative clause does not belong to the main verb's subject).
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})
#: Clauses detached from the predicate above them: those with a subject of their own, clausal
#: subjects included; an open complement (xcomp) shares its governor's subject and stays attached.
DETACHED_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "csubjpass"})

# --------------------------------------------------------------------------- entity labels

#: spaCy entity labels whose mentions can be actors: people, groups, organisations and places.
ACTOR_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
#: Actor labels that can take part in an event: people, groups, organisations and states (with
#: their capitals and governments standing for them), not geographic places (LOC, FAC).
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "GPE_CAPITAL", "GOV"})

# --------------------------------------------------------------------------- words

#: Lemmas of verbs that report speech (the cue of a quote: "said", "told", "tweeted").
SPEECH_VERBS = frozenset({
    "say", "add", "tell", "state", "declare", "write", "ask", "insist", "note", "argue", "explain",
    "warn", "claim", "announce", "acknowledge", "respond", "reply", "conclude", "recall",
    "suggest", "predict", "boast", "demand", "promise", "vow", "admit", "deny", "assert",
    "contend", "complain", "emphasize", "stress", "remark", "observe", "continue", "urge",
    "post", "tweet", "testify", "comment", "report", "describe", "caution", "recount", "speak",
})
#: Honorifics written before a surname ("Mr. Putin"), without their full stop.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
#: Generational suffixes after a person's name ("Jr.", "III"), lower case, without their full stop.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
