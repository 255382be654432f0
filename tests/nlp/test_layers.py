"""The networks' maxout and layer-norm layers computed in fewer passes (nlp/layers.py)
give thinc's token vectors on news and on edge texts; training keeps thinc's forwards."""
import gzip
import json
from itertools import islice

import numpy
import pytest
from thinc.api import LayerNorm, Maxout, NumpyOps
from threadpoolctl import threadpool_limits

from storygraph.nlp import layers, load

from tests.conftest import shared

EDGES = ["", " ", "Obama", "Obama Obama Obama.", "\n\n", "the the the the the",
         "Barack Obama met Angela Merkel in Berlin.  The the THE tHe 2.5 percent.\n\nOK"]
FAST = set(layers.FORWARDS.values())


@pytest.fixture(scope="module")
def networks():
    """The pipeline's three token-to-vector networks and their patched layers."""
    nlp = load()
    nets = {"shared": nlp.get_pipe("tok2vec").model,
            "ner": nlp.get_pipe("ner").model.get_ref("tok2vec"),
            "names": nlp.get_pipe("storygraph_names").ner.model.get_ref("tok2vec")}
    found = {name: [layer for layer in net.walk() if layer._func in FAST]
             for name, net in nets.items()}
    # the embedding's mixing layer and the four window layers, each a maxout and a norm
    assert {name: len(patched) for name, patched in found.items()} == \
        {"shared": 10, "ner": 10, "names": 10}
    return nlp, nets, [layer for patched in found.values() for layer in patched]


def _both(nets, patched, docs):
    """Each network's output with thinc's forwards and with nlp.layers'."""
    thinc = {fast: slow for slow, fast in layers.FORWARDS.items()}
    fast = {layer: layer._func for layer in patched}
    out = []
    for forwards in ({layer: thinc[f] for layer, f in fast.items()}, fast):
        for layer, forward in forwards.items():
            layer._func = forward
        out.append({name: net.predict(docs) for name, net in nets.items()})
    return out


def _same(a, b) -> bool:
    a, b = (x if isinstance(x, list) else [x] for x in (a, b))
    return len(a) == len(b) and all(x.shape == y.shape and numpy.array_equal(x, y)
                                    for x, y in zip(a, b))


@pytest.mark.model
@pytest.mark.parametrize("threads", [1, 2])
def test_thincs_vectors_on_news(networks, threads):
    nlp, nets, patched = networks
    path = shared("data", "bench", "news.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, 96)]
    with threadpool_limits(threads):
        for start in range(0, len(texts), 16):
            docs = [nlp.make_doc(text) for text in texts[start:start + 16]]
            thinc, fast = _both(nets, patched, docs)
            for name in nets:
                assert _same(thinc[name], fast[name]), (name, start)


@pytest.mark.model
def test_thincs_vectors_on_edge_texts(networks):
    nlp, nets, patched = networks
    for batch in (EDGES, EDGES[:1], EDGES[1:2], EDGES[-1:], [EDGES[-1]] * 3):
        thinc, fast = _both(nets, patched, [nlp.make_doc(text) for text in batch])
        for name in nets:
            assert _same(thinc[name], fast[name]), (name, batch)


def test_maxout_takes_each_units_largest_piece():
    rng = numpy.random.default_rng(0)
    for pieces in (1, 2, 3, 4):
        layer = Maxout(nO=6, nI=5, nP=pieces)
        layer.initialize()
        X = rng.standard_normal((11, 5)).astype("f")
        X[3] = 0.0  # a row whose pieces are the bias alone: ties
        layer.set_param("b", numpy.zeros_like(layer.get_param("b")))
        expected, _ = layers.thinc_maxout(layer, X, False)
        got, _ = layers.maxout(layer, X, False)
        assert got.shape == expected.shape and numpy.array_equal(got, expected)
        assert got.flags.c_contiguous
    Z = rng.standard_normal((7, 4, 3)).astype("f")
    assert numpy.array_equal(NumpyOps().maxout(Z)[0], Z.max(axis=2))


def test_layernorm_is_thincs_bit_for_bit():
    rng = numpy.random.default_rng(1)
    for rows, width in ((5000, 96), (3, 96), (1, 5), (0, 96), (7, 1)):
        layer = LayerNorm(nI=width)
        layer.initialize()
        layer.set_param("G", rng.standard_normal(width).astype("f"))
        layer.set_param("b", rng.standard_normal(width).astype("f"))
        X = (rng.standard_normal((rows, width)) * 3 + 1).astype("f")
        expected, _ = layers.thinc_layernorm(layer, X, False)
        got, _ = layers.layernorm(layer, X, False)
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes()


def test_training_goes_through_thincs_forwards():
    for layer in (Maxout(nO=4, nI=3, nP=3), LayerNorm(nI=3)):
        layer.initialize(X=numpy.ones((2, 3), dtype="f"))
        fast = layers.FORWARDS[layer._func]
        layer._func = fast
        X = numpy.arange(6, dtype="f").reshape(2, 3)
        Y, backprop = layer.begin_update(X)
        assert backprop(numpy.ones_like(Y)).shape == X.shape   # (nlp.layers' would raise)
        with pytest.raises(NotImplementedError):
            fast(layer, X, False)[1](Y)


@pytest.mark.model
def test_the_pipeline_has_them_unless_switched_off(monkeypatch):
    monkeypatch.setenv("STORYGRAPH_LAYERS", "thinc")
    nlp = load()
    models = [component.model for _, component in nlp.components
              if hasattr(component, "model") and hasattr(component.model, "walk")]
    models.append(nlp.get_pipe("storygraph_names").ner.model)
    assert [layer for model in models for layer in model.walk() if layer._func in FAST] == []
    assert layers.replace(nlp) >= 20     # the shared network's ten, the base NER's ten
