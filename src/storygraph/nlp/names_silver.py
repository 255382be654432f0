"""Training data for a names model with the contract's labels (``names_train --labels
contract``): CoNLL-2003's gold names typed as the default pipeline types them, and silver
names from bench articles typed by the base (OntoNotes) NER.

A names model trained on CoNLL alone knows 1996's names and CoNLL's four classes; the
default pipeline refines LOC and MISC with the base NER's label for the same words and
lets that label outvote the names model on today's names ("Wagner", "Taliban"). Trained
on these labels, the names model gives those types itself, so the base NER can stay off.

The silver articles are bench lines at index 5 mod 10, none of them in a judged sample
(those score the quote and relation stages, and a name's type moves both) nor with the
text of one (the bench holds exact duplicates). The base NER labels them, not the whole
pipeline: the names model is part of that, and the data would change with each model
trained on it.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path

from .name_spans import FAMILIES, NAME_LABELS

#: Bench lines read for silver names: index 5 mod 10 (the judged samples of relations
#: draw on 1, 3 and 7; those of quotes anywhere, and are left out by id).
SILVER_RESIDUE = 5
_JUDGED_SCRIPTS = ("quotes_judged", "relations_judged")
_BENCH_ID = re.compile(r"bbc-[a-z]+-\d+")
#: Words a silver name never starts or ends with (CoNLL leaves them out).
_LEADING = {"the", "The"}
_TRAILING = {"'s", "'", "’s", "’"}


def refine(label: str, base_label, typing: str = "join") -> str:
    """A CoNLL name's contract label (PERSON, ORG, GPE or NORP in the shared files) given
    the base NER's label for the same words: as ``name_spans.name_spans`` types it
    (``join``: only within the class's family), or as the default pipeline's type vote
    ends (``vote``: the base NER's label outweighs the names model's, ``BASE_VOTE``, so
    CoNLL's LOC "Kremlin" is the ORG the base NER calls it)."""
    choices = FAMILIES[label]
    if typing == "vote" and base_label in NAME_LABELS:
        return base_label
    return base_label if base_label in choices else choices[0]


def conll_docs(ner_nlp, path: Path, typing: str = "join") -> tuple[list, int]:
    """The gold names of a contract-v1 CoNLL file as Docs (CoNLL's tokens joined by
    spaces line up with the tokenizer's), each typed by ``refine``; and how many names
    fell off token boundaries."""
    docs, lost = [], 0
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        doc = ner_nlp(record["text"])
        base = {(e.start, e.end): e.label_ for e in doc.ents}
        ents = []
        for e in record["entities"]:
            span = doc.char_span(e["start"], e["end"])
            if span is None:
                lost += 1
                continue
            ents.append(doc.char_span(e["start"], e["end"],
                                      label=refine(e["label"], base.get((span.start, span.end)), typing)))
        doc.set_ents(ents, default="outside")
        docs.append(doc)
    return docs, lost


def judged_ids(root: Path) -> set[str]:
    """Bench ids any judged sample draws or any judgement names."""
    out = set()
    for name in _JUDGED_SCRIPTS:
        spec = importlib.util.spec_from_file_location(name, root / "benchmarks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        samples = module.SAMPLES if isinstance(module.SAMPLES, tuple) else tuple(module.SAMPLES)
        for which in samples:
            out.update(module.sample_ids(which))
    for path in (root / "benchmarks").rglob("*"):
        if path.is_file() and path.suffix in (".jsonl", ".tsv", ".json", ".md"):
            out.update(_BENCH_ID.findall(path.read_text(encoding="utf-8", errors="replace")))
    return out


def silver_texts(bench: Path, exclude: set[str], limit: int) -> list[str]:
    """Up to ``limit`` bench bodies at index ``SILVER_RESIDUE`` mod 10, leaving out the
    excluded ids and any body equal to an excluded one's."""
    with gzip.open(bench, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    banned = {r["text"] for r in rows if r["id"] in exclude}
    seen, out = set(), []
    for i, r in enumerate(rows):
        if i % 10 != SILVER_RESIDUE or r["id"] in exclude or r["text"] in banned or r["text"] in seen:
            continue
        seen.add(r["text"])
        out.append(r["text"])
    return out[:limit]


def silver_docs(ner_nlp, texts: list[str]) -> list:
    """The texts as Docs whose entities are the base NER's names (contract labels),
    without a leading "the" or a trailing possessive; numbers and dates are outside."""
    from spacy.tokens import Span

    docs = []
    for doc in ner_nlp.pipe(texts, batch_size=16):
        ents = []
        for e in doc.ents:
            if e.label_ not in NAME_LABELS:
                continue
            start, end = e.start, e.end
            while start < end and doc[start].text in _LEADING:
                start += 1
            while end > start and doc[end - 1].text in _TRAILING:
                end -= 1
            if end > start:
                ents.append(Span(doc, start, end, label=e.label_))
        doc.set_ents(ents, default="outside")
        docs.append(doc)
    return docs
