"""The table-backed ruler and lemmatizer write what spaCy's own components write."""
import json

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from storygraph.nlp import base_rules
from storygraph.settings import DEFAULT_MODEL

from tests.conftest import shared

ATTRS = [ORTH, TAG, POS, MORPH, DEP, HEAD, LEMMA, SENT_START]
# Every kind of pattern the English ruler holds: two-token ones ("gon na", "ai n't",
# "let 's", "y' all", "c'm on", expletive "there 's"), words by dependency ("I" as
# subject and object, "but" as adverb, "did" as the root), spaces and newlines.
TRICKY = ("Y'all gonna see it. Ain't nobody there, but I saw it. Let's go, c'mon! "
          "There is a cat and there's a dog; you did too.  Give it to me, I said.\n\n"
          "Who did that? That was good, wasn't it? They gotta leave. The one who left")


@pytest.fixture(scope="module")
def pipelines():
    plain = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    fast = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    assert base_rules.replace(fast)
    assert isinstance(fast.get_pipe("attribute_ruler"), base_rules.FastAttributeRuler)
    return plain, fast


def _same(plain, fast, text):
    a, b = plain(text), fast(text)
    assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
    assert [(t.lemma_, str(t.morph), t.pos_, t.dep_) for t in a] == \
        [(t.lemma_, str(t.morph), t.pos_, t.dep_) for t in b]


@pytest.mark.model
def test_the_same_output_as_spacy_on_every_pattern_kind(pipelines):
    plain, fast = pipelines
    _same(plain, fast, TRICKY)
    _same(plain, fast, TRICKY)   # the second time from the table
    _same(plain, fast, "")
    _same(plain, fast, "   ")


@pytest.mark.model
def test_the_same_output_as_spacy_on_news(pipelines):
    plain, fast = pipelines
    path = shared("data", "seeds", "input.jsonl")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    for text in texts + texts:
        _same(plain, fast, text)


def test_patterns_the_table_cannot_stand_for_keep_spacys_ruler():
    assert base_rules._lower_tests([{"patterns": [[{"LOWER": {"NOT_IN": ["a"]}}]],
                                     "attrs": {"POS": "X"}}]) is None
    assert base_rules._lower_tests([{"patterns": [[{"TEXT": "a"}]], "attrs": {"POS": "X"}}]) is None
    assert base_rules._lower_tests([{"patterns": [[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]],
                                     "attrs": {"POS": "X"}}]) is None
    # a pair whose second token is not tied to its words
    assert base_rules._lower_tests([{"patterns": [[{"LOWER": "a"}, {"TAG": "NN"}]],
                                     "attrs": {"POS": "X"}, "index": 1}]) is None
    tests = base_rules._lower_tests([{"patterns": [[{"LOWER": "a"}, {"LOWER": {"IN": ["b"]}}]],
                                      "attrs": {"POS": "X"}}])
    assert [len(t) for t in tests] == [0, 1, 1]


def test_a_pipeline_without_the_rules_is_left_as_it_is():
    nlp = spacy.blank("en")
    assert base_rules.replace(nlp) is False
    assert nlp.pipe_names == []
