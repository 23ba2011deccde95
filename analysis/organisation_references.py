""""The company" or "the department" resolved to the organisation the article last named (a definite
description of an organisation).

Input: a parsed Doc and the links of ``analysis.actors`` (entities after corrections and short forms).
Output: extra links, label ``ORG``, kind ``entity``, one per definite description of an organisation.

A phrase of "the", maybe nouns of the trade, and a singular company noun (``COMPANY_NOUNS``:
company, firm, bank, carrier, maker, ...; "the company", "the firm's shares", "the computer maker";
not "the parent company", "the rival firm" or "a firm", which may name another one) outside every
entity refers to the company most recently named before it that reads as one. First choice: an
actor ending in a legal form ("Acme Corp."; ``LEGAL_FORMS``), so that a short form already linked
to its full name counts ("Acme said ... the company added"), or whose name holds the phrase's noun
("Royal Bank" for "the bank"). Failing that, a bare noun of a trade ("the airline", "the bank";
not "the company" or "the firm", and not "the carrier Dwight D. Eisenhower") names the latest
organisation of the last ``TRADE_REACH`` sentences whose name has no word of a public body, a club
or an association (``INSTITUTION_WORDS``): wire news names a company with its legal form and then
says "the company", Canadian and local news say "Air Canada ... the airline". An institution ("the
Federal Reserve", "Unifor") is never the antecedent, and with no company named before it the phrase
stays unlinked.

A public body or an association is called by a noun of its name ("the department", "the union";
``INSTITUTION_NOUNS``): such a phrase refers to the organisation most recently named with that noun
in its name ("Manitoba's Department of Families ... the department said"; "the Canadian Union of
Public Employees ... the union"), and to no other ("Statistics Canada ... the agency" stays unlinked).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .coref import Linked
from .nlp import sentences_back
from .vocabulary import COMPANY_NOUNS, INSTITUTION_NOUNS, LEGAL_FORMS

#: Nouns of "the company" and "the firm" that say nothing of the trade: a name without a legal form
#: or the noun itself is no antecedent of these.
GENERIC_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "concern", "conglomerate"})
#: Words in the name of a public body, a club or an association: no company, whatever the phrase
#: (the nouns such a body is called by, ``INSTITUTION_NOUNS``, and more).
INSTITUTION_WORDS = INSTITUTION_NOUNS | frozenset({
    "office", "police", "army", "forces", "academy", "services", "charity", "charities", "government",
    "parliament", "senate", "congress", "assembly", "reserve", "team", "fund", "organization",
    "organisation", "institution", "network",
})
#: How many sentences back a noun of a trade looks for a company named without its legal form.
TRADE_REACH = 2
#: Words that make "the X company" another company than the one last named.
OTHER_COMPANY_WORDS = frozenset({"parent", "rival", "sister", "holding", "target", "shell", "partner"})


def is_organisation_description(token: Token) -> bool:
    """True for the head of "the company", "the firm", "the computer maker", "the department": a
    singular company or institution noun after "the" and nothing but lower-case nouns of its trade
    ("computer", "oil", "health"), none a relation to another company ("the parent company", "the
    rival firm"; ``OTHER_COMPANY_WORDS``)."""
    if token.tag_ != "NN" or token.lemma_.lower() not in COMPANY_NOUNS | INSTITUTION_NOUNS or token.ent_type_:
        return False
    left = sorted((child for child in token.children if child.i < token.i), key=lambda t: t.i)
    if not left or left[0].lower_ != "the" or left[0].i != token.left_edge.i:
        return False
    trade = left[1:]
    return all(t.dep_ == "compound" and t.tag_ == "NN" and t.is_lower and t.lower_ not in OTHER_COMPANY_WORDS
               for t in trade) and token.i - left[0].i == len(left)


def _named_company(actor: str, noun: str) -> bool:
    """True for an actor whose name says it is a company "the ``noun``" can name: a legal form at
    the end ("Acme Corp.") or the noun itself ("Royal Bank" for "the bank")."""
    words = [w.rstrip(".").lower() for w in actor.split()]
    return (len(words) > 1 and words[-1] in LEGAL_FORMS) or noun in words


def _trade_company(actor: str, token: Token) -> bool:
    """True when a bare noun of a trade ("the airline", not "the company" or "the aircraft carrier"),
    with no name after it ("the carrier Dwight D. Eisenhower"), can name ``actor``: a name without
    ``INSTITUTION_WORDS``."""
    if token.lemma_.lower() in GENERIC_COMPANY_NOUNS or token.i - token.left_edge.i != 1:
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN":
        return False
    return not INSTITUTION_WORDS.intersection(w.lower() for w in actor.split())


def _antecedent(token: Token, organisations: Sequence[tuple[int, str]]) -> str | None:
    """The organisation "the company" or "the department" at ``token`` names (module docstring), or
    None: for an institution noun the latest organisation whose name holds it; else the latest named
    company, else the latest organisation a noun of a trade can name within ``TRADE_REACH`` sentences."""
    before = [(start, actor) for start, actor in organisations if start < token.left_edge.i]
    noun = token.lemma_.lower()
    if noun in INSTITUTION_NOUNS:
        holding = [actor for _, actor in before if noun in actor.lower().split()]
        return holding[-1] if holding else None
    named = [actor for _, actor in before if _named_company(actor, noun)]
    if named:
        return named[-1]
    reach = sentences_back(token.doc, token.i, TRADE_REACH)
    traded = [actor for start, actor in before if start >= reach and _trade_company(actor, token)]
    return traded[-1] if traded else None


def resolve_organisation_descriptions(doc: Doc, links: Sequence[Linked]) -> list[Linked]:
    """Links of "the company" and "the department" phrases to the organisation actor last named
    before each (module docstring)."""
    organisations = sorted((link.start, link.actor) for link in links
                           if link.label == "ORG" and link.kind == "entity")
    covered = {i for link in links for i in range(link.start, link.end)}
    found = []
    for token in doc:
        if token.i in covered or not is_organisation_description(token):
            continue
        actor = _antecedent(token, organisations)
        if actor is not None:
            found.append(Linked(token.left_edge.i, token.i + 1, "ORG", actor, "entity"))
    return found
