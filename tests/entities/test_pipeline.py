"""Tests for analysis.entities.pipeline: the rules together leave real names alone."""

from __future__ import annotations

import pytest
from spacy.language import Language


from .corrected import mention_texts


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
    assert any(name in mention for mention in mention_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # a team's short form at a sentence start, written in lower case elsewhere: a common noun
        ("Bus drivers stayed off the job. Riders say the strike has upended their lives. The city said "
         "riders could claim refunds.", None),
        ("The Riders won again. Riders fans packed the stands.", "Riders"),
    ],
)
def test_a_team_word_the_text_writes_in_lower_case_is_no_team(nlp: Language, text: str, team: str | None) -> None:
    assert ("Riders" in mention_texts(nlp, text)) == (team is not None)
