"""The error catalogue: every user-facing message has a stable, unique code in its module's group."""

from __future__ import annotations

import re

import pytest

from analysis import errors

MESSAGES = {name: value for name, value in vars(errors).items() if name.isupper() and isinstance(value, str)}
UNCODED = {"LOAD_LOADED_WITHOUT"}  # wraps a reason that carries its own code


def test_every_message_has_a_code() -> None:
    assert {name for name, value in MESSAGES.items() if not isinstance(value, errors.Message)} == UNCODED


def test_codes_are_unique_and_in_a_known_group() -> None:
    coded = [value for value in MESSAGES.values() if isinstance(value, errors.Message)]
    assert len({message.code for message in coded}) == len(coded) == len(errors.catalogue())
    for message in coded:
        assert re.fullmatch(r"E\d{3}", message.code) and message.code[:2] in errors.GROUPS


@pytest.mark.parametrize("name", sorted(set(MESSAGES) - UNCODED))
def test_a_formatted_message_keeps_its_code(name: str) -> None:
    message = MESSAGES[name]
    fields = {field: "x" for field in re.findall(r"{(\w+)", message)}
    assert errors.code_of(message.format(**fields)) == message.code


def test_exceptions_carry_their_code_and_stay_what_callers_catch() -> None:
    raised = errors.ConfigurationError(errors.SENTIMENT_ENGINE.format(engine="vadr", known="textblob, vader"))
    assert raised.code == "E401" and isinstance(raised, ValueError)
    assert isinstance(errors.MissingFileError(errors.SENTIMENT_MODEL_MISSING.format(path="w.json")), FileNotFoundError)
    assert errors.AnalysisError("no code here").code is None
