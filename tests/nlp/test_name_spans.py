"""The names as spans: the names model joined with the base NER, spans cut into names."""
from storygraph.nlp.entities import find_mentions
from storygraph.nlp.name_spans import name_spans, pieces
from tests.nlp.names_docs import names_doc


def test_names_replace_the_base_ner_and_its_labels_refine_them():
    doc = names_doc(["Olympics", "in", "Atlanta", "on", "Monday", ",", "Smith", "said", "."],
               [(0, 1, "NORP"), (2, 3, "GPE"), (6, 7, "PERSON")],
               [(0, 1, "EVENT"), (2, 3, "GPE"), (4, 5, "DATE"), (6, 7, "ORG")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Olympics", "EVENT"), ("Atlanta", "GPE"), ("Smith", "PERSON")]


def test_a_country_the_names_model_cut_or_missed_is_whole():
    doc = names_doc(["Mali", "and", "the", "Central", "African", "Republic", "met", "."],
               [(3, 5, "NORP"), (5, 6, "GPE")],
               [(0, 1, "PERSON"), (2, 6, "NORP")])
    assert {s.text for s, _ in name_spans(doc)} == {"Mali", "the Central African Republic"}
    assert {(m.text, m.label, m.entity) for m in find_mentions(doc)} == {
        ("Mali", "GPE", "mali"), ("Central African Republic", "GPE", "central-african-republic")}


def test_credit_lines_and_compass_adjectives_are_not_names():
    # Seen by the names model alone: a caption's credit, a source line, "Western" powers.
    doc = names_doc(["Smith", "/", "AP", "Photo", "Source", ":", "News", "Agencies", "Western",
                "powers", "met", "in", "Western", "Sahara", "."],
               [(0, 1, "PERSON"), (3, 4, "PERSON"), (6, 8, "ORG"), (8, 9, "NORP"), (12, 14, "GPE")],
               [(0, 1, "PERSON")])
    assert [s.text for s, _ in name_spans(doc)] == ["Smith", "Western Sahara"]


def test_a_compass_adjective_the_base_ner_tags_too_stays_a_name():
    doc = names_doc(["Western", "Union", "and", "Western", "said"], [(3, 4, "NORP")], [(3, 4, "NORP")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [("Western", "NORP")]


def test_scores_brackets_and_line_breaks_split_names():
    doc = names_doc(["Kent", "108-3", "(", "Scott", "Draper", ")", "\n", "Romania", "-", "Cosmin", "Contra"],
               [], [], spaces=[True, True, True, True, True, False, False, True, True, True, False])
    assert [p.text for p in pieces(doc, doc[0:11])] == ["Kent", "Scott Draper", "Romania", "Cosmin Contra"]


def test_a_contract_labelled_names_model_keeps_its_label_unless_the_base_ner_refines_it():
    # Without the base NER (STORYGRAPH_BASE_NER=off) "Sahel" stays the names model's LOC;
    # with it, the base label of the same family decides, as for a CoNLL model.
    doc = names_doc(["Sahel", "and", "Kremlin", "and", "Goma"],
               [(0, 1, "LOC"), (2, 3, "ORG"), (4, 5, "LOC")], [(4, 5, "GPE")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Sahel", "LOC"), ("Kremlin", "ORG"), ("Goma", "GPE")]
