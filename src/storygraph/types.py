"""The records storygraph passes between stages: frozen, plain data, no spaCy objects.

Offsets are Python ``str`` indices into the document text, ``end`` exclusive, and
``text[start:end] == span.text`` always holds (CONTRACT.md).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional, Sequence

#: The contract's entity labels (OntoNotes names).
ENTITY_LABELS = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
    "WORK_OF_ART", "LANGUAGE",
)
QUOTE_KINDS = ("direct", "indirect", "mixed")
#: What a quote attributes: words said or written, a stated position or belief of a
#: named source, or a report that names no source ("is believed", "it is understood").
ATTRIBUTIONS = ("speech", "position", "unsourced")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
#: PLOVER event types (DESIGN.md).
RELATION_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


#: Per part of an Extraction, the fields that hold entity ids: what resolving ids across
#: documents rewrites (resolve.relabel) and what a record's JSON line is searched for
#: (pipeline._names_merged).
ENTITY_ID_FIELDS = {"entities": ("entity",), "quotes": ("speaker_entity",),
                    "relations": ("source_entity", "target_entity", "reporter_entity"),
                    "descriptors": ("entity", "speaker_entity")}
#: What is shown in place of a quote's aside (``said_words``).
ELLIPSIS = " … "
_MARKS = "\"“”‘’'"


def said_words(content: str, start: int, asides: Sequence[tuple[int, int]]) -> str:
    """``content`` (which begins at ``start`` in its text) with each aside left out and an
    ellipsis in its place: the words the source said. Where every piece left is a whole
    quotation, their marks go too (``"A," he said. "B."`` -> ``"A … B."``), so that the
    words read as one quotation."""
    cuts = sorted((a - start, b - start) for a, b in asides)
    if not cuts or cuts[0][0] < 0 or cuts[-1][1] > len(content):
        return content
    bounds = [0] + [x for cut in cuts for x in cut] + [len(content)]
    pieces = [content[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    pieces = [p for p in pieces if p]
    if all(len(p) > 1 and p[0] in _MARKS and p[-1] in _MARKS for p in pieces):
        inner = [p[1:-1].strip().rstrip(",").strip() for p in pieces]
        return '"' + ELLIPSIS.join(inner).strip() + '"'
    return ELLIPSIS.join(pieces)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: Optional[dict]) -> Optional["Span"]:
        return None if d is None else cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True)
class Document:
    """One input article. ``origin`` says where it came from ("file.jsonl:12")."""

    id: str
    text: str
    published: Optional[str] = None
    source: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    origin: Optional[str] = None
    #: How ``published`` was found: "input", "dateline", "html", "feed" or None.
    published_from: Optional[str] = None
    #: The article's language (ISO 639-1, "en"), where its source says.
    lang: Optional[str] = None


@dataclass(frozen=True)
class Entity:
    """A mention of a named entity; ``entity`` is its corpus-wide id."""

    start: int
    end: int
    text: str
    label: str
    entity: Optional[str] = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "label": self.label, "entity": self.entity}


@dataclass(frozen=True)
class Quote:
    content: Span
    speaker: Optional[Span] = None
    speaker_entity: Optional[str] = None
    cue: Optional[Span] = None
    kind: str = "direct"
    addressee: Optional[Span] = None
    #: When it was said: the governing time expression's value, else ``published``.
    date: Optional[str] = None
    #: "timex" or "published": which of the two gave ``date``.
    date_from: Optional[str] = None
    #: One of ``ATTRIBUTIONS``, or None where the stage does not say.
    attribution: Optional[str] = None
    #: How sure the stage is that this is an attribution as given (0..1), or None.
    confidence: Optional[float] = None
    #: The writer's clauses inside ``content`` between two of its quotations (``"A," she
    #: said. "B."``): not what was said (nlp/asides.py).
    asides: tuple[Span, ...] = ()

    @property
    def said(self) -> str:
        """The words said: ``content`` without its asides."""
        return said_words(self.content.text, self.content.start,
                          [(a.start, a.end) for a in self.asides])

    def to_dict(self) -> dict:
        return {
            "content": self.content.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_entity": self.speaker_entity,
            "cue": self.cue.to_dict() if self.cue else None,
            "kind": self.kind,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "date": self.date,
            "date_from": self.date_from,
            "attribution": self.attribution,
            "confidence": self.confidence,
            "asides": [a.to_dict() for a in self.asides],
        }


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: Optional[str] = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@dataclass(frozen=True)
class Relation:
    type: str
    evidence: Span
    source_entity: Optional[str] = None
    target_entity: Optional[str] = None
    content: Optional[Span] = None
    negated: bool = False
    reporter_entity: Optional[str] = None
    source: Optional[Span] = None
    target: Optional[Span] = None
    date: Optional[str] = None
    date_from: Optional[str] = None
    #: How sure the stage is of this relation (0..1), or None.
    confidence: Optional[float] = None

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "source_entity": self.source_entity,
            "target_entity": self.target_entity,
            "content": self.content.to_dict() if self.content else None,
            "evidence": self.evidence.to_dict(),
            "negated": self.negated,
            "reporter_entity": self.reporter_entity,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date,
            "date_from": self.date_from,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Descriptor:
    """A word or phrase a text uses for an entity ("mercenary group", "instructors").

    ``kind`` says how it attaches: "apposition", "modifier", "predicate" or "title";
    ``speaker_entity`` is set when the wording is inside a quote (whose words they are).
    """

    entity: Optional[str]
    span: Span
    evidence: Span
    kind: str
    speaker_entity: Optional[str] = None
    #: The lemmatised term that groups variants ("nominee" for "presumptive nominee"),
    #: or None where the stage does not say (then the span's words are the term).
    term: Optional[str] = None

    def to_dict(self) -> dict:
        return {"entity": self.entity, "span": self.span.to_dict(),
                "evidence": self.evidence.to_dict(), "kind": self.kind,
                "speaker_entity": self.speaker_entity, "term": self.term}


@dataclass(frozen=True)
class Extraction:
    """The contract-v1 record for one document."""

    id: str
    text: str
    published: Optional[str] = None
    source: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    relations: tuple[Relation, ...] = ()
    descriptors: tuple[Descriptor, ...] = ()
    #: How ``published`` was found: "input", "dateline", "html", "feed" or None.
    published_from: Optional[str] = None
    #: The article's language (ISO 639-1), where its source says; written only when known.
    lang: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        extra = {"lang": self.lang} if self.lang else {}
        return {
            "id": self.id,
            "text": self.text,
            "published": self.published,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "timexes": [t.to_dict() for t in self.timexes],
            "relations": [r.to_dict() for r in self.relations],
            "descriptors": [d.to_dict() for d in self.descriptors],
            **extra,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Extraction":
        def rel(r: dict) -> Relation:
            return Relation(
                type=r["type"], evidence=Span.from_dict(r["evidence"]),
                source_entity=r.get("source_entity"), target_entity=r.get("target_entity"),
                content=Span.from_dict(r.get("content")), negated=bool(r.get("negated")),
                reporter_entity=r.get("reporter_entity"),
                source=Span.from_dict(r.get("source")), target=Span.from_dict(r.get("target")),
                date=r.get("date"), date_from=r.get("date_from"),
                confidence=r.get("confidence"))

        return cls(
            id=d["id"], text=d["text"], published=d.get("published"),
            source=d.get("source"), title=d.get("title"), url=d.get("url"),
            lang=d.get("lang"),
            entities=tuple(Entity(e["start"], e["end"], e["text"], e["label"], e.get("entity"))
                           for e in d.get("entities") or ()),
            quotes=tuple(Quote(content=Span.from_dict(q["content"]),
                               speaker=Span.from_dict(q.get("speaker")),
                               speaker_entity=q.get("speaker_entity"),
                               cue=Span.from_dict(q.get("cue")), kind=q.get("kind", "direct"),
                               addressee=Span.from_dict(q.get("addressee")),
                               date=q.get("date"), date_from=q.get("date_from"),
                               attribution=q.get("attribution"),
                               confidence=q.get("confidence"),
                               asides=tuple(Span.from_dict(a) for a in q.get("asides") or ()))
                         for q in d.get("quotes") or ()),
            timexes=tuple(Timex(t["start"], t["end"], t["text"], t["type"], t.get("value"))
                          for t in d.get("timexes") or ()),
            relations=tuple(rel(r) for r in d.get("relations") or ()),
            descriptors=tuple(Descriptor(x.get("entity"), Span.from_dict(x["span"]),
                                         Span.from_dict(x["evidence"]), x["kind"],
                                         x.get("speaker_entity"), x.get("term"))
                              for x in d.get("descriptors") or ()),
        )


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why: "file.jsonl:7: invalid JSON (...)"."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Claim:
    """What one quote asserts, as its source's own statement (``claims.find_claims``).

    ``quote`` indexes the record's quotes; ``text`` is the asserted sentence and
    ``context`` the passage around it (what "that" or "this work" refer to). ``about``
    and ``topics`` are entity ids named in ``text`` and in ``context`` (speaker left out);
    ``predicate`` the content words said of them. ``stance`` is "affirms", "denies",
    "supports" or "opposes"; ``polarity`` +1 or -1 toward the proposition as worded
    without negation; ``modality`` the modal verb ("will", "would", …) or None.
    """

    quote: int
    speaker_entity: str
    text: Span
    context: Span
    about: tuple[str, ...]
    topics: tuple[str, ...]
    predicate: str
    stance: str
    polarity: int
    modality: Optional[str]
    anaphoric: bool
    confidence: float
    #: "he", "she", "they", "i", "we" when the speaker is named by a pronoun, else None.
    speaker_pronoun: Optional[str] = None
