"""Routes: each page is a Jinja2 template over a query.py answer, and the same answer
as JSON at the same path plus ``.json``. Read-only; errors never show a stack trace."""
from __future__ import annotations

import inspect
import re
from collections import OrderedDict
import threading
import time
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Optional, Union
from urllib.parse import urlencode

from anyio import to_thread
from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from .. import query
from ..settings import Settings
from ..errors import StorygraphError
from ..query import HIT_END, HIT_START, NotFound
from ..render import quoted
from ..store import Store
from ..types import RELATION_TYPES
from . import api
from .api import FILTER, From, Since, To, Until
from .highlight import segments

HERE = Path(__file__).parent
_WORD = re.compile(r"\w")


#: The framing an entity page shows is read from this many of its latest descriptors.
FRAMING_DESCRIPTORS = 200
#: Its shifts and disputes are found among this many of its latest claims (pairing is
#: quadratic in claims: a frequent speaker's every claim would cost seconds).
PAGE_CLAIMS = 200


def _range(date_from, date_to, since, until) -> tuple[Optional[str], Optional[str]]:
    """``from``/``to``, or their older names ``since``/``until`` (checked as dates by
    their declared type). A range with ``from`` after ``to`` is simply empty."""
    return date_from or since or None, date_to or until or None


def _label(value) -> Optional[str]:
    """An ``EntityType`` or ``RelationType`` parameter as a label, or None for any."""
    return getattr(value, "value", value) or None


class _Recent:
    """Answers to corpus-wide questions (overview, graph), kept for ``ttl`` seconds: they
    read the whole store, which changes only when someone ingests."""

    def __init__(self, ttl: float = 60.0, size: int = 64):
        self.ttl, self.size, self.items, self.lock = ttl, size, {}, threading.Lock()

    def get(self, key, compute: Callable):
        now = time.monotonic()
        with self.lock:
            hit = self.items.get(key)
            if hit and now - hit[0] < self.ttl:
                return hit[1]
        value = compute()
        with self.lock:
            if len(self.items) >= self.size:
                self.items.pop(min(self.items, key=lambda k: self.items[k][0]))
            self.items[key] = (now, value)
        return value


def _busiest(graph: dict, limit: int) -> dict:
    """The ``limit`` entities with most links (then most documents), and the links
    between them: a network small enough to read."""
    nodes = graph["nodes"]
    if len(nodes) > limit:
        degree: dict = {}
        for e in graph["edges"]:
            for k in ("source", "target"):
                degree[e[k]] = degree.get(e[k], 0) + e.get("weight", 1)
        nodes = sorted(nodes, key=lambda n: (-degree.get(n["id"], 0), -(n["documents"] or 0),
                                             n["name"]))[:limit]
    kept = {n["id"] for n in nodes}
    edges = [e for e in graph["edges"] if e["source"] in kept and e["target"] in kept]
    return {"nodes": nodes, "edges": edges, "entities_in_all": len(graph["nodes"])}


def _plain(value):
    """Answers as JSON-ready data (much faster than FastAPI's generic encoder on large
    profiles): dataclasses, dicts, lists, dates; anything else through the encoder."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f: _plain(getattr(value, f)) for f in value.__dataclass_fields__}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return jsonable_encoder(value)


def page_url(request: Request, **changes) -> str:
    """This page's URL with some query parameters changed (for "next" links)."""
    params = dict(request.query_params)
    params.update({k: str(v) for k, v in changes.items()})
    return request.url.path + "?" + urlencode(params)


def _page(limit: int, offset: int, shown: int, total: Optional[int] = None,
          more: Optional[bool] = None) -> dict:
    """Where a listing's page is: for "showing 51–100 of 48,213" and next/previous links."""
    if more is None:
        more = total is not None and offset + shown < total
    return {"limit": limit, "offset": offset, "shown": shown, "total": total, "more": more}


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def _highlight(snippet: Optional[str]):
    """Escape a search snippet, then mark its hits."""
    from markupsafe import Markup, escape
    return Markup(str(escape(snippet or "")).replace(HIT_START, "<mark>").replace(HIT_END, "</mark>"))


def create_app(db: str) -> FastAPI:
    store = Store(db, create=False)
    recent = _Recent()
    app = FastAPI(title="storygraph",
                  description="Explore a story graph: entities, quotes, dates, relations. "
                              "Every page is also JSON at the same path plus `.json`. "
                              "Errors are `{\"error\": message, \"status\": code}`: 404 for "
                              "an unknown entity, document or outlet, 422 for a parameter "
                              "that breaks its declared type.",
                  version="0.1.0")
    app.add_middleware(HeadAsGet)
    if Settings.load().page_cache:
        app.add_middleware(Kept, version=store.version)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["highlight"] = _highlight
    templates.env.filters["quoted"] = quoted
    templates.env.globals["page_url"] = page_url
    templates.env.globals["relation_types"] = RELATION_TYPES
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def known(name: str) -> str:
        """An entity as asked for in a URL: its id, a retired id, a name or an alias; or a
        name written as a slug (``sergey-lavrov`` for "Sergey Lavrov", whose id may come
        from another spelling). Unknown names are passed on, for query.py to refuse."""
        if store.find_entity(name) is None and "-" in name:
            found = store.find_entity(name.replace("-", " "))
            if found is not None:
                return found["id"]
        return name

    def render(request: Request, template: str, data, title: str):
        if _wants_json(request):
            return JSONResponse(_plain(data))
        return templates.TemplateResponse(request, template, {"data": data, "title": title})

    def page(path: str, model, json_path: Optional[str] = None, found: bool = False, **kwargs):
        """Register one handler for the HTML page and its .json twin. The JSON route
        publishes ``model`` and the errors it can answer with (``found``: 404 too)."""
        def register(fn: Callable):
            has_parameters = len(inspect.signature(fn).parameters) > 1  # besides request
            errors = {**api.BAD_REQUEST, **(api.NOT_FOUND if found else {}),
                      **(api.INVALID if has_parameters else {})}
            app.get(json_path or path + ".json", response_class=JSONResponse, response_model=model,
                    responses=errors, operation_id=fn.__name__, **kwargs)(fn)
            app.get(path, response_class=HTMLResponse, include_in_schema=False)(fn)
            return fn
        return register

    @page("/", api.Overview, json_path="/index.json", summary="Overview of the corpus")
    def overview(request: Request):
        return render(request, "index.html", recent.get("overview", lambda: query.overview(store)),
                      "Overview")

    @page("/entities", api.Entities, summary="Entities, most documents first")
    def entities(request: Request,
                 type: api.EntityType = Query("", description="only this type; empty for any"),
                 limit: int = api.limit(200, 2000), offset: int = api.offset()):
        label = _label(type)
        rows = query.entities(store, label=label, limit=limit, offset=offset)
        data = {"type": label, "entities": rows,
                "page": _page(limit, offset, len(rows), store.entity_count(label))}
        return render(request, "entities.html", data, "Entities")

    @page("/entities/{entity_id}", api.EntityPage, found=True, summary="An entity's profile")
    def entity(request: Request,
               entity_id: str = api.ident("an id, a retired id, a name or an alias"),
               limit: int = api.limit(50, 500), offset: int = api.offset(),
               all: bool = Query(False, description="every quote, not only those shown by default")):
        profile = query.entity(store, known(entity_id), limit=limit, offset=offset, everything=all)
        ids = sorted({r[k] for r in profile.relations
                      for k in ("source_entity", "target_entity") if r[k]})
        names = store.names(ids)
        longest = max(profile.totals.values()) if profile.totals else 0
        data = {"entity": profile, "names": names,
                "framing": query.framing(store, profile.id, descriptors=FRAMING_DESCRIPTORS),
                "timeline": query.timeline(store, profile.id, limit=100, everything=all),
                "page": _page(limit, offset, limit, longest), "all": all}
        data["relation_threshold"] = Settings.load().relation_threshold
        data["relation_groups"] = query.relation_summary(store, profile.id, counterparts=50)
        data["shifts"] = query.shifts(store, profile.id, latest=PAGE_CLAIMS)[:50]
        data["disputes"] = query.disputes(store, profile.id, latest=PAGE_CLAIMS)[:50]
        return render(request, "entity.html", data, profile.name)

    @page("/entities/{entity_id}/framing", Union[api.Framing, api.FramingUses], found=True,
          summary="How outlets and speakers describe an entity (with term: every use of it)")
    def framing(request: Request,
                entity_id: str = api.ident("an id, a retired id, a name or an alias"),
                outlet: str = Query("", description="one outlet's terms, by quarter too" + FILTER),
                term: str = Query("", description="every use of this term" + FILTER),
                speaker: str = Query("", description="with term: that speaker's uses" + FILTER),
                limit: int = api.limit(10, 500, "terms per group, or uses of a term"),
                offset: int = api.offset(),
                evidence: int = Query(2, ge=0, le=50, description="example uses per term")):
        name = known(entity_id)
        if term:
            uses = query.framing_uses(store, name, term, outlet=outlet or None,
                                      speaker=speaker or None, limit=limit, offset=offset)
            return render(request, "framing.html", uses, f"{uses['name']}: {term}")
        result = query.framing(store, name, limit=limit, offset=offset, evidence=evidence,
                               outlet=outlet or None)
        return render(request, "framing.html", result, f"How {result.name} is described")

    @page("/documents", api.Documents, summary="Documents, newest first")
    def documents(request: Request, limit: int = api.limit(100, 1000), offset: int = api.offset(),
                  lang: str = Query("", description="only documents in this language "
                                    "(ISO 639-1: en, fr)" + FILTER)):
        lang = lang or None
        rows = store.documents(limit=limit + 1, offset=offset, lang=lang)
        data = {"documents": rows[:limit], "limit": limit, "offset": offset,
                "more": len(rows) > limit, "lang": lang,
                "page": _page(limit, offset, len(rows[:limit]), store.document_count(lang))}
        return render(request, "documents.html", data, "Documents")

    @page("/documents/{doc_id}", api.Document, found=True, summary="A document with its facts")
    def document(request: Request, doc_id: str = api.ident("the document's id")):
        doc = query.document(store, doc_id)
        if _wants_json(request):
            return render(request, "", doc, doc_id)
        parts = segments(doc["text"], doc["entities"], doc["quotes"], doc["timexes"])
        return render(request, "document.html", {"doc": doc, "segments": parts},
                      doc["title"] or doc_id)

    @page("/quotes", api.Quotes, summary="Quotes by speaker, filtered")
    def quotes(request: Request,
               speaker: str = Query("", description="a speaker's id, name or alias, or the "
                                    "speaker as written" + FILTER),
               source: str = Query("", description="one outlet" + FILTER),
               date_from: From = "", date_to: To = "",
               q: str = Query("", description="words the quote contains" + FILTER),
               lang: str = Query("", description="only documents in this language "
                                 "(ISO 639-1: en, fr)" + FILTER),
               limit: int = api.limit(100, 5000), offset: int = api.offset(),
               since: Since = "", until: Until = "",
               all: bool = Query(False, description="every quote, not only speech and "
                                 "stated positions above the confidence setting")):
        since, until = _range(date_from, date_to, since, until)
        speaker, source, q, lang = speaker or None, source or None, q or None, lang or None
        groups = query.quotes(store, speaker=speaker, source=source, since=since, until=until,
                              contains=q, limit=limit + 1, offset=offset, everything=all,
                              lang=lang)
        shown = sum(len(g.quotes) for g in groups)
        if shown > limit:  # one more than asked for: say the list is cut, drop the extra
            last = max(((g, q) for g in groups for q in g.quotes),
                       key=lambda gq: (gq[1].date or "", gq[1].doc_id, gq[1].content_start))
            last[0].quotes.remove(last[1])
            groups = [g for g in groups if g.quotes]
        outlets = [o["source"] for o in store.stats()["outlets"] if o["source"]]
        # A total only where an index counts it: a text filter would read every quote.
        total = (query.quote_count(store, speaker=speaker, everything=all)
                 if not (q or source or since or until or lang) else None)
        data = {"groups": groups, "outlets": outlets, "limit": limit, "truncated": shown > limit,
                "filters": {"speaker": speaker, "source": source, "from": since,
                            "to": until, "q": q, "all": all, "lang": lang},
                "page": _page(limit, offset, min(shown, limit), total, more=shown > limit)}
        return render(request, "quotes.html", data, "Quotes")

    @page("/relations", api.Relations, found=True, summary="Who did what to whom, filtered")
    def relations(request: Request,
                  type: api.RelationType = Query("", description="only this PLOVER type"
                                                 + FILTER),
                  entity: str = Query("", description="an entity on either side (id, name "
                                      "or alias)" + FILTER),
                  source: str = Query("", description="the entity that acts" + FILTER),
                  target: str = Query("", description="the entity acted on" + FILTER),
                  date_from: From = "", date_to: To = "",
                  lang: str = Query("", description="only documents in this language "
                                    "(ISO 639-1: en, fr)" + FILTER),
                  limit: int = api.limit(100, 2000), offset: int = api.offset(),
                  since: Since = "", until: Until = "",
                  all: bool = Query(False, description="every relation, not only those at "
                                    "or above the relation threshold")):
        since, until = _range(date_from, date_to, since, until)
        kind, lang = _label(type), lang or None
        entity, source, target = (known(x) if x else None for x in (entity, source, target))
        rows = query.relations(store, type=kind, entity=entity, source=source, target=target,
                               since=since, until=until, min_confidence=0.0 if all else None,
                               lang=lang, limit=limit + 1, offset=offset)
        data = {"relations": rows[:limit], "threshold": Settings.load().relation_threshold,
                "filters": {"type": kind, "entity": entity, "source": source,
                            "target": target, "from": since, "to": until, "lang": lang,
                            "all": all},
                "page": _page(limit, offset, len(rows[:limit]), more=len(rows) > limit)}
        return render(request, "relations.html", data, "Relations")

    @page("/timeline", api.Timeline, found=True,
          summary="Dated quotes, relations and events in order")
    def timeline(request: Request,
                 entity: str = Query("", description="one entity's (id, name or alias)" + FILTER),
                 date_from: From = "", date_to: To = "",
                 limit: int = api.limit(100, 2000), offset: int = api.offset(),
                 since: Since = "", until: Until = "",
                 lang: str = Query("", description="only documents in this language "
                                   "(ISO 639-1: en, fr)" + FILTER)):
        since, until = _range(date_from, date_to, since, until)
        entity, lang = entity or None, lang or None
        items = query.timeline(store, known(entity) if entity else None, since=since,
                               until=until, limit=limit + 1, offset=offset, lang=lang)
        data = {"items": items[:limit],
                "filters": {"entity": entity, "from": since, "to": until, "lang": lang},
                "page": _page(limit, offset, len(items[:limit]), more=len(items) > limit)}
        return render(request, "timeline.html", data, "Timeline")

    @page("/graph", api.Graph, summary="Entities and their relations as a network")
    def graph(request: Request,
              type: api.EntityType = Query("", description="only this type; empty for any"),
              relation: api.RelationType = Query(
                  "", description="only the links of this relation type (no co-occurrence "
                                  "links) and the entities they join; empty for all"),
              date_from: From = "", date_to: To = "",
              limit: int = api.limit(80, 500, "most entities drawn"),
              period: api.Period = Query("month", description="relation counts per month "
                                                                "or per quarter"),
              since: Since = "", until: Until = ""):
        since, until = _range(date_from, date_to, since, until)
        label, kind, period = _label(type), _label(relation), api.Period(period).value
        full = recent.get(("graph", label, since, until, period),
                          lambda: query.graph(store, label=label, since=since, until=until,
                                              period=period))
        if kind:
            edges = [e for e in full["edges"] if e["kind"] == kind]
            joined = {e[k] for e in edges for k in ("source", "target")}
            full = {"nodes": [n for n in full["nodes"] if n["id"] in joined], "edges": edges}
        data = _busiest(full, limit)
        data["filters"] = {"type": label, "relation": kind, "from": since, "to": until,
                           "limit": limit, "period": period}
        return render(request, "graph.html", data, "Graph")

    @page("/search", api.Search, summary="Full-text search over articles and quotes")
    def search(request: Request,
               q: str = Query("", description="words to find; without a word, nothing is found"),
               limit: int = api.limit(20, 200), offset: int = api.offset()):
        hits = (query.search(store, q, limit=limit + 1, offset=offset) if _WORD.search(q)
                else {"documents": [], "quotes": []})
        more = any(len(v) > limit for v in hits.values())
        hits = {k: v[:limit] for k, v in hits.items()}
        data = {"q": q, **hits,
                "page": _page(limit, offset, max(map(len, hits.values())), more=more)}
        return render(request, "search.html", data, f"Search: {q}" if q else "Search")

    def error(request: Request, status: int, message: str, headers: Optional[dict] = None):
        if _wants_json(request) or "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": message, "status": status}, status_code=status,
                                headers=headers)
        return templates.TemplateResponse(request, "error.html",
                                          {"status": status, "message": message,
                                           "title": f"Error {status}"}, status_code=status,
                                          headers=headers)

    @app.exception_handler(NotFound)
    def not_found(request: Request, exc: NotFound):
        return error(request, 404, str(exc))

    @app.exception_handler(StorygraphError)
    def bad_request(request: Request, exc: StorygraphError):
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        message = api.validation_message(errors[0]) if errors else "invalid request"
        return error(request, 422, message)

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException):
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # HEAD is answered wherever GET is (HeadAsGet)
            allow = [m.strip() for m in headers.get("Allow", "GET").split(",")]
            if "GET" in allow and "HEAD" not in allow:
                allow.append("HEAD")
            headers["Allow"] = ", ".join(allow)
            message = f"{request.method} is not allowed here (allowed: {headers['Allow']})"
        return error(request, exc.status_code, message, headers or None)

    @app.exception_handler(Exception)
    def crash(request: Request, exc: Exception):
        return error(request, 500, "internal error: the request could not be answered")

    return app


class HeadAsGet:
    """HEAD wherever GET works (RFC 9110): routed as GET, answered without the body."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)
        await self.app({**scope, "method": "GET"}, receive, headers_only)


class Kept:
    """Answers kept by URL while the store's version (one more per write transaction)
    stays the same: a page asked for again costs one counter read, not its queries and
    template. Only whole 200 answers to GET, at most ``most`` bytes each, ``room`` bytes
    in all (least recently asked for dropped first). Off with STORYGRAPH_PAGE_CACHE=0."""

    def __init__(self, app, version: Callable[[], int], most: int = 1 << 20, room: int = 64 << 20):
        self.app, self.version, self.most, self.room = app, version, most, room
        self.items: OrderedDict = OrderedDict()
        self.used = 0

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope["method"] != "GET"
                or scope["path"].startswith("/static/")):
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""))
        version = await to_thread.run_sync(self.version)
        hit = self.items.get(key)
        if hit is not None and hit[0] == version:
            self.items.move_to_end(key)
            await send({"type": "http.response.start", "status": 200, "headers": hit[1]})
            await send({"type": "http.response.body", "body": hit[2]})
            return
        start, parts = None, []

        async def keep(message):
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
            await send(message)
        await self.app(scope, receive, keep)
        body = b"".join(parts)
        if start is None or start["status"] != 200 or len(body) > self.most:
            return
        old = self.items.pop(key, None)
        if old is not None:
            self.used -= len(old[2])
        self.items[key] = (version, list(start.get("headers", [])), body)
        self.used += len(body)
        while self.used > self.room and self.items:
            self.used -= len(self.items.popitem(last=False)[1][2])
