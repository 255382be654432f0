"""What the tests of the networks' faster forwards share (test_embed_once, test_layers):
the pipeline's three token-to-vector networks, news in batches, edge texts, and equality
of their outputs."""
import gzip
import json
from itertools import islice

import numpy

from tests.conftest import shared

EDGES = ["", " ", "Obama", "Obama Obama Obama.", "\n\n", "the the the the the",
         "Barack Obama met Angela Merkel in Berlin.  The the THE tHe 2.5 percent.\n\nOK"]
#: Batches of edge texts: all, one empty, one space, the longest alone and thrice.
EDGE_BATCHES = (EDGES, EDGES[:1], EDGES[1:2], EDGES[-1:], [EDGES[-1]] * 3)


def three_networks(nlp) -> dict:
    """The shared tok2vec, the base NER's and the names model's, by name."""
    return {"shared": nlp.get_pipe("tok2vec").model,
            "ner": nlp.get_pipe("ner").model.get_ref("tok2vec"),
            "names": nlp.get_pipe("storygraph_names").ner.model.get_ref("tok2vec")}


def news_batches(nlp, articles: int = 96, size: int = 16):
    """The first bench articles as Docs (tokenised only), in batches as extract runs them."""
    with gzip.open(shared("data", "bench", "news.jsonl.gz"), "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, articles)]
    for start in range(0, len(texts), size):
        yield [nlp.make_doc(text) for text in texts[start:start + size]]


def same_vectors(a, b) -> bool:
    """Two networks' outputs (an array or a list of arrays) equal, shape and value."""
    a, b = (x if isinstance(x, list) else [x] for x in (a, b))
    return len(a) == len(b) and all(x.shape == y.shape and numpy.array_equal(x, y)
                                    for x, y in zip(a, b))


def edge_batches(nlp):
    """``EDGE_BATCHES`` as Docs."""
    for batch in EDGE_BATCHES:
        yield [nlp.make_doc(text) for text in batch]


def assert_alike(nets, both, batches) -> None:
    """``both(docs)`` gives every network's output two ways (dicts by name): for every
    batch, each network's two outputs are equal."""
    for number, docs in enumerate(batches):
        one, other = both(docs)
        for name in nets:
            assert same_vectors(one[name], other[name]), (name, number)
