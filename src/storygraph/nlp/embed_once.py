"""spaCy's token-to-vector networks embed each distinct token of a batch once: spaCy's
output, bit for bit.

A ``Tok2Vec`` network starts with an embedding (``MultiHashEmbed``): it reads a few of
each token's attributes (NORM, PREFIX, SUFFIX, SHAPE, ...), sums their hashed table rows
and mixes them through a maxout layer and a layer norm. That row depends on the
attributes alone, not on the neighbours (the window layers after it do), and a batch of
news repeats its words: 16 bench articles hold about a third as many distinct attribute
rows as tokens. ``embed_once`` makes such an embedding compute each distinct row once and
copy it to its tokens. The pipeline runs three of these networks (the shared one, the base
NER's and the names model's), so this takes about a fifth off their time (docs/speed.md,
stop 52).

The output is spaCy's: the table sums are per row, the layer norm's moments are per row,
and numpy's BLAS gives a row of a matrix product the same sums whatever rows stand beside
it (checked against spaCy's own forward in tests/nlp/test_embed_once.py, on real articles,
one and two BLAS threads). Training (``is_train``) goes through the original forward, as
does an embedding of another layout (static vectors: the French md model).
"""
from __future__ import annotations

import numpy
from thinc.layers.chain import forward as chain_forward

#: The layers of a ``MultiHashEmbed`` without static vectors, in order.
LAYOUT = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")


def _embeds(model) -> bool:
    names = tuple(layer.name.split("(")[0] for layer in model.layers)
    return (model._func in (chain_forward, forward_once) and names == LAYOUT
            and "hashembed" in model.layers[2].name
            and model.layers[3].name.startswith("with_array(maxout>>layernorm"))


def forward_once(model, docs, is_train):
    """The embedding chain's forward, each distinct row of features computed once."""
    if is_train:
        return chain_forward(model, docs, is_train)
    extract, _, tables, mix, _ = model.layers
    features = extract.predict(docs)
    rows = numpy.concatenate(features) if features else None
    if rows is None or not len(rows):
        return chain_forward(model, docs, is_train)
    distinct, where = _distinct(rows)
    vectors = mix.predict(tables.predict(distinct))[where]
    out = numpy.split(vectors, numpy.cumsum([len(f) for f in features[:-1]]))

    def backprop(_):
        raise NotImplementedError("embed_once runs at prediction only")

    return out, backprop


#: Odd 64-bit multipliers that fold a row of feature hashes into one key (wrapping).
_MIX = numpy.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                    0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0x94D049BB133111EB,
                    0x27D4EB2F165667C5, 0x85EBCA77C2B2AE63], dtype=numpy.uint64)


def _distinct(rows):
    """The distinct rows and, for each row, the index of its distinct row.

    Each row folded into one 64-bit key and the keys sorted: a tenth of the time of
    ``numpy.unique(rows, axis=0)``, which sorts the rows as byte strings (4.3 ms -> 0.5 ms
    for 16 articles). Two different rows that fold to one key are caught by comparing
    every row with its distinct row; then the rows are sorted whole. The order of the
    distinct rows does not matter: each is embedded alone."""
    if rows.dtype == numpy.uint64 and 0 < rows.shape[1] <= len(_MIX):
        keys = (rows * _MIX[:rows.shape[1]]).sum(axis=1, dtype=numpy.uint64)
        _, first, where = numpy.unique(keys, return_index=True, return_inverse=True)
        distinct = rows[first]
        if numpy.array_equal(distinct[where], rows):
            return distinct, where
    distinct, where = numpy.unique(rows, axis=0, return_inverse=True)
    return distinct, where.reshape(-1)


def embed_once(model) -> int:
    """Make every embedding in ``model`` of the ``LAYOUT`` compute each distinct row once
    when predicting; how many there were."""
    found = 0
    for layer in model.walk():
        if layer.layers and _embeds(layer):
            layer._func = forward_once
            found += 1
    return found


def replace(nlp) -> int:
    """``embed_once`` over the pipeline's components' models; how many embeddings."""
    return sum(embed_once(component.model) for _, component in nlp.components
               if hasattr(component, "model") and hasattr(component.model, "walk"))
