"""Embeddings that compute each distinct token once (nlp/embed_once.py) give spaCy's
token vectors bit for bit."""
import numpy
import pytest
import spacy
from thinc.layers.chain import forward as chain_forward
from threadpoolctl import threadpool_limits

from storygraph.nlp import embed_once, load
from storygraph.settings import DEFAULT_MODEL_FR

from tests.nlp.networks import EDGES, assert_alike, edge_batches, news_batches, three_networks


@pytest.fixture(scope="module")
def networks():
    """The pipeline's three token-to-vector networks, each with its embedding."""
    nlp = load()
    nets = three_networks(nlp)
    embeds = {name: [layer for layer in net.walk() if layer._func is embed_once.forward_once]
              for name, net in nets.items()}
    assert {name: len(found) for name, found in embeds.items()} == \
        {"shared": 1, "ner": 1, "names": 1}
    return nlp, nets, [e for found in embeds.values() for e in found]


def _both(nets, embeds, docs):
    """Each network's output with spaCy's forward and with embed_once's."""
    out = {}
    for forward in (chain_forward, embed_once.forward_once):
        for layer in embeds:
            layer._func = forward
        out[forward] = {name: net.predict(docs) for name, net in nets.items()}
    return out[chain_forward], out[embed_once.forward_once]


@pytest.mark.model
@pytest.mark.parametrize("threads", [1, 2])
def test_spacys_vectors_bit_for_bit_on_news(networks, threads):
    nlp, nets, embeds = networks
    batches = list(news_batches(nlp))
    with threadpool_limits(threads):
        assert_alike(nets, lambda docs: _both(nets, embeds, docs), batches)
    # news repeats its words: far fewer distinct rows than tokens, so the check is of a
    # batch embedded from shared rows, not of one computed token by token
    features = embeds[0].layers[0].predict(batches[-1])
    rows = numpy.concatenate(features)
    assert len(numpy.unique(rows, axis=0)) < 0.6 * len(rows)


@pytest.mark.model
def test_spacys_vectors_on_edge_texts(networks):
    nlp, nets, embeds = networks
    assert_alike(nets, lambda docs: _both(nets, embeds, docs), edge_batches(nlp))


@pytest.mark.model
def test_training_goes_through_spacys_forward(networks):
    nlp, nets, embeds = networks
    docs = [nlp.make_doc(text) for text in EDGES]
    vectors, backprop = nets["shared"].begin_update(docs)
    assert [len(v) for v in vectors] == [len(doc) for doc in docs]
    backprop([numpy.ones_like(v) for v in vectors])   # (embed_once's would raise)


@pytest.mark.model
def test_the_pipeline_has_it_unless_switched_off(monkeypatch):
    monkeypatch.setenv("STORYGRAPH_EMBED_ONCE", "0")
    nlp = load()
    patched = [layer for _, component in nlp.components if hasattr(component, "model")
               for layer in component.model.walk() if layer._func is embed_once.forward_once]
    assert patched == []
    assert embed_once.replace(nlp) == 2     # tok2vec, ner (senter is not loaded)


@pytest.mark.model
def test_other_layouts_left_alone():
    try:
        nlp = spacy.load(DEFAULT_MODEL_FR)
    except OSError:
        pytest.skip(f"{DEFAULT_MODEL_FR} is not installed")
    # the md model's embedding reads static vectors as well: not the layout embed_once
    # knows, so it keeps spaCy's forward
    assert embed_once.replace(nlp) == 0


def test_distinct_rows_and_where_each_row_is():
    rng = numpy.random.default_rng(0)
    rows = rng.integers(0, 2**63, size=(50, 6), dtype=numpy.uint64)[rng.integers(0, 20, 300)]
    distinct, where = embed_once._distinct(rows)
    assert numpy.array_equal(distinct[where], rows)
    assert len(distinct) == len(numpy.unique(rows, axis=0))


def test_distinct_rows_when_two_rows_fold_to_one_key():
    m0, m1 = (int(m) for m in embed_once._MIX[:2])
    x, y = 12345, 67890
    # (x + m1) * m0 + (y - m0) * m1 == x * m0 + y * m1 (mod 2**64): one key, two rows
    rows = numpy.array([[x, y], [(x + m1) % 2**64, (y - m0) % 2**64], [x, y]], dtype=numpy.uint64)
    keys = (rows * embed_once._MIX[:2]).sum(axis=1, dtype=numpy.uint64)
    assert keys[0] == keys[1]
    distinct, where = embed_once._distinct(rows)
    assert len(distinct) == 2 and numpy.array_equal(distinct[where], rows)
