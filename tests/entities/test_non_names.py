"""Tests for analysis.entities.non_names: spans that name no actor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.nlp import parse_one

from .corrected import model_tags, spans_by_text


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("A 22-year-old British man was sentenced to 19 years in prison.", "22-year-old"),
        ("The two sides agreed to a 30-day cease-fire.", "30-day"),
        ("Ukrainian officials agreed to a 30-day truce on Tuesday.", "Tuesday"),
        ("The rules are set by the Geneva Convention.", "the Geneva Convention"),
    ],
)
def test_dates_ages_durations_and_laws_are_not_mentions(nlp: Language, text: str,
                                                        dropped: str) -> None:
    doc = parse_one(text, nlp=nlp)
    assert dropped in {e.text for e in doc.ents}, "the model no longer tags the case"
    assert dropped not in spans_by_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "law_part"),
    [
        ("Lawmakers cited the Dodd-Frank Wall Street Reform and Consumer Protection Act in their letter to "
         "the regulator on Monday.", "Dodd"),
        ("The union said the Trade Union Act was passed last year over the objections of workers.",
         "the Trade Union Act"),
    ],
)
def test_a_name_inside_a_law_s_name_is_no_mention(nlp: Language, text: str, law_part: str) -> None:
    doc = parse_one(text, nlp=nlp)
    assert law_part in {e.text for e in doc.ents}, "the model no longer tags the case"
    assert law_part not in spans_by_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a person coordinated with a law (tagged a person, or an organisation with a first name),
        # the owner of one, a name in a title-cased line
        ("Maria Lund and Second Amendment groups have clashed for years over guns.", "Maria Lund"),
        ("Marta Lindqvist and Voting Rights Act supporters rallied in the town on Sunday.", "Marta Lindqvist"),
        ("Lawmakers heard of Dan Okafor's First Amendment lawsuit against the city.", "Dan Okafor"),
        ("Senate Passes Voting Rights Act", "Senate"),
    ],
)
def test_a_name_beside_a_law_stays_a_mention(nlp: Language, text: str, kept: str) -> None:
    assert kept in spans_by_text(nlp, text)


def test_a_party_and_a_title_before_a_name_are_no_person(nlp: Language) -> None:
    """The model tags "Liberal MPP" a person before "John Fraser"; the title joins the name."""
    text = ("Critics, including Green Party Leader Mike Schreiner and Liberal MPP John Fraser, have called "
            "for a police investigation.")
    assert model_tags(nlp, text, "Liberal MPP", "PERSON"), "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert "Liberal MPP" not in spans and spans["MPP John Fraser"].label == "PERSON", spans


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The government plans to improve roads needed for safari tours.", "safari"),
        ("Operators sell safari trips to tourists from Kenya.", "safari"),
        ("Anti-Castro demonstrators filled the street near the office.", "Anti-Castro"),
        ("Riot police fired tear gas at the crowd.", "Riot"),
        # a name given to a thing: "named", "called", "known as" after a noun for no person
        ("Elian played in the yard with a puppy named Dolphin, a gift from his uncle.", "Dolphin"),
    ],
)
def test_common_words_tagged_person_are_dropped(nlp: Language, text: str, dropped: str) -> None:
    doc = parse_one(text, nlp=nlp)
    assert (dropped, "PERSON") in {(e.text, e.label_) for e in doc.ents}, "the model changed"
    assert dropped not in spans_by_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "dropped", "label"),
    [
        ("Exiles and other anti-Castro groups met in Miami on Sunday.", "anti-Castro", "NORP"),
        ("The pro-British faction lost the vote in Belfast.", "pro-British", "NORP"),
    ],
)
def test_prefixed_and_lowercase_spans_of_any_label_are_dropped(nlp: Language, text: str, dropped: str,
                                                               label: str) -> None:
    """A stance adjective ("anti-Castro") names no actor, whatever the model's label."""
    doc = parse_one(text, nlp=nlp)
    assert (dropped, label) in {(e.text, e.label_) for e in doc.ents}, "the model changed"
    assert dropped not in spans_by_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Senators argued all night. Gore said nothing. Later, Al Gore left the room.", "Gore"),
        ("Tourists flock to safari lodges in Tanzania, said Mr. Gore.", "Mr. Gore"),
    ],
)
def test_capitalised_surnames_that_are_common_words_survive(nlp: Language, text: str,
                                                            kept: str) -> None:
    assert spans_by_text(nlp, text)[kept].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "portfolio", "kept"),
    [
        ("Secretary of State Lena Ruud met the envoy on Monday.", "State", "Lena Ruud"),
        ("The secretary of state said the talks were over.", "state", None),
        ("Secretary of Homeland Security Ida Moen spoke on Friday.", "Security", "Ida Moen"),
    ],
)
def test_a_portfolio_in_a_title_is_no_organisation(nlp: Language, text: str, portfolio: str,
                                                   kept: str | None) -> None:
    """"State" in "Secretary of State" is part of the title, not a mention of the ministry."""
    assert any(portfolio in e.text.split() for e in parse_one(text, nlp=nlp).ents), "the model no longer tags it"
    spans = spans_by_text(nlp, text)
    assert not any(s.label == "ORG" and portfolio in name.split() for name, s in spans.items()), spans
    if kept is not None:
        assert any(kept in name and s.label == "PERSON" for name, s in spans.items()), spans


def test_a_named_body_after_a_title_stays_an_organisation(nlp: Language) -> None:
    """Only a portfolio is part of a title: "president of Harvard University" names the university."""
    spans = spans_by_text(nlp, "Dora Lind, the president of Harvard University, said fees would rise.")
    assert spans.get("Harvard University") is not None and spans["Harvard University"].label == "ORG"


def test_a_capitalised_common_noun_coordinated_with_a_plural_is_no_person(nlp: Language) -> None:
    text = "Arson and bombings at clinics have become so common."
    assert model_tags(nlp, text, "Arson", "PERSON"), "the model no longer tags the case"
    assert "Arson" not in spans_by_text(nlp, text)


def test_a_sentence_initial_word_the_text_writes_in_lower_case_is_no_group(nlp: Language) -> None:
    text = "Superdelegates are free to vote for anyone. Most superdelegates back Clinton."
    assert model_tags(nlp, text, "Superdelegates", "NORP"), "the model no longer tags the case"
    assert "Superdelegates" not in spans_by_text(nlp, text)


def test_a_name_capitalised_mid_sentence_survives_its_lower_case_word(nlp: Language) -> None:
    text = "Shell said profits fell. The shell of the old depot still stands. Analysts said Shell would cut jobs."
    assert spans_by_text(nlp, text)["Shell"].label == "ORG"


def test_an_all_lowercase_text_keeps_its_lowercase_organisations(nlp: Language) -> None:
    """In a text that capitalises nothing, lower case says nothing about names."""
    spans = spans_by_text(nlp, "the state department said on monday that talks with iran would resume in geneva.")
    assert spans.get("the state department") is not None and spans["the state department"].label == "ORG", spans


@pytest.mark.parametrize(
    ("text", "portfolio", "label"),
    [
        ("Ontario will cut electricity rates, Energy Minister Todd Smith announced Thursday.", "Energy", "ORG"),
        # common words before "Minister", through "and" and more of them: a portfolio
        ("Manitoba will hire 200 more firefighters, Forests Minister Ravi Dhillon announced Thursday.",
         "Forests", "NORP"),
        ("Ontario will cap the number of international students colleges can admit, Colleges and "
         "Universities Minister Nolan Quinn announced Monday.", "Colleges", "ORG"),
    ],
)
def test_a_portfolio_before_a_title_is_no_organisation(nlp: Language, text: str, portfolio: str, label: str) -> None:
    assert model_tags(nlp, text, portfolio, label), "the model no longer tags the case"
    assert portfolio not in spans_by_text(nlp, text)


def test_a_nationality_before_a_minister_stays(nlp: Language) -> None:
    spans = spans_by_text(nlp, "Polish Defence Minister Jan Lind said the talks had failed.")
    assert spans.get("Polish") is not None, spans


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # one item of a list of brands is a brand
        ("Analysts say much of Kellogg's erosion has been in such core brands as Corn Flakes, Rice Krispies "
         "and Frosted Flakes, which represent a third of sales.", "Rice Krispies"),
        # a text the model tags a product elsewhere is no person
        ("RJR agreed to sell its Baby Ruth candy business. Baby Ruth and Butterfinger are both among the "
         "top-selling chocolate bars.", "Baby Ruth"),
    ],
)
def test_brands_tagged_person_are_no_people(nlp: Language, text: str, dropped: str) -> None:
    """A brand among brands the model tags ORG is an ORG; one it tags a product elsewhere is none."""
    assert model_tags(nlp, text, dropped, "PERSON"), "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert dropped not in spans or spans[dropped].label == "ORG", spans


def test_a_person_in_a_list_of_organisations_stays(nlp: Language) -> None:
    assert spans_by_text(nlp, "The deal involved Apple, Tim Cook and Google.")["Tim Cook"].label == "PERSON"


def test_a_model_designation_is_no_person(nlp: Language) -> None:
    text = "Ukraine is building the An-70 transport plane."
    assert model_tags(nlp, text, "An-70", "PERSON"), "the model no longer tags the case"
    assert "An-70" not in spans_by_text(nlp, text)


@pytest.mark.parametrize(
    ("text", "nationality", "kept"),
    [
        # a nationality opening a longer demonym names no country
        ("Most British Columbians support the plan.", "British", False),
        ("Cuban Americans could decide the vote in Halvik County.", "Cuban", False),
        # a group that is no nationality keeps its word
        ("Jewish Republicans met in Oslo on Monday.", "Jewish", True),
    ],
)
def test_a_nationality_opening_a_demonym_is_no_country(nlp: Language, text: str, nationality: str,
                                                       kept: bool) -> None:
    assert model_tags(nlp, text, nationality, "NORP"), "the model changed"
    assert (nationality in spans_by_text(nlp, text)) == kept


@pytest.mark.parametrize(
    "text",
    [
        "National president Lana Berg called the cuts a slap in the face.",
        "National Chief Cindy Lund said the deal was fair.",
    ],
)
def test_a_word_opening_a_title_is_no_organisation(nlp: Language, text: str) -> None:
    assert model_tags(nlp, text, "National", "ORG"), "the model changed"
    assert "National" not in spans_by_text(nlp, text)
