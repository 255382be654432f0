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
