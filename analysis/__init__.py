"""News actors analysis: who the actors are, how each is portrayed, and what happened when.

The public API is re-exported here. Submodules are imported on first use (PEP 562), so
``import analysis`` stays cheap and the command line starts fast; ``analysis.load_corpus`` and
friends behave like ordinary attributes.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: Public name -> the submodule that defines it.
_EXPORTS: dict[str, str] = {
    "load_articles": "articles", "Article": "articles", "Batch": "articles", "LoadError": "articles",
    "load_model": "nlp", "parse": "nlp",
    "extract_mentions": "actors", "summarize_actors": "actors", "Actor": "actors",
    "extract_quotes": "quotes", "Mention": "records", "Quote": "records",
    "polarity": "sentiment", "mention_sentiment": "sentiment", "target_polarity": "sentiment",
    "tag": "timex", "tag_doc": "timex", "Timex": "timex",
    "extract_events": "chronology", "Event": "chronology",
    "Corpus": "corpus", "build_corpus": "corpus", "load_corpus": "corpus",
    "run_reports": "reports", "show_table": "reports",
}
_SUBMODULES = ("actors", "articles", "chronology", "corpus", "errors", "identity", "nlp", "paths", "plots",
               "quotes", "records", "reports", "sentiment", "tables", "timex", "timeml", "views", "newsmtsc")

__all__ = sorted(_EXPORTS) + list(_SUBMODULES) + ["__version__"]


def __getattr__(name: str) -> Any:
    """Import submodules and re-exported names on first access."""
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
