"""TIMEX3 values from an expression's words, the publication date and the tense of its
clause. Pure functions over strings and dates (no spaCy), so they test on their own.

``tense`` is "past", "future" or None; a date without a year ("Jan. 14", "April") goes
to the side of the publication date the tense points to, else to the nearest one.
Granularity follows the words, as the TIMEX3 guidelines ask: "two years ago" is a year
(1996), "five months ago" a month, "this summer" a season (1998-SU), "Friday morning"
a part of a day (1998-08-07TMO), "the 1980s" a decade (198).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .timex_periods import (DURATION, SET, decade_or_century, duration_value, holiday_value, is_duration,
                            quarter_of, quarter_value, season_value, set_value, spell_numbers, ago_value)

__all__ = ["DURATION", "SET", "value_of", "duration_value", "is_duration", "relative_value"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_RE = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF",
        "the future": "FUTURE_REF", "future": "FUTURE_REF", "once": "PAST_REF",
        "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
        "recent days": "PAST_REF", "the present": "PRESENT_REF", "the moment": "PRESENT_REF",
        "the present juncture": "PRESENT_REF", "these days": "PRESENT_REF",
        "coming years": "FUTURE_REF", "the coming years": "FUTURE_REF",
        "years to come": "FUTURE_REF", "soon": "FUTURE_REF", "right now": "PRESENT_REF",
        "more recently": "PAST_REF", "the present time": "PRESENT_REF",
        "the present day": "PRESENT_REF", "the near future": "FUTURE_REF",
        "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "a later date": "FUTURE_REF",
        "future quarters": "FUTURE_REF", "coming months": "FUTURE_REF",
        "coming quarters": "FUTURE_REF", "past years": "PAST_REF", "earlier": "PAST_REF",
        "the past several years": "PAST_REF", "in the past": "PAST_REF",
        "in the future": "FUTURE_REF", "one day": "FUTURE_REF", "someday": "FUTURE_REF"}

# Hedges and the prepositions a span may carry: the value is that of what follows
# ("late yesterday", "sometime next year", "mid-afternoon", "since July").
_LEAD = re.compile(r"^(?:(?:early|late|mid|earlier|later|around|about|approximately|roughly|"
                   r"sometime|just|only|barely|as early as|as late as|as soon as|no later than|at least|"
                   r"until|by|in|on|at|since|during|through|throughout|from|before|after)[\s-]+)+")
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_YEAR_OFFSET = {"this": 0, "last": -1, "next": 1, "the same": 0, "the current": 0,
                "the previous": -1, "the past": -1, "the coming": 1, "the following": 1,
                "the last": -1, "the latest": -1, "the next": 1}

def _month(name: str) -> int:
    return _MONTH_ABBR[name[:4] if name.startswith("sept") else name[:3]]


def normalise(text: str) -> str:
    """Lower case, straight quotes, digits for number words, without a trailing
    possessive or punctuation mark."""
    words = " ".join(text.lower().replace("’", "'").replace("`", "'").split())
    words = re.sub(r"(?:'s|s')$", lambda m: "s" if m.group(0) == "s'" else "", words)
    words = re.sub(r"(?<![ap]\.m)[.,;:!?\"']+$", "", words).strip()
    words = re.sub(r"\b(\w+) \1\b", r"\1", words)  # "the the end": a stutter in the text
    words = re.sub(r"(?<=\w) or so$", "", words)  # "the next year or so": a hedge
    return spell_numbers(words)


_NEAR_DAYS = 30  # how far a tense may be contradicted before it moves the year


def _pick_year(month: int, day: int, published: date, tense: Optional[str]) -> int:
    """The year that puts month/day on the tense's side of publication, else nearest."""
    def at(y):
        try:
            return date(y, month, min(day, 28 if month == 2 else day))
        except ValueError:
            return date(y, month, 28)
    candidates = [published.year - 1, published.year, published.year + 1]
    # A deadline a few weeks off in a past-tense clause ("was extended to Nov. 16") is
    # this year's, not last year's; so is a day just gone in a future one ("by Jan. 14")
    slack = timedelta(days=_NEAR_DAYS)
    if tense == "past":
        return max(y for y in candidates if at(y) <= published + slack)
    if tense == "future":
        return min(y for y in candidates if at(y) >= published - slack)
    # news looks back: a bare month or day is the last one unless the next is much nearer
    return min(candidates, key=lambda y: abs((at(y) - published).days) + (90 if at(y) > published else 0))


def _month_day(words: str, published: date, tense: Optional[str]) -> Optional[str]:
    which = re.match(r"(last|this|next)\s+", words)
    if which:  # "last April", "this September", "next March"
        words = words[which.end():]
        tense = {"last": "past", "next": "future", "this": None}[which.group(1)]
        if which.group(1) == "this":
            m = re.fullmatch(rf"{_MONTH_RE}", words)
            if m:
                return f"{published.year}-{_month(m.group('month')):02d}"
    # "January this year", "June last year", "April next year": the year is named
    m = re.fullmatch(rf"(?:(?:early|late|mid)[\s-])?{_MONTH_RE}(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+"
                     r"(?:of\s+)?(?P<which>this|last|next) year", words)
    if m:
        year = published.year + _YEAR_OFFSET[m.group("which")]
        day = f"-{int(m.group('day')):02d}" if m.group("day") else ""
        return f"{year}-{_month(m.group('month')):02d}{day}"
    m = re.fullmatch(rf"(?:(?:early|late|mid)[\s-])?{_MONTH_RE}(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?", words) \
        or re.fullmatch(rf"(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}", words)
    if not m:
        return None
    month = _month(m.group("month"))
    if m.group("day"):
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            return None
        year = _pick_year(month, day, published, tense)
        return f"{year}-{month:02d}-{day:02d}"
    year = _pick_year(month, 15, published, tense)
    return f"{year}-{month:02d}"


def _weekday(words: str, published: date, future: bool) -> Optional[str]:
    m = re.fullmatch(r"(?:(?P<which>last|next|this|early|late|earlier|the previous|"
                     r"this coming|the coming|the following)\s+)?(?P<day>" + "|".join(WEEKDAYS) + ")", words)
    if not m:
        return None
    target = WEEKDAYS.index(m.group("day"))
    delta = target - published.weekday()
    which = m.group("which")
    if which in ("next", "this coming", "the coming", "the following") or (which not in ("last", "the previous") and future):
        # "will meet Friday" said on a Friday is that day; "next Friday" is a week on
        delta = delta if delta > 0 or (delta == 0 and not which) else delta + 7
    elif which in ("last", "the previous"):
        delta = delta if delta < 0 else delta - 7
    else:  # the nearest one on the side of the telling: the same day counts
        delta = delta if delta <= 0 else delta - 7
    return (published + timedelta(days=delta)).isoformat()


def _day(words: str, published: date, future: bool) -> Optional[str]:
    """A single day named relative to publication: today, yesterday, a weekday."""
    if words in ("today", "tonight", "this week's"):
        return published.isoformat()
    if words == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if words == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    return _weekday(words, published, future)


def _part_of_day(words: str, published: date, future: bool) -> Optional[str]:
    """"this evening" -> 1998-02-06TEV, "Friday morning", "mid-afternoon yesterday"."""
    m = re.fullmatch(r"(?P<before>.*?)\s*(?:(?:early|late|mid)[\s-]?)?(?P<part>morning|afternoon|"
                     r"evening|night)(?:\s+(?P<after>.+))?", words)
    if not m or (m.group("before") and m.group("after")):
        return None
    when = (m.group("before") or m.group("after") or "").strip()
    if when in ("", "the", "this", "in the", "later in the", "early in the", "late in the"):
        day = published.isoformat()
    elif when == "last" and m.group("part") in ("night", "evening"):
        day = (published - timedelta(days=1)).isoformat()
    else:
        day = _day(re.sub(r"^(?:on|early|late|earlier|later)\s+", "", when), published, future)
    return f"{day}T{_PARTS[m.group('part')]}" if day else None


def _anaphoric(words: str, reference: Optional[str]) -> Optional[str]:
    """"that year", "the following month", "earlier that day": counted from the date
    the text last named (``reference``), not from publication; so is "the previous
    Friday" after a day was named."""
    m = re.fullmatch(r"(?P<which>the previous|the prior|the following|the next)\s+(?P<day>" + "|".join(WEEKDAYS) + ")",
                     words)
    if m and reference and re.fullmatch(r"\d{4}-\d\d-\d\d", reference):
        named = date.fromisoformat(reference)
        delta = (WEEKDAYS.index(m.group("day")) - named.weekday()) % 7
        if m.group("which") in ("the previous", "the prior"):
            delta = delta - 7 if delta > 0 else -7
        return (named + timedelta(days=delta or 7)).isoformat()
    m = re.fullmatch(r"the (?P<unit>year|month|day) (?P<side>before|after|earlier|later)", words)
    if m:  # "the year before": one before the one last named
        words = ("the previous " if m.group("side") in ("before", "earlier") else "the following ") + m.group("unit")
    m = re.fullmatch(r"(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(?P<which>that|the same|the following|the next|"
                     r"the previous|the prior)\s+(?P<unit>year|month|week|day|morning|afternoon|evening|night)", words)
    if not m or not reference or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", reference):
        return None
    step = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
            "the prior": -1}[m.group("which")]
    unit = m.group("unit")
    if unit == "week" and len(reference) == 10:
        year, week, _ = (date.fromisoformat(reference) + timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "year":
        return str(int(reference[:4]) + step)
    if unit == "month" and len(reference) >= 7:
        total = int(reference[:4]) * 12 + int(reference[5:7]) - 1 + step
        return f"{total // 12}-{total % 12 + 1:02d}"
    if len(reference) == 10 and unit != "month":
        day = (date.fromisoformat(reference) + timedelta(days=step)).isoformat()
        return day if unit == "day" else f"{day}T{_PARTS[unit]}"
    return None


def relative_value(words: str, published: date, tense: Optional[str],
                   reference_quarter: Optional[str] = None,
                   reference: Optional[str] = None) -> Optional[str]:
    """Values anchored on the publication date: weekdays, weeks, months, quarters, …"""
    future = tense == "future"
    anaphoric = _anaphoric(words, reference)
    if anaphoric:
        return anaphoric
    if words.startswith("since "):
        tense = "past"
    bare = _LEAD.sub("", words)
    for candidate in dict.fromkeys((words, bare)):
        day = _day(candidate, published, future)
        if day:
            return day
    if words in ("the weekend", "this weekend", "over the weekend", "weekend", "last weekend", "this past weekend",
                 "this coming weekend"):
        if (future or words == "this coming weekend") and not words.endswith(("last weekend", "past weekend")):
            sat = published + timedelta(days=(5 - published.weekday()) % 7)
        else:
            sat = published - timedelta(days=(published.weekday() - 5) % 7)
        year, week, _ = sat.isocalendar()
        return f"{year}-W{week:02d}-WE"
    holiday = holiday_value(bare, published, tense)
    if holiday:
        return holiday
    m = re.fullmatch(r"(?P<name>.+) week", bare)
    holiday = m and holiday_value(m.group("name"), published, None)
    if holiday:  # "Easter week": the ISO week holding the nearest one (it may have begun already)
        year, week, _ = date.fromisoformat(holiday).isocalendar()
        return f"{year}-W{week:02d}"
    if bare in ("all week", "all this week", "the week"):
        year, week, _ = published.isocalendar()
        return f"{year}-W{week:02d}"
    part = _part_of_day(words, published, future) or _part_of_day(bare, published, future)
    if part:
        return part
    season = season_value(bare, published, tense) or season_value(words, published, tense)
    if season:
        return season
    decade = decade_or_century(words, published)
    if decade:
        return decade
    m = re.fullmatch(r"(?:(?:earlier|later|late|early)\s+)?(?P<which>last|this|next|the past|the previous|"
                     r"the coming|the current|the same|the last|the latest|the next)\s+(?:fiscal\s+)?"
                     r"(?P<unit>week|month|year|weekend|quarter)", bare)
    if m:
        step = _YEAR_OFFSET[m.group("which")]
        unit = m.group("unit")
        if unit in ("week", "weekend"):
            year, week, _ = (published + timedelta(weeks=step)).isocalendar()
            return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
        if unit == "month":
            total = published.year * 12 + published.month - 1 + step
            return f"{total // 12}-{total % 12 + 1:02d}"
        if unit == "quarter":
            if m.group("which") == "this" and reference_quarter:
                return reference_quarter  # "this quarter" in an earnings report: the one reported
            total = published.year * 4 + quarter_of(published) - 1 + step
            return f"{total // 4}-Q{total % 4 + 1}"
        return str(published.year + step)
    quarter = quarter_value(words, published, future, reference_quarter) \
        or quarter_value(bare, published, future, reference_quarter)
    if quarter:
        return quarter
    ago = ago_value(bare, published)
    if ago:
        return ago
    # "the year", "the full year", "the current fiscal year", "year-end": this year
    if re.fullmatch(r"(?:the\s+)?(?:full|current|entire|whole|this)?\s*(?:fiscal\s+|calendar\s+)?"
                    r"year(?:[\s-]?end|'s end)?|(?:the\s+)?end of (?:the|this) year", bare):
        return str(published.year)
    m = re.fullmatch(r"(?:the\s+)?(?P<n>first|second|third|fourth|last)\s+(?P<day>" + "|".join(WEEKDAYS)
                     + r")\s+(?:of|in)\s+(?P<rest>.+)", words)
    month = m and (_month_day(m.group("rest"), published, tense) or _plain_date(m.group("rest")))
    if month and len(month) == 7:  # "the first Monday of April": that day of that month
        from dateutil.relativedelta import relativedelta, weekday
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}[m.group("n")]
        start = date(int(month[:4]), int(month[5:]), 1)
        if n < 0:
            start += relativedelta(months=1, days=-1)  # count back from the month's last day
        return (start + relativedelta(weekday=weekday(WEEKDAYS.index(m.group("day")), n))).isoformat()
    m = re.fullmatch(r"(?:the\s+)?week of (?P<rest>.+)", words)
    if m:  # "the week of March 6": the ISO week holding that day
        day = _month_day(m.group("rest"), published, tense) or _plain_date(m.group("rest"))
        if day and len(day) == 10:
            year, week, _ = date.fromisoformat(day).isocalendar()
            return f"{year}-W{week:02d}"
    m = re.fullmatch(r"(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?(?P<rest>.+)", words)
    if m:  # "the end of November", "the middle of October": the period it is the end of
        rest = m.group("rest")
        if rest == "month":
            return f"{published.year}-{published.month:02d}"
        return relative_value(rest, published, tense, reference_quarter) or _plain_date(rest)
    m = re.fullmatch(r"(?:fiscal|calendar|the fiscal year|the year|the calendar year)\s+(?P<y>(?:1[6-9]|20)\d\d)", words)
    if m:
        return m.group("y")
    month_day = _month_day(bare, published, tense)
    if month_day:
        return month_day
    return None


_FULL_DATE = re.compile(rf"{_MONTH_RE},?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:1[6-9]|20)\d\d)")
_DAY_FIRST = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE},?\s+(?P<year>(?:1[6-9]|20)\d\d)")
_MONTH_YEAR = re.compile(rf"(?<!\d )(?:(?:early|late|mid)[\s-])?{_MONTH_RE},?\s+(?:of\s+)?(?P<year>(?:1[6-9]|20)\d\d)")


#: "1996-08-30": a date as datelines and tables write it (a month and a day in range).
_ISO_DATE = re.compile(r"((?:1[6-9]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


def _plain_date(words: str) -> Optional[str]:
    """A date that names its year: "Sept. 27, 1989", "July 1997", "1996", "1996-08-30"."""
    m = re.fullmatch(r"(?:the\s+)?(?:year\s+)?((?:1[6-9]|20)\d\d)", words)
    if m:
        return m.group(1)
    m = _ISO_DATE.fullmatch(words)
    if m:
        try:
            return date(*map(int, m.groups())).isoformat()
        except ValueError:
            return None  # "2003-02-30": no such day
    m = re.fullmatch(_FULL_DATE.pattern, words) or re.fullmatch(_DAY_FIRST.pattern, words)
    if m:
        return f"{m.group('year')}-{_month(m.group('month')):02d}-{int(m.group('day')):02d}"
    m = re.fullmatch(_MONTH_YEAR.pattern, words)
    if m:
        return f"{m.group('year')}-{_month(m.group('month')):02d}"
    return None


def _inner_value(words: str, published: Optional[date], tense: Optional[str]) -> Optional[str]:
    """A longer phrase around a date ("the quarter ended Sept. 30", "fiscal 1989's"):
    the most precise date inside it."""
    m = _FULL_DATE.search(words) or _DAY_FIRST.search(words)
    if m:
        return f"{m.group('year')}-{_month(m.group('month')):02d}-{int(m.group('day')):02d}"
    if published:
        m = re.search(rf"{_MONTH_RE}\s+\d{{1,2}}\b", words)
        if m:
            return _month_day(m.group(0), published, tense)
    m = _MONTH_YEAR.search(words)
    if m:
        return f"{m.group('year')}-{_month(m.group('month')):02d}"
    years = re.findall(r"\b((?:1[6-9]|20)\d\d)(?:'s)?\b", words)
    if len(set(years)) == 1 and not re.search(r"\b\d{1,2}\b", words.replace(years[0], "")):
        return years[0]
    return None


#: Time zones a clock time may name ("1230 GMT", "1400 EDT"), as a pattern's alternatives.
_ZONES = "gmt|utc|est|edt|cst|cdt|pst|pdt"


def _clock(words: str, published: Optional[date], tense: Optional[str]) -> Optional[str]:
    """"7:15 p.m." -> the publication day at 19:15; "noon Thursday" -> that Thursday."""
    m = re.search(r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?|\b(?P<word>noon|midday|midnight)\b|"
                  rf"\b(?P<hh>[01]?\d|2[0-3]):?(?P<mm>[0-5]\d)\s*(?:{_ZONES})\b|"
                  r"\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b", words)
    if not m or not published:
        return None
    if m.group("hh"):
        hour, minute = int(m.group("hh")), int(m.group("mm"))  # "1230 GMT"
    elif m.group("h24"):
        # "8:30 Wednesday night": the part of day says which half of it
        late = re.search(r"\b(?:afternoon|evening|night|tonight)\b", words) and int(m.group("h24")) < 12
        hour, minute = int(m.group("h24")) + (12 if late else 0), int(m.group("m24"))
    elif m.group("word"):
        hour, minute = (24, 0) if m.group("word") == "midnight" else (12, 0)
    else:
        hour, minute = int(m.group("h")) % 12 + (12 if m.group("ap") == "p" else 0), int(m.group("m") or 0)
    rest = (words[:m.start()] + " " + words[m.end():])
    rest = re.sub(rf"\b(?:{_ZONES}|et|local time|on|at|around|about|"
                  r"approximately|some|until|by|before|after|in the|morning|afternoon|evening|night)\b|"
                  r"\be\.t\.?|[(),]",
                  " ", rest)
    rest = " ".join(rest.split())
    day = published.isoformat() if not rest else \
        (_day(rest, published, tense == "future") or _month_day(rest, published, tense) or _plain_date(rest))
    if not day or len(day) != 10:
        return None
    return f"{day}T{hour:02d}:{minute:02d}"


def value_of(text: str, kind: str, published: Optional[date], tense: Optional[str] = None,
             reference_quarter: Optional[str] = None, reference: Optional[str] = None) -> Optional[str]:
    """The TIMEX3 value of one expression, or None when it cannot be worked out.
    ``reference_quarter`` is the quarter under discussion ("the quarter"), ``reference``
    the date the text last named ("that year")."""
    words = normalise(text)
    if kind == "DURATION":
        return duration_value(words)
    if kind == "SET":
        return set_value(words)
    if words in REFS:
        return REFS[words]
    plain = _plain_date(_LEAD.sub("", words))
    if plain:
        return plain
    if kind == "TIME" or re.search(rf"\d\s*[ap]\.?\s?m\b|\b(?:noon|midday|midnight)\b|\d\d\s*(?:{_ZONES})\b|"
                                   r"\b\d{1,2}:\d\d\b", words):
        clock = _clock(words, published, tense)
        if clock:
            return clock
    if published:
        relative = relative_value(words, published, tense, reference_quarter, reference)
        if relative:
            return relative
    elif not re.search(r"\b(?:1[6-9]|20)\d\d\b", words):
        return None  # a relative date with nothing to resolve it against
    m = re.fullmatch(r"(?:the\s+)?((?:19|20)\d\d)[-/](\d\d)(?:\s+(?:season|fiscal year|financial year|school year))?",
                     words)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return m.group(1)  # "2012-13", "the 1990-91 season": the year it starts in, not a month
    # (nothing after this: a general date parser read what these rules leave as dates
    # made up from today's clock or from scores and ranges, "4-38" 1938-04-30, "2007-13"
    # 2007-12-13; none of its values on the bench, TempEval-3 or AIDA was right but the
    # ISO dates _plain_date now reads, docs/timexes.md)
    return _inner_value(words, published, tense)
