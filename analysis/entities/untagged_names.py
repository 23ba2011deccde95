"""Names the model left untagged, found by what news writes around a person's name.

Two or three capitalised proper nouns after a title, the first a known first name or the title
abbreviated, that the model left untagged are a PERSON ("Ontario NDP MPP Marit Stiles accused
..."; "Coun. Parthi Kandavel"), and so are two or three untagged capitalised proper nouns
followed by an age between commas ("Rajinder Sandhu, 45, of Mississauga") or, the first a known
first name, by a person's role in apposition ("Sylvain Charlebois, director of ..."), one or two
untagged proper nouns that are the last name of a person named in full in the text and stand
apart from other proper nouns ("Delorme said ..." after "Cadmus Delorme"; "Rempel Garner" after
"Michelle Rempel Garner": ``last_names``), and an untagged known first name and a last name that
is no English word and is used alone elsewhere in the text ("Connor McDavid reached ..." then "of
McDavid"; that lone last name, tagged ORG, NORP or a place without a place cue, is then a PERSON
too). A name inside a credit line or a dateline is none (``credits``).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..coref import first_name_known
from .context import age_after, apposed_noun
from .credits import in_credit_line, in_dateline
from .persons import last_names, model_last_names
from .places import MODEL_PLACE_LABELS, place_cue
from .spans import EntitySpan
from .widening import with_titles
from .words import PERSON_ROLE_NOUNS, abbreviated_title, common_words, name_cased, split_abbreviation, title_word


def _missed_titled_name(doc: Doc, title: Token) -> EntitySpan | None:
    """The untagged name after a title word: two or three capitalised proper nouns, as a PERSON
    span with its titles; else None. After a full title ("MPP Marit Stiles") the first word must be
    a known first name; after an abbreviated one ("Coun. Parthi Kandavel", "Const. Ama Boateng"),
    which only ever stands before a name, any first name will do."""
    abbreviated = title.text.endswith(".") or (
        title.i + 1 < len(doc) and split_abbreviation(doc, title.i + 1))
    first = title.i + 1 + (not title.text.endswith(".") and abbreviated)
    words = 0
    while words < 3 and first + words < len(doc):
        token = doc[first + words]
        if token.tag_ != "NNP" or not name_cased(token) or not token.is_alpha or token.ent_type_ \
                or title_word(token):
            break
        words += 1
    if words < 2 or not (abbreviated or first_name_known(doc[first].text)):
        return None
    return with_titles(doc, EntitySpan(first, first + words, "PERSON"))


def _missed_surname(doc: Doc, token: Token, surnames: AbstractSet[str]) -> EntitySpan | None:
    """One or two untagged capitalised proper nouns from ``token`` on, standing apart from other
    proper nouns, that are the last name of a person named in full elsewhere in the text ("Delorme
    said ..." after "Cadmus Delorme", "Rempel Garner said" after "Michelle Rempel Garner"), as a
    PERSON span; else None."""
    for end in (token.i + 2, token.i + 1):
        run = doc[token.i:min(end, len(doc))]
        if len(run) != end - token.i or run.text not in surnames or any(
                t.tag_ != "NNP" or t.ent_type_ or title_word(t) for t in run):
            continue
        neighbours = [doc[j] for j in (token.i - 1, end) if 0 <= j < len(doc)]
        if not any(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in neighbours):
            return EntitySpan(token.i, end, "PERSON")
    return None


def _missed_described_name(doc: Doc, token: Token) -> EntitySpan | None:
    """Two or three untagged capitalised proper nouns from ``token`` on, followed by an age between
    commas ("Rajinder Sandhu, 45, of Mississauga": news gives people's ages so) or, when the first
    is a known first name, by a person's role in apposition ("Sylvain Charlebois, director of the
    lab, said"), as a PERSON span; else None."""
    if token.i > 0 and doc[token.i - 1].tag_ == "NNP" and name_cased(doc[token.i - 1]):
        return None
    end = token.i
    while end < len(doc) and end - token.i < 3 and doc[end].tag_ == "NNP" and name_cased(doc[end]) \
            and doc[end].is_alpha and not doc[end].ent_type_ and not title_word(doc[end]):
        end += 1
    if end - token.i < 2:
        return None
    apposed = apposed_noun(doc, end) if first_name_known(token.text) else None
    described = apposed is not None and apposed.lemma_.lower() in PERSON_ROLE_NOUNS
    return EntitySpan(token.i, end, "PERSON") if described or age_after(doc, end) else None


def _missed_name(doc: Doc, token: Token, surnames: AbstractSet[str]) -> EntitySpan | None:
    """The untagged name starting at ``token``: after a title, a lone known last name, or a name
    with an age or a role; else None."""
    if title_word(token):
        return _missed_titled_name(doc, token)
    return _missed_surname(doc, token, surnames) or _missed_described_name(doc, token)


def with_missed_names(doc: Doc, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with the names the model left untagged, in text order: names after titles
    (``_missed_titled_name``), lone last names of people named in full (``_missed_surname``), names
    given with an age or a role (``_missed_described_name``) and names introduced in full and then
    used alone (``_missed_introduced_name``, whose lone last names tagged otherwise become PERSON);
    a name inside a credit line or a dateline is none, and so is one overlapping another. An
    abbreviated title the model tagged on its own ("Coun." ORG) still opens a name: a title alone
    is no mention (``non_names``)."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    credit: dict[int, bool] = {}
    surnames = set(last_names(doc, [doc[s.start:s.end] for s in spans if s.label == "PERSON" and not s.owner_name]))
    found = []
    for token in doc:
        tagged = token.ent_type_ and not abbreviated_title(token)
        span = None if tagged or token.i in taken else (
            _missed_name(doc, token, surnames) or _missed_introduced_name(doc, token))
        if span is None or taken.intersection(range(span.start, span.end)) \
                or in_credit_line(doc[span.start:span.end], credit) or in_dateline(doc, token.idx):
            continue
        found.append(span)
        taken.update(range(span.start, span.end))
        surnames.add(doc[span.end - 1].text)
    if not found:
        return spans
    introduced = {doc[span.end - 1].text for span in found} - model_last_names(doc)
    return sorted([_as_surname(doc, span, introduced) for span in spans] + found, key=lambda span: span.start)


def _missed_introduced_name(doc: Doc, token: Token) -> EntitySpan | None:
    """An untagged known first name and a last name that is no English word, the last name used
    alone elsewhere in the text ("Connor McDavid reached 1,000 points ... said of McDavid": news
    introduces a person in full, then by last name), as a PERSON span; else None."""
    if token.tag_ != "NNP" or token.i + 1 >= len(doc) or not first_name_known(token.text) or (
            token.i > 0 and doc[token.i - 1].tag_ == "NNP" and name_cased(doc[token.i - 1])):
        return None
    last = doc[token.i + 1]
    words = (token, last)
    if not all(t.tag_ == "NNP" and t.text[:1].isupper() and not t.is_upper and t.is_alpha and not t.ent_type_
               and not title_word(t) for t in words):
        return None
    if not first_name_known(token.text) or last.lower_ in common_words() or (
            last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "NNP" and name_cased(doc[last.i + 1])):
        return None
    alone = any(t.text == last.text and doc[t.i - 1].text != token.text for t in doc[1:] if t.i != last.i)
    return EntitySpan(token.i, last.i + 1, "PERSON") if alone else None


def _as_surname(doc: Doc, span: EntitySpan, surnames: set[str]) -> EntitySpan:
    """A one-word ORG or NORP span, or a place span without a place cue, that is the last name of a
    name found untagged, as a PERSON span ("McDavid" NORP after "Connor McDavid")."""
    ent = doc[span.start:span.end]
    if span.end - span.start != 1 or ent.text not in surnames or span.label not in ("ORG", "NORP", "GPE", "LOC"):
        return span
    if span.label in MODEL_PLACE_LABELS and place_cue(ent):
        return span
    return replace(span, label="PERSON")
