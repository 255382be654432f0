"""Docs built by hand for the names tests: words with the names model's spans and the
base NER's entities, no pipeline."""
import spacy
from spacy.tokens import Doc, Span


def names_doc(words, names, ents, spaces=None, tags=None):
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags)
    doc.spans["names"] = [Span(doc, s, e, label=l) for s, e, l in names]
    doc.ents = [Span(doc, s, e, label=l) for s, e, l in ents]
    return doc
