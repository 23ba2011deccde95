"""Tests for analysis.organisation_references: "the company" as a mention of the company last named, "the
department" of the last body named with the noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from analysis.actors import extract_mentions
from analysis.nlp import parse_one
from analysis.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        ("Shares of Brekkeby Tools Inc. fell 4%. The company said it would cut 200 jobs.",
         "The company", "Brekkeby Tools Inc."),
        # the latest company named wins; a short form linked to its full name counts
        ("Halvik Corp. sued Brekkeby Tools Inc. on Monday. Brekkeby Tools said the firm's lawyers "
         "would reply.", "the firm", "Brekkeby Tools Inc."),
        # nouns of its trade may come between
        ("Brekkeby Tools Inc. said profits rose. The computer maker said it would hire 40 workers.",
         "The computer maker", "Brekkeby Tools Inc."),
        # an organisation without a legal form is no antecedent
        ("The Federal Reserve said rates would hold. The company said it would cut jobs.", "The company", None),
        # "the parent company" may name another one
        ("Shares of Brekkeby Tools Inc. fell. The parent company said it would sell the unit.",
         "The parent company", None),
        # no company named before it
        ("The company said it would cut jobs. Brekkeby Tools Inc. shares fell.", "The company", None),
        # a noun of a trade names a company without a legal form named in the last sentences
        ("Kestrel Air is cutting 40 flights. The airline said demand was weak.", "The airline", "Kestrel Air"),
        ("Halvik Foods is closing two stores in Halifax. The retailer said staff would move.", "The retailer",
         "Halvik Foods"),
        # a name holding the noun is a company without a legal form ("the bank")
        ("Brekkeby Savings Bank lost money. Regulators met on Monday. Officials spoke. Analysts waited. "
         "The bank said it would cut jobs.", "The bank", "Brekkeby Savings Bank"),
        # but "the company" or "the firm" needs a company with a legal form
        ("Kestrel Air is cutting 40 flights. The company said demand was weak.", "The company", None),
        # a public body or a union is no airline; nor is a company named too long ago
        ("Unifor called a strike. The airline said flights would run.", "The airline", None),
        ("Kestrel Air cut flights. Fares rose. Travellers complained. Airports were calm. "
         "The airline said demand was weak.", "The airline", None),
        # a name after the noun is the noun's own ("the carrier Dwight D. Eisenhower")
        ("The Navy moved the Kennedy. The carrier Dwight D. Eisenhower stayed.", "The carrier", None),
        # a public body or an association is called by a noun of its name, and only so
        ("The Department of Fisheries closed the bay. The department said stocks were low.", "The department",
         "Department of Fisheries"),
        ("The Halvik Nurses Union called a strike vote. Later the union said talks had failed.", "the union",
         "Halvik Nurses Union"),
        ("The Halvik Plains School Division closed two schools. The division said buses would be added.",
         "The division", "Halvik Plains School Division"),
        ("Statistics Norway reported a drop. The agency said prices fell.", "The agency", None),
        # no company is a union
        ("Brekkeby Tools Inc. cut 40 jobs. The union said it would appeal.", "The union", None),
    ],
)
def test_the_company_is_the_company_last_named(nlp: Language, text: str, phrase: str, actor: str | None) -> None:
    mentions = {m.text: m for m in extract_mentions(parse_one(text, nlp=nlp))}
    if actor is None:
        assert phrase not in mentions, mentions
    else:
        assert mentions[phrase].actor == actor and mentions[phrase].label == "ORG", mentions


def test_the_company_as_speaker_is_the_company(nlp: Language) -> None:
    """A quote's speaker "the company" is the company actor, an organisation."""
    doc = parse_one("A Brekkeby Tools Inc. plant in Oakville will close for two weeks, the company said.", nlp=nlp)
    quotes = extract_quotes(doc, extract_mentions(doc))
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Brekkeby Tools Inc.", "organisation")]
