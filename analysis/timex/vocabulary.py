"""The time tagger's vocabulary: month, weekday, season, number and unit words with their codes,
holidays, the word lists of tense and vetoes, and the regular-expression fragments rules are built from."""

from __future__ import annotations

import re

MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}


WEEKDAYS = {name: i for i, names in enumerate(
    [("monday", "mon"), ("tuesday", "tues", "tue"), ("wednesday", "wed"), ("thursday", "thurs", "thu"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")], start=1) for name in names}


SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "a single": 1,
                "a couple of": 2, "a couple": 2, "couple of": 2, "an additional": 1, "half a": 0.5, "half an": 0.5,
                "a half": 0.5, "an half": 0.5, "half": 0.5, "half a dozen": 6, "dozen": 12, "a dozen": 12})


ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first".split())}


UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
             "second": "S", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE",
             "night": "D", "fortnight": "W", "yr": "Y", "min": "M", "sec": "S", "hr": "H"}


SET_WORDS = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "daily": "P1D",
             "weekly": "P1W", "monthly": "P1M", "hourly": "PT1H",
             "nightly": "P1D", "biweekly": "P2W", "semiannual": "P6M", "biannual": "P6M"}


SPELLED_TENS = {w: i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
            "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
            "st. patrick's day": (3, 17), "boxing day": (12, 26)}


# (month, n-th occurrence (-1 = last), weekday 0=Monday) of holidays that move with the week
MOVABLE = {"thanksgiving": (11, 4, 3), "thanksgiving day": (11, 4, 3), "memorial day": (5, -1, 0),
           "labor day": (9, 1, 0), "martin luther king day": (1, 3, 0), "presidents day": (2, 3, 0),
           "mother's day": (5, 2, 6), "father's day": (6, 3, 6), "columbus day": (10, 2, 0)}


EASTER_OFFSET = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
                 "palm sunday": -7, "ash wednesday": -46}


FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}


DEFER_VERBS = {"postpone", "delay", "defer", "extend", "adjourn", "suspend", "give", "push", "put"}


PLAN_VERBS = {"plan", "schedule", "expect", "intend", "due", "set", "prepare", "vow", "promise"}


VERB_MONTHS = {"may", "march"}


NOUN_SEASONS = {"fall", "spring"}  # also nouns: "a fall in prices", "the Arab Spring"
TEMPORAL_WORDS = {"in", "during", "by", "until", "till", "through", "throughout", "since", "before", "after",
                  "over", "for", "from", "to", "this", "last", "next", "that", "every", "each"}
YEAR_ACRONYMS = {"FY", "AD", "BC", "CE", "BCE"}  # "FY 2020": an acronym that does precede years


EVENT_NAME_WORDS = {"annual", "high"}  # "the annual March for Life", "High Noon": names, not dates


UNIT_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
               "minute", "minutes", "night", "nights", "weekend", "decade", "decades"}


RATE_WORDS = {"times", "twice", "once", "thrice", "percent", "%", "cents", "dollars", "hours", "days"}


QUAL_MOD = {"more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "nearly": "LESS_THAN",
             "almost": "LESS_THAN", "about": "APPROX", "some": "APPROX", "around": "APPROX",
             "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS"}


_NUM_WORD = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
             r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
             r"|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a dozen|dozen")


NUM = (rf"(?:\d{{1,3}} 1/2|(?:\d{{1,3}}|{_NUM_WORD}|an?) and a half|half a dozen|an? half|half an?|half(?=-)"
       rf"|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{_NUM_WORD}|a couple of|a couple|couple of"
       r"|an additional|an?|a single|several|a few|few|many|some|a number of|numerous)")


UNIT = (r"(?:year|month|week|day|hour|minute|second|decade|century|centurie|fortnight|weekend|night"
        r"|quarter|yr|min|sec|hr)")


MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)")


# an abbreviation without its full stop ("Jan 3", "Sept 11, 2001", "Feb 2024") only before a day or a
# year: alone, "Jan" is as likely a first name and "Mar" a verb
MONTH_BARE = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\w.])"


MONTH_DAY = rf"(?:{MONTH}|{MONTH_BARE})"  # a month directly followed by its day


WEEKDAY = (r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
           r"|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.)")


SEASON = r"(?:spring|summer|fall|autumn|winter)"


YEAR = r"(?:1[6-9]\d\d|20\d\d)"


DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


PART = r"(?:morning|afternoon|evening|night|overnight)"


PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


MODS = {"early": "START", "late": "END", "mid": "MID", "the end of": "END", "the beginning of": "START",
        "the start of": "START", "the middle of": "MID", "end of": "END", "the first half of": "START",
        "the second half of": "END", "the close of": "END", "the turn of": "", "the spring of": ""}


MOD = r"(?:early|late|mid-?|the end of|end of|the beginning of|the start of|the middle of)"


REL = r"(?:this past|this coming|last|next|this|past|coming)"


DIRECTION = r"(?:ago|earlier|later|from now|from today|hence|afterwards?|(?:before|after)(?=\s*[.,;]))"


UNITS = r"years|months|weeks|days|hours|minutes|decades|centuries|quarters"


# "over" qualifies an amount ("over two weeks": MORE_THAN) but is a preposition before "the past
# two weeks", which the TimeML extent leaves out
QUAL = r"(?:more than|over(?!\s+the\b)|less than|nearly|almost|about|some|around|at least|up to)"


MODP = rf"(?:(?P<mod>{MOD})(?:\s+|(?<=-)|-))?"


YEARP = rf"(?:,?\s+(?P<year>{YEAR}))?"


DAYWORD = rf"(?P<dayword>{WEEKDAY}|yesterday|today|tomorrow)"


ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                  "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                  "twentieth|twenty-first")


RELATIVE = (rf"{REL}|the past|the last|the previous|the next|the coming|the current|the latest|"
             r"latest|current|earlier this|later this|so far this|the following|earlier that|later that|that")


TENS_WORDS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?")


SPELLED_YEAR = rf"nineteen[- ]{TENS_WORDS}"


HOLIDAY_NAMES = (r"Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Independence Day|Valentine['’]s Day"
                  r"|Halloween|Veterans Day|Thanksgiving(?: Day)?|St\. Patrick['’]s Day|Boxing Day"
                  r"|Memorial Day|Labor Day|Martin Luther King(?: Jr\.)? Day|Presidents['’]? Day|President's Day"
                  r"|Mother['’]s Day|Father['’]s Day|Columbus Day|Election Day"
                  r"|Easter(?: Sunday| Monday)?|Good Friday|Palm Sunday|Ash Wednesday")


CLOCK_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


AFTER_DAY = r"\s*(?:[,.;:)'\"]|$|(?:in|at|on|when|as|after|before|and|to|from|of)\b)"  # a day, not a count


OR_SO = r"(?:\s+or\s+so)?"  # "the next year or so", "a week or so ago": part of the extent


DAY_KIND = r"(?:trading|business|working|school)(?=\s+days?\b)"  # "eight trading days"


YEAR_AGO = r"year-earlier|year-ago|year earlier|prior-year"


COMPARABLE = r"(?:(?:comparable|same|corresponding)\s+)?"


CLOCK = r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m)"


def rx(*parts: str) -> re.Pattern[str]:
    """Compile a rule pattern (parts are concatenated): whole words only, case-insensitive,
    never followed by '-old'/'old' (ages are not temporal expressions)."""
    pattern = "".join(parts)
    return re.compile(rf"(?<![\w-]){pattern}(?![\w]|-(?:old|year-old)\b|\s+old\b)", re.I)


def entity_rx(*parts: str) -> re.Pattern[str]:
    """Compile an entity fallback pattern (matched against a whole spaCy entity)."""
    return re.compile("".join(parts), re.I)
