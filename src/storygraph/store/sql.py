"""Statement pieces every read of the store shares: rows as dicts, pages, language and
shown-quote conditions, full-text query words."""
from __future__ import annotations

import re
from typing import Optional

from sqlalchemy import and_, func, not_, or_

from . import maintain, schema

D, E, M, Q, T, R = (schema.documents, schema.entities, schema.mentions, schema.quotes,
                    schema.timexes, schema.relations)


def as_dicts(result) -> list[dict]:
    # zip over the keys once: a RowMapping per row costs more than the row's query.
    keys = list(result.keys())
    return [dict(zip(keys, row)) for row in result]


def paged(statement, limit: Optional[int], offset: int = 0):
    if limit:
        statement = statement.limit(limit)
    return statement.offset(offset) if offset else statement


#: Search ranks the latest this many matches: ranking every match of a common word
#: costs what the store holds.
RANKED = 2000


def latest_rowid(table: str) -> str:
    """The lowest rowid among the latest ``:m`` matches (FTS5 walks rowids backwards)."""
    return (f"coalesce((SELECT min(rowid) FROM (SELECT rowid FROM {table} "
            f"WHERE {table} MATCH :q ORDER BY rowid DESC LIMIT :m)), 0)")


def lang_condition(lang: str):
    """Documents in ``lang`` (a primary subtag, "fr"): stored as "fr" or as "fr-FR"."""
    code = lang.strip().lower()
    return or_(func.lower(D.c.lang) == code, func.lower(D.c.lang).like(code + "-%"))


def thresholds(least) -> tuple[float, dict]:
    """``least`` (one confidence for every language, or a mapping language -> confidence)
    as the default one, English's, which also holds for documents of no known or
    another language, and those of the other languages that differ from it."""
    if not isinstance(least, dict):
        return float(least), {}
    default = least.get("en", min(least.values()))
    return default, {maintain.lang_code(k): v for k, v in least.items()
                     if maintain.lang_code(k) not in ("en", "") and v != default}


def shown_condition(attribution, confidence, kinds, least, lang_is, at=lambda t: t):
    """Quotes of the ``kinds`` at or above their language's threshold (``thresholds``);
    ``lang_is(code)`` says a row is in that language, ``at`` turns a threshold into the
    column's unit."""
    default, others = thresholds(least)
    rest = confidence >= at(default)
    if others:
        rest = and_(not_(or_(*(lang_is(code) for code in others))), rest)
    branches = [and_(lang_is(code), confidence >= at(t)) for code, t in others.items()]
    return and_(attribution.in_(list(kinds)), or_(*branches, rest))


def doc_lang_is(code: str):
    # coalesce: a document of no known language is not "not French" under SQL's NULL.
    lang = func.lower(func.coalesce(D.c.lang, ""))
    return or_(lang == code, lang.like(code + "-%"))


def fts_query(q: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term (no syntax errors)."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)
