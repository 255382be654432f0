"""The checks that tell a stance or a count from an event (nlp/relation_checks_stance.py,
issue 12's fifteenth stop), through the whole relation stage on the real model and on the
parse directly. Sentences written for the tests."""
import pytest

from storygraph.nlp.relation_checks_stance import (a_count, a_rush, an_abbreviation,
                                                   asks_yes_no, backed_off, backing_down,
                                                   in_denied_claim)

pytestmark = pytest.mark.model


def rels(nlp, text, cut=0.0):
    """The readings with the model's own belief (trust=None): the checks decide them."""
    from storygraph.nlp.relations import find_relations

    doc = nlp(text)
    return [(r.type, r.source_entity, r.target_entity)
            for r in find_relations(doc, doc._.mentions, doc._.quotes, trust=None)
            if r.confidence >= cut]


def token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    # a share of voters, through the clause that says it and the one it qualifies
    ("A survey found that 60 percent of Republicans who said they had supported Jeb Bush "
     "now support Trump.", "supported"),
    ("A survey found that 60 percent of Republicans who said they had supported Jeb Bush "
     "now support Trump.", "support"),
    ("Most union members followed their leaders and supported Obama in 2012.", "supported"),
    # what a poll says
    ("Exit polls showed that Sanders was strongly supported by young voters.", "supported"),
])
def test_support_counted_in_a_poll_is_no_event(nlp, text, word):
    doc = nlp(text)
    assert a_count(token(doc, word), "SUPPORT")
    assert not [r for r in rels(nlp, text) if r[0] == "SUPPORT"]


@pytest.mark.parametrize("text, word", [
    ("Delegates who said they support Clinton met on Monday.", "support"),
    ("The union has supported Sanders since May.", "supported"),
    # a number counts people who act, no share of voters
    ("Three city councillors who back Mayor Johnson met the party chairman.", "back"),
])
def test_support_given_by_a_body_stays(nlp, text, word):
    doc = nlp(text)
    assert not a_count(token(doc, word), "SUPPORT")
    assert [r for r in rels(nlp, text) if r[0] == "SUPPORT"]


def test_backing_off_is_no_support(nlp):
    doc = nlp("Facing anger from voters, Madrid backed off, dropping the tax.")
    assert backed_off(token(doc, "backed"), "SUPPORT") and backing_down(token(doc, "backed"))
    found = rels(nlp, "Facing anger from voters, Madrid backed off, dropping the tax.")
    assert not [r for r in found if r[0] == "SUPPORT"]
    assert ("CONCEDE", "spain", None) in found or ("CONCEDE", "madrid", None) in found
    doc = nlp("Russia backed Syria at the United Nations.")
    assert not backed_off(token(doc, "backed"), "SUPPORT")


def test_a_charge_that_is_a_movement_is_no_accusation(nlp):
    text = "Years ago, when he charged into the debate against Bush, Gore lost votes."
    assert a_rush(token(nlp(text), "charged"), "ACCUSE")
    assert not [r for r in rels(nlp, text) if r[0] == "ACCUSE"]
    doc = nlp("Prosecutors charged Jones with fraud.")
    assert not a_rush(token(doc, "charged"), "ACCUSE")


def test_a_yes_no_question_reports_no_deed(nlp):
    doc = nlp("Has Iran received weapons from Russia?")
    assert asks_yes_no(token(doc, "received"))
    assert not rels(nlp, "Has Iran received weapons from Russia?", 0.6)
    assert not asks_yes_no(token(nlp("Iran has received weapons from Russia."), "received"))
    # a question of why takes the deed as done
    assert not asks_yes_no(token(nlp("Why does Turkey refuse to recognise the court?"), "refuse"))


def test_a_deed_inside_a_denied_report_is_not_reported(nlp):
    text = ("A Spanish minister denied a newspaper report that Morocco was refusing entry to "
            "50 Spanish fishermen.")
    assert in_denied_claim(token(nlp(text), "refusing"))
    assert not [r for r in rels(nlp, text) if r[1] == "morocco"]


def test_an_abbreviation_of_a_common_noun_is_no_actor(nlp):
    text = "Toyota has struck a deal to supply Ford with 20,000 light commercial vehicles (LCV)."
    start = text.index("LCV")
    assert an_abbreviation(text, start, start + 3)
    assert not [r for r in rels(nlp, text) if "LCV" in (r[2] or "").upper()]
    named = "The Health Care Financing Administration (HCFA) denied the claim."
    start = named.index("HCFA")
    assert not an_abbreviation(named, start, start + 4)


def test_a_defence_in_court_is_no_support(nlp):
    from storygraph.nlp.relation_checks_stance import a_court_defence
    text = "Lawyers defending Bernard Madoff against fraud charges called a witness."
    assert a_court_defence(token(nlp(text), "defending"), "SUPPORT")
    assert not [r for r in rels(nlp, text) if r[0] == "SUPPORT"]
    doc = nlp("Germany defended Greece against its critics.")
    assert not a_court_defence(token(doc, "defended"), "SUPPORT")


def test_holding_a_lead_is_no_meeting(nlp):
    from storygraph.nlp.relation_checks_stance import held_no_meeting
    text = "On Tuesday, Obama held a narrow lead over Romney in Ohio."
    assert held_no_meeting(token(nlp(text), "held"), "CONSULT")
    assert not [r for r in rels(nlp, text) if r[0] == "CONSULT"]
    assert not held_no_meeting(token(nlp("Obama held talks with Putin."), "held"), "CONSULT")



def test_a_share_of_support_is_a_count(nlp):
    # the support a poll gives a candidate is the verb's object, qualified by a share
    text = "Smith garners 38 percent support against Jones in Ohio."
    assert a_count(token(nlp(text), "garners"), "SUPPORT")
    assert not [r for r in rels(nlp, text) if r[0] == "SUPPORT"]
    given = nlp("Senator Jane Doyle gave her support to Smith on Tuesday.")
    assert not a_count(token(given, "gave"), "SUPPORT")


def test_defending_oneself_is_no_support(nlp):
    from storygraph.nlp.relation_checks_stance import for_oneself
    text = "Senator Jane Doyle defended herself against her critics in a speech on Tuesday."
    assert for_oneself(token(nlp(text), "defended"), "SUPPORT")
    assert not [r for r in rels(nlp, text) if r[0] == "SUPPORT"]
    other = "Senator Jane Doyle defended Smith on Tuesday for dropping the tax bill."
    assert not for_oneself(token(nlp(other), "defended"), "SUPPORT")
    assert ("SUPPORT", "jane-doyle", "smith") in rels(nlp, other)


def test_a_party_in_a_case_title_is_no_actor(nlp):
    from storygraph.nlp.relation_checks_stance import a_case_name
    text = "Past rulings such as Acme Stores v. Miller, which rejected the union's claim, still stand."
    start = text.index("Acme Stores")
    assert a_case_name(text, start, start + len("Acme Stores"))
    start = text.index("Miller")
    assert a_case_name(text, start, start + len("Miller"))
    assert not [r for r in rels(nlp, text) if "acme-stores" in (r[1], r[2])]
    plain = "Acme Stores denied the claim, Miller said."
    assert not a_case_name(plain, 0, len("Acme Stores"))
