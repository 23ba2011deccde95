"""Descriptors and pronouns resolved to person actors (a small, rule-based coreference).

Input: the name and country links of ``analysis.actors``. Output: extra links, label ``PERSON``.

Role profiles. Every person actor gets a profile of role classes (leader, military, minister,
legislator, official, ...), role words (president, general, prime minister, ...) and countries,
gathered from the titles in or right before its names ("President" -> leader/president, "Gen." ->
military/general, "Secretary of State Madeleine Albright" -> minister/secretary), from descriptors
in apposition ("Russia's president, Vladimir V. Putin" -> leader/president, Russia) and from "X of
<country>" ("President Volodymyr Zelensky of Ukraine").

Descriptors (``kind="descriptor"``). A singular role noun (president, leader, commander, officer,
minister, spokesman, ...) outside any entity heads a descriptor phrase, from the phrase's left
edge to the noun ("Ukraine's top military commander"). In apposition with a person name (either
order, by the parse or by the pattern "<phrase>, <name>") the phrase is a mention of that person.
A later definite phrase ("the Russian leader", "Ukraine's president") is resolved to a person
mentioned in an earlier sentence (a person in the same sentence is another participant: "Prime
Minister Keir Starmer met the king") whose profile fits: a country in the phrase must be in the
profile, the role class must not conflict with a known one, and something must match. Scores:
same role word 3 ("the president" / "President Trump"), same role class 2 ("the Russian leader"
/ "Russia's president"), plus 1 for the country; the best score wins, then the most recently
mentioned person. An unresolved phrase is not a mention.

Pronouns (``kind="pronoun"``). he, him, his, himself, she, her, hers and herself outside quotation
marks are resolved among the person mentions whose gender fits (a person's gender comes from a
title before one of its names, "Mrs." / "Mr." / "Sir", else from the first name of its fullest name
in gender-guesser's dictionary when it is sure or mostly sure, else from the first pronoun
resolved to it; unknown fits both; a name the dictionary is only mostly sure of yields to the
first pronoun whose sentence names that person alone: "Justice Shawn Greenberg ruled as she
spoke") to:
1. the most recent person mention earlier in the same sentence, preferring grammatical subjects;
2. else the nearest of the three previous sentences holding a person mention, taking its subject
   mention (a subject, or the name in apposition to a subject), else its first person mention,
   unless a main clause after it has an unnamed person as its subject ("Berg's lawyer said ...",
   "A police officer said ...": a "he" after it continues that person, so it stays unresolved;
   ``_unnamed_subject_after``); sentences inside quotation marks (curly,
   straight, or the wire's ``…'' and ''…'') are not counted among the three.
A mention inside quotation marks is no candidate: a name in a quote is the speaker's word about
someone else ("'I love Larry,' he said": "he" is not Larry). A pronoun is left unresolved when an
unnamed singular person noun ("a 22-year-old British man who ...", "an official") outside quotation
marks stands between the candidate and the pronoun in the pronoun's sentence, as it is then the
likelier antecedent. Pronouns inside quotes speak of others than the speaker's
antecedents and are left out, as are first- and second-person pronouns.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import gender_guesser.detector as gender_detector
from spacy.tokens import Doc, Token

from .marks import doc_marks
from .nlp import sentence_of, token_ids
from .vocabulary import ENTOURAGE_NOUNS, FEMALE_TITLES, MALE_TITLES, SUBJECT_DEPS, TITLE_ABBREVIATIONS

ROLE_CLASSES: dict[str, str] = {
    **dict.fromkeys(("president", "leader", "premier", "chancellor", "ruler", "dictator", "strongman",
                     "autocrat"), "leader"),
    **dict.fromkeys(("king", "queen", "monarch", "emperor", "empress", "sultan", "emir", "prince",
                     "princess", "sovereign"), "monarch"),
    **dict.fromkeys(("commander", "general", "officer", "admiral", "colonel", "marshal",
                     "lieutenant", "major", "captain", "sergeant"), "military"),
    **dict.fromkeys(("minister", "secretary", "diplomat", "envoy", "ambassador"), "minister"),
    **dict.fromkeys(("senator", "lawmaker", "congressman", "congresswoman", "legislator",
                     "representative", "speaker"), "legislator"),
    **dict.fromkeys(("spokesman", "spokeswoman", "spokesperson"), "spokesperson"),
    **dict.fromkeys(("official", "aide", "adviser", "advisor"), "official"),
    **dict.fromkeys(("judge", "justice", "prosecutor"), "judge"),
    **dict.fromkeys(("mayor", "governor"), "mayor"),
}
TITLE_CLASSES: dict[str, str] = {
    **dict.fromkeys(("president", "premier", "chancellor", "prime"), "leader"),
    **dict.fromkeys(("king", "queen", "emperor", "empress", "sultan", "emir", "prince", "princess"), "monarch"),
    **dict.fromkeys(("gen", "general", "adm", "admiral", "col", "colonel", "lt", "lieutenant",
                     "maj", "major", "capt", "captain", "marshal", "cmdr", "commander", "sgt",
                     "sergeant"), "military"),
    **dict.fromkeys(("minister", "secretary", "ambassador"), "minister"),
    **dict.fromkeys(("sen", "senator", "rep", "representative", "speaker"), "legislator"),
    **dict.fromkeys(("gov", "governor", "mayor"), "mayor"),
    **dict.fromkeys(("judge", "justice"), "judge"),
}
PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
PRONOUN_GENDERS: dict[str, str] = {**dict.fromkeys(("he", "him", "his", "himself"), "male"),
                                   **dict.fromkeys(("she", "her", "hers", "herself"), "female")}
NAME_GENDERS = frozenset({"male", "female", "mostly_male", "mostly_female"})
#: gender-guesser's countries whose usage English-language news follows when a name's gender
#: differs by country.
ENGLISH_NAME_COUNTRIES = ("usa", "great_britain")
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "person", "child", "soldier", "volunteer", "citizen",
    "resident", "victim", "journalist", "reporter", "father", "mother", "son", "daughter",
    "husband", "wife", "friend", "witness", "suspect", "prisoner", "fighter", "mercenary",
})
LOOKBACK_SENTENCES = 3
#: Nouns for one person, also one someone has ("a police officer", "Berg's lawyer", "Elian's
#: father"), not a group ("his campaign").
UNNAMED_PERSON_NOUNS = PERSON_NOUNS | (ENTOURAGE_NOUNS - {"family", "staff", "team", "office", "campaign"})


@dataclass(frozen=True)
class Linked:
    """A mention on tokens ``start``..``end`` (end-exclusive), linked to ``actor``."""

    start: int
    end: int
    label: str
    actor: str
    kind: str


@dataclass(frozen=True)
class _Profile:
    """Role classes, role words and countries known for one person actor."""

    roles: frozenset[str]
    words: frozenset[str]
    countries: frozenset[str]


def role_class(token: Token) -> str | None:
    """Return the role class of a role noun ("president" -> leader; "prime minister" -> leader)."""
    lemma = token.lemma_.lower()
    if lemma == "minister" and any(c.lower_ == "prime" for c in token.children):
        return "leader"
    return ROLE_CLASSES.get(lemma)


def _is_person(link: Linked) -> bool:
    """Return True for a link that names or describes a person (not "the X administration")."""
    return link.label == "PERSON" and link.kind in ("name", "descriptor", "pronoun")


def _phrase_start(token: Token) -> int:
    """Return the first token of the descriptor phrase headed by ``token`` (after any comma)."""
    start = token.left_edge.i
    commas = [t.i for t in token.doc[start:token.i] if t.is_punct]
    start = commas[-1] + 1 if commas else start
    while start < token.i and token.doc[start].dep_ in ("advmod", "cc", "prep"):
        start += 1
    return start


def _phrase_country(token: Token, country_at: dict[int, str]) -> str | None:
    """Return the country named inside a descriptor phrase ("Russia's", "Russian", "of Ukraine")."""
    for i in range(_phrase_start(token), token.i):
        if i in country_at:
            return country_at[i]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found = [country_at[t.i] for t in child.subtree if t.i in country_at]
            if found:
                return found[0]
    return None


def _apposed_person(token: Token, person_at: dict[int, Linked]) -> Linked | None:
    """Return the person name in apposition with a role noun (by the parse, or "<noun>, <name>")."""
    for child in token.children:
        if child.dep_ == "appos" and child.i in person_at:
            return person_at[child.i]
    if token.dep_ == "appos" and token.head.i in person_at:
        return person_at[token.head.i]
    doc, after = token.doc, token.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and after + 1 in person_at:
        link = person_at[after + 1]
        return link if link.start == after + 1 else None
    return None


def _role_nouns(doc: Doc, links: list[Linked]) -> list[Token]:
    """Return singular role nouns outside every link, in text order."""
    covered = {i for link in links for i in range(link.start, link.end)}
    return [doc[i] for i in token_ids(doc, "TAG", ["NN"]) if i not in covered and role_class(doc[i])]


def role_word(token: Token) -> str:
    """Return the role a noun names, as a word ("presidents" -> president, prime minister)."""
    lemma = token.lemma_.lower()
    if lemma == "minister" and any(c.lower_ == "prime" for c in token.children):
        return "prime minister"
    return lemma


def _title_roles(doc: Doc, link: Linked) -> tuple[set[str], set[str]]:
    """Return (role classes, role words) of the titles before a name ("Gen." -> military), in the
    mention or right before it ("Secretary of State Madeleine Albright": secretary)."""
    words = [TITLE_ABBREVIATIONS.get(word, word) for token in _titles_before(doc, link.start)
             if (word := token.text.rstrip(".").lower()) in TITLE_CLASSES]
    for token in doc[link.start:link.end]:
        word = token.text.rstrip(".").lower()
        if word not in TITLE_CLASSES or not token.text[:1].isupper():
            break
        words.append(TITLE_ABBREVIATIONS.get(word, word))
    if "prime" in words:
        return {"leader"}, {"prime minister"}
    return {TITLE_CLASSES[word] for word in words}, set(words)


def _titles_before(doc: Doc, start: int, *, widest: int = 4) -> list[Token]:
    """The capitalised words (with "of" between them) right before a name at ``start``, up to
    ``widest`` tokens back, in its sentence: the title run of "Secretary of State Madeleine Albright"."""
    sentence_start = sentence_of(doc, start).start
    run: list[Token] = []
    for token in reversed(doc[max(sentence_start, start - widest):start]):
        if not (token.text[:1].isupper() or token.lower_ == "of"):
            break
        run.append(token)
    return run[::-1]


def _profiles(doc: Doc, links: list[Linked], country_at: dict[int, str]
              ) -> dict[str, _Profile]:
    """Return the role profile of every person actor from titles, appositions and "of <country>"."""
    roles: dict[str, set[str]] = defaultdict(set)
    words: dict[str, set[str]] = defaultdict(set)
    nations: dict[str, set[str]] = defaultdict(set)
    for link in filter(_is_person, links):
        classes, titles = _title_roles(doc, link)
        roles[link.actor] |= classes
        words[link.actor] |= titles
        if link.kind == "descriptor":
            head = doc[link.end - 1]
            roles[link.actor].add(role_class(head) or "")
            words[link.actor].add(role_word(head))
            nations[link.actor].add(_phrase_country(head, country_at) or "")
        elif link.end + 1 in country_at and doc[link.end].lower_ == "of":
            nations[link.actor].add(country_at[link.end + 1])
    return {actor: _Profile(frozenset(roles[actor] - {""}), frozenset(words[actor]),
                            frozenset(nations[actor] - {""}))
            for actor in set(roles) | set(nations)}


def _score(profile: _Profile, token: Token, country: str | None) -> int | None:
    """Return how well a profile fits the descriptor headed by ``token`` (None on a conflict)."""
    role = role_class(token)
    if country and country not in profile.countries:
        return None
    if role and profile.roles and role not in profile.roles:
        return None
    score = 3 if role_word(token) in profile.words else 2 if role in profile.roles else 0
    return (score + bool(country)) or None


def _appositive_descriptors(doc: Doc, links: list[Linked]) -> list[Linked]:
    """Return the descriptor phrases in apposition with a person name."""
    person_at = {i: link for link in links if _is_person(link) for i in range(link.start, link.end)}
    found = []
    for token in _role_nouns(doc, links):
        person = _apposed_person(token, person_at)
        if person is not None:
            found.append(Linked(_phrase_start(token), token.i + 1, "PERSON", person.actor,
                                "descriptor"))
    return found


def _definite(token: Token, country_at: dict[int, str]) -> bool:
    """Return True for "the <noun>" or "<country>'s <noun>"."""
    return any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.i in country_at)
               for c in token.children)


def _resolve_descriptor(token: Token, persons: list[Linked], profiles: dict[str, _Profile],
                        country_at: dict[int, str]) -> str | None:
    """Return the person a definite descriptor refers to, or None (see module docstring)."""
    start, empty = sentence_of(token.doc, token.i).start, _Profile(frozenset(), frozenset(), frozenset())
    country = _phrase_country(token, country_at)
    last_seen: dict[str, int] = {}
    for link in persons:
        if link.end <= start:
            last_seen[link.actor] = max(link.start, last_seen.get(link.actor, -1))
    scored = [(score, position, actor) for actor, position in last_seen.items()
              if (score := _score(profiles.get(actor, empty), token, country))]
    return max(scored)[2] if scored else None


def _definite_descriptors(doc: Doc, links: list[Linked], country_at: dict[int, str]
                          ) -> list[Linked]:
    """Return definite role phrases ("the Russian leader") resolved to earlier persons."""
    profiles = _profiles(doc, links, country_at)
    persons = sorted(filter(_is_person, links), key=lambda link: link.start)
    found = []
    for token in _role_nouns(doc, links):
        if not _definite(token, country_at):
            continue
        actor = _resolve_descriptor(token, persons, profiles, country_at)
        if actor is not None:
            found.append(Linked(_phrase_start(token), token.i + 1, "PERSON", actor, "descriptor"))
    return found


def _quoted(doc: Doc, idx: int) -> bool:
    """True when character ``idx`` of the Doc lies inside a pair of quotation marks, as the quotes
    pair them (``analysis.marks``: curly, straight and the wire's doubled marks; a quote left open
    runs to its paragraph's end)."""
    return doc_marks(doc).quoted(idx)


def _narrated(first: Token) -> bool:
    """True for a sentence (by its first token) whose first word is outside quotation marks: the
    sentences of a quotation do not count towards a pronoun's look-back."""
    words = [t for t in sentence_of(first.doc, first.i) if t.is_alpha]
    return bool(words) and not _quoted(first.doc, words[0].idx)


def _is_subject(doc: Doc, link: Linked) -> bool:
    """Return True when a mention is a subject, or a name in apposition to a subject."""
    root = doc[link.start:link.end].root
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)


def _blocked(doc: Doc, start: int, pronoun: Token, covered: set[int]) -> bool:
    """Return True when an unnamed singular person noun outside quotation marks lies between
    ``start`` and the pronoun (a quoted "officer" is the speaker's word, not the narrative's)."""
    for token in doc[start:pronoun.i]:
        if token.tag_ != "NN" or token.i in covered or _quoted(doc, token.idx):
            continue
        who = any(c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose")
                  for c in token.children)
        if who or token.lemma_.lower() in PERSON_NOUNS or role_class(token):
            return True
    return False


def _antecedent(doc: Doc, pronoun: Token, persons: list[Linked], covered: set[int]
                ) -> Linked | None:
    """Return the mention a third-person pronoun refers to (see module docstring), or None;
    ``persons`` holds only the mentions whose gender fits the pronoun."""
    sent = sentence_of(doc, pronoun.i)
    same = _earlier_in_sentence(doc, pronoun, persons)
    if same:
        subjects = [p for p in same if _is_subject(doc, p)]
        chosen = (subjects or same)[-1]
        return None if _blocked(doc, chosen.end, pronoun, covered) else chosen
    if _blocked(doc, sent.start, pronoun, covered):
        return None
    earlier = [p for p in persons if p.end <= sent.start]
    if not earlier:
        return None
    nearest = max(sentence_of(doc, p.start).start for p in earlier)
    if sum(1 for t in doc[nearest:sent.start] if t.is_sent_start and _narrated(t)) > LOOKBACK_SENTENCES:
        return None
    candidates = [p for p in earlier if sentence_of(doc, p.start).start == nearest]
    subjects = [p for p in candidates if _is_subject(doc, p)]
    chosen = (subjects or candidates)[0]
    return None if _unnamed_subject_after(doc, chosen.end, sent.start, pronoun, covered) else chosen


def _unnamed_subject_after(doc: Doc, start: int, end: int, pronoun: Token, covered: set[int]) -> bool:
    """True when a main clause from ``start`` (the candidate's end) to ``end`` (the pronoun's
    sentence) has as its subject an unnamed singular person of the pronoun's gender or of none
    (``UNNAMED_PERSON_NOUNS`` or a role noun): the pronoun continues that person, who has no name
    here ("Ana Ruiz visited. A police officer said ... He added": the officer; "Berg's lawyer
    criticized the police. He said ...": the lawyer, not Berg)."""
    other = FEMALE_TITLES if PRONOUN_GENDERS[pronoun.lower_] == "male" else MALE_TITLES
    return any(t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and t.tag_ == "NN" and t.i not in covered
               and not _quoted(doc, t.idx) and t.lemma_.lower() not in other
               and (t.lemma_.lower() in UNNAMED_PERSON_NOUNS or role_class(t) is not None)
               for t in doc[start:end])


@lru_cache(maxsize=1)
def _name_detector() -> gender_detector.Detector:
    """gender-guesser's first-name dictionary, loaded once."""
    return gender_detector.Detector(case_sensitive=False)


def first_name_gender(name: str) -> str | None:
    """``male``/``female`` for a first name the dictionary is sure or mostly sure of, else None;
    None too when English-speaking countries give the name the other gender ("Jan", "Dani",
    "Jean": male across Europe, mostly female in the United States: ``ENGLISH_NAME_COUNTRIES``). A
    hyphenated name it does not list goes by its parts ("Marie-Ève" by "Marie", "Jean-François" by
    "François")."""
    if "-" in name and _name_detector().get_gender(name) == "unknown":
        genders = {_one_name_gender(part) for part in name.split("-")} - {None}
        return genders.pop() if len(genders) == 1 else None
    return _one_name_gender(name)


def _one_name_gender(name: str) -> str | None:
    """The gender of one first name by the rule of ``first_name_gender``."""
    guess = _name_detector().get_gender(name)
    if guess not in NAME_GENDERS:
        return None
    gender = guess.removeprefix("mostly_")
    other = "female" if gender == "male" else "male"
    local = {_name_detector().get_gender(name, country) for country in ENGLISH_NAME_COUNTRIES}
    return None if local & {other, f"mostly_{other}"} else gender


def first_name_known(name: str) -> bool:
    """True for a word gender-guesser lists as a first name of any gender."""
    return _name_detector().get_gender(name) != "unknown"


def first_name_sure(name: str) -> bool:
    """True for a word gender-guesser lists as a first name of one gender only ("Amanda", not
    "Morgan", "Dallas" or "San", which it lists as mostly one gender or as either)."""
    return _name_detector().get_gender(name) in ("male", "female")


def _title_gender(doc: Doc, link: Linked) -> str | None:
    """The gender a title before a name tells ("Mrs." -> female), else None."""
    for token in doc[max(link.start - 1, 0):link.end]:
        word = token.text.rstrip(".").lower()
        if word in MALE_TITLES or word in FEMALE_TITLES:
            return "male" if word in MALE_TITLES else "female"
    return None


def _genders(doc: Doc, persons: list[Linked]) -> tuple[dict[str, str], set[str]]:
    """Gender per person actor, from titles, else from the first name of its fullest name; and the
    actors whose gender comes from a name the dictionary is only mostly sure of ("Shawn")."""
    genders: dict[str, str] = {}
    for link in persons:
        if (gender := _title_gender(doc, link)) is not None:
            genders.setdefault(link.actor, gender)
    soft = set()
    for actor in {p.actor for p in persons} - set(genders):
        words = actor.split()
        if len(words) > 1 and (gender := first_name_gender(words[0])) is not None:
            genders[actor] = gender
            if _name_detector().get_gender(words[0]).startswith("mostly_"):
                soft.add(actor)
    return genders, soft


def _earlier_in_sentence(doc: Doc, pronoun: Token, persons: list[Linked]) -> list[Linked]:
    """The person mentions before a pronoun in its sentence."""
    sent = sentence_of(doc, pronoun.i)
    return [p for p in persons if sent.start <= p.start and p.end <= pronoun.i]


def _sole_person(doc: Doc, pronoun: Token, persons: list[Linked]) -> Linked | None:
    """The one person mentioned earlier in a pronoun's sentence, when there is exactly one."""
    same = _earlier_in_sentence(doc, pronoun, persons)
    return same[-1] if same and len({p.actor for p in same}) == 1 else None


def _pronouns(doc: Doc, links: list[Linked]) -> list[Linked]:
    """Return third-person pronouns outside quotations resolved to person actors, whose mentions
    outside quotation marks are the candidates (module docstring)."""
    persons = sorted((link for link in links if _is_person(link) and not _quoted(doc, doc[link.start].idx)),
                     key=lambda link: link.start)
    covered = {i for link in links for i in range(link.start, link.end)}
    found = []
    genders, soft = _genders(doc, persons)
    tagged = set(token_ids(doc, "TAG", ["PRP", "PRP$"]))
    for token in (doc[i] for i in token_ids(doc, "LOWER", PRONOUNS) if i in tagged):
        if _quoted(doc, token.idx):
            continue
        gender = PRONOUN_GENDERS[token.lower_]
        fitting = [p for p in persons if genders.get(p.actor, gender) == gender]
        antecedent = _antecedent(doc, token, fitting, covered)
        if antecedent is None and (sole := _sole_person(doc, token, persons)) is not None and sole.actor in soft:
            antecedent = sole
            genders[sole.actor] = gender
        if antecedent is None:
            continue
        soft.discard(antecedent.actor)
        genders.setdefault(antecedent.actor, gender)
        link = Linked(token.i, token.i + 1, "PERSON", antecedent.actor, "pronoun")
        found.append(link)
        persons = sorted([*persons, link], key=lambda p: p.start)
    return found


def resolve_descriptors_and_pronouns(doc: Doc, links: list[Linked]) -> list[Linked]:
    """Return descriptor and pronoun links for the persons among ``links`` (names and countries)."""
    country_at = {i: link.actor for link in links if link.kind == "country"
                  for i in range(link.start, link.end)}
    descriptors = _appositive_descriptors(doc, links)
    descriptors += _definite_descriptors(doc, links + descriptors, country_at)
    return descriptors + _pronouns(doc, links + descriptors)
