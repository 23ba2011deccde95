"""Tests for analysis.entities.organisations: organisations taken for persons."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from analysis.entities import corrected_entities
from analysis.entities.organisations import organisation_cue
from analysis.nlp import parse_one

from .corrected import model_tags, spans_by_text, spans_in_order


@pytest.mark.parametrize(
    ("text", "party", "model_label"),
    [
        ("Jean Tremblay wrote that Quebec had been ignored. The Parti Québécois agreed.",
         "Parti Québécois", "GPE"),
        ("The Bloc Québécois will vote against the budget, its leader said.", "The Bloc Québécois", "LOC"),
    ],
)
def test_a_name_opening_with_a_party_word_is_an_organisation(nlp: Language, text: str, party: str,
                                                             model_label: str) -> None:
    assert model_tags(nlp, text, party, model_label), "the model no longer tags the case"
    assert spans_by_text(nlp, text)[party].label == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harwell Mott, the largest provider of cable service in Texas, raised its offer.",
         "Harwell Mott"),
        ("Kelston Ames is a Boston holding company for several retailers.", "Kelston Ames"),
        ("Investors value Harwell Mott's offer highly. Harwell Mott's shareholders will vote.",
         "Harwell Mott"),
        # a chief executive or a board is a company's
        ("Harbour Line's chief executive, Karen Oyelaran, said the offer was fair.", "Harbour Line"),
        ("Talks with Harwick Lund broke down. Harwick Lund's board met on Friday.", "Harwick Lund"),
        ("Volunteers aboard the Hanna Berg were detained.", "Hanna Berg"),
        # an organisation noun names it: before it, modified by it, or through "known as"
        ("Roginsky, quoted by the Russian news website Vesti, said it was a check.", "Vesti"),
        ("The newspaper of the party, daily Gramma, published a letter.", "Gramma"),
        ("The Maariv newspaper said Sunday that the talks failed.", "Maariv"),
        ("Bin Laden leads a terrorist organization known as Al-Aqeda, the FBI says.", "Al-Aqeda"),
        ("The Kremlin said the charity Tanya Brook would close.", "Tanya Brook"),
        # a name set after an organisation noun and a comma
        ("The company, Harwick Lund, said it would appeal.", "Harwick Lund"),
    ],
)
def test_person_spans_that_are_organisations_by_context(nlp: Language, text: str,
                                                        name: str) -> None:
    assert name in {e.text.removesuffix("'s").removeprefix("the ") for e in
                    parse_one(text, nlp=nlp).ents if e.label_ == "PERSON"}, "the model changed"
    assert {s.label for t, s in spans_in_order(nlp, text) if t == name} == {"ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Heinz Bruckner, the bank's chief executive, resigned.",
        "Reporters asked the Harper children about the fire.",
        "Mr. Bruckner's shareholders, Mr. Bruckner said, were calm.",
        "Delegates said God save the Queen, and then voted.",
    ],
)
def test_organisation_rule_spares_people(nlp: Language, text: str) -> None:
    spans = spans_in_order(nlp, text)
    assert spans, "the model changed"
    assert {s.label for _, s in spans} == {"PERSON"}


def test_a_publisher_in_apposition_to_a_first_name_is_the_persons_role(nlp: Language) -> None:
    """A publisher or producer may be a company or a person; after a first name of one gender, a person."""
    text = "\"Sales doubled,\" said Lisbeth Moreno, publisher of the Harbor Gazette."
    assert model_tags(nlp, text, "Lisbeth Moreno", "PERSON"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Lisbeth Moreno"].label == "PERSON"


def test_one_organisation_context_among_several_person_mentions_does_not_relabel_them(nlp: Language) -> None:
    """A missing comma makes "publisher and owner" an apposition once; the model's PERSON tags of
    the other mentions outvote it."""
    text = ("Hugo Lindqvist founded the magazine in 1953. Hugo Lindqvist publisher and owner of the magazine"
            " smiled at the camera. Hugo Lindqvist died on Monday.")
    cues = [organisation_cue(e) for e in parse_one(text, nlp=nlp).ents if e.text == "Hugo Lindqvist"]
    assert sorted(cues) == [False, False, True], "the model or the cue changed"
    assert {s.label for t, s in spans_in_order(nlp, text) if t == "Hugo Lindqvist"} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Halvorsen Freight cut its dividend by half.", "Halvorsen Freight", "ORG"),
        ("Tom Baker criticized the company for its hiring policy.", "Tom Baker", "PERSON"),
        ("Jane Moore praised Microsoft for its work.", "Jane Moore", "PERSON"),
        ("Vanessa Quint said its value had doubled.", "Vanessa Quint", "PERSON"),
    ],
)
def test_a_subject_referred_to_by_its_is_an_organisation(nlp: Language, text: str, name: str,
                                                          label: str) -> None:
    assert (name, "PERSON") in {(e.text, e.label_) for e in parse_one(text, nlp=nlp).ents}
    assert spans_by_text(nlp, text)[name].label == label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria Lund Industries cut jobs in May.", "Maria Lund Industries"),
        ("Anna Berg Hospital was closed.", "Anna Berg Hospital"),
        ("Oskar Brandt Holdings bought the mill.", "Oskar Brandt Holdings"),
        ("Anna Berg Clinic was closed.", "Anna Berg Clinic"),
        ("Marta Lund, director of Kestrel Mission, said beds were full.", "Kestrel Mission"),
    ],
)
def test_a_person_span_ending_in_an_organisation_word_is_an_org(nlp: Language, text: str, name: str) -> None:
    doc = parse_one(text, nlp=nlp)
    assert (name, "PERSON") in {(e.text, e.label_) for e in doc.ents}, "the model no longer tags the case"
    assert spans_by_text(nlp, text)[name].label == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ben Franklin Stores Inc. reported a loss.", "Ben Franklin Stores Inc."),
        ("Ronald McDonald House Charities raised $2 million.", "Ronald McDonald House Charities"),
    ],
)
def test_a_person_span_ending_in_an_organisation_word_is_an_organisation(nlp: Language, text: str,
                                                                         name: str) -> None:
    assert model_tags(nlp, text, name, "PERSON"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)[name].label == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name never opens with the plural of a common noun
        ("Lund, who leads Midwives Yukon, said births were up.", "Midwives Yukon"),
        ("Lund joined Brewers Ontario in 2019.", "Brewers Ontario"),
        # a common noun before a country's name is a federation
        ("Sponsors dropped Soccer Canada.", "Soccer Canada"),
    ],
)
def test_a_person_span_named_for_members_or_sport_is_an_organisation(nlp: Language, text: str, name: str) -> None:
    assert model_tags(nlp, text, name, "PERSON"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)[name].label == "ORG"


def test_a_common_noun_before_a_country_names_an_agency(nlp: Language) -> None:
    """The model tags nothing here; the country alone would make Canada the one who ordered."""
    text = ("Wildfire forces evacuation of Jasper townsite\n\nParks Canada ordered everyone out of the Jasper "
            "townsite late Monday as a wildfire burned within 10 kilometres of homes.")
    assert not model_tags(nlp, text, "Parks Canada", "ORG"), "the model now tags the case"
    assert spans_by_text(nlp, text)["Parks Canada"].label == "ORG"


@pytest.mark.parametrize("text", ["Troops left West Germany in 1990.", "Canada and Mexico signed the deal."])
def test_a_country_stays_a_country(nlp: Language, text: str) -> None:
    assert not any(span.label == "ORG" for span in spans_by_text(nlp, text).values())


def test_a_person_span_described_by_which_is_an_organisation(nlp: Language) -> None:
    text = ("Holders tendered their shares to Brennan Cellular Communications. Brennan, which fell 2 1/2 "
            "to 37 3/4, has offered $125 a share.")
    assert model_tags(nlp, text, "Brennan", "PERSON"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Brennan"].label == "ORG"


def test_a_person_span_ending_in_a_word_for_an_area_is_a_place(nlp: Language) -> None:
    text = "Dhaliwal said Peel Region needs a second hospital."
    assert model_tags(nlp, text, "Peel Region", "PERSON"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Peel Region"].label == "GPE"


def test_an_organisation_described_by_which_stays_an_organisation(nlp: Language) -> None:
    text = "Ozark Logistics, which runs the depot, said the trucks would return."
    assert model_tags(nlp, text, "Ozark Logistics", "ORG"), "the model no longer tags the case"
    assert spans_by_text(nlp, text)["Ozark Logistics"].label == "ORG"


@pytest.mark.parametrize(
    ("text", "modifier", "model_label", "label"),
    [
        ("Saskatchewan Premier Scott Moe did not attend the ceremony.", "Saskatchewan", "PERSON", "GPE"),
        ("Nunavut Premier P.J. Akeeagok called for more housing.", "Nunavut", "ORG", "GPE"),
        ("Bank of Canada Governor Tiff Macklem said rates would hold.", "Bank of Canada", "ORG", "ORG"),
        # a town that is also a first name, before a mayor
        ("Meanwhile, Hamilton Mayor Andrea Horwath has blamed the province.", "Hamilton", "PERSON", "GPE"),
    ],
)
def test_the_place_or_body_before_an_office_and_a_name_is_no_person(
        nlp: Language, text: str, modifier: str, model_label: str, label: str) -> None:
    """"Saskatchewan Premier Scott Moe": the word before the title says where the office is held;
    a premier's or mayor's is a place, a bank's governor's stays an organisation."""
    assert model_tags(nlp, text, modifier, model_label), "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert spans[modifier].label == label, spans


def test_a_score_is_cut_and_a_team_after_the_and_a_place_is_an_organisation(nlp: Language) -> None:
    """A junior team the team list does not hold: the rule of "the" and a place does the work."""
    text = "The Knights beat the Halifax Mooseheads 4-2 on Saturday."
    assert any(e.text == "Mooseheads 4-2" and e.label_ == "PERSON" for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    spans = spans_by_text(nlp, text)
    assert spans.get("Mooseheads") is not None and spans["Mooseheads"].label == "ORG", spans


def test_a_title_of_office_with_the_before_a_name_keeps_the_person(nlp: Language) -> None:
    """ "the Exchequer Nigel Lawson": a known first name keeps the person after "the" and a capital."""
    spans = spans_by_text(nlp, "Prices fell after Chancellor of the Exchequer Nigel Lawson resigned.")
    assert any(text.endswith("Nigel Lawson") and span.label == "PERSON" for text, span in spans.items()), spans


def test_a_platform_tagged_person_is_an_organisation(nlp: Language) -> None:
    text = ("Erin Calloway, the former party leader, said on Twitter that the province was listening. "
            "Calloway did not take questions.")
    spans = spans_by_text(nlp, text)
    assert spans.get("Twitter") is not None and spans["Twitter"].label == "ORG", spans


def test_a_team_found_after_the_is_an_organisation_throughout(nlp: Language) -> None:
    """ "the Montreal Canadiens 4-3" makes "Canadiens" an organisation in the whole text, score cut
    (the team list names it in full, then alone)."""
    text = "Toronto beat the Montreal Canadiens 4-3 on Saturday. Canadiens goaltender Sam Montembeault stopped 27 shots."
    assert [e.label_ for e in parse_one(text, nlp=nlp).ents if e.text.startswith("Canadiens")] == ["PERSON", "PERSON"], \
        "the model no longer tags the case"
    assert [(text, span.label) for text, span in spans_in_order(nlp, text) if "Canadiens" in text] == [
        ("Montreal Canadiens", "ORG"), ("Canadiens", "ORG")]


@pytest.mark.parametrize(
    ("text", "model_place"),
    [
        ("Bank of Westfield Holdings Corp. said it completed its purchase of a bank.", 2),
        ("Shares of Bank of Westfield Holdings Corp. rose on Friday.", 4),
    ],
)
def test_a_company_name_ending_in_a_legal_form_is_an_organisation(nlp: Language, text: str, model_place: int) -> None:
    """In a news article the model tagged only "America" (GPE) of "First of America Bank Corp."
    (TempEval-3 wsj_0172); the entities are set so here, as the model gave them, on invented texts."""
    doc = parse_one(text, nlp=nlp)
    doc.ents = [Span(doc, model_place, model_place + 1, label="GPE")]
    spans = {doc[s.start:s.end].text: s.label for s in corrected_entities(doc)}
    assert spans == {"Bank of Westfield Holdings Corp.": "ORG"}


def test_a_legal_form_after_no_name_makes_no_company(nlp: Language) -> None:
    doc = parse_one("The chairman of the Co. resigned on Friday.", nlp=nlp)
    doc.ents = []
    assert corrected_entities(doc) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # untagged, or split into a place and a person, by the model
        ("Members of the Harwick Shelter Network met on Monday.", [], {"Harwick Shelter Network": "ORG"}),
        ("The Toronto Shelter Network met on Monday.", [(0, 2, "ORG"), (2, 4, "PERSON")],
         {"Toronto Shelter Network": "ORG"}),
        # a name the model tags whole as a place, or that goes on, is left alone
        ("Troops of the Soviet Union left in 1989.", [(2, 5, "GPE")], {"the Soviet Union": "GPE"}),
        ("She joined the Harwick Savings Plan in May.", [], {}),
    ],
)
def test_an_institution_after_the_ending_in_an_organisation_word(nlp: Language, text: str,
                                                                 model: list[tuple[int, int, str]],
                                                                 expected: dict[str, str]) -> None:
    """The model's entities are set as it gave them in news articles ("The Toronto" ORG + "Shelter
    Network" PERSON; "the Soviet Union" GPE), on invented texts."""
    doc = parse_one(text, nlp=nlp)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in model]
    assert {doc[s.start:s.end].text: s.label for s in corrected_entities(doc)} == expected
