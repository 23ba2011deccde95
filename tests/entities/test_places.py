"""Tests for analysis.entities.places: places taken for persons or products."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.entities.places import place_cue
from analysis.nlp import parse_one

from .corrected import model_tags, spans_by_text, spans_in_order


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces pushed toward Sudzha, the main town in the region.", "Sudzha"),
        ("Ukrainian troops entered the Kursk region in August.", "Kursk"),
        ("Mr. Putin visited a command post near the front in Kursk late Wednesday.", "Kursk"),
        ("Ukrainian troops entered the Kursk region. Fighting continued at Kursk.", "Kursk"),
    ],
)
def test_places_tagged_as_persons_or_products_become_gpe(nlp: Language, text: str,
                                                         place: str) -> None:
    assert spans_by_text(nlp, text)[place].label == "GPE"


def test_place_rule_spares_a_person_with_an_honorific(nlp: Language) -> None:
    spans = spans_by_text(nlp, "Mr. Smith met voters in Ohio. Later, Mr. Smith spoke.")
    assert {s.label for text, s in spans.items() if "Smith" in text} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The convoy finally reached Tolmar Keshet, the last major outpost held by the militia.",
         "Tolmar Keshet"),
        ("Pilgrims walked for days to Wat Phnom Kroh, the old temple on the hill.",
         "Wat Phnom Kroh"),
        ("Supplies were flown to Kanto Brell, the army's last stronghold in the north.",
         "Kanto Brell"),
        ("The militia kept its base in Sovan Reach. Its fighters later came from Sovan Reach.",
         "Sovan Reach"),
        ("Catherine Fournier, the mayor of Longueuil, called the bill necessary.", "Longueuil"),
    ],
)
def test_places_by_apposition_or_by_the_models_own_place_tag(nlp: Language, text: str,
                                                             place: str) -> None:
    doc = parse_one(text, nlp=nlp)
    assert (place, "PERSON") in {(e.text, e.label_) for e in doc.ents}, "the model changed"
    assert {s.label for t, s in spans_in_order(nlp, text) if t == place} == {"GPE"}


def test_a_person_coordinated_with_a_nationality_modifier_is_a_place(nlp: Language) -> None:
    text = "Many were waving British and Ulster flags in the street."
    assert ("Ulster", "PERSON") in {(e.text, e.label_) for e in parse_one(text, nlp=nlp).ents}
    assert spans_by_text(nlp, text)["Ulster"].label == "GPE"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rescuers searching for a woman trapped at her home in Looe, Cornwall, said they had found a body.",
         "Cornwall"),
        ("Shootings injured doctors in Vancouver, British Columbia; Winnipeg, Manitoba; and Hamilton, Ontario.",
         "Hamilton"),
    ],
)
def test_a_word_paired_with_a_place_by_a_comma_is_a_place(nlp: Language, text: str, place: str) -> None:
    """A town and its region: "Looe, Cornwall," and "Hamilton, Ontario"."""
    assert model_tags(nlp, text, place, "PERSON"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)[place].label == "GPE"


def test_a_name_and_its_place_after_a_comma_stay_a_person(nlp: Language) -> None:
    spans = spans_by_text(nlp, "Jane Hamilton, Ontario's finance minister, spoke first.")
    assert spans["Jane Hamilton"].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "place", "model_label"),
    [
        ("The family told a Milton courtroom on Monday that their lives had been shattered.", "Milton", "PERSON"),
        ("MILTON, Ont. — The family of a Burlington teenager killed in a crash spoke on Monday.", "Burlington",
         "ORG"),
    ],
)
def test_a_town_before_a_local_building_or_a_resident_is_a_place(nlp: Language, text: str, place: str,
                                                                  model_label: str) -> None:
    assert model_tags(nlp, text, place, model_label), "the model no longer tags the case"
    assert spans_by_text(nlp, text)[place].label == "GPE"


def test_a_town_before_a_resident_noun_is_a_place(nlp: Language) -> None:
    text = "A Guelph man, Yusuf Demir, 38, was charged."
    assert model_tags(nlp, text, "Guelph", "PERSON"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Guelph"].label == "GPE"


def test_one_place_context_among_several_person_mentions_does_not_relabel_them(nlp: Language) -> None:
    """"found a candidate in Ellen Varga" reads like a place once; the model's PERSON tags of the
    other mentions of a name opening with a first name outvote it."""
    text = ("Ellen Varga spoke first. The party found a candidate in Ellen Varga, who grew up in Ohio."
            " Ellen Varga thanked her staff.")
    cues = [place_cue(e) for e in parse_one(text, nlp=nlp).ents if e.text == "Ellen Varga"]
    assert sorted(cues) == [False, False, True], "the model or the cue changed"
    assert {s.label for t, s in spans_in_order(nlp, text) if t == "Ellen Varga"} == {"PERSON"}


def test_one_word_after_of_and_a_full_name_is_the_person_s_town(nlp: Language) -> None:
    text = "Police identified the victim as 34-year-old Kyle Brown of Surrey."
    assert model_tags(nlp, text, "Surrey", "PERSON"), "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert (spans["Kyle Brown"].label, spans["Surrey"].label) == ("PERSON", "GPE")
