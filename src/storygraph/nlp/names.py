"""The names model: CoNLL-2003's four classes (PER, ORG, LOC, MISC) on news copy.

The base model's NER was trained on OntoNotes and misses names in wire copy, results
tables and capitals; ``storygraph_names`` runs a spaCy ``ner`` trained on CoNLL-2003
train (``python -m storygraph.nlp.names_train``, weights in ``models/names/``) and puts
its names in ``doc.spans["names"]``, leaving ``doc.ents`` to the base NER (dates, money,
quantities: what CoNLL does not label). ``entities.name_spans`` joins the two. The model
listens to the base pipeline's token vectors (``doc.tensor``), so it costs one small
transition layer, not a second encoder.
"""
from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from ..errors import ModelError

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "names"
SPANS_KEY = "names"


class Names:
    """Runs the trained ``ner`` without touching the Doc's other entities."""

    def __init__(self, nlp, path: Path):
        spec = path / "component.json"
        if not spec.exists():
            raise ModelError(f"the names model is missing: {spec} (train it with "
                             "python -m storygraph.nlp.names_train)")
        config = json.loads(spec.read_text())["names"]
        factory = config.pop("factory")
        self.ner = nlp.create_pipe(factory, name="names", config=config)
        self.ner.from_disk(path, exclude=["vocab"])

    def _run(self, docs):
        # The ner keeps entities already on a Doc (the base NER's) and would only fill in
        # around them: hide them while it runs, then put them back.
        kept = [tuple(doc.ents) for doc in docs]
        for doc in docs:
            doc.set_ents([], default="missing")
        docs = list(self.ner.pipe(docs))
        for doc, ents in zip(docs, kept):
            doc.spans[SPANS_KEY] = list(doc.ents)
            doc.set_ents(list(ents), default="outside" if ents else "missing")
        return docs

    def __call__(self, doc):
        return self._run([doc])[0]

    def pipe(self, docs, batch_size: int = 64):
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)


@Language.factory("storygraph_names", assigns=["doc.spans"], default_config={"model_dir": ""})
def make_names(nlp, name, model_dir: str):
    if nlp.lang != "en" and not model_dir:
        # The shipped model read English news only: other languages keep their own NER.
        return lambda doc: doc
    return Names(nlp, Path(model_dir) if model_dir else MODEL_DIR)
