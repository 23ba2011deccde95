"""Where words stand in an invented text, as the sentiment tests read them."""

from __future__ import annotations


def char_span(text: str, words: str) -> tuple[int, int]:
    """Character slice of the first occurrence of ``words`` in ``text``."""
    start = text.index(words)
    return start, start + len(words)
