"""Tests for analysis.teams: sports teams found in a text, and nicknames joined to full names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.actors import extract_mentions
from analysis.entities import common_words
from analysis.nlp import parse_one
from analysis.teams import full_team_name, team_spans, teams


def _teams(nlp: Language, text: str) -> list[str]:
    doc = parse_one(text, nlp=nlp)
    return [doc[start:end].text for start, end in team_spans(doc, common=common_words())]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Calgary Flames beat the Oilers 5-3.", ["Calgary Flames", "Oilers"]),
        ("The Leafs won again on Tuesday.", ["Leafs"]),
        ("The Leafs lost and the Raptors won.", ["Leafs", "Raptors"]),
        ("The Canadiens won.", ["Canadiens"]),
        ("The Flames won in overtime.", []),
        ("Senators voted 52-48 on the bill, and the Giants of industry lobbied.", []),
        ("The Tampa Bay Lightning won. The Toronto Blue Jays lost.", ["Tampa Bay Lightning", "Toronto Blue Jays"]),
        ("Hamilton Tiger-Cats fans cheered the Ticats.", ["Hamilton Tiger-Cats", "Ticats"]),
    ],
)
def test_teams_are_found_by_full_name_short_form_or_sports_context(nlp: Language, text: str,
                                                                   found: list[str]) -> None:
    """A nickname that is an English word ("Flames", "Senators") counts alone only beside its
    full name or another team."""
    assert _teams(nlp, text) == found


def test_every_team_has_a_full_name_and_a_league() -> None:
    assert len(teams()) >= 170
    assert all(team.league and len(team.full.split()) >= 2 for team in teams())
    assert {"Montreal Canadiens", "Edmonton Oilers", "Toronto Raptors", "Saskatchewan Roughriders"} <= {
        team.full for team in teams()}


def test_a_nickname_is_the_team_named_in_full_when_only_one_team_is() -> None:
    assert full_team_name("Flames", "The Calgary Flames won. The Flames lead.") == "Calgary Flames"
    assert full_team_name("Rangers", "The Texas Rangers and the New York Rangers met.") == "Rangers"
    assert full_team_name("Flames", "Flames tore through the barn.") == "Flames"


def test_teams_override_the_models_labels_and_join_their_nicknames(nlp: Language) -> None:
    """The model makes "Flames" a person and "Ottawa" of "Ottawa Senators" the capital."""
    text = ("Jonathan Huberdeau scored for the Flames, who have lost three straight. The Calgary Flames "
            "host the Ottawa Senators on Tuesday.")
    mentions = extract_mentions(parse_one(text, nlp=nlp))
    actors = {(m.text, m.actor, m.label) for m in mentions}
    assert ("Flames", "Calgary Flames", "ORG") in actors
    assert ("Ottawa Senators", "Ottawa Senators", "ORG") in actors
    assert not any(m.actor == "Canada" or (m.label == "PERSON" and "Flames" in m.text) for m in mentions)
