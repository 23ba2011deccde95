"""Which notebooks a run selects and what parameters each declares (papermill's ``inspection``).

Parameters are read from the cell tagged ``parameters``, written as annotated assignments with one
comment each (``top_n: int = 15  # how many actors to chart``), the form papermill's Python
translator documents with ``papermill --help-notebook``. They are read with Python's own parser
(``ast``), because papermill 2.7's reader skips a line whose comment contains ``=``.

Allowed values: a parameter whose annotation is ``Literal["a", "b"]`` (``typing.Literal``, which
the notebook imports in its parameters cell) accepts only those values, and ``-p`` checks them
before anything runs. The notebook stays the one place that says what is allowed.
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import errors, paths

NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
LITERAL_NAMES = ("Literal", "typing.Literal", "t.Literal")


@dataclass(frozen=True)
class ParameterSpec:
    """One notebook parameter: annotated type name (``""`` if none), default value, help text and
    the allowed values (empty when any value of the type is allowed)."""

    type_name: str
    default: object
    help: str
    choices: tuple[object, ...] = ()


def find_notebooks(names: Sequence[str] | None = None, *, folder: Path = paths.NOTEBOOKS_DIR) -> list[Path]:
    """Return the notebooks to run: all report notebooks of ``folder``, or those ``names`` select.

    A name is a file name (``01_entities.ipynb``), a stem (``01_entities``), a number prefix
    (``01``) or a path to an ``.ipynb``.
    """
    available = sorted(folder.glob(NOTEBOOK_GLOB))
    if not names:
        return available
    return [_find_notebook(name, available, folder) for name in names]


def _find_notebook(name: str, available: Sequence[Path], folder: Path) -> Path:
    """Resolve one name (file name, stem, number prefix or path) to a notebook path."""
    candidate = Path(name).expanduser()
    if candidate.suffix == ".ipynb" and candidate.is_file():
        return candidate.resolve()
    for path in available:
        if name in (path.name, path.stem, path.stem.split("_", 1)[0]):
            return path
    raise errors.AnalysisError(errors.NOTEBOOK_NOT_FOUND.format(
        name=name, folder=folder, available=", ".join(p.stem for p in available) or "none"))


def notebook_parameters(path: Path) -> dict[str, ParameterSpec]:
    """Read ``name -> ParameterSpec`` from the notebook's cell tagged ``parameters`` (empty if none)."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            return parse_parameters_cell(cell.source)
    return {}


def parse_parameters_cell(source: str) -> dict[str, ParameterSpec]:
    """Parse ``name: type = default  # help`` lines (plain ``name = default`` too) into specs."""
    comments = _line_comments(source)
    specs: dict[str, ParameterSpec] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            name, annotation = node.target.id, node.annotation
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and len(node.targets) == 1:
            name, annotation = node.targets[0].id, None
        else:
            continue
        choices = literal_choices(annotation)
        type_name = _choices_type(choices) if choices else (ast.unparse(annotation) if annotation else "")
        specs[name] = ParameterSpec(type_name, _literal(node.value), comments.get(node.end_lineno, ""), choices)
    return specs


def literal_choices(annotation: ast.expr | None) -> tuple[object, ...]:
    """The values of a ``Literal[...]`` annotation (``()`` for any other annotation)."""
    if not isinstance(annotation, ast.Subscript) or ast.unparse(annotation.value) not in LITERAL_NAMES:
        return ()
    items = annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [annotation.slice]
    return tuple(ast.literal_eval(item) for item in items)


def _choices_type(choices: tuple[object, ...]) -> str:
    """The type name values of a ``Literal`` are converted to: that of its first value."""
    kind = type(choices[0]).__name__
    return kind if kind in {"str", "int", "float", "bool"} else "str"


def _line_comments(source: str) -> dict[int, str]:
    """Map line numbers to the text of the comment on that line."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {tok.start[0]: tok.string.lstrip("#").strip() for tok in tokens if tok.type == tokenize.COMMENT}


def _literal(node: ast.expr) -> object:
    """The value of a literal default, else its source text."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        return ast.unparse(node)
