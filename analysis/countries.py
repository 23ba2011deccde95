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
The table covers about 140 states, those most present in international news; it is data, not a rule
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
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani|Baku|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Bolivia|Bolivian|La Paz|
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
Botswana|Botswanan|Gaborone|
Brazil|Brazilian|Brasília,Brasilia,Planalto|
Bulgaria|Bulgarian||
Burkina Faso|Burkinabe|Ouagadougou|
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaounde,Yaoundé|
Canada|Canadian|Ottawa|
Chile|Chilean|Santiago|
China|Chinese|Beijing,Zhongnanhai|People's Republic of China,P.R.C.
Colombia|Colombian|Bogotá,Bogota|
Costa Rica|Costa Rican||
Croatia|Croatian|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechia
Democratic Republic of the Congo|Congolese|Kinshasa|DR Congo,DRC
Denmark|Danish,Dane|Copenhagen|
Dominican Republic|Dominican|Santo Domingo|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian|Cairo|
El Salvador|Salvadoran,Salvadorean|San Salvador|
Eritrea|Eritrean|Asmara|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish,Finn|Helsinki|
France|French|Paris,Élysée,Elysée,Elysee|French Republic
Georgia|Georgian|Tbilisi|
Germany|German|Berlin|Federal Republic of Germany
Ghana|Ghanaian|Accra|
Greece|Greek|Athens|
Guatemala|Guatemalan|Guatemala City|
Haiti|Haitian|Port-au-Prince|
Honduras|Honduran|Tegucigalpa|
Hungary|Hungarian|Budapest|
Iceland|Icelandic|Reykjavik|
India|Indian|New Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|Islamic Republic of Iran
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem|
Italy|Italian|Rome|
Ivory Coast|Ivorian|Yamoussoukro,Abidjan|Cote d'Ivoire,Côte d'Ivoire
Jamaica|Jamaican||
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana|
Kenya|Kenyan|Nairobi|
Kosovo|Kosovar|Pristina|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Laotian|Vientiane|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan|Tripoli|
Lithuania|Lithuanian|Vilnius|
Luxembourg|Luxembourgish||
Malaysia|Malaysian|Kuala Lumpur|
Mali|Malian|Bamako|
Malta|Maltese|Valletta|
Mexico|Mexican|Mexico City|
Moldova|Moldovan|Chisinau|
Mongolia|Mongolian|Ulaanbaatar|
Montenegro|Montenegrin|Podgorica|
Morocco|Moroccan|Rabat|
Mozambique|Mozambican|Maputo|
Myanmar|Burmese|Naypyidaw,Naypyitaw|Burma
Namibia|Namibian|Windhoek|
Nepal|Nepali,Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam,The Hague|Holland
New Zealand|New Zealander||
Nicaragua|Nicaraguan|Managua|
Niger|Nigerien|Niamey|
Nigeria|Nigerian|Abuja|
North Korea|North Korean|Pyongyang|D.P.R.K.,DPRK
North Macedonia|Macedonian|Skopje|Macedonia
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani|Islamabad|
Palestine|Palestinian|Ramallah|Palestinian Territories
Panama|Panamanian|Panama City|
Paraguay|Paraguayan|Asuncion,Asunción|
Peru|Peruvian|Lima|
Philippines|Filipino,Philippine|Manila|
Poland|Polish,Pole|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow,Kremlin|Russian Federation
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serb|Belgrade|
Singapore|Singaporean||
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian,Slovene|Ljubljana|
Somalia|Somali|Mogadishu|
South Africa|South African|Pretoria|
South Korea|South Korean|Seoul|Republic of Korea
South Sudan|South Sudanese|Juba|
Spain|Spanish,Spaniard|Madrid|
Sri Lanka|Sri Lankan||
Sudan|Sudanese|Khartoum|
Sweden|Swedish,Swede|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma|
Thailand|Thai|Bangkok|
Tunisia|Tunisian|Tunis|
Turkey|Turkish,Turk|Ankara|Türkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian|Kyiv,Kiev|
United Arab Emirates|Emirati|Abu Dhabi|U.A.E.,UAE
United Kingdom|British,Briton|London,Downing Street|Britain,Great Britain,U.K.,UK
United States|American|Washington,White House|U.S.,US,U.S.A.,USA,America,United States of America
Uruguay|Uruguayan|Montevideo|
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|
Yemen|Yemeni|Sanaa|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|
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
