"""Role nouns and pronouns tied to the person they stand for."""
import pytest


@pytest.mark.model
def test_roles_and_pronouns_link_to_their_person(nlp):
    doc = nlp("Russian Foreign Minister Sergey Lavrov said the Kremlin was not involved. "
              "He spoke to reporters. Later the foreign minister left for Bamako.")
    corefs = {(c.text, c.entity) for c in doc._.corefs}
    assert ("He", "sergey-lavrov") in corefs
    assert any(t.lower().startswith("foreign minister") or t == "Russian Foreign Minister"
               for t, e in corefs if e == "sergey-lavrov")
    assert all(c.label == "PERSON" for c in doc._.corefs)
    assert not {(c.start, c.end) for c in doc._.corefs} & {(m.start, m.end) for m in doc._.mentions}


@pytest.mark.model
def test_a_role_qualified_by_a_nation_is_held_by_that_nations_holder(nlp):
    # (BBC politics: "The French president told reporters" was given President Bush,
    # the last "president" named before it)
    doc = nlp("French President Jacques Chirac reacted to the warning. Mr Blair has been "
              "close to President Bush. The French president told reporters that Europe "
              "needed unity.")
    holders = {c.text: c.entity for c in doc._.corefs}
    assert holders.get("French president") == "jacques-chirac"
