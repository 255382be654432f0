"""A speaker's entity that is a piece of a person named in full (nlp/full_names.py)."""
import pytest

from storygraph.nlp.full_names import full_name_of, one_edit
from storygraph.types import Entity


def _m(text, entity, start=0):
    return Entity(start, start + len(text), text, "PERSON", entity)


def test_a_lone_surname_misspelt_by_a_letter_is_the_person_named_in_full():
    # Twelfth quote sample (issue 11): "Vladimir Kavardarkov … Kavadarkov said".
    full, lone = _m("Vladimir Kavardarkov", "vladimir-kavardarkov"), _m("Kavadarkov", "kavadarkov", 40)
    people = [full, lone]
    assert full_name_of("kavadarkov", people, people, {}) == "vladimir-kavardarkov"


def test_a_short_lone_surname_a_letter_apart_is_someone_else():
    full, lone = _m("Damon Hill", "damon-hill"), _m("Hall", "hall", 20)
    people = [full, lone]
    assert full_name_of("hall", people, people, {}) == "hall"


def test_two_people_a_letter_apart_leave_the_surname_alone():
    a, b = _m("Anna Pedersen", "anna-pedersen"), _m("Lars Petersan", "lars-petersan", 20)
    lone = _m("Petersen", "petersen", 40)
    people = [a, b, lone]
    assert full_name_of("petersen", people, people, {}) == "petersen"


def test_one_edit():
    assert one_edit("Abbot", "Abbott") and not one_edit("Hill", "Hall")


def test_a_bare_given_name_in_a_quotation_is_the_person_named_in_full():
    # The thirty-second judged sample: "Ruud" opening a manager's quotation was no name,
    # so the rules asking whom the quotation speaks of could not see him.
    import spacy
    from spacy.tokens import Doc

    from storygraph.nlp.full_names import quoted_given_names
    words = ["Coach", "Tomas", "Brandt", "praised", "Lina", "Vos", ".", '"', "Lina", "is", "the",
             "quickest", "we", "have", ",", '"', "he", "said", ".", '"', "Tomas", "will", "decide",
             '"', "."]
    spaces = [True] * len(words)
    for i in (6, 7, 13, 14, 18, 19, 22, 23):
        spaces[i - 1] = False
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    text = doc.text
    people = [Entity(text.index("Tomas"), text.index("Tomas") + 12, "Tomas Brandt", "PERSON",
                     "tomas-brandt"),
              Entity(text.index("Lina"), text.index("Lina") + 8, "Lina Vos", "PERSON", "lina-vos")]
    found = quoted_given_names(doc, people)
    lina = text.index("Lina", text.index('"'))
    tomas = text.index("Tomas", lina)
    assert [(m.start, m.text, m.entity) for m in found] == [
        (lina, "Lina", "lina-vos"), (tomas, "Tomas", "tomas-brandt")]
    # (outside a quotation, or a word the text also writes in lower case, is none)
    assert quoted_given_names(doc, [people[0]]) == [found[1]]


@pytest.mark.model
def test_a_surname_typed_a_peoples_word_joins_the_person_named_in_full(nlp):
    # The thirty-third judged sample: "Scorsese" typed NORP was an entity apart from
    # "Martin Scorsese"; a people's word is not ("Japanese" stays Japan's).
    doc = nlp("Martin Scorsese is nominated again. Scorsese has never won, and the Japanese "
              "director Akira Kurosawa never did either.")
    found = {(m.text, m.entity) for m in doc._.mentions}
    assert ("Scorsese", "martin-scorsese") in found, found
    assert ("Japanese", "japan") in found, found
