"""storygraph: news articles in, an evidence-linked story graph out.

The Python API::

    import storygraph
    records = storygraph.extract(["Sergey Lavrov said on Monday ..."])   # list[Extraction]
    store = storygraph.Store("story.db")
"""
from .errors import InputError, ModelError, StoreError, StorygraphError
from .types import (Descriptor, Document, Entity, Extraction, Quote, Relation, Skipped,
                    Span, Timex)
# The submodule storygraph.extract is imported before the function below takes its name
# (importing it later would bind the module to storygraph.extract).
from . import extract as _extract_module  # noqa: F401,E402


def extract(texts, nlp=None, workers: int = 1, resolve: bool = True):
    """The Python API: texts or Documents in, contract records out (ids resolved).
    The pipeline (and spaCy) is imported on the first call, so that commands that only
    read a store (shifts, disputes) start without it."""
    from .pipeline import extract as run
    return run(texts, nlp=nlp, workers=workers, resolve=resolve)


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
