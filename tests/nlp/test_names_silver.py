"""The contract-labelled names model's training data (``names_silver``): CoNLL's names
typed as the default pipeline types them, silver names from unjudged bench articles."""
import gzip
import json

import spacy
from spacy.tokens import Doc, Span

from storygraph.nlp.names_silver import refine, silver_docs, silver_texts


def test_a_conll_class_takes_the_base_label_of_its_family_only():
    assert refine("GPE", "LOC") == "LOC"        # "Sahel": CoNLL's LOC, OntoNotes' LOC
    assert refine("GPE", "FAC") == "FAC"
    assert refine("GPE", "ORG") == "GPE"        # another family: the class's default
    assert refine("GPE", None) == "GPE"
    assert refine("NORP", "EVENT") == "EVENT"   # CoNLL's MISC
    assert refine("NORP", "GPE") == "NORP"
    assert refine("PERSON", "ORG") == "PERSON"


def test_typed_by_the_vote_the_base_ners_name_label_wins_across_families():
    assert refine("GPE", "ORG", "vote") == "ORG"       # CoNLL's LOC "Kremlin"
    assert refine("NORP", "ORG", "vote") == "ORG"
    assert refine("GPE", "DATE", "vote") == "GPE"      # not a name: the class's default
    assert refine("GPE", None, "vote") == "GPE"


def test_silver_texts_leave_out_judged_articles_and_their_duplicates(tmp_path):
    rows = [{"id": f"bbc-x-{i:03d}", "text": f"text {i}"} for i in range(40)]
    rows[25]["text"] = rows[15]["text"]     # the bench holds exact duplicates
    rows[35]["text"] = rows[5]["text"]
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    # index 5 mod 10: lines 5, 15, 25, 35; 15 is judged, 25 its copy, 35 a copy of 5
    assert silver_texts(path, {"bbc-x-015"}, 10) == ["text 5"]
    assert silver_texts(path, set(), 1) == ["text 5"]


class _Tagger:
    """Stands in for the base NER: returns Docs with the entities given."""

    def __init__(self, docs):
        self.docs = docs

    def pipe(self, texts, batch_size):
        return iter(self.docs)


def test_silver_names_are_the_base_ners_names_without_articles_or_possessives():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["the", "Kremlin", "'s", "envoy", "left", "on", "Monday", "for",
                            "the", "Sahel"])
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 6, 7, label="DATE"),
                Span(doc, 8, 10, label="LOC")]
    [out] = silver_docs(_Tagger([doc]), ["ignored"])
    assert [(e.text, e.label_) for e in out.ents] == [("Kremlin", "ORG"), ("Sahel", "LOC")]
    assert out[6].ent_iob_ == "O"           # a date is no name: outside, not missing
