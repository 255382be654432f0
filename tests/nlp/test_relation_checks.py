"""The checks on an event word's setting (nlp/relation_checks.py), through the whole
relation stage on the real model, and on the parse directly where the stage's output
would hide which check spoke."""
import pytest

from storygraph.nlp.relation_checks import a_search, asked_for, hypothetical, in_words, is_threat

pytestmark = pytest.mark.model


def rels(nlp, text):
    return [(r.type, r.source_entity, r.target_entity) for r in nlp(text)._.relations]


def conf(nlp, text, kind):
    return [r.confidence for r in nlp(text)._.relations if r.type == kind]


def token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text", [
    "The International Energy Agency warned that demand for crude would outstrip supply.",
    "Argonaut warned that it was low on cash.",
    "Sri Lanka's banks face hard times, officials in Colombo have warned.",
    "Mark Oaten warned the committee that binding judges might look like interference.",
])
def test_a_forecast_is_no_threat(nlp, text):
    assert not [r for r in rels(nlp, text) if r[0] == "THREATEN"]


@pytest.mark.parametrize("text, word", [
    ("The Taliban warned of a reaction if Biden does not fulfil the agreement.", "warned"),
    ("Unions warned of walkouts unless the government rethinks.", "warned"),
    ("The Syrian army warned it will retaliate against any attack.", "warned"),
    ("France has warned Mali that hiring Wagner fighters would isolate the country.", "warned"),
    ("Opel management threatened to cut 12,000 jobs.", "threatened"),
])
def test_a_threat_stays_a_threat(nlp, text, word):
    assert is_threat(token(nlp(text), word))


def test_a_warning_of_consequence_is_dropped_a_told_threat_kept(nlp):
    assert ("THREATEN", "france", "mali") in rels(
        nlp, "France has warned Mali that hiring Wagner fighters would isolate the country.")
    assert not is_threat(token(nlp("Argonaut warned that it was low on cash."), "warned"))


@pytest.mark.parametrize("text, word, expected", [
    ("He would consider signing the striker.", "signing", True),
    ("Mali may ask Russia for help.", "ask", True),
    ("If she agrees to the deal, the talks end.", "agrees", True),
    ("Turkmenistan is trying to strike a deal with Russia.", "strike", True),
    ("Russia could not agree with France.", "agree", False),
    ("Lavrov said Moscow would continue to help Bamako.", "help", False),
    ("Mali asked Russia for help.", "asked", False),
])
def test_possible_events(nlp, text, word, expected):
    assert hypothetical(token(nlp(text), word)) is expected


def test_a_possible_event_is_stored_below_the_threshold(nlp):
    sure = conf(nlp, "Mali asked Russia for help.", "REQUEST")
    maybe = conf(nlp, "Mali may ask Russia for help.", "REQUEST")
    assert sure and maybe and max(maybe) <= max(sure) / 2 + 0.01 and max(maybe) < 0.6


def test_an_attack_in_words_is_an_accusation(nlp):
    found = rels(nlp, "Thabo Mbeki has attacked British imperialists, saying they treated Africans badly.")
    assert ("ACCUSE", "thabo-mbeki", None) in [(t, s, None) for t, s, _ in found]
    assert not [r for r in found if r[0] == "ASSAULT"]
    assert in_words(token(nlp("Blair attacked Tory plans to process asylum claims abroad."), "attacked"))
    assert not in_words(token(nlp("Russia attacked Ukraine at dawn."), "attacked"))


def test_a_raid_by_agents_is_coercion(nlp):
    doc = nlp("After federal agents raided HealthSouth's offices in March, the company said little.")
    assert a_search(token(doc, "raided"))
    assert not [r for r in doc._.relations if r.type == "ASSAULT"]


def test_striking_a_deal_is_no_assault(nlp):
    assert not [r for r in rels(nlp, "Turkmenistan struck a deal with Russia.") if r[0] == "ASSAULT"]


def test_declining_to_comment_is_no_rejection(nlp):
    assert rels(nlp, "LVMH refused to comment on the reports.") == []
    assert ("REJECT", "lvmh", None) in rels(nlp, "LVMH refused the offer.")


def test_an_event_asked_for_is_no_event(nlp):
    asked = nlp("TCI has called for Deutsche Boerse to hold an emergency general meeting.")
    assert asked_for(token(asked, "meeting")) and asked_for(token(asked, "hold"))
    assert not asked_for(token(nlp("TCI held an emergency general meeting."), "meeting"))
    found = nlp("TCI has called for Deutsche Boerse to hold an emergency general meeting "
                "to discuss the bid for LSE.")._.relations
    assert not [r for r in found if r.type == "CONSULT" and r.confidence >= 0.6]


def test_a_shareholder_does_not_act_for_the_firm(nlp):
    found = rels(nlp, "Another Deutsche Boerse shareholder on Monday also backed TCI's call.")
    assert not [r for r in found if r[1] == "deutsche-boerse"]


def test_a_deal_with_names_the_other_party(nlp):
    found = rels(nlp, "Mr Brown has signed a debt relief deal with Tanzania.")
    assert ("AGREE", "gordon-brown", "tanzania") in found or ("AGREE", "brown", "tanzania") in found


def test_the_person_in_apposition_acts(nlp):
    found = rels(nlp, "Labour's election chief Alan Milburn has defended the posters.")
    assert found and all(s != "labour" for _, s, _ in found)


def test_the_airline_not_its_country(nlp):
    found = rels(nlp, "The European Commission has launched an investigation into whether "
                      "Italian airline Alitalia is receiving illegal state aid.")
    assert found and all(t != "italy" for _, _, t in found)
