"""nlp/name_phrases.py: the languages' names read from pycountry's own table."""
import importlib.util

import pycountry

from storygraph.nlp import name_phrases


def _pycountry_reading() -> list:
    return [lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")]


def test_the_languages_are_pycountrys_two_letter_ones():
    names = name_phrases._two_letter_languages()
    assert names == _pycountry_reading()
    assert len(names) > 150 and "Swahili (macrolanguage)" in names
    assert {"swahili", "tonga", "french"} <= name_phrases._languages()
    assert all(n.isalpha() and n == n.lower() for n in name_phrases._languages())


def test_without_the_table_pycountry_reads_them(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert name_phrases._two_letter_languages() == _pycountry_reading()
