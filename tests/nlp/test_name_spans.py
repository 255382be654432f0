"""The names as spans: the names model joined with the base NER, spans cut into names."""
import pytest
from spacy.tokens import Span

from storygraph.nlp.entities import find_mentions
from storygraph.nlp.name_pieces import pieces
from storygraph.nlp.name_spans import name_spans
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


def _tagged(words, pos, ents=(), starts=()):
    doc = names_doc(words, [], list(ents))
    for tok, p in zip(doc, pos):
        tok.pos_ = p
        tok.is_sent_start = tok.i == 0 or tok.i in starts
    return doc


def test_a_name_ends_where_a_clause_goes_on():
    # The names model ran "the Lib Dems" into "of making promises", "Ms King" into 'of
    # being a "New Labour': the verb, the article and the quotation mark end a name.
    doc = _tagged(["Lib", "Dems", "of", "making", "promises"], ["PROPN", "PROPN", "ADP", "VERB", "NOUN"])
    assert [p.text for p in pieces(doc, doc[0:5])] == ["Lib Dems"]
    doc = _tagged(["Ms", "King", "of", "being", "a", '"', "New", "Labour"],
                  ["PROPN", "PROPN", "ADP", "AUX", "DET", "PUNCT", "PROPN", "PROPN"])
    assert [p.text for p in pieces(doc, doc[0:8])] == ["Ms King", "New Labour"]
    doc = _tagged(["Tories", "accuse", "Labour"], ["PROPN", "VERB", "PROPN"])
    assert [p.text for p in pieces(doc, doc[0:3])] == ["Tories", "Labour"]


def test_inner_words_of_names_stay():
    doc = _tagged(["Bank", "of", "England", "and", "Osama", "bin", "Laden"],
                  ["PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN"])
    assert [p.text for p in pieces(doc, doc[0:3])] == ["Bank of England"]
    assert [p.text for p in pieces(doc, doc[4:7])] == ["Osama bin Laden"]
    doc = _tagged(["Kengo", "wa", "Dondo", "and", "Sant", "'", "Egidio"],
                  ["PROPN", "X", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN"])
    assert [p.text for p in pieces(doc, doc[0:3])] == ["Kengo wa Dondo"]
    assert [p.text for p in pieces(doc, doc[4:7])] == ["Sant ' Egidio"]


def test_a_joining_word_never_ends_a_name_and_a_body_of_a_person_is_two_names():
    doc = _tagged(["Department", "of", "Work", "and"], ["PROPN", "ADP", "PROPN", "CCONJ"])
    assert [p.text for p in pieces(doc, doc[0:4])] == ["Department of Work"]
    doc = _tagged(["Labour", "of", "Robert", "Jackson"], ["PROPN", "ADP", "PROPN", "PROPN"],
                  ents=[(0, 1, "ORG"), (2, 4, "PERSON")])
    assert [p.text for p in pieces(doc, doc[0:4])] == ["Labour", "Robert Jackson"]
    doc = _tagged(["Bank", "of", "Robert", "Jackson"], ["PROPN", "ADP", "PROPN", "PROPN"],
                  ents=[(2, 4, "PERSON")])
    assert [p.text for p in pieces(doc, doc[0:4])] == ["Bank of Robert Jackson"]


def test_a_lowercase_word_after_a_dash_is_no_name_nor_a_clause_opening_word():
    doc = names_doc(["Campbell", "-", "we"], [], [], spaces=[True, True, False])
    assert [p.text for p in pieces(doc, doc[0:3])] == ["Campbell"]
    doc = _tagged(["Wake", "up", "!"], ["VERB", "ADP", "PUNCT"])
    assert [p.text for p in pieces(doc, doc[0:2])] == []


def test_a_capital_inside_a_date_or_an_amount_is_no_name():
    # (the names model took "Christmas" for a person, which the gazetteer then made
    # Christmas Island; "More" opening "More than 90%")
    doc = names_doc(["Sales", "rose", "over", "Christmas", ".", "More", "than", "90", "%",
                     "left", "Acme", "."],
               [(3, 4, "PERSON"), (5, 6, "PERSON"), (10, 11, "ORG")],
               [(3, 4, "DATE"), (5, 9, "PERCENT"), (10, 11, "ORG")])
    assert [s.text for s, _ in name_spans(doc)] == ["Acme"]


def test_a_portfolio_before_an_office_is_not_the_bodys_name():
    doc = names_doc(["EU", "Trade", "Commissioner", "Peter", "Mandelson", "spoke", "."],
               [(0, 2, "ORG"), (3, 5, "PERSON")],
               [(0, 1, "ORG"), (3, 5, "PERSON")])
    assert [s.text for s, _ in name_spans(doc)] == ["EU", "Peter Mandelson"]


def test_a_place_an_office_and_a_person_read_as_one_body_are_three():
    # "Alameda County District Attorney Pamela Price": the names model's one body; the
    # base NER's place and person stand, the office between them is no one's name.
    doc = names_doc(["Alameda", "County", "District", "Attorney", "Pamela", "Price", "spoke",
                     ";", "Apple", "Chief", "Executive", "Tim", "Cook", "did", "."],
                    [(0, 6, "ORG"), (8, 11, "ORG"), (11, 13, "PERSON")],
                    [(0, 2, "GPE"), (4, 6, "PERSON"), (8, 9, "ORG"), (11, 13, "PERSON")])
    assert sorted((s.text, label) for s, label in name_spans(doc)) == [
        ("Alameda County", "GPE"), ("Apple", "ORG"), ("Pamela Price", "PERSON"),
        ("Tim Cook", "PERSON")]


def test_a_full_name_after_an_office_the_names_model_left_out_is_a_person():
    doc = names_doc(["Alameda", "County", "District", "Attorney", "Pamela", "Price", "spoke",
                     "."],
                    [(0, 3, "ORG")],
                    [(0, 2, "GPE"), (4, 6, "PERSON")])
    assert sorted((s.text, label) for s, label in name_spans(doc)) == [
        ("Alameda County", "ORG"), ("Pamela Price", "PERSON")]
def test_without_the_base_ner_a_title_before_a_name_also_written_bare_is_cut():
    # The names model read "Judge Kavanaugh" as a body: the article writes "Kavanaugh"
    # alone too, so the title is no part of the name; "Major League" is never bare.
    doc = names_doc(["Judge", "Kavanaugh", "and", "Major", "League", "met", ";", "Kavanaugh",
                     "left", "."],
                    [(0, 2, "ORG"), (3, 5, "ORG"), (7, 8, "ORG")], [])
    assert [s.text for s, _ in name_spans(doc)] == ["Kavanaugh", "Major League", "Kavanaugh"]


def test_a_number_the_base_ner_ends_a_bodys_name_with_is_the_names():
    # The names model stops before "4" (CoNLL reads a number after a name as a score).
    doc = names_doc(["Channel", "4", "share", "rose", ",", "Kent", "108", "said", "."],
                    [(0, 1, "ORG"), (5, 6, "ORG")],
                    [(0, 2, "ORG"), (5, 6, "ORG"), (6, 7, "CARDINAL")])
    assert [s.text for s, _ in name_spans(doc)] == ["Channel 4", "Kent"]


def test_a_departments_listed_portfolio_is_one_name():
    doc = names_doc(["the", "Department", "for", "Culture", ",", "Media", "and", "Sport", "said",
                     ";", "Bank", "of", "England", ",", "Barclays", "and", "HSBC", "agreed"],
                    [(1, 4, "ORG"), (5, 8, "ORG"), (10, 13, "ORG"), (14, 15, "ORG"), (16, 17, "ORG")],
                    [], spaces=[not (w in (3, 12)) for w in range(18)])
    found = [s.text for s, _ in name_spans(doc)]
    assert found == ["Department for Culture, Media and Sport", "Bank of England", "Barclays", "HSBC"]
    assert [p.text for p in pieces(doc, doc[1:8])] == ["Department for Culture, Media and Sport"]


def test_a_party_before_a_full_name_is_the_party_and_the_person():
    # Both models read "Tory Dominic Grieve" and "Lib Dem Norman Baker" as one person;
    # the article's own "Lib Dems" and a party member's word ("Tory") say whose they are.
    doc = names_doc(["Tory", "Dominic", "Grieve", "said", ".", "Lib", "Dem", "Norman", "Baker",
                     "said", ".", "The", "Lib", "Dems", "agreed", ".", "Mary", "Jo", "White",
                     "said", "."],
                    [(0, 3, "PERSON"), (5, 9, "PERSON"), (12, 14, "ORG"), (16, 19, "PERSON")],
                    [(0, 3, "PERSON"), (5, 9, "PERSON"), (16, 19, "PERSON")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Tory", "NORP"), ("Dominic Grieve", "PERSON"), ("Lib Dem", "ORG"),
        ("Norman Baker", "PERSON"), ("Lib Dems", "ORG"), ("Mary Jo White", "PERSON")]
    # The base NER tags the two apart where the names model reads one body.
    doc = names_doc(["Democrat", "Nancy", "Pelosi", "said", "."], [(0, 3, "ORG")],
                    [(0, 1, "NORP"), (1, 3, "PERSON")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Democrat", "NORP"), ("Nancy Pelosi", "PERSON")]


def test_two_names_joined_by_and_are_two_unless_the_base_ner_reads_one():
    doc = names_doc(["The", "Tories", "and", "Labour", "disagreed", ".", "Labour", "said", "."],
                    [], [(1, 2, "NORP"), (6, 7, "ORG")])
    assert [p.text for p in pieces(doc, doc[1:4])] == ["Tories", "Labour"]
    # (the base NER cuts a body's name at "and" too: one name where the second part is of
    # the first's kind and written nowhere else)
    doc = names_doc(["A", "Department", "for", "Education", "and", "Skills", "spokeswoman"],
                    [], [(1, 4, "ORG"), (5, 6, "ORG")])
    assert [p.text for p in pieces(doc, doc[1:6])] == ["Department for Education and Skills"]
    doc = names_doc(["the", "Queen", "and", "Prince", "Philip", "will", "lead"], [], [(3, 5, "PERSON")])
    assert [p.text for p in pieces(doc, doc[1:5])] == ["Queen", "Prince Philip"]
    doc = names_doc(["Bill", "and", "Melinda", "Gates", "Foundation"], [], [(2, 4, "PERSON")])
    assert [p.text for p in pieces(doc, doc[0:5])] == ["Bill and Melinda Gates Foundation"]
    doc = names_doc(["Procter", "&", "Gamble", "rose", "."], [], [(0, 3, "ORG")])
    assert [p.text for p in pieces(doc, doc[0:3])] == ["Procter & Gamble"]
    doc = names_doc(["Bosnia", "and", "Herzegovina", "voted"], [], [(0, 1, "GPE"), (2, 3, "GPE")])
    assert [p.text for p in pieces(doc, doc[0:3])] == ["Bosnia and Herzegovina"]


def test_a_name_cut_on_a_joining_word_is_the_base_ners_whole_name():
    doc = names_doc(["The", "Department", "of", "Work", "and", "Pensions", "said", "."],
                    [(1, 5, "ORG"), (5, 6, "ORG")], [(0, 6, "ORG")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("The Department of Work and Pensions", "ORG")]


def test_a_body_before_a_role_and_a_person_is_never_a_person():
    from storygraph.nlp.name_pieces import at_role
    doc = names_doc(["Green", "MP", "Caroline", "Lucas", "agreed"], [], [])
    assert [(s.text, label) for s, label in at_role(doc, doc[0:4], "PERSON")] == [
        ("Green", "ORG"), ("Caroline Lucas", "PERSON")]


def test_a_peoples_word_the_names_model_missed_beside_its_plural_is_a_name():
    doc = names_doc(["The", "Tories", "said", "no", ".", "Tory", "leader", "Michael", "Howard"],
                    [(1, 2, "ORG"), (7, 9, "PERSON")],
                    [(1, 2, "NORP"), (5, 6, "NORP"), (7, 9, "PERSON")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Tories", "ORG"), ("Tory", "NORP"), ("Michael Howard", "PERSON")]


def test_a_country_named_by_two_places_joined_by_and_is_one():
    doc = names_doc(["Bosnia", "and", "Herzegovina", "voted", ";", "Mali", "and", "Chad", "too"],
                    [(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")],
                    [(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")])
    assert [s.text for s, _ in name_spans(doc)] == ["Bosnia and Herzegovina", "Mali", "Chad"]


def test_a_members_office_is_no_part_of_a_name_and_alone_no_name():
    from storygraph.nlp.name_trims import trim
    doc = names_doc(["Margaret", "Moran", "MP", "said", ".", "The", "MP", "said", ".", "MP",
                     "Boris", "Johnson", "spoke"], [], [])
    assert trim(doc, doc[0:3]).text == "Margaret Moran"
    assert trim(doc, doc[6:7]) is None
    assert trim(doc, doc[9:12]).text == "Boris Johnson"


def test_capitals_that_only_modify_a_common_noun_are_no_name():
    from storygraph.nlp.acronyms import common_acronyms
    doc = names_doc(["ID", "cards", "cost", ";", "PCS", "members", "and", "the", "BBC", "said",
                     ",", "BBC", "staff", "and", "NAO", "staff", "of", "the", "National",
                     "Audit", "Office", ";", "ID", "cards", "and", "PCS", "members", "and",
                     "ITV", "staff"], [], [(8, 9, "ORG"), (18, 21, "ORG")])
    heads = {0: 1, 4: 5, 11: 12, 14: 15, 22: 23, 25: 26, 28: 29}
    for tok in doc:
        tok.pos_ = "NOUN" if tok.is_lower and tok.is_alpha else "PROPN"
    for i, h in heads.items():
        doc[i].head = doc[h]
        doc[i].dep_ = "compound"
    spans = [doc[0:1], doc[4:5], doc[8:9], doc[11:12], doc[14:15], doc[18:21], doc[22:23],
             doc[25:26], doc[28:29]]
    # "BBC" the base NER tags; "NAO" abbreviates a name of the article; "ITV" is written
    # once only
    assert common_acronyms(doc, spans, doc.ents) == {"ID", "PCS"}
    # PCS written once as a name, not a modifier ("PCS said"): a name everywhere
    doc[4].head, doc[4].dep_ = doc[9], "nsubj"
    assert common_acronyms(doc, spans, doc.ents) == {"ID"}
    assert common_acronyms(doc, spans, ()) == set()


def test_a_plural_common_noun_opening_a_sentence_opens_no_name():
    from storygraph.nlp.name_trims import trim
    doc = names_doc(["Critics", "of", "Smith", "said", "so", "."], [], [])
    doc[0].tag_, doc[0].is_sent_start = "NNS", True
    assert trim(doc, doc[0:3]).text == "of Smith"   # (``pieces`` drops the "of")
    doc = names_doc(["Friends", "of", "the", "Earth", "said"], [], [(0, 4, "ORG")])
    doc[0].tag_, doc[0].is_sent_start = "NNS", True
    assert trim(doc, doc[0:4]).text == "Friends of the Earth"


def test_a_name_cut_at_a_possessive_inside_it_is_one_name():
    # Thirteenth sample (issue 11): "The Lloyd's List International newspaper said": the
    # names model cut "Lloyd's" | "List International", the base NER read one body, and
    # the speaker's id was "lloyd".
    words = ["The", "Lloyd", "'s", "List", "International", "newspaper", "said", "so", "."]
    spaces = [True, False] + [True] * (len(words) - 2)
    doc = names_doc(words, [(1, 3, "ORG"), (3, 5, "ORG")], [(0, 5, "ORG")], spaces=spaces)
    for tok, tag in zip(doc, ["DT", "NNP", "POS", "NNP", "NNP", "NN", "VBD", "RB", "."]):
        tok.tag_ = tag
    assert [(s.text, label) for s, label in name_spans(doc)] == [("Lloyd's List International", "ORG")]
    # but a body the text also names by itself owns what follows it
    words += ["Lloyd", "said", "no", "."]
    spaces += [True] * 4
    doc = names_doc(words, [(1, 3, "ORG"), (3, 5, "ORG"), (9, 10, "ORG")], [(0, 5, "ORG")],
                    spaces=spaces)
    for tok, tag in zip(doc, ["DT", "NNP", "POS", "NNP", "NNP", "NN", "VBD", "RB", ".", "NNP"]):
        tok.tag_ = tag
    assert "Lloyd's List International" not in [s.text for s, _ in name_spans(doc)]


def test_a_bodys_name_of_plural_words_runs_on_over_in_and_a_place():
    # Tenth and fourteenth samples (issue 11): "the pressure group Human Rights in China
    # said": the names model stopped before "in", and the group's id was "human-rights".
    words = ["the", "pressure", "group", "Human", "Rights", "in", "China", "said", "."]
    doc = names_doc(words, [(3, 5, "ORG"), (6, 7, "GPE")], [(6, 7, "GPE")])
    for tok, tag, lemma in zip(doc, ["DT", "NN", "NN", "NNP", "NNPS", "IN", "NNP", "VBD", "."],
                               ["the", "pressure", "group", "Human", "Rights", "in", "China", "say", "."]):
        tok.tag_, tok.lemma_ = tag, lemma
    assert [(s.text, label) for s, label in name_spans(doc)] == [("Human Rights in China", "ORG")]
    # but a body named by a name of its own stays apart from the place it is in
    words[3:5] = ["Amnesty", "International"]
    doc = names_doc(words, [(3, 5, "ORG"), (6, 7, "GPE")], [(6, 7, "GPE")])
    for tok, tag, lemma in zip(doc, ["DT", "NN", "NN", "NNP", "NNP", "IN", "NNP", "VBD", "."],
                               ["the", "pressure", "group", "Amnesty", "International", "in", "China", "say", "."]):
        tok.tag_, tok.lemma_ = tag, lemma
    assert len(name_spans(doc)) == 2


def test_a_name_cut_at_a_foreign_names_particle_is_one_name():
    # "Prince Bandar bin Sultan" read as a person and a place "Sultan"; a paper's
    # "Gazzetta dello Sport" as a body "Sport": one name across the particle.
    doc = _tagged(["Prince", "Bandar", "bin", "Sultan", ",", "the", "envoy", ",", "said", "so",
                   "and", "The", "Gazzetta", "dello", "Sport", "said", "it", "too"],
                  ["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
                   "ADV", "CCONJ", "DET", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "ADV"],
                  [(1, 4, "PERSON"), (12, 13, "PRODUCT"), (14, 15, "ORG")])
    doc.spans["names"] = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="GPE"),
                          Span(doc, 14, 15, label="ORG")]
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Bandar bin Sultan", "PERSON"), ("Gazzetta dello Sport", "ORG")]


def test_a_particle_after_a_common_word_joins_nothing():
    doc = _tagged(["talks", "de", "Gaulle", "began"], ["NOUN", "PROPN", "PROPN", "VERB"],
                  [(2, 3, "PERSON")])
    doc.spans["names"] = [Span(doc, 2, 3, label="PERSON")]
    assert [(s.text, label) for s, label in name_spans(doc)] == [("Gaulle", "PERSON")]


def test_a_bodys_name_begun_late_is_the_base_ners_whole_name():
    # BBC politics: "the Information Commissioner's Office" was "Office" to the names
    # model (an entity every "Office" joined), "The Serious Fraud Office" a place "Fraud
    # Office"; the base NER reads both whole. A name of its own inside stays apart.
    doc = names_doc(["A", "spokesman", "for", "the", "Information", "Commissioner", "'s",
                     "Office", "said", ".", "The", "Serious", "Fraud", "Office", "agreed", ".",
                     "The", "Russian", "Foreign", "Ministry", "said", "."],
                    [(7, 8, "ORG"), (12, 14, "GPE"), (17, 18, "NORP"), (18, 20, "ORG")],
                    [(3, 8, "ORG"), (10, 14, "ORG"), (16, 20, "ORG")],
                    tags="DT NN IN DT NNP NNP POS NNP VBD . DT NNP NNP NNP VBD . DT NNP NNP NNP "
                         "VBD .".split())
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Information Commissioner 's Office", "ORG"), ("Serious Fraud Office", "ORG"),
        ("Russian", "NORP"), ("Foreign Ministry", "ORG")]
    # Common words the base NER takes in before it are no part of the name (AIDA:
    # "Representatives of First Bank , Norwest ... said").
    doc = names_doc(["Representatives", "of", "First", "Bank", "said", "."],
                    [(2, 4, "ORG")], [(0, 4, "ORG")], tags="NNS IN NNP NNP VBD .".split())
    assert [(s.text, label) for s, label in name_spans(doc)] == [("First Bank", "ORG")]


@pytest.mark.model
def test_a_determiner_or_superlative_opening_a_sentence_is_no_name(nlp):
    # (BBC: "Those who had a ticket …" and "Most (62%) said …" were persons the next
    # he/she and "the band's spokesman" stood for)
    doc = nlp("The band played a short set on Monday. Those who had a ticket for the show in "
              "Glasgow are being advised to retain their ticket stub. One in three women, "
              "the survey said, thought they would lose touch. Most (62%) said they had no "
              "idea what their partner's number was.")
    assert not [m.text for m in doc._.mentions if m.text.split()[0] in ("Those", "Most")]


@pytest.mark.model
def test_a_possessive_opening_a_sentence_is_no_name(nlp):
    # (BBC bench: the names model read a sentence's opening "Their" as a person 18 times,
    # and the store made one entity of them all, joined to a "Gary Thayer")
    doc = nlp("Relatives of the victims claimed the film should be removed. Their lawyer, "
              "Majeed Memon, said the court had agreed. His client was not in court.")
    assert not [m.text for m in doc._.mentions if m.text.split()[0] in ("Their", "His")]
    assert "Majeed Memon" in [m.text for m in doc._.mentions]


def test_an_ampersand_that_lost_its_marks_joins_a_firms_names():
    # Eighteenth sample (issue 11): TimeBank's "Crum amp Forster" ("&amp;" read as a word)
    # is one firm, not a place "Crum" and a body "Forster" (a split of its name).
    doc = names_doc(["A", "spokeswoman", "for", "Crum", "amp", "Forster", "said", ".",
                     "Standard", "amp", "Poor", "'s", "Corp.", "cut", "it", "."],
                    [(3, 4, "GPE"), (5, 6, "ORG"), (8, 9, "PERSON"), (10, 11, "PERSON")],
                    [(3, 4, "GPE"), (5, 6, "ORG"), (8, 9, "PERSON"), (12, 13, "ORG")],
                    spaces=[True] * 10 + [False] + [True] * 5)
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Crum amp Forster", "ORG"), ("Standard amp Poor's Corp.", "ORG")]


@pytest.mark.model
def test_an_ampersand_that_lost_its_marks_stays_inside_the_name(nlp):
    doc = nlp("Xerox Corp. has told employees in its Crum amp Forster personal insurance "
              "operations that it is laying off about 300 people.\n\nA spokeswoman for Crum "
              "amp Forster said employees were told early this week.")
    assert {(m.text, m.label) for m in doc._.mentions if "Crum" in m.text or "Forster" in m.text} \
        == {("Crum amp Forster", "ORG")}


@pytest.mark.model
def test_a_name_set_on_a_slash_with_no_space_is_kept_whole(nlp):
    # The twentieth judged sample: "According to In-Stat/MDR" was given "mdr", a piece.
    doc = nlp("Sales will double by 2009, according to market analysts In-Stat/MDR. "
              "According to In-Stat/MDR, India is a key market.")
    assert {(m.text, m.entity) for m in doc._.mentions if "MDR" in m.text} == {
        ("In-Stat/MDR", "in-stat-mdr")}, doc._.mentions
    # (a spaced slash still parts two names, as before)
    doc = nlp("Merkel 's CDU / CSU bloc said on Monday it would back the plan .")
    assert {m.text for m in doc._.mentions} >= {"CDU", "CSU"}, doc._.mentions
    # (nor is a slash between two people's surnames one body: a relation sample's
    # "the Brown/Blair feud" was given one entity, brown-blair)
    doc = nlp("Gordon Brown and Tony Blair met. Nobody can dismiss the Brown/Blair feud "
              "as hearsay.")
    assert "brown-blair" not in {m.entity for m in doc._.mentions}, doc._.mentions


@pytest.mark.model
def test_a_word_of_time_opening_a_sentence_is_no_part_of_a_bodys_name(nlp):
    doc = nlp("The deficit is set to rise. Past Congressional Budget Office (CBO) forecasts "
              "said there would be a shortfall. The CBO says it envisages a decline.")
    ids = {m.text: m.entity for m in doc._.mentions}
    assert "Past Congressional Budget Office" not in ids, ids
    assert ids.get("Congressional Budget Office") == ids.get("CBO"), ids


def test_a_peoples_word_the_acronym_spells_is_part_of_the_bodys_name():
    # "The Japanese Rugby Football Union (JRFU)": the J is the Japanese's, so the body is
    # no other nation's union and its acronym joins it
    words = ("Hong Kong Rugby Football Union chairman spoke . The Japanese Rugby Football "
             "Union ( JRFU ) says so . JRFU said it").split()
    doc = names_doc(words, [(0, 5, "ORG"), (9, 10, "MISC"), (10, 13, "ORG"), (14, 15, "ORG"),
                            (20, 21, "ORG")], [])
    found = {m.text: m.entity for m in find_mentions(doc)}
    assert found.get("Japanese Rugby Football Union") == found.get("JRFU"), found
    assert found["JRFU"] != found["Hong Kong Rugby Football Union"], found
    # (a people's word the acronym does not spell stays apart: "(RA)" has no J)
    words = "The Japanese Racing Association ( RA ) said so".split()
    doc = names_doc(words, [(1, 2, "MISC"), (2, 4, "ORG"), (5, 6, "ORG")], [])
    assert "Racing Association" in {m.text for m in find_mentions(doc)}


@pytest.mark.model
def test_a_plural_title_is_no_part_of_a_name(nlp):
    # Twenty-third judged sample (issue 11): "Messrs. X and Y" minted "messrs-x", which
    # every later "Mr. X" joined, beside the man's own full name.
    doc = nlp("Acme Corp. said its chairman Peter Kowalski and Leon Tarrant plan a bid. The "
              "directors said if Messrs. Kowalski and Tarrant mail an offer by Nov. 22, it "
              "will pay them. Mr. Kowalski said he would bid.")
    ids = {m.text: m.entity for m in doc._.mentions if "Kowalski" in m.text}
    assert set(ids.values()) == {"peter-kowalski"}, ids


def test_a_bodys_name_cut_at_its_of_is_whole_where_the_base_ner_reads_it_so():
    # Twenty-fourth sample (issue 11): "The Bureau of Labor Statistics said" was cut into
    # "The Bureau" and "Labor Statistics", and the speaker resolved to an id "bureau".
    words = "The Bureau of Labor Statistics said jobs grew .".split()
    doc = names_doc(words, [(0, 2, "PERSON"), (3, 5, "ORG")], [(0, 5, "ORG")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Bureau of Labor Statistics", "ORG")]
    assert {m.entity for m in find_mentions(doc)} == {"bureau-of-labor-statistics"}
    # (never two names the base NER reads apart, nor a long head: "Representatives of |
    # First Bank")
    words = "Representatives of First Bank met .".split()
    doc = names_doc(words, [(0, 1, "ORG"), (2, 4, "ORG")], [(0, 4, "ORG")])
    assert "Representatives of First Bank" not in [s.text for s, _ in name_spans(doc)]


def test_one_surface_is_one_name_in_a_document():
    # Twenty-fourth sample: "The White House said" read whole once and as "The White"
    # (a person) two paragraphs on: the base NER's whole name, which the names model
    # reads whole elsewhere, stands.
    words = "The White House said it . The White House said no .".split()
    doc = names_doc(words, [(1, 3, "GPE"), (6, 8, "PERSON")], [(0, 3, "ORG"), (6, 9, "ORG")])
    assert [s.text for s, _ in name_spans(doc)] == ["White House", "White House"]
    assert {m.entity for m in find_mentions(doc)} == {"white-house"}


def test_a_firms_name_opening_on_a_possessive_is_one_body():
    # The twenty-fifth judged sample: "Young's Market Co." was a body "Young" and a
    # person "Market Co."; a person's or another body's possessive stays apart.
    doc = names_doc(["Young", "'s", "Market", "Co.", "said", ";", "Murdoch", "'s", "News",
                     "Corp", "said", ";", "Google", "'s", "YouTube", "Inc.", "said", "."],
                    [(0, 2, "ORG"), (2, 4, "PERSON"), (6, 7, "PERSON"), (8, 10, "ORG"),
                     (12, 13, "ORG"), (14, 16, "ORG")],
                    [(0, 4, "ORG"), (6, 7, "PERSON"), (8, 10, "ORG"), (12, 13, "ORG"),
                     (14, 16, "ORG")])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Young 's Market Co.", "ORG"), ("Murdoch", "PERSON"), ("News Corp", "ORG"),
        ("Google", "ORG"), ("YouTube Inc.", "ORG")]


@pytest.mark.model
def test_two_names_set_on_a_slash_that_the_text_writes_alone_are_two(nlp):
    # The twenty-sixth judged sample: "the Ryanair/Boeing order book" made one name, and
    # "ryanair-boeing" the id of every "Boeing" across the run.
    doc = nlp("Aerolux said it would buy 20 jets from Boeing, bringing the Aerolux/Boeing order "
              "book to 90. Boeing said the order was its largest.")
    assert {(m.text, m.entity) for m in doc._.mentions} == {
        ("Aerolux", "aerolux"), ("Boeing", "boeing")}


def test_a_leads_name_in_capitals_is_the_base_ners_whole_name():
    # The twenty-sixth judged sample: "BLOCKBUSTER ENTERTAINMENT CORP. said" kept the
    # names model's person "BLOCKBUSTER"; a dateline in capitals stays the names model's.
    words = ["\n", "BLOCKBUSTER", "ENTERTAINMENT", "CORP.", "said", "it", "grew", ".", "\n",
             "LA", "CORUNA", ",", "Spain", "\n", "A", "goal", "."]
    doc = names_doc(words, [(1, 2, "PERSON"), (9, 10, "GPE"), (12, 13, "GPE")],
                    [(1, 4, "ORG"), (9, 11, "GPE"), (12, 13, "GPE")],
                    spaces=[False, True, True, True, True, True, False, False, False,
                            True, False, True, False, False, True, False, False])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("BLOCKBUSTER ENTERTAINMENT CORP.", "ORG"), ("LA", "GPE"), ("Spain", "GPE")]


def test_a_person_of_a_body_ends_before_of():
    # The names model ran a person's name on into "of IT firm …": her name ends at "of",
    # and "IT" (no name the base NER tags) is no body; a tagged body after "of" stays one.
    doc = _tagged(["Rosa", "Hallberg", "of", "IT"], ["PROPN", "PROPN", "ADP", "PROPN"],
                  ents=[(0, 2, "PERSON")])
    assert [p.text for p in pieces(doc, doc[0:4])] == ["Rosa Hallberg"]
    doc = _tagged(["Rosa", "Hallberg", "of", "Nexon", "Data"], ["PROPN", "PROPN", "ADP", "PROPN", "PROPN"],
                  ents=[(0, 2, "PERSON"), (3, 5, "ORG")])
    assert [p.text for p in pieces(doc, doc[0:5])] == ["Rosa Hallberg", "Nexon Data"]
    doc = _tagged(["Bank", "of", "England"], ["PROPN", "ADP", "PROPN"], ents=[(0, 3, "ORG")])
    assert [p.text for p in pieces(doc, doc[0:3])] == ["Bank of England"]


def test_a_titled_surname_joins_a_full_name_the_tagger_ran_on_into_of():
    doc = names_doc(["Rosa", "Hallberg", "of", "IT", "said", "so", ".", "Ms", "Hallberg", "agreed", "."],
                    [(0, 4, "ORG"), (7, 9, "PERSON")], [(0, 2, "PERSON"), (7, 9, "PERSON")])
    for tok in doc:
        tok.pos_ = "ADP" if tok.text == "of" else "VERB" if tok.text in ("said", "agreed") else "PROPN"
    assert {m.text: m.entity for m in find_mentions(doc)} == {
        "Rosa Hallberg": "rosa-hallberg", "Ms Hallberg": "rosa-hallberg"}


def test_a_question_word_is_no_name_but_the_band_keeps_its_article():
    # The names model took a quoted question's "Who" for a person, whom a relation then
    # had demand something.
    words = ['"', "Who", "is", "asking", "Ann", "Lee", "to", "run", "?", '"']
    tags = ["``", "WP", "VBZ", "VBG", "NNP", "NNP", "TO", "VB", ".", "''"]
    doc = names_doc(words, [(1, 2, "PERSON"), (4, 6, "PERSON")], [], tags=tags)
    assert [m.text for m in find_mentions(doc)] == ["Ann Lee"]
    doc = names_doc(["The", "Who", "played", "."], [(0, 2, "ORG")], [],
                    tags=["DT", "WP", "VBD", "."])
    assert [m.text for m in find_mentions(doc)] == ["Who"]
    doc = names_doc(["The", "association", "Which", "agrees", "."], [(2, 3, "ORG")], [],
                    tags=["DT", "NN", "WDT", "VBZ", "."])
    assert [m.text for m in find_mentions(doc)] == ["Which"]


def test_a_style_of_address_is_no_part_of_the_name():
    words = ["King", "Hassan", "met", "them", ".", "His", "Majesty", "King", "Hassan", "spoke",
             "."]
    doc = names_doc(words, [(0, 2, "PERSON"), (6, 9, "PERSON")], [])
    assert {m.entity for m in find_mentions(doc)} == {"king-hassan"}


def test_a_given_name_the_names_model_left_between_a_peoples_word_and_a_surname_is_the_persons():
    # The names model reads a people's word and a surname, the base NER one person over
    # all three: the word between is the person's given name, not nobody's.
    doc = names_doc(["Scot", "Hamish", "Dunlop", "and", "Manager", "Ann", "Lee", "won", "."],
                    [(0, 1, "NORP"), (2, 3, "PERSON"), (6, 7, "PERSON")],
                    [(0, 3, "PERSON"), (4, 7, "PERSON")],
                    tags=["NNP", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "VBD", "."])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Scot", "NORP"), ("Hamish Dunlop", "PERSON"), ("Lee", "PERSON")]


def test_a_word_with_a_capital_inside_is_no_common_noun():
    # The tagger calls the unknown word a common noun; its inner capital says it is a name.
    doc = names_doc(["Analysts", "Fenwick//DataWorks", "said", "so", "and", "the", "Report", "agreed"],
                    [(1, 2, "ORG"), (6, 7, "ORG")], [],
                    tags=["NNS", "NN", "VBD", "RB", "CC", "DT", "NN", "VBD"])
    assert [s.text for s, _ in name_spans(doc)] == ["Fenwick//DataWorks"]


def test_a_peoples_word_before_the_acronym_another_peoples_body_ends_on_is_a_body():
    doc = names_doc(["The", "Danish", "FA", "and", "the", "Norwegian", "FA", "met", "Danish", "fans"],
                    [(1, 2, "NORP"), (5, 7, "ORG"), (8, 9, "NORP")], [],
                    tags=["DT", "NNP", "NNP", "CC", "DT", "NNP", "NNP", "VBD", "JJ", "NNS"])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Danish FA", "ORG"), ("Norwegian FA", "ORG"), ("Danish", "NORP")]


def test_a_body_the_base_ner_reads_by_its_name_and_initials_is_a_name():
    # The names model read neither; the base NER's two readings spell each other out.
    doc = names_doc(["Brandt", "Holdings", "said", "BH", "would", "grow", ",", "and", "XY", "fell"],
                    [], [(0, 2, "ORG"), (3, 4, "ORG"), (8, 9, "ORG")],
                    tags=["NNP", "NNP", "VBD", "NNP", "MD", "VB", ",", "CC", "NNP", "VBD"])
    assert [(s.text, label) for s, label in name_spans(doc)] == [
        ("Brandt Holdings", "ORG"), ("BH", "ORG")]
