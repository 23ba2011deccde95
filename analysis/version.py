"""The analysis version: which code and data make the stored tables, and the cache key they give.

The store keeps one folder per analysis version (``version_key``): the package version, the spaCy
model and a digest (``analysis_digest``) of exactly the files that produce the stored tables.
Those are derived, not listed: the modules the analysis entry (``ANALYSIS_ENTRY``, the module of
``analyse_batch``) imports, followed through every ``import`` statement in the package's source
(imports inside functions included, ``if TYPE_CHECKING:`` blocks left out), with the packages that
hold them, plus the data files (``DATA_SUFFIXES``) those modules name. Editing a report, a view, a plot
or a template therefore keeps the stored tables; editing an extractor, its vocabulary or its
weights re-analyses every article. ``code_digest`` still covers the whole package (what the
per-article pages are cached by, since they render with the report code too).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
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
#: An import statement at the start of a line: ``from BASE import NAMES`` (parenthesised names may
#: span lines) or ``import MODULES``.
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(?P<base>\.*[\w.]*)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n;]*)"
                     r"|import[ \t]+(?P<modules>[^\n;]*))", re.MULTILINE)
#: An ``if TYPE_CHECKING:`` line (group 1: its indent) and its indented block (group 2).
_TYPE_CHECKING = re.compile(r"^([ \t]*)if (?:typing\.)?TYPE_CHECKING:[^\n]*\n((?:\1[ \t]+[^\n]*\n|[ \t]*\n)*)",
                            re.MULTILINE)
_COMMENT = re.compile(r"#[^\n]*")


def module_path(name: str, *, root: Path = PACKAGE_DIR) -> Path | None:
    """The source file of module ``name`` (``analysis.x.y``) under the package folder ``root``."""
    parts = name.split(".")[1:]
    for candidate in (root.joinpath(*parts).with_suffix(".py") if parts else None,
                      root.joinpath(*parts, "__init__.py")):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def _import_statements(source: str) -> Iterator[tuple[str, list[str]]]:
    """(``from`` base or "", imported names) of every import statement of ``source``, at any
    depth, except those in an ``if TYPE_CHECKING:`` block. A text scan, not a parse (parsing every
    module took half a second per kernel): a line of a docstring that reads as an import only adds
    a module, never hides one."""
    hidden = [match.span(2) for match in _TYPE_CHECKING.finditer(source)]
    for match in _IMPORT.finditer(source):
        if any(start <= match.start() < end for start, end in hidden):
            continue
        names = _COMMENT.sub("", match["names"] if match["base"] is not None else match["modules"])
        words = [part.split(" as ")[0].strip() for part in names.strip().strip("()").split(",")]
        yield match["base"] or "", [word for word in words if word]


def imported_names(name: str, source: str, *, is_package: bool) -> set[str]:
    """The modules of the package that module ``name`` imports (``from . import x`` gives ``x``
    when it is a module, else the package; relative imports resolved)."""
    here = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for base, names in _import_statements(source):
        if not base:
            found.update(names)
            continue
        level = len(base) - len(base.lstrip("."))
        if level:
            anchor = here.rsplit(".", level - 1)[0] if level > 1 else here
            base = f"{anchor}.{base[level:]}" if base[level:] else anchor
        found.add(base)
        found.update(f"{base}.{alias}" for alias in names)
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
def identity_digest() -> str:
    """Digest of the code that joins per-article actors into corpus actors (``analysis.identity``
    and what it imports): the key of a corpus's recorded ``corpus_actors``, which the analysis
    version does not cover (identity is made per corpus, not per article)."""
    return _digest(analysis_files(entry="analysis.identity"), PACKAGE_DIR)


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
