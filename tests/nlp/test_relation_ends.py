"""Which mentions can be a relation's ends (nlp/relation_ends.py): a place that is only
where a meeting was held, a place's name that only qualifies a noun that does not act
for it."""
import pytest

from storygraph.nlp.relation_ends import a_place, qualifies_agent

pytestmark = pytest.mark.model

AGENTS = frozenset({"government", "official", "troop"})


def token(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_meeting_place_is_no_end(nlp):
    doc = nlp("Ghana and Togo held talks in Germany on Monday.")
    talks, germany = token(doc, "talks"), token(doc, "Germany")
    assert a_place(talks, germany, "GPE", "CONSULT")
    # the place an attack or a ceasefire falls in is what PLV codes as its target
    assert not a_place(talks, germany, "GPE", "ASSAULT")
    assert not a_place(talks, germany, "PERSON", "CONSULT")


def test_a_setting_at_a_place_is_no_end(nlp):
    doc = nlp("The two leaders signed the accord at the Truman Library.")
    signed, library = token(doc, "signed"), token(doc, "Library")
    assert a_place(signed, library, "FAC", "AGREE")


def test_a_place_qualifying_a_noun_that_does_not_act_for_it(nlp):
    doc = nlp("The Miami relatives refused to hand the boy over.")
    refused, miami = token(doc, "refused"), token(doc, "Miami")
    assert not qualifies_agent(refused, miami, "GPE", AGENTS)
    assert qualifies_agent(refused, miami, "GPE", frozenset())  # no learnt list: any may


def test_a_place_qualifying_an_agent_noun_acts(nlp):
    doc = nlp("US officials refused to hand the boy over.")
    refused, us = token(doc, "refused"), token(doc, "US")
    assert qualifies_agent(refused, us, "GPE", AGENTS)


def test_the_miami_relatives_are_no_named_source(nlp):
    found = [(r.type, r.source.text if r.source else None)
             for r in nlp("The Miami relatives refused to sign the document of Cuba.")._.relations]
    assert all(src != "Miami" for _, src in found)
