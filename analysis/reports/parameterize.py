"""Command-line parameter values checked and converted to each notebook's declared types
(papermill's ``parameterize``), before anything runs.

Values given on the command line are strings, converted to the annotated type: ``int``, ``float``,
``bool`` (true/false, yes/no, on/off, 1/0), ``str``, ``list``/``list[T]`` (a JSON array, or items
separated by commas, each converted to ``T``), ``dict`` (a JSON object), ``T | None`` (empty,
``none`` or ``null`` give None) and ``Literal[...]`` (one of the listed values). Without an
annotation the default value's type is used. A name no selected notebook declares (with the closest
declared names offered, ``difflib``), a value outside a parameter's allowed set, or a value that
does not convert raises ``ParameterError``; a parameter goes to every selected notebook that
declares it, and only to those. ``articles_path`` and ``article_id`` are set by the runner.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from .. import errors, paths
from .inspection import NOTEBOOK_GLOB, ParameterSpec, find_notebooks, notebook_parameters

RUNNER_PARAMETERS = ("articles_path", "article_id")
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_NONE = frozenset({"", "none", "null"})


def validate_parameters(notebooks: Sequence[Path], given: Mapping[str, str]) -> dict[str, dict[str, object]]:
    """Convert CLI strings to each notebook's annotated types: ``{notebook stem: {name: value}}``.

    Raises ``ParameterError`` for a name no notebook declares, a value outside the allowed set or
    a value of the wrong type.
    """
    specs = {path.stem: notebook_parameters(path) for path in notebooks}
    known = sorted({name for declared in specs.values() for name in declared})
    for name in given:
        if name not in known:
            raise errors.ParameterError(errors.PARAM_UNKNOWN.format(
                notebook=", ".join(specs) or "none", name=name, known=", ".join(known) or "none",
                hint=_did_you_mean(name, known)))
    values: dict[str, dict[str, object]] = {}
    for stem, declared in specs.items():
        values[stem] = {name: _convert_or_raise(stem, name, declared[name], raw)
                        for name, raw in given.items() if name in declared}
    return values


def _did_you_mean(name: str, known: Sequence[str]) -> str:
    """`` did you mean 'x'?`` for the closest known names (``difflib``), or an empty string."""
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    return f" did you mean {' or '.join(repr(c) for c in close)}?" if close else ""


def _convert_or_raise(notebook: str, name: str, spec: ParameterSpec, raw: str) -> object:
    """Convert one value and check it against the allowed set; failures raise ``ParameterError``."""
    type_name = spec.type_name or _type_of(spec.default)
    try:
        value = convert_value(type_name, raw)
    except (TypeError, ValueError) as exc:
        raise errors.ParameterError(errors.PARAM_TYPE.format(
            notebook=notebook, name=name, expected=_describe(type_name), value=raw)) from exc
    if spec.choices and value not in spec.choices:
        raise errors.ParameterError(errors.PARAM_CHOICE.format(
            notebook=notebook, name=name, value=raw, allowed=", ".join(str(c) for c in spec.choices),
            hint=_did_you_mean(str(value), [str(c) for c in spec.choices])))
    return value


def _type_of(default: object) -> str:
    """The type name to use for an unannotated parameter: its default's type ("" when unknown)."""
    kind = type(default).__name__
    return kind if kind in _CONVERTERS or kind in _SEQUENCES else ""


def convert_value(type_name: str, raw: str) -> object:
    """Convert a CLI string to ``type_name`` (see the module docstring); raise ValueError/TypeError."""
    base, optional = _strip_optional(type_name)
    if optional and raw.strip().lower() in _NONE:
        return None
    outer, _, inner = base.partition("[")
    if outer.strip() in _SEQUENCES:
        return _to_list(raw, inner.rstrip("]").strip())
    converter = _CONVERTERS.get(outer.strip())
    return converter(raw) if converter else raw


def _strip_optional(type_name: str) -> tuple[str, bool]:
    """Split ``T | None`` / ``Optional[T]`` into ``(T, True)``; other names give ``(name, False)``."""
    name = type_name.strip()
    if name.startswith("Optional[") and name.endswith("]"):
        return name[len("Optional["):-1].strip(), True
    parts = [part.strip() for part in name.split("|")]
    if len(parts) > 1 and "None" in parts:
        return " | ".join(part for part in parts if part != "None"), True
    return name, False


def _to_int(raw: str) -> int:
    """``"15"`` -> 15; a decimal or a word raises ValueError."""
    return int(raw.strip())


def _to_bool(raw: str) -> bool:
    """true/yes/on/1 -> True, false/no/off/0 -> False (any case); anything else raises ValueError."""
    word = raw.strip().lower()
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise ValueError(raw)


def _to_dict(raw: str) -> dict:
    """A JSON object; any other JSON value raises TypeError."""
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise TypeError(raw)
    return value


def _to_list(raw: str, item_type: str) -> list:
    """A JSON array, or comma-separated items; items converted to ``item_type`` when given."""
    text = raw.strip()
    if text.startswith(("[", "{")):
        items = json.loads(text)
        if not isinstance(items, list):
            raise TypeError(raw)
        return [_check_item(item, item_type) for item in items]
    parts = [part.strip() for part in text.split(",") if part.strip()]
    return [convert_value(item_type, part) if item_type else part for part in parts]


def _check_item(item: object, item_type: str) -> object:
    """Return a JSON list item if it already has ``item_type`` (an int is also a float), else raise."""
    expected = {"str": str, "int": int, "float": (int, float), "bool": bool}.get(item_type)
    if expected is None:
        return item
    if isinstance(item, expected) and (item_type == "bool" or not isinstance(item, bool)):
        return item
    raise TypeError(f"{item!r} is not {item_type}")


_CONVERTERS: dict[str, Callable[[str], object]] = {
    "str": str, "int": _to_int, "float": float, "bool": _to_bool, "dict": _to_dict,
}
_SEQUENCES = frozenset({"list", "tuple"})


def _describe(type_name: str) -> str:
    """Say in words what a value of ``type_name`` looks like, for PARAM_TYPE."""
    base, optional = _strip_optional(type_name)
    outer = base.partition("[")[0].strip()
    words = {
        "int": "an integer (e.g. 15)", "float": "a number (e.g. 0.5)",
        "bool": "true or false (also yes/no, on/off, 1/0)",
        "list": 'a list (JSON such as ["a", "b"] or comma-separated a,b)',
        "tuple": 'a list (JSON such as ["a", "b"] or comma-separated a,b)',
        "dict": 'a JSON object such as {"key": 1}', "str": "text",
    }.get(outer, base)
    if outer in ("list", "tuple") and "[" in base:
        words += f" of {base.partition('[')[2].rstrip(']')}"
    return words + (" or empty for None" if optional else "")


def check_run(notebooks: Sequence[str] | None, given: Mapping[str, str]) -> tuple[list[Path], dict[str, dict[str, object]]]:
    """The selected notebooks and their typed parameters; raises before anything runs.

    Raises ``ParameterError`` for a reserved, unknown, disallowed or ill-typed parameter and
    ``AnalysisError`` when no notebook matches.
    """
    for name in RUNNER_PARAMETERS:
        if name in given:
            raise errors.ParameterError(errors.PARAM_RESERVED.format(name=name))
    selected = find_notebooks(notebooks)
    if not selected:
        raise errors.AnalysisError(errors.NOTEBOOK_NOT_FOUND.format(
            name=NOTEBOOK_GLOB, folder=paths.NOTEBOOKS_DIR, available="none"))
    return selected, validate_parameters(selected, given)
