"""Tests for analysis.entities.persons: persons taken for organisations or places, and last names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.entities import corrected_entities
from analysis.nlp import parse_one

from .corrected import model_tags, spans_by_text, spans_in_order


def test_a_full_name_tagged_org_whose_last_name_says_a_direct_quote_is_a_person(nlp: Language) -> None:
    text = "WINNIPEG — Kyle Dufresne scored twice on Friday.\n\n\"It felt good,\" Dufresne said."
    assert model_tags(nlp, text, "Kyle Dufresne", "ORG") and model_tags(nlp, text, "Dufresne", "ORG"), \
        "the model no longer tags the case"
    assert {(t, s.label) for t, s in spans_in_order(nlp, text) if "Dufresne" in t} == {
        ("Kyle Dufresne", "PERSON"), ("Dufresne", "PERSON")}


@pytest.mark.parametrize(
    ("text", "full", "last", "model_labels"),
    [
        ("Police arrested Han Choi in Sydney. Choi was charged on Friday. Choi will appear in court.",
         "Han Choi", "Choi", ("ORG", "ORG")),
        ("The man who hit him was the bar's owner Dennis Kahale Jr. police have told the newspaper.\n\n"
         "Kahale was released on bail. Kahale declined to comment.", "Dennis Kahale Jr.", "Kahale",
         ("PERSON", "ORG")),
    ],
)
def test_a_full_name_and_its_recurring_last_name_are_a_person_whatever_their_labels(
        nlp: Language, text: str, full: str, last: str, model_labels: tuple[str, str]) -> None:
    """Introduced in full, then by last name: "Han Choi" ORG and "Choi" ORG twice; "Dennis Kahale
    Jr." (the suffix is no last name; "police" after a full name makes no place) and "Kahale" ORG."""
    assert (model_tags(nlp, text, full, model_labels[0]) and model_tags(nlp, text, last, model_labels[1])), \
        "the model no longer tags the case"
    assert {(t, s.label) for t, s in spans_in_order(nlp, text) if last in t} == {(full, "PERSON"), (last, "PERSON")}


def test_a_possessive_full_name_tagged_org_whose_last_name_is_a_person_is_a_person(nlp: Language) -> None:
    """"Corin Park's" ORG and "Park" PERSON: the possessive ending is no last word."""
    text = "A spokesman for Corin Park's office said the minister was away. Park said he would resign on Friday."
    assert model_tags(nlp, text, "Corin Park's", "ORG") and model_tags(nlp, text, "Park", "PERSON"), \
        "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Corin Park"].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "surname", "model_label"),
    [
        # "Edward Pryce's": the possessive ending is no last name
        ("Edward Pryce's family waited. Officials told the family of Pryce on Sunday.", "Pryce", "GPE"),
        # "McTavish" is a name though ``Token.is_title`` is False for it
        ("Ryan McTavish scored twice on Saturday night. Asked about McTavish's 50th goal, the coach said it was "
         "great.", "McTavish", "NORP"),
    ],
)
def test_the_surname_of_a_full_name_tagged_a_place_or_group_is_a_person(nlp: Language, text: str, surname: str,
                                                                       model_label: str) -> None:
    assert model_tags(nlp, text, surname, model_label), "the model no longer tags the case"
    assert spans_by_text(nlp, text)[surname].label == "PERSON"


def test_a_surname_tagged_gpe_is_a_person(nlp: Language) -> None:
    text = ("Edward Pryce was taken hostage in May. Officials told the family of Pryce on Sunday."
            " Colleagues said Pryce was careful.")
    labels = {(e.text, e.label_) for e in parse_one(text, nlp=nlp).ents}
    assert {("Pryce", "GPE"), ("Pryce", "PERSON")} <= labels, "the model changed"
    assert {s.label for t, s in spans_in_order(nlp, text) if t == "Pryce"} == {"PERSON"}
    assert spans_by_text(nlp, text)["Edward Pryce"].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Jasper Mayor Richard Ireland urged calm.\n\n\"We've lost homes,\" Ireland said.", "Ireland"),
        ("Coach Martin St. Louis was upbeat. \"The puck didn't bounce our way,\" St. Louis said.", "St. Louis"),
    ],
)
def test_a_place_name_saying_a_direct_quote_is_the_person_of_that_name(nlp: Language, text: str,
                                                                       surname: str) -> None:
    """Quoted words are a person's: a country or city named like a person of the text who
    speaks in quotation marks is that person."""
    assert model_tags(nlp, text, surname, "GPE"), "the model no longer tags the case"
    assert {s.label for t, s in spans_in_order(nlp, text) if t == surname} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Carl Jackson grew up in Jackson before moving away.", "Jackson"),
        ("Ann Jordan said Jordan would not join the talks.", "Jordan"),
    ],
)
def test_a_surname_that_is_also_a_place_stays_a_place_there(nlp: Language, text: str,
                                                             place: str) -> None:
    assert (place, "GPE") in {(e.text, e.label_) for e in parse_one(text, nlp=nlp).ents}
    assert {s.label for t, s in spans_in_order(nlp, text) if t == place} == {"GPE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chancellor Olaf Scholz met farmers on Tuesday.", "Olaf Scholz"),
        ("Olaf Scholz, the German chancellor, spoke first.", "Olaf Scholz"),
        ("Families are worried.\n\nNanki Dhaliwal, who runs a support group for families, said she "
         "hears similar stories every week.", "Nanki Dhaliwal"),
    ],
)
def test_org_spans_that_are_people_by_title_or_apposition(nlp: Language, text: str,
                                                          name: str) -> None:
    assert (name, "ORG") in {(e.text, e.label_) for e in parse_one(text, nlp=nlp).ents}
    assert {s.label for t, s in spans_in_order(nlp, text) if name in t} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("In an interview with CNN, the boy's father criticized the meeting.", "CNN"),
    ],
)
def test_an_org_before_the_subject_of_the_next_clause_stays_an_org(nlp: Language, text: str,
                                                                  org: str) -> None:
    assert spans_by_text(nlp, text)[org].label == "ORG"


def test_person_typed_org_and_person_is_one_actor(nlp: Language) -> None:
    # the model tags the full name ORG here and the surname PERSON
    text = "A spokesman for Salem Bitar declined to comment. Bitar said the bakery was full."
    doc = parse_one(text, nlp=nlp)
    labels = {doc[s.start:s.end].text: s.label for s in corrected_entities(doc)}
    assert labels["Salem Bitar"] == "PERSON"
    from analysis.actors import extract_mentions

    assert {m.actor for m in extract_mentions(doc) if "Bitar" in m.text} == {"Salem Bitar"}


def test_a_last_name_tagged_nationality_is_a_person(nlp: Language) -> None:
    text = "Conservative Leader Pierre Poilievre called the tax a scam. Poilievre spoke at a rally in Regina."
    assert model_tags(nlp, text, "Poilievre", "NORP"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Poilievre"].label == "PERSON"


def test_a_plural_of_a_word_of_the_text_is_no_last_name(nlp: Language) -> None:
    """The model tags "Rwanda Hutus" PERSON; "Hutus" is the plural of the text's "Hutu", a group."""
    text = ("Hutu militias fled. The exodus of about 2 million Rwanda Hutus to neighboring countries began "
            "in 1994. Hutus who favored peace were killed.")
    assert any(e.text == "Rwanda Hutus" and e.label_ == "PERSON" for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    assert [text for text, span in spans_in_order(nlp, text) if text == "Hutus"] == [], spans_in_order(nlp, text)


def test_a_hyphenated_name_with_a_role_in_apposition_is_a_person(nlp: Language) -> None:
    """Hyphenated first and last names count as one word each for the name shape."""
    text = ("Marie-Ève Tremblay-Gagnon, a spokesperson for the utility, said it had no plans to change "
            "its rates. Tremblay-Gagnon added that the rates were low.")
    spans = spans_by_text(nlp, text)
    assert spans["Marie-Ève Tremblay-Gagnon"].label == "PERSON", spans


@pytest.mark.parametrize(
    ("text", "name", "model_label", "place"),
    [
        ("Mehmet Arslan, 52, of Guelph, was charged with fraud.", "Mehmet Arslan", "ORG", "Guelph"),
        ("Rajinder Sandhu, 45, of Brampton, was arrested.", "Rajinder Sandhu", "ORG", "Brampton"),
    ],
)
def test_a_name_given_with_an_age_is_a_person_and_its_town_a_place(nlp: Language, text: str, name: str,
                                                                   model_label: str, place: str) -> None:
    """ "Name, 45, of Town": news gives a person's age and town so."""
    assert model_tags(nlp, text, name, model_label), "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert spans[name].label == "PERSON" and spans[place].label == "GPE", spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halton police Const. Taryn Young said investigators are appealing for video.", "Const. Taryn Young"),
    ],
)
def test_an_org_after_a_split_off_title_is_a_person(nlp: Language, text: str, name: str) -> None:
    """The tokenizer splits "Const" from its full stop; the title still makes the name a person."""
    spans = spans_by_text(nlp, text)
    assert spans[name].label == "PERSON", spans


def test_an_org_in_apposition_after_a_role_noun_is_a_person(nlp: Language) -> None:
    text = "Tor Lund was charged on Monday. His lawyer, Maren Holt, said the charge would not stand."
    assert any(e.text == "Maren Holt" and e.label_ == "ORG" for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Maren Holt"].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "model_label"),
    [
        ("Nadia Haddad said she would appeal the ruling.", "Nadia Haddad", "ORG"),
        ("Marta Kowalska said the vote was close.", "Marta Kowalska", "ORG"),
        ("The champion, Ines Barros, won in Toronto.", "Ines Barros", "LOC"),
    ],
)
def test_a_first_name_of_one_gender_and_an_uncommon_last_name_are_a_person(
        nlp: Language, text: str, name: str, model_label: str) -> None:
    """However the model typed the name: a first name gender-guesser gives one gender and no
    common English word make a person's name."""
    assert model_tags(nlp, text, name, model_label), "the model no longer tags the case"
    assert spans_by_text(nlp, text)[name].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morgan Stanley said profits rose.", "Morgan Stanley"),
        ("Walter Energy said it would close the mine.", "Walter Energy"),
        ("Harmony Enterprises said sales fell.", "Harmony Enterprises"),
    ],
)
def test_a_name_with_an_unsure_first_name_or_a_common_word_keeps_its_label(nlp: Language, text: str,
                                                                            name: str) -> None:
    """"Morgan" is a first name of either gender; "Energy" and "Enterprises" are common words."""
    assert spans_by_text(nlp, text)[name].label == "ORG"


def test_a_first_name_and_a_last_name_tagged_apart_are_one_person(nlp: Language) -> None:
    text = "Amanda Costa said she would fight again. \"I am ready,\" Costa told reporters."
    assert model_tags(nlp, text, "Amanda", "ORG") and model_tags(nlp, text, "Costa", "ORG"), \
        "the model no longer tags the case"
    assert {(t, s.label) for t, s in spans_in_order(nlp, text)} == {("Amanda Costa", "PERSON"),
                                                                    ("Costa", "PERSON")}
