"""Publication dates: checking the one an input gives, finding a dateline when none is."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A dateline is a whole date near the top: "25 Sep 2021", "September 25, 2021",
# "2021-09-25". Partial dates ("Monday", "Sep 25") are left to the timex stage.
_DATELINE = re.compile(
    rf"\b(?:\d{{1,2}} {_MONTH},? (?:19|20)\d\d|{_MONTH} \d{{1,2}},? (?:19|20)\d\d|"
    r"(?:19|20)\d\d-[01]\d-[0-3]\d)\b")
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
    """The first full date in the opening of an article, as YYYY-MM-DD, else None."""
    match = _DATELINE.search(text[:DATELINE_WINDOW])
    return parse_date(match.group(0)) if match else None


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
