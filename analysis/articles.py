"""Loading articles: the public API of ``analysis.ingest`` under its historical name.

``analysis.ingest`` holds the loader (formats registry, decoding, cleaning, metadata, loading,
frames); see its docstring and ``analysis.ingest.formats`` for the rules.
"""

from __future__ import annotations

from analysis import ingest
from analysis.ingest import (
    ARTICLE_COLUMNS,
    ERROR_COLUMNS,
    FORMATS,
    METADATA_CSV,
    PARAGRAPH_COLUMNS,
    SIDECAR_SUFFIXES,
    SUFFIXES,
    Article,
    Batch,
    Format,
    LoadError,
    anchor_date,
    articles_frame,
    errors_frame,
    load_articles,
    load_file,
    paragraph_starts,
    paragraphs_frame,
)

__all__ = ingest.__all__
