"""Neutral senses: words the lexicons score but that evaluate nothing where they stand.

They are left out of every scored text and word sum (``NEUTRAL_SENSES``, a registry with reasons
and examples): names (named entities and proper nouns: "United Nations", "Justice
Department", a Ms. Joy), "like" as a preposition, and a few words news uses in a neutral
sense (a political party, interest rates, security forces, to play a role). The shown
``evidence`` is the scored text, so it lacks them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..nlp import token_ids
from ..vocabulary import NAME_LABELS


@dataclass(frozen=True)
class NeutralSense:
    """Words the lexicons score that carry no evaluation in a given use (see ``neutral_tokens``):
    the token attribute and values that pick them, why, and an invented example sentence with
    a word the rule leaves unscored."""

    name: str
    attribute: str
    values: frozenset[str]
    reason: str
    example: tuple[str, str]
    parts_of_speech: frozenset[str] = frozenset()


#: The registry of neutral senses (every rule is applied to every engine's scored texts and word sums).
NEUTRAL_SENSES: tuple[NeutralSense, ...] = (
    NeutralSense("names", "ENT_TYPE",
                 NAME_LABELS,
                 "a name refers, it does not evaluate: the United Nations, the Justice Department, Ms. Joy",
                 ("Anna Joy met officials of the United Nations in Geneva.", "United")),
    NeutralSense("proper nouns", "POS", frozenset({"PROPN"}),
                 "a proper noun the entity recogniser missed is a name too",
                 ("Delegates of Liberty Forum met on Friday.", "Liberty")),
    NeutralSense("comparison like", "LOWER", frozenset({"like"}),
                 "'like' as a preposition compares ('leaders like her'); the lexicons score the verb",
                 ("Leaders like Tom Hale signed the letter.", "like"), frozenset({"ADP", "SCONJ"})),
    NeutralSense("news senses", "LEMMA", frozenset({"party", "interest", "credit", "security", "play", "game"}),
                 "news uses them in a neutral sense the lexicons read as praise or blame: a political "
                 "party, interest rates, credit markets, security forces, to play a role or a match, a "
                 "game (TextBlob's entry is the adjective 'game', lame)",
                 ("Mark Dunn will play the entire game for the party.", "play")),
)


def neutral_tokens(doc: Doc) -> frozenset[int]:
    """Ids of the tokens of ``doc`` that no engine scores, by the ``NEUTRAL_SENSES`` rules."""
    found: set[int] = set()
    for sense in NEUTRAL_SENSES:
        ids = token_ids(doc, sense.attribute, sense.values)
        if sense.parts_of_speech:
            ids = set(ids) & set(token_ids(doc, "POS", sense.parts_of_speech))
        found.update(ids)
    return frozenset(found)
