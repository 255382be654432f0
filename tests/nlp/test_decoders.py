"""The parser and NER decoded by nlp/decoders.py write what spaCy's own decoders write."""
import gzip
import json
from itertools import islice

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, SENT_START
from spacy.tokens import Span

from storygraph.nlp import decoders
from storygraph.settings import DEFAULT_MODEL, DEFAULT_MODEL_FR

from tests.conftest import shared

ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, HEAD, DEP, SENT_START]
# Entities at a text's edges, across a line break and a double space, one-word and long
# ones, figures, dates and a sentence that opens on a name.
TRICKY = ("Barack Obama met Angela Merkel in Berlin on Monday.  The European Central Bank "
          "said inflation rose 2.5 percent in March 2024.\n\nMicrosoft Corp. bought it for "
          "$7.5 billion. \n Paris\n\nLondon-based HSBC Holdings plc, Ms. Smith said, "
          "will cut 35,000 jobs by 2027. New York")


@pytest.fixture(scope="module")
def pipelines():
    plain = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    assert decoders.replace(fast) == ["parser", "ner"]
    assert isinstance(fast.get_pipe("ner"), decoders.FastEntityRecognizer)
    assert isinstance(fast.get_pipe("parser"), decoders.FastParser)
    return plain, fast


def _entities(docs):
    """Each doc's entities, and its entity, parse and sentence arrays."""
    return [([(e.start, e.end, e.label_) for e in doc.ents], doc.to_array(ATTRS).tolist())
            for doc in docs]


def _same(plain, fast, texts, batch_size=16):
    a = list(plain.pipe(texts, batch_size=batch_size))
    b = list(fast.pipe(texts, batch_size=batch_size))
    assert _entities(a) == _entities(b)
    return a


@pytest.mark.model
def test_the_same_entities_as_spacy_on_edge_cases(pipelines):
    plain, fast = pipelines
    docs = _same(plain, fast, [TRICKY, "", " ", "Obama", "Obama.", TRICKY.upper()])
    assert any(doc.ents for doc in docs)        # the comparison is not of empty lists
    _same(plain, fast, [TRICKY], batch_size=1)


@pytest.mark.model
def test_the_same_entities_as_spacy_on_news(pipelines):
    plain, fast = pipelines
    path = shared("data", "bench", "news.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, 120)]
    docs = _same(plain, fast, texts)
    assert sum(len(doc.ents) for doc in docs) > 1000
    assert sum(len(list(doc.sents)) for doc in docs) > 1000


@pytest.mark.model
def test_the_same_parse_and_entities_as_spacy_in_french():
    try:
        plain, fast = spacy.load(DEFAULT_MODEL_FR), spacy.load(DEFAULT_MODEL_FR)
    except OSError:
        pytest.skip(f"{DEFAULT_MODEL_FR} is not installed")
    assert "parser" in decoders.replace(fast)
    path = shared("data", "ntrex", "dev.jsonl")
    rows = [json.loads(line) for line in islice(path.open(encoding="utf-8"), 60)]
    texts = [row["text"] for row in rows if row["lang"] == "fr"]
    assert sum(map(len, texts)) > 1000
    _same(plain, fast, texts)


@pytest.mark.model
def test_one_doc_at_a_time_as_the_names_recasing_calls_it(pipelines):
    plain, fast = pipelines
    ner_a, ner_b = plain.get_pipe("ner"), fast.get_pipe("ner")
    a, b = ner_a(plain.make_doc(TRICKY)), ner_b(fast.make_doc(TRICKY))
    assert _entities([a]) == _entities([b]) and a.ents


@pytest.mark.model
def test_entities_set_before_the_ner_go_to_spacys_decoder(pipelines):
    plain, fast = pipelines
    with plain.select_pipes(disable=["ner"]):
        a = plain(TRICKY)
    with fast.select_pipes(disable=["ner"]):
        b = fast(TRICKY)
    for doc in (a, b):
        doc.set_ents([Span(doc, 0, 2, label="ORG")], default="missing")
    plain.get_pipe("ner")(a)
    fast.get_pipe("ner")(b)
    assert _entities([a]) == _entities([b])
    assert (a.ents[0].text, a.ents[0].label_) == ("Barack Obama", "ORG")


def test_validity_tables_follow_spacys_rules():
    names = ["B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-GPE", "I-GPE", "L-GPE", "U-GPE", "U-", "O"]
    moves = decoders.numpy.array([decoders._MOVES[n[0]] for n in names])
    labels = decoders.numpy.array([["ORG", "GPE"].index(n[2:]) if n[2:] else -1 for n in names])
    closed, opened = decoders._valid_tables(moves, labels, 2)

    def valid(row):
        return [n for n, ok in zip(names, row) if ok]
    assert valid(closed[0, 0]) == ["B-ORG", "U-ORG", "B-GPE", "U-GPE", "O"]
    assert valid(closed[0, 1]) == ["U-ORG", "U-GPE", "O"]      # no entity runs past its end
    assert valid(closed[1, 0]) == ["O"]                         # none opens on a space
    assert valid(opened[0, 0]) == ["I-ORG", "L-ORG"]
    assert valid(opened[1, 1]) == ["L-GPE"]


def test_blis_gives_a_row_the_same_scores_whatever_rows_stand_beside_it():
    # decode scores every token's no-entity state in one product and the states inside
    # an entity a few at a time, where spaCy scores the states of each step together
    from blis.py import gemm
    rng = decoders.numpy.random.default_rng(0)
    weights = rng.standard_normal((74, 64)).astype("f")
    rows = rng.standard_normal((300, 64)).astype("f")

    def scores(a):
        return gemm(decoders.numpy.ascontiguousarray(a), weights, trans2=True,
                    out=decoders.numpy.zeros((len(a), 74), dtype="f"), beta=0.0)
    whole = scores(rows)
    for size in (1, 3, 16, 17):
        for start in range(0, 300, size):
            assert (scores(rows[start:start + size]) == whole[start:start + size]).all()


@pytest.mark.model
def test_the_decoders_survive_pickling(pipelines):
    import pickle
    plain, fast = pipelines
    for name in ("parser", "ner"):
        copy = pickle.loads(pickle.dumps(fast.get_pipe(name)))
        assert type(copy) is type(fast.get_pipe(name))
    with fast.select_pipes(disable=["ner"]):
        doc = fast(TRICKY)
    ner = pickle.loads(pickle.dumps(fast.get_pipe("ner")))
    assert _entities([ner(doc)]) == _entities([plain(TRICKY)])
