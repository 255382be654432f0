"""A speaker's entity that is a piece of a person named in full (nlp/full_names.py)."""
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
