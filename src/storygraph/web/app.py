"""Routes: each page is a Jinja2 template over a query.py answer, and the same answer
as JSON at the same path plus ``.json``. Read-only; errors never show a stack trace."""
from __future__ import annotations

import re
import threading
import time
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from .. import query
from ..errors import StorygraphError
from ..query import HIT_END, HIT_START, NotFound
from ..render import quoted
from ..store import Store
from .highlight import segments

HERE = Path(__file__).parent
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
          "WORK_OF_ART", "LANGUAGE")


#: The framing an entity page shows is read from this many of its latest descriptors.
FRAMING_DESCRIPTORS = 200


class BadParameter(StorygraphError):
    """A query parameter the app cannot use (answered with 400)."""


def _date(name: str, value: Optional[str]) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        if not _DATE.match(value):
            raise ValueError
        date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        raise BadParameter(f"{name} must be a date like 2023-06-26 (got {value!r})") from None
    return value


def _range(date_from, date_to, since, until) -> tuple[Optional[str], Optional[str]]:
    """``from``/``to`` (or their older names ``since``/``until``), checked as dates."""
    start = _date("from", date_from) if date_from not in (None, "") else _date("since", since)
    end = _date("to", date_to) if date_to not in (None, "") else _date("until", until)
    if start and end and start[:len(end)] > end:
        raise BadParameter(f"from ({start}) is after to ({end})")
    return start, end


FROM = Query(None, alias="from", description="earliest date, YYYY, YYYY-MM or YYYY-MM-DD")
TO = Query(None, alias="to", description="latest date, YYYY, YYYY-MM or YYYY-MM-DD")
SINCE = Query(None, include_in_schema=False)
UNTIL = Query(None, include_in_schema=False)


def _label(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    if value.upper() not in LABELS:
        raise BadParameter(f"type must be one of {', '.join(LABELS)} (got {value!r})")
    return value.upper()


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
                              "Every page is also JSON at the same path plus `.json`.",
                  version="0.1.0")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["highlight"] = _highlight
    templates.env.filters["quoted"] = quoted
    templates.env.globals["page_url"] = page_url
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

    def page(path: str, json_path: Optional[str] = None, **kwargs):
        """Register one handler for the HTML page and its .json twin."""
        def register(fn: Callable):
            app.get(json_path or path + ".json", response_class=JSONResponse, **kwargs)(fn)
            app.get(path, response_class=HTMLResponse, include_in_schema=False)(fn)
            return fn
        return register

    @page("/", json_path="/index.json", summary="Overview of the corpus")
    def overview(request: Request):
        return render(request, "index.html", recent.get("overview", lambda: query.overview(store)),
                      "Overview")

    @page("/entities", summary="Entities, most documents first")
    def entities(request: Request, type: Optional[str] = None, limit: int = 200,
                 offset: int = Query(0, ge=0)):
        limit = max(1, min(limit, 2000))
        rows = query.entities(store, label=_label(type), limit=limit, offset=offset)
        data = {"type": _label(type), "entities": rows,
                "page": _page(limit, offset, len(rows), store.entity_count(_label(type)))}
        return render(request, "entities.html", data, "Entities")

    @page("/entities/{entity_id}", summary="An entity's profile")
    def entity(request: Request, entity_id: str, limit: int = Query(50, ge=1, le=500),
               offset: int = Query(0, ge=0),
               all: bool = Query(False, description="every quote, not only those shown by default")):
        profile = query.entity(store, known(entity_id), limit=limit, offset=offset, everything=all)
        ids = sorted({r[k] for r in profile.relations
                      for k in ("source_entity", "target_entity") if r[k]})
        names = {k: v["name"] for k, v in store.entities_by_id(ids).items()}
        longest = max(profile.totals.values()) if profile.totals else 0
        data = {"entity": profile, "names": names,
                "framing": query.framing(store, profile.id, descriptors=FRAMING_DESCRIPTORS),
                "timeline": query.timeline(store, profile.id, limit=100, everything=all),
                "page": _page(limit, offset, limit, longest), "all": all}
        from ..settings import Settings
        data["relation_threshold"] = Settings.load().relation_threshold
        data["relation_groups"] = query.relation_summary(store, profile.id)
        return render(request, "entity.html", data, profile.name)

    @page("/entities/{entity_id}/framing", summary="How outlets and speakers describe an entity")
    def framing(request: Request, entity_id: str, outlet: Optional[str] = None,
                term: Optional[str] = None, speaker: Optional[str] = None,
                limit: int = Query(10, ge=1, le=500, description="terms per group, or uses of a term"),
                offset: int = Query(0, ge=0), evidence: int = Query(2, ge=0, le=50)):
        name = known(entity_id)
        if term:
            uses = query.framing_uses(store, name, term, outlet=outlet or None,
                                      speaker=speaker or None, limit=limit, offset=offset)
            return render(request, "framing.html", uses, f"{uses['name']}: {term}")
        result = query.framing(store, name, limit=limit, offset=offset, evidence=evidence,
                               outlet=outlet or None)
        return render(request, "framing.html", result, f"How {result.name} is described")

    @page("/documents", summary="Documents, newest first")
    def documents(request: Request, limit: int = Query(100, ge=1, le=1000),
                  offset: int = Query(0, ge=0)):
        rows = store.documents(limit=limit + 1, offset=offset)
        data = {"documents": rows[:limit], "limit": limit, "offset": offset,
                "more": len(rows) > limit,
                "page": _page(limit, offset, len(rows[:limit]), store.count("documents"))}
        return render(request, "documents.html", data, "Documents")

    @page("/documents/{doc_id}", summary="A document with its facts")
    def document(request: Request, doc_id: str):
        doc = query.document(store, doc_id)
        if _wants_json(request):
            return render(request, "", doc, doc_id)
        parts = segments(doc["text"], doc["entities"], doc["quotes"], doc["timexes"])
        return render(request, "document.html", {"doc": doc, "segments": parts},
                      doc["title"] or doc_id)

    @page("/quotes", summary="Quotes by speaker, filtered")
    def quotes(request: Request, speaker: Optional[str] = None, source: Optional[str] = None,
               date_from: Optional[str] = FROM, date_to: Optional[str] = TO,
               q: Optional[str] = None, limit: int = Query(100, ge=1, le=5000),
               offset: int = Query(0, ge=0),
               since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
               all: bool = Query(False, description="every quote, not only speech and "
                                 "stated positions above the confidence setting")):
        since, until = _range(date_from, date_to, since, until)
        groups = query.quotes(store, speaker=speaker or None, source=source or None,
                              since=since, until=until, contains=q or None, limit=limit + 1,
                              offset=offset, everything=all)
        shown = sum(len(g.quotes) for g in groups)
        if shown > limit:  # one more than asked for: say the list is cut, drop the extra
            last = max(((g, q) for g in groups for q in g.quotes),
                       key=lambda gq: (gq[1].date or "", gq[1].doc_id, gq[1].content_start))
            last[0].quotes.remove(last[1])
            groups = [g for g in groups if g.quotes]
        outlets = [o["source"] for o in store.stats()["outlets"] if o["source"]]
        # A total only where an index counts it: a text filter would read every quote.
        total = (query.quote_count(store, speaker=speaker or None, everything=all)
                 if not (q or source or since or until) else None)
        data = {"groups": groups, "outlets": outlets, "limit": limit, "truncated": shown > limit,
                "filters": {"speaker": speaker, "source": source, "from": since,
                            "to": until, "q": q, "all": all},
                "page": _page(limit, offset, min(shown, limit), total, more=shown > limit)}
        return render(request, "quotes.html", data, "Quotes")

    @page("/timeline", summary="Dated quotes, relations and events in order")
    def timeline(request: Request, entity: Optional[str] = None,
                 date_from: Optional[str] = FROM, date_to: Optional[str] = TO,
                 limit: int = Query(100, ge=1, le=2000), offset: int = Query(0, ge=0),
                 since: Optional[str] = SINCE, until: Optional[str] = UNTIL):
        since, until = _range(date_from, date_to, since, until)
        items = query.timeline(store, known(entity) if entity else None, since=since,
                               until=until, limit=limit + 1, offset=offset)
        data = {"items": items[:limit], "filters": {"entity": entity, "from": since, "to": until},
                "page": _page(limit, offset, len(items[:limit]), more=len(items) > limit)}
        return render(request, "timeline.html", data, "Timeline")

    @page("/graph", summary="Entities and their relations as a network")
    def graph(request: Request, type: Optional[str] = None,
              date_from: Optional[str] = FROM, date_to: Optional[str] = TO,
              limit: int = Query(80, ge=1, le=500, description="most entities drawn"),
              since: Optional[str] = SINCE, until: Optional[str] = UNTIL):
        since, until = _range(date_from, date_to, since, until)
        label = _label(type)
        full = recent.get(("graph", label, since, until),
                          lambda: query.graph(store, label=label, since=since, until=until))
        data = _busiest(full, limit)
        data["filters"] = {"type": label, "from": since, "to": until, "limit": limit}
        return render(request, "graph.html", data, "Graph")

    @page("/search", summary="Full-text search over articles and quotes")
    def search(request: Request, q: str = "", limit: int = Query(20, ge=1, le=200),
               offset: int = Query(0, ge=0)):
        hits = (query.search(store, q, limit=limit + 1, offset=offset) if q.strip()
                else {"documents": [], "quotes": []})
        more = any(len(v) > limit for v in hits.values())
        hits = {k: v[:limit] for k, v in hits.items()}
        data = {"q": q, **hits,
                "page": _page(limit, offset, max(map(len, hits.values())), more=more)}
        return render(request, "search.html", data, f"Search: {q}" if q else "Search")

    def error(request: Request, status: int, message: str):
        if _wants_json(request) or "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return templates.TemplateResponse(request, "error.html",
                                          {"status": status, "message": message,
                                           "title": f"Error {status}"}, status_code=status)

    @app.exception_handler(NotFound)
    def not_found(request: Request, exc: NotFound):
        return error(request, 404, str(exc))

    @app.exception_handler(StorygraphError)
    def bad_request(request: Request, exc: StorygraphError):
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        return error(request, 400, f"bad parameter {where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException):
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return error(request, exc.status_code, message)

    @app.exception_handler(Exception)
    def crash(request: Request, exc: Exception):
        return error(request, 500, "internal error: the request could not be answered")

    return app
