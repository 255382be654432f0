"""storygraph: news articles in, an evidence-linked story graph out.

The Python API::

    import storygraph
    records = storygraph.extract(["Sergey Lavrov said on Monday ..."])   # list[Extraction]
    store = storygraph.Store("story.db")
"""
from .errors import InputError, ModelError, StoreError, StorygraphError
from .pipeline import extract
from .types import (Descriptor, Document, Entity, Extraction, Quote, Relation, Skipped,
                    Span, Timex)


def __getattr__(name):
    # The store pulls in SQLAlchemy: only when asked for.
    if name == "Store":
        from .store import Store
        return Store
    raise AttributeError(name)


__all__ = ["extract", "Store", "Document", "Extraction", "Entity", "Quote", "Timex",
           "Relation", "Descriptor", "Span", "Skipped", "StorygraphError", "InputError",
           "ModelError", "StoreError"]
__version__ = "0.1.0"
