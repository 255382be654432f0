"""TIMEX3 values from an expression's words, the publication date and the tense of its
clause. Pure functions over strings and dates (no spaCy), so they test on their own.

``tense`` is "past", "future" or None; a date without a year ("Jan. 14", "April") goes
to the side of the publication date the tense points to, else to the nearest one.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Optional

UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y", "hour": "H",
         "minute": "M", "second": "S", "quarter": "Q"}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
           "hundred": 100, "couple": 2, "a couple of": 2, "half a": 0.5}
_NUMBER_WORDS = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|a couple of|couple of)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_RE = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF",
        "the future": "FUTURE_REF", "future": "FUTURE_REF", "once": "PAST_REF",
        "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
        "recent days": "PAST_REF", "the present": "PRESENT_REF", "the moment": "PRESENT_REF",
        "the present juncture": "PRESENT_REF", "these days": "PRESENT_REF",
        "coming years": "FUTURE_REF", "the coming years": "FUTURE_REF",
        "years to come": "FUTURE_REF", "soon": "FUTURE_REF", "right now": "PRESENT_REF",
        "more recently": "PAST_REF", "the present time": "PRESENT_REF",
        "the present day": "PRESENT_REF"}

DURATION = re.compile(
    r"^(?:about |nearly |almost |more than |at least |over |some |only |just |up to |roughly |less than )?"
    r"(?:the\s+)?(?:(?:past|last|coming|previous|first|final|latest)\s+)?"
    rf"(?P<n>\d+|{_NUMBER_WORDS}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|several|few|a few|many|some)?[\s-]*"
    r"(?P<unit>year|month|week|day|decade|hour|minute|second|quarter)s?(?:[\s-]long)?$", re.I)
SET = re.compile(r"\b(?:every|each|weekly|daily|monthly|annually|yearly|a year|per year)\b", re.I)
_QUARTER = re.compile(r"(?:(?P<this>this year's|last year's)\s+)?(?:the\s+)?(?:fiscal\s+)?"
                      r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter$")
_LATEST_QUARTER = re.compile(r"^(?:the\s+)?(?:latest|current|recent|most recent|just-ended|"
                             r"just ended|september|june|march|december)?\s*quarter$")
_YEAR_AGO = re.compile(r"^(?:the\s+)?(?:a year (?:ago|earlier)|year-(?:ago|earlier)"
                       r"(?:\s+(?:quarter|period))?|the year-(?:ago|earlier)\s+(?:quarter|period))$")


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def duration_value(text: str) -> Optional[str]:
    m = DURATION.match(text.strip())
    if not m:
        return None
    unit = m.group("unit").lower()
    n = (m.group("n") or "").lower()
    if not n:
        count = "1" if not re.search(r"s(?:[\s-]long)?$", text.strip(), re.I) else "X"
    elif n.isdigit():
        count = n
    elif re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]\w+", n):
        tens, units = re.split(r"[\s-]", n)
        count = str(NUMBERS[tens] + NUMBERS.get(units, 0))
    else:
        count = str(NUMBERS[n]) if n in NUMBERS else "X"
    if unit == "decade":
        count = str(int(count) * 10) if count.isdigit() else "X"
        unit = "year"
    if unit == "quarter":
        count, unit = (str(int(count) * 3) if count.isdigit() else "X"), "month"
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    return f"{prefix}{count}{UNITS[unit]}"


def _pick_year(month: int, day: int, published: date, tense: Optional[str]) -> int:
    """The year that puts month/day on the tense's side of publication, else nearest."""
    def at(y):
        try:
            return date(y, month, min(day, 28 if month == 2 else day))
        except ValueError:
            return date(y, month, 28)
    candidates = [published.year - 1, published.year, published.year + 1]
    if tense == "past":
        return max(y for y in candidates if at(y) <= published)
    if tense == "future":
        return min(y for y in candidates if at(y) >= published)
    return min(candidates, key=lambda y: abs((at(y) - published).days))


def _month_day(words: str, published: date, tense: Optional[str]) -> Optional[str]:
    which = re.match(r"(last|this|next)\s+", words)
    if which:  # "last April", "this September", "next March"
        words = words[which.end():]
        tense = {"last": "past", "next": "future", "this": None}[which.group(1)]
        if which.group(1) == "this":
            m = re.fullmatch(rf"{_MONTH_RE}", words)
            if m:
                month = _MONTH_ABBR[m.group("month")[:4] if m.group("month").startswith("sept") else m.group("month")[:3]]
                return f"{published.year}-{month:02d}"
    m = re.fullmatch(rf"(?:(?:early|late|mid)[\s-])?{_MONTH_RE}(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?", words) \
        or re.fullmatch(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}", words)
    if not m:
        return None
    month = _MONTH_ABBR[m.group("month")[:4] if m.group("month").startswith("sept") else m.group("month")[:3]]
    if m.group("day"):
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            return None
        year = _pick_year(month, day, published, tense)
        return f"{year}-{month:02d}-{day:02d}"
    year = _pick_year(month, 15, published, tense)
    return f"{year}-{month:02d}"


def relative_value(words: str, published: date, tense: Optional[str],
                   reference_quarter: Optional[str] = None) -> Optional[str]:
    """Values anchored on the publication date: weekdays, weeks, months, quarters, …"""
    future = tense == "future"
    if words.startswith("on "):
        words = words[3:]
    if words in ("today", "tonight", "this morning", "this afternoon", "this evening", "this week's"):
        return published.isoformat()
    if words == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if words == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(?:(?P<which>last|next|this|early|late)\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")"
                     r"(?:\s+(?:morning|afternoon|evening|night))?", words)
    if m:
        target = WEEKDAYS.index(m.group("day"))
        delta = target - published.weekday()
        which = m.group("which")
        if which == "next" or (which not in ("last",) and future):
            delta = delta if delta > 0 else delta + 7
        elif which == "last":
            delta = delta if delta < 0 else delta - 7
        else:  # the nearest one on the side of the telling: the same day counts
            delta = delta if delta <= 0 else delta - 7
        return (published + timedelta(days=delta)).isoformat()
    if words in ("the weekend", "this weekend", "over the weekend", "weekend", "last weekend"):
        if future:
            sat = published + timedelta(days=(5 - published.weekday()) % 7)
        else:
            sat = published - timedelta(days=(published.weekday() - 5) % 7)
        year, week, _ = sat.isocalendar()
        return f"{year}-W{week:02d}-WE"
    m = re.fullmatch(r"(?:(?:earlier|later|late|early)\s+)?(?P<which>last|this|next|the past|the previous|"
                     r"the coming|the current|the same)\s+(?P<unit>week|month|year|weekend|quarter)", words)
    if m:
        step = {"last": -1, "the past": -1, "the previous": -1, "this": 0, "next": 1,
                "the coming": 1, "the current": 0, "the same": 0}[m.group("which")]
        unit = m.group("unit")
        if unit in ("week", "weekend"):
            year, week, _ = (published + timedelta(weeks=step)).isocalendar()
            return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
        if unit == "month":
            total = published.year * 12 + published.month - 1 + step
            return f"{total // 12}-{total % 12 + 1:02d}"
        if unit == "quarter":
            total = published.year * 4 + quarter_of(published) - 1 + step
            return f"{total // 4}-Q{total % 4 + 1}"
        return str(published.year + step)
    m = _QUARTER.match(words)
    if m:
        q = ORDINALS[m.group("ord")]
        if m.group("this") == "last year's":
            year = published.year - 1
        elif m.group("this") or future:
            year = published.year if future or q <= quarter_of(published) else published.year
        else:
            year = published.year if q <= quarter_of(published) else published.year - 1
        return f"{year}-Q{q}"
    if _LATEST_QUARTER.match(words):
        if reference_quarter:
            return reference_quarter
        total = published.year * 4 + quarter_of(published) - 2
        return f"{total // 4}-Q{total % 4 + 1}"
    if _YEAR_AGO.match(words):
        if reference_quarter:
            year, q = reference_quarter.split("-Q")
            return f"{int(year) - 1}-Q{q}"
        return str(published.year - 1)
    m = re.fullmatch(r"(?:fiscal|calendar|the fiscal year|the year)\s+(?P<y>(?:19|20)\d\d)", words)
    if m:
        return m.group("y")
    m = re.fullmatch(r"(?:the\s+)?(?P<y>(?:19|20)\d)0s", words)
    if m:
        return m.group("y")
    m = re.fullmatch(r"(?:the\s+)?(?:end|beginning|start|middle|spring|summer|fall|autumn|winter)\s+of\s+"
                     r"(?P<y>(?:19|20)\d\d)", words)
    if m:
        return m.group("y")
    month_day = _month_day(words, published, "past" if words.startswith("since ") else tense)
    if month_day:
        return month_day
    if words.startswith("since "):
        return _month_day(words[6:], published, "past")
    return None


_FULL_DATE = re.compile(rf"{_MONTH_RE}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:1[6-9]|20)\d\d)")


def _inner_value(words: str, published: Optional[date], tense: Optional[str]) -> Optional[str]:
    """A longer phrase around a date ("the quarter ended Sept. 30", "fiscal 1989's"):
    the most precise date inside it."""
    m = _FULL_DATE.search(words)
    if m:
        month = _MONTH_ABBR[m.group("month")[:4] if m.group("month").startswith("sept") else m.group("month")[:3]]
        return f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"
    if published:
        m = re.search(rf"{_MONTH_RE}\s+\d{{1,2}}\b", words)
        if m:
            return _month_day(m.group(0), published, tense)
    years = re.findall(r"\b((?:1[6-9]|20)\d\d)(?:'s)?\b", words)
    if len(set(years)) == 1 and not re.search(r"\b\d{1,2}\b", words.replace(years[0], "")):
        return years[0]
    return None


def value_of(text: str, kind: str, published: Optional[date], tense: Optional[str] = None,
             reference_quarter: Optional[str] = None) -> Optional[str]:
    """The TIMEX3 value of one expression, or None when it cannot be worked out."""
    words = " ".join(text.lower().replace("’", "'").split())
    if kind == "DURATION":
        return duration_value(words)
    if kind == "SET":
        m = re.search(r"\b(daily|weekly|monthly|annually|yearly)\b", words)
        return {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                "yearly": "P1Y"}.get(m.group(1)) if m else None
    if words in REFS:
        return REFS[words]
    year = re.fullmatch(r"(?:in\s+)?((?:1[6-9]|20)\d\d)", words)
    if year:
        return year.group(1)
    if published:
        relative = relative_value(words, published, tense, reference_quarter)
        if relative:
            return relative
    elif not re.search(r"\b(?:1[6-9]|20)\d\d\b", words):
        return None  # a relative date with nothing to resolve it against
    inner = _inner_value(words, published, tense)
    if inner:
        return inner
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if re.fullmatch(rf"(?:in\s+)?(?:(?:early|late|mid)[\s-])?{_MONTH_RE},?\s+(?:of\s+)?(?:1[6-9]|20)\d\d", words):
        return parsed.strftime("%Y-%m")
    if kind == "TIME" and re.search(r"\d", text):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()
