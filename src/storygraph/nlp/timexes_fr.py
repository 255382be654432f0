"""French time expressions (TIMEX3), found in the text and valued against publication.

``find_timexes_fr(text, published)`` scans a French article for dates ("le 25 septembre
2021", "mardi dernier", "hier soir", "juin prochain", "début octobre"), clock times
("vers 21 h 45", "midi"), lengths ("dix-huit mois", "plusieurs années", "environ une
heure"), repeated times ("chaque année", "tous les jeudis") and references to the
present or past ("actuellement", "auparavant"), and values each one as French TimeBank
annotates it (ISO-TimeML: parts of the day as TMO/TAF/TEV/TNI, PRESENT_REF typed TIME).

Relative expressions count from the publication date; a clock time or part of the day
that names no day ("à 14 h 30", "la nuit") is on the day the text last named ("lundi 17
février, à 14 h 30"). A weekday or a day of a month without a year goes to the side of
publication its sentence's tense points to (future forms, "prochain", "prévu" look
ahead; otherwise news looks back). Pure: text and a date in, ``Timex`` records out; a
value that cannot be worked out is None, never a guess.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable, Optional

from ..sources.dates import anchor
from ..types import Timex
from .timex_values import _pick_year

MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
          "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
          "novembre": 11, "décembre": 12, "decembre": 12}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
            "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
            "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
            "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}
#: unit word -> (TIMEX3 letter, is a clock unit (PT...), multiplier)
_UNITS = {"seconde": ("S", True, 1), "minute": ("M", True, 1), "heure": ("H", True, 1),
          "jour": ("D", False, 1), "journée": ("D", False, 1), "semaine": ("W", False, 1),
          "mois": ("M", False, 1), "an": ("Y", False, 1), "année": ("Y", False, 1),
          "décennie": ("Y", False, 10), "siècle": ("Y", False, 100)}
_PARTS = {"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV",
          "soirée": "EV", "nuit": "NI", "journée": "DT"}

_W = r"(?<![\w-])"   # a word starts here
_E = r"(?![\w-])"    # a word ends here
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
_NUMBER_WORD = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_NUMBER = (rf"(?:\d+(?:,\d+)?|(?:{_NUMBER_WORD})(?:(?:-| et )(?:{_NUMBER_WORD}))*)")
_UNIT = r"(?P<unit>secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|an|années?|décennies?|siècles?)"
_PART = r"(?P<part>matinée|matin|après-midi|soirée|soir|nuit)"
_CLOCK = r"(?P<hour>[01]?\d|2[0-3]) ?h(?: ?(?P<minute>[0-5]\d))?"
#: A future verb form ("sera", "tiendra", "partiront"), or words of plans ("prévu").
_FUTURE = re.compile(
    r"\b(?!(?:opéra|caméra|extra|ultra|sahara|cobra|contra|sierra|mantra|tora|zébra)\b)"
    r"\w{2,}(?:rai|ras|ra|rons|rez|ront)\b|"
    r"\b(?:prévue?s?|programmée?s?|prochaine?s?|doit|doivent|va|vont)\b", re.I)


def _g(m: re.Match, name: str) -> Optional[str]:
    """A named group's text, None where this pattern has no such group."""
    return m.groupdict().get(name)


def _number(words: str) -> Optional[float]:
    """"dix-huit" -> 18, "vingt et un" -> 21, "30,4" -> 30.4."""
    words = words.strip().lower()
    if re.fullmatch(r"\d+(?:,\d+)?", words):
        return float(words.replace(",", "."))
    total = 0
    for part in re.split(r"-| et ", words):
        if part not in _NUMBERS:
            return None
        total = total * _NUMBERS[part] if part == "cent" and total else total + _NUMBERS[part]
    return total or None


def _length(amount: Optional[float], unit: str) -> Optional[str]:
    """TIMEX3 duration value for an amount of a unit; None amount is "some" (PXY)."""
    unit = unit.lower().rstrip("s") if unit.lower() not in ("mois",) else "mois"
    unit = {"journée": "jour", "décennie": "décennie", "anné": "année"}.get(unit, unit)
    letter, clock, times = _UNITS[unit]
    if amount is None:
        return f"P{'T' if clock else ''}X{letter}"
    amount *= times
    text = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"P{'T' if clock else ''}{text}{letter}"


def _future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


def _weekday_date(weekday: str, published: date, future: bool, which: Optional[str]) -> date:
    delta = WEEKDAYS.index(weekday.lower()) - published.weekday()
    if which in ("dernier", "passé"):
        return published + timedelta(days=delta if delta < 0 else delta - 7)
    if which == "prochain" or (future and which != "ce"):
        return published + timedelta(days=delta if delta > 0 else delta + 7)
    if which == "ce":
        return published + timedelta(days=delta if delta >= 0 else delta + 7) if future \
            else published + timedelta(days=delta if delta <= 0 else delta - 7)
    # News looks back: the last such day, the day of publication counting.
    return published + timedelta(days=delta if delta <= 0 else delta - 7)


def _year(text: str) -> Optional[int]:
    y = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 2:
        return 1900 + y if y >= 50 else 2000 + y
    return y


class _Scan:
    """One pass over a text: every pattern's matches, overlaps given to the longest."""

    def __init__(self, text: str, published: Optional[str]):
        self.text = text
        self.base = anchor(published)
        self.found: list[tuple[int, int, Callable, re.Match]] = []
        #: (start, day) of each whole day named so far, in text order
        self.days: list[tuple[int, date]] = []
        #: (start, day) of every day the text names outright, before or after (a first pass)
        self.named: list[tuple[int, date]] = []

    def day_before(self, start: int) -> Optional[date]:
        """The day the text last named before ``start``, else the publication day."""
        days = [d for s, d in self.days if s < start]
        return days[-1] if days else self.base

    def day_near(self, start: int) -> Optional[date]:
        """For a clock time: the day its own sentence names ("Vers 0 h 40, jeudi"),
        the nearest one, else the day last named before it."""
        a, b = self.sentence_bounds(start)
        here = [(abs(s - start), d) for s, d in self.named if a <= s < b]
        return min(here, key=lambda x: x[0])[1] if here else self.day_before(start)

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        a = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start)) + 1
        b = min([i for i in (self.text.find(". ", start), self.text.find("\n", start)) if i >= 0]
                or [len(self.text)])
        return a, b

    def sentence(self, start: int) -> str:
        a, b = self.sentence_bounds(start)
        return self.text[a:b]

    def add(self, valuer: Callable, m: re.Match) -> None:
        self.found.append((m.start(), m.end(), valuer, m))

    def result(self) -> list[tuple[int, int, Callable, re.Match]]:
        kept: list = []
        for item in sorted(self.found, key=lambda f: (-(f[1] - f[0]), f[0])):
            if all(item[1] <= k[0] or k[1] <= item[0] for k in kept):
                kept.append(item)
        return sorted(kept)


# -- the patterns: (regex, how to value a match) ------------------------------------------

def _full_date(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    base = scan.base
    month = MONTHS[m.group("month").lower()]
    day = int(m.group("day"))
    which = (_g(m, "which") or "").lower().rstrip("s") or None
    if _g(m, "year"):
        return "DATE", f"{_year(m.group('year')):04d}-{month:02d}-{day:02d}"
    if base is None or not 1 <= day <= 31:
        return "DATE", None
    tense = "past" if which == "dernier" else "future" if which == "prochain" else \
        ("future" if _future(scan.sentence(m.start())) else None)
    return "DATE", f"{_pick_year(month, day, base, tense):04d}-{month:02d}-{day:02d}"


def _month_year(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    return "DATE", f"{_year(m.group('year')):04d}-{MONTHS[m.group('month').lower()]:02d}"


def _month_only(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    if scan.base is None:
        return "DATE", None
    month = MONTHS[m.group("month").lower()]
    which = (_g(m, "which") or "").lower().rstrip("s") or None
    tense = "past" if which == "dernier" else "future" if which == "prochain" else \
        ("future" if _future(scan.sentence(m.start())) else None)
    if which is None and tense is None:
        return "DATE", f"{scan.base.year:04d}-{month:02d}"  # "en juillet": this year's
    return "DATE", f"{_pick_year(month, 15, scan.base, tense):04d}-{month:02d}"


def _plain_year(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    return "DATE", _g(m, "year")


def _relative_day(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    if re.match(r"Aujourd['’]hui,", scan.text[m.start():]) \
            and not scan.text[:m.start()].rstrip(" «\"").endswith((",", ":")):
        return "TIME", "PRESENT_REF"  # "Aujourd'hui, la ville compte ...": nowadays
    if scan.base is None:
        return "DATE", None
    offset = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1,
              "après-demain": 2}[m.group("rel").lower()]
    return "DATE", (scan.base + timedelta(days=offset)).isoformat()


def _weekday_only(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    if scan.base is None:
        return "DATE", None
    which = (_g(m, "which") or _g(m, "this") or "").lower() or None
    which = {"cette": "ce", "passé": "dernier", "dernière": "dernier"}.get(which, which)
    day = _weekday_date(_g(m, "weekday"), scan.base, _future(scan.sentence(m.start())), which)
    return "DATE", day.isoformat()


def _part_of_day(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    part = _PARTS[m.group("part").lower()]
    day = scan.day_before(m.start())
    when = (_g(m, "when") or "").lower()
    if scan.base is not None and when:
        if when in ("hier",):
            day = scan.base - timedelta(days=1)
        elif when in ("demain",):
            day = scan.base + timedelta(days=1)
        elif when in ("ce", "cette"):
            day = scan.base
        elif when in WEEKDAYS:
            day = _weekday_date(when, scan.base, _future(scan.sentence(m.start())), None)
    return "TIME", f"{day.isoformat()}T{part}" if day else None  # 1999-05-19TMO


def _clock(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    day = scan.day_near(m.start())
    hour = 12 if _g(m, "noon") else int(m.group("hour"))
    minute = int(_g(m, "minute") or 0)
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}" if day else None


def _duration(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    amount = _g(m, "amount")
    if _g(m, "some"):
        return "DURATION", _length(None, _g(m, "unit"))
    if _g(m, "quarter"):
        return "DURATION", _length(_number(amount or "un") * 0.25, _g(m, "unit"))
    return "DURATION", _length(_number(amount) if amount else 1, _g(m, "unit"))


def _these_days(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    return "DURATION", _length(None, _g(m, "unit"))


def _term(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    return "DURATION", {"quinquennat": "P5Y", "septennat": "P7Y", "mandat": None}[m.group(0).lower()]


def _this_period(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    base = scan.base
    if base is None:
        return "DATE", None
    unit, which = _g(m, "unit").lower(), (_g(m, "which") or "").lower()
    step = -1 if which.startswith(("dernier", "dernière", "passé")) else \
        1 if which.startswith("prochain") else 0
    if unit in ("année", "an"):
        return "DATE", str(base.year + step)
    if unit == "mois":
        month = base.month - 1 + step
        return "DATE", f"{base.year + month // 12:04d}-{month % 12 + 1:02d}"
    if unit == "semaine":
        y, w, _ = (base + timedelta(weeks=step)).isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"
    if unit == "week-end":
        if step == 0 and base.weekday() < 4 and not _future(scan.sentence(m.start())):
            step = -1  # "ce week-end" told on a Tuesday, in the past: the one just gone
        y, w, _ = (base + timedelta(weeks=step)).isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}-WE"
    return "DATE", None


def _end_of_year(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    if scan.base is None:
        return "DATE", None
    which = (_g(m, "which") or "").lower()
    step = -1 if which.startswith(("dernière", "passée")) else 1 if which.startswith("prochaine") else 0
    return "DATE", str(scan.base.year + step)


def _edge_of_month(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    if _g(m, "year"):
        return _month_year(scan, m)
    return _month_only(scan, m)


_SEASONS = {"printemps": "SP", "été": "SU", "eté": "SU", "automne": "FA", "hiver": "WI"}


def _season(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    code = _SEASONS[_g(m, "season").lower()]
    if _g(m, "year"):
        return "DATE", f"{_year(_g(m, 'year')):04d}-{code}"
    which, this = (_g(m, "which") or "").lower(), (_g(m, "this") or "").lower()
    if scan.base is None or not (which or this):
        return "DATE", f"XXXX-{code}"  # "en été": summers in general
    year = scan.base.year + (-1 if which.startswith("dernier") else 1 if which.startswith("prochain") else 0)
    return "DATE", f"{year:04d}-{code}"


def _day_at_clock(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    _kind, day = _relative_day(scan, m)
    hour, minute = int(_g(m, "hour")), int(_g(m, "minute") or 0)
    return "TIME", f"{day}T{hour:02d}:{minute:02d}" if day else None


def _every(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    if _g(m, "weekday"):
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(m.group('weekday').lower()) + 1}"
    unit = _g(m, "unit").lower()
    unit = {"ans": "an", "jours": "jour", "journée": "jour", "journées": "jour", "années": "année",
            "semaines": "semaine"}.get(unit, unit)
    letter = {"jour": "D", "semaine": "W", "mois": "M", "an": "Y", "année": "Y", "semestre": "6M",
              "trimestre": "3M"}[unit]
    return "SET", f"P1{letter}" if len(letter) == 1 else f"P{letter}"


def _rate_adjective(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    word = m.group(0).lower()
    for stem, value in (("quotidien", "P1D"), ("hebdomadaire", "P1W"), ("mensuel", "P1M"),
                        ("annuel", "P1Y")):
        if word.startswith(stem):
            return "SET", value
    return "SET", None


def _reference(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    word = m.group(0).lower()
    if word.startswith(("auparavant", "autrefois", "jadis", "naguère")):
        return "TIME", "PAST_REF"
    if word.startswith(("prochainement", "à l'avenir", "à l’avenir")):
        return "TIME", "FUTURE_REF"
    return "TIME", "PRESENT_REF"


def _night_adjective(scan: _Scan, m: re.Match) -> tuple[str, Optional[str]]:
    return "TIME", "TNI"


_DAY = r"(?P<day>[0-3]?\d)(?:er)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d|'?\d\d)"
_WHICH = r"(?P<which>derni(?:er|ère)s?|prochaine?s?)"
PATTERNS: list[tuple[re.Pattern, Callable]] = [(re.compile(p, re.I), f) for p, f in [
    # "le mercredi 1er mai", "dimanche 29 août", "le 27 mai 1998", "13 avril prochains"
    (rf"{_W}(?:le )?(?:{_WEEKDAY} )?{_DAY} {_MONTH}(?: {_YEAR}(?!\d))?(?: {_WHICH})?{_E}", _full_date),
    (rf"{_W}{_MONTH} (?P<year>(?:1[89]|20)\d\d|'?\d\d){_E}(?![,.]\d)", _month_year),
    # a bare month only after a word that makes it one ("en juillet", "le mois de juin")
    (rf"{_W}(?:(?:le )?mois d['’]|(?:le )?mois de |(?<=\ben )|(?<=\bde )|(?<=depuis )|(?<=dès )|"
     rf"(?<=pour )|(?<=jusqu'en )|(?<=jusqu’en )){_MONTH}(?: {_WHICH})?{_E}(?! ?'?\d)", _month_only),
    (rf"{_W}{_MONTH} {_WHICH}{_E}", _month_only),
    (rf"{_W}(?:début |fin |mi-|courant |à la fin d['’]|au début d['’]){_MONTH}(?: {_YEAR})?{_E}",
     _edge_of_month),
    # "depuis 1999", "en 1975", "l'année 2001", "la saison 2002/2003"
    (rf"{_W}(?:l['’]année |l['’]an )?(?P<year>(?:1[89]|20)\d\d){_E}(?![,.]\d| ?%| ?(?:€|euros?|francs?|"
     r"dollars?|habitants|personnes|km|mètres|tonnes|emplois|salariés|élèves|voix|logements))", _plain_year),
    (r"(?<![\w-])(?P<rel>avant-hier|après-demain|hier|aujourd['’]hui|demain)(?! (?:matin|soir|après-midi))"
     rf"(?: (?=(?:{'|'.join(WEEKDAYS)})\b)\w+)?{_E}", _relative_day),
    (rf"{_W}(?:(?P<this>ce|cette) )?{_WEEKDAY}(?: (?P<which>dernier|prochain|passé))?{_E}"
     rf"(?! \d| (?:matin|soir|après-midi|soirée)\b)", _weekday_only),
    (rf"{_W}(?:(?P<when>hier|demain|ce|cette|{'|'.join(WEEKDAYS)}) |(?:la |le |dans la ))"
     rf"(?:même )?{_PART}(?: même)?{_E}", _part_of_day),
    (rf"{_W}(?:vers )?(?:{_CLOCK}|(?P<noon>(?<=à )midi|(?<=vers )midi)){_E}", _clock),
    # lengths: "dix-huit mois", "30,4 secondes", "plusieurs années", "un quart de siècle"
    (rf"{_W}(?:environ |près de |plus de |moins de )?(?:(?P<some>plusieurs|quelques|"
     r"(?<=depuis )des|(?<=pendant )des|(?<=durant )des|(?<=il y a )des) |"
     rf"(?P<quarter>(?:un|trois) quarts? de )|(?P<amount>{_NUMBER}) ){_UNIT}{_E}",
     _duration),
    (rf"{_W}(?:ces|les) (?:dernier|derniers|dernières|prochains|prochaines) {_UNIT}{_E}", _these_days),
    (r"(?<![\w-])(?:quinquennat|septennat)(?![\w-])", _term),
    # "été" is also the participle ("a été"): only where it can be the season
    # not "les Jeux d'hiver", "sports d'hiver": a kind, not a time
    (rf"{_W}(?:(?P<this>cet|cette) |en |l['’]|au |à l['’]|(?<=mois )d['’])"
     r"(?P<season>printemps|automne|hiver|été)"
     rf"(?: {_YEAR}(?!\d)| (?P<which>dernier|prochain))?{_E}", _season),
    (rf"(?<![\w-])(?P<rel>hier|aujourd['’]hui|demain) à {_CLOCK}{_E}", _day_at_clock),
    (rf"{_W}(?:(?:cette|cet|ce|la|le) |l['’])?(?P<unit>année|an|mois|semaine|week-end)"
     rf"(?: ?-ci)?(?: (?P<which>dernière|dernier|passée?|prochaine?))?{_E}"
     r"(?<=(?:e|i|n|s|d|r))", _this_period),
    (rf"{_W}(?:la )?fin de l['’]année(?: (?P<which>dernière|passée|prochaine))?{_E}", _end_of_year),
    (rf"{_W}(?:chaque|tous les|toutes les) (?:(?P<weekday>{'|'.join(WEEKDAYS)})s?|"
     r"(?P<unit>jours?|journées?|semaines?|mois|ans|années?))(?![\w-])", _every),
    (r"(?<=par )(?P<unit>jour|semaine|mois|an|semestre|trimestre)(?![\w-])", _every),
    (r"(?<![\w-])(?<!le )(?<!les )(?<!des )(?<!un )(?<!du )(?<!ce )(?<!ces )(?<!au )(?<!aux )"
     r"(?<!presse )(?:quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?|annuel(?:le)?)(?![\w-])",
     _rate_adjective),
    (r"(?<![\w-])(?:actuellement|actuel(?:le)?s?|désormais|maintenant|à présent|de nos jours|"
     r"auparavant|autrefois|jadis|naguère|prochainement)(?![\w-])", _reference),
    (r"(?<![\w-])nocturnes?(?![\w-])", _night_adjective),
]]
# "ce mois", "l'année dernière" name a period; a bare "mois" or "l'année" does not.
_NOT_PERIOD = re.compile(r"^(?:l['’]|la |le )?(?:an|mois|semaine|année|week-end)$", re.I)


#: French typography's no-break spaces ("11 h 15", "« oui »") read as spaces; same length,
#: so offsets hold.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def find_timexes_fr(text: str, published: Optional[str] = None) -> list[Timex]:
    plain = text.translate(_SPACES)
    scan = _Scan(plain, published)
    for pattern, valuer in PATTERNS:
        for m in pattern.finditer(plain):
            if valuer is _this_period and _NOT_PERIOD.match(m.group(0)):
                continue
            if valuer is _duration and _is_age(plain, m):
                continue
            scan.add(valuer, m)
    found = scan.result()
    # Days named outright first, so that a clock time can take a day named after it
    # in its sentence ("Vers 0 h 40, jeudi"); then everything in text order, so that
    # one naming no day finds the day named before it.
    for start, _end, valuer, m in found:
        if valuer in (_full_date, _relative_day, _weekday_only):
            kind, value = valuer(scan, m)
            if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                scan.named.append((start, date.fromisoformat(value)))
    out = []
    for start, end, valuer, m in found:
        kind, value = valuer(scan, m)
        if value and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?", value):
            scan.days.append((start, date.fromisoformat(value[:10])))
        out.append(Timex(start, end, text[start:end], kind, value))
    return out


#: Who is N years old: "une fillette de 6 ans", "âgée de 90 ans", "Florian D., 26 ans",
#: "les moins de 17 ans"; but "au terme de trois ans", "une peine de 5 ans" are lengths.
_AGE_BEFORE = re.compile(r"(?:(?<!terme )(?<!peine )(?<!mandat )(?<!période )(?<!durée )"
                         r"(?<!absence )(?<!attente )(?<!contrat )(?<!plan )(?<!programme )"
                         r"(?<!retard )(?<!séjour )(?<!prison )(?<!plus )(?<!moins )de |"
                         r"(?:les|des|aux) (?:moins|plus) de |, |\()$", re.I)


def _is_age(text: str, m: re.Match) -> bool:
    at = m.start("amount") if _g(m, "amount") else m.start()
    return (_g(m, "unit") or "").lower() in ("an", "ans") \
        and bool(_AGE_BEFORE.search(text[max(0, at - 30):at]))
