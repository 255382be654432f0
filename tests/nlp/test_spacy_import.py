"""spaCy imported without its command line (nlp/spacy_import.py), each case in a fresh
interpreter: what a process imported before cannot be taken back in this one."""
import json
import subprocess
import sys
import textwrap


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _fake_spacy(folder, init: str, cli_init: str = "") -> str:
    """A spaCy package in ``folder`` with this ``__init__`` (and its command line's), and
    the code that puts it first on the path and loads ``spacy_import`` from its file
    alone as ``module`` (storygraph.nlp itself would import the fake spaCy)."""
    package = folder / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text(init)
    (package / "cli" / "__init__.py").write_text(cli_init)
    (package / "cli" / "info.py").write_text("def info():\n    return 'real info'\n")
    return f"""
        import json, sys
        sys.path.insert(0, {str(folder)!r})
        import importlib.util, storygraph
        spec = importlib.util.spec_from_file_location(
            "spacy_import", storygraph.__path__[0] + "/nlp/spacy_import.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    """


def test_the_pipeline_imports_spacy_without_its_command_line():
    seen = _run("""
        import json, sys
        import storygraph.pipeline
        from storygraph.nlp import load
        nlp = load()
        doc = nlp("Sergey Lavrov said on Monday that Russia would stay.")
        print(json.dumps({"cli": [m for m in ("spacy.cli", "spacy.cli.info", "typer", "weasel",
                                              "requests", "httpx") if m in sys.modules],
                          "has_cli": "cli" in vars(sys.modules["spacy"]),
                          "quotes": len(doc._.quotes)}))
    """)
    assert seen == {"cli": [], "has_cli": False, "quotes": 1}


def test_spacy_cli_is_the_real_one_when_asked_for():
    seen = _run("""
        import json
        import storygraph.nlp
        import spacy
        info = spacy.info()           # the real command, imported on this first call
        import spacy.cli
        from spacy.cli.train import train
        print(json.dumps({"version": info["spacy_version"] == spacy.__version__,
                          "setup_cli": callable(spacy.cli.setup_cli),
                          "info": spacy.cli.info.__module__,
                          "train": train.__module__}))
    """)
    assert seen == {"version": True, "setup_cli": True, "info": "spacy.cli.info",
                    "train": "spacy.cli.train"}


def test_spacy_imported_before_is_left_as_it_is():
    seen = _run("""
        import json, sys
        import spacy
        import storygraph.nlp
        from storygraph.nlp.spacy_import import import_spacy
        print(json.dumps({"same": import_spacy() is spacy,
                          "cli": "spacy.cli" in sys.modules}))
    """)
    assert seen == {"same": True, "cli": True}


def test_a_spacy_that_wants_more_of_its_command_line_imports_it(tmp_path):
    # A spaCy whose __init__ imports a name the stand-in lacks: imported again, for real.
    seen = _run(_fake_spacy(tmp_path, "from .cli.info import info\nfrom .cli import setup_cli\n",
                            "from .info import info\ndef setup_cli():\n    return 'real'\n") + """
        spacy = module.import_spacy()
        print(json.dumps({"setup_cli": spacy.setup_cli(), "info": spacy.info(),
                          "real": sys.modules["spacy.cli"].__file__ is not None}))
    """)
    assert seen == {"setup_cli": "real", "info": "real info", "real": True}


def test_catalogue_reads_the_same_entry_points_by_group():
    seen = _run("""
        import json
        import importlib.metadata
        import catalogue
        import storygraph.nlp
        from storygraph.nlp import load
        grouped = catalogue.AVAILABLE_ENTRY_POINTS
        every = importlib.metadata.entry_points()
        same = {group: sorted((e.name, e.value) for e in grouped[group])
                == sorted((e.name, e.value) for e in every.select(group=group))
                for group in every.groups}
        nlp = load()
        print(json.dumps({"dict": type(grouped) is dict, "groups": set(grouped) == every.groups,
                          "same": all(same.values()), "spacy": "spacy_factories" in every.groups
                          or "spacy_architectures" in every.groups,
                          "loaded": "storygraph_quotes" in nlp.pipe_names}))
    """)
    assert seen == {"dict": True, "groups": True, "same": True, "spacy": True, "loaded": True}


def test_entry_points_in_another_form_are_left_as_they_are(monkeypatch):
    import catalogue

    from storygraph.nlp.spacy_import import _entry_points_by_group
    kept = {"spacy_factories": []}
    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", kept)
    _entry_points_by_group()
    assert catalogue.AVAILABLE_ENTRY_POINTS is kept


def test_spacy_cli_read_as_an_attribute_is_the_real_package():
    seen = _run("""
        import json, sys
        import storygraph.nlp
        import spacy
        before = "spacy.cli" in sys.modules
        download = spacy.cli.download      # no import of its own, as with spaCy's import
        print(json.dumps({"before": before, "after": "spacy.cli" in sys.modules,
                          "download": download.__module__,
                          "same": spacy.cli is sys.modules["spacy.cli"],
                          "other": hasattr(spacy, "no_such_name")}))
    """)
    assert seen == {"before": False, "after": True, "download": "spacy.cli.download",
                    "same": True, "other": False}


def test_a_spacy_that_fails_to_import_leaves_no_stand_in_behind(tmp_path):
    seen = _run(_fake_spacy(tmp_path, "from .cli.info import info\n"
                                      "raise RuntimeError('broken install')\n") + """
        try:
            module.import_spacy()
            error = None
        except RuntimeError as exc:
            error = str(exc)
        print(json.dumps({"error": error,
                          "left": [m for m in sys.modules if m.startswith("spacy")]}))
    """)
    assert seen == {"error": "broken install", "left": []}
