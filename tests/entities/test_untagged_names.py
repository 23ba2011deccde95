"""Tests for analysis.entities.untagged_names: names the model left untagged."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.nlp import parse_one

from .corrected import model_tags, spans_by_text, spans_in_order


def test_a_name_introduced_in_full_then_used_alone_is_a_person(nlp: Language) -> None:
    """The model tags nothing in "Connor Brasseur reached ..." and tags the lone "Brasseur" ORG."""
    text = ("EDMONTON — Connor Brasseur reached 500 career points as the Oilers won on Saturday.\n\n"
            "\"He is the best,\" the coach said of Brasseur.")
    assert not any("Connor" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    assert model_tags(nlp, text, "Brasseur", "ORG"), "the model no longer tags the case"
    assert {(t, s.label) for t, s in spans_in_order(nlp, text) if "Brasseur" in t} == {
        ("Connor Brasseur", "PERSON"), ("Brasseur", "PERSON")}


def test_a_word_used_alone_that_is_an_english_word_makes_no_introduced_name(nlp: Language) -> None:
    """"Grace Church" then "the Church": a common word is no last name."""
    text = "Grace Church opened its doors on Sunday. The Church said it would stay open."
    assert not any(s.label == "PERSON" for _, s in spans_in_order(nlp, text))


def test_an_untagged_name_after_a_title_is_a_person(nlp: Language) -> None:
    """The model tags nothing in "Ontario NDP MPP Marit Stiles accused ..." inside this paragraph;
    a title and a known first name make the name a person."""
    text = ("Crombie said Ford was wasting money.\n\nOntario NDP MPP Marit Stiles accused the premier "
            "of ignoring the housing crisis.")
    assert not any("Stiles" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    spans = spans_by_text(nlp, text)
    assert "MPP Marit Stiles" in spans and spans["MPP Marit Stiles"].label == "PERSON", spans


def test_an_untagged_name_after_an_abbreviated_title_is_a_person(nlp: Language) -> None:
    """An abbreviated title ("Coun.", which the model tags ORG here) stands only before a name, so
    the name need not start with a known first name."""
    text = "Coun. Amber Morley, who represents the ward, said residents were shaken."
    assert not any("Morley" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    spans = spans_by_text(nlp, text)
    assert "Coun. Amber Morley" in spans and spans["Coun. Amber Morley"].label == "PERSON", spans


@pytest.mark.parametrize(
    "text",
    [
        "Prices keep climbing.\n\nMarguerite Thibodeau, a professor at the university, said costs would ease.",
        "Prices keep climbing.\n\nSylvain Charlebois, director of a food lab, said costs would ease by spring.",
    ],
)
def test_an_untagged_name_with_a_role_in_apposition_is_a_person(nlp: Language, text: str) -> None:
    """A known first name and a last name, then ", a professor ..." or ", director of ...": the
    role in apposition makes the untagged name a person."""
    name = text.split("\n\n")[1].split(",")[0]
    assert not any(name in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    spans = spans_by_text(nlp, text)
    assert name in spans and spans[name].label == "PERSON", spans


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Chief Tomas Delorme of the river council said the water was unsafe. Delorme said Ottawa must act.",
         "Delorme"),
        ("Aputi Kilabuk leads the hunters' association. Kilabuk said the ice came late this year.", "Kilabuk"),
    ],
)
def test_an_untagged_last_name_of_a_person_named_in_full_is_a_person(nlp: Language, text: str,
                                                                     surname: str) -> None:
    """News refers to a person by last name after the full name; the model may tag nothing there."""
    doc = parse_one(text, nlp=nlp)
    assert not any(e.text == surname for e in doc.ents), "the model now tags the case"
    spans = spans_by_text(nlp, text)
    assert surname in spans and spans[surname].label == "PERSON", spans


def test_an_untagged_name_given_with_an_age_is_a_person(nlp: Language) -> None:
    text = ("A 45-year-old man has been charged after a crash on Sunday.\n\nRajinder Sandhu, 45, of "
            "Mississauga, was arrested at the scene, police said.")
    assert not any("Sandhu" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    assert spans_by_text(nlp, text)["Rajinder Sandhu"].label == "PERSON"
