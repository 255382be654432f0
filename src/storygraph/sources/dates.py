"""Publication dates: checking the one an input gives, finding a dateline when none is."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:\d{{1,2}} {_MONTH},? (?:19|20)\d\d|{_MONTH} \d{{1,2}},? (?:19|20)\d\d|"
         r"(?:19|20)\d\d-[01]\d-[0-3]\d)")
# A dateline is a whole date that stands as the article's own date: alone on its line
# ("25 Sep 2021"), after a label ("Published: 3 March 2016"), or opening the text after
# a place in capitals ("WASHINGTON, March 3, 2016 - ..."), followed by nothing but a
# time, a dash or a credit. A date inside a running sentence ("... on Oct. 2, 1968,
# students ...") is what the article is about, not when it was published. Partial
# dates ("Monday", "Sep 25") are left to the timex stage.
_DATELINE = re.compile(
    r"^[ \t]*(?:(?i:(?:first |last )?(?:published|updated|posted|date))\b[^\w\n]*(?:on )?)?"
    r"(?:[A-Z][A-Z .'-]+,[ \t]*(?:\([^)\n]*\)[ \t]*)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    rf"(?P<date>(?i:{_DATE}))\b"
    r"(?=[ \t]*(?:$|[-\u2013\u2014|(/\u2022\u00b7]|\d{1,2}[:.]\d\d|at \d))",
    re.MULTILINE)
#: How far into the text a dateline may stand.
DATELINE_WINDOW = 800


def normalise_published(value) -> Optional[str]:
    """The ISO form of an input's ``published`` (date or datetime), or None if not a date."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        datetime.fromisoformat(text.replace("Z", "+00:00"))
        return text
    except ValueError:
        return None


def published_from_dateline(text: str) -> Optional[str]:
    """The date of the article's dateline near its top, as YYYY-MM-DD, else None."""
    match = _DATELINE.search(text[:DATELINE_WINDOW])
    return parse_date(match.group("date")) if match else None


def parse_date(text: str) -> Optional[str]:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"],
                              settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def anchor(published: Optional[str]) -> Optional[date]:
    """The calendar date a relative expression resolves against."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# -- a web page's own publication date --------------------------------------------------

#: Markup that states a page's publication date outright (Open Graph, schema.org
#: microdata, Dublin Core, Highwire/Google Scholar).
_DECLARED = ("//meta[@property='article:published_time' or @name='article:published_time'"
             " or @itemprop='datePublished' or @name='citation_publication_date'"
             " or @name='DC.date.issued' or @name='dc.date.issued' or @name='dcterms.issued']/@content"
             " | //*[@itemprop='datePublished']/@datetime | //*[@itemprop='datePublished']/@content")
_TITLE_DATE = re.compile(r"^(?:(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)-(\d\d))$")


def _day(value) -> Optional[date]:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def declared_published(tree) -> Optional[date]:
    """The publication date a page declares in its markup or its JSON-LD, if any."""
    import json

    for value in tree.xpath(_DECLARED):
        if _day(value):
            return _day(value)
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if _day(item.get("datePublished")):
                    return _day(item["datePublished"])
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return None


def title_date(parts) -> Optional[date]:
    """A date standing as a part of the page's title ("… | DW | 10.06.2013"): D.M.Y or ISO."""
    for part in parts:
        match = _TITLE_DATE.match(part.strip())
        if not match:
            continue
        d, m, y, yy, mm, dd = match.groups()
        try:
            return date(int(y), int(m), int(d)) if y else date(int(yy), int(mm), int(dd))
        except ValueError:
            continue
    return None


def page_published(found: Optional[str], declared: Optional[date],
                   in_title: Optional[date]) -> Optional[str]:
    """The page's publication date from what htmldate ``found`` and what it declares.

    htmldate reads a page's markup well, but may take a modification date or a teaser's
    date near the article for it. A date the page declares as its publication date
    wins when it differs by more than a day (one day apart is a time zone: a UTC
    timestamp against the local date); without one, a date in the title wins.
    """
    got = _day(found)
    if declared is not None:
        return (got if got and abs((got - declared).days) <= 1 else declared).isoformat()
    if in_title is not None:
        return in_title.isoformat()
    return got.isoformat() if got else None
