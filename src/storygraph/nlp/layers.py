"""Two of thinc's layers, when predicting, computed with fewer passes over their arrays:
thinc's numbers, in less time.

Each token-to-vector network the pipeline runs (the shared one, the base NER's and the
names model's) is an embedding and four window layers, each a ``Maxout`` (a matrix product,
then each unit's largest of three pieces) and a ``LayerNorm``. Besides the products, those
two layers' own loops were about 6% of a run (docs/speed.md, stop 54):

- ``Maxout``: thinc's kernel (``ops.maxout``) walks the pieces unit by unit and records
  which piece won, for training's backward pass. At prediction nothing reads that record:
  ``numpy.maximum`` over the pieces' columns gives the same numbers (a maximum is exact)
  in a quarter of the time (5,000 tokens of width 96: 2.5 ms -> 0.6 ms). The one bit it
  may set otherwise is the sign of a zero that ties another zero (thinc keeps the first
  piece's, numpy's vector loop the second's): no later layer tells -0.0 from 0.0, and a
  piece is exactly zero only where its product and bias cancel. (Keeping the first piece
  on a tie as thinc does costs more than thinc's kernel.) The weight rows are kept
  grouped by piece, so each piece is a contiguous block of the product's row (the same
  numbers: a row of the product does not depend on the rows beside it in the weights):
  the maximum takes half the time again (stop 56).
- ``LayerNorm``: thinc takes the mean, then the variance (which computes the mean again
  and subtracts it), then subtracts the mean once more. Here the mean is taken once and
  each step is numpy's own, in numpy's order (``X.var`` is a sum of the squared
  differences from that same mean, divided by the width), so every float is thinc's, bit
  for bit, with two passes fewer (1.0 ms -> 0.6 ms).

A third, spaCy's ``PrecomputableAffine`` (the parser's and NERs' hidden layer, computed
for every token and state feature before decoding), writes its product into an array
kept from batch to batch rather than a new one per batch: the parser's is 4 KB per
token, 24 MB for 16 articles, and a new array's pages are faulted in and zeroed by the
kernel as the product first writes them (the parser's products 0.37-0.42 s -> 0.23-0.24 s
on 300 bench articles). The product is the same call on the same inputs. The parser and
the two NERs share the one array: each reads its output (the parser steps through it,
``decoders`` copies the NERs' out) before the next of them runs, so the memory is that
of the largest, as before. Only in a process's main thread (the command, each worker):
threads of a server get new arrays, as before.

Training (``is_train``) keeps thinc's and spaCy's forwards: they return the backward pass.
"""
from __future__ import annotations

import threading

import numpy
from spacy.ml._precomputable_affine import forward as spacy_precomputable_affine
from thinc.layers.layernorm import forward as thinc_layernorm
from thinc.layers.maxout import forward as thinc_maxout

from .token_table import room


def maxout(model, X, is_train: bool):
    """thinc's ``Maxout`` forward; at prediction, the largest piece by numpy's maximum."""
    if is_train:
        return thinc_maxout(model, X, is_train)
    n_out, n_pieces = model.get_dim("nO"), model.get_dim("nP")
    W, b = _by_piece(model)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += b
    if n_pieces == 1:
        return Y, _no_backprop
    best = numpy.maximum(Y[:, :n_out], Y[:, n_out:2 * n_out])
    for piece in range(2, n_pieces):
        numpy.maximum(best, Y[:, piece * n_out:(piece + 1) * n_out], out=best)
    return best, _no_backprop


#: Per Maxout layer (by its id): its weights and bias as the model holds them, and the
#: same rows grouped by piece (made again if the layer's parameters are replaced).
#: Emptied past this many layers: a pipeline has 15, and a process that loads pipelines
#: again and again must not keep every one's weights (thinc's layers take no weak
#: reference, so an entry cannot go with its layer).
_BY_PIECE: dict = {}
_MOST_LAYERS = 64


def _by_piece(model):
    """The layer's weight rows and bias ordered piece by piece (every unit's first piece,
    then every unit's second...), not unit by unit: the product's columns are the same
    numbers in that order, and each piece is then one contiguous block of a row, which
    numpy's maximum reads faster than a stride of ``nP``."""
    W, b = model.get_param("W"), model.get_param("b")
    kept = _BY_PIECE.get(model.id)
    if kept is None or kept[0] is not W or kept[1] is not b:
        n_out, n_pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
        rows = numpy.ascontiguousarray(
            W.reshape(n_out, n_pieces, n_in).transpose(1, 0, 2).reshape(n_pieces * n_out, n_in))
        bias = numpy.ascontiguousarray(b.reshape(n_out, n_pieces).T.reshape(n_pieces * n_out))
        kept = room(_BY_PIECE, 1, _MOST_LAYERS)[model.id] = (W, b, rows, bias)
    return kept[2], kept[3]


def layernorm(model, X, is_train: bool):
    """thinc's ``LayerNorm`` forward; at prediction, the mean taken once."""
    if is_train or not isinstance(X, numpy.ndarray) or X.ndim != 2 or not X.shape[1]:
        return thinc_layernorm(model, X, is_train)
    mean = X.mean(axis=1, keepdims=True)
    centred = X - mean
    # X.var(axis=1, keepdims=True): its sum of squares over the same differences, / width
    var = numpy.add.reduce(centred * centred, axis=1, keepdims=True) / X.shape[1]
    var += 1e-08
    centred *= var ** (-1.0 / 2.0)
    centred *= model.get_param("G")
    centred += model.get_param("b")
    return centred, _no_backprop


def precomputable_affine(model, X, is_train: bool):
    """spaCy's ``PrecomputableAffine`` forward; at prediction, into the layer's kept array."""
    if (is_train or not isinstance(X, numpy.ndarray) or X.dtype != numpy.float32
            or threading.current_thread() is not threading.main_thread()):
        return spacy_precomputable_affine(model, X, is_train)
    n_f, n_o, n_p, n_i = (model.get_dim(d) for d in ("nF", "nO", "nP", "nI"))
    Yf = _kept(X.shape[0] + 1, n_f * n_o * n_p)
    model.ops.gemm(X, model.get_param("W").reshape((n_f * n_o * n_p, n_i)), trans2=True,
                   out=Yf[1:])
    Yf = Yf.reshape((Yf.shape[0], n_f, n_o, n_p))
    Yf[0] = model.ops.xp.squeeze(model.get_param("pad"), 0)   # (the padding row, as spaCy's)
    return Yf, _no_backprop


#: The kept array's memory (the main thread's), as one flat array of floats: every
#: precomputed layer writes into it in turn, since each layer's output is read before
#: the next such layer runs (the parser steps through its own before the NERs run).
_KEPT: list = [None]


def _kept(rows: int, width: int) -> numpy.ndarray:
    """A ``rows`` x ``width`` array of floats over the kept memory, made larger (by a
    quarter more than asked) when a batch needs more."""
    flat = _KEPT[0]
    if flat is None or flat.size < rows * width:
        flat = _KEPT[0] = numpy.empty(rows * width + rows * width // 4, dtype=numpy.float32)
    return flat[:rows * width].reshape(rows, width)


def _no_backprop(_):
    raise NotImplementedError("nlp.layers' forwards run at prediction only")


FORWARDS = {thinc_maxout: maxout, thinc_layernorm: layernorm}
#: Forwards whose output is kept for the layer's next call (see the module's docstring).
KEPT_FORWARDS = {spacy_precomputable_affine: precomputable_affine}


def fast_layers(model) -> int:
    """Give every thinc ``Maxout`` and ``LayerNorm`` and spaCy ``PrecomputableAffine`` in
    ``model`` the forward here; how many layers there were."""
    found = 0
    for layer in model.walk():
        for forwards in (FORWARDS, KEPT_FORWARDS):
            if layer._func in forwards:
                layer._func = forwards[layer._func]
                found += 1
    return found


def replace(nlp) -> int:
    """``fast_layers`` over the pipeline's components' models; how many layers."""
    return sum(fast_layers(component.model) for _, component in nlp.components
               if hasattr(component, "model") and hasattr(component.model, "walk"))
