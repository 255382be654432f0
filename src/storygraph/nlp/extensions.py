"""The ``Doc._`` attributes storygraph's components read and write.

``published`` is set on the Doc before the pipeline runs (ISO date or None, the anchor
for relative dates); each component fills its own list with records from ``types.py``.
"""
from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = {
    "published": None,   # str | None, set by the caller before processing
    "mentions": None,    # list[types.Entity] with document-local entity ids
    "timexes": None,     # list[types.Timex]
    "quotes": None,      # list[types.Quote]
    "relations": None,   # list[types.Relation]
    "descriptors": None, # list[types.Descriptor]
}


def register() -> None:
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()

#: Where ``text_of`` keeps a Doc's text.
_TEXT = "storygraph.text"


def text_of(doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text again on each
    access, and components read it once per candidate (a quarter of their time once)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def keep_text(doc, text: str):
    """The Doc, with ``text`` (the text it was made from) kept for ``text_of``."""
    doc.user_data[_TEXT] = text
    return doc
