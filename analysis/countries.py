"""A compact table of newsworthy countries: names, demonyms, capitals and seats of government.

News text names a state in several ways: by its name ("Russia", "the Russian Federation"), its
demonym ("Russian", "Russians"), its capital ("Moscow") or the seat of its government ("the
Kremlin"). ``lookup`` maps any of these surface forms to one canonical country name and a label:

- ``GPE`` for the country's name and other names of the state ("U.S.", "Britain"),
- ``NORP`` for the demonym, singular or plural ("Ukrainian", "Ukrainians"),
- ``GPE_CAPITAL`` for the capital city or the seat of government used as the state's voice.

A demonym's plural never replaces a name of the state ("Philippine" -> "the Philippines" stays
the country's name, GPE). Matching is exact on case (so the pronoun "us" is not "US"); a leading "the" is optional
("the Kremlin") unless it is part of the name ("The Hague").
The table covers about seventy states most present in international news; it is data, not a rule
about any one article, and a row is one line: ``name|demonyms|capitals and seats|other names``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

GPE = "GPE"
NORP = "NORP"
CAPITAL = "GPE_CAPITAL"

_TABLE = """\
Afghanistan|Afghan|Kabul|
Algeria|Algerian|Algiers|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani|Baku|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Brazil|Brazilian|Brasília,Brasilia,Planalto|
Canada|Canadian|Ottawa|
Chile|Chilean|Santiago|
China|Chinese|Beijing,Zhongnanhai|People's Republic of China,P.R.C.
Colombia|Colombian|Bogotá,Bogota|
Cuba|Cuban|Havana|
Czech Republic|Czech|Prague|Czechia
Denmark|Danish,Dane|Copenhagen|
Egypt|Egyptian|Cairo|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish,Finn|Helsinki|
France|French|Paris,Élysée,Elysée,Elysee|French Republic
Georgia|Georgian|Tbilisi|
Germany|German|Berlin|Federal Republic of Germany
Greece|Greek|Athens|
Hungary|Hungarian|Budapest|
India|Indian|New Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|Islamic Republic of Iran
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem|
Italy|Italian|Rome|
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana|
Kenya|Kenyan|Nairobi|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan|Tripoli|
Lithuania|Lithuanian|Vilnius|
Mexico|Mexican|Mexico City|
Moldova|Moldovan|Chisinau|
Netherlands|Dutch|Amsterdam,The Hague|Holland
Nigeria|Nigerian|Abuja|
North Korea|North Korean|Pyongyang|D.P.R.K.,DPRK
Norway|Norwegian|Oslo|
Pakistan|Pakistani|Islamabad|
Palestine|Palestinian|Ramallah|Palestinian Territories
Philippines|Filipino,Philippine|Manila|
Poland|Polish,Pole|Warsaw|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow,Kremlin|Russian Federation
Saudi Arabia|Saudi|Riyadh|
Serbia|Serbian,Serb|Belgrade|
South Africa|South African|Pretoria|
South Korea|South Korean|Seoul|Republic of Korea
Spain|Spanish,Spaniard|Madrid|
Sweden|Swedish,Swede|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|
Taiwan|Taiwanese|Taipei|
Turkey|Turkish,Turk|Ankara|Türkiye
Ukraine|Ukrainian|Kyiv,Kiev|
United Arab Emirates|Emirati|Abu Dhabi|U.A.E.,UAE
United Kingdom|British,Briton|London,Downing Street|Britain,Great Britain,U.K.,UK
United States|American|Washington,White House|U.S.,US,U.S.A.,USA,America,United States of America
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|
Yemen|Yemeni|Sanaa|
"""


@dataclass(frozen=True)
class CountryWord:
    """What a surface form refers to: the canonical ``country`` and the ``label`` of the form."""

    country: str
    label: str


def _plural(demonym: str) -> str | None:
    """Return the plural of a demonym ("Russians"), or None for forms that do not inflect."""
    if demonym.endswith(("ese", "sh", "ch", "ss")):
        return None
    return demonym + "s"


def _row_forms(line: str) -> dict[str, CountryWord]:
    """Parse one table row into its surface forms."""
    name, demonyms, capitals, others = line.split("|")
    forms = {name: CountryWord(name, GPE)}
    forms.update({other: CountryWord(name, GPE) for other in others.split(",") if other})
    forms.update({seat: CountryWord(name, CAPITAL) for seat in capitals.split(",") if seat})
    for demonym in filter(None, demonyms.split(",")):
        forms[demonym] = CountryWord(name, NORP)
        plural = _plural(demonym)
        if plural and plural not in forms:
            forms[plural] = CountryWord(name, NORP)
    return forms


@lru_cache(maxsize=1)
def country_forms() -> dict[str, CountryWord]:
    """Return every surface form of the table mapped to its country and label."""
    forms: dict[str, CountryWord] = {}
    for line in _TABLE.splitlines():
        forms.update(_row_forms(line))
    return forms


@lru_cache(maxsize=1)
def max_form_words() -> int:
    """Return the largest number of space-separated words in a surface form."""
    return max(len(form.split()) for form in country_forms())


@lru_cache(maxsize=1)
def first_word_prefixes() -> frozenset[str]:
    """Every prefix of the first word of a surface form (also of the word after a leading "the"):
    a text whose first token is none of these, nor "the", starts no form."""
    firsts = {words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
              for words in (form.split() for form in country_forms())}
    return frozenset(first[:k] for first in firsts for k in range(1, len(first) + 1))


def lookup(text: str) -> CountryWord | None:
    """Return the country a form refers to ("the Kremlin" -> Russia, GPE_CAPITAL), or None."""
    cleaned = " ".join(text.split())
    forms = country_forms()
    if cleaned in forms:
        return forms[cleaned]
    return forms.get(cleaned[4:]) if cleaned.lower().startswith("the ") else None
