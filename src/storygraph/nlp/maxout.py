"""spaCy's maxout layers, when predicting, take each unit's largest piece with numpy's
elementwise maximum: thinc's output, bit for bit, in a quarter of the time.

Every layer of a token-to-vector network (the embedding's mixing layer and the four
window layers) is a thinc ``Maxout``: a matrix product, then for each unit the largest of
its three pieces. thinc's kernel (``ops.maxout``) walks the pieces unit by unit and also
records which piece won, for training's backward pass. At prediction nothing reads that
record: ``numpy.maximum`` over the pieces' columns gives the same numbers (a maximum is
exact) at about a quarter of the kernel's time (5,000 tokens of width 96: 2.5 ms ->
0.6 ms). The one bit it may set otherwise is the sign of a zero that ties another zero
(thinc keeps the first piece's, numpy's vector loop the second's): no later layer can
tell -0.0 from 0.0, and a piece is exactly zero only if its product and bias cancel.
(Keeping the first piece on a tie, as thinc does, costs more than thinc's kernel.) The pipeline runs three such
networks (the shared one, the base NER's and the names model's); thinc's kernel was about
4% of a run (docs/speed.md, stop 54). Training (``is_train``) keeps thinc's forward.
"""
from __future__ import annotations

import numpy
from thinc.layers.maxout import forward as thinc_forward


def forward(model, X, is_train: bool):
    """thinc's ``Maxout`` forward; at prediction, the largest piece by numpy's maximum."""
    if is_train:
        return thinc_forward(model, X, is_train)
    n_out, n_pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), n_out * n_pieces, n_in)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), n_out * n_pieces)
    Z = model.ops.reshape3f(Y, Y.shape[0], n_out, n_pieces)
    if n_pieces == 1:
        return numpy.array(Z[:, :, 0]), _no_backprop
    best = numpy.maximum(Z[:, :, 0], Z[:, :, 1])
    for piece in range(2, n_pieces):
        numpy.maximum(best, Z[:, :, piece], out=best)
    return best, _no_backprop


def _no_backprop(_):
    raise NotImplementedError("nlp.maxout's forward runs at prediction only")


def fast_maxout(model) -> int:
    """Give every thinc ``Maxout`` layer in ``model`` this forward; how many there were."""
    found = 0
    for layer in model.walk():
        if layer._func is thinc_forward:
            layer._func = forward
            found += 1
    return found


def replace(nlp) -> int:
    """``fast_maxout`` over the pipeline's components' models; how many layers."""
    return sum(fast_maxout(component.model) for _, component in nlp.components
               if hasattr(component, "model") and hasattr(component.model, "walk"))
