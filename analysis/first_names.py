"""First names that are the same name: a nickname and its formal name ("Marty" and "Martin").

The relations come from the ``nicknames`` package (a maintained table of 2,692 English
given-name relations, such as "robert has_nickname bob"). ``formal_keys`` maps one article's
person keys (first name, last name) so that a nickname key joins the one formal key of the same
last name: "Marty Ackerman" and "Martin Ackerman" are one actor, "Bob Dole" and "Robert Dole" too.
Two formal names that a nickname could stand for ("Chris" beside "Christopher" and "Christine")
leave it alone, and so do people of different last names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

from nicknames import NickNamer

Key = tuple[str, str]
K = TypeVar("K")


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    """Return the package's nickname table, loaded once."""
    return NickNamer()


def formal_names(first: str) -> frozenset[str]:
    """Return the lower-case formal names of which ``first`` is a nickname ("bob" -> robert, ...)."""
    return frozenset(_namer().canonicals_of(first))


def _is_formal_of(formal: str, first: str) -> bool:
    """True if ``first`` is a nickname of ``formal``; of two names listed as nicknames of each
    other ("bill" and "robert" both ways), the longer is the formal one."""
    if formal == first or formal not in formal_names(first):
        return False
    return first not in formal_names(formal) or (len(formal), formal) > (len(first), first)


def formal_keys(keys: Iterable[Key]) -> dict[Key, Key]:
    """Map each (first, last) key whose first name is a nickname of exactly one other key's first
    name with the same last name to that key; other keys are left out of the mapping."""
    by_last: dict[str, set[str]] = {}
    for first, last in keys:
        by_last.setdefault(last, set()).add(first)
    mapping: dict[Key, Key] = {}
    for last, firsts in by_last.items():
        for first in firsts:
            formal = [name for name in firsts if _is_formal_of(name, first)]
            if len(formal) == 1:
                mapping[(first, last)] = (formal[0], last)
    return {key: follow_links(mapping, key) for key in mapping}


def follow_links(mapping: Mapping[K, K], key: K) -> K:
    """Follow ``mapping`` from ``key`` to a name that maps no further (a cycle stops where it closes):
    a nickname to its formal name here, a short name to its longest form in ``analysis.identity``."""
    seen = {key}
    while key in mapping and mapping[key] not in seen:
        key = mapping[key]
        seen.add(key)
    return key
