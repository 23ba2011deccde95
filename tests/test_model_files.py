"""The shared model-file helpers: the tolerant comparison the trainers' ``--check`` uses."""

import pytest

from analysis.model_files import same_weights


@pytest.mark.parametrize(("committed", "fresh", "same"), [
    ({"w": [0.117929, 2.5]}, {"w": [0.117929, 2.5]}, True),
    ({"w": [0.117929, 2.5]}, {"w": [0.117931, 2.5]}, True),
    ({"w": [0.1179, 2.5]}, {"w": [0.1189, 2.5]}, False),
    ({"scale": 250000.0}, {"scale": 250000.1}, True),
    ({"w": [1.0, 2.0]}, {"w": [1.0, 2.0, 3.0]}, False),
    ({"w": 1.0}, {"v": 1.0}, False),
    ({"labels": ["neg", "pos"]}, {"labels": ["pos", "neg"]}, False),
    ({"flag": True}, {"flag": 1}, False),
])
def test_same_weights_forgives_only_the_last_digits(committed, fresh, same):
    assert same_weights(committed, fresh) is same
