"""Tests for analysis.actors: mentions linked to canonical actors, and the actor summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.actors import Actor, extract_mentions, summarize_actors
from analysis.nlp import parse_one
from analysis.records import Mention


def _actors(nlp: Language, text: str) -> dict[str, Actor]:
    doc = parse_one(text, nlp=nlp)
    return {a.actor: a for a in summarize_actors(doc, extract_mentions(doc))}


def _mention(nlp: Language, text: str, surface: str) -> Mention:
    found = [m for m in extract_mentions(parse_one(text, nlp=nlp)) if m.text == surface]
    assert found, f"no mention {surface!r}"
    return found[0]


def _body(sample_path: Path) -> str:
    lines = sample_path.read_text(encoding="utf-8").splitlines()
    return "\n\n".join(lines[1:17])


@pytest.fixture(scope="module")
def sample_doc(nlp: Language, sample_path: Path) -> Doc:
    """The sample article's body (lines 2-17, paragraphs joined by a blank line), parsed."""
    return parse_one(_body(sample_path), nlp=nlp)


@pytest.fixture(scope="module")
def sample_actors(sample_doc: Doc) -> dict[str, Actor]:
    return {a.actor: a for a in summarize_actors(sample_doc, extract_mentions(sample_doc))}


@pytest.mark.parametrize(
    ("text", "canonical", "aliases"),
    [
        ("Vladimir V. Putin visited the front. Mr. Putin met soldiers. Putin later flew home.",
         "Vladimir V. Putin", ("Mr. Putin", "Putin", "Vladimir V. Putin")),
        ("Mr. Putin met soldiers. Later, Vladimir V. Putin flew home.",
         "Vladimir V. Putin", ("Mr. Putin", "Vladimir V. Putin")),
        ("Gen. Valery V. Gerasimov attended. General Gerasimov said the operation was over.",
         "Valery V. Gerasimov", ("Gen. Valery V. Gerasimov", "General Gerasimov")),
        ("President Joseph R. Biden Jr. spoke on Tuesday. Mr. Biden took no questions.",
         "Joseph R. Biden Jr.", ("Mr. Biden", "President Joseph R. Biden Jr.")),
        ("Prime Minister Keir Starmer met farmers. Mr. Starmer then left London.",
         "Keir Starmer", ("Mr. Starmer", "Prime Minister Keir Starmer")),
        ("Sen. Elizabeth Warren criticized the bill. Ms. Warren called it a giveaway.",
         "Elizabeth Warren", ("Ms. Warren", "Sen. Elizabeth Warren")),
        # a first name alone joins the only full name starting with it
        ("Evana Roth told reporters she was unaware. Evana said the plan was not hers.",
         "Evana Roth", ("Evana", "Evana Roth")),
        # police titles are stripped; a name particle joins the surname the model tagged apart
        ("Chief Superintendent Al McHugh said the bomb was found. McHugh gave no details.",
         "Al McHugh", ("Chief Superintendent Al McHugh", "McHugh")),
        ("Aid reached the office of President Daniel arap Moi on Friday.",
         "Daniel arap Moi", ("President Daniel arap Moi",)),
        # possessive endings are trimmed from names
        ("Raymond Roth's lawyer spoke. The plan was Raymond Roth's idea.",
         "Raymond Roth", ("Raymond Roth",)),
    ],
)
def test_names_titles_and_initials_merge_into_one_actor(nlp: Language, text: str,
                                                        canonical: str,
                                                        aliases: tuple[str, ...]) -> None:
    actors = _actors(nlp, text)
    people = [a for a in actors.values() if a.type == "PERSON"]
    assert [a.actor for a in people] == [canonical]
    assert actors[canonical].aliases == aliases


def test_same_surname_goes_to_the_most_recent_full_name(nlp: Language) -> None:
    text = ("Hunter Biden left early. Joe Biden spoke later. Mr. Biden took no questions.")
    assert _mention(nlp, text, "Mr. Biden").actor == "Joe Biden"


def test_a_lone_word_that_starts_a_company_name_is_the_company(nlp: Language) -> None:
    """Beside Halvorsen Freight Inc. and Edda Halvorsen, a bare "Halvorsen" is the company."""
    text = ("Halvorsen Freight Inc. chief executive Mark Dunn said profits fell. Edda Halvorsen, the "
            "company's chair, did not comment. Shares of Halvorsen fell 2 per cent.")
    assert _mention(nlp, text, "Halvorsen").actor == "Halvorsen Freight Inc."
    assert _mention(nlp, text, "Edda Halvorsen").actor == "Edda Halvorsen"


def test_a_short_form_matches_a_full_name_in_capitals(nlp: Language) -> None:
    """Wire copy opens with the company in capitals ("HALVORSEN FREIGHT Inc. said ...")."""
    text = ("HALVORSEN FREIGHT Inc. said it plans to raise 175 million dollars. Halvorsen said the shares "
            "will be convertible.")
    assert _mention(nlp, text, "Halvorsen").label == "ORG"
    assert _mention(nlp, text, "Halvorsen").actor == "HALVORSEN FREIGHT Inc."


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        # the model tags the two-word last name: it joins the full name
        ("Critic Ingrid Brekke Lund accused the council of moving too slowly. Brekke Lund said thousands "
         "were left behind.", "Brekke Lund", "Ingrid Brekke Lund"),
        # the model leaves it untagged: it is found, then joined
        ("Conservative critic Michelle Rempel Garner accused the Liberals of moving too slowly. Rempel Garner "
         "said thousands of interpreters were left behind.", "Rempel Garner", "Michelle Rempel Garner"),
        # its first word a first name elsewhere: still the same person
        ("Khalid Bin Saleh was indicted in May. Officials said Bin Saleh was not in custody.", "Bin Saleh",
         "Khalid Bin Saleh"),
    ],
)
def test_a_two_word_last_name_joins_the_full_name(nlp: Language, text: str, surface: str, actor: str) -> None:
    assert _mention(nlp, text, surface).actor == actor


def test_a_family_of_nobody_named_is_a_group_not_a_person(nlp: Language) -> None:
    actors = _actors(nlp, "The Halvard family of Bergen bought the stake. Tor Lund was shot. The Lund family mourned.")
    assert actors["Halvard family"].type == "ORG"
    assert "Lund family" in actors["Tor Lund"].aliases


def test_a_hyphenated_last_name_alone_joins_the_full_name(nlp: Language) -> None:
    text = ("Marie-Ève Tremblay-Gagnon, a spokesperson for the utility, said it had no plans to change "
            "its rates. Tremblay-Gagnon added that the rates were low.")
    assert _mention(nlp, text, "Tremblay-Gagnon").actor == "Marie-Ève Tremblay-Gagnon"


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Martin Oakes bought the mill. Marty Oakes said he would keep it open.", "Marty Oakes", "Martin Oakes"),
        ("Bob Lindqvist won the seat. Later, Robert Lindqvist thanked his staff.", "Bob Lindqvist", "Robert Lindqvist"),
        ("Hillary Clinton spoke first. Bill Clinton spoke later.", "Bill Clinton", "Bill Clinton"),
    ],
)
def test_a_nickname_joins_the_formal_name_of_the_same_person(nlp: Language, text: str, surface: str,
                                                              actor: str) -> None:
    """A nickname and its formal name with one last name are one actor; other first names are not."""
    assert _mention(nlp, text, surface).actor == actor


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Officials said the united states would send aid to Jordan.", "the united states", "United States"),
        ("Exiles met in Miami. Pro-Life Virginia said it would march.", "Pro-Life Virginia", "Pro-Life Virginia"),
    ],
)
def test_lower_case_countries_and_prefixed_names(nlp: Language, text: str, surface: str, actor: str) -> None:
    """A country written in lower case is the country; an organisation named "Pro-..." stays."""
    assert _mention(nlp, text, surface).actor == actor


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Saddam Hussein massed troops. King Hussein of Jordan flew to Baghdad.", "King Hussein", "King Hussein"),
        ("Pope Francis met Luis Francis in Rome on Monday.", "Pope Francis", "Pope Francis"),
        ("Saddam Hussein massed troops. Mr. Hussein refused to withdraw.", "Mr. Hussein", "Saddam Hussein"),
        ("Pope Francis met bishops on Sunday. Francis said the church must change.", "Francis", "Pope Francis"),
        ("Saddam Hussein massed troops. King Hussein flew to Baghdad. Hussein refused to withdraw.", "Hussein",
         "Saddam Hussein"),
    ],
)
def test_a_regnal_name_is_never_a_surname(nlp: Language, text: str, surface: str, actor: str) -> None:
    """A monarch or pope known by title and one name is a person of that whole name; that name
    alone is them when it is no one's last name."""
    assert _mention(nlp, text, surface).actor == actor


def test_a_word_opening_a_title_is_no_part_of_the_name(nlp: Language) -> None:
    """"Rear Admiral Gregory Smith", tagged ORG by the model, is Gregory Smith."""
    text = "Rear Admiral Gregory Smith told reporters the strike was accurate. Smith said more were planned."
    assert _mention(nlp, text, "Rear Admiral Gregory Smith").actor == "Gregory Smith"
    assert _mention(nlp, text, "Smith").actor == "Gregory Smith"


@pytest.mark.parametrize(
    ("text", "surface", "label", "actor"),
    [
        ("The Kremlin said talks would continue.", "Kremlin", "GPE_CAPITAL", "Russia"),
        ("Moscow rejected the proposal.", "Moscow", "GPE_CAPITAL", "Russia"),
        ("Russians voted on Sunday.", "Russians", "NORP", "Russia"),
        ("Kyiv said its forces held the line.", "Kyiv", "GPE_CAPITAL", "Ukraine"),
        ("Ukrainian troops advanced near Kharkiv.", "Ukrainian", "NORP", "Ukraine"),
        ("The White House declined to comment.", "The White House", "GPE_CAPITAL",
         "United States"),
        ("American officials met British diplomats.", "British", "NORP", "United Kingdom"),
        ("Beijing warned Taiwan on Monday.", "Beijing", "GPE_CAPITAL", "China"),
        ("He cited the laws of the Russian Federation.", "the Russian Federation", "GPE",
         "Russia"),
    ],
)
def test_countries_demonyms_and_capitals_link_to_the_country(nlp: Language, text: str,
                                                             surface: str, label: str,
                                                             actor: str) -> None:
    mention = _mention(nlp, text, surface)
    assert (mention.label, mention.actor, mention.kind) == (label, actor, "country")


def test_country_forms_make_one_gpe_actor(nlp: Language) -> None:
    actor = _actors(nlp, "Russia attacked. Moscow said the Russian army advanced. "
                         "The Kremlin agreed.")["Russia"]
    assert actor.type == "GPE"
    assert actor.n_mentions == 4
    assert actor.aliases == ("Kremlin", "Moscow", "Russia", "Russian")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Biden administration announced new sanctions on Monday.", "Biden"),
        ("Joe Biden met reporters. Later the Biden administration announced sanctions.",
         "Joe Biden"),
        ("The Trump administration froze the aid, and President Trump defended it.", "Trump"),
    ],
)
def test_x_administration_is_a_mention_of_person_x(nlp: Language, text: str, actor: str) -> None:
    mention = _mention(nlp, text, text.split(" administration")[0].split()[-1] + " administration")
    assert (mention.label, mention.actor) == ("ORG", actor)
    assert _actors(nlp, text)[actor].type == "PERSON"


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("The Obama Administration said the tax would rise.", "The Obama Administration", "Obama"),
        # a common word is no person's name
        ("The Labour Campaign said the tax would rise.", "The Labour Campaign", "Labour Campaign"),
    ],
)
def test_a_capitalised_administration_tagged_whole(nlp: Language, text: str, surface: str, actor: str) -> None:
    """"The Obama Administration", one ORG to the model, is a mention of Obama."""
    assert _mention(nlp, text, surface).actor == actor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces pushed toward Sudzha, the main town in the region.", "Sudzha"),
        ("Ukrainian troops entered the Kursk region in August. Fighting continued in Kursk.",
         "Kursk"),
    ],
)
def test_places_tagged_as_persons_become_place_actors(nlp: Language, text: str,
                                                      place: str) -> None:
    actors = _actors(nlp, text)
    assert actors[place].type == "GPE"
    assert not [a for a in actors.values() if a.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "place", "n_mentions"),
    [
        ("Kylie Lund of LaSalle, Ont., won bronze. She trains in Ontario.", "Ontario", 2),
        ("A clinic in Portland, Ore., closed on Monday.", "Oregon", 1),
        ("The mill in Antigonish, N.S., reopened.", "Nova Scotia", 1),
    ],
)
def test_a_province_or_state_abbreviation_is_the_place_in_full(nlp: Language, text: str, place: str,
                                                                n_mentions: int) -> None:
    actors = _actors(nlp, text)
    assert actors[place].n_mentions == n_mentions and not any(len(name) <= 4 for name in actors)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("A 22-year-old British man was sentenced to 19 years in prison.", "22-year-old"),
        ("The two sides agreed to a 30-day cease-fire.", "30-day"),
    ],
)
def test_ages_and_durations_are_not_mentions(nlp: Language, text: str, measure: str) -> None:
    start = text.index(measure)
    mentions = extract_mentions(parse_one(text, nlp=nlp))
    assert not [m for m in mentions if m.start < start + len(measure) and start < m.end]


def test_headline_fragment_creates_no_actor(nlp: Language) -> None:
    actors = _actors(nlp, "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops")
    assert "Cheer Ouster" not in actors
    assert actors["Putin"].type == "PERSON"


def test_credit_line_creates_no_actor(nlp: Language, sample_path: Path) -> None:
    text = _body(sample_path) + "\n\nMarc Santora contributed reporting from Kyiv, Ukraine."
    doc = parse_one(text, nlp=nlp)
    mentions = extract_mentions(doc)
    credit_start = text.rindex("Marc Santora")
    assert not [m for m in mentions if m.start >= credit_start]
    assert "Marc Santora" not in {a.actor for a in summarize_actors(doc, mentions)}


def test_mentions_are_sorted_and_offsets_match_text(sample_doc: Doc) -> None:
    mentions = extract_mentions(sample_doc)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(sample_doc.text[m.start:m.end] == m.text for m in mentions)


def test_summary_counts_first_sentence_and_order(nlp: Language) -> None:
    text = "Markets fell. Angela Merkel spoke in Paris. She met Ms. Merkel’s allies in France."
    doc = parse_one(text, nlp=nlp)
    actors = summarize_actors(doc, extract_mentions(doc))
    merkel = next(a for a in actors if a.actor == "Angela Merkel")
    assert (merkel.type, merkel.n_mentions, merkel.first_sentence) == ("PERSON", 3, 1)
    assert merkel.aliases == ("Angela Merkel", "Ms. Merkel")
    assert actors[0] == merkel


SAMPLE_PEOPLE = {
    "Vladimir V. Putin": {"Vladimir V. Putin", "Mr. Putin", "Russia’s president",
                          "The Russian leader"},
    "Valery V. Gerasimov": {"Gen. Valery V. Gerasimov", "General Gerasimov",
                            "Russia’s top military officer"},
    "Oleksandr Syrsky": {"Gen. Oleksandr Syrsky", "Ukraine’s top military commander"},
    "Volodymyr Zelensky": {"President Volodymyr Zelensky"},
    "Trump": {"President Trump", "Trump administration"},
}


def test_sample_has_exactly_five_people(sample_actors: dict[str, Actor]) -> None:
    people = {name for name, actor in sample_actors.items() if actor.type == "PERSON"}
    assert people == set(SAMPLE_PEOPLE)


@pytest.mark.parametrize(("name", "aliases"), SAMPLE_PEOPLE.items())
def test_sample_person_aliases_are_merged(sample_actors: dict[str, Actor], name: str,
                                          aliases: set[str]) -> None:
    assert set(sample_actors[name].aliases) == aliases


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("Russia", {"Russia", "Russian", "Moscow", "Kremlin", "the Russian Federation"}),
        ("Ukraine", {"Ukraine", "Ukrainian", "Kyiv"}),
    ],
)
def test_sample_countries_gather_demonyms_and_capitals(sample_actors: dict[str, Actor],
                                                        name: str, aliases: set[str]) -> None:
    assert sample_actors[name].type == "GPE"
    assert set(sample_actors[name].aliases) == aliases


@pytest.mark.parametrize("place", ["Kursk", "Sudzha"])
def test_sample_places_are_places(sample_actors: dict[str, Actor], place: str) -> None:
    assert sample_actors[place].type == "GPE"


def test_sample_putin_counts(sample_actors: dict[str, Actor]) -> None:
    putin = sample_actors["Vladimir V. Putin"]
    assert putin.first_sentence == 0
    assert putin.n_mentions == 17


def test_a_person_name_tagged_org_is_a_person_mention(nlp: Language) -> None:
    """A surname the tagger labels ORG joins the person and is relabelled PERSON, so a later
    "she" can refer to it."""
    doc = parse_one("Ava Lindqvist directed the film. Lindqvist said she felt the law was unfair.", nlp=nlp)
    doc.ents = [Span(doc, e.start, e.end, "ORG" if e.text == "Lindqvist" else e.label_) for e in doc.ents]
    mentions = extract_mentions(doc)
    assert {(m.text, m.label) for m in mentions if m.actor == "Ava Lindqvist"} == {
        ("Ava Lindqvist", "PERSON"), ("Lindqvist", "PERSON"), ("she", "PERSON")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital after a proper noun ends an organisation's name
        ("Real Madrid beat the visitors on Sunday.", {("Real Madrid", "ORG", "Real Madrid")}),
        # a place prefix keeps the place
        ("Talks in East Jerusalem and in Madrid went on.", {("Madrid", "GPE_CAPITAL", "Spain")}),
        # "the Philippines" is the country's name, not the plural of the demonym "Philippine"
        ("The Philippines sent ships.", {("Philippines", "GPE", "Philippines")}),
    ],
)
def test_capitals_in_names_and_country_names(nlp: Language, text: str,
                                             expected: set[tuple[str, str, str]]) -> None:
    found = {(m.text, m.label, m.actor) for m in extract_mentions(parse_one(text, nlp=nlp))}
    assert expected <= found
    assert not any(m[2] == "Spain" for m in found if m[0] != "Madrid")


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.", {"WASHINGTON", "Reuters"}, {"Senate"}),
        ("OSLO, Norway (AP) — Maria Lund won the race.", {"OSLO", "AP"}, {"Maria Lund"}),
        ("(AP) -- Maria Lund won the race.", {"AP"}, {"Maria Lund"}),
        ("BERGEN, Norway (AP)_ Maria Lund won the race.", {"BERGEN", "AP"}, {"Maria Lund"}),
        # an upper-case headline of four words is no dateline
        ("CONGRESS HAS INVESTIGATED HIM — the committee met twice.", set(), {"CONGRESS"}),
    ],
)
def test_wire_datelines_are_no_actors(nlp: Language, text: str, dropped: set[str], kept: set[str]) -> None:
    found = {m.text for m in extract_mentions(parse_one(text, nlp=nlp))}
    assert kept <= found and not dropped & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the short form after the full name with its legal form
        ("Brekkeby Tools Inc. said profits rose. Brekkeby Tools will hire 40 workers.",
         {"Brekkeby Tools": "Brekkeby Tools Inc."}),
        # two full names begin with the short form: the short form plus a legal form wins
        ("Holvik Inc. agreed to sell its stake in Holvik Steel Co. to Ostrava. Holvik said the sale "
         "would close in May.", {"Holvik": "Holvik Inc."}),
        # a one-word short form the tagger takes for a surname is the company, an ORG
        ("Shares of Vantor Corp. fell. Vantor said it would cut jobs.", {"Vantor": "Vantor Corp."}),
        # a person written with an honorific stays the person
        ("Anna Vantor founded Vantor Corp. in 1990. Ms. Vantor said she would retire.",
         {"Ms. Vantor": "Anna Vantor", "Vantor Corp.": "Vantor Corp."}),
        # a name without a legal form is no company's full name: the council is not the U.N.
        ("The U.N. Security Council met on Monday. The U.N. said aid would follow.", {"U.N.": "U.N."}),
        # hyphenated parts and possessive endings: "Hewlett" of "Hewlett-Packard Co."
        ("Shares of Hewlett-Packard Co. rose. Hewlett said it would cut jobs.", {"Hewlett": "Hewlett-Packard Co."}),
        ("Shares of Hudson's Bay Co. rose on Monday. Hudson's Bay said it would sell 40 stores.",
         {"Hudson": "Hudson's Bay Co."}),
        ("The offer for Dunkin' Donuts Inc. expired. Dunkin' said its board would meet.",
         {"Dunkin": "Dunkin' Donuts Inc."}),
        # a company's name may end in a word of its trade instead of a legal form
        ("Brekkeby Savings Bank posted a loss. Brekkeby said it would close 12 branches.",
         {"Brekkeby": "Brekkeby Savings Bank"}),
        ("Kestrel Airlines cut 40 flights. Kestrel blamed weak demand.", {"Kestrel": "Kestrel Airlines"}),
        # an acronym only one word short ("ABC News"): a longer name is a company of its own
        ("Shares of GM Halvik Electronics rose. GM said its profit fell.", {"GM": "GM"}),
        # a place the tagger finds in a company's name less its legal form is the company ...
        ("Shares of Boston Corp. fell on Monday. Boston strengthened its plan.", {"Boston": "Boston Corp."}),
        # ... unless its context makes it a place
        ("Shares of Boston Corp. fell on Monday. Workers at its plant in Boston were told of cuts.",
         {"Boston": "Boston"}),
    ],
)
def test_company_short_forms(nlp: Language, text: str, expected: dict[str, str]) -> None:
    """A company named in full once and then by its distinctive words is one actor."""
    doc = parse_one(text, nlp=nlp)
    found = {m.text: m.actor for m in extract_mentions(doc)}
    for short, company in expected.items():
        assert found.get(short) == company, found


def test_a_place_named_as_a_company_short_form_elsewhere_is_the_company(nlp: Language) -> None:
    """A word the tagger reads as a place in one sentence and the article uses as a company's short
    form in another names the company in both."""
    text = ("Omaha Purina Co. reported a 40% decline in fourth-quarter earnings. For the year ended Sept. 30, "
            "Omaha earned $42 million. Omaha said its costs rose. Omaha shares closed yesterday at $80.50, off $1.")
    actors = {m.actor for m in extract_mentions(parse_one(text, nlp=nlp)) if m.text == "Omaha"}
    assert actors == {"Omaha Purina Co."}


@pytest.mark.parametrize(
    ("text", "short", "company"),
    [
        # a place or a country opens no company's short form
        ("Ontario Power Group raised rates. Ontario said it would review the rates.", "Ontario",
         "Ontario Power Group"),
        ("France Telecom Group cut prices. France said it would hold talks.", "France", "France Telecom Group"),
        # a part of a body is not the body
        ("The U.N. Security Council met on Monday. The U.N. said aid would follow.", "U.N.",
         "U.N. Security Council"),
    ],
)
def test_no_company_short_form(nlp: Language, text: str, short: str, company: str) -> None:
    found = {m.text: m.actor for m in extract_mentions(parse_one(text, nlp=nlp))}
    assert found.get(short) != company, found
