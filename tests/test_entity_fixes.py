"""Tests for analysis.entity_fixes: corrections of the small model's entity errors on news."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from analysis.entities import EntitySpan, corrected_entities
from analysis.nlp import parse_one


def _spans(nlp: Language, text: str) -> dict[str, EntitySpan]:
    doc = parse_one(text, nlp=nlp)
    return {doc[s.start:s.end].text: s for s in corrected_entities(doc)}


def _spans_all(nlp: Language, text: str) -> list[tuple[str, EntitySpan]]:
    doc = parse_one(text, nlp=nlp)
    return [(doc[s.start:s.end].text, s) for s in corrected_entities(doc)]


def _model_tags(nlp: Language, text: str, surface: str, label: str) -> bool:
    """True when the model itself tags ``surface`` with ``label`` (the case a rule exists for)."""
    return any(e.text == surface and e.label_ == label for e in parse_one(text, nlp=nlp).ents)


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
    assert dropped not in _spans(nlp, text)


def test_a_headline_verb_after_a_last_name_is_cut_even_when_it_is_also_a_first_name(nlp: Language) -> None:
    """"Clinton" is a first name too, but here it is Hillary Clinton's last name."""
    text = "Clinton Breaks With Obama On Lawsuit Bill\n\nHillary Clinton said on Friday that she would sign the bill."
    assert _model_tags(nlp, text, "Clinton Breaks", "PERSON"), "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert "Clinton" in spans and "Clinton Breaks" not in spans, spans


def test_headline_fragment_is_not_a_person(nlp: Language) -> None:
    text = "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops"
    assert "Cheer Ouster" in {e.text for e in parse_one(text, nlp=nlp).ents}
    spans = _spans(nlp, text)
    assert "Cheer Ouster" not in spans
    assert spans["Putin"].label == "PERSON"



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The hospital is full.\n\nBrampton Mayor Patrick Brown called for more funding from Queen's Park.",
         "Mayor Patrick Brown"),
        ("Environment Minister Patrick Brown Opposes Plan to Close Harbour", "Minister Patrick Brown"),
    ],
)
def test_a_name_after_a_title_or_among_lower_case_words_is_no_headline_fragment(
        nlp: Language, text: str, name: str) -> None:
    """A sentence full of names and titles still has lower-case content words ("called",
    "funding"), so it is no headline; in a real headline a title still makes a name."""
    assert "Patrick Brown" in {e.text for e in parse_one(text, nlp=nlp).ents}, "the model changed"
    assert name in _spans(nlp, text)
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
    assert _spans(nlp, text)[place].label == "GPE"


def test_place_rule_spares_a_person_with_an_honorific(nlp: Language) -> None:
    spans = _spans(nlp, "Mr. Smith met voters in Ohio. Later, Mr. Smith spoke.")
    assert {s.label for text, s in spans.items() if "Smith" in text} == {"PERSON"}


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
    ],
)
def test_titles_are_joined_to_person_names(nlp: Language, text: str, widened: str) -> None:
    assert _spans(nlp, text)[widened].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "raw", "trimmed"),
    [
        ("Memorial honours the victims of Joseph Stalin - and it still does.", "Joseph Stalin -",
         "Joseph Stalin"),
        ("Raymond Roth's lawyer spoke.", "Raymond Roth's", "Raymond Roth"),
        ("Lawmakers introduced a bill to grant Elian American citizenship, which would end the case.",
         "Elian American", "Elian"),
        ("Assembly of First Nations National Chief Cindy Woodhouse Nepinak said talks would resume.",
         "Assembly of First Nations National", "Assembly of First Nations"),
    ],
)
def test_span_edges_are_trimmed(nlp: Language, text: str, raw: str, trimmed: str) -> None:
    assert raw in {e.text for e in parse_one(text, nlp=nlp).ents}, "the model changed"
    assert trimmed in _spans(nlp, text)


def test_a_party_and_a_title_before_a_name_are_no_person(nlp: Language) -> None:
    """The model tags "Liberal MPP" a person before "John Fraser"; the title joins the name."""
    text = ("Critics, including Green Party Leader Mike Schreiner and Liberal MPP John Fraser, have called "
            "for a police investigation.")
    assert _model_tags(nlp, text, "Liberal MPP", "PERSON"), "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert "Liberal MPP" not in spans and spans["MPP John Fraser"].label == "PERSON", spans


def test_a_name_introduced_in_full_then_used_alone_is_a_person(nlp: Language) -> None:
    """The model tags nothing in "Connor Brasseur reached ..." and tags the lone "Brasseur" ORG."""
    text = ("EDMONTON — Connor Brasseur reached 500 career points as the Oilers won on Saturday.\n\n"
            "\"He is the best,\" the coach said of Brasseur.")
    assert not any("Connor" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    assert _model_tags(nlp, text, "Brasseur", "ORG"), "the model no longer tags the case"
    assert {(t, s.label) for t, s in _spans_all(nlp, text) if "Brasseur" in t} == {
        ("Connor Brasseur", "PERSON"), ("Brasseur", "PERSON")}


def test_a_full_name_tagged_org_whose_last_name_says_a_direct_quote_is_a_person(nlp: Language) -> None:
    text = "WINNIPEG — Kyle Dufresne scored twice on Friday.\n\n\"It felt good,\" Dufresne said."
    assert _model_tags(nlp, text, "Kyle Dufresne", "ORG") and _model_tags(nlp, text, "Dufresne", "ORG"), \
        "the model no longer tags the case"
    assert {(t, s.label) for t, s in _spans_all(nlp, text) if "Dufresne" in t} == {
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
    assert (_model_tags(nlp, text, full, model_labels[0]) and _model_tags(nlp, text, last, model_labels[1])), \
        "the model no longer tags the case"
    assert {(t, s.label) for t, s in _spans_all(nlp, text) if last in t} == {(full, "PERSON"), (last, "PERSON")}


def test_a_place_and_a_title_tagged_with_a_name_as_an_org_leave_the_person(nlp: Language) -> None:
    """The model tagged "Hawaii Congresswoman Tulsi Gabbard" one ORG in a news article (PerSenT dev
    3603); the span is set so here, as the model gave it, on an invented text."""
    doc = parse_one("Hawaii Congresswoman Tulsi Gabbard met voters in Hawaii. Gabbard said the vote was close.",
                    nlp=nlp)
    hawaii, gabbard = [t.i for t in doc if t.text == "Hawaii"], [t.i for t in doc if t.text == "Gabbard"]
    doc.ents = [Span(doc, 0, 4, label="ORG"), Span(doc, hawaii[1], hawaii[1] + 1, label="GPE"),
                Span(doc, gabbard[1], gabbard[1] + 1, label="PERSON")]
    spans = {doc[s.start:s.end].text: s.label for s in corrected_entities(doc)}
    assert spans.get("Congresswoman Tulsi Gabbard") == "PERSON", spans


def test_a_home_town_after_of_is_cut_from_a_name(nlp: Language) -> None:
    text = "Darnell Okafor of Staten Island was charged on Monday. Okafor was released."
    assert _model_tags(nlp, text, "Darnell Okafor of Staten Island", "PERSON"), "the model no longer tags the case"
    assert "Darnell Okafor" in _spans(nlp, text) and "Darnell Okafor of Staten Island" not in _spans(nlp, text)


def test_a_word_used_alone_that_is_an_english_word_makes_no_introduced_name(nlp: Language) -> None:
    """"Grace Church" then "the Church": a common word is no last name."""
    text = "Grace Church opened its doors on Sunday. The Church said it would stay open."
    assert not any(s.label == "PERSON" for _, s in _spans_all(nlp, text))


def test_first_names_and_the_one_word_span_after_them_are_one_person(nlp: Language) -> None:
    """The model splits "Marc-André Leclerc" into "Marc-André" PERSON and "Leclerc" ORG."""
    text = "Neither did Marc-André Leclerc or Jacques de Montigny."
    assert _model_tags(nlp, text, "Leclerc", "ORG"), "the model no longer tags the case"
    assert _spans(nlp, text)["Marc-André Leclerc"].label == "PERSON"


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
    assert _model_tags(nlp, text, party, model_label), "the model no longer tags the case"
    assert _spans(nlp, text)[party].label == "ORG"


def test_an_untagged_given_name_joins_the_name_after_it(nlp: Language) -> None:
    """The model tags "Singh Gill" of "Gurdev Singh Gill"; "Gurdev" is no English word and a part of
    the name by the parse."""
    text = "Gurdev Singh Gill, 78, died two days later."
    assert "Singh Gill" in {e.text for e in parse_one(text, nlp=nlp).ents}, "the model changed"
    assert "Gurdev Singh Gill" in _spans(nlp, text)


def test_x_administration_is_an_org_owned_by_x(nlp: Language) -> None:
    span = _spans(nlp, "The Biden administration announced new sanctions.")["Biden administration"]
    assert span.label == "ORG"
    assert span.owner_name == (span.start, span.start + 1)


def test_credit_line_yields_no_entities(nlp: Language) -> None:
    assert _spans(nlp, "Marc Santora contributed reporting from Kyiv, Ukraine.") == {}


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
    assert dropped not in _spans(nlp, text)


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
    assert dropped not in _spans(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Senators argued all night. Gore said nothing. Later, Al Gore left the room.", "Gore"),
        ("Tourists flock to safari lodges in Tanzania, said Mr. Gore.", "Mr. Gore"),
    ],
)
def test_capitalised_surnames_that_are_common_words_survive(nlp: Language, text: str,
                                                            kept: str) -> None:
    assert _spans(nlp, text)[kept].label == "PERSON"


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
    assert {s.label for t, s in _spans_all(nlp, text) if t == place} == {"GPE"}


def test_a_surname_tagged_gpe_is_a_person(nlp: Language) -> None:
    text = ("Edward Pryce was taken hostage in May. Officials told the family of Pryce on Sunday."
            " Colleagues said Pryce was careful.")
    labels = {(e.text, e.label_) for e in parse_one(text, nlp=nlp).ents}
    assert {("Pryce", "GPE"), ("Pryce", "PERSON")} <= labels, "the model changed"
    assert {s.label for t, s in _spans_all(nlp, text) if t == "Pryce"} == {"PERSON"}
    assert _spans(nlp, text)["Edward Pryce"].label == "PERSON"


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
    assert _model_tags(nlp, text, surname, "GPE"), "the model no longer tags the case"
    assert {s.label for t, s in _spans_all(nlp, text) if t == surname} == {"PERSON"}


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
    assert {s.label for t, s in _spans_all(nlp, text) if t == place} == {"GPE"}


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
    assert {s.label for t, s in _spans_all(nlp, text) if name in t} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harwell Mott, the largest provider of cable service in Texas, raised its offer.",
         "Harwell Mott"),
        ("Kelston Ames is a Boston holding company for several retailers.", "Kelston Ames"),
        ("Investors value Harwell Mott's offer highly. Harwell Mott's shareholders will vote.",
         "Harwell Mott"),
        ("Volunteers aboard the Hanna Berg were detained.", "Hanna Berg"),
        # an organisation noun names it: before it, modified by it, or through "known as"
        ("Roginsky, quoted by the Russian news website Vesti, said it was a check.", "Vesti"),
        ("The newspaper of the party, daily Gramma, published a letter.", "Gramma"),
        ("The Maariv newspaper said Sunday that the talks failed.", "Maariv"),
        ("Bin Laden leads a terrorist organization known as Al-Aqeda, the FBI says.", "Al-Aqeda"),
        ("The Kremlin said the charity Tanya Brook would close.", "Tanya Brook"),
    ],
)
def test_person_spans_that_are_organisations_by_context(nlp: Language, text: str,
                                                        name: str) -> None:
    assert name in {e.text.removesuffix("'s").removeprefix("the ") for e in
                    parse_one(text, nlp=nlp).ents if e.label_ == "PERSON"}, "the model changed"
    assert {s.label for t, s in _spans_all(nlp, text) if t == name} == {"ORG"}


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
    spans = _spans_all(nlp, text)
    assert spans, "the model changed"
    assert {s.label for _, s in spans} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("In an interview with CNN, the boy's father criticized the meeting.", "CNN"),
    ],
)
def test_an_org_before_the_subject_of_the_next_clause_stays_an_org(nlp: Language, text: str,
                                                                  org: str) -> None:
    assert _spans(nlp, text)[org].label == "ORG"


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
    assert _spans(nlp, text)[name].label == label


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
    assert _spans(nlp, text)[name].label == "PERSON"


def test_a_person_coordinated_with_a_nationality_modifier_is_a_place(nlp: Language) -> None:
    text = "Many were waving British and Ulster flags in the street."
    assert ("Ulster", "PERSON") in {(e.text, e.label_) for e in parse_one(text, nlp=nlp).ents}
    assert _spans(nlp, text)["Ulster"].label == "GPE"


def test_a_place_name_is_cut_from_the_front_of_a_person_name(nlp: Language) -> None:
    text = "Roger Bernstein, representing the Miami Gonzalez family, spoke in Miami on Friday."
    assert "Miami Gonzalez" in {e.text for e in parse_one(text, nlp=nlp).ents}, "model changed"
    spans = _spans(nlp, text)
    assert "Miami Gonzalez" not in spans
    assert spans["Gonzalez family"].owner_name is not None


def test_a_first_name_that_is_a_place_stays(nlp: Language) -> None:
    text = "Virginia Welch said the storm hit Virginia hard."
    assert "Virginia Welch" in _spans(nlp, text)


def _mention_texts(nlp: Language, text: str) -> dict[str, str]:
    from analysis.actors import extract_mentions

    return {m.text: m.actor for m in extract_mentions(parse_one(text, nlp=nlp))}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # an age glued on by a comma is trimmed from the mention and the actor
        ("The victim, Tarik Oulmane,60, was a baker.", "Tarik Oulmane", "Tarik Oulmane,60"),
        # a role word is not part of the name
        ("Defender Hassan Abbas scored twice on Sunday.", "Hassan Abbas", "Defender Hassan Abbas"),
        ("Announcers Dick Enberg and Tony Gwynn called the game.", "Dick Enberg", "Announcers Dick Enberg"),
        ("Bandmate Paul Langlois played two songs.", "Paul Langlois", "Bandmate Paul Langlois"),
        # an article is not part of the name
        ("She called him a Harvey Weinstein of the tech world.", "Harvey Weinstein", "a Harvey Weinstein"),
        # a name never runs over a paragraph break
        ("The minister met Jorun\n\nSmith arrived later.", "Jorun", "Jorun\n\n"),
    ],
)
def test_name_edges(nlp: Language, text: str, kept: str, dropped: str) -> None:
    found = _mention_texts(nlp, text)
    assert kept in found and dropped not in found
    assert all("\n" not in actor and not actor.endswith("60") for actor in found.values())


def test_agency_credit_is_not_an_actor(nlp: Language) -> None:
    found = _mention_texts(nlp, "Andrew Vaughan/Canadian Press\n\nThe storm hit the coast on Monday.")
    assert not any("Vaughan" in actor for actor in found.values())


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo: Andrew Vaughan", True),
        ("Photograph: Lena Ruud for the Herald", True),
        ("Photographers gathered outside the court.", False),
    ],
)
def test_photo_credit_lines(nlp: Language, text: str, credit: bool) -> None:
    from analysis.entities import is_credit_line

    assert is_credit_line(next(parse_one(text, nlp=nlp).sents)) is credit


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that is also a common noun stays
        ("President Park Geun-hye met the envoys.", "Park Geun-hye"),
        # a joint organisation name keeps its slash
        ("A New York Times/CBS News poll found the race tied.", "New York Times/CBS News"),
        # "named" after a noun for a person keeps the name
        ("A man named Lund said he saw the crash.", "Lund"),
        # a surname that is a nationality word stays when it modifies nothing
        ("Tom French said the vote was close.", "Tom French"),
        ("A fisherman named Orlando Ruiz found the boy.", "Orlando Ruiz"),
    ],
)
def test_name_rules_leave_names_alone(nlp: Language, text: str, name: str) -> None:
    assert any(name in mention for mention in _mention_texts(nlp, text))


def test_person_typed_org_and_person_is_one_actor(nlp: Language) -> None:
    # the model tags the full name ORG here and the surname PERSON
    text = "A spokesman for Salem Bitar declined to comment. Bitar said the bakery was full."
    doc = parse_one(text, nlp=nlp)
    labels = {doc[s.start:s.end].text: s.label for s in corrected_entities(doc)}
    assert labels["Salem Bitar"] == "PERSON"
    from analysis.actors import extract_mentions

    assert {m.actor for m in extract_mentions(doc) if "Bitar" in m.text} == {"Salem Bitar"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria Lund Wins Vote On Bridge Tolls", "Maria Lund"),
        ("Oskar Brandt Responds To Question About Tolls", "Oskar Brandt"),
        # a surname that is also a verb form stays after a first name
        ("Anna Banks Wins Vote On Bridge Tolls", "Anna Banks"),
    ],
)
def test_a_headline_name_ends_before_its_verb(nlp: Language, text: str, name: str) -> None:
    raw = {e.text for e in parse_one(text, nlp=nlp).ents}
    assert any(e.startswith(name + " ") for e in raw), "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert name in spans and spans[name].label == "PERSON"
    assert not [other for other in spans if other != name and other.startswith(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria Lund Industries cut jobs in May.", "Maria Lund Industries"),
        ("Anna Berg Hospital was closed.", "Anna Berg Hospital"),
        ("Oskar Brandt Holdings bought the mill.", "Oskar Brandt Holdings"),
    ],
)
def test_a_person_span_ending_in_an_organisation_word_is_an_org(nlp: Language, text: str, name: str) -> None:
    doc = parse_one(text, nlp=nlp)
    assert (name, "PERSON") in {(e.text, e.label_) for e in doc.ents}, "the model no longer tags the case"
    assert _spans(nlp, text)[name].label == "ORG"


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
    spans = _spans(nlp, text)
    assert not any(s.label == "ORG" and portfolio in name.split() for name, s in spans.items()), spans
    if kept is not None:
        assert any(kept in name and s.label == "PERSON" for name, s in spans.items()), spans


def test_a_named_body_after_a_title_stays_an_organisation(nlp: Language) -> None:
    """Only a portfolio is part of a title: "president of Harvard University" names the university."""
    spans = _spans(nlp, "Dora Lind, the president of Harvard University, said fees would rise.")
    assert spans.get("Harvard University") is not None and spans["Harvard University"].label == "ORG"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The ambassador to Kenya Prudence Holm was hurt in the blast.", "Prudence Holm"),
    ],
)
def test_a_country_ending_a_title_is_cut_from_the_name_after_it(nlp: Language, text: str, person: str) -> None:
    """"ambassador to Kenya Prudence Holm": the model runs the country into the name."""
    assert any(e.text.endswith(person) and e.text != person for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert person in spans and spans[person].label == "PERSON", spans


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kenya Airways cut 40 flights on Monday.", "Kenya Airways"),
        # no role and preposition before it: "Marine" is a first name, but this is the corps
        ("The U.S. Marine Corps sent 200 troops to the port.", "The U.S. Marine Corps"),
    ],
)
def test_a_country_in_an_organisation_name_stays(nlp: Language, text: str, kept: str) -> None:
    """Only a role phrase ending in a country runs into a name ("ambassador to Kenya ...")."""
    spans = _spans(nlp, text)
    assert kept in spans and spans[kept].label == "ORG", spans


@pytest.mark.parametrize(
    ("text", "person", "titled"),
    [
        ("Ontario NDP MPP Marit Stiles accused the premier of ignoring the crisis.", "Marit Stiles",
         "MPP Marit Stiles"),
    ],
)
def test_a_title_run_into_a_name_is_cut_off(nlp: Language, text: str, person: str, titled: str) -> None:
    """"MPP Marit Stiles" ORG: the model runs a parliamentary title into the name."""
    assert _model_tags(nlp, text, titled, "ORG"), "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert titled in spans and spans[titled].label == "PERSON", spans


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Sun., Nov. 29, 2026\nThe council met in Oakville to vote on the budget.", "Sun", None),
        ("The Sun reported that the council met on Friday.", None, "Sun"),
    ],
)
def test_a_weekday_opening_a_date_is_no_actor(nlp: Language, text: str, dropped: str | None,
                                              kept: str | None) -> None:
    """"Sun., Nov. 29": the model tags the weekday a place; a newspaper called the Sun stays."""
    spans = _spans(nlp, text)
    if dropped:
        assert any(e.text.startswith(dropped) for e in parse_one(text, nlp=nlp).ents), \
            "the model no longer tags the case"
        assert not any(t.startswith(dropped) for t in spans), spans
    if kept:
        assert kept in spans, spans


def test_an_untagged_name_after_a_title_is_a_person(nlp: Language) -> None:
    """The model tags nothing in "Ontario NDP MPP Marit Stiles accused ..." inside this paragraph;
    a title and a known first name make the name a person."""
    text = ("Crombie said Ford was wasting money.\n\nOntario NDP MPP Marit Stiles accused the premier "
            "of ignoring the housing crisis.")
    assert not any("Stiles" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    spans = _spans(nlp, text)
    assert "MPP Marit Stiles" in spans and spans["MPP Marit Stiles"].label == "PERSON", spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ben Franklin Stores Inc. reported a loss.", "Ben Franklin Stores Inc."),
        ("Ronald McDonald House Charities raised $2 million.", "Ronald McDonald House Charities"),
    ],
)
def test_a_person_span_ending_in_an_organisation_word_is_an_organisation(nlp: Language, text: str,
                                                                         name: str) -> None:
    assert _model_tags(nlp, text, name, "PERSON"), "the model no longer tags the case"
    assert _spans(nlp, text)[name].label == "ORG"


def test_a_person_span_described_by_which_is_an_organisation(nlp: Language) -> None:
    text = ("Holders tendered their shares to Brennan Cellular Communications. Brennan, which fell 2 1/2 "
            "to 37 3/4, has offered $125 a share.")
    assert _model_tags(nlp, text, "Brennan", "PERSON"), "the model no longer tags the case"
    assert _spans(nlp, text)["Brennan"].label == "ORG"


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
    assert _model_tags(nlp, text, place, "PERSON"), "the model no longer tags the case"
    assert _spans(nlp, text)[place].label == "GPE"


def test_a_name_and_its_place_after_a_comma_stay_a_person(nlp: Language) -> None:
    spans = _spans(nlp, "Jane Hamilton, Ontario's finance minister, spoke first.")
    assert spans["Jane Hamilton"].label == "PERSON"


def test_a_capitalised_common_noun_coordinated_with_a_plural_is_no_person(nlp: Language) -> None:
    text = "Arson and bombings at clinics have become so common."
    assert _model_tags(nlp, text, "Arson", "PERSON"), "the model no longer tags the case"
    assert "Arson" not in _spans(nlp, text)


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
    assert _model_tags(nlp, text, place, model_label), "the model no longer tags the case"
    assert _spans(nlp, text)[place].label == "GPE"


def test_a_person_span_ending_in_a_word_for_an_area_is_a_place(nlp: Language) -> None:
    text = "Dhaliwal said Peel Region needs a second hospital."
    assert _model_tags(nlp, text, "Peel Region", "PERSON"), "the model no longer tags the case"
    assert _spans(nlp, text)["Peel Region"].label == "GPE"


def test_an_organisation_described_by_which_stays_an_organisation(nlp: Language) -> None:
    text = "Ozark Logistics, which runs the depot, said the trucks would return."
    assert _model_tags(nlp, text, "Ozark Logistics", "ORG"), "the model no longer tags the case"
    assert _spans(nlp, text)["Ozark Logistics"].label == "ORG"


@pytest.mark.parametrize(
    ("text", "modifier", "model_label", "label"),
    [
        ("Saskatchewan Premier Scott Moe did not attend the ceremony.", "Saskatchewan", "PERSON", "GPE"),
        ("Nunavut Premier P.J. Akeeagok called for more housing.", "Nunavut", "ORG", "GPE"),
        ("Bank of Canada Governor Tiff Macklem said rates would hold.", "Bank of Canada", "ORG", "ORG"),
    ],
)
def test_the_place_or_body_before_an_office_and_a_name_is_no_person(
        nlp: Language, text: str, modifier: str, model_label: str, label: str) -> None:
    """"Saskatchewan Premier Scott Moe": the word before the title says where the office is held;
    a premier's or mayor's is a place, a bank's governor's stays an organisation."""
    assert _model_tags(nlp, text, modifier, model_label), "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert spans[modifier].label == label, spans


def test_an_untagged_name_after_an_abbreviated_title_is_a_person(nlp: Language) -> None:
    """An abbreviated title ("Coun." split from its full stop) stands only before a name, so the
    name need not start with a known first name."""
    text = "Coun. Parthi Kandavel, who represents the ward, said residents were shaken."
    assert not any("Kandavel" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    spans = _spans(nlp, text)
    assert "Coun. Parthi Kandavel" in spans and spans["Coun. Parthi Kandavel"].label == "PERSON", spans


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
    spans = _spans(nlp, text)
    assert name in spans and spans[name].label == "PERSON", spans


def test_an_all_lowercase_text_keeps_its_lowercase_organisations(nlp: Language) -> None:
    """In a text that capitalises nothing, lower case says nothing about names."""
    spans = _spans(nlp, "the state department said on monday that talks with iran would resume in geneva.")
    assert spans.get("the state department") is not None and spans["the state department"].label == "ORG", spans


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
    spans = _spans(nlp, text)
    assert surname in spans and spans[surname].label == "PERSON", spans


def test_a_last_name_tagged_nationality_is_a_person(nlp: Language) -> None:
    text = "Conservative Leader Pierre Poilievre called the tax a scam. Poilievre spoke at a rally in Regina."
    assert _model_tags(nlp, text, "Poilievre", "NORP"), "the model no longer tags the case"
    assert _spans(nlp, text)["Poilievre"].label == "PERSON"


def test_a_plural_of_a_word_of_the_text_is_no_last_name(nlp: Language) -> None:
    """The model tags "Rwanda Hutus" PERSON; "Hutus" is the plural of the text's "Hutu", a group."""
    text = ("Hutu militias fled. The exodus of about 2 million Rwanda Hutus to neighboring countries began "
            "in 1994. Hutus who favored peace were killed.")
    assert any(e.text == "Rwanda Hutus" and e.label_ == "PERSON" for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    assert [text for text, span in _spans_all(nlp, text) if text == "Hutus"] == [], _spans_all(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police found the truck near Merritt, B.C. Okafor said the driver was safe.", "Okafor"),
        ("Police found the truck near Kamloops, B.C. Laviolette said the driver was safe.", "Laviolette"),
    ],
)
def test_a_province_abbreviation_is_cut_from_the_name_after_it(nlp: Language, text: str, name: str) -> None:
    """The parser runs "Town, B.C." into the next sentence's name; the abbreviation is no part of it."""
    spans = _spans(nlp, text)
    assert name in spans and spans[name].label == "PERSON", spans


def test_a_score_is_cut_and_a_team_after_the_and_a_place_is_an_organisation(nlp: Language) -> None:
    """A junior team the team list does not hold: the rule of "the" and a place does the work."""
    text = "The Knights beat the Halifax Mooseheads 4-2 on Saturday."
    assert any(e.text == "Mooseheads 4-2" and e.label_ == "PERSON" for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert spans.get("Mooseheads") is not None and spans["Mooseheads"].label == "ORG", spans


def test_a_title_of_office_with_the_before_a_name_keeps_the_person(nlp: Language) -> None:
    """ "the Exchequer Nigel Lawson": a known first name keeps the person after "the" and a capital."""
    spans = _spans(nlp, "Prices fell after Chancellor of the Exchequer Nigel Lawson resigned.")
    assert any(text.endswith("Nigel Lawson") and span.label == "PERSON" for text, span in spans.items()), spans


def test_a_portfolio_before_a_title_is_no_organisation(nlp: Language) -> None:
    text = "Ontario will cut electricity rates, Energy Minister Todd Smith announced Thursday."
    assert _model_tags(nlp, text, "Energy", "ORG"), "the model no longer tags the case"
    assert "Energy" not in _spans(nlp, text)


def test_a_platform_tagged_person_is_an_organisation(nlp: Language) -> None:
    text = ("Erin Calloway, the former party leader, said on Twitter that the province was listening. "
            "Calloway did not take questions.")
    spans = _spans(nlp, text)
    assert spans.get("Twitter") is not None and spans["Twitter"].label == "ORG", spans


def test_a_hyphenated_name_with_a_role_in_apposition_is_a_person(nlp: Language) -> None:
    """Hyphenated first and last names count as one word each for the name shape."""
    text = ("Marie-Ève Tremblay-Gagnon, a spokesperson for the utility, said it had no plans to change "
            "its rates. Tremblay-Gagnon added that the rates were low.")
    spans = _spans(nlp, text)
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
    assert _model_tags(nlp, text, name, model_label), "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert spans[name].label == "PERSON" and spans[place].label == "GPE", spans


def test_an_untagged_name_given_with_an_age_is_a_person(nlp: Language) -> None:
    text = ("A 45-year-old man has been charged after a crash on Sunday.\n\nRajinder Sandhu, 45, of "
            "Mississauga, was arrested at the scene, police said.")
    assert not any("Sandhu" in e.text for e in parse_one(text, nlp=nlp).ents), "the model now tags the case"
    assert _spans(nlp, text)["Rajinder Sandhu"].label == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halton police Const. Taryn Young said investigators are appealing for video.", "Const. Taryn Young"),
    ],
)
def test_an_org_after_a_split_off_title_is_a_person(nlp: Language, text: str, name: str) -> None:
    """The tokenizer splits "Const" from its full stop; the title still makes the name a person."""
    spans = _spans(nlp, text)
    assert spans[name].label == "PERSON", spans


def test_a_town_before_a_resident_noun_is_a_place(nlp: Language) -> None:
    text = "A Guelph man, Yusuf Demir, 38, was charged."
    assert _model_tags(nlp, text, "Guelph", "PERSON"), "the model no longer tags the case"
    assert _spans(nlp, text)["Guelph"].label == "GPE"


def test_a_team_found_after_the_is_an_organisation_throughout(nlp: Language) -> None:
    """ "the Montreal Canadiens 4-3" makes "Canadiens" an organisation in the whole text, score cut
    (the team list names it in full, then alone)."""
    text = "Toronto beat the Montreal Canadiens 4-3 on Saturday. Canadiens goaltender Sam Montembeault stopped 27 shots."
    assert [e.label_ for e in parse_one(text, nlp=nlp).ents if e.text.startswith("Canadiens")] == ["PERSON", "PERSON"], \
        "the model no longer tags the case"
    assert [(text, span.label) for text, span in _spans_all(nlp, text) if "Canadiens" in text] == [
        ("Montreal Canadiens", "ORG"), ("Canadiens", "ORG")]


def test_an_org_in_apposition_after_a_role_noun_is_a_person(nlp: Language) -> None:
    text = "Tor Lund was charged on Monday. His lawyer, Maren Holt, said the charge would not stand."
    assert any(e.text == "Maren Holt" and e.label_ == "ORG" for e in parse_one(text, nlp=nlp).ents), \
        "the model no longer tags the case"
    assert _spans(nlp, text)["Maren Holt"].label == "PERSON"


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
    assert _model_tags(nlp, text, dropped, "PERSON"), "the model no longer tags the case"
    spans = _spans(nlp, text)
    assert dropped not in spans or spans[dropped].label == "ORG", spans


def test_a_person_in_a_list_of_organisations_stays(nlp: Language) -> None:
    assert _spans(nlp, "The deal involved Apple, Tim Cook and Google.")["Tim Cook"].label == "PERSON"


def test_a_name_cut_after_a_titles_possessive_is_whole(nlp: Language) -> None:
    """The model tags "Queen's" of "Queen's Park" (Ontario's legislature) alone."""
    text = "Smith told reporters at Queen's Park that the cut would help."
    assert any(e.text == "Queen's" for e in parse_one(text, nlp=nlp).ents), "the model no longer tags the case"
    assert "Queen's Park" in _spans(nlp, text)


def test_a_model_designation_is_no_person(nlp: Language) -> None:
    text = "Ukraine is building the An-70 transport plane."
    assert _model_tags(nlp, text, "An-70", "PERSON"), "the model no longer tags the case"
    assert "An-70" not in _spans(nlp, text)
