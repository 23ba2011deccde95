"""Tests for analysis.timex: extraction, TIMEX3 values, tense-based resolution and intervals."""

from __future__ import annotations

import datetime

import pytest
from spacy.language import Language

from analysis import articles, timex
from analysis.nlp import parse_one

ANCHOR = datetime.date(2025, 3, 12)  # a Wednesday


def _find(found: list[timex.Timex], text: str) -> timex.Timex:
    matches = [t for t in found if t.text == text]
    assert matches, f"{text!r} not tagged; got {[(t.text, t.value) for t in found]}"
    return matches[0]


CASES = [
    # absolute dates
    ("The deal was signed on March 12, 2025.", ANCHOR, "March 12, 2025", "DATE", "2025-03-12"),
    ("It was signed on 12 March 2025 in Riyadh.", ANCHOR, "12 March 2025", "DATE", "2025-03-12"),
    ("Talks resumed Mar. 12 in Geneva.", datetime.date(2025, 3, 20), "Mar. 12", "DATE", "2025-03-12"),
    ("The filing is dated 2025-03-12.", ANCHOR, "2025-03-12", "DATE", "2025-03-12"),
    ("The form was filed on 3/12/2025.", ANCHOR, "3/12/2025", "DATE", "2025-03-12"),
    ("The war began in February 2022.", ANCHOR, "February 2022", "DATE", "2022-02"),
    ("Music changed in the 1990s.", ANCHOR, "the 1990s", "DATE", "199"),
    ("The church dates from the 19th century.", ANCHOR, "the 19th century", "DATE", "18"),
    ("Sales fell in 1998 after the crisis.", ANCHOR, "1998", "DATE", "1998"),
    ("Profits rose in fiscal 2024.", ANCHOR, "fiscal 2024", "DATE", "2024"),
    ("The post-1959 politics split families.", ANCHOR, "post-1959", "DATE", "1959"),
    ("Pre-2008 loans were risky.", ANCHOR, "Pre-2008", "DATE", "2008"),
    ("Revenue grew in the first quarter of 2024.", ANCHOR, "the first quarter of 2024", "DATE", "2024-Q1"),
    ("The bank reported the fourth-quarter results.", ANCHOR, "fourth-quarter", "DATE", "2024-Q4"),
    ("Sales were weak in the first half of the year.", ANCHOR, "the first half of the year", "DATE", "2025-H1"),
    ("Earnings will fall in the last half of 2025.", ANCHOR, "the last half of 2025", "DATE", "2025-H2"),
    # a planned date months ahead stays in the anchor's year; a participle of a plan verb is past
    ("The vote is set for Oct. 15.", ANCHOR, "Oct. 15", "DATE", "2025-10-15"),
    ("The firm named a new chairman, effective Feb. 1.", datetime.date(2025, 10, 26), "Feb. 1", "DATE",
     "2026-02-01"),
    ("The firm had sold half its stake by May.", datetime.date(2025, 10, 26), "May", "DATE", "2025-05"),
    ("The talks are supposed to conclude by May.", datetime.date(2025, 10, 26), "May", "DATE", "2026-05"),
    ("The report has been released on Monday.", ANCHOR, "Monday", "DATE", "2025-03-10"),
    ("The summit is scheduled for Oct. 15.", ANCHOR, "Oct. 15", "DATE", "2025-10-15"),
    ("The index is near the record high set on May 20.", ANCHOR, "May 20", "DATE", "2024-05-20"),
    # weekdays, by tense
    ("A spokesman said Tuesday the plant would reopen.", ANCHOR, "Tuesday", "DATE", "2025-03-11"),
    ("It was the worst attack since the 2005 bombings.", ANCHOR, "2005", "DATE", "2005"),
    ("The talks resumed in the spring of 2012.", ANCHOR, "the spring of 2012", "DATE", "2012-SP"),
    ("She left for Paris on Tuesday.", ANCHOR, "Tuesday", "DATE", "2025-03-11"),
    ("She will leave for Paris on Tuesday.", ANCHOR, "Tuesday", "DATE", "2025-03-18"),
    ("The team plans to meet on Friday.", ANCHOR, "Friday", "DATE", "2025-03-14"),
    ("The offer had been scheduled to expire Friday.", ANCHOR, "Friday", "DATE", "2025-03-07"),
    ("The permit had been due to lapse on Monday.", ANCHOR, "Monday", "DATE", "2025-03-10"),
    ("The team planned to leave Kyiv on Thursday.", ANCHOR, "Thursday", "DATE", "2025-03-13"),
    ("The team planned to leave Kyiv on Monday.", ANCHOR, "Monday", "DATE", "2025-03-10"),
    ("The court postponed until Monday any ruling.", ANCHOR, "Monday", "DATE", "2025-03-17"),
    ("Officials extended the deadline until 9 a.m. Tuesday.", ANCHOR, "9 a.m. Tuesday", "TIME", "2025-03-18T09:00"),
    ("He stayed in Kyiv until Monday.", ANCHOR, "Monday", "DATE", "2025-03-10"),
    ("The bank extended the loans through January.", datetime.date(2025, 10, 26), "January", "DATE", "2026-01"),
    ("He arrived in Kyiv last Saturday.", ANCHOR, "last Saturday", "DATE", "2025-03-08"),
    ("The day before last Tuesday's hearing, he fled.", ANCHOR, "The day before last Tuesday", "DATE", "2025-03-10"),
    ("Shops reopened the day after Christmas.", ANCHOR, "the day after Christmas", "DATE", "2024-12-26"),
    ("They meet again next Monday.", ANCHOR, "next Monday", "DATE", "2025-03-17"),
    ("He spoke to reporters late Wednesday.", ANCHOR, "late Wednesday", "DATE", "2025-03-12"),
    ("The shelling began Wednesday night.", ANCHOR, "Wednesday night", "DATE", "2025-03-12TNI"),
    # deictic days and present
    ("The vote was held yesterday.", ANCHOR, "yesterday", "DATE", "2025-03-11"),
    ("The results come out today.", ANCHOR, "today", "DATE", "2025-03-12"),
    ("The final is played tonight.", ANCHOR, "tonight", "TIME", "2025-03-12TNI"),
    ("Prices are now rising.", ANCHOR, "now", "DATE", "PRESENT_REF"),
    ("The border is currently closed.", ANCHOR, "currently", "DATE", "PRESENT_REF"),
    ("In the past, the border was open.", ANCHOR, "the past", "DATE", "PAST_REF"),
    ("The bonds will be sold at a later date.", ANCHOR, "a later date", "DATE", "FUTURE_REF"),
    # last / this / next units
    ("Stocks fell last week.", ANCHOR, "last week", "DATE", "2025-W10"),
    ("Stocks rose this week.", ANCHOR, "this week", "DATE", "2025-W11"),
    ("The envoy visits during the week of March 24.", ANCHOR, "the week of March 24", "DATE", "2025-W13"),
    ("The court rules next week.", ANCHOR, "next week", "DATE", "2025-W12"),
    ("Inflation eased last month.", ANCHOR, "last month", "DATE", "2025-02"),
    ("Elections are due next month.", ANCHOR, "next month", "DATE", "2025-04"),
    ("This year has been hard.", ANCHOR, "This year", "DATE", "2025"),
    ("The plant opens next year.", ANCHOR, "next year", "DATE", "2026"),
    ("The fighting began last summer.", ANCHOR, "last summer", "DATE", "2024-SU"),
    ("A new offensive is expected next winter.", ANCHOR, "next winter", "DATE", "2025-WI"),
    ("Earnings dropped last quarter.", ANCHOR, "last quarter", "DATE", "2024-Q4"),
    ("Profit fell last fiscal year.", ANCHOR, "last fiscal year", "DATE", "2024"),
    ("Sales will rise in the current fiscal year.", ANCHOR, "the current fiscal year", "DATE", "2025"),
    ("The troops have held the town since last summer.", ANCHOR, "last summer", "DATE", "2024-SU"),
    ("Sales rose earlier this month.", ANCHOR, "earlier this month", "DATE", "2025-03"),
    ("Later yesterday, the minister resigned.", ANCHOR, "Later yesterday", "DATE", "2025-03-11"),
    ("He will speak later this afternoon.", ANCHOR, "later this afternoon", "TIME", "2025-03-12TAF"),
    ("At mid-afternoon yesterday, shares were up.", ANCHOR, "mid-afternoon yesterday", "TIME", "2025-03-11TAF"),
    ("Talks opened on March 3, 2025. Earlier that day, a bomb exploded.", ANCHOR, "Earlier that day", "DATE",
     "2025-03-03"),
    # ago
    ("The plant closed two weeks ago.", ANCHOR, "two weeks ago", "DATE", "2025-W09"),
    ("The plant closed a week or so ago.", ANCHOR, "a week or so ago", "DATE", "2025-W10"),
    ("The plant will close over the next year or so.", ANCHOR, "the next year or so", "DATE", "2026"),
    ("The storm hit three days ago.", ANCHOR, "three days ago", "DATE", "2025-03-09"),
    # bare months, by tense
    ("He spoke about it in December.", ANCHOR, "December", "DATE", "2024-12"),
    ("He will visit the region in December.", ANCHOR, "December", "DATE", "2025-12"),
    ("He will fly home in April for Easter.", ANCHOR, "April", "DATE", "2025-04"),
    # times
    ("The summit starts at 3 p.m.", ANCHOR, "3 p.m.", "TIME", "2025-03-12T15:00"),
    ("Polls closed at noon.", ANCHOR, "noon", "TIME", "2025-03-12T12:00"),
    ("The rally starts at 12 noon.", ANCHOR, "12 noon", "TIME", "2025-03-12T12:00"),
    ("The curfew begins at twelve midnight.", ANCHOR, "twelve midnight", "TIME", "2025-03-12T24:00"),
    ("The convoy left at 4 in the morning.", ANCHOR, "4 in the morning", "TIME", "2025-03-12T04:00"),
    ("The bomb went off at ten at night.", ANCHOR, "ten at night", "TIME", "2025-03-12T22:00"),
    ("They met at 11 o'clock in the evening.", ANCHOR, "11 o'clock in the evening", "TIME", "2025-03-12T23:00"),
    ("The plane will land at 3 a.m.", ANCHOR, "3 a.m.", "TIME", "2025-03-13T03:00"),
    ("The blast came at 10:35 a.m. (0735 GMT) Monday.", ANCHOR, "10:35 a.m.", "TIME", "2025-03-10T10:35"),
    ("Fighting began at 3 p.m. local time Tuesday.", ANCHOR, "3 p.m.", "TIME", "2025-03-11T15:00"),
    # durations
    ("They agreed to a 30-day cease-fire.", ANCHOR, "30-day", "DURATION", "P30D"),
    ("He was sentenced to 19 years in prison.", ANCHOR, "19 years", "DURATION", "P19Y"),
    ("For months, the town was occupied.", ANCHOR, "months", "DURATION", "PXM"),
    ("Crime has fallen in recent years.", ANCHOR, "recent years", "DURATION", "PXY"),
    ("Rates will fall in coming weeks.", ANCHOR, "coming weeks", "DURATION", "PXW"),
    ("The strike lasted two weeks.", ANCHOR, "two weeks", "DURATION", "P2W"),
    ("Net income for the nine months rose 5%.", ANCHOR, "the nine months", "DURATION", "P9M"),
    ("Both sides ended the 30-day truce.", ANCHOR, "30-day", "DURATION", "P30D"),
    ("The index rose for eight trading days.", ANCHOR, "eight trading days", "DURATION", "P8D"),
    ("Payment is due within three business days.", ANCHOR, "three business days", "DURATION", "P3D"),
    ("Sales fell for the past three years.", ANCHOR, "the past three years", "DURATION", "P3Y"),
    ("For the year ended Sept. 30, the firm earned $5 million.", ANCHOR, "the year", "DURATION", "P1Y"),
    ("In the fiscal year ending June 30, it lost money.", ANCHOR, "the fiscal year", "DURATION", "P1Y"),
    # sets
    ("He held his annual news conference.", ANCHOR, "annual", "SET", "P1Y"),
    ("The ferry runs every week.", ANCHOR, "every week", "SET", "P1W"),
    ("The paper is printed daily.", ANCHOR, "daily", "SET", "P1D"),
    ("The prize is awarded each year.", ANCHOR, "each year", "SET", "P1Y"),
    ("Tickets cost $40 a year.", ANCHOR, "a year", "SET", "P1Y"),
    ("The airline runs four flights a week.", ANCHOR, "a week", "SET", "P1W"),
    ("The shop closes on Mondays.", ANCHOR, "Mondays", "SET", "XXXX-WXX-1"),
    ("He works Tuesday nights.", ANCHOR, "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("The river floods each July.", ANCHOR, "each July", "SET", "XXXX-07"),
    # further forms
    ("The case dragged on for 2 1/2 years.", ANCHOR, "2 1/2 years", "DURATION", "P2Y6M"),
    ("The talks lasted a year and a half.", ANCHOR, "a year and a half", "DURATION", "P1Y6M"),
    ("It ended a decades-long feud.", ANCHOR, "decades-long", "DURATION", "PXY"),
    ("They left after a day-long meeting.", ANCHOR, "day-long", "DURATION", "P1D"),
    ("The yearlong inquiry ended.", ANCHOR, "yearlong", "DURATION", "P1Y"),
    ("A weeklong strike began.", ANCHOR, "weeklong", "DURATION", "P1W"),
    ("In nineteen ninety-six the law changed.", ANCHOR, "nineteen ninety-six", "DATE", "1996"),
    ("January nineteen ninety-seven brought a second bomb.", ANCHOR, "January nineteen ninety-seven", "DATE",
     "1997-01"),
    ("Prices fell to the level of the winter of nineteen-ninety.", ANCHOR, "the winter of nineteen-ninety", "DATE",
     "1990-WI"),
    ("Music changed through the nineties.", ANCHOR, "the nineties", "DATE", "199"),
    ("The deal should close by the end of the year.", ANCHOR, "the end of the year", "DATE", "2025"),
    ("The rules should be in place by year's end.", ANCHOR, "year's end", "DATE", "2025"),
    ("Shelling resumed last night.", ANCHOR, "last night", "TIME", "2025-03-11TNI"),
    ("He was released on Christmas Day.", ANCHOR, "Christmas Day", "DATE", "2024-12-25"),
    ("The church will be full on Easter.", ANCHOR, "Easter", "DATE", "2025-04-20"),
    ("Stores close on Memorial Day.", ANCHOR, "Memorial Day", "DATE", "2025-05-26"),
    ("The boy was found last Thanksgiving.", datetime.date(2000, 2, 10), "last Thanksgiving", "DATE", "1999-11-25"),
    ("Voting closes at 5 p.m. EST Nov. 9.", datetime.date(1989, 11, 2), "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00"),
    ("Their relatives met in the 1960s and the '80s.", ANCHOR, "the '80s", "DATE", "198"),
    # anchored to a previously mentioned date
    ("Talks opened on March 3, 2025. The following week, they collapsed.", ANCHOR, "The following week", "DATE", "2025-W11"),
    ("Talks opened on March 3, 2025. The next day, they collapsed.", ANCHOR, "The next day", "DATE", "2025-03-04"),
    ("Talks opened on March 3, 2025. A year later, they collapsed.", ANCHOR, "A year later", "DATE", "2026"),
    ("In March 2024 the firm got an offer. The following month, it was sold.", ANCHOR, "The following month",
     "DATE", "2024-04"),
    ("Sales rose in the second quarter of 2023. Results for that quarter included a gain.", ANCHOR,
     "that quarter", "DATE", "2023-Q2"),
    # year boundaries and ISO weeks
    # 2021-01-03 is the Sunday of ISO week 2020-W53, so "last week" from the Monday after is W53
    ("Stocks fell last week.", datetime.date(2021, 1, 4), "last week", "DATE", "2020-W53"),
    ("Stocks rose this week.", datetime.date(2021, 1, 3), "this week", "DATE", "2020-W53"),
    ("The court rules next week.", datetime.date(2020, 12, 28), "next week", "DATE", "2021-W01"),
    ("Inflation eased last month.", datetime.date(2021, 1, 15), "last month", "DATE", "2020-12"),
    ("The vote was held yesterday.", datetime.date(2021, 1, 1), "yesterday", "DATE", "2020-12-31"),
    ("Prices fell last year.", datetime.date(2021, 1, 1), "last year", "DATE", "2020"),
]


@pytest.mark.parametrize(("text", "anchor", "expression", "kind", "value"), CASES)
def test_values(nlp: Language, text: str, anchor: datetime.date, expression: str, kind: str, value: str) -> None:
    found = _find(timex.tag(text, anchor=anchor), expression)
    assert (found.type, found.value) == (kind, value)


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
    assert [text[start:end] for start, end in timex._paragraphs(text)] == expected


def test_expressions_are_found_in_every_paragraph_and_not_across_a_blank_line() -> None:
    found = timex.tag("Talks began on May 3.\r\n\r\nThey ended on Friday.\n\nTwo\n\nweeks passed.",
                      anchor="2024-05-10")
    assert [t.text for t in found] == ["May 3", "Friday"]
