"""Tests for analysis.entities.widening: titles, particles, given names and split names joined to a person's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.nlp import parse_one

from .corrected import model_tags, spans_by_text


@pytest.mark.parametrize(
    ("text", "widened"),
    [
        ("Mr. Putin praised the troops.", "Mr. Putin"),
        ("He appeared with Gen. Valery V. Gerasimov.", "Gen. Valery V. Gerasimov"),
        ("Prime Minister Keir Starmer met the king.", "Prime Minister Keir Starmer"),
        ("The talks angered President Trump.", "President Trump"),
        # police ranks, the full stop the tokenizer splits off, and a rank alone tagged PERSON
        ("Insp. Ryan Cheung said the investigation was continuing.", "Insp. Ryan Cheung"),
        ("Staff Sgt. Paul Gagnon said no arrests were made.", "Sgt. Paul Gagnon"),
        ("White House Chief of Staff John Sununu flew in.", "John Sununu"),
        # an abbreviated rank the model tags apart (ORG, GPE) before another rank
        ("Det. Sgt. Terry Browne of the homicide unit said he was targeted.", "Det. Sgt. Terry Browne"),
        ("Lt. Col. Maria Kessler and Cpl. John Roe were injured.", "Lt. Col. Maria Kessler"),
        ("Det. Const. Sarah Lee said.", "Det. Const. Sarah Lee"),
    ],
)
def test_titles_are_joined_to_person_names(nlp: Language, text: str, widened: str) -> None:
    spans = spans_by_text(nlp, text)
    assert spans[widened].label == "PERSON" and not any(t in spans for t in ("Det.", "Lt.", "Det", "Lt"))


def test_first_names_and_the_one_word_span_after_them_are_one_person(nlp: Language) -> None:
    """The model splits "Marc-André Leclerc" into "Marc-André" PERSON and "Leclerc" ORG."""
    text = "Neither did Marc-André Leclerc or Jacques de Montigny."
    assert model_tags(nlp, text, "Leclerc", "ORG"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Marc-André Leclerc"].label == "PERSON"


def test_an_untagged_given_name_joins_the_name_after_it(nlp: Language) -> None:
    """The model tags "Singh Gill" of "Gurdev Singh Gill"; "Gurdev" is no English word and a part of
    the name by the parse."""
    text = "Gurdev Singh Gill, 78, died two days later."
    assert "Singh Gill" in {e.text for e in parse_one(text, nlp=nlp).ents}, "the model changed"
    assert "Gurdev Singh Gill" in spans_by_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid reached the office of President Daniel arap Moi on Friday.",
         "President Daniel arap Moi"),
        ("Chief Superintendent Al McHugh said the bomb was found near the border.",
         "Chief Superintendent Al McHugh"),
    ],
)
def test_particles_and_police_titles_join_person_names(nlp: Language, text: str,
                                                       name: str) -> None:
    assert name not in {e.text for e in parse_one(text, nlp=nlp).ents}, "the model changed"
    assert spans_by_text(nlp, text)[name].label == "PERSON"


def test_a_name_cut_after_a_titles_possessive_is_whole(nlp: Language) -> None:
    """The model tags "Queen's" of "Queen's Park" (Ontario's legislature) alone."""
    text = "Smith told reporters at Queen's Park that the cut would help."
    assert any(e.text == "Queen's" for e in parse_one(text, nlp=nlp).ents), "the model no longer tags the case"
    assert "Queen's Park" in spans_by_text(nlp, text)


def test_a_verb_of_saying_opening_the_sentence_does_not_join_the_name(nlp: Language) -> None:
    """"Explained Maria Lopez, ...": an untagged capitalised word before a name that is an inflected
    verb of saying opens an inverted attribution; it is no given name."""
    text = "Explained Maria Lopez, \"The rules changed in May.\""
    assert not any(e.text.startswith("Explained") for e in parse_one(text, nlp=nlp).ents), "the model changed"
    assert "Maria Lopez" in spans_by_text(nlp, text)
    assert not any(name.startswith("Explained") for name in spans_by_text(nlp, text))
