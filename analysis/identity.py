"""Corpus actor identity: one ``actor_id`` across articles for the per-article actors.

Per article, ``analysis.actors`` already merges an actor's names, titles, descriptors and pronouns.
Here the per-article actors of a whole corpus are joined into corpus actors, row by row, by rules
that each have a reason in how news names people:

- Names are compared without titles and honorifics ("President", "Mr."), middle initials
  ("Vladimir V. Putin"), suffixes ("Jr."), a leading "the", possessive "'s", case, accents and
  punctuation: none of these tells two people apart. Person names are also compared with doubled
  letters written once, the commonest spelling variation of names ("Barnet"/"Barnett",
  "Mohamed"/"Mohammed", "Philip"/"Phillip").
- A person's name of two words or more is the person: equal names are one actor. A name whose
  first and last words are those of exactly one longer name in the corpus joins it ("Juan Gonzalez"
  and "Juan Miguel Gonzalez"); with two candidates it stays apart.
- A one-word person name (a surname, or a first name) is first resolved in its own article, where
  news introduces the full name before shortening it: its own aliases ("Castro" with "President
  Fidel Castro"), else the one person of its article whose full name ends (else starts) with it.
  Failing that, it joins the one full name in the corpus ending with it, when exactly one exists;
  otherwise it stays an actor of its own ("Hannah" with Hannah Baker and Hannah Green in the corpus
  joins neither). The same lone word in several articles is one actor.
- Other actors (organisations, places, groups) are one actor when their names are equal; an
  organisation's name is compared without its trailing legal form ("Acme Corp.", "Acme Inc." and
  "Acme" are one company: news gives the form once and drops it after). A place or
  group label on a person's full name ("Fidel Castro" tagged GPE), or a group label on the surname
  of the one person of its article who has it ("Slepian" tagged NORP), is a tagger error: the row
  joins that person.

``actor_id`` is ``a`` + 10 hex digits of the SHA-256 of the corpus actor's key, so an actor keeps its
id in any corpus in which the same rules join it. ``link`` names the rule that joined each row.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from . import tables
from .first_names import follow_links
from .vocabulary import LEGAL_FORMS, NAME_SUFFIXES, TITLE_WORDS

PERSON = "PERSON"
ORGANISATION = "ORG"
PERSON_NAMED_TYPES = frozenset({"GPE", "LOC", "NORP"})
SURNAME_TYPES = frozenset({"NORP"})
_WORD_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
_DOUBLED = re.compile(r"(\w)\1+")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)

Key = tuple[str, ...]
#: The columns of the ``actors`` table the rules read.
INPUT_COLUMNS: tuple[str, ...] = ("article_id", "actor", "type", "aliases")


def _plain(text: str) -> str:
    """``text`` without accents (NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words_of(name: str) -> list[str]:
    """Words of a name as written: possessive and edge punctuation dropped, accents removed."""
    words = [_WORD_EDGES.sub("", _POSSESSIVE.sub("", w)) for w in _plain(str(name)).split()]
    return [w for w in words if w]


def name_key(name: str, *, person: bool) -> Key:
    """The comparable words of a name, lower case: no leading "the"; for a person no titles,
    honorifics, initials or suffixes ("President Vladimir V. Putin" -> ("vladimir", "putin"))."""
    words = [w.lower().replace(".", "") for w in words_of(name)]
    while words and (words[0] == "the" or (person and words[0] in TITLE_WORDS)):
        words = words[1:]
    if person:
        words = [_DOUBLED.sub(r"\1", w) for w in words if len(w) > 1 and w not in NAME_SUFFIXES]
    return tuple(w for w in words if w)


def company_key(key: Key) -> Key:
    """An organisation's key without its trailing legal forms, while a word remains
    (("acme", "tools", "inc") -> ("acme", "tools"))."""
    while len(key) > 1 and key[-1] in LEGAL_FORMS:
        key = key[:-1]
    return key


def is_name(alias: str) -> bool:
    """True for an alias written as a name: every word capitalised ("President Fidel Castro"),
    not a descriptor ("the Cuban leader") or a pronoun."""
    words = words_of(alias)
    return bool(words) and all(w[:1].isupper() for w in words)


@dataclass(frozen=True)
class Row:
    """One per-article actor as the rules see it: its own key and the fullest name in its article."""

    article_id: str
    actor: str
    type: str
    key: Key
    full: Key


def fullest(actor: str, aliases: Iterable[str]) -> Key:
    """The longest name among a person's own name and name-like aliases that contains its own words."""
    own = name_key(actor, person=True)
    names = [name_key(a, person=True) for a in aliases if is_name(a)]
    fitting = [k for k in names if _contains(k, own)]
    longest = max((len(k) for k in fitting), default=0)
    candidates = {k for k in fitting if len(k) == longest}
    return candidates.pop() if longest > len(own) and len(candidates) == 1 else own


def _contains(longer: Key, shorter: Key) -> bool:
    """True when ``shorter``'s words appear in ``longer`` in order."""
    remaining = iter(longer)
    return bool(shorter) and all(word in remaining for word in shorter)


def _rows(actors: pd.DataFrame) -> list[Row]:
    """The rule view of every per-article actor row."""
    rows = []
    for article_id, actor, kind, aliases in zip(actors["article_id"], actors["actor"], actors["type"],
                                                actors["aliases"].fillna("")):
        person = kind == PERSON
        key = name_key(actor, person=person) or (str(actor).lower(),)
        if kind == ORGANISATION:
            key = company_key(key)
        full = fullest(actor, str(aliases).split("; ")) if person else key
        rows.append(Row(str(article_id), str(actor), str(kind), key, full or key))
    return rows


def longer_names(full_names: Iterable[Key]) -> dict[Key, Key]:
    """Map a full name to the one longer full name with its first and last word, when exactly one."""
    by_ends: dict[tuple[str, str], set[Key]] = defaultdict(set)
    for key in full_names:
        if len(key) >= 2:
            by_ends[key[0], key[-1]].add(key)
    mapping: dict[Key, Key] = {}
    for names in by_ends.values():
        for short in names:
            longer = _one({k for k in names if len(k) > len(short)})
            if longer is not None:
                mapping[short] = longer
    return {short: follow_links(mapping, short) for short in mapping}


def _one(candidates: set[Key]) -> Key | None:
    """The only candidate, else None."""
    return next(iter(candidates)) if len(candidates) == 1 else None


class _Resolver:
    """The corpus's person full names, by article and by last word, and the rules that use them."""

    def __init__(self, rows: Sequence[Row]) -> None:
        people = [r for r in rows if r.type == PERSON and len(r.full) >= 2]
        self.longer = longer_names(r.full for r in people)
        self.by_article: dict[str, set[Key]] = defaultdict(set)
        self.by_last: dict[str, set[Key]] = defaultdict(set)
        for r in people:
            full = self.final(r.full)
            self.by_article[r.article_id].add(full)
            self.by_last[full[-1]].add(full)

    def final(self, key: Key) -> Key:
        """A full name after joining the longer name it fits."""
        return self.longer.get(key, key)

    def in_article(self, row: Row, word: str) -> tuple[Key | None, str]:
        """The one full name of ``row``'s article ending with ``word``; when none ends with it, the
        one starting with it (a first name)."""
        names = self.by_article.get(row.article_id, set())
        ending = {k for k in names if k[-1] == word}
        if ending:
            return _one(ending), "surname in article"
        return _one({k for k in names if k[0] == word}), "first name in article"

    def resolve(self, row: Row) -> tuple[str, Key, str]:
        """(kind, key, link) of the corpus actor that ``row`` joins."""
        if row.type == PERSON:
            return self._person(row)
        as_person = name_key(row.actor, person=True)
        if row.type in PERSON_NAMED_TYPES and len(as_person) >= 2 and as_person in self.by_last.get(as_person[-1], ()):
            return "person", as_person, "person's name"
        if row.type in SURNAME_TYPES and len(as_person) == 1:
            found, _ = self.in_article(row, as_person[0])
            if found is not None and found[-1] == as_person[0]:
                return "person", found, "surname in article"
        return "name", row.key, "same name"

    def _person(self, row: Row) -> tuple[str, Key, str]:
        if len(row.full) >= 2:
            final = self.final(row.full)
            link = "longer name" if final != row.full else ("own aliases" if row.full != row.key else "same name")
            return "person", final, link
        word = row.full[0]
        found, link = self.in_article(row, word)
        if found is not None:
            return "person", found, link
        found = _one(self.by_last.get(word, set()))
        if found is not None:
            return "person", found, "surname in corpus"
        return "person", row.full, "own name"


def actor_id(kind: str, key: Key) -> str:
    """Deterministic id of a corpus actor: ``a`` + 10 hex digits of its key's SHA-256."""
    return "a" + hashlib.sha256(f"{kind}:{' '.join(key)}".encode()).hexdigest()[:10]


def _most_common(counts: Counter[str]) -> str:
    """The most frequent value, preferring forms not in capitals (datelines: "BONN") and capitalised
    ones ("Gulf" to "gulf"); ties go to the longer, then the alphabetically first."""
    return min(counts, key=lambda value: (value.isupper(), not value[:1].isupper(), -counts[value], -len(value), value))


def _names_and_types(rows: Sequence[Row], resolved: Sequence[tuple[str, Key, str]],
                     ids: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each corpus actor's name (its members' most frequent name among those spelling its whole key,
    else among all) and type (PERSON for a person, else its members' most frequent type)."""
    exact: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    people: set[str] = set()
    for row, (kind, key, _), ident in zip(rows, resolved, ids):
        names[ident][row.actor] += 1
        if row.key == key:
            exact[ident][row.actor] += 1
        kinds[ident][row.type] += 1
        if kind == "person":
            people.add(ident)
    return ({ident: _most_common(exact.get(ident) or counts) for ident, counts in names.items()},
            {ident: PERSON if ident in people else _most_common(counts) for ident, counts in kinds.items()})


def corpus_actors(actors: pd.DataFrame) -> pd.DataFrame:
    """The ``corpus_actors`` table: every per-article actor beside the corpus actor it joins."""
    if actors.empty:
        return tables.empty("corpus_actors")
    rows = _rows(actors)
    resolver = _Resolver(rows)
    resolved = [resolver.resolve(r) for r in rows]
    ids = [actor_id(kind, key) for kind, key, _ in resolved]
    names, types = _names_and_types(rows, resolved, ids)
    return tables.conform(pd.DataFrame({
        "article_id": [r.article_id for r in rows], "actor": [r.actor for r in rows],
        "type": [r.type for r in rows], "actor_id": ids, "corpus_actor": [names[i] for i in ids],
        "corpus_type": [types[i] for i in ids], "link": [link for _, _, link in resolved],
    }), "corpus_actors")
