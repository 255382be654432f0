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
        self.classes = data["classes"]
        self.bias = [data["bias"][k] for k in self.classes]
        self._bias = numpy.array(self.bias)
        self.w = {f: numpy.array([row.get(k, 0.0) for k in self.classes])
                  for f, row in data["w"].items()}

    def __call__(self, feats) -> list[float]:
        rows = [self._bias]
        w = self.w
        for f in feats:
            row = w.get(f)
            if row is not None:
                rows.append(row)
        # (numpy reduces over the first axis row after row, elementwise: the same
        # sums in the same order as adding each row to the bias in Python, at half the
        # cost; the softmax stays in Python floats, numpy's exp may round otherwise)
        z = numpy.add.reduce(numpy.array(rows), axis=0).tolist()
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]


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
        p = self.trigger(feats)
        if prior is None or not self.mix:
            return p
        event = 1.0 - p[self.none]
        mixed = [0.0 if k == self.none else p[k] * prior[k] ** self.mix for k in range(len(p))]
        total = sum(mixed) or 1.0
        return [p[self.none] if k == self.none else event * v / total for k, v in enumerate(mixed)]

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
