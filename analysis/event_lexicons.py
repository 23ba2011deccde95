"""Event lexicons as registered data: which words name events and which TimeML class each takes.

Each lexicon is a frozen ``Lexicon`` record: a name, the part of speech it applies to, the TimeML
class its words give an event (or ``None`` for a list that only says "this noun is an event"), its
lemmas, the reason (the TimeML guideline it follows) and examples, which the tests run. Adding a
word is one place; a lemma in two class lexicons of the same part of speech is an error.

Classes (TimeML 1.2 guidelines): REPORTING (someone narrates an event: "say", "report"),
PERCEPTION ("see", "hear"), ASPECTUAL (the beginning, continuation or end of another event:
"begin", "continue", "stop"), I_ACTION (an intensional action that introduces another event:
"try", "ask", "promise"), I_STATE (an intensional state: "want", "believe", "expect"), STATE
(a circumstance that holds: "own", "live", adjectival predicates), OCCURRENCE (everything else
that happens).
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import REPORTING_VERBS


@dataclass(frozen=True)
class Lexicon:
    """Lemmas of one part of speech, their role (a class, events, not events), why, and examples
    (sentence, trigger) the event extractor must find (with that class) or, for "not_events", must not."""

    name: str
    pos: str
    role: str  # "class": its words take ``event_class``; "events"/"not_events": they name events or not;
    # "support": light verbs whose event-noun object carries the event
    event_class: str | None
    lemmas: frozenset[str]
    reason: str
    examples: tuple[tuple[str, str], ...]


def _words(text: str) -> frozenset[str]:
    """A whitespace-separated word list as a set."""
    return frozenset(text.split())


#: Lexicons derived from the development data (TBAQ-cleaned TimeBank and AQUAINT gold EVENTs, by spaCy
#: lemma and part of speech; te3-platinum was not read): they come first, so their class wins over
#: the hand-written lexicons below, which cover words the development data has too few of.
DERIVED: tuple[Lexicon, ...] = (
    Lexicon("tbaq_not_event_verbs", "VERB", "not_events", None, _words("""
ally associate base be compare concern exist include pende relate surround"""),
            "lemmas the extractor would take that the TBAQ gold annotates as events in under 20% of five or more occurrences",
            ()),
    Lexicon("tbaq_not_event_nouns", "NOUN", "not_events", None, _words("""
abortion addition application assurance attention case cereal chance chemical comment
competition compliance condolence connection control conversion custody debenture debt direction
distribution division editorial education employment end enforcement expectation extrusion fall
game general immigration implication indication inflation intention investment job jurisdiction
loan opposition option order peace presence production profit protection regulation restriction
retirement segment solution step television trade unemployment"""),
            "lemmas the extractor would take that the TBAQ gold annotates as events in under 20% of five or more occurrences",
            ()),
    Lexicon("tbaq_not_event_adjs", "ADJ", "not_events", None, _words("""
certain clear convertible high important likely low necessary ready"""),
            "lemmas the extractor would take that the TBAQ gold annotates as events in under 20% of five or more occurrences",
            ()),
    Lexicon("tbaq_event_nouns", "NOUN", "events", None, _words("""
act bargaining beneficiary birth bloodshed breakthrough broadcast buildup candidacy close
closing conquest craze criticism crossing cutback cutting delay demise discount discounting
discovery down downturn drain drawing entry exodus finding flow foray forecast founding fraud
handling help hiding homicide impact initiative leap lighting link loser manhunt march mistake
out outcome outflow planning ploy presidency proceeding purport pursuit questioning rain
rallying rehearing respect reunion sabotage selling setback slaying slowdown slowing spinoff
split spread squeeze stop suffering taking tragedy transfer turnaround turning use"""),
            "nouns the TBAQ gold annotates as events in at least half of two or more occurrences",
            ()),
    Lexicon("tbaq_adj_i_state", "ADJ", "class", "I_STATE", _words("""
able aware pleased prepared subject surprised willing"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is I_STATE",
            ()),
    Lexicon("tbaq_adj_state", "ADJ", "class", "STATE", _words("""
available convertible due eligible low responsible successful"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is STATE",
            ()),
    Lexicon("tbaq_noun_aspectual", "NOUN", "class", "ASPECTUAL", _words("""
completion end"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is ASPECTUAL",
            ()),
    Lexicon("tbaq_noun_i_action", "NOUN", "class", "I_ACTION", _words("""
attempt help"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is I_ACTION",
            ()),
    Lexicon("tbaq_noun_i_state", "NOUN", "class", "I_STATE", _words("""
estimate plan"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is I_STATE",
            ()),
    Lexicon("tbaq_noun_occurrence", "NOUN", "class", "OCCURRENCE", _words("""
accession acquisition act action address anniversary appeal approval arrest assassination
assault assistance attack battle bid blast bombing boom broadcast buildup call campaign
cancellation capture ceremony change charge clash close closing commitment conclusion conference
conflict confrontation construction conversation conviction cooperation creation crime crisis
criticism crossing deal death decision decline delay demand demonstration departure deployment
destruction development disaster discovery discussion disposal dispute down downturn drop
earthquake effort election embargo enforcement entry event expansion explosion extension
extradition failure fight filing flight flow gain genocide growth hearing impact increase
initiative interview invasion investigation investment involvement kidnapping killing loss
manhunt meeting merger mission move murder negotiation objection occupation off offensive offer
offering opening operation order out outflow payment planning plunge proceeding profit proposal
protest purchase questioning raid rain rally ratification redemption reduction referendum
repatriation request rescue resignation resolution response restructuring return reunion
reversal revision revolution rise ruling sale sanction search seizure selling service shipment
shooting slaying speech split standoff start statement strike struggle summit support takeover
talk threat trading tragedy transaction transition trend trial trip use violation violence visit
war warning withdrawal work"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is OCCURRENCE",
            ()),
    Lexicon("tbaq_noun_reporting", "NOUN", "class", "REPORTING", _words("""
announcement report"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is REPORTING",
            ()),
    Lexicon("tbaq_noun_state", "NOUN", "class", "STATE", _words("""
earning financing income pressure problem process result settlement situation treatment"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is STATE",
            ()),
    Lexicon("tbaq_verb_aspectual", "VERB", "class", "ASPECTUAL", _words("""
begin complete continue end finish renew resume start stop suspend trigger"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is ASPECTUAL",
            ()),
    Lexicon("tbaq_verb_i_action", "VERB", "class", "I_ACTION", _words("""
accept accuse agree allege ask assist attempt attribute authorize avoid block complain delay
determine direct explain explore handle help insist investigate let permit persuade plead pledge
pray predict press prevent promise propose recommend resist resolve seek threaten try urge warn"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is I_ACTION",
            ()),
    Lexicon("tbaq_verb_i_state", "VERB", "class", "I_STATE", _words("""
assure believe consider entitle expect fear hop hope intend know like need object oppose plan
prefer prohibit rely seem suspect think understand want wonder worry yield"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is I_STATE",
            ()),
    Lexicon("tbaq_verb_occurrence", "VERB", "class", "OCCURRENCE", _words("""
accompany account achieve acquire act address adjust admit adopt allow amass appeal appear apply
appoint approach approve argue arrest arrive assemble assume attack attend back bear benefit bet
bid blow bomb boost borrow break bring build bury buy calculate capitalize capture carry catch
cause celebrate challenge change charge cheer clear cling close combine come comment commit
compete comply concentrate conclude condemn conduct consolidate contribute convert convict
cooperate cover create criticize cross cut date deal decide decline defend deliver demand
demonstrate denounce deny deploy design destroy develop die discount discover discuss dismiss
dispatch dispose do dominate double draw dream drive drop drown earn ease echo edge elaborate
eliminate embrace emerge enforce engage enhance ensure enter erode establish evaluate exercise
exhort expand expel experience expire explode express extend fail fall feel fend fight finance
find fire flee fly follow force form found fuel gain gather get give go grant grow gun halt hand
happen head hit hold hurt identify impede implement impose improve include increase indict
injure interview introduce invade invite involve issue join jump keep kidnap kill lack lay lead
learn leave lend lift link list live locate lock look lose lower mail make manage march mark
mass match mean meet merge mobilize monitor move name negotiate obtain occur offer offset
operate order organize participate pass pay perform perish pick place play plunge pose prepare
present price proceed produce promote prompt prosecute protect protest prove provide publish
pull purchase pursue push put question quote raise rally ratify reach read realize reap rebuild
receive recognize recover redeem reduce refer reflect refuse reject rejoin relax release
remember remove repatriate repay replace represent repurchase request rescue resign respond
result retain retire retreat retrieve return reunite review revoke rip rise rule run save search
secure seize sell send separate serve set settle shake share shed shift ship shock shoot show
shut sign sink sit slash slow soar solve speak spend spin spread stay stem step strengthen
stress strike subject submit subpoena subscribe succeed suffer support surrender survive sweeten
take target tender tie tighten total touch tour trade transfer transport travel treat trim turn
undermine unearth uphold use violate visit vote wait walk wave wear welcome win withdraw woo
work wound wrap write"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is OCCURRENCE",
            ()),
    Lexicon("tbaq_verb_perception", "VERB", "class", "PERCEPTION", _words("""
hear listen see spot watch"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is PERCEPTION",
            ()),
    Lexicon("tbaq_verb_reporting", "VERB", "class", "REPORTING", _words("""
accord acknowledge add announce chant cite claim confirm declare describe emphasize indicate
inform note post report say talk tell"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is REPORTING",
            ()),
    Lexicon("tbaq_verb_state", "VERB", "class", "STATE", _words("""
affect belong cost fund have owe own remain trap"""),
            "lemmas whose majority class in the TBAQ gold (three or more events, share at least half) is STATE",
            ()),
)

HAND: tuple[Lexicon, ...] = (
    Lexicon("support_verbs", "VERB", "support", None, _words(
        "undergo have make take give hold conduct stage suffer launch carry perform receive get"),
        "light verbs: with an event noun as object the noun carries the event, and its date",
        (("The actor underwent brain surgery in early 2011.", "surgery"),)),
    Lexicon("reporting_verbs", "VERB", "class", "REPORTING", REPORTING_VERBS,
        "the guidelines' REPORTING: an action of a person or organisation declaring or narrating an event "
        "(analysis.vocabulary derives it from the quote cues, SPEECH_VERBS, saying which it leaves out and why)",
        (("The minister said the plant would reopen.", "said"),)),
    Lexicon("perception_verbs", "VERB", "class", "PERCEPTION", _words(
        "see hear watch observe notice feel spot witness sense detect view glimpse listen perceive"),
        "the guidelines' PERCEPTION: the physical perception of another event",
        (("Residents heard the blast.", "heard"),)),
    Lexicon("aspectual_verbs", "VERB", "class", "ASPECTUAL", _words(
        "begin start continue stop end finish complete resume cease halt quit initiate terminate "
        "conclude commence proceed renew discontinue interrupt"),
        "the guidelines' ASPECTUAL: the beginning, continuation or end of another event",
        (("The army began the withdrawal.", "began"),)),
    Lexicon("intensional_action_verbs", "VERB", "class", "I_ACTION", _words(
        "try attempt seek ask order promise offer propose request demand urge agree allow permit "
        "approve authorize authorise refuse delay postpone avoid prevent cancel threaten vow pledge "
        "persuade force call decide plan schedule intend push press encourage invite accuse charge "
        "investigate examine study consider review appeal apply bid block ban "
        "command compel convince direct enable forbid guarantee help instruct lead manage "
        "nominate oblige oppose prohibit recommend require suggest support tempt train"),
        "the guidelines' I_ACTION: an intensional action that introduces an event argument",
        (("The union tried to block the sale.", "tried"),)),
    Lexicon("intensional_state_verbs", "VERB", "class", "I_STATE", _words(
        "want believe think expect hope fear need like love hate prefer wish doubt worry suspect "
        "assume anticipate predict know imagine trust desire regret mind dread envision foresee "
        "estimate figure guess reckon suppose"),
        "the guidelines' I_STATE: a state that refers to an alternative or possible world",
        (("Investors expect a cut in rates.", "expect"),)),
    Lexicon("state_verbs", "VERB", "class", "STATE", _words(
        "own have remain stay live exist contain belong include hold lack possess resemble seem "
        "appear cost weigh equal consist depend deserve matter mean owe represent total"),
        "the guidelines' STATE: a circumstance in which something obtains or holds true",
        (("The state owns the bank.", "owns"),)),
    Lexicon("intensional_action_nouns", "NOUN", "class", "I_ACTION", _words(
        "attempt effort bid plan proposal offer request demand order promise pledge call appeal "
        "investigation inquiry probe review decision agreement approval permission refusal ban"),
        "the guidelines' I_ACTION, nominal: an intensional action named by a noun",
        (("The union made an attempt to block the sale.", "attempt"),)),
    Lexicon("reporting_nouns", "NOUN", "class", "REPORTING", _words("statement announcement testimony remark"),
            "the guidelines' REPORTING, nominal",
            (("The announcement came late.", "announcement"),)),
    Lexicon("aspectual_nouns", "NOUN", "class", "ASPECTUAL", _words("beginning start end completion resumption halt"),
            "the guidelines' ASPECTUAL, nominal",
            (("The resumption of talks surprised them.", "resumption"),)),
    Lexicon("state_nouns", "NOUN", "class", "STATE", _words(
        "crisis shortage deficit recession peace unrest tension control custody possession debt "
        "stalemate slump boom"),
        "the guidelines' STATE, nominal: circumstances that hold for a time",
        (("The recession deepened.", "recession"),)),
    Lexicon("event_nouns", "NOUN", "events", None, _words(
        "talk visit attack war election meeting strike summit vote deal trial protest raid offensive "
        "ceasefire cease-fire truce crash storm fire speech interview conference launch release sale "
        "merger shooting battle campaign match game race rally death arrest capture invasion "
        "operation hearing ruling verdict tour fight fighting violence bombing explosion blast "
        "earthquake flood accident incident killing murder assassination coup revolution uprising "
        "riot clash conflict ambush siege assault massacre genocide war crime surgery treatment "
        "injury wound funeral wedding ceremony celebration festival concert show visit trip journey "
        "flight voyage mission bailout takeover buyout acquisition purchase deal loss gain rise "
        "fall drop decline increase decrease growth jump surge plunge slide rally recovery boost "
        "cut reduction hike spending payment loan sale sales trade trading earnings profit "
        "settlement lawsuit suit case charge conviction sentence appeal indictment prosecution "
        "scandal dispute debate discussion negotiation talks session vote referendum poll primary "
        "inauguration resignation dismissal firing hiring layoff closure opening collapse failure "
        "success victory defeat win loss return departure arrival withdrawal pullout deployment "
        "evacuation rescue search hunt escape release seizure kidnapping hostage standoff crackdown "
        "sanction embargo boycott shutdown outage leak breach hack crisis change move shift step "
        "action reaction response effort event incident occasion experience activity work job "
        "production output performance development"),
        "nouns that name happenings in news (TimeML tags such nouns as events)",
        (("The attack killed ten.", "attack"),)),
    Lexicon("not_event_nouns", "NOUN", "not_events", None, _words(
        "government department nation station position region percent moment question ministry "
        "administration committee commission organization organisation corporation institution "
        "population generation location information equipment environment management parliament "
        "agency component opinion union condition relation section portion material "
        "official individual national capital potential hospital animal signal journal terminal "
        "manual rival arsenal proportion version edition foundation association federation "
        "constitution tradition legislation sentiment document instrument apartment basement "
        "treasure figure culture future nature picture structure feature legislature "
        "measure procedure pressure agriculture adventure literature temperature expenditure "
        "insurance audience evidence influence science sequence licence "
        "license difference residence province balance substance distance allowance alliance "
        "allegiance appliance finance"),
        "deverbal-looking nouns that name things, places, people or institutions, not happenings",
        (("The government met.", "government"),)),
)

LEXICONS: tuple[Lexicon, ...] = DERIVED + HAND
EVENT_CLASSES: tuple[str, ...] = ("OCCURRENCE", "REPORTING", "PERCEPTION", "ASPECTUAL", "I_ACTION", "I_STATE", "STATE")
#: Suffixes of deverbal nouns ("invasion", "agreement", "resistance", "closure", "refusal").
DEVERBAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "al")


def _class_table() -> dict[tuple[str, str], str]:
    """(part of speech, lemma) -> class from the class lexicons, the first lexicon naming a lemma winning;
    two hand-written lexicons giving one lemma two classes is an error."""
    table: dict[tuple[str, str], str] = {}
    hand: dict[tuple[str, str], str] = {}
    for lex in LEXICONS:
        if lex.role != "class" or lex.event_class is None:
            continue
        for lemma in lex.lemmas:
            key = (lex.pos, lemma)
            if lex in HAND and hand.setdefault(key, lex.event_class) != lex.event_class:
                raise ValueError(f"{lemma!r} ({lex.pos}) is in two class lexicons: {hand[key]} and {lex.event_class}")
            table.setdefault(key, lex.event_class)
    return table


def _lemmas(role: str, pos: str) -> frozenset[str]:
    """Every lemma of the lexicons with ``role`` for ``pos``."""
    return frozenset(lemma for lex in LEXICONS if lex.role == role and lex.pos == pos for lemma in lex.lemmas)


CLASS_OF: dict[tuple[str, str], str] = _class_table()
SUPPORT_VERBS: frozenset[str] = _lemmas("support", "VERB")
NOT_EVENTS: dict[str, frozenset[str]] = {pos: _lemmas("not_events", pos) for pos in ("VERB", "NOUN", "ADJ")}
#: Nouns that name events: the event-noun lexicons and the nouns of the hand-written class lexicons (a
#: derived class lexicon only says which class a noun takes when it is an event).
EVENT_NOUNS: frozenset[str] = (_lemmas("events", "NOUN") | frozenset(
    lemma for lex in HAND if lex.role == "class" and lex.pos == "NOUN" for lemma in lex.lemmas)) - NOT_EVENTS["NOUN"]
