"""``storygraph watch``: poll feeds and sitemaps, ingesting what is new, until stopped.

Each poll is one ``run_ingest`` over the feeds: what the store remembers of each URL
(``web_pages``) makes a poll fetch only new entries and entries whose date changed, and
ask for the feeds themselves conditionally. A stop request (Ctrl-C) ends the poll after
the batch in hand is stored, so nothing is half-stored.
"""
from __future__ import annotations

import re
import threading
from datetime import datetime, timezone
from typing import Callable, Optional

from .errors import InputError

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr)?\s*$", re.I)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}


def parse_every(text: str) -> float:
    """Seconds for "15m", "90s", "1h" or a bare number of seconds."""
    match = _EVERY.match(str(text))
    if not match:
        raise InputError(f"--every {text!r}: expected a duration such as 90s, 15m or 1h")
    seconds = float(match.group(1)) * _UNIT[(match.group(2) or "s").lower()]
    if seconds <= 0:
        raise InputError(f"--every {text!r}: must be longer than zero")
    return seconds


def run_watch(feeds, db: str, every: float = 900.0, model: Optional[str] = None,
              web_settings=None, polls: Optional[int] = None, batch_size: int = 16,
              stop: Optional[threading.Event] = None,
              report: Callable[[int, object], None] = lambda n, summary: None, nlp=None) -> int:
    """Poll ``feeds`` every ``every`` seconds until ``stop`` is set (or ``polls`` done).

    ``report(n, summary)`` is called after each poll. Returns the number of polls run.
    """
    from . import nlp as nlp_module
    from .pipeline import run_ingest
    from .store import Store

    stop = stop or threading.Event()
    nlp = nlp or nlp_module.load(model)
    n = 0
    with Store(db) as store:
        while not stop.is_set():
            n += 1
            summary = run_ingest(list(feeds), db, quiet=True, batch_size=batch_size,
                                 web_settings=web_settings, nlp=nlp, store=store,
                                 stop=stop.is_set)
            summary.web = True
            report(n, summary)
            if polls is not None and n >= polls:
                break
            stop.wait(every)
    return n


def stamp() -> str:
    return datetime.now(timezone.utc).strftime("%H:%M:%S")
