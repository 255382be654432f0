import spacy

from storygraph.nlp.extensions import keep_text, text_of


def test_text_of_is_the_docs_text_built_once():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Sergei Lavrov said on Monday that Russia would stay.\n\nMore.")
    assert text_of(doc) == doc.text
    # The second read is the kept string itself, not a new join of the tokens.
    assert text_of(doc) is text_of(doc)


def test_keep_text_hands_over_the_input_text():
    nlp = spacy.blank("en")
    text = "Moscow denied it."
    doc = keep_text(nlp.make_doc(text), text)
    assert text_of(doc) is text
