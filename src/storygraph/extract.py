"""A processed spaCy ``Doc`` -> the contract's ``Extraction`` record (pure data)."""
from __future__ import annotations

from typing import Optional

from .types import ENTITY_LABELS, Document, Entity, Extraction


def _mentions(doc) -> tuple[Entity, ...]:
    mentions = doc._.mentions
    if mentions is None:  # the entities component is not in the pipeline
        mentions = [Entity(e.start_char, e.end_char, e.text, e.label_, None)
                    for e in doc.ents]
    return tuple(m for m in mentions if m.label in ENTITY_LABELS)


def extraction(doc, document: Optional[Document] = None) -> Extraction:
    """The record for one processed Doc; ``document`` supplies id and metadata."""
    from .nlp.extensions import text_of   # (Doc.text joins every token again)

    text = text_of(doc)
    d = document or Document(id="", text=text)
    return Extraction(
        id=d.id, text=text, published=d.published, source=d.source, title=d.title,
        url=d.url, published_from=d.published_from, lang=d.lang,
        entities=_mentions(doc),
        quotes=tuple(doc._.quotes or ()),
        timexes=tuple(doc._.timexes or ()),
        relations=tuple(doc._.relations or ()),
        descriptors=tuple(doc._.descriptors or ()),
    )
