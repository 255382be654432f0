"""The networks' maxout and layer-norm layers computed in fewer passes (nlp/layers.py)
give thinc's token vectors on news and on edge texts; training keeps thinc's forwards."""
import numpy
import pytest
from thinc.api import LayerNorm, Maxout, NumpyOps
from threadpoolctl import threadpool_limits

from storygraph.nlp import layers, load

from tests.nlp.networks import assert_alike, edge_batches, news_batches, three_networks

FAST = set(layers.FORWARDS.values())


@pytest.fixture(scope="module")
def networks():
    """The pipeline's three token-to-vector networks and their patched layers."""
    nlp = load()
    nets = three_networks(nlp)
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


@pytest.mark.model
@pytest.mark.parametrize("threads", [1, 2])
def test_thincs_vectors_on_news(networks, threads):
    nlp, nets, patched = networks
    with threadpool_limits(threads):
        assert_alike(nets, lambda docs: _both(nets, patched, docs), news_batches(nlp))


@pytest.mark.model
def test_thincs_vectors_on_edge_texts(networks):
    nlp, nets, patched = networks
    assert_alike(nets, lambda docs: _both(nets, patched, docs), edge_batches(nlp))


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


def test_maxout_reads_new_parameters_when_they_are_replaced():
    """The weights regrouped by piece are kept per layer: replacing the layer's weights
    or bias gives the new layer's output, never the old one's."""
    rng = numpy.random.default_rng(1)
    layer = Maxout(nO=4, nI=3, nP=3)
    layer.initialize()
    X = rng.standard_normal((5, 3)).astype("f")
    layers.maxout(layer, X, False)
    for name in ("W", "b"):
        layer.set_param(name, rng.standard_normal(layer.get_param(name).shape).astype("f"))
        expected, _ = layers.thinc_maxout(layer, X, False)
        got, _ = layers.maxout(layer, X, False)
        assert numpy.array_equal(got, expected)


def test_the_regrouped_weights_kept_are_bounded(monkeypatch):
    """A process that makes layer after layer keeps at most the bound's regrouped
    weights, and every layer still gives thinc's output."""
    monkeypatch.setattr(layers, "_MOST_LAYERS", 3)
    monkeypatch.setattr(layers, "_BY_PIECE", {})
    X = numpy.random.default_rng(2).standard_normal((4, 3)).astype("f")
    for _ in range(7):
        layer = Maxout(nO=2, nI=3, nP=2)
        layer.initialize()
        got, _ = layers.maxout(layer, X, False)
        assert numpy.array_equal(got, layers.thinc_maxout(layer, X, False)[0])
        assert len(layers._BY_PIECE) <= 3


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


def _precomputable(n_f=3, n_o=4, n_p=2, n_i=5):
    from spacy.ml._precomputable_affine import PrecomputableAffine

    layer = PrecomputableAffine(nO=n_o, nI=n_i, nF=n_f, nP=n_p)
    layer.initialize(X=numpy.ones((2, n_i), dtype="f"))
    rng = numpy.random.default_rng(0)
    layer.set_param("pad", rng.standard_normal(layer.get_param("pad").shape).astype("f"))
    return layer, rng


def test_the_precomputed_layer_is_spacys_bit_for_bit_batch_after_batch():
    # (its kept array grows and is written over: each batch's output is spaCy's own)
    layer, rng = _precomputable()
    spacy_forward = layer._func
    for rows in (7, 3, 40, 41, 2, 120):
        X = rng.standard_normal((rows, 5)).astype("f")
        expected, _ = spacy_forward(layer, X, False)
        got, _ = layers.precomputable_affine(layer, X, False)
        assert got.shape == expected.shape and got.flags["C_CONTIGUOUS"]
        assert got.tobytes() == expected.tobytes()
    # training, and any thread but the main one, get a new array with its backward pass
    Y, backprop = layers.precomputable_affine(layer, X, True)
    assert not numpy.shares_memory(Y, layers._KEPT[0])
    import threading
    out = []
    thread = threading.Thread(target=lambda: out.append(layers.precomputable_affine(layer, X, False)))
    thread.start()
    thread.join()
    assert out[0][0].tobytes() == expected.tobytes()
    assert not numpy.shares_memory(out[0][0], layers._KEPT[0])


def test_one_kept_array_serves_every_layer_in_turn(monkeypatch):
    # (the parser's and the NERs' layers of other widths write over it one after the
    # other: each output is spaCy's, and the memory is about the largest one's)
    from spacy.ml._precomputable_affine import forward

    monkeypatch.setattr(layers, "_KEPT", [None])
    needs, sizes = [], []
    for n_f, rows in ((8, 30), (3, 50), (3, 10), (8, 12)):
        layer, rng = _precomputable(n_f=n_f)
        X = rng.standard_normal((rows, 5)).astype("f")
        got, _ = layers.precomputable_affine(layer, X, False)
        assert got.tobytes() == forward(layer, X, False)[0].tobytes()
        assert numpy.shares_memory(got, layers._KEPT[0])
        needs.append((rows + 1) * n_f * 4 * 2)
        sizes.append(layers._KEPT[0].size)
    assert sizes == sorted(sizes) and sizes[-1] <= 1.25 * max(needs)
