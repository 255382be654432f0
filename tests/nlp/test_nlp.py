"""nlp.load (the package's __init__): the tokenizer is the model's own, read once, with
storygraph's English changes."""
from __future__ import annotations

import spacy
import srsly

from storygraph.nlp import (CAPITALS_DESIGNATORS, RANK_ABBREVIATIONS, UNIT_LETTERS,
                            add_rank_abbreviations, split_units_from_stops)
from storygraph.settings import Settings

#: The tokenizer's serialised fields but its rules and URL rule (storygraph changes both).
PATTERNS = ("prefix_search", "suffix_search", "infix_finditer", "token_match",
            "faster_heuristics")


def _fields(tokenizer) -> dict:
    return srsly.msgpack_loads(tokenizer.to_bytes(exclude=["vocab", "url_match"]))


def test_the_english_tokenizer_is_the_models_with_storygraphs_changes(nlp):
    plain = spacy.load(Settings.load().model, exclude=["senter"]).tokenizer
    ours, theirs = _fields(nlp.tokenizer), _fields(plain)
    assert {k: ours[k] for k in PATTERNS} == {k: theirs[k] for k in PATTERNS}
    expected = split_units_from_stops(add_rank_abbreviations(dict(plain.rules)))
    assert nlp.tokenizer.rules == expected
    assert all(form in nlp.tokenizer.rules for form in RANK_ABBREVIATIONS + CAPITALS_DESIGNATORS)
    assert not any(letter + "." in nlp.tokenizer.rules for letter in UNIT_LETTERS)
    # the model's URL rule still holds, and a web name in capitals is one token
    text = "See https://example.com/a?b=1 or Halo.Bungie.Org, said Capt. Rod Beer of $630m. Then"
    words = [t.text for t in nlp.make_doc(text)]
    assert "https://example.com/a?b=1" in words and "Halo.Bungie.Org" in words
    assert "Capt." in words and words[words.index("630") + 1:][:2] == ["m", "."]


def test_the_french_tokenizer_is_the_models_own(nlp_fr):
    plain = spacy.load(Settings.load().model_fr, exclude=["senter"]).tokenizer
    assert nlp_fr.tokenizer.to_bytes(exclude=["vocab"]) == plain.to_bytes(exclude=["vocab"])
    text = "« Aujourd'hui, l'ONU s'est réunie à New-York », a-t-il dit."
    assert [t.text for t in nlp_fr.make_doc(text)] == [t.text for t in plain(text)]


def test_a_pipeline_made_in_code_keeps_its_languages_tokenizer(tmp_path):
    from storygraph.nlp import _read_tokenizer

    blank = spacy.blank("en")
    before = blank.tokenizer.to_bytes(exclude=["vocab"])
    _read_tokenizer(blank)   # no folder it was read from: nothing to read
    assert blank.tokenizer.to_bytes(exclude=["vocab"]) == before


def test_the_languages_rules_are_skipped_only_under_spacys_own_tokenizer(tmp_path):
    from storygraph.nlp import SPACY_TOKENIZER, _read_tokenizer, _tokenizer_config

    ours = {"nlp": {"tokenizer": {"@tokenizers": "storygraph.model_tokenizer.v1"}}}
    assert _tokenizer_config(Settings.load().model) == ours
    folder = tmp_path / "model"
    spacy.blank("en").to_disk(folder)
    assert _tokenizer_config(str(folder)) == ours
    # the model's own read over the rule-less one: spaCy's reading, with the changes
    plain = spacy.load(folder).tokenizer
    loaded = spacy.load(folder, exclude=["tokenizer"], config=_tokenizer_config(str(folder)))
    assert len(loaded.tokenizer.rules) == 0
    _read_tokenizer(loaded)
    ours, theirs = _fields(loaded.tokenizer), _fields(plain)
    assert {k: ours[k] for k in PATTERNS} == {k: theirs[k] for k in PATTERNS}
    assert loaded.tokenizer.rules == split_units_from_stops(add_rank_abbreviations(
        dict(plain.rules)))
    # another tokenizer, or none in the folder: spaCy's loading as it is
    config = (folder / "config.cfg").read_text()
    (folder / "config.cfg").write_text(config.replace(SPACY_TOKENIZER, "other.Tokenizer.v1"))
    assert _tokenizer_config(str(folder)) == {}
    (folder / "config.cfg").write_text(config)
    (folder / "tokenizer").unlink()
    assert _tokenizer_config(str(folder)) == {}
    assert _tokenizer_config(str(tmp_path / "nowhere")) == {}


def test_a_broken_tokenizer_file_is_a_clear_error(tmp_path):
    import pytest

    from storygraph.errors import ModelError
    from storygraph.nlp import _read_tokenizer

    folder = tmp_path / "model"
    spacy.blank("en").to_disk(folder)
    nlp = spacy.load(folder, exclude=["tokenizer"])
    (folder / "tokenizer").write_bytes(b"\xc1 not msgpack")
    with pytest.raises(ModelError, match="tokenizer"):
        _read_tokenizer(nlp)


def test_an_english_model_without_a_tokenizer_file_gets_the_changes_too(tmp_path):
    from storygraph.nlp import load

    folder = tmp_path / "model"
    spacy.blank("en").to_disk(folder, exclude=["tokenizer"])
    nlp = load(str(folder), components=())
    assert all(form in nlp.tokenizer.rules for form in RANK_ABBREVIATIONS + CAPITALS_DESIGNATORS)
    assert not any(letter + "." in nlp.tokenizer.rules for letter in UNIT_LETTERS)
    assert "Halo.Bungie.Org" in [t.text for t in nlp.make_doc("Halo.Bungie.Org said")]
