"""Corrections of the small English model's named-entity errors on news text.

``corrected_entities(doc)`` returns the Doc's entity spans that can be actors. The rules, each
module's docstring giving its own with examples, run in this order (``pipeline``):

1. Labels. Only actor labels are kept (``pipeline``).
2. No names. Ages and durations, a minister's portfolio, titles alone, named things, things and
   common words (``non_names``), headline fragments (``title_case``) and credit lines, datelines
   and weekdays (``credits``) are dropped.
3. Labels swapped. Places taken for persons or products (``places``), organisations taken for
   persons (``organisations``), persons taken for organisations or places (``persons``).
4. Edges. What the model ran into a name is cut off (``edges``; a headline's name ends before its
   verb: ``title_case``); titles, particles and given names are joined to a PERSON span
   (``widening``).
5. "X administration". A person's organisation is one ORG span owned by the person (``owners``).
6. Whole names. Names the model split are joined (``widening``) and names it left untagged are
   added (``untagged_names``).

Shared by the rules: the records (``spans``: ``EntitySpan``, ``DocCues``), the word lists and
token tests (``words``) and the phrases after a name (``context``). The rest of the package uses
the names below.
"""

from __future__ import annotations

from .credits import dateline_ends, in_dateline, is_credit_line
from .edges import clean_name
from .pipeline import corrected_entities
from .places import place_cue
from .spans import EntitySpan
from .words import (AGENT_SUFFIXES, ORGANISATION_WORDS, PERSON_ROLE_NOUNS, common_words, saying_lemmas,
                    speech_verb_first, title_opener, title_word, verb_lemmas)

__all__ = ["AGENT_SUFFIXES", "ORGANISATION_WORDS", "PERSON_ROLE_NOUNS", "EntitySpan", "clean_name", "common_words",
           "corrected_entities", "dateline_ends", "in_dateline", "is_credit_line", "place_cue", "saying_lemmas",
           "speech_verb_first", "title_opener", "title_word", "verb_lemmas"]
