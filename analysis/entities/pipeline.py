"""``corrected_entities``: the entity rules applied to a Doc in order.

The Doc-wide cues are gathered first (``DocCues``: texts used as places, as organisations, as
persons; texts tagged PERSON in ordinary sentences; words capitalised mid-sentence; the model's
places and products), and the teams of ``analysis.teams`` (less a one-word team at a sentence start
that the text writes in lower case elsewhere: "Riders say the strike …" beside "drivers and riders")
and the companies with a legal form, agencies and institutions after "the" that the model missed
(``organisations.untagged_companies``, ``agency_names``, ``untagged_organisations``) are labelled
ORG over whatever the model said.
Then each entity of the model, in text order, is dropped (``non_names``, ``title_case``,
``credits``), relabelled (``places``, ``organisations``, ``persons``), cut (``edges``), widened
(``widening``) and made an "X administration" (``owners``). Last, names the model split are joined
and names it left untagged are added (``widening``, ``untagged_names``).

Labels. Only actor labels are kept: PERSON, NORP, ORG, GPE, LOC and FAC. Dates, numbers,
quantities, laws, events, products and works of art are not actors (the temporal tagger reads
dates on its own), so "late Wednesday", "the Geneva Convention" never become mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..coref import first_name_known
from ..nlp import entities
from ..teams import team_spans
from ..vocabulary import ACTOR_LABELS, PLATFORM_NAMES
from .credits import in_credit_line, in_dateline, is_agency_credit, is_weekday_in_date
from .edges import (country_before_name, edged_text, place_before_titled_name, place_prefixed_modifier, titled_name,
                    trimmed)
from .non_names import (in_law_name, is_age_or_duration, is_demonym_part, is_initial_lowercase_word,
                        is_portfolio_in_title, listed_kind, not_a_person, titles_alone, uncapitalised)
from .organisations import (agency_names, ends_in_organisation_word, is_party_name, named_for_members_or_sport,
                            office_modified, organisation_cue, untagged_companies,
                            untagged_organisations)
from .owners import as_owner
from .persons import (first_named_texts, full_names_of_surnames, introduced_full_names, model_last_names,
                      person_cue, surname_speaking_in_quotes)
from .places import (MISTAKEN_PLACE_LABELS, MODEL_PLACE_LABELS, PLACE_LABEL, PLACE_NAME_ENDINGS, PLACE_OFFICES,
                     TERRITORIAL_OFFICES, place_cue, place_texts, resident_of)
from .spans import DocCues, EntitySpan
from .title_case import ordinary_person_texts
from .untagged_names import with_missed_names
from .widening import joined_split_names, possessive_name_end, with_given_name, with_particle_surname, with_titles
from .words import capitalised_midsentence, common_words, outvoted_cue_texts, titled_texts


def corrected_entities(doc: Doc) -> list[EntitySpan]:
    """Return the Doc's actor entity spans after the package's rules, in text order."""
    model_places = frozenset(e.text for e in entities(doc) if e.label_ in MODEL_PLACE_LABELS)
    products = frozenset(e.text for e in entities(doc) if e.label_ == "PRODUCT") - titled_texts(doc)
    cues = DocCues(place_texts(doc), ordinary_person_texts(doc), capitalised_midsentence(doc),
                   *_swapped_texts(doc), model_places, products)
    teams = [EntitySpan(start, end, "ORG") for start, end in team_spans(doc, common=common_words())
             if not is_initial_lowercase_word(Span(doc, start, end, label="ORG"), cues)]
    in_team = {i for team in teams for i in range(team.start, team.end)}
    companies: list[EntitySpan] = []
    for company in untagged_companies(doc) + agency_names(doc) + untagged_organisations(doc):
        if not in_team.intersection(range(company.start, company.end)):
            companies.append(company)
            in_team |= set(range(company.start, company.end))
    teams = sorted(teams + companies, key=lambda span: span.start)
    spans: list[EntitySpan] = []
    credit: dict[int, bool] = {}
    for ent in entities(doc):
        if (spans and ent.start < spans[-1].end) or in_team.intersection(range(ent.start, ent.end)):
            continue
        span = _corrected(ent, cues, credit)
        if span is None:
            continue
        if span.label == "PERSON":
            span = with_titles(doc, with_given_name(doc, with_particle_surname(doc, span)))
        spans.append(as_owner(doc, span))
    spans = sorted(spans + teams, key=lambda span: span.start) if teams else spans
    return with_missed_names(doc, joined_split_names(doc, spans))


def _swapped_texts(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """Return (texts tagged PERSON that the Doc uses as organisation names, texts tagged ORG, GPE
    or LOC that it uses as person names), by the cues of ``organisations`` and ``persons``."""
    cued = {ent: organisation_cue(ent) for ent in entities(doc) if ent.label_ == "PERSON"}
    kept = titled_texts(doc) | outvoted_cue_texts(doc, cued.__getitem__)
    organisations = {text for ent, cue in cued.items() if cue and ent.text not in kept
                     for text in (ent.text, edged_text(ent))}
    people = {ent.text for ent in entities(doc) if person_cue(ent)}
    surnames = model_last_names(doc)
    introduced = introduced_full_names(doc) | first_named_texts(doc)
    return frozenset(organisations), frozenset(people | surnames | full_names_of_surnames(doc) | introduced)


def _dropped(ent: Span, cues: DocCues, credit: dict[int, bool]) -> bool:
    """True for an entity that is no actor mention by the rules of ``non_names`` and ``credits``
    (``credit`` memoises ``is_credit_line`` by sentence start for the Doc)."""
    return (is_age_or_duration(ent) or is_demonym_part(ent) or is_portfolio_in_title(ent)
            or in_credit_line(ent, credit) or not_a_person(ent, cues) or uncapitalised(ent, cues)
            or is_initial_lowercase_word(ent, cues) or is_agency_credit(ent)
            or in_dateline(ent.doc, ent.start_char) or is_weekday_in_date(ent) or titles_alone(ent)
            or in_law_name(ent))


def _relabelled(ent: Span, cues: DocCues) -> str:
    """The label of an entity after the rules of ``places``, ``organisations`` and ``persons`` that
    read the entity and the Doc's cues (the model's label when none applies)."""
    label = ent.label_
    if is_party_name(ent):
        return "ORG"
    if label in MISTAKEN_PLACE_LABELS and ent.text in cues.places:
        return PLACE_LABEL
    if label == "ORG" and ent.end < len(ent.doc) and resident_of(ent, ent.doc[ent.end]):
        return PLACE_LABEL
    if label == "PERSON" and (ent.text in cues.organisations or ends_in_organisation_word(ent)
                              or named_for_members_or_sport(ent) or ent.text.lower() in PLATFORM_NAMES):
        return "ORG"
    if label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in PLACE_NAME_ENDINGS:
        return PLACE_LABEL
    if label == "PERSON" and (listed := listed_kind(ent)) is not None:
        return listed
    if label in ("PERSON", "ORG") and (office := office_modified(ent)) is not None and (
            label == "PERSON" or office.lower_ in TERRITORIAL_OFFICES):
        return PLACE_LABEL if office.lower_ in PLACE_OFFICES else "ORG"
    if ent.text in cues.person_orgs and (label in ("ORG", "NORP") or (label in MODEL_PLACE_LABELS and (
            (len(ent) == 1 and not place_cue(ent)) or (len(ent) > 1 and first_name_known(ent[0].text))))):
        return "PERSON"
    if label in MODEL_PLACE_LABELS and surname_speaking_in_quotes(ent):
        return "PERSON"
    return label


def _corrected(ent: Span, cues: DocCues, credit: dict[int, bool]) -> EntitySpan | None:
    """Return one entity after the rules of ``non_names``, ``title_case``, ``credits``, ``places``,
    ``organisations``, ``persons`` and ``edges``, or None when it is not an actor mention
    (``credit`` memoises ``is_credit_line`` by sentence start for the Doc)."""
    if _dropped(ent, cues, credit):
        return None
    label = _relabelled(ent, cues)
    if label not in ACTOR_LABELS:
        return None
    country_words = country_before_name(ent) if label in ("ORG", "PERSON") else 0
    if country_words:
        return trimmed(ent.doc, EntitySpan(ent.start + country_words, ent.end, "PERSON"))
    if label == "ORG" and titled_name(ent):
        label = "PERSON"
    elif label == "ORG" and (place_words := place_before_titled_name(ent, cues.model_places)):
        return trimmed(ent.doc, EntitySpan(ent.start + place_words, ent.end, "PERSON"))
    start = ent.start + (label == "PERSON" and place_prefixed_modifier(ent, cues.model_places))
    return trimmed(ent.doc, EntitySpan(start, possessive_name_end(ent), label))
