"""The relation model: the trigger classifier, the sentence's type classifier and the
actor rankers, read from JSON (trained by nlp/relations_train.py). Apart from
nlp/relations.py, which decodes relations with it: how the weights score a word or an
end is one concern, which events and ends to keep another.
"""
from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Optional

import numpy

from .weights import read_weights
from .relation_features import context_features, sentence_features

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "relations" / "model.json"


class _Classes:
    """A multinomial logistic regression read from JSON (relations_train.fit_classes)."""

    def __init__(self, data: dict):
        self.classes = classes = data["classes"]
        self.bias = [data["bias"][k] for k in classes]
        # One matrix: row 0 the bias, row 1 zeros (it pads a shorter list in ``many``),
        # then each feature's weights; a feature's row by its name.
        # (filled from each feature's own weights, not asked of every class: the rows
        # are sparse, and this is built as every process starts)
        rows = data["w"].values()
        column = {k: j for j, k in enumerate(classes)}
        self._rows = numpy.zeros((len(data["w"]) + 2, len(classes)))
        self._rows[0] = self.bias
        self._rows[numpy.repeat(numpy.arange(2, len(rows) + 2), [len(row) for row in rows]),
                   [column[k] for row in rows for k in row]] = [
            v for row in rows for v in row.values()]
        self._index = {f: i for i, f in enumerate(data["w"], 2)}

    def __call__(self, feats) -> list[float]:
        return self.many([feats])[0]

    def many(self, lists) -> list[list[float]]:
        """The distribution of each feature list, all of them summed in one call. Each
        list's sum is its bias, then its features' rows added in turn (the zero row for
        a feature the model lacks), then zero rows up to the longest list's length:
        numpy reduces over an axis other than the last row after row, elementwise, so
        these are the sums, in the order, of adding each row to the bias in Python (a
        zero adds nothing). The softmax stays in Python floats: numpy's exp may round
        otherwise."""
        if not lists:
            return []
        get = self._index.get
        ids = [[0, *map(get, feats, repeat(1))] for feats in lists]
        longest = max(map(len, ids))
        for row in ids:
            row += [1] * (longest - len(row))
        out = []
        for z in numpy.add.reduce(self._rows[numpy.array(ids)], axis=1).tolist():
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            out.append([v / total for v in e])
        return out


class RelationModel:
    """The trigger classifier, the sentence's type classifier and the two actor
    rankers, read from JSON."""

    def __init__(self, data: dict):
        self.trigger = _Classes(data["trigger"])
        self.classes = self.trigger.classes
        self.none = self.classes.index("NONE")
        sentence = data.get("sentence")
        self.sentence = _Classes(sentence) if sentence else None
        self.mix = float(data.get("mix", 0.0))
        context = data.get("context")
        self.context = _Classes(context) if context else None
        self.source, self.target = data["source"]["w"], data["target"]["w"]
        #: The likeliest event of a sentence is kept from this probability up, any
        #: other from ``more``: news sentences often carry two events, PLV's one.
        self.top = float(data.get("top", 0.2))
        self.more = float(data.get("more", 0.7))
        #: Nouns that act for a name qualifying them ("Mali's government", "Russian
        #: troops"), learnt from PLV's sources (relations_train.agent_nouns).
        self.agents = frozenset(data.get("agents", ()))

    def classify(self, feats: list[str], prior: Optional[list[float]] = None) -> list[float]:
        """The trigger's distribution over NONE and the types; with ``prior`` (the
        sentence's type distribution, in ``self.classes`` order with 0 for NONE), the
        event's share (1 - NONE) is kept and split among the types by both readings."""
        return self.classify_many([feats], prior)[0]

    def classify_many(self, lists: list[list[str]],
                      prior: Optional[list[float]] = None) -> list[list[float]]:
        """``classify`` of each feature list (the candidates of one sentence), the
        trigger model's rows summed in one call."""
        out = self.trigger.many(lists)
        if prior is None or not self.mix:
            return out
        mixed_out = []
        for p in out:
            event = 1.0 - p[self.none]
            mixed = [0.0 if k == self.none else p[k] * prior[k] ** self.mix for k in range(len(p))]
            total = sum(mixed) or 1.0
            mixed_out.append([p[self.none] if k == self.none else event * v / total
                              for k, v in enumerate(mixed)])
        return mixed_out

    def quiet(self, text: str) -> float:
        """The chance that an article is of the kind of news that names few PLOVER
        events (sport, showbusiness, products); 0 without a context model."""
        if self.context is None:
            return 0.0
        return dict(zip(self.context.classes, self.context(context_features(text)))).get("quiet", 0.0)

    def sentence_prior(self, sent, table=None) -> Optional[list[float]]:
        if self.sentence is None:
            return None
        q = dict(zip(self.sentence.classes, self.sentence(sentence_features(sent, table))))
        return [q.get(k, 0.0) for k in self.classes]

    @staticmethod
    def rank(w: dict, feats: list[str]) -> float:
        # (map over dict.get: the same sum in the same order, no generator frame)
        return sum(map(w.get, feats, repeat(0.0)))


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> RelationModel:
    return read_weights(path, RelationModel, "the relation model",
                        "Rebuild it with python -m storygraph.nlp.relations_train")
