"""The names model: CoNLL-2003's four classes (PER, ORG, LOC, MISC) on news copy.

The base model's NER was trained on OntoNotes and misses names in wire copy, results
tables and capitals; ``storygraph_names`` runs a spaCy ``ner`` trained on CoNLL-2003
train (``python -m storygraph.nlp.names_train``, weights in ``models/names/``) and puts
its names in ``doc.spans["names"]``, leaving ``doc.ents`` to the base NER (dates, money,
quantities: what CoNLL does not label). ``entities.name_spans`` joins the two.

A model trained with ``--tok2vec ner`` listens to the token vectors the base NER computes
for itself (its own encoder, trained on OntoNotes names): ``share_tok2vec`` makes the base
NER leave them in ``doc.tensor`` as it runs, so the names model costs one transition layer,
not a second encoder. (``doc.tensor`` then holds the NER's vectors, not the tagger's and
parser's; nothing after the base pipeline reads it.)
"""
from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span
from thinc.api import Model

from ..errors import ModelError

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "names"
#: The model that reads the base NER's token vectors (settings: STORYGRAPH_NAMES=shared).
SHARED_MODEL_DIR = MODEL_DIR.parent / "names_shared"
SPANS_KEY = "names"
#: A CoNLL-trained model's four classes as contract labels (LOC and MISC at their most
#: frequent refinement; ``name_spans`` refines them with the base NER's label).
CONLL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "NORP"}


def _listens(config) -> bool:
    """Whether a model config reads token vectors from an upstream component."""
    if isinstance(config, dict):
        return (str(config.get("@architectures", "")).startswith("spacy.Tok2VecListener")
                or any(_listens(v) for v in config.values()))
    return False


def _keep_tensor(inner: Model) -> Model:
    def forward(model, docs, is_train):
        vectors, backprop = inner(docs, is_train)
        for doc, array in zip(docs, vectors):
            doc.tensor = array
        return vectors, backprop
    return Model("keep_tensor", forward, layers=[inner], dims={"nO": inner.get_dim("nO")})


def share_tok2vec(nlp) -> None:
    """Make the base NER write its own token vectors into ``doc.tensor`` (once per
    pipeline), for a names model that listens to them."""
    if "ner" not in nlp.pipe_names:
        raise ModelError("the names model listens to the base NER's token vectors, "
                         "but the pipeline has no 'ner'")
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    encoder = tok2vec.layers[0]
    if encoder.name != "keep_tensor":
        tok2vec.replace_node(encoder, _keep_tensor(encoder))


class Names:
    """Runs the trained ``ner`` without touching the Doc's other entities."""

    def __init__(self, nlp, path: Path):
        spec = path / "component.json"
        if not spec.exists():
            raise ModelError(f"the names model is missing: {spec} (train it with "
                             "python -m storygraph.nlp.names_train)")
        config = json.loads(spec.read_text())["names"]
        factory = config.pop("factory")
        #: The base NER's encoder, run here where the base NER itself is switched off.
        self.encoder = None
        if _listens(config["model"]["tok2vec"]):
            if "ner" in nlp.pipe_names:
                share_tok2vec(nlp)
            elif "ner" in nlp.component_names:
                self.encoder = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
            else:
                raise ModelError("the names model listens to the base NER's token vectors, "
                                 "but the pipeline has no 'ner'")
        self.ner = nlp.create_pipe(factory, name="names", config=config)
        self.ner.from_disk(path, exclude=["vocab"])
        from ..settings import Settings
        settings = Settings.load()
        if settings.embed_once:
            from .embed_once import embed_once
            embed_once(self.ner.model)   # each distinct token embedded once: the same output
        if settings.layers == "fast":
            from .layers import fast_layers
            fast_layers(self.ner.model)   # maxout and layer norm in fewer passes: thinc's numbers
        if settings.decoder == "fast":
            from .decoders import wrap
            self.ner = wrap(self.ner)   # decoded without lock churn: the same output
        #: Whether the model gives CoNLL's classes (else the contract's labels).
        self.conll = set(self.ner.labels) <= set(CONLL_LABELS)

    def _run(self, docs):
        # The ner keeps entities already on a Doc (the base NER's) and would only fill in
        # around them: hide them while it runs, then put them back.
        kept = [tuple(doc.ents) for doc in docs]
        for doc in docs:
            doc.set_ents([], default="missing")
        if self.encoder is not None:
            for doc, array in zip(docs, self.encoder.predict(docs)):
                doc.tensor = array
        docs = list(self.ner.pipe(docs))
        for doc, ents in zip(docs, kept):
            doc.spans[SPANS_KEY] = [Span(doc, e.start, e.end, label=CONLL_LABELS[e.label_])
                                    for e in doc.ents] if self.conll else list(doc.ents)
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
    if not model_dir:
        from ..settings import Settings
        return Names(nlp, SHARED_MODEL_DIR if Settings.load().names == "shared" else MODEL_DIR)
    return Names(nlp, Path(model_dir))
