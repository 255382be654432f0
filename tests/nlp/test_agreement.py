"""Whom the text makes a man or a woman, read off its own he/she."""
from storygraph.nlp.agreement import sexes_in_text
from storygraph.types import Entity


def _people(text, *names):
    out = []
    for name, eid in names:
        at = text.index(name, out[-1].end if out else 0)
        out.append(Entity(at, at + len(name), name, "PERSON", eid))
    return out


def test_a_name_her_sentence_goes_on_with_her_is_a_woman():
    text = ('"I would like Mortimer to win, but her chances are slim," said Blake. '
            "Mortimer is the choice of Okafor. He backed her.")
    people = _people(text, ("Mortimer", "km"), ("Blake", "b"), ("Mortimer", "km"), ("Okafor", "o"))
    assert sexes_in_text(text, people) == {"km": {"f"}}


def test_an_owner_a_relative_or_two_readings_say_no_sex():
    text = ("Smith's agent said he would leave. The wife of Jones said she was proud. "
            "Brown said he was ready. Brown admitted her team had lost.")
    people = _people(text, ("Smith", "s"), ("Jones", "j"), ("Brown", "b"), ("Brown", "b"))
    assert sexes_in_text(text, people) == {}
