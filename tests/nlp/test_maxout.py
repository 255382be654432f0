"""The networks' maxout layers with numpy's maximum (nlp/maxout.py) give thinc's token
vectors: the same numbers on news and on edge texts; training keeps thinc's forward."""
import gzip
import json
from itertools import islice

import numpy
import pytest
from thinc.layers.maxout import forward as thinc_forward
from threadpoolctl import threadpool_limits

from storygraph.nlp import load, maxout

from tests.conftest import shared

EDGES = ["", " ", "Obama", "Obama Obama Obama.", "\n\n", "the the the the the",
         "Barack Obama met Angela Merkel in Berlin.  The the THE tHe 2.5 percent.\n\nOK"]


@pytest.fixture(scope="module")
def networks():
    """The pipeline's three token-to-vector networks and their maxout layers."""
    nlp = load()
    nets = {"shared": nlp.get_pipe("tok2vec").model,
            "ner": nlp.get_pipe("ner").model.get_ref("tok2vec"),
            "names": nlp.get_pipe("storygraph_names").ner.model.get_ref("tok2vec")}
    layers = {name: [layer for layer in net.walk() if layer._func is maxout.forward]
              for name, net in nets.items()}
    # the embedding's mixing layer and the four window layers of each network
    assert {name: len(found) for name, found in layers.items()} == \
        {"shared": 5, "ner": 5, "names": 5}
    return nlp, nets, [layer for found in layers.values() for layer in found]


def _both(nets, layers, docs):
    """Each network's output with thinc's maxout forward and with nlp.maxout's."""
    out = {}
    for forward in (thinc_forward, maxout.forward):
        for layer in layers:
            layer._func = forward
        out[forward] = {name: net.predict(docs) for name, net in nets.items()}
    return out[thinc_forward], out[maxout.forward]


def _equal(a, b) -> bool:
    a, b = (x if isinstance(x, list) else [x] for x in (a, b))
    return len(a) == len(b) and all(x.shape == y.shape and numpy.array_equal(x, y)
                                    for x, y in zip(a, b))


@pytest.mark.model
@pytest.mark.parametrize("threads", [1, 2])
def test_thincs_vectors_on_news(networks, threads):
    nlp, nets, layers = networks
    path = shared("data", "bench", "news.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, 96)]
    with threadpool_limits(threads):
        for start in range(0, len(texts), 16):
            docs = [nlp.make_doc(text) for text in texts[start:start + 16]]
            plain, fast = _both(nets, layers, docs)
            for name in nets:
                assert _equal(plain[name], fast[name]), (name, start)


@pytest.mark.model
def test_thincs_vectors_on_edge_texts(networks):
    nlp, nets, layers = networks
    for batch in (EDGES, EDGES[:1], EDGES[1:2], EDGES[-1:], [EDGES[-1]] * 3):
        plain, fast = _both(nets, layers, [nlp.make_doc(text) for text in batch])
        for name in nets:
            assert _equal(plain[name], fast[name]), (name, batch)


def test_the_largest_piece_of_every_unit():
    """Two, three and one pieces, against thinc's kernel, ties included."""
    from thinc.api import Maxout, NumpyOps

    rng = numpy.random.default_rng(0)
    for pieces in (1, 2, 3, 4):
        layer = Maxout(nO=6, nI=5, nP=pieces)
        layer.initialize()
        X = rng.standard_normal((11, 5)).astype("f")
        X[3] = 0.0  # a row whose pieces are the bias alone
        layer.set_param("b", numpy.zeros_like(layer.get_param("b")))
        expected, _ = thinc_forward(layer, X, False)
        got, _ = maxout.forward(layer, X, False)
        assert got.shape == expected.shape and numpy.array_equal(got, expected)
        assert got.flags.c_contiguous
    Z = rng.standard_normal((7, 4, 3)).astype("f")
    best, _ = NumpyOps().maxout(Z)
    assert numpy.array_equal(best, Z.max(axis=2))


def test_training_goes_through_thincs_forward():
    from thinc.api import Maxout

    layer = Maxout(nO=4, nI=3, nP=3)
    layer.initialize()
    layer._func = maxout.forward
    X = numpy.ones((2, 3), dtype="f")
    Y, backprop = layer.begin_update(X)
    assert backprop(numpy.ones_like(Y)).shape == X.shape   # (nlp.maxout's would raise)
    with pytest.raises(NotImplementedError):
        maxout.forward(layer, X, False)[1](Y)


@pytest.mark.model
def test_the_pipeline_has_it_unless_switched_off(monkeypatch):
    monkeypatch.setenv("STORYGRAPH_MAXOUT", "0")
    nlp = load()
    patched = [layer for _, component in nlp.components if hasattr(component, "model")
               for layer in component.model.walk() if layer._func is maxout.forward]
    patched += [layer for layer in nlp.get_pipe("storygraph_names").ner.model.walk()
                if layer._func is maxout.forward]
    assert patched == []
    assert maxout.replace(nlp) >= 10     # the shared network's five, the base NER's five
