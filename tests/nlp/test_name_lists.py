"""Several bodies listed as one name (nlp/name_lists.py)."""
from storygraph.nlp.name_pieces import pieces
from storygraph.nlp.name_spans import name_spans
from tests.nlp.names_docs import names_doc

_WORDS = ["the", "Council", "of", "Fruit", "Growers", ",", "Lowland", "Farmers", "Association",
          "and", "Village", "Shops", "Association", "all", "said", "so", "."]
_SPACES = [w not in (4,) for w in range(len(_WORDS))]


def test_bodies_listed_as_one_name_are_each_their_own():
    # The thirty-second judged sample: three bodies that "all said" were one minted id.
    doc = names_doc(_WORDS, [(1, 5, "ORG"), (6, 13, "ORG")],
                    [(0, 5, "ORG"), (6, 9, "ORG"), (10, 13, "ORG")], spaces=_SPACES)
    assert [s.text for s, _ in name_spans(doc)] == [
        "Council of Fruit Growers", "Lowland Farmers Association", "Village Shops Association"]
    assert [p.text for p in pieces(doc, doc[1:13])] == [
        "Council of Fruit Growers", "Lowland Farmers Association and Village Shops Association"]


def test_one_name_across_its_and_stays_whole():
    # (the base NER reads one body across the "and": no list)
    doc = names_doc(["Harbour", "Trust", "and", "Savings", "Bank", "said", "."], [(0, 5, "ORG")],
                    [(0, 5, "ORG")])
    assert [s.text for s, _ in name_spans(doc)] == ["Harbour Trust and Savings Bank"]
