""""The company" resolved to the company the article last named (a definite description of a company).

Input: a parsed Doc and the links of ``analysis.actors`` (entities after corrections and short forms).
Output: extra links, label ``ORG``, kind ``entity``, one per definite description of a company.

A phrase of "the", maybe nouns of the trade, and a singular company noun (``COMPANY_NOUNS``:
company, firm, bank, carrier, maker, ...; "the company", "the firm's shares", "the computer maker";
not "the parent company", "the rival firm" or "a firm", which may name another one) outside every
entity refers to the company most recently named before it: the latest ORG link whose actor ends in
a legal form ("Acme Corp."; ``LEGAL_FORMS``), so that a short form already linked to its full name
counts ("Acme said ... the company added"). Wire and business news name a company in full with its
legal form at first mention and then call it "the company"; an organisation without a legal form
("the Federal Reserve") is never the antecedent, and with no company named before it the phrase
stays unlinked.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .coref import Linked
from .vocabulary import COMPANY_NOUNS, LEGAL_FORMS

#: Words that make "the X company" another company than the one last named.
OTHER_COMPANY_WORDS = frozenset({"parent", "rival", "sister", "holding", "target", "shell", "partner"})


def is_company_description(token: Token) -> bool:
    """True for the head of "the company", "the firm", "the computer maker": a singular company
    noun after "the" and nothing but lower-case nouns of its trade ("computer", "oil"), none a
    relation to another company ("the parent company", "the rival firm"; ``OTHER_COMPANY_WORDS``)."""
    if token.tag_ != "NN" or token.lemma_.lower() not in COMPANY_NOUNS or token.ent_type_:
        return False
    left = sorted((child for child in token.children if child.i < token.i), key=lambda t: t.i)
    if not left or left[0].lower_ != "the" or left[0].i != token.left_edge.i:
        return False
    trade = left[1:]
    return all(t.dep_ == "compound" and t.tag_ == "NN" and t.is_lower and t.lower_ not in OTHER_COMPANY_WORDS
               for t in trade) and token.i - left[0].i == len(left)


def _company_actor(actor: str) -> bool:
    """True for an actor name ending in a company's legal form ("Acme Corp.")."""
    words = actor.split()
    return len(words) > 1 and words[-1].rstrip(".").lower() in LEGAL_FORMS


def resolve_company_descriptions(doc: Doc, links: Sequence[Linked]) -> list[Linked]:
    """Links of "the company" phrases to the company actor last named before each (module docstring)."""
    companies = sorted((link.start, link.actor) for link in links
                       if link.label == "ORG" and link.kind == "entity" and _company_actor(link.actor))
    covered = {i for link in links for i in range(link.start, link.end)}
    found, latest, position = [], None, 0
    for token in doc:
        while position < len(companies) and companies[position][0] < token.left_edge.i:
            latest = companies[position][1]
            position += 1
        if latest is not None and token.i not in covered and is_company_description(token):
            found.append(Linked(token.left_edge.i, token.i + 1, "ORG", latest, "entity"))
    return found
