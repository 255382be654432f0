"""The relation model's classifiers give, for many candidates in one call, exactly what
each candidate's own sum gives."""
import math
import random

import pytest

from storygraph.nlp.relation_model import _Classes


def _reference(data: dict, feats: list[str]) -> list[float]:
    # (the sums in Python floats, the bias first, then each known feature's row in turn)
    classes = data["classes"]
    z = [data["bias"][k] for k in classes]
    for f in feats:
        row = data["w"].get(f)
        if row is not None:
            z = [v + row.get(k, 0.0) for v, k in zip(z, classes)]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    return [v / sum(e) for v in e]


@pytest.mark.parametrize("n_classes", [2, 4, 17, 21])
@pytest.mark.parametrize("seed", [1, 7])
def test_many_candidates_score_as_each_alone(n_classes, seed):
    rng = random.Random(seed)
    classes = ["NONE"] + [f"T{k}" for k in range(n_classes - 1)]
    data = {"classes": classes,
            "bias": {k: rng.uniform(-2, 2) for k in classes},
            "w": {f"f{i}": {k: rng.uniform(-3, 3)
                            for k in rng.sample(classes, max(1, n_classes - 1))}
                  for i in range(300)}}
    model = _Classes(data)
    lists = [[f"f{rng.randrange(360)}" for _ in range(rng.randrange(0, 80))]
             for _ in range(60)] + [[], ["unknown"]]
    assert model.many(lists) == [_reference(data, feats) for feats in lists]
    assert model(lists[0]) == _reference(data, lists[0])
    assert model.many([]) == []


def test_the_weight_matrix_holds_each_features_weights_bit_for_bit():
    # (filled from the sparse rows: a class a feature lacks weighs zero; every float as read)
    import numpy

    from storygraph.nlp.relation_model import MODEL_PATH
    from storygraph.nlp.weights import read_weights

    def dense(data):
        classes = data["classes"]
        return numpy.array([[data["bias"][k] for k in classes], [0.0] * len(classes)]
                           + [[row.get(k, 0.0) for k in classes] for row in data["w"].values()])

    toy = {"classes": ["NONE", "A", "B"], "bias": {"NONE": 0.5, "A": -0.0, "B": 1e-300},
           "w": {"x": {"B": -2.25}, "y": {}, "z": {"NONE": 0.1, "A": -0.0, "B": 3.0}}}
    shipped = read_weights(str(MODEL_PATH), dict, "the relation model", "")
    for data in [toy] + [shipped[part] for part in ("trigger", "sentence", "context")]:
        rows = _Classes(data)._rows
        assert rows.view(numpy.uint64).tolist() == dense(data).view(numpy.uint64).tolist()
    assert _Classes(toy)._index == {"x": 2, "y": 3, "z": 4}
