"""Tests for analysis.timex: extraction, TIMEX3 values, tense-based resolution and intervals."""

from __future__ import annotations

import datetime

import pytest
from spacy.language import Language

from analysis import articles, timex
from analysis.timex import rules
from analysis.nlp import parse_one

ANCHOR = datetime.date(2025, 3, 12)  # a Wednesday


def _find(found: list[timex.Timex], text: str) -> timex.Timex:
    matches = [t for t in found if t.text == text]
    assert matches, f"{text!r} not tagged; got {[(t.text, t.value) for t in found]}"
    return matches[0]


EXAMPLES = [pytest.param(rule, example, id=f"{rule.name}-{n}")
            for rule in timex.RULES + timex.ENTITY_RULES for n, example in enumerate(rule.examples)]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_examples(nlp: Language, rule: timex.Rule, example: timex.Example) -> None:
    """Every rule's own examples: the expression is tagged with its type and value, and the rule's
    pattern matches it."""
    found = _find(timex.tag(example.text, anchor=example.anchor), example.expression)
    assert (found.type, found.value) == (example.type, example.value)
    assert any(example.expression in m.group(0) or m.group(0) in example.expression
               for m in rule.pattern.finditer(example.text)), f"{rule.name} does not match {example.expression!r}"


@pytest.mark.parametrize("rule", timex.RULES + timex.ENTITY_RULES, ids=lambda rule: rule.name)
def test_every_rule_has_an_example(rule: timex.Rule) -> None:
    assert rule.examples, f"time-expression rule {rule.name!r} has no example"


def test_rules_are_ordered_by_precedence() -> None:
    assert [rule.name for rule in timex.RULES] == list(rules.PRECEDENCE)
    with pytest.raises(ValueError, match="differ"):
        rules.ordered((timex.RULES[:-1],), rules.PRECEDENCE)


@pytest.mark.parametrize(("text", "expression", "value", "first"), [
    ("Talks opened on March 3, 2025. Two days later, they collapsed.", "Two days", "P2D", "2025-03-05"),
    ("Two days later, the talks collapsed.", "Two days", "P2D", "2025-03-14"),
    ("Talks opened on Tuesday. A week later, they collapsed.", "A week", "P1W", "2025-03-17"),
])
def test_later_is_a_duration_placed_after_the_previous_date(nlp: Language, text: str, expression: str,
                                                           value: str, first: str) -> None:
    found = _find(timex.tag(text, anchor=ANCHOR), expression)
    assert (found.type, found.value, found.start_date) == ("DURATION", value, datetime.date.fromisoformat(first))


@pytest.mark.parametrize(("text", "expression", "kind", "value"), [
    ("Two hours later, the police arrived.", "Two hours", "DURATION", "PT2H"),
    ("A few minutes earlier, the guards had left.", "A few minutes", "DURATION", "PTXM"),
    ("The blast came three hours ago.", "three hours ago", "TIME", "PAST_REF"),
])
def test_hours_later_are_durations(nlp: Language, text: str, expression: str, kind: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=ANCHOR), expression)
    assert (found.type, found.value) == (kind, value)


DCT = datetime.date(2013, 3, 20)  # a Wednesday in ISO week 12


@pytest.mark.parametrize(("text", "expression", "kind", "value"), [
    ("The plant will reopen two weeks from now.", "two weeks from now", "DATE", "2013-W14"),
    ("The verdict is expected three days from now.", "three days from now", "DATE", "2013-03-23"),
    ("A ruling is due three days hence.", "three days hence", "DATE", "2013-03-23"),
    ("The vote is two weeks from today.", "two weeks from today", "DATE", "2013-W14"),
    ("Results will come in a month from now.", "a month from now", "DATE", "2013-04"),
    ("The law takes effect a year from now.", "a year from now", "DATE", "2014"),
    ("The talks may resume several weeks from now.", "several weeks from now", "DATE", "FUTURE_REF"),
])
def test_from_now_is_a_future_date(nlp: Language, text: str, expression: str, kind: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=DCT), expression)
    assert (found.type, found.value) == (kind, value)


# halves are written in the next smaller unit, as the TBAQ gold writes "a minute and a half" PT1M30S
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The meeting lasted half an hour.", "half an hour", "PT30M"),
    ("Voters queued for a half hour.", "a half hour", "PT30M"),
    ("The ferry crossing took half a day.", "half a day", "PT12H"),
    ("The speech lasted an hour and a half.", "an hour and a half", "PT1H30M"),
    ("She spoke for one and a half hours.", "one and a half hours", "PT1H30M"),
    ("The trial lasted two and a half years.", "two and a half years", "P2Y6M"),
    ("The dispute dragged on for half a dozen years.", "half a dozen years", "P6Y"),
])
def test_halves(nlp: Language, text: str, expression: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=DCT), expression)
    assert (found.type, found.value) == ("DURATION", value)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The blast came at 0900 GMT.", "0900 GMT", "2013-03-20T09:00"),
    ("The ceasefire began at 1430 GMT.", "1430 GMT", "2013-03-20T14:30"),
    ("Markets opened at 0800 GMT Monday.", "0800 GMT Monday", "2013-03-18T08:00"),
    ("Troops moved in at 0600 local time.", "0600 local time", "2013-03-20T06:00"),
    ("The meeting opens at 10.00 GMT.", "10.00 GMT", "2013-03-20T10:00"),
    ("Shelling resumed at 9.15 GMT.", "9.15 GMT", "2013-03-20T09:15"),
    ("Trading opened at 9.30am.", "9.30am", "2013-03-20T09:30"),
    ("Trading opened at 9.30 a.m.", "9.30 a.m.", "2013-03-20T09:30"),
    ("The lights went out at 11.45pm.", "11.45pm", "2013-03-20T23:45"),
])
def test_clock_times_without_a_colon(nlp: Language, text: str, expression: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=DCT), expression)
    assert (found.type, found.value) == ("TIME", value)


@pytest.mark.parametrize(("text", "expected"), [
    ("The law was passed in 1998.", [("1998", "1998")]),
    ("He paid 1430 dollars for the car.", []),
    ("The index rose 10.25 points.", []),
    ("At 900 the crowd had grown.", []),
    ("The shares rose 1.30 to 45.", []),
    ("The blast came at 10:35 a.m. (0735 GMT) Monday.", [("10:35 a.m.", "2013-03-18T10:35"), ("Monday", "2013-03-18")]),
])
def test_four_digit_numbers_that_are_not_clock_times(nlp: Language, text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in timex.tag(text, anchor=DCT)] == expected


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("He arrived in Kabul on Jan 3.", "Jan 3", "2013-01-03"),
    ("The attacks of Sept 11, 2001 changed the city.", "Sept 11, 2001", "2001-09-11"),
    ("Sales rose in Feb 2024.", "Feb 2024", "2024-02"),
    ("After the Sept 11 attacks, security was tightened.", "Sept 11", "2012-09-11"),
    ("The talks ended on 3 Jan 2012.", "3 Jan 2012", "2012-01-03"),
    ("The summit is on Apr 24 and 25.", "Apr 24", "2013-04-24"),
    ("Voting closes at 5 p.m. EST Nov 9.", "5 p.m. EST Nov 9", "2012-11-09T17:00"),
])
def test_month_abbreviations_without_a_full_stop(nlp: Language, text: str, expression: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=DCT), expression)
    assert found.value == value


@pytest.mark.parametrize("text", ["Jan Smith said the plan had failed.", "Jan Egeland, the UN envoy, spoke.",
                                  "Sept alone was wet.", "Mar del Plata is a resort.", "Prices May fall.",
                                  "He met Jan 3 people."])
def test_month_abbreviations_that_are_names(nlp: Language, text: str) -> None:
    assert timex.tag(text, anchor=DCT) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The summit is on April 24 and 25.", [("April 24", "2025-04-24"), ("25", "2025-04-25")]),
    ("Talks are set for May 3 to 5 in Geneva.", [("May 3", "2025-05-03"), ("5", "2025-05-05")]),
    ("They met on Dec. 14 and 15, 2011, in Paris.", [("Dec. 14", "2011-12-14"), ("15, 2011", "2011-12-15")]),
    ("Shares fell on April 24 and 25 people died.", [("April 24", "2025-04-24")]),
])
def test_a_second_day_of_the_same_month(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in timex.tag(text, anchor=ANCHOR)] == expected


@pytest.mark.parametrize("text", ["The firm hired 1500 workers.", "Tickets cost 2000 dollars."])
def test_counts_are_not_years(nlp: Language, text: str) -> None:
    assert timex.tag(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Profit rose in the third quarter. In the year-ago third quarter, it fell.", "the year-ago third quarter",
     "2023-Q3"),
    ("Sales rose in the fourth quarter, up from the comparable year-ago quarter.",
     "the comparable year-ago quarter", "2023-Q4"),
    ("The year-ago results included a one-time gain.", "year-ago", "2024"),
    ("Profit rose in the fourth quarter. Sales in the latest period were flat.", "the latest period", "2024-Q4"),
    ("Profit rose in the third quarter, up from $5 million in the 2023 period.", "the 2023 period", "2023-Q3"),
])
def test_year_ago_quarters(nlp: Language, text: str, expression: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=ANCHOR), expression)
    assert (found.type, found.value) == ("DATE", value)


@pytest.mark.parametrize(("text", "expression", "kind", "value"), [
    ("Talks resumed on March 3, 2025. Negotiators met again in the morning.", "the morning", "TIME",
     "2025-03-03TMO"),
    ("Troops entered the city on March 3, 2025. By mid afternoon, the shelling had stopped.", "mid afternoon",
     "TIME", "2025-03-03TAF"),
    ("Rebels attacked on March 3, 2025. The next morning, they withdrew.", "The next morning", "TIME",
     "2025-03-04TMO"),
    ("Profit rose 5% in the third quarter, compared with year-earlier profit of $3 million.", "year-earlier",
     "DATE", "2023-Q3"),
    ("The ruling follows months of delays.", "months", "DURATION", "PXM"),
    ("Over the years the town has grown.", "the years", "DURATION", "PXY"),
])
def test_spacy_entities_fill_gaps(nlp: Language, text: str, expression: str, kind: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=ANCHOR), expression)
    assert (found.type, found.value) == (kind, value)


@pytest.mark.parametrize("text", ["Good evening and welcome to the show.", "He appeared on a morning talk show.",
                                  "The car was seen in the days before the attack.",
                                  "The two blasts came only minutes apart.",
                                  "The latest period of unrest ended the truce.",
                                  "In the first half of the match, he scored.",
                                  'The minister, speaking on the talk show "This Week," denied it.',
                                  "He told the programme 60 Minutes that he was innocent.",
                                  "One in the morning crowd cheered.",
                                  "The quarter-to-quarter comparison was flattering.",
                                  'She led the "March of the Combatant Mothers."'])
def test_spacy_entities_that_are_not_timexes(nlp: Language, text: str) -> None:
    assert timex.tag(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(("text", "expression", "value", "mod"), [
    ("Police said the fire broke out around 2:30 a.m.", "around 2:30 a.m.", "2025-03-12T02:30", "APPROX"),
    ("The deal was signed about Nov. 1.", "about Nov. 1", "2024-11-01", "APPROX"),
    ("The market closed at 4 p.m. ET.", "4 p.m. ET", "2025-03-12T16:00", ""),
    ("Lawyers sought a way around Tuesday's ruling.", "Tuesday", "2025-03-11", ""),
])
def test_approximation_and_time_zone_belong_to_the_extent(nlp: Language, text: str, expression: str,
                                                         value: str, mod: str) -> None:
    found = _find(timex.tag(text, anchor=ANCHOR), expression)
    assert (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize(("text", "expression", "value", "mod"), [
    ("Shares fell 2% over the past 12 months.", "the past 12 months", "P12M", ""),
    ("Costs will be spread over the next three quarters.", "the next three quarters", "P3Q", ""),
    ("The talks lasted over two weeks.", "over two weeks", "P2W", "MORE_THAN"),
    ("The strike lasted nearly a month.", "nearly a month", "P1M", "LESS_THAN"),
    ("About half an hour later, the police arrived.", "About half an hour", "PT30M", "APPROX"),
    ("Talks opened on March 3, 2025. Some two weeks later, they collapsed.", "Some two weeks", "P2W", "APPROX"),
])
def test_duration_qualifiers(nlp: Language, text: str, expression: str, value: str, mod: str) -> None:
    found = _find(timex.tag(text, anchor=ANCHOR), expression)
    assert (found.type, found.value, found.mod) == ("DURATION", value, mod)


def test_a_day_after_an_event_is_a_duration(nlp: Language) -> None:
    found = _find(timex.tag("The visit came a day after a delegation met officials.", anchor=ANCHOR), "a day")
    assert (found.type, found.value, found.start_date) == ("DURATION", "P1D", None)


@pytest.mark.parametrize("text", ["He was a 22-year-old student.", "A 30-year-old man was arrested.",
                                  "She is 45 years old."])
def test_ages_are_not_tagged(nlp: Language, text: str) -> None:
    assert timex.tag(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("She left for Paris on Wednesday.", "Wednesday", "XXXX-WXX-3"),
    ("He spoke about it in December.", "December", "XXXX-12"),
    ("Stocks fell last week.", "last week", "XXXX-WXX"),
])
def test_without_anchor_values_stay_underspecified(nlp: Language, text: str, expression: str, value: str) -> None:
    found = _find(timex.tag(text), expression)
    assert found.value == value and found.start_date is None


def test_without_anchor_relative_days_order_expressions(nlp: Language) -> None:
    found = timex.tag("The vote was held yesterday. Results come tomorrow. Stocks fell last week.")
    days = {t.text: t.relative_days for t in found}
    assert days["yesterday"] == -1 and days["tomorrow"] == 1
    assert days["last week"] is not None and days["last week"] < -1


@pytest.mark.parametrize(("value", "granularity", "first", "last"), [
    ("2025-W10", "week", "2025-03-03", "2025-03-09"),
    ("2020-W53", "week", "2020-12-28", "2021-01-03"),
    ("2025-03", "month", "2025-03-01", "2025-03-31"),
    ("2024-SU", "season", "2024-06-01", "2024-08-31"),
    ("2024-WI", "season", "2024-12-01", "2025-02-28"),
    ("2024-Q4", "quarter", "2024-10-01", "2024-12-31"),
    ("199", "decade", "1990-01-01", "1999-12-31"),
    ("18", "century", "1800-01-01", "1899-12-31"),
    ("2025-03-12T15:00", "time", "2025-03-12", "2025-03-12"),
])
def test_interval(value: str, granularity: str, first: str, last: str) -> None:
    assert timex.interval(value) == (granularity, datetime.date.fromisoformat(first),
                                     datetime.date.fromisoformat(last))


def test_tag_doc_uses_the_given_doc_offsets(nlp: Language) -> None:
    doc = parse_one("Officials met on Tuesday.\n\nThey will meet again next week.")
    found = timex.tag_doc(doc, anchor="2025-03-12T08:00:00")
    assert [(doc.text[t.start:t.end], t.value) for t in found] == [("Tuesday", "2025-03-11"), ("next week", "2025-W12")]


SAMPLE_EXPECTED = [
    ("late Wednesday", "DATE", "2025-03-12"), ("Tuesday", "DATE", "2025-03-11"),
    ("last Saturday", "DATE", "2025-03-08"), ("last week", "DATE", "2025-W10"),
    ("this week", "DATE", "2025-W11"), ("This month", "DATE", "2025-03"),
    ("last summer", "DATE", "2024-SU"), ("last year", "DATE", "2024"),
    ("December", "DATE", "2024-12"), ("February 2022", "DATE", "2022-02"),
    ("30-day", "DURATION", "P30D"), ("19 years", "DURATION", "P19Y"),
    ("annual", "SET", "P1Y"), ("months", "DURATION", "PXM"),
]


@pytest.fixture(scope="module")
def sample_timexes(nlp: Language, sample_path) -> list[timex.Timex]:  # noqa: ANN001
    batch = articles.load_file(sample_path)
    article = batch.articles[0]
    assert article.published == ANCHOR
    return timex.tag(article.text, anchor=article.published)


@pytest.mark.parametrize(("expression", "kind", "value"), SAMPLE_EXPECTED)
def test_sample_article(sample_timexes: list[timex.Timex], expression: str, kind: str, value: str) -> None:
    found = _find(sample_timexes, expression)
    assert (found.type, found.value) == (kind, value)


def test_sample_article_ages_are_not_tagged(sample_timexes: list[timex.Timex]) -> None:
    assert not [t for t in sample_timexes if "year-old" in t.text or t.text.startswith("22")]


def test_sample_article_week_interval(sample_timexes: list[timex.Timex]) -> None:
    last_week = _find(sample_timexes, "last week")
    assert (last_week.start_date, last_week.end_date) == (datetime.date(2025, 3, 3), datetime.date(2025, 3, 9))


def test_bad_anchor_says_what_to_pass(nlp: Language) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        timex.tag("Prices fell last year.", anchor="last Tuesday")


@pytest.mark.parametrize(("text", "expected"), [
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One.\r\n\r\nTwo.\n \nThree", ["One.\r", "Two.", "Three"]),
    ("Only one paragraph.", ["Only one paragraph."]),
    ("\n\nLeading and trailing\n\n", ["Leading and trailing"]),
])
def test_rules_are_matched_paragraph_by_paragraph(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in timex.engine.paragraphs(text)] == expected


def test_expressions_are_found_in_every_paragraph_and_not_across_a_blank_line() -> None:
    found = timex.tag("Talks began on May 3.\r\n\r\nThey ended on Friday.\n\nTwo\n\nweeks passed.",
                      anchor="2024-05-10")
    assert [t.text for t in found] == ["May 3", "Friday"]


@pytest.mark.parametrize("text", [
    "Week Ago 58,100 Year Ago 60,000",  # a market table: no date 58,100 years back
    "The shipment is 9,999,999 days late.",
    "It was 99,999 centuries later.",
    "Founded in the 1st century, the town grew.",
    "The file is dated 2025-02-30.",
    "The truce lasted 10,000 weeks from now.",
])
@pytest.mark.parametrize("anchor", [datetime.date(2025, 3, 12), datetime.date(1, 1, 2), datetime.date(9999, 12, 30), None])
def test_date_arithmetic_never_raises(nlp: Language, text: str, anchor: datetime.date | None) -> None:
    for found in timex.tag(text, anchor=anchor):
        assert found.start_date is None or 1 <= found.start_date.year <= 9999


@pytest.mark.parametrize(("text", "word"), [
    ("He bought a GTX 1660 card for the game.", "1660"),
    ("The benchmark showed FPS 2072 on the new rig.", "2072"),
    ("The fall of the regime surprised everyone.", "fall"),
    ("Shares saw a sharp fall in the morning session.", "fall"),
    ("The Arab Spring began in Tunisia.", "Spring"),
])
def test_product_numbers_and_noun_seasons_are_not_dates(nlp: Language, text: str, word: str) -> None:
    assert not [t for t in timex.tag(text, anchor=ANCHOR) if word in t.text]


def test_year_later_counts_from_the_last_year_named(nlp: Language) -> None:
    found = _find(timex.tag("Talks opened on May 2, 2001. The war began in 2003. One year later, the troops left.",
                            anchor=ANCHOR), "One year later")
    assert found.value == "2004"
