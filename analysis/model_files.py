"""The committed model files under ``analysis/models/``: one reader for their JSON weights, and the
arithmetic the models applied with numpy share (a softmax, base rates divided out)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from . import errors


def read_weights(path: Path, missing: str) -> dict:
    """The JSON dict of a model's weights at ``path``; ``errors.MissingFileError`` (a
    ``FileNotFoundError``) with the message ``missing``, formatted with ``path``, when it is absent."""
    if not path.exists():
        raise errors.MissingFileError(missing.format(path=path))
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax of a (rows x labels) array of logits."""
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def without_priors(probabilities: np.ndarray, priors: np.ndarray) -> np.ndarray:
    """Row-wise probabilities with the training base rates divided out and renormalised (Bayes'
    rule towards equal prior odds), so that a row that leans no way is even."""
    even = probabilities / priors
    return even / even.sum(axis=1, keepdims=True)


def same_weights(committed: object, fresh: object, *, tolerance: float = 1e-5) -> bool:
    """Whether two parsed model files hold the same structure and values, numbers equal to within
    ``tolerance`` relative to their size (a refit on another machine's BLAS moves the last digits)."""
    if isinstance(committed, dict) and isinstance(fresh, dict):
        return committed.keys() == fresh.keys() and all(
            same_weights(committed[key], fresh[key], tolerance=tolerance) for key in committed)
    if isinstance(committed, list) and isinstance(fresh, list):
        return len(committed) == len(fresh) and all(
            same_weights(a, b, tolerance=tolerance) for a, b in zip(committed, fresh))
    if isinstance(committed, bool) or isinstance(fresh, bool):
        return committed is fresh
    if isinstance(committed, (int, float)) and isinstance(fresh, (int, float)):
        return abs(committed - fresh) <= tolerance * max(1.0, abs(committed), abs(fresh))
    return committed == fresh
