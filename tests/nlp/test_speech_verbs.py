"""The lexicon of verbs of saying: every subset a set of lemmas holding the plain four."""
import pytest

from storygraph.nlp import speech_verbs

SUBSETS = {name: value for name, value in vars(speech_verbs).items()
           if name.isupper() and isinstance(value, frozenset)}


def test_every_rule_set_is_here():
    assert set(SUBSETS) == {"SAY", "SAYING", "SAYING_AS", "CLOSING", "PLAIN", "REPORTING",
                            "SPEAKING", "BODY", "ANNOUNCING", "INCISE"}


@pytest.mark.parametrize("name", sorted(SUBSETS))
def test_a_subset_is_lemmas_holding_the_plain_verbs(name):
    verbs = SUBSETS[name]
    assert speech_verbs.SAY <= verbs
    # (rules compare them with ``lemma_.lower()``: a capital or a phrase never matches)
    assert all(v.isalpha() and v == v.lower() for v in verbs), name


def test_closing_cues_extend_the_quote_rules_saying():
    assert speech_verbs.SAYING < speech_verbs.CLOSING
    assert {"recall", "ask"} <= speech_verbs.CLOSING - speech_verbs.SAYING
