"""The records the quote finder passes between its steps: a cue a pattern found (``Attribution``),
a registered pattern (``CuePattern``), who a quote is credited to (``Speaker``, ``NOBODY``), and
the ``analysis.records.Quote`` row made of them (``quote_record``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Quote


@dataclass(frozen=True)
class Attribution:
    """A cue found by a pattern: cue token range, cue word, content chars, speaker subject (and, for
    a title line, the chars of the subject phrase, which bound the speaker)."""

    cue_start: int
    cue_end: int
    cue: str
    content_start: int
    content_end: int
    subject: Token | None
    pattern: str
    subject_chars: tuple[int, int] | None = None


@dataclass(frozen=True)
class CuePattern:
    """A quote pattern (cue form): its name, finder and examples (text, content, speaker, cue); a
    ``fallback`` pattern's attribution stands only where no other pattern has a cue on its line."""

    name: str
    description: str
    find: Callable[[Doc, Callable[[int], bool]], Iterator[Attribution]]
    examples: tuple[tuple[str, str, str | None, str], ...]
    fallback: bool = False


@dataclass(frozen=True)
class Speaker:
    """Who a quote is credited to: actor (or descriptor text), mention offsets, type, affiliation."""

    name: str | None = None
    start: int | None = None
    end: int | None = None
    type: str | None = None
    affiliation: str | None = None


NOBODY = Speaker()


def quote_record(text: str, start: int, end: int, speaker: Speaker, cue: str | None, kind: str,
                 content: tuple[int, int], *, withheld: bool = False) -> Quote:
    """A Quote record from its parts (``withheld``: a report that words were not given)."""
    return Quote(start, end, text[start:end], speaker.name, cue, kind, content[0], content[1],
                 speaker.start, speaker.end, speaker.type, speaker.affiliation, withheld)
