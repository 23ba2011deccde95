"""Naming the spaCy pipeline from its metadata, as loading it would, without loading it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from analysis import errors, pipelines
from analysis import nlp as nlp_module


def test_metadata_names_the_pipeline_that_loads(nlp: Language) -> None:
    assert pipelines.installed() == (nlp.meta["_resolved_name"], nlp_module.model_description(nlp))
    assert pipelines.resolve(nlp.meta["_resolved_name"]) == pipelines.installed()


def test_a_pipeline_folder_is_named_from_its_meta_json(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text(json.dumps({"lang": "en", "name": "news_test", "version": "1.2.3"}),
                                        encoding="utf-8")
    assert pipelines.installed(str(tmp_path)) == (str(tmp_path), "en_news_test 1.2.3")


@pytest.mark.parametrize("source", ["argument", "environment"])
def test_an_unknown_pipeline_still_gives_the_loading_error(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    name = "en_no_such_pipeline_xx"
    if source == "environment":
        monkeypatch.setenv(pipelines.MODEL_ENV, name)
    assert pipelines.installed(name if source == "argument" else None) is None
    nlp_module.load_model.cache_clear()
    try:
        with pytest.raises(errors.ModelNotFoundError, match=name):
            pipelines.resolve(name if source == "argument" else None)
    finally:
        nlp_module.load_model.cache_clear()


def test_the_report_index_names_the_pipeline_without_loading_another(nlp: Language) -> None:
    from analysis.reports.run import collect_versions

    assert collect_versions()["spaCy pipeline"] == nlp_module.model_description(nlp)
