"""The JSON API's contract, declared once: parameter types (checked by FastAPI before a
route runs, and published in ``/openapi.json``), the one error shape, and the shape of
each page's JSON.

The response models only document: routes answer with their own ``JSONResponse`` (fast,
and no field is ever dropped). Models are open (``extra="allow"``): a field added to an
answer is still served, and a generated client keeps working; the schemathesis test
checks every answer against the published schema.
"""
from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import Annotated, Any, Optional

from fastapi import Path, Query
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from ..types import ENTITY_LABELS, RELATION_TYPES

# -- parameters -----------------------------------------------------------------------

EntityType = Enum("EntityType", {"ANY": "", **{label: label for label in ENTITY_LABELS}},
                  type=str)
EntityType.__doc__ = "An entity type (OntoNotes label); empty: any type."
RelationType = Enum("RelationType", {"ANY": "", **{kind: kind for kind in RELATION_TYPES}},
                    type=str)
RelationType.__doc__ = "A relation's PLOVER type; empty: any type."
Period = Enum("Period", {"MONTH": "month", "QUARTER": "quarter"}, type=str)
Period.__doc__ = "How a relation edge's counts over time are bucketed."

_YEAR_OR_MONTH = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$")
_FULL_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _date(value: Optional[str]) -> Optional[str]:
    """A date, a month or a year (``2023-06-26``, ``2023-06``, ``2023``); empty: none."""
    if not value:
        return value
    if _YEAR_OR_MONTH.fullmatch(value):  # (match would let "2023\n" through)
        return value
    if _FULL_DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return value
        except ValueError:
            pass
    raise ValueError(f"must be a date like 2023-06-26, a month like 2023-06 or a year "
                     f"(got {value!r})")


#: The schema says exactly what ``_date`` accepts: a calendar date, YYYY or YYYY-MM, or
#: nothing (what an empty form field sends).
PartialDate = Annotated[str, AfterValidator(_date), WithJsonSchema({
    "description": "a date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY); empty for none",
    "anyOf": [{"type": "string", "format": "date"},
              {"type": "string", "pattern": _YEAR_OR_MONTH.pattern},
              {"type": "string", "maxLength": 0}]})]

From = Annotated[PartialDate, Query(
    alias="from", description="earliest date: YYYY-MM-DD, YYYY-MM or YYYY; empty for none")]
To = Annotated[PartialDate, Query(
    alias="to", description="latest date: YYYY-MM-DD, YYYY-MM or YYYY (`to=2021` includes all "
                            "of 2021); empty for none. A range with `from` after `to` is empty")]
#: The older names of ``from`` and ``to``, still accepted, no longer published.
Since = Annotated[PartialDate, Query(include_in_schema=False)]
Until = Annotated[PartialDate, Query(include_in_schema=False)]
#: Far past any store's size, and within every database's integer.
OFFSET_MAX = 1_000_000_000


def offset() -> Any:
    return Query(0, ge=0, le=OFFSET_MAX, description="how many items to skip (paging)")


def limit(default: int, most: int, description: str = "items per page") -> Any:
    return Query(default, ge=1, le=most, description=description)


def ident(description: str) -> Any:
    return Path(min_length=1, description=description)


FILTER = "; empty for none"

# -- errors ---------------------------------------------------------------------------


class Problem(BaseModel):
    """Every error, in JSON: what went wrong, for a person to read, and the status."""
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"error": "no document with id 'nope'", "status": 404}]})
    error: str
    status: int


BAD_REQUEST = {400: {"model": Problem, "description": "The store could not answer the request"}}
NOT_FOUND = {404: {"model": Problem, "description": "No such entity, document or outlet"}}
INVALID = {422: {"model": Problem, "description": "A parameter breaks its declared type "
                                                 "(the message names it)"}}


def validation_message(error: dict) -> str:
    """One pydantic validation error as a sentence naming the parameter."""
    loc = [str(p) for p in error.get("loc", ()) if p not in ("query", "path")]
    where = loc[0] if loc else "request"
    kind, ctx, got = error.get("type", ""), error.get("ctx") or {}, error.get("input")
    if kind == "enum":
        return f"{where} must be one of {ctx.get('expected')} (got {got!r})"
    if kind == "value_error":
        return f"{where} {ctx.get('error', error.get('msg'))}"
    if kind in ("int_parsing", "int_from_float"):
        return f"{where} must be a whole number (got {got!r})"
    if kind == "bool_parsing":
        return f"{where} must be true or false (got {got!r})"
    if kind == "greater_than_equal":
        return f"{where} must be at least {ctx.get('ge')} (got {got!r})"
    if kind == "less_than_equal":
        return f"{where} must be at most {ctx.get('le')} (got {got!r})"
    if kind == "string_too_short":
        return f"{where} must not be empty"
    msg = str(error.get("msg", "invalid"))
    return f"{where}: {msg[:1].lower() + msg[1:]}"


# -- answers --------------------------------------------------------------------------


class Open(BaseModel):
    """An answer's object: these fields at least (more may come)."""
    model_config = ConfigDict(extra="allow")


class Page(Open):
    """Where a listing's page is ("showing 51-100 of 48,213")."""
    limit: int
    offset: int
    shown: int
    total: Optional[int] = None
    more: bool


class Alias(Open):
    text: str
    count: int


class EntityRow(Open):
    id: str
    name: str
    label: str
    mentions: int
    documents: int
    first_seen: Optional[str] = None
    last_seen: Optional[str] = None
    aliases: list[Alias] = []


class QuoteItem(Open):
    id: int
    doc_id: str
    content: str
    speaker: Optional[str] = None
    speaker_entity: Optional[str] = None
    speaker_name: Optional[str] = None
    cue: Optional[str] = None
    addressee: Optional[str] = None
    kind: str
    date: Optional[str] = None
    date_from: Optional[str] = None
    source: Optional[str] = None
    title: Optional[str] = None
    content_start: int
    content_end: int
    attribution: Optional[str] = None
    confidence: Optional[float] = None
    lang: Optional[str] = None
    #: The words said: ``content`` without the writer's clauses inside it.
    said: Optional[str] = None


class Outlet(Open):
    source: Optional[str] = None
    documents: int


class Overview(Open):
    documents: int
    entities: int
    mentions: int
    quotes: int
    timexes: int
    relations: int
    first: Optional[str] = None
    last: Optional[str] = None
    outlets: list[Outlet]
    top_entities: list[EntityRow]
    latest_quotes: list[QuoteItem]


class Entities(Open):
    type: Optional[str] = None
    entities: list[EntityRow]
    page: Page


class DocumentRow(Open):
    id: str
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    published_from: Optional[str] = None
    lang: Optional[str] = None
    chars: int


class Documents(Open):
    documents: list[DocumentRow]
    lang: Optional[str] = None
    limit: int
    offset: int
    more: bool
    page: Page


class Relation(Open):
    id: int
    doc_id: str
    type: str = Field(description="a PLOVER type: " + ", ".join(RELATION_TYPES))
    source_entity: Optional[str] = None
    target_entity: Optional[str] = None
    reporter_entity: Optional[str] = None
    negated: bool
    evidence_start: int
    evidence_end: int
    evidence_text: str
    content_start: Optional[int] = None
    content_end: Optional[int] = None
    content_text: Optional[str] = None
    date: Optional[str] = None
    date_from: Optional[str] = None
    confidence: Optional[float] = None


class Mention(Open):
    id: int
    doc_id: str
    start: int
    end: int
    text: str
    label: str
    entity_id: Optional[str] = None
    entity_name: Optional[str] = None


class StoredQuote(Open):
    id: int
    doc_id: str
    content_start: int
    content_end: int
    content_text: str
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    speaker_text: Optional[str] = None
    speaker_entity: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    cue_text: Optional[str] = None
    addressee_start: Optional[int] = None
    addressee_end: Optional[int] = None
    addressee_text: Optional[str] = None
    kind: str
    date: Optional[str] = None
    date_from: Optional[str] = None
    attribution: Optional[str] = None
    confidence: Optional[float] = None
    #: The writer's clauses inside the content, ``[start, end]`` each (``"A," she said.
    #: "B."``): not what was said.
    asides: list[list[int]] = []


class Timex(Open):
    id: int
    doc_id: str
    start: int
    end: int
    text: str
    type: str
    value: Optional[str] = None


class Document(Open):
    """A document with its facts; every span is ``text[start:end]``."""
    id: str
    text_hash: str
    text: str
    published: Optional[str] = None
    published_from: Optional[str] = None
    source: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    origin: Optional[str] = None
    ingested_at: str
    lang: Optional[str] = None
    entities: list[Mention]
    quotes: list[StoredQuote]
    timexes: list[Timex]
    relations: list[Relation]
    versions: list[dict[str, Any]]


class DocumentSeen(Open):
    id: str
    mentions: int
    published: Optional[str] = None
    source: Optional[str] = None
    title: Optional[str] = None


class Cooccurring(Open):
    id: str
    name: str
    label: str
    documents: int


class RelationSeen(Relation):
    outlet: Optional[str] = None
    published: Optional[str] = None


class EntityProfile(Open):
    id: str
    name: str
    label: str
    mentions: int
    documents: int
    first_seen: Optional[str] = None
    last_seen: Optional[str] = None
    aliases: list[Alias]
    appears_in: list[DocumentSeen]
    quotes: list[QuoteItem]
    cooccurring: list[Cooccurring]
    relations: list[RelationSeen]
    totals: dict[str, int]
    offset: int
    limit: Optional[int] = None


class Use(Open):
    doc_id: str
    sentence: str
    text: str
    speaker: Optional[str] = None
    date: Optional[str] = None


class FramingTerm(Open):
    term: str
    count: int
    kinds: list[str]
    evidence: list[Use]
    z: Optional[float] = None
    variants: list[Alias]
    more: int


class Framing(Open):
    entity_id: str
    name: str
    by_outlet: dict[str, list[FramingTerm]]
    by_speaker: dict[str, list[FramingTerm]]
    common: list[FramingTerm]
    by_period: dict[str, list[FramingTerm]]
    outlet: Optional[str] = None
    limit: int
    offset: int
    totals: dict[str, int]


class TermUse(Use):
    kind: str
    outlet: Optional[str] = None


class FramingUses(Open):
    entity_id: str
    name: str
    term: str
    outlet: Optional[str] = None
    speaker: Optional[str] = None
    total: int
    limit: int
    offset: int
    uses: list[TermUse]


class TimelineItem(Open):
    date: str
    kind: str
    text: str
    evidence: str
    doc_id: str
    source: Optional[str] = None
    actor: Optional[str] = None
    date_from: Optional[str] = None


class MonthCount(Open):
    month: str
    count: int


class NameCount(Open):
    name: str
    count: int


class RelationGroup(Open):
    type: str
    direction: str
    count: int
    months: list[MonthCount]
    counterparts: list[NameCount]


class Shift(Open):
    speaker: str
    speaker_entity: str
    before: dict[str, Any]
    after: dict[str, Any]
    subject: list[Any]
    reason: str
    confidence: float
    similarity: float
    basis: str


class Dispute(Open):
    subject: list[Any]
    first: dict[str, Any]
    second: dict[str, Any]
    reason: str
    confidence: float
    similarity: float


class EntityPage(Open):
    entity: EntityProfile
    names: dict[str, str]
    framing: Framing
    timeline: list[TimelineItem]
    page: Page
    all: bool
    relation_threshold: float
    relation_groups: list[RelationGroup]
    shifts: list[Shift]
    disputes: list[Dispute]


class SpeakerQuotes(Open):
    speaker_entity: Optional[str] = None
    speaker: str
    quotes: list[QuoteItem]


class QuoteFilters(Open):
    speaker: Optional[str] = None
    source: Optional[str] = None
    from_: Optional[str] = Field(None, alias="from")
    to: Optional[str] = None
    q: Optional[str] = None
    all: bool
    lang: Optional[str] = None


class Quotes(Open):
    groups: list[SpeakerQuotes]
    outlets: list[str]
    limit: int
    truncated: bool
    filters: QuoteFilters
    page: Page


class RelationRow(RelationSeen):
    lang: Optional[str] = None
    when: Optional[str] = Field(None, description="the relation's date, else its article's")
    source_name: Optional[str] = None
    target_name: Optional[str] = None


class RelationFilters(Open):
    type: Optional[str] = None
    entity: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    from_: Optional[str] = Field(None, alias="from")
    to: Optional[str] = None
    lang: Optional[str] = None
    all: bool


class Relations(Open):
    relations: list[RelationRow]
    threshold: float
    filters: RelationFilters
    page: Page


class TimelineFilters(Open):
    entity: Optional[str] = None
    from_: Optional[str] = Field(None, alias="from")
    to: Optional[str] = None
    lang: Optional[str] = None


class Timeline(Open):
    items: list[TimelineItem]
    filters: TimelineFilters
    page: Page


class Node(Open):
    id: str
    name: str
    label: str
    documents: Optional[int] = None


class EdgePeriod(Open):
    period: str = Field(description="'2021-09' by month, '2021-Q3' by quarter")
    count: int


class Edge(Open):
    source: Optional[str] = None
    target: Optional[str] = None
    kind: str = Field(description="'co-occurs' (named in the same documents) or a "
                                  "relation's PLOVER type")
    weight: int
    negated: Optional[bool] = None
    periods: Optional[list[EdgePeriod]] = Field(
        None, description="a relation edge's count per period (undated relations count "
                          "in the weight only); relations below the threshold are left out")


class GraphFilters(TimelineFilters):
    type: Optional[str] = None
    relation: Optional[str] = None
    limit: int
    period: str = "month"


class Graph(Open):
    nodes: list[Node]
    edges: list[Edge]
    entities_in_all: int
    filters: GraphFilters


class DocumentHit(Open):
    id: str
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    snippet: Optional[str] = None


class QuoteHit(Open):
    id: int
    doc_id: str
    content_text: str
    speaker_text: Optional[str] = None
    date: Optional[str] = None
    source: Optional[str] = None
    snippet: Optional[str] = None


class Search(Open):
    """Hits; snippets mark each hit between the characters U+0002 and U+0003."""
    q: str
    documents: list[DocumentHit]
    quotes: list[QuoteHit]
    page: Page
