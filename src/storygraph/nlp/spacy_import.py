"""spaCy imported without its command line, its registries' entry points read by group.

``import spacy`` imports ``spacy.cli`` for one name, ``spacy.info``, and with it every
command's module and their libraries (typer, weasel, requests, httpx): 0.15 s of a
0.5 s import and 360 of 1,080 modules, in every process that only runs a pipeline.
spaCy's own fix, a lazy ``spacy.info`` (explosion/spaCy#12962), was reverted for
breaking ``spacy.cli`` as an attribute; #13721, which redoes it, is not merged.

``import_spacy`` imports spaCy with ``spacy.cli`` and ``spacy.cli.info`` standing in
for the real ones while spaCy's ``__init__`` runs, then takes them away: ``spacy.info``
imports the real command on its first call, and ``import spacy.cli`` (training, a user's
script) or ``spacy.cli`` read as an attribute imports the real package as it would have.

spaCy's registries (``catalogue``) keep every installed package's entry points as one
collection and filter it by group at each lookup: some 250 lookups as a pipeline loads,
0.045 s of its 0.41 s. ``import_spacy`` hands catalogue the same entry points grouped
once, as a dict, the form catalogue reads from older ``importlib_metadata``.
"""
from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path


def _info(*args, **kwargs):
    from spacy.cli.info import info
    return info(*args, **kwargs)


def import_spacy():
    """The ``spacy`` module, imported without ``spacy.cli`` where nothing imported spaCy
    before; where spaCy's layout is not the one this relies on, as spaCy imports itself."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    spacy = _without_cli()
    _entry_points_by_group()
    return spacy


def _without_cli():
    spec = importlib.util.find_spec("spacy")
    places = list(spec.submodule_search_locations or []) if spec else []
    if not places or not (Path(places[0]) / "cli" / "info.py").is_file():
        import spacy
        return spacy
    package = types.ModuleType("spacy.cli")
    package.__path__ = [str(Path(places[0]) / "cli")]
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    info.__doc__ = "Stands in for spacy.cli.info while spaCy imports (storygraph)."
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:
        # (a spaCy whose __init__ wants more of its command line: the modules it did
        # import stay, and it imports again below with the real one)
        spacy = None
    finally:
        _take_away(stand_ins)   # (whatever spaCy's import raised)
    if spacy is None:
        import spacy
        return spacy
    if "__getattr__" not in vars(spacy):
        spacy.__getattr__ = _cli_on_first_use
    return spacy


def _cli_on_first_use(name: str):
    """``spacy.cli`` read as an attribute (``spacy.cli.download(...)`` with no import of
    its own, as spaCy's import made it work): the real package, imported then (the
    module ``__getattr__`` of PEP 562, as explosion/spaCy#13721 does)."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def _take_away(stand_ins: dict) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
    spacy = sys.modules.get("spacy")
    if spacy is not None and spacy.__dict__.get("cli") is stand_ins["spacy.cli"]:
        del spacy.cli


def _entry_points_by_group() -> None:
    """catalogue's entry points as a dict by group, where they are one collection that
    catalogue filters at each lookup (``select``); anything else is left as it is."""
    try:
        import catalogue
    except ImportError:
        return
    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    groups = getattr(found, "groups", None)
    if not hasattr(found, "select") or not isinstance(groups, (set, frozenset)):
        return
    catalogue.AVAILABLE_ENTRY_POINTS = {group: found.select(group=group) for group in groups}
