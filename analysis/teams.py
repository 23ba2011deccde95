"""Professional sports teams of North America: their full names and nicknames.

The small English model tags few team names and mislabels the rest: "the Flames" as a person,
"Leafs" as a place, and the "Ottawa" of "Ottawa Senators" as the capital, which makes Canada an
actor of a hockey report. ``team_spans`` finds the teams in a Doc so that ``analysis.entities`` can
label them ORG over whatever the model said.

A full name ("Calgary Flames", "the Toronto Maple Leafs") is a team wherever it stands. A
nickname alone ("the Flames", "Canadiens") is a team when the text also names that team in full,
or when the nickname, singular too, is no English word ("Canucks", "Oilers"): "Senators" in a
story about the Senate, "Giants" or "Lions" elsewhere, stay what the model says. The short forms
news gives teams ("Leafs", "Habs", "Jays", "Argos", "Ticats") are teams alone; "Sens" is left out, as "Sens." is
the senators' title.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from .nlp import doc_text

#: League, then one team per line: "City or region|Nickname|short forms, comma-separated".
_LEAGUES = {
    "NHL": """Anaheim|Ducks
Boston|Bruins
Buffalo|Sabres
Calgary|Flames
Carolina|Hurricanes|Canes
Chicago|Blackhawks|Hawks
Colorado|Avalanche|Avs
Columbus|Blue Jackets|Jackets
Dallas|Stars
Detroit|Red Wings|Wings
Edmonton|Oilers
Florida|Panthers
Los Angeles|Kings
Minnesota|Wild
Montreal|Canadiens|Habs
Montréal|Canadiens|Habs
Nashville|Predators|Preds
New Jersey|Devils
New York|Islanders|Isles
New York|Rangers
Ottawa|Senators
Philadelphia|Flyers
Pittsburgh|Penguins|Pens
San Jose|Sharks
Seattle|Kraken
St. Louis|Blues
Tampa Bay|Lightning|Bolts
Toronto|Maple Leafs|Leafs
Utah|Mammoth
Vancouver|Canucks
Vegas|Golden Knights
Washington|Capitals|Caps
Winnipeg|Jets""",
    "NBA": """Atlanta|Hawks
Boston|Celtics
Brooklyn|Nets
Charlotte|Hornets
Chicago|Bulls
Cleveland|Cavaliers|Cavs
Dallas|Mavericks|Mavs
Denver|Nuggets
Detroit|Pistons
Golden State|Warriors
Houston|Rockets
Indiana|Pacers
Los Angeles|Clippers
Los Angeles|Lakers
Memphis|Grizzlies
Miami|Heat
Milwaukee|Bucks
Minnesota|Timberwolves|Wolves
New Orleans|Pelicans
New York|Knicks
Oklahoma City|Thunder
Orlando|Magic
Philadelphia|76ers|Sixers
Phoenix|Suns
Portland|Trail Blazers|Blazers
Sacramento|Kings
San Antonio|Spurs
Toronto|Raptors
Utah|Jazz
Washington|Wizards""",
    "MLB": """Arizona|Diamondbacks|D-backs
Atlanta|Braves
Baltimore|Orioles
Boston|Red Sox
Chicago|Cubs
Chicago|White Sox
Cincinnati|Reds
Cleveland|Guardians
Colorado|Rockies
Detroit|Tigers
Houston|Astros
Kansas City|Royals
Los Angeles|Angels
Los Angeles|Dodgers
Miami|Marlins
Milwaukee|Brewers
Minnesota|Twins
New York|Mets
New York|Yankees
Oakland|Athletics|A's
Philadelphia|Phillies
Pittsburgh|Pirates
San Diego|Padres
San Francisco|Giants
Seattle|Mariners
St. Louis|Cardinals
Tampa Bay|Rays
Texas|Rangers
Toronto|Blue Jays|Jays
Washington|Nationals""",
    "NFL": """Arizona|Cardinals
Atlanta|Falcons
Baltimore|Ravens
Buffalo|Bills
Carolina|Panthers
Chicago|Bears
Cincinnati|Bengals
Cleveland|Browns
Dallas|Cowboys
Denver|Broncos
Detroit|Lions
Green Bay|Packers
Houston|Texans
Indianapolis|Colts
Jacksonville|Jaguars
Kansas City|Chiefs
Las Vegas|Raiders
Los Angeles|Chargers
Los Angeles|Rams
Miami|Dolphins
Minnesota|Vikings
New England|Patriots|Pats
New Orleans|Saints
New York|Giants
New York|Jets
Philadelphia|Eagles
Pittsburgh|Steelers
San Francisco|49ers|Niners
Seattle|Seahawks
Tampa Bay|Buccaneers|Bucs
Tennessee|Titans
Washington|Commanders""",
    "CFL": """BC|Lions
B.C.|Lions
Calgary|Stampeders|Stamps
Edmonton|Elks
Hamilton|Tiger-Cats|Ticats
Montreal|Alouettes|Als
Montréal|Alouettes|Als
Ottawa|Redblacks
Saskatchewan|Roughriders|Riders
Toronto|Argonauts|Argos
Winnipeg|Blue Bombers|Bombers""",
    "MLS": """Atlanta|United
Austin|FC
Charlotte|FC
Chicago|Fire
CF|Montréal
CF|Montreal
Colorado|Rapids
Columbus|Crew
D.C.|United
FC|Cincinnati
FC|Dallas
Houston|Dynamo
Inter|Miami
LA|Galaxy
Los Angeles|FC
Minnesota|United
Nashville|SC
New England|Revolution
New York City|FC
New York|Red Bulls
Orlando|City
Philadelphia|Union
Portland|Timbers
Real|Salt Lake
San Diego|FC
San Jose|Earthquakes
Seattle|Sounders
Sporting|Kansas City
St. Louis|City SC
Toronto|FC
Vancouver|Whitecaps""",
    "PWHL": """Boston|Fleet
Minnesota|Frost
Montréal|Victoire
Montreal|Victoire
New York|Sirens
Ottawa|Charge
Seattle|Torrent
Toronto|Sceptres
Vancouver|Goldeneyes""",
}
#: Nicknames too generic to name a team without its city ("United", "FC", "City"): never alone.
_NEVER_ALONE = frozenset({"United", "FC", "City", "SC", "City SC", "Union", "Fire", "Montréal", "Montreal",
                          "Cincinnati", "Dallas", "Miami", "Salt Lake", "Kansas City", "Charge"})


@dataclass(frozen=True)
class Team:
    """One team: its league, its full name, its nickname (empty when it never stands alone) and
    the short forms news gives it."""

    league: str
    full: str
    nickname: str
    short_forms: tuple[str, ...]

    @property
    def nicknames(self) -> tuple[str, ...]:
        """Every name the team goes by alone."""
        return tuple(n for n in (self.nickname, *self.short_forms) if n)


@dataclass(frozen=True)
class _Name:
    """A name to look for: its text, its words, and what it is (full name, nickname, short form)."""

    text: str
    words: tuple[str, ...]
    kind: str


@lru_cache(maxsize=1)
def teams() -> tuple[Team, ...]:
    """Every team of ``_LEAGUES``."""
    found = []
    for league, block in _LEAGUES.items():
        for line in block.splitlines():
            place, nickname, *short = line.split("|")
            short_forms = tuple(n for n in ",".join(short).split(",") if n)
            found.append(Team(league, f"{place} {nickname}", "" if nickname in _NEVER_ALONE else nickname,
                              short_forms))
    return tuple(found)


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, tuple[_Name, ...]]:
    """Each full name, nickname and short form, by its first word (before any hyphen)."""
    kinds: dict[str, str] = {}
    for team in teams():
        kinds[team.full] = "full"
        kinds.setdefault(team.nickname, "nickname")
        for short in team.short_forms:
            kinds.setdefault(short, "short")
    kinds.pop("", None)
    by_first: dict[str, list[_Name]] = {}
    for text, kind in kinds.items():
        words = tuple(text.split())
        by_first.setdefault(words[0].split("-")[0], []).append(_Name(text, words, kind))
    return {first: tuple(names) for first, names in by_first.items()}


def _english(name: str, common: frozenset[str]) -> bool:
    """True when a one-word nickname, or its singular, is an English word ("Senators", "Giants",
    "Lightning"), so that it alone may mean something else; a phrase ("Blue Jays") is a name."""
    word = name.lower()
    return " " not in word and any(form in common for form in (word, word[:-1], word[:-2]) if form)


def team_spans(doc: Doc, *, common: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges (start, end) of the teams named in ``doc``, the longest name at each token and
    without overlaps. Full names and short forms count anywhere; a nickname alone counts when the
    text names its team in full, when it is no English word (``_english``), or when the text is
    about sport: another team name counted by those rules ("Raptors" beside "Oilers")."""
    text = doc_text(doc)
    fulls = {team.full for team in teams() if team.full in text}
    named = {n for team in teams() if team.full in fulls for n in team.nicknames}
    strict = _spans(doc, lambda name: name.kind in ("full", "short") or name.text in named
                    or not _english(name.text, common), fulls)
    return _spans(doc, lambda name: True, fulls) if strict else strict


def _spans(doc: Doc, counts: Callable[[_Name], bool], fulls: set[str]) -> list[tuple[int, int]]:
    """Token ranges of the longest counted name at each token, left to right, without overlaps
    (a full name counts only when it is in ``fulls``)."""
    index = _names_by_first_word()
    spans: list[tuple[int, int]] = []
    taken = 0
    for token in doc:
        names = index.get(token.text.split("-")[0]) if token.i >= taken else None
        best = 0
        for name in names or ():
            if name.kind == "full" and name.text not in fulls:
                continue
            end = _words_end(doc, token.i, name.words)
            best = end if end > best and counts(name) else best
        if best:
            spans.append((token.i, best))
            taken = best
    return spans


def _words_end(doc: Doc, i: int, words: tuple[str, ...]) -> int:
    """End token of ``words`` matched from token ``i`` on (spaCy may split "St." or "Tiger-Cats"),
    not inside a longer word; else 0."""
    joined, j, target = "", i, " ".join(words)
    while j < len(doc) and len(joined.rstrip()) < len(target):
        joined += doc[j].text + doc[j].whitespace_
        j += 1
    if joined.rstrip() != target:
        return 0
    return j if j == len(doc) or doc[j - 1].whitespace_ or not doc[j].is_alpha else 0


def full_team_name(name: str, text: str) -> str:
    """The full name of the one team that ``text`` names in full and calls ``name`` alone ("Flames"
    -> "Calgary Flames" in a report on that team), else ``name`` unchanged."""
    fulls = {team.full for team in teams() if name in team.nicknames and team.full in text}
    return fulls.pop() if len(fulls) == 1 else name
