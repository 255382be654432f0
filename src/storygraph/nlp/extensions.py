"""The ``Doc._`` attributes storygraph's components read and write.

``published`` is set on the Doc before the pipeline runs (ISO date or None, the anchor
for relative dates); each component fills its own list with records from ``types.py``.
"""
from __future__ import annotations

from spacy.attrs import IS_LOWER, ORTH
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

#: Where ``text_of`` and ``lower_words`` keep what they read.
_LOWER = "storygraph.lower_words"
_TEXT = "storygraph.text"


def text_of(doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text again on each
    access, and components read it once per candidate (a quarter of their time once)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def lower_words(doc) -> frozenset:
    """The words the Doc writes in lower case (``Token.is_lower``), read once per Doc
    from its arrays: two stages ask, and a pass making a ``Token`` per word cost more
    than the rest of either."""
    words = doc.user_data.get(_LOWER)
    if words is None:
        rows = doc.to_array([ORTH, IS_LOWER])
        strings = doc.vocab.strings
        words = doc.user_data[_LOWER] = frozenset(
            strings[orth] for orth in set(rows[rows[:, 1] == 1, 0].tolist()))
    return words


def keep_text(doc, text: str):
    """The Doc, with ``text`` (the text it was made from) kept for ``text_of``."""
    doc.user_data[_TEXT] = text
    return doc
