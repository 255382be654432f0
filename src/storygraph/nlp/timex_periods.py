"""Periods of time: lengths (TIMEX3 durations: "three weeks" -> P3W, "2 1/2 years" ->
P2Y6M, "the next few days" -> PXD), the spelled-out numbers they are counted in
("nineteen ninety-six" -> 1996), named periods of the calendar: quarters and halves
(1989-Q3, 1990-H1), seasons (1998-SU), decades and centuries (198, 19) and holidays,
repeated times (TIMEX3 SET: "daily" -> P1D, "each July" -> XXXX-07) and times counted
back or forward from publication ("two years ago" -> 1996, "a year from now").
Pure functions over lower-cased strings and dates.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .number_words import SMALL_NUMBERS

UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y", "hour": "H",
         "minute": "M", "second": "S", "quarter": "Q", "century": "C"}
_SMALL = SMALL_NUMBERS
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
NUMBERS = {**_SMALL, **_TENS, "a": 1, "an": 1, "hundred": 100, "couple": 2, "a couple of": 2,
           "couple of": 2, "half a": 0.5}
_NUMBER_WORD = "|".join(sorted([*_SMALL, *_TENS, *_SCALES], key=len, reverse=True))
# A run of number words: "twenty four", "nineteen ninety-six", "two thousand and one".
_NUMBER_RUN = re.compile(rf"\b(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*\b")
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "thirtieth": 30}


def _run_value(tokens: list[str]) -> Optional[int]:
    """The number a run of number words names; a year said as two pairs counts."""
    # "nineteen ninety-six", "nineteen eighty": a year read out as two two-digit numbers
    groups, current = [], []
    for t in tokens:
        if t in _SCALES:
            return _plain_value(tokens)
        if current and (t in _TENS or (t in _SMALL and (current[-1] in _SMALL or _SMALL.get(t, 0) >= 10))):
            groups.append(current)
            current = []
        current.append(t)
    groups.append(current)
    if len(groups) == 2 and 10 <= _plain_value(groups[0]) <= 20 and _plain_value(groups[1]) >= 10:
        return _plain_value(groups[0]) * 100 + _plain_value(groups[1])
    return _plain_value(tokens) if len(groups) == 1 else None


def _plain_value(tokens: list[str]) -> int:
    total = current = 0
    for t in tokens:
        if t in _SCALES:
            current = (current or 1) * _SCALES[t]
            if t == "thousand":
                total, current = total + current, 0
        else:
            current += _SMALL.get(t, 0) + _TENS.get(t, 0)
    return total + current


def spell_numbers(words: str) -> str:
    """Digits for number words ("twenty four hours" -> "24 hours"), and for the day
    ordinal after a month ("march eighth" -> "march 8")."""
    if not re.search(rf"\b(?:{_NUMBER_WORD}|[a-z]+th|first|second|third)\b", words):
        return words

    def number(m):
        tokens = [t for t in re.split(r"[\s-]+", m.group(0)) if t != "and"]
        value = _run_value(tokens)
        return str(value) if value is not None else m.group(0)

    words = re.sub(r"\ban? (\d)", r"\1", _NUMBER_RUN.sub(number, words))  # "a hundred"
    return re.sub(r"\b(jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)"
                  r"\s+(" + "|".join(_ORDINAL_WORDS) + r")\b",
                  lambda m: f"{m.group(1)} {_ORDINAL_WORDS[m.group(2)]}", words)


_HEDGES = (r"(?:about|nearly|almost|more than|at least|over|some|only|just|up to|roughly|"
           r"less than|no more than|barely|around|approximately|another|an additional|"
           r"additional|fewer than|under|within)")
_COUNT = (r"\d+(?:\.\d+)?(?:\s+1/2)?|a couple of|couple of|a few|few|several|many|some|"
          rf"a|an|{_NUMBER_WORD}")
DURATION = re.compile(
    rf"^(?:{_HEDGES}\s+)*(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final|latest|"
    r"full|entire|whole|initial|remaining|year-earlier|year-ago|comparable|same)\s+)*"
    rf"(?:(?P<n>{_COUNT})(?:\s+(?:or so|or more))?[\s-]+)?(?P<half>and a half\s+)?"
    r"(?:(?:trading|business|working|calendar|fiscal|straight|consecutive)\s+)?"
    r"(?P<unit>year|month|week|day|decade|hour|minute|second|quarter|centur(?:y|ie))s?"
    r"(?P<half2>\s+and a half)?(?:[\s-](?:long|old)|\s+ahead|\s+or so|\s+in a row|"
    r"\s+or (?:two|more|longer|so))?$", re.I)
_SHORTER = {"year": (6, "M"), "month": (15, "D"), "day": (12, "H"), "hour": (30, "M"),
            "minute": (30, "S"), "week": (84, "H")}


def _lengths_only(words: str) -> str:
    """"weeks or months": the first length named; "two to three years", "12 to 18
    months": a range, so some number of them; "half a century": 50 years."""
    words = re.sub(r"^(\w+s) or \w+s$", r"\1", words)
    words = re.sub(r"(?<=\d),(?=\d{3}\b)", "", words)  # "2,000-year"
    words = re.sub(r"\b(?:a\s+)?(half|quarter)(?:-|\s+(?:of\s+)?an?\s+)century\b",
                   lambda m: "50 years" if m.group(1) == "half" else "25 years", words)
    words = re.sub(r"\b(?:a\s+)?half\s+an?\s+(hour|day|year)\b",
                   lambda m: {"hour": "30 minutes", "day": "12 hours", "year": "6 months"}[m.group(1)], words)
    return re.sub(r"\b\d+(?:\.\d+)?\s*(?:to|or|-)\s*\d+(?:\.\d+)?(?=[\s-]+[a-z]+s\b)", "several", words)


def duration_value(text: str) -> Optional[str]:
    """P<n><unit> for a length of time, PX<unit> when the count is vague, else None."""
    words = spell_numbers(" ".join(text.lower().split()))
    # "weeks or months": the first length named
    words = _lengths_only(words)
    m = DURATION.match(words)
    if not m:
        return None
    unit = m.group("unit").lower()
    unit = "century" if unit.startswith("centur") else unit
    n = (m.group("n") or "").lower()
    half = bool(m.group("half") or m.group("half2") or re.search(r"\d\s+1/2$|\.5$", n))
    plural = re.search(r"s(?:[\s-](?:long|old))?(?:\s+(?:ahead|or so|in a row))?$", words) \
        and not words.endswith(("ss", "old")) and unit not in ("centur",)
    if not n:
        count = "X" if plural else "1"
    elif re.match(r"\d", n):
        count = n.split()[0].split(".")[0]
    elif n in NUMBERS:
        count = str(NUMBERS[n])
    else:
        count = "X"
    if unit == "decade" or (unit == "century" and count.isdigit()):
        # "a century": P100Y, as TimeBank writes it ("this century" as a length)
        count = str(int(count) * (10 if unit == "decade" else 100)) if count.isdigit() else "X"
        unit = "year"
    if unit == "quarter":
        count, unit = (str(int(count) * 3) if count.isdigit() else "X"), "month"
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    value = f"{prefix}{count}{UNITS[unit]}"
    if half and count.isdigit() and unit in _SHORTER:
        more, smaller = _SHORTER[unit]
        if unit == "week":
            return f"P{int(count) * 7 + 3}DT12H"
        sep = "T" if unit == "day" and prefix == "P" else ""
        value += f"{sep}{more}{smaller}"
    return value


def is_duration(text: str) -> bool:
    """A length of time rather than a dated period: "the past three years", "two weeks",
    "the weeks ahead" are; "the past year", "last week", "two years ago" are not."""
    words = spell_numbers(" ".join(text.lower().split()))
    words = _lengths_only(words)
    m = DURATION.match(words)
    if not m or re.search(r"(?<![\w-])(?:ago|earlier|before|this|these|that|those)\b", words):
        return False
    if m.group("n"):
        # "the 1988 quarter" is a year's quarter, not 1,988 of them
        return not re.fullmatch(r"(?:1[6-9]|20)\d\d", m.group("n")) or words.endswith("s") \
            or f"{m.group('n')}-" in words  # "a 2,000-year history"
    if re.search(r"s(?:\s+(?:ahead|or so|in a row))?$", words) and not words.endswith("ss"):
        return True  # "coming weeks", "the weeks ahead": some number of them
    if re.search(r"\b(?:past|last|next|coming|previous|latest)\s", words):
        # "the past year", "last week": the period before now, a DATE; a decade is a length
        return m.group("unit").lower() in ("decade", "century")
    if re.search(r"\b(?:year-ago|year-earlier|comparable|same)\s", words):
        return False  # "the year-ago quarter": a period named, not a length
    return bool(re.search(r"s(?:[\s-]long)?(?:\s+(?:ahead|or so|in a row))?$", words)) \
        or not words.startswith("the ")


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}
_QUARTER = re.compile(rf"(?:(?:a|an|its|their)\s+)?(?:(?P<this>this year's|last year's|next year's)\s+)?(?:the\s+)?"
                      rf"(?:(?P<y>\d{{4}})\s+)?(?:year-(?:ago|earlier)\s+)?(?:fiscal[\s-]+)?"
                      rf"(?P<ord>{_ORD})[\s-](?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<y2>\d{{4}}))?$")
# "the latest quarter" is the last one closed; "the quarter", "that period" the one
# under discussion
_LATEST_QUARTER = re.compile(r"^(?:the\s+)?(?:(?P<latest>latest|most recent|just-ended|just ended)|"
                             r"recent|september|june|march|december|this|that)?\s*(?:quarter|period)$")
_YEAR_AGO = re.compile(r"^(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?"
                       r"(?:a year (?:ago|earlier)|year-(?:ago|earlier)(?:\s+(?:quarter|period))?|"
                       r"(?:quarter|period) a year (?:ago|earlier)|last year's (?:quarter|period)|"
                       r"(?:quarter|period) (?:of )?last year)$")


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


# Fixed (month, day), or (month, weekday, n) for the n-th weekday (-1: the last one).
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "independence day": (7, 4), "the fourth of july": (7, 4), "veterans day": (11, 11),
             "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
             "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "election day": (11, 0, 1),
             "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3), "easter": None,
             "easter sunday": None}


def _holiday_in(name: str, year: int) -> date:
    rule = _HOLIDAYS[name]
    if rule is None:
        from dateutil.easter import easter
        return easter(year)
    if len(rule) == 2:
        return date(year, *rule)
    from dateutil.relativedelta import relativedelta, weekday

    month, day, n = rule
    first = date(year, month, 1) if n > 0 else date(year, month, 1) + relativedelta(months=1, days=-1)
    found = first + relativedelta(weekday=weekday(day, n if n > 0 else -1))
    # US Election Day is the Tuesday after the first Monday
    return found + timedelta(days=1) if name == "election day" else found


def holiday_value(words: str, published: date, tense: Optional[str]) -> Optional[str]:
    m = re.fullmatch(r"(?:(?P<which>last|next|this)\s+)?(?P<name>.+?)(?:\s+(?P<y>\d{4}))?", words)
    if not m or m.group("name") not in _HOLIDAYS:
        return None
    name = m.group("name")
    if m.group("y"):
        return _holiday_in(name, int(m.group("y"))).isoformat()
    days = [_holiday_in(name, y) for y in (published.year - 1, published.year, published.year + 1)]
    which = m.group("which")
    if which == "last" or tense == "past":
        return max(d for d in days if d < published or (d == published and which != "last")).isoformat()
    if which == "next" or tense == "future":
        return min(d for d in days if d > published or (d == published and which != "next")).isoformat()
    return min(days, key=lambda d: abs((d - published).days)).isoformat()


def season_value(words: str, published: date, tense: Optional[str]) -> Optional[str]:
    m = re.fullmatch(r"(?:(?P<which>this|last|next|this past|this coming|the|the past|the coming|"
                     r"the previous|the following)\s+)?(?:(?:early|late|mid)[\s-]?)?(?P<s>spring|summer|"
                     r"fall|autumn|winter)(?:\s+(?:of\s+)?(?:(?P<y>\d{4})|(?P<rel>this|last|next) year))?", words) \
        or re.fullmatch(r"(?:the\s+)?(?P<y>\d{4})\s+(?P<s>spring|summer|fall|autumn|winter)", words)
    if not m:
        return None
    if m.group("y"):
        year = int(m.group("y"))
    else:
        which = m.groupdict().get("which") or ""
        # "last fall" said in the spring is the previous year's; "last spring" in the
        # autumn is read the same way in TimeBank, a year back
        step = -1 if which in ("last", "the previous") else 1 if which in ("next", "the following") else 0
        rel = m.groupdict().get("rel")
        year = published.year + ({"last": -1, "next": 1, "this": 0}[rel] if rel else step)
    return f"{year}-{_SEASONS[m.group('s')]}"


def decade_or_century(words: str, published: date) -> Optional[str]:
    words = re.sub(r"^(?:the|a)\s+", "", words)
    words = re.sub(r"^(?:(?:early|late|mid)[\s-]?|(?:first|last|second) half of (?:the\s+)?)", "", words)
    m = re.fullmatch(r"(?P<c>1[0-9]|20)(?P<d>\d)0'?s", words)
    if m:
        return f"{m.group('c')}{m.group('d')}"
    m = re.fullmatch(r"'(?P<d>\d)0'?s|(?P<w>" + "|".join(_DECADE_WORDS) + ")", words)
    if m:
        d = int(m.group("d")) if m.group("d") else _DECADE_WORDS[m.group("w")]
        century = published.year // 100 - (1 if d * 10 > published.year % 100 else 0)
        return f"{century}{d}"
    m = re.fullmatch(r"(?P<n>[1-9]\d?)(?:st|nd|rd|th)[\s-]century", words)
    if m:
        return f"{int(m.group('n')) - 1:02d}"
    if words == "this century":
        return f"{published.year // 100:02d}"
    if words in ("decade", "this decade", "current decade"):  # "by the end of the decade"
        return str(published.year // 10)
    return None


def quarter_value(words: str, published: date, future: bool, reference_quarter: Optional[str]) -> Optional[str]:
    m = _QUARTER.match(words)
    if m:
        q = ORDINALS[m.group("ord")]
        year = m.group("y") or m.group("y2")
        if year:
            year = int(year)
        elif m.group("this") == "last year's" or "year-ago" in words or "year-earlier" in words:
            year = published.year - 1
        elif m.group("this") == "next year's":
            year = published.year + 1
        elif m.group("this") or future:
            year = published.year
        else:
            year = published.year if q <= quarter_of(published) else published.year - 1
        return f"{year}-Q{q}"
    m = re.fullmatch(rf"(?:the\s+)?(?:(?P<ord>first|second|last) half|(?P<two>first|last) (?:two|2) quarters)"
                     r"(?:\s+of\s+(?:(?P<y>\d{4})|(?:the|this|(?P<rel>last|next)) year))?", words)
    if m:
        year = m.group("y") or published.year + {"last": -1, "next": 1}.get(m.group("rel"), 0)
        first = (m.group("ord") or m.group("two")) == "first"
        return f"{year}-H{1 if first else 2}"
    m = re.fullmatch(r"(?:the\s+)?(?P<y>\d{4})\s+(?:quarter|period)", words)
    if m:  # "the 1988 quarter": the quarter under discussion, in that year
        return f"{m.group('y')}-Q{reference_quarter[-1]}" if reference_quarter else m.group("y")
    m = _LATEST_QUARTER.match(words)
    if m:
        # the latest period reported is the one under discussion; the latest quarter
        # is the last one closed
        if reference_quarter and not (m.group("latest") and words.endswith("quarter")):
            return reference_quarter
        if words.endswith("period") and not m.group("latest"):
            return None  # "the period" with nothing reported before it
        total = published.year * 4 + quarter_of(published) - 2
        return f"{total // 4}-Q{total % 4 + 1}"
    if _YEAR_AGO.match(words):
        if reference_quarter:
            year, q = reference_quarter.split("-Q")
            return f"{int(year) - 1}-Q{q}"
        return str(published.year - 1)
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
SET = re.compile(r"\b(?:every|each|weekly|daily|monthly|annually|yearly|hourly|a year|per year)\b", re.I)
_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "hourly": "PT1H"}


def set_value(words: str) -> Optional[str]:
    """A repeated time: "daily" -> P1D, "every six weeks" -> P6W, "each Thursday" ->
    XXXX-WXX-4, "each July" -> XXXX-07."""
    m = re.search(r"\b(daily|weekly|monthly|annually|yearly|hourly)\b", words)
    if m:
        return _SET_WORDS[m.group(1)]
    m = re.fullmatch(r"every\s+(?P<n>\d+|other)\s+(?P<unit>year|month|week|day|hour|minute)s?", words)
    if m:  # "every six weeks", "every other year"
        n = "2" if m.group("n") == "other" else m.group("n")
        return f"{'PT' if m.group('unit') in ('hour', 'minute') else 'P'}{n}{m.group('unit')[0].upper()}"
    m = re.fullmatch(r"(?P<month>[a-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:each|every) year", words)
    if m and m.group("month") in [x[:3] for x in _MONTHS]:  # "Oct. 15 each year"
        return f"XXXX-{[x[:3] for x in _MONTHS].index(m.group('month')) + 1:02d}-{int(m.group('day')):02d}"
    m = re.fullmatch(r"(?:every|each|per|a|(?:once|twice|thrice|\d+ times) a)\s+(?P<what>\w+)", words)
    if not m:
        return None
    what = m.group("what")
    if what in _SEASONS:
        return f"XXXX-{_SEASONS[what]}"
    if what in _WEEKDAYS:
        return f"XXXX-WXX-{_WEEKDAYS.index(what) + 1}"
    if what in _MONTHS:
        return f"XXXX-{_MONTHS.index(what) + 1:02d}"
    if what in ("year", "month", "week", "day", "quarter"):
        return f"P1{what[0].upper()}"
    if what in ("hour", "minute"):
        return f"PT1{what[0].upper()}"
    return None


_AGO = re.compile(rf"^(?P<n>\d+|a|an|a few|few|several|many|some)?\s*(?:or so\s+)?"
                  r"(?P<unit>year|month|week|day|decade|centur(?:y|ie))s?\s+(?:or so\s+)?"
                  r"(?P<side>ago|earlier|before|from now|hence)$")


def ago_value(words: str, published: date) -> Optional[str]:
    """"two years ago" -> 1996, "five months ago" -> 1997-10, "10 days ago" -> a day:
    as precise as the unit counted; a vague count is only somewhere in the past. "A year
    from now" counts forward the same way."""
    words = re.sub(r"^(?:about|nearly|almost|more than|some|just|only|roughly|barely|over|"
                   r"less than|at least)\s+", "", words)
    m = _AGO.match(words)
    if not m:
        return None
    unit = m.group("unit")
    n = m.group("n") or ("some" if words.split()[0].endswith("s") else "a")  # "months ago"
    ahead = m.group("side") in ("from now", "hence")
    if not n.isdigit() and n not in ("a", "an"):
        return "FUTURE_REF" if ahead else "PAST_REF"
    count = (int(n) if n.isdigit() else 1) * (-1 if ahead else 1)
    if unit == "year":
        return str(published.year - count)
    if unit == "decade":
        return str(published.year - 10 * count)
    if unit.startswith("centur"):
        return f"{published.year // 100 - count:02d}"
    if unit == "month":
        total = published.year * 12 + published.month - 1 - count
        return f"{total // 12}-{total % 12 + 1:02d}"
    if unit == "week":
        year, week, _ = (published - timedelta(weeks=count)).isocalendar()
        return f"{year}-W{week:02d}"
    return (published - timedelta(days=count)).isoformat()
