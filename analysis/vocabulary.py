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
#: Labels of a quote's speaker when it is named (a person, an organisation, a group or a state).
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Speaker labels that make a speaker an organisation rather than a person or a country.
ORGANISATION_LABELS = frozenset({"ORG", "NORP", "FAC"})
#: The head words of a law's name ("the Family and Medical Leave Act", "the Equal Rights Amendment"):
#: a name that ends in one names a law, and the names inside it ("Family", "Dodd" of "Dodd-Frank
#: Act") are no actors.
LAW_HEADS = frozenset({"Act", "Acts", "Amendment"})
#: Lower-case words and marks that may join the capitalised words of one long name ("Freedom of
#: Information Act", "Dodd-Frank Wall Street Reform and Consumer Protection Act").
NAME_JOINERS = frozenset({"and", "of", "for", "on", "to", "in", "-", "&"})
#: Every spaCy label of a name (people, groups, places, works, laws, products, events): a name
#: refers to something, it does not evaluate it.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})

# --------------------------------------------------------------------------- words

#: Lemmas of verbs that report speech (the cue of a quote: "said", "told", "tweeted").
SPEECH_VERBS = frozenset({
    "say", "add", "tell", "state", "declare", "write", "ask", "insist", "note", "argue", "explain",
    "warn", "claim", "announce", "acknowledge", "respond", "reply", "conclude", "recall",
    "suggest", "predict", "boast", "demand", "promise", "vow", "admit", "deny", "assert",
    "contend", "complain", "emphasize", "stress", "remark", "observe", "continue", "urge",
    "post", "tweet", "testify", "comment", "report", "describe", "caution", "recount", "speak",
    "confirm", "reveal", "indicate", "allege", "maintain", "point", "disclose", "concede",
    "pledge", "threaten", "charge", "accuse", "signal", "hint", "propose", "recommend",
    "estimate", "show", "find", "joke", "quip", "counter", "retort", "lament", "agree",
    "emphasise", "reiterate", "mention", "repeat", "project", "forecast",
})
#: Lemmas of verbs of telling someone something, whose clause follows the addressee ("assured voters
#: that ...", "reminded them that ..."): quote cues beside ``SPEECH_VERBS``, kept apart from them so
#: that TimeML's ``REPORTING_VERBS`` below stay as they are.
TELLING_VERBS = frozenset({"assure", "reassure", "remind", "inform", "notify", "convince", "persuade"})
#: Further lemmas of verbs of saying, voicing and ruling that cue a quote ("shouted that ...", "answered
#: that ...", "the court ruled that ..."): quote cues beside ``SPEECH_VERBS``, kept apart from them
#: like ``TELLING_VERBS`` so that TimeML's ``REPORTING_VERBS`` below stay as they are.
QUOTE_SPEECH_VERBS = frozenset({
    "answer", "shout", "yell", "scream", "chant", "whisper", "mutter", "grumble", "gripe", "whine", "muse",
    "brag", "opine", "proclaim", "affirm", "reaffirm", "swear", "guarantee", "clarify", "specify", "elaborate",
    "imply", "insinuate", "speculate", "theorize", "theorise", "posit", "surmise", "attest", "concur",
    "dispute", "protest", "plead", "beg", "request", "rule", "underscore", "question",
})
#: Every verb of saying, voicing and ruling (the speech verbs and the further quote cues): a
#: subject of one of them is the speaker of what follows.
SAYING_VERBS = SPEECH_VERBS | QUOTE_SPEECH_VERBS
#: Quotation marks typeset as two characters (Penn Treebank, TeX and older wire copy): two
#: backticks open a quote, two apostrophes close it (and stand for a straight double mark).
TWO_BACKTICKS = "``"
TWO_APOSTROPHES = "''"
#: The tokens that can open a quotation: curly, straight and the wire's doubled marks.
OPENING_QUOTE_MARKS = frozenset({"\u201c", '"', TWO_BACKTICKS, TWO_APOSTROPHES})
#: TimeML's REPORTING class (the event extractor's ``reporting_verbs`` lexicon) is narrower than the
#: quote cues above: a speech verb is REPORTING when it declares or narrates an event. The speech
#: verbs it leaves out, by reason (the three sets split ``SPEECH_VERBS``' difference exactly):
#: speech acts whose content is an event not asserted as a fact (a request, a commitment, a
#: prediction, an accusation): TimeML's I_ACTION / I_STATE ("urged them to leave", "vowed to return").
INTENSIONAL_SPEECH_VERBS = frozenset({
    "accuse", "agree", "ask", "demand", "estimate", "forecast", "pledge", "predict", "project",
    "promise", "propose", "recommend", "suggest", "threaten", "urge", "vow",
})
#: speech verbs whose own sense is another class: aspect ("continue"), perception ("observe"),
#: evidence ("found", "showed", "pointed to", "signalled", "hinted"), acts ("charged", "posted",
#: "spoke", "concluded").
OTHER_SENSE_SPEECH_VERBS = frozenset({
    "charge", "conclude", "continue", "find", "hint", "observe", "point", "post", "show", "signal", "speak",
})
#: Verbs that link a subject to what is said of it ("is ready", "remains to be seen", "seems likely").
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay", "look", "sound"})
#: Head nouns of a financial result: "posted a loss" is the accounting sense of "post" (recorded),
#: no message posted.
FINANCIAL_RESULT_NOUNS = frozenset({
    "loss", "profit", "gain", "earning", "earnings", "income", "revenue", "sale", "sales", "rise", "increase",
    "decline", "drop", "fall", "deficit", "surplus", "return", "growth", "margin", "turnover", "result", "record",
    "jump",
})
#: Head nouns of a death toll: "the storm claimed 12 lives", "the fire claimed the lives of three
#: children" is the sense of "claim" that takes lives, no claim made.
DEATH_TOLL_NOUNS = frozenset({"life", "lives", "victim", "casualty", "death"})
#: manner-of-speaking and repetition verbs: TimeML would class them REPORTING, but the lexicon does
#: not (yet) add them; their class comes from the development-data lexicons or the default.
MANNER_OF_SPEAKING_VERBS = frozenset({
    "boast", "complain", "concede", "counter", "emphasise", "emphasize", "joke", "lament", "mention",
    "quip", "recall", "reiterate", "repeat", "retort",
})
#: Verbs of narrating that TimeML classes REPORTING but that do not cue a quote here (their object
#: is a person or a source: "briefed reporters", "cited a report", "informed the board").
NARRATING_VERBS = frozenset({"brief", "cite", "inform", "quote", "relate"})
#: TimeML's REPORTING verbs: the speech verbs that declare or narrate, and the narrating verbs.
REPORTING_VERBS = (SPEECH_VERBS - INTENSIONAL_SPEECH_VERBS - OTHER_SENSE_SPEECH_VERBS
                   - MANNER_OF_SPEAKING_VERBS) | NARRATING_VERBS
#: Lemmas of verbs of thinking and knowing that report a stance ("believes the plan will fail").
COGNITION_VERBS = frozenset({
    "think", "believe", "know", "feel", "hope", "fear", "expect", "worry", "doubt", "suspect",
    "understand", "realize", "realise", "recognize", "learn", "assume", "wonder", "decide",
    "hear", "see", "guess", "imagine", "reckon", "figure", "remember", "forget", "notice", "discover",
    "determine", "anticipate", "regret", "sense", "bet", "presume", "trust", "suppose", "perceive", "ponder",
    "envision", "foresee",
})
#: Lemmas of verbs of perceiving: with a bare clause they report an event seen or heard, no
#: thought ("saw prices rise", "a week that has seen the town flooded", "heard the roof give
#: way"); with a finite clause they report what someone learned ("saw that prices would rise").
PERCEPTION_VERBS = frozenset({"see", "hear", "watch", "witness", "notice", "feel", "observe", "sense"})
#: Lemmas of verbs of permission: a speech verb they govern, negated, is why a source is not named
#: ("not authorized to discuss the talks"), no words reported.
PERMISSION_VERBS = frozenset({"authorize", "authorise", "allow", "permit"})
#: Set phrases of discourse built on a verb of saying: the writer's connective or hedge, no report
#: ("That said, the plan may fail"; "the plan was costly, to say the least").
DISCOURSE_FORMULAS: tuple[tuple[str, ...], ...] = (
    ("that", "said"), ("that", "being", "said"), ("having", "said", "that"), ("with", "that", "said"),
    ("to", "say", "the", "least"),
)
#: Lemmas of verbs of refusing an utterance ("declined to comment", "refused to say whether"): with a
#: verb of saying or disclosing as their complement, or an object of ``WITHHELD_OBJECTS``, what is
#: reported is that nothing was said (the ``withheld`` column of the quotes table).
WITHHOLDING_VERBS = frozenset({"decline", "refuse"})
#: Lemmas of verbs of giving out information, besides the verbs of saying, that a source can withhold
#: ("did not name the buyer", "refused to discuss the case").
DISCLOSING_VERBS = frozenset({"discuss", "name", "identify", "detail", "release", "provide", "share",
                              "address", "talk", "explain", "disclose"})
#: Objects of a refusal that ask for words ("declined an interview", "refused requests for comment").
WITHHELD_OBJECTS = frozenset({"comment", "interview", "request", "question"})
#: Lemmas of verbs of speaking about a topic or of voicing that are not verbs of saying ("talked about
#: the budget", "railed against the deal", "called for a recount", "voiced concern"): their cues
#: report speech (``analysis.quotes.lemmas.CUE_CLASSES``).
TOPIC_SPEAKING_VERBS = frozenset({"talk", "rail", "lash", "jab", "swipe", "refer", "allude", "touch", "expound",
                                  "inquire", "enquire", "call", "object", "vouch", "clamor", "label", "brand",
                                  "dub", "term", "voice", "express"})
#: Nouns that name an utterance ("her claim that", "his remarks about", "a call for"): cues of speech.
UTTERANCE_NOUNS = frozenset({"comment", "remark", "warning", "statement", "rhetoric", "claim", "assertion",
                             "argument", "announcement", "declaration", "reply", "response", "answer",
                             "rebuttal", "retort", "call", "demand", "plea", "appeal", "proposal", "complaint",
                             "question", "mention", "account", "description", "characterization",
                             "characterisation", "estimate", "forecast", "denial", "word", "message",
                             "testimony", "interview", "speech", "letter", "tweet"})
#: Lemmas of verbs of wish and intention ("wants to cut taxes", "plans to run"): cues of a thought.
INTENTION_VERBS = frozenset({"want", "intend", "plan", "wish", "prefer", "aim", "seek", "hope"})
#: Nouns that name a thought or feeling held ("concerns about", "fears that", "her view of"): cues of
#: a thought.
THOUGHT_NOUNS = frozenset({"concern", "worry", "fear", "doubt", "skepticism", "scepticism", "view", "opinion",
                           "belief", "hope", "expectation", "impression", "sense", "feeling", "suspicion",
                           "idea", "notion"})
#: Lemmas of verbs of commitment and wish whose infinitive complement is what is reported
#: ("vowed to rebuild the bridge").
COMMITMENT_VERBS = frozenset({"vow", "promise", "pledge", "threaten", "refuse", "plan", "want",
                              "intend", "hope", "urge", "ask", "call", "seek", "aim", "decline",
                              "agree", "offer", "wish", "prefer"})
#: Lemmas of verbs of causing and asking whose object is who does what their infinitive says
#: ("helped voters to feel that ...": the voters feel; "urged them to say"). Other verbs with an
#: object before an infinitive keep their subject ("used a crude word to describe him", "spent
#: the weekend attacking him", "promised voters to cut taxes").
OBJECT_CONTROL_VERBS = frozenset({"help", "urge", "ask", "tell", "encourage", "persuade", "convince",
                                  "force", "compel", "oblige", "allow", "permit", "enable", "lead",
                                  "prompt", "push", "press", "pressure", "invite", "get", "want",
                                  "expect", "cause", "require", "inspire", "order", "instruct",
                                  "warn", "advise", "remind", "teach", "challenge", "dare", "beg",
                                  "implore", "call", "recruit", "hire", "pay", "trust"})
#: Lemmas of verbs whose prepositional object is what is spoken of, with the prepositions that
#: introduce it ("spoke about the budget", "pointed to the polls", "warned of a crisis", "called
#: for a recount", "railed against the deal", "agreed with the plan"); "spoke to reporters" names an
#: addressee, not a topic.
TOPIC_VERB_PREPOSITIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("speak", "talk", "write", "comment", "testify", "tweet", "post", "joke", "boast",
                     "complain", "worry", "brag", "muse", "reflect", "weigh"),
                    frozenset({"about", "of", "on", "against"})),
    **dict.fromkeys(("rail", "lash", "swipe", "jab"), frozenset({"about", "on", "against", "at"})),
    **dict.fromkeys(("touch", "elaborate", "expound"), frozenset({"on", "upon"})),
    "vouch": frozenset({"for"}),
    **dict.fromkeys(("warn", "caution"), frozenset({"about", "of", "against"})),
    **dict.fromkeys(("point", "refer", "allude", "object"), frozenset({"to"})),
    "respond": frozenset({"to", "with", "by"}),
    **dict.fromkeys(("ask", "inquire", "enquire", "question"), frozenset({"about"})),
    **dict.fromkeys(("call", "push", "press", "advocate", "lobby", "campaign", "argue", "plead", "clamor"),
                    frozenset({"for", "against"})),
    "insist": frozenset({"on"}),
    **dict.fromkeys(("agree", "disagree"), frozenset({"with"})),
}
TOPIC_VERBS = frozenset(TOPIC_VERB_PREPOSITIONS)
#: Head nouns after "on" that give the terms or the channel of speaking, not what is spoken of
#: ("spoke on condition of anonymity", "on the record", "on behalf of the family", "wrote on his blog",
#: "spoke on the radio", "talked on the phone").
SPEAKING_TERMS_NOUNS = frozenset({
    "condition", "record", "background", "behalf", "air", "camera", "tape", "phone", "telephone", "radio",
    "television", "tv", "program", "programme", "show", "broadcast", "podcast", "stage", "panel", "blog",
    "website", "site", "page", "account", "platform", "line",
})
#: Nouns for a work or a medium with a title: quoted capitalised words beside them name it ("the
#: film “Harbour Lights”", "the “Harbour Files” site"), they are no words said.
TITLED_WORK_NOUNS = frozenset({
    "film", "movie", "show", "program", "programme", "series", "book", "novel", "memoir", "song",
    "album", "play", "musical", "documentary", "podcast", "column", "newspaper", "magazine", "site",
    "website", "blog", "app", "game", "episode", "segment", "campaign", "slogan", "star", "host",
})
#: First-person pronouns: outside quotation marks they are the writer's own voice ("I think", "we asked").
FIRST_PERSON_PRONOUNS = frozenset({"i", "we", "me", "us"})
#: Relative pronouns: a relative clause's subject "who"/"which"/"that" stands for the noun the clause
#: hangs on ("the senator, who said ...": the senator said).
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
#: Relative pronouns that open a non-restrictive clause after a comma ("the bridge, which opened in
#: May"); "that" opens restrictive ones only.
WH_RELATIVE_PRONOUNS = RELATIVE_PRONOUNS - {"that"}
#: Wh-adverbs that open an indirect question ("did not say when they would vote") or a clause of
#: time, place or manner ("said when she resigned").
QUESTION_ADVERBS = frozenset({"when", "where", "why", "how"})
#: Words that move from a clause to its front, leaving a gap ("the mine, which he says he will keep
#: open"; "what she says the plan would do"): the relative pronouns and "what".
FRONTED_WH_WORDS = RELATIVE_PRONOUNS | {"what", "whatever"}
#: Lemmas of raising verbs of evidence: the clause they govern is a judgement held by the writer or
#: by whoever the appearance is to ("the plan seems to work", "the team appeared paralyzed", "it
#: appears that ...", "seemed to me a trap").
EVIDENTIAL_VERBS = frozenset({"seem", "appear"})
#: Lemmas of reporting verbs whose passive with an infinitive reports a claim without saying whose
#: ("she is expected to win", "he is said to be ill", "the deal is believed to be close").
PASSIVE_REPORT_VERBS = frozenset({"say", "report", "expect", "believe", "think", "consider", "know", "rumor",
                                  "rumour", "understand", "estimate", "project", "predict",
                                  "allege", "claim", "presume", "assume"})
#: Adjectives of stance whose "that" clause is what is held ("is confident that the plan will
#: work", "was critical of the plan" takes the prepositional object as the content).
STANCE_ADJECTIVES = frozenset({"confident", "convinced", "sure", "certain", "adamant", "optimistic",
                               "pessimistic", "hopeful", "skeptical", "sceptical", "critical", "wary",
                               "worried", "concerned", "fearful", "doubtful", "supportive", "opposed"})
#: Adjectives of feeling and readiness predicated of someone, whose prepositional object, "that"
#: clause or infinitive is what the feeling is about: an attitude held, as with ``STANCE_ADJECTIVES``
#: ("was proud of the plan", "is eager to run", "were angry about the vote", "is aware that ...").
ATTITUDE_ADJECTIVES = frozenset({
    "proud", "eager", "keen", "anxious", "nervous", "afraid", "scared", "angry", "furious", "outraged", "upset",
    "happy", "unhappy", "pleased", "displeased", "delighted", "thrilled", "excited", "enthusiastic", "upbeat",
    "disappointed", "frustrated", "satisfied", "dissatisfied", "aware", "unaware", "mindful", "clear", "unclear",
    "fond", "hesitant", "reluctant", "ready", "willing", "unwilling", "interested", "grateful", "thankful",
    "appreciative", "impressed", "suspicious", "cautious", "divided", "open", "receptive", "hostile", "loyal",
    "sympathetic", "tired", "ashamed", "embarrassed", "surprised", "shocked", "alarmed", "troubled", "bullish",
    "bearish", "determined", "committed", "dismissive", "unsure", "uncertain", "positive", "negative", "mad",
})
#: Prepositions that introduce what an adjective of stance or attitude is about ("proud of",
#: "angry about", "hostile to", "pleased with", "impressed by", "divided over", "bullish on").
STANCE_ADJECTIVE_PREPOSITIONS = frozenset({"of", "about", "to", "over", "with", "by", "at", "on", "toward",
                                           "towards", "in"})
#: Words the tagger lemmatises wrongly where they are cue verbs ("hoping" -> "hop"), with the lemma.
CUE_LEMMA_FIXES: dict[str, str] = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}
#: Lemmas of verbs whose noun-phrase object is what is said or judged ("announced his
#: resignation", "praised the plan").
OBJECT_CONTENT_VERBS = frozenset({
    "say", "announce", "mention", "criticize", "criticise", "praise", "discuss", "deny", "confirm",
    "endorse", "support", "back", "propose", "reveal", "predict", "demand", "promise", "oppose",
    "condemn", "blame", "defend", "question", "dismiss", "reject", "describe", "cite", "welcome",
    "applaud", "slam", "attack", "tout", "highlight", "acknowledge", "admit", "recall", "suggest",
    "show", "offer", "echo", "report", "denounce", "decry", "blast", "lambaste", "mock", "ridicule", "rebuke",
    "thank", "congratulate", "challenge", "express", "tweet", "repeat", "reiterate", "stress", "emphasize",
    "emphasise", "disavow", "champion", "embrace", "promote", "favor", "favour", "prefer", "answer", "dispute",
    "rebut", "refute", "contest", "request", "laud", "extol", "trumpet", "bemoan", "lament", "deplore",
    "regret", "disparage", "belittle", "insult", "protest", "outline", "detail", "recite", "profess", "reference",
    "savage", "trash", "lambast", "heckle", "summarize", "summarise", "recount",
})
#: Lemmas of verbs whose object and what is predicated of it together are what is said or held:
#: naming ("called the plan a disgrace", "labelled him a traitor"), judging ("considers him a
#: threat", "sees the plan as a trap", "accused the mayor of lying", "blamed the storm for the
#: delay", "thanked voters for their support", "mocked the mayor for the delay") and directing
#: ("told his aides to wait", "urged voters to stay home").
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term", "deem", "declare", "pronounce", "consider",
                          "view", "regard", "see", "describe", "portray", "depict", "characterize",
                          "characterise", "cite", "hail", "dismiss", "accuse", "blame", "credit", "praise",
                          "criticize", "criticise", "tell", "urge", "ask", "encourage", "invite", "order",
                          "implore", "expect", "want", "warn", "advise", "thank", "congratulate", "commend",
                          "applaud", "fault", "mock", "ridicule", "attack", "slam", "blast", "lambaste",
                          "rebuke", "chide", "scold", "condemn", "denounce", "excoriate"})
#: Lemmas of verbs whose object is the person spoken to, not what is said ("told the crowd",
#: "assured voters", "briefed reporters"): a lone object of theirs is no content.
ADDRESSEE_VERBS = frozenset({"tell", "inform", "notify", "assure", "reassure", "remind", "brief", "warn", "ask",
                             "urge", "advise", "caution", "persuade", "convince", "instruct", "implore",
                             "address", "thank", "congratulate", "greet"})
#: Lemmas of verbs whose past participle opening a clause has the one spoken to as its subject, the
#: speaker unnamed ("Asked about the toll, Lund said …", "Pressed on the cost, …", "Told of the
#: verdict, …"); "Convinced that …" has the one who believes.
SPOKEN_TO_VERBS = (ADDRESSEE_VERBS - {"convince", "persuade"}) | {"press", "question", "quiz", "interview",
                                                               "challenge", "confront"}
#: Prepositions of time or cause: their object is an adjunct of a verb, never what is said ("charged
#: after the stabbing", "spoke during the debate").
ADJUNCT_PREPOSITIONS = frozenset({"after", "before", "during", "following", "since", "until", "amid", "despite",
                                  "because"})
#: Prepositions of company: their object is who one is with or speaks with, never what is said
#: ("appeared with the general", "discussed the crisis with the prime minister").
COMPANY_PREPOSITIONS = frozenset({"with", "alongside", "beside"})
#: Prepositions that tie an unnamed speaker to whom they work or speak for ("a spokesman for Air
#: Canada", "an official with the RCMP", "a source at the ministry", "a member of the council", "an
#: adviser to the premier").
AFFILIATION_PREPOSITIONS = frozenset({"of", "for", "with", "at", "to"})
#: Prepositions that attach what is predicated of a naming verb's object ("as", "of", "for").
PREDICATE_PREPOSITIONS = frozenset({"as", "of", "for"})
#: Nouns of saying and stance with the prepositions that introduce what is said or held ("her
#: criticism of the plan", "concerns about the cost", "calls for a recount"); any of them also takes
#: a "that" clause ("the claim that the vote was rigged").
SPEECH_NOUN_PREPOSITIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("criticism", "condemnation", "denunciation", "praise", "endorsement", "rejection",
                     "denial", "defense", "defence", "dismissal"), frozenset({"of", "for"})),
    **dict.fromkeys(("concern", "worry", "fear", "doubt", "question", "skepticism", "scepticism",
                     "complaint", "comment", "remark", "warning", "statement", "rhetoric", "claim",
                     "assertion", "argument"), frozenset({"about", "over", "on", "of"})),
    **dict.fromkeys(("attack", "assault", "view", "position", "stance", "stand", "opinion"),
                    frozenset({"on", "of", "against"})),
    **dict.fromkeys(("critique", "assessment", "characterization", "characterisation", "description",
                     "portrayal", "appraisal", "evaluation", "announcement", "declaration", "estimate",
                     "forecast", "mention", "account"), frozenset({"of", "about", "on"})),
    **dict.fromkeys(("reply", "response", "answer", "rebuttal", "retort"), frozenset({"to"})),
    **dict.fromkeys(("swipe", "shot", "jab", "dig", "potshot", "aim"), frozenset({"at"})),
    "issue": frozenset({"with"}),
    "credit": frozenset({"for"}),
    **dict.fromkeys(("congratulations", "thanks", "apology", "tribute"), frozenset({"to", "for"})),
    **dict.fromkeys(("call", "demand", "plea", "push", "appeal", "support", "proposal", "plan"),
                    frozenset({"for"})),
    **dict.fromkeys(("opposition", "objection", "commitment", "pledge", "promise", "threat"),
                    frozenset({"to", "of"})),
    **dict.fromkeys(("accusation", "allegation", "charge"), frozenset({"of", "against"})),
    **dict.fromkeys(("case", "point", "vow", "prediction", "assurance", "suggestion",
                     "observation", "admission", "insistence", "acknowledgment", "acknowledgement",
                     "conclusion", "hope", "contention", "conviction"), frozenset({"about", "on"})),
    "belief": frozenset({"in"}),
    **dict.fromkeys(("decision", "refusal"), frozenset({"on", "about"})),
    **dict.fromkeys(("idea", "notion"), frozenset({"for", "about"})),
}
SPEECH_NOUNS = frozenset(SPEECH_NOUN_PREPOSITIONS)
#: Lemmas of light verbs whose subject holds the speech noun they take as object ("voiced concerns",
#: "made the claim"); "rejected the claim" is someone else's claim.
SPEECH_LIGHT_VERBS = frozenset({"voice", "express", "raise", "make", "issue", "repeat", "reiterate", "level",
                                "lodge", "file", "air", "renew", "offer", "deliver", "step", "take", "launch",
                                "unleash", "send", "extend", "give", "share"})
#: Nouns for records and media: they carry what is said, for the actor they name or as a source of
#: their own, not a person (``speaker_type`` "document": "according to photos",
#: "documents show", "reports said"); a poll, a study or a survey speaks for whoever made it and
#: stays a descriptor speaker.
DOCUMENT_NOUNS = frozenset({"photo", "photograph", "picture", "image", "video", "footage", "recording",
                            "document", "record", "report", "file", "filing", "paper", "email", "e-mail",
                            "data", "figure", "statistic", "chart", "map", "transcript"})
#: Nouns for the occasions and channels of saying ("wrote in an email that ...", "said at a rally
#: that ..."), beside records (``DOCUMENT_NOUNS``) and nouns of saying (``SPEECH_NOUNS``).
MEDIUM_NOUNS = frozenset({"interview", "speech", "letter", "message", "memo", "post", "tweet", "release",
                          "conference", "briefing", "hearing", "appearance", "op-ed", "column", "essay",
                          "podcast", "broadcast", "call", "blog", "newsletter", "affidavit", "testimony",
                          "debate", "rally", "meeting", "forum", "summit", "session", "address"})
#: Nouns for what carries someone's words: records, nouns of saying and channels of saying. A "that"
#: clause the parser hangs on one as a relative clause may be the message ("wrote in an email that
#: ..."), and one "from" or "by" someone speaks for them ("a statement from the RCMP said ...").
RECORD_NOUNS = DOCUMENT_NOUNS | SPEECH_NOUNS | MEDIUM_NOUNS
#: Lemmas of verbs by which someone puts out a record ("issued a statement saying ...", "released a
#: report that found ..."): the record speaks for the verb's subject.
ISSUING_VERBS = frozenset({"issue", "release", "send", "post", "publish", "put", "write", "file", "make",
                           "give", "deliver", "tweet", "share"})
#: Lemmas of nouns that name who speaks in a title line's "X: ..." ("Poll: ...", "Clinton camp: ...",
#: "Report: ..."), beside names: a poll, a report or a camp is quoted as a source in headlines.
HEADLINE_SOURCE_NOUNS = frozenset({"poll", "survey", "study", "report", "newspaper", "paper", "source", "official",
                                   "aide", "camp", "campaign", "expert", "analyst", "critic", "police",
                                   "lawmaker", "spokesman", "spokeswoman", "fact-check", "check"})
#: Lemmas of nouns for a poll of the public: what a poll finds is reported as its finding, with the
#: poll as source ("In the new poll, Lund leads by six points"), as annotators of attribution mark it.
#: A study or a report finds, shows or says, by verb.
POLL_NOUNS = frozenset({"poll", "survey", "polling"})
#: Lemmas of verbs by which a poll places a candidate ("the poll has Lund leading", "puts him at 4
#: percent", "gives her a lead of six points").
POLL_PLACING_VERBS = frozenset({"have", "put", "give", "place"})
#: Words that open the name of a part of a place ("East Jerusalem", "Greater London", "Old Delhi"),
#: so a capital after them is still the place.
PLACE_PREFIXES = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "central", "greater", "old", "new", "upper", "lower", "inner", "outer",
                            "downtown", "metropolitan", "metro"})
#: Legal forms that end a company's full name ("Acme Corp.", "Allianz AG"), lower case, without
#: their full stop. News names a company in full once and then by its distinctive words ("Acme").
LEGAL_FORMS = frozenset({"inc", "incorporated", "corp", "corporation", "co", "cos", "company", "ltd",
                         "limited", "plc", "llc", "lp", "ag", "sa", "s.a", "nv", "n.v", "oy", "gmbh",
                         "spa", "s.p.a", "srl", "s.r.l", "sarl", "bv", "ab", "asa", "se", "kk", "k.k",
                         "pty", "bhd"})
#: Words that end the name of a company without a legal form ("Crossland Savings Bank", "Mesa
#: Airlines", "Lehman Brothers", "LIN Broadcasting"), lower case: news names it so once and then by
#: its first words ("Crossland", "Mesa"; see ``analysis.actors``). Not the words of a body's part
#: ("U.N. Security Council", "FBI Laboratory"): the part is not the whole.
COMPANY_NAME_ENDINGS = frozenset({"airlines", "airways", "lines", "bank", "bancorp", "savings", "brothers",
                                  "broadcasting", "communications", "electronics", "securities", "partners",
                                  "holdings", "industries", "group", "stores", "systems", "technologies",
                                  "pharmaceuticals", "biosciences", "motors", "foods", "energy", "resources",
                                  "mining", "entertainment", "media", "capital", "financial", "insurance",
                                  "news", "telecom", "airline", "railway", "railroad", "brewing", "steel"})
#: Nouns a news text calls a company by once it has named it ("the company said"; see
#: ``analysis.organisation_references``).
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "conglomerate", "bank", "insurer", "lender",
                           "carrier", "airline", "retailer", "automaker", "carmaker", "brewer",
                           "drugmaker", "chipmaker", "utility", "maker", "manufacturer", "producer",
                           "concern"})
#: Nouns a news text calls a public body or an association by once it has named it, when its name
#: holds the noun ("the Department of Families ... the department said"; ``analysis.organisation_references``).
INSTITUTION_NOUNS = frozenset({"ministry", "department", "council", "committee", "agency", "university",
                               "institute", "association", "union", "court", "board", "service", "society",
                               "alliance", "coalition", "federation", "commission", "authority", "league",
                               "college", "hospital", "foundation", "tribunal", "centre", "center", "school",
                               "church", "club", "party", "museum", "clinic", "mission", "shelter", "division",
                               "secretariat"})
#: Nouns for the people around someone, who speak for themselves, not for the one they are named
#: with ("his wife said", "Elian's relatives said", "the senator's aides said", "the minister's
#: office said"): kin, staff, representatives, and those who stand against them or suffer from
#: them ("Ford's critics said", "his victims told the court").
ENTOURAGE_NOUNS = frozenset({
    "father", "mother", "parent", "son", "daughter", "child", "brother", "sister", "sibling", "wife",
    "husband", "widow", "widower", "cousin", "uncle", "aunt", "niece", "nephew", "grandmother",
    "grandfather", "grandparent", "grandson", "granddaughter", "relative", "family", "fiancé", "fiancée",
    "girlfriend", "boyfriend", "partner", "friend", "colleague", "neighbour", "neighbor", "aide", "adviser",
    "advisor", "staff", "staffer", "team", "office", "campaign", "spokesman", "spokeswoman", "spokesperson",
    "lawyer", "attorney", "counsel", "representative", "supporter", "ally", "associate", "assistant",
    "secretary", "doctor", "physician", "biographer", "surrogate", "kidnapper", "captor", "employer",
    "employee", "client", "agent", "manager", "coach", "teammate", "successor", "predecessor", "deputy",
    "critic", "opponent", "rival", "detractor", "accuser", "victim", "fan", "follower", "constituent",
})
#: Social media and messaging platforms, lower case: news cites them as channels ("said on
#: Twitter", "posted to Facebook"); the model tags them PERSON as often as ORG.
PLATFORM_NAMES = frozenset({"twitter", "facebook", "instagram", "tiktok", "youtube", "linkedin", "reddit",
                            "snapchat", "whatsapp", "telegram", "bluesky", "mastodon", "wechat", "weibo",
                            "truth social", "threads"})
#: The three sentiment and portrayal labels, in the order every model's probabilities use.
SENTIMENT_LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
#: Titles and offices written before a person's name ("President Putin", "Gen. Milley", "Foreign
#: Minister Lavrov"), lower case, without their full stop: stripped from names, never names themselves.
TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "general",
    "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "adm", "admiral",
    "sgt", "sergeant", "cmdr", "commander", "marshal", "field", "president", "vice", "premier",
    "chancellor", "prime", "minister", "foreign", "defense", "defence", "deputy", "secretary",
    "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "judge", "justice",
    "king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah", "rev", "chief",
    "chairman", "chairwoman", "speaker", "ambassador", "attorney", "superintendent", "inspector",
    "detective", "sheriff", "constable", "bishop", "archbishop", "cardinal", "rabbi", "imam",
    "commissioner", "mp", "mpp", "mla", "mna", "mep", "councillor", "councilor", "coun", "alderman",
    "emperor", "empress", "sultan", "emir", "crown", "const", "cpl", "corporal", "insp",
    "supt", "det", "pte", "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman",
    "councilwoman",
})
#: Abbreviations of provinces, territories and states in place names ("LaSalle, Ont.", "Portland,
#: Ore."; the Canadian Press and AP forms, lower case, without full stops) and the names they stand for.
PLACE_ABBREVIATIONS: dict[str, str] = {
    "ont": "Ontario", "que": "Quebec", "bc": "British Columbia", "alta": "Alberta", "sask": "Saskatchewan",
    "man": "Manitoba", "ns": "Nova Scotia", "nb": "New Brunswick", "pei": "Prince Edward Island",
    "nl": "Newfoundland and Labrador", "nfld": "Newfoundland and Labrador", "nwt": "Northwest Territories",
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
    "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma",
    "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota",
    "tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "wash": "Washington", "wva": "West Virginia",
    "wis": "Wisconsin", "wyo": "Wyoming",
}
#: Abbreviated titles (``TITLE_WORDS`` written short, with a full stop: "Sgt.", "Const.", "Det.") and
#: the titles they stand for: the tokenizer is told to keep them whole, so that "Det. Sgt. Terry
#: Browne said" stays one sentence, and ``analysis.coref`` reads a person's role from them.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gen": "general", "adm": "admiral", "col": "colonel", "lt": "lieutenant", "maj": "major",
    "capt": "captain", "cmdr": "commander", "sgt": "sergeant", "sen": "senator",
    "rep": "representative", "gov": "governor", "const": "constable", "coun": "councillor",
    "cpl": "corporal", "det": "detective", "insp": "inspector", "pte": "private",
    "supt": "superintendent", "prof": "professor", "rev": "reverend",
}
#: Words that open a title before a title word ("National Chief", "Grand Chief", "Acting Mayor"),
#: lower case: the model runs them into the organisation named before the title.
TITLE_OPENERS = frozenset({"national", "grand", "regional", "deputy", "vice", "acting", "interim", "rear",
                           "assistant", "associate", "executive", "senior"})
#: Titles of monarchs and popes, who are known by title and one name ("King Hussein", "Pope Francis"):
#: such a name is whole, never the surname of a longer one ("King Hussein" is not "Saddam Hussein").
REGNAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan",
                           "emir", "crown"})
#: The portfolios of ministers and secretaries ("Secretary of State", "Minister of Finance"), lower
#: case: after "<title> of" they are part of the title, not a mention of the ministry.
PORTFOLIO_WORDS = frozenset({
    "state", "defense", "defence", "treasury", "homeland", "security", "finance", "justice", "interior",
    "health", "education", "commerce", "labor", "labour", "energy", "agriculture", "transportation",
    "transport", "veterans", "affairs", "foreign", "home", "housing", "environment", "trade", "industry",
    "culture", "war", "navy", "army", "air", "force", "economy", "economic", "development", "urban",
    "human", "services", "the", "and", "&",
})
#: Honorifics written before a surname ("Mr. Putin"), without their full stop.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
#: Generational suffixes after a person's name ("Jr.", "III"), lower case, without their full stop.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Honorifics and titles that tell a person's gender ("Mrs. Clinton" -> female).
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman",
                           "spokeswoman", "chairwoman"})

#: Modal auxiliaries of irrealis: what "would", "could", "might", "may" or "should" happen is not
#: asserted to have happened (the target sentiment reads them as a mood, not as an event).
IRREALIS_MODALS = frozenset({"would", "could", "might", "may", "should"})
#: Subordinators that make a clause a condition or an open question ("if he wins", "unless she resigns").
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})
#: Outcomes a predicate reports for its subject (the target sentiment charges them to the actor they
#: happen to): gains ("won", "rose", "up 3 percent") and losses ("lost", "fell", "cut", "ended", "down").
GAIN_WORDS = frozenset({"win", "gain", "rise", "climb", "surge", "soar", "jump", "rebound", "recover", "beat",
                        "defeat", "lead", "top", "succeed", "triumph", "prevail", "up"})
LOSS_WORDS = frozenset({"lose", "fall", "drop", "decline", "slump", "plunge", "tumble", "sink", "slide", "trail",
                        "fail", "cut", "end", "slash", "crash", "collapse", "resign", "quit", "down"})

#: Pronouns that deny there is anything: "said nothing" reports no words (quotes' learned finder).
NEGATIVE_PRONOUNS = frozenset({"nothing", "none", "nobody", "noone"})
