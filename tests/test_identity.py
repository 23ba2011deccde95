"""Corpus actor identity on invented names: who is joined across articles, who stays apart."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import identity, tables

Row = tuple[str, str, str, str]  # article_id, actor, type, aliases


def frame(rows: list[Row]) -> pd.DataFrame:
    """An ``actors`` table of the given rows."""
    return tables.from_rows([{"article_id": a, "actor": name, "type": kind, "n_mentions": 1, "aliases": aliases,
                              "first_sentence": 0} for a, name, kind, aliases in rows], "actors")


def groups(rows: list[Row]) -> set[frozenset[tuple[str, str]]]:
    """The corpus actors as sets of (article_id, actor)."""
    linked = identity.corpus_actors(frame(rows))
    return {frozenset(zip(g["article_id"], g["actor"])) for _, g in linked.groupby("actor_id")}


CASES = {
    "full name, surname and titled surname are one person": (
        [("a1", "Dora Trumbull", "PERSON", "Dora Trumbull"), ("a2", "Trumbull", "PERSON", "Trumbull"),
         ("a3", "Trumbull", "PERSON", "President Trumbull")],
        [{("a1", "Dora Trumbull"), ("a2", "Trumbull"), ("a3", "Trumbull")}]),
    "one surname, two people: the lone surname joins neither": (
        [("a1", "Hannah Baker", "PERSON", "Hannah Baker"), ("a2", "Hannah Bell", "PERSON", "Hannah Bell"),
         ("a3", "Hannah", "PERSON", "Hannah")],
        [{("a1", "Hannah Baker")}, {("a2", "Hannah Bell")}, {("a3", "Hannah")}]),
    "two people share a surname: the lone surname stays apart": (
        [("a1", "Anna Smith", "PERSON", ""), ("a2", "Tom Smith", "PERSON", ""), ("a3", "Smith", "PERSON", "Mr. Smith")],
        [{("a1", "Anna Smith")}, {("a2", "Tom Smith")}, {("a3", "Smith")}]),
    "its own article decides a shared surname": (
        [("a1", "Anna Smith", "PERSON", ""), ("a2", "Tom Smith", "PERSON", ""), ("a2", "Smith", "PERSON", "")],
        [{("a1", "Anna Smith")}, {("a2", "Tom Smith"), ("a2", "Smith")}]),
    "its own aliases decide a shared surname": (
        [("a1", "Emeka Okafor", "PERSON", ""), ("a2", "Ngozi Okafor", "PERSON", ""),
         ("a3", "Okafor", "PERSON", "Okafor; President Ngozi Okafor; the president")],
        [{("a1", "Emeka Okafor")}, {("a2", "Ngozi Okafor"), ("a3", "Okafor")}]),
    "a first name alone joins the one person of its article with it": (
        [("a1", "Lotte Brink", "PERSON", ""), ("a1", "Lotte", "PERSON", ""), ("a2", "Lotte", "PERSON", "")],
        [{("a1", "Lotte Brink"), ("a1", "Lotte")}, {("a2", "Lotte")}]),
    "middle initials, titles, accents and doubled letters do not tell people apart": (
        [("a1", "Marta K. Lind", "PERSON", ""), ("a2", "Dr. Marta Lind", "PERSON", ""),
         ("a3", "Márta Linnd", "PERSON", "")],
        [{("a1", "Marta K. Lind"), ("a2", "Dr. Marta Lind"), ("a3", "Márta Linnd")}]),
    "a shorter name joins the one longer name with its first and last word": (
        [("a1", "Juan Pablo Ortiz", "PERSON", ""), ("a2", "Juan Ortiz", "PERSON", "")],
        [{("a1", "Juan Pablo Ortiz"), ("a2", "Juan Ortiz")}]),
    "with two longer names it stays apart": (
        [("a1", "Juan Pablo Ortiz", "PERSON", ""), ("a2", "Juan Ortiz", "PERSON", ""),
         ("a3", "Juan Carlos Ortiz", "PERSON", "")],
        [{("a1", "Juan Pablo Ortiz")}, {("a2", "Juan Ortiz")}, {("a3", "Juan Carlos Ortiz")}]),
    "different first names with one surname stay apart": (
        [("a1", "Maria Lopez", "PERSON", ""), ("a2", "Mario Lopez", "PERSON", "")],
        [{("a1", "Maria Lopez")}, {("a2", "Mario Lopez")}]),
    "a place label on a person's full name is the person; an organisation keeps its own": (
        [("a1", "Ivo Halden", "PERSON", ""), ("a2", "Ivo Halden", "GPE", ""), ("a3", "Ivo Halden", "ORG", "")],
        [{("a1", "Ivo Halden"), ("a2", "Ivo Halden")}, {("a3", "Ivo Halden")}]),
    "a group label on the surname of the one person of its article is that person": (
        [("a1", "Ivo Halden", "PERSON", ""), ("a1", "Halden", "NORP", ""), ("a2", "Halden", "NORP", "")],
        [{("a1", "Ivo Halden"), ("a1", "Halden")}, {("a2", "Halden")}]),
    "organisations and places: equal names up to case and a leading 'the'": (
        [("a1", "Harbor Council", "ORG", ""), ("a2", "the Harbor Council", "ORG", ""),
         ("a3", "HARBOR COUNCIL", "ORG", ""), ("a3", "Harbor", "GPE", "")],
        [{("a1", "Harbor Council"), ("a2", "the Harbor Council"), ("a3", "HARBOR COUNCIL")}, {("a3", "Harbor")}]),
    "a company with and without its legal form is one actor; a lone legal form stays itself": (
        [("a1", "Brekkeby Tools Inc.", "ORG", ""), ("a2", "Brekkeby Tools", "ORG", ""),
         ("a3", "Brekkeby Tools Corp", "ORG", ""), ("a4", "Brekkeby", "ORG", ""), ("a5", "Co", "ORG", "")],
        [{("a1", "Brekkeby Tools Inc."), ("a2", "Brekkeby Tools"), ("a3", "Brekkeby Tools Corp")},
         {("a4", "Brekkeby")}, {("a5", "Co")}]),
}


@pytest.mark.parametrize("name", CASES)
def test_corpus_actor_groups(name: str) -> None:
    rows, expected = CASES[name]
    assert groups(rows) == {frozenset(g) for g in expected}


def all_rows() -> list[Row]:
    return [row for rows, _ in CASES.values() for row in rows]


def test_every_per_article_actor_is_kept_beside_its_corpus_actor() -> None:
    actors = frame([(f"{case}-{a}", name, kind, aliases) for case, (rows, _) in enumerate(CASES.values())
                    for a, name, kind, aliases in rows])
    linked = identity.corpus_actors(actors)
    assert tuple(linked.columns) == tables.COLUMNS["corpus_actors"]
    assert linked[["article_id", "actor", "type"]].values.tolist() == actors[["article_id", "actor", "type"]].values.tolist()
    assert linked["actor_id"].str.fullmatch(r"a[0-9a-f]{10}").all() and linked["link"].notna().all()


def test_corpus_actor_name_type_and_ids_are_deterministic() -> None:
    rows = [("a1", "Dora Trumbull", "PERSON", ""), ("a2", "Trumbull", "PERSON", ""), ("a3", "TRUMBULL", "NORP", ""),
            ("a3", "Dora Trumbull", "PERSON", ""), ("a4", "HARBOR COUNCIL", "ORG", ""), ("a5", "Harbor Council", "ORG", "")]
    linked = identity.corpus_actors(frame(rows)).set_index(["article_id", "actor"])
    shuffled = identity.corpus_actors(frame(rows[::-1])).set_index(["article_id", "actor"])
    pd.testing.assert_frame_equal(linked, shuffled.loc[linked.index])
    assert linked.loc[("a2", "Trumbull"), ["corpus_actor", "corpus_type", "link"]].tolist() == [
        "Dora Trumbull", "PERSON", "surname in corpus"]
    assert linked.loc[("a3", "TRUMBULL"), "corpus_actor"] == "Dora Trumbull"
    assert linked.loc[("a4", "HARBOR COUNCIL"), "corpus_actor"] == "Harbor Council"
    alone = identity.corpus_actors(frame(rows[:1]))
    assert alone["actor_id"].iloc[0] == linked.loc[("a1", "Dora Trumbull"), "actor_id"]


def test_no_actors_give_an_empty_table() -> None:
    assert tuple(identity.corpus_actors(tables.empty("actors")).columns) == tables.COLUMNS["corpus_actors"]


@pytest.mark.parametrize(("name", "key"), [
    ("President Vladimir V. Putin", ("vladimir", "putin")), ("Mr. O'Neill Jr.", ("o'neil",)),
    ("the Kremlin's", ("kremlin",)), ("Zoë Ångström", ("zoe", "angstrom")),
])
def test_name_key(name: str, key: tuple[str, ...]) -> None:
    assert identity.name_key(name, person=name != "the Kremlin's") == key
