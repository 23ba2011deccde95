"""The analysis version: which code and data make the stored tables, and the cache key they give.

The store keeps one folder per analysis version (``version_key``): the package version, the spaCy
model and a digest (``analysis_digest``) of exactly the files that produce the stored tables.
Those are derived, not listed: the modules the analysis entry (``ANALYSIS_ENTRY``, the module of
``analyse_batch``) imports, followed statically through every ``import`` of the package (imports
inside functions included, ``if TYPE_CHECKING:`` blocks left out), with the packages that hold
them, plus the data files (``DATA_SUFFIXES``) those modules name. Editing a report, a view, a plot
or a template therefore keeps the stored tables; editing an extractor, its vocabulary or its
weights re-analyses every article. ``code_digest`` still covers the whole package (what the
per-article pages are cached by, since they render with the report code too).
"""

from __future__ import annotations

import ast
import hashlib
from functools import lru_cache
from pathlib import Path

from . import __version__

#: Bump to re-analyse everything after a change to the store's layout that no digest sees.
CACHE_FORMAT = "2"
PACKAGE = "analysis"
PACKAGE_DIR: Path = Path(__file__).resolve().parent
#: The module whose ``analyse_batch`` makes every stored table (the store's tasks run it).
ANALYSIS_ENTRY = "analysis.extraction"
#: Data files a module may read (the learned weights, lexicons), digested when a module names them.
DATA_SUFFIXES = frozenset({".json", ".yaml", ".csv", ".tsv"})


def module_path(name: str, *, root: Path = PACKAGE_DIR) -> Path | None:
    """The source file of module ``name`` (``analysis.x.y``) under the package folder ``root``."""
    parts = name.split(".")[1:]
    for candidate in (root.joinpath(*parts).with_suffix(".py") if parts else None,
                      root.joinpath(*parts, "__init__.py")):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def _is_type_checking(node: ast.If) -> bool:
    """True for ``if TYPE_CHECKING:`` (imports for type hints only)."""
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement of a module, at any depth, except those under ``if TYPE_CHECKING:``."""
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def imported_names(name: str, source: str, *, is_package: bool) -> set[str]:
    """The modules of the package that module ``name`` imports (``from . import x`` gives ``x``
    when it is a module, else the package; relative imports resolved)."""
    here = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _import_nodes(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            anchor = here.rsplit(".", node.level - 1)[0] if node.level > 1 else here
            base = f"{anchor}.{base}" if base else anchor
        found.add(base)
        found.update(f"{base}.{alias.name}" for alias in node.names)
    return {module for module in found if module == PACKAGE or module.startswith(PACKAGE + ".")}


def _parents(name: str) -> list[str]:
    """The packages a module's import runs first (``analysis.store.keys``: analysis, analysis.store)."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def analysis_modules(*, root: Path = PACKAGE_DIR, entry: str = ANALYSIS_ENTRY) -> tuple[str, ...]:
    """Every module of the package the analysis entry imports, directly or not, sorted."""
    seen: set[str] = set()
    pending = [entry]
    while pending:
        name = pending.pop()
        path = module_path(name, root=root)
        if name in seen or path is None:
            continue
        seen.add(name)
        imported = imported_names(name, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py")
        pending.extend([*imported, *_parents(name)])
    return tuple(sorted(seen))


def analysis_files(*, root: Path = PACKAGE_DIR, entry: str = ANALYSIS_ENTRY) -> list[Path]:
    """The source files of ``analysis_modules`` and the data files their source names, sorted."""
    sources = sorted({module_path(name, root=root) for name in analysis_modules(root=root, entry=entry)})
    text = "\n".join(path.read_text(encoding="utf-8") for path in sources)
    data = [path for path in sorted(root.rglob("*"))
            if path.suffix in DATA_SUFFIXES and path.is_file() and path.name in text]
    return [*sources, *data]


def _digest(files: list[Path], root: Path) -> str:
    """Digest of the files' paths (relative to ``root``) and bytes, with the cache format."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def analysis_digest(*, root: Path = PACKAGE_DIR) -> str:
    """Digest of the code and data that produce the stored tables (``analysis_files``)."""
    if root == PACKAGE_DIR:
        return _analysis_digest()
    return _digest(analysis_files(root=root), root)


@lru_cache(maxsize=1)
def _analysis_digest() -> str:
    return _digest(analysis_files(), PACKAGE_DIR)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of the whole package's source and data files (the per-article pages' cache token)."""
    files = [path for path in sorted(PACKAGE_DIR.rglob("*"))
             if path.is_file() and path.suffix in {".py", *DATA_SUFFIXES}]
    return _digest(files, PACKAGE_DIR)


def version_key(model: str, *, root: Path = PACKAGE_DIR) -> str:
    """Cache version: analysis version, analysis digest (of the package at ``root``) and spaCy
    model, as a folder name."""
    raw = f"{__version__}|{analysis_digest(root=root)}|{model}"
    return f"v{__version__}-" + hashlib.sha256(raw.encode()).hexdigest()[:12]
