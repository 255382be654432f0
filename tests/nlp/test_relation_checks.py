"""The checks on an event word's setting (nlp/relation_checks.py), through the whole
relation stage on the real model, and on the parse directly where the stage's output
would hide which check spoke."""
import pytest

from storygraph.nlp.relation_checks import (a_search, asked_for, hypothetical, in_words, is_threat,
                                           nobody_did)

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
    # a fronted clause sets the scene; it is not what the warning says will come
    "With the election widely predicted for May, angry Labour MPs this week warned "
    "Mr Blair and Mr Brown about the dangers of disunity.",
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


def test_a_place_in_a_persons_apposition_does_not_act(nlp):
    found = rels(nlp, "At the rally, Mary Kerr, a lawyer from Ohio and a longtime party activist, "
                      "accused the National Committee of sabotaging the campaign.")
    assert found and all(s != "ohio" for _, s, _ in found)


def test_the_airline_not_its_country(nlp):
    found = rels(nlp, "The European Commission has launched an investigation into whether "
                      "Italian airline Alitalia is receiving illegal state aid.")
    assert found and all(t != "italy" for _, _, t in found)


# Readings the fifth and sixth judged samples found wrong (issue 12, seventh stop).

@pytest.mark.parametrize("text, name", [
    ("MINSK 1996-08-30\nA senior Belarus politician accused President Alexander Lukashenko "
     "on Friday of attempting to set up a dictatorship.", "MINSK"),
    ("LONDON 1996-08-31\nBritain on Saturday condemned Iraqi involvement in an attack.", "LONDON"),
    ("NAIROBI, Kenya (AP) _\n\nU.S. Secretary of State Madeleine Albright paid tribute "
     "Tuesday to bombing victims on a whirlwind visit to East Africa.", "Kenya"),
])
def test_a_dateline_is_no_actor(nlp, text, name):
    doc = nlp(text)
    ends = [e.text for r in doc._.relations for e in (r.source, r.target) if e is not None]
    assert doc._.relations and name not in ends


def test_in_dateline_reads_the_line_not_the_name():
    from storygraph.nlp.relation_checks import in_dateline
    text = "MINSK 1996-08-30\nNATO said MINSK talks ended.\nUN 1996 report"
    assert in_dateline(text, 0, 5)
    assert not in_dateline(text, text.index("NATO"), text.index("NATO") + 4)
    assert not in_dateline(text, text.index("MINSK t"), text.index("MINSK t") + 5)


@pytest.mark.parametrize("text, kind", [
    ("Albright will meet Foreign Minister Jose Miguel Insulza on Monday.", "CONSULT"),
    ("Foreign Secretary Jack Straw will visit Auschwitz for the anniversary.", "CONSULT"),
    ("She was scheduled to meet with President Daniel arap Moi.", "CONSULT"),
    ("She also pledged to ask Congress to approve emergency funding.", "REQUEST"),
    ("Mr Donaldson said the SEC would consult Deutsche Boerse.", "CONSULT"),
    ("Israel was willing to withdraw from southern Lebanon.", "RETREAT"),
    ("Iraq could start hostilities by attacking Jordan.", "ASSAULT"),
])
def test_an_event_still_to_come_is_not_shown(nlp, text, kind):
    assert all(c < 0.6 for c in conf(nlp, text, kind))


def test_a_future_that_goes_on_is_not_halved(nlp):
    # the model's own belief (trust=None): the check halves what is only to come, not a
    # future that goes on; the default trust then weighs the reading in its article
    from storygraph.nlp.relations import find_relations

    doc = nlp("Russia's foreign minister Sergey Lavrov vowed to continue helping Bamako.")
    found = find_relations(doc, doc._.mentions, doc._.quotes, trust=None)
    assert any(r.confidence >= 0.6 for r in found if r.type == "AID")


@pytest.mark.parametrize("text", [
    "The State Department refused to speculate on what might happen to Louis Farrakhan.",
    "Mr Blair refused to be pinned down to that date.",
    "Arsene Wenger initially refused to bite back at Jose Mourinho.",
])
def test_a_refusal_to_speak_is_no_rejection(nlp, text):
    assert not [r for r in rels(nlp, text) if r[0] == "REJECT"]


@pytest.mark.parametrize("text", [
    "Kamal Nath announced the decision in Delhi following a cabinet meeting with Sonia Gandhi.",
    "At a conference on enterprise hosted by Gordon Brown, he said rates should float.",
])
def test_a_meeting_as_setting_is_no_consultation(nlp, text):
    assert not [r for r in rels(nlp, text) if r[0] == "CONSULT"]


@pytest.mark.parametrize("text, kind", [
    ("The U.S. 30-year benchmark fell 30/32 to yield 7.12 percent.", "CONCEDE"),
    ("Sky also charges a £10 subscription fee to the service.", "ACCUSE"),
])
def test_an_amount_is_no_event(nlp, text, kind):
    assert not [r for r in rels(nlp, text) if r[0] == kind]


def test_a_deed_alleged_is_the_accusation_only(nlp):
    found = rels(nlp, "Russia accused Ukraine of shelling the plant.")
    assert [r[0] for r in found] == ["ACCUSE"]


def test_an_owner_does_not_act_for_the_firm(nlp):
    text = "Unions have accused the four owners of Rover of awarding themselves high salaries."
    assert not [r for r in rels(nlp, text) if "Rover" in (r[1] or "", r[2] or "")]


@pytest.mark.parametrize("text, kind", [
    ("The minister is likely to support the plan of Ghana.", "SUPPORT"),
    ("Ghana sent an invitation to meet President Mahama of Togo.", "CONSULT"),
    ("Kenya should have withdrawn its troops from Somalia.", "RETREAT"),
    ("Togo's leader is to join Ghana's president in a visit to Benin.", "CONSULT"),
])
def test_an_event_only_possible_or_to_come_is_not_shown(nlp, text, kind):
    assert all(c < 0.6 for c in conf(nlp, text, kind))


def test_a_defence_of_ones_own_stance_is_no_support(nlp):
    text = "Mr Mahama defended his party's attitude towards Togo."
    assert not [r for r in rels(nlp, text) if r[0] == "SUPPORT"]


def test_an_attack_made_politically_is_an_accusation(nlp):
    found = rels(nlp, "Mr Mahama said he attacks Mr Akufo-Addo politically.")
    assert "ASSAULT" not in [r[0] for r in found]


def test_a_refused_refusal_rejects_nothing(nlp):
    assert not [r for r in rels(nlp, "On Thursday, Italy refused to rule out an interest in "
                                     "the company.") if r[0] == "REJECT"]
    assert ("REJECT", "southcorp", "foster") in rels(nlp, "Southcorp rejected the offer from Foster's.")


def test_agreeing_with_a_fact_is_no_agreement(nlp):
    assert not [r for r in rels(nlp, "Later, the FDA agreed the claims were based on faulty "
                                     "data.") if r[0] == "AGREE"]
    doc = nlp("The FDA agreed that the drug would be withdrawn.")
    from storygraph.nlp.relation_checks import agreed_with
    assert not agreed_with(token(doc, "agreed"))


def test_an_attack_for_a_deed_is_an_accusation(nlp):
    doc = nlp("The European People's Party attacked the European Commission for backing "
              "down from punitive action.")
    assert in_words(token(doc, "attacked"))


@pytest.mark.parametrize("text, word", [
    ("Neither Clinton nor her allies have been charged with any crime.", "charged"),
    ("No one was arrested after the protest in Paris, police said.", "arrested"),
    ("Nobody has accused Smith of lying.", "accused"),
])
def test_a_subject_saying_nobody_negates_the_event(nlp, text, word):
    doc = nlp(text)
    assert nobody_did(token(doc, word))


def test_a_named_subject_does_not_negate(nlp):
    doc = nlp("Clinton and her allies have been charged with a crime.")
    assert not nobody_did(token(doc, "charged"))
    assert all(not r.negated for r in doc._.relations)


def _read(nlp, text):
    """The stage's readings with the model's own belief (trust=None: a one-sentence text
    gives the trust's article features nothing to read)."""
    from storygraph.nlp.relations import find_relations

    doc = nlp(text)
    return [(r.type, r.source and r.source.text, r.target and r.target.text, r.confidence)
            for r in find_relations(doc, doc._.mentions, doc._.quotes, trust=None)]


def test_the_purpose_of_a_deed_to_come_is_to_come(nlp):
    # "a visit to support": the support comes with the visit, which the speech's "will"
    # puts in the future (the twelfth judged sample read it as support given)
    found = _read(nlp, "Mr Howard will make his speech during a visit to support Tory "
                       "Parliamentary hopefuls Robert Light and Sayeeda Warsi.")
    assert [r for r in found if r[0] == "SUPPORT"]
    assert all(r[3] < 0.6 for r in found if r[0] == "SUPPORT")


def test_a_headline_participle_is_passive(nlp):
    # headlines drop the auxiliary: the one asked is the target, not the asker
    found = _read(nlp, "ATHLETICS - CHRISTIE AND JOHNSON ASKED TO JOIN OWENS ' TRIBUTE .\n"
                       "LONDON 1996-08-30\nLinford Christie will run in the race.")
    asked = [r for r in found if r[0] == "REQUEST"]
    assert asked and all(r[1] is None for r in asked)
    assert {r[2] for r in asked} == {"CHRISTIE", "JOHNSON"}


def test_a_text_of_one_sentence_is_no_headline(nlp):
    # PLV's sentences come alone, some without a full stop: prose, not a headline
    found = _read(nlp, "Fidel Castro refused to meet Barack Obama when the U.S. president "
                       "visited Cuba in March 2016")
    assert any(r[0] == "REJECT" and r[1] == "Fidel Castro" for r in found)
    assert not any(r[0] == "REJECT" and r[2] == "Fidel Castro" for r in found)


@pytest.mark.parametrize("text, denial", [
    ("Russia insists there are no paramilitaries in Libya.", True),
    ("Moscow insists it did not send troops to Mali.", True),
    # the "not" is inside a reason given, not what is maintained
    ("Yukos maintains that it filed for bankruptcy in the US because it feared it would "
     "not be able to do so in Russia.", False),
])
def test_maintaining_is_a_denial_only_when_the_claim_says_no(nlp, text, denial):
    assert any(r[0] == "REJECT" for r in _read(nlp, text)) is denial


@pytest.mark.parametrize("text, word", [
    ("Mr Wallace agreed and said the figures had to be looked at in context.", "agreed"),
    # an existential's "there" is the clause's subject
    ("The three scholars agreed there are qualified candidates.", "agreed"),
    # agreeing with someone named and on nothing: with what they said
    ("The coach said he agreed with Henman.", "agreed"),
    # a clause of what might be is an assessment, however its subject is hung
    ("He agreed that Cruz may struggle in Ohio.", "agreed"),
    ("Paris and Berlin quietly agreed the dispute over fishing rights can be settled by "
     "waiting.", "agreed"),
])
def test_assent_to_a_remark_is_no_agreement(nlp, text, word):
    from storygraph.nlp.relation_checks import agreed_with
    assert agreed_with(token(nlp(text), word))


@pytest.mark.parametrize("text, word", [
    ("The two sides agreed to hold talks in Geneva.", "agreed"),
    ("The ministers agreed a ceasefire.", "agreed"),
    ("The deal was agreed by the ministers on Monday.", "agreed"),
    ("Israel agreed with Egypt on a ceasefire.", "agreed"),
    ("Russia agreed with China.", "agreed"),
    ("The FDA agreed that the drug would be withdrawn.", "agreed"),
])
def test_an_agreement_named_stays(nlp, text, word):
    from storygraph.nlp.relation_checks import agreed_with
    assert not agreed_with(token(nlp(text), word))


@pytest.mark.parametrize("text, question", [
    ("Sanders asked.", True),
    ("Belgium asks how paedophile suspect eluded police.", True),
    ("An official who asked not to be named said the talks had failed.", True),
    ("Mali asked Russia to send troops.", False),
    ("The union asked for a meeting.", False),
    # a clause or a preposition that only says how or when it was asked
    ("Putin asked, waving the question away with a smile.", True),
    ("Sarkozy asks as a waiter walks past the table, holding a tray.", True),
    # the words put, quoted before or after the asking, and a question asked
    ('"Those who came in the night," Obama asked.', True),
    ('"Senator, you voted for the war last year," Smith asked Kerry.', True),
    ('Jones then asked, "With tanks?"', True),
    ('Asked a pointed question about the budget at the hearing, Merkel said, "We will pay."',
     True),
    ("Obama asked at a rally in Ohio for more votes.", False),
])
def test_asking_with_nothing_asked_for_is_a_question(nlp, text, question):
    from storygraph.nlp.relation_rules import is_question
    doc = nlp(text)
    assert is_question(next(t for t in doc if t.lemma_ == "ask")) is question


def test_a_rent_charged_is_no_charge(nlp):
    from storygraph.nlp.relation_checks import an_amount
    assert an_amount(token(nlp("Trump charged his campaign for rent."), "charged"))
    assert not an_amount(token(nlp("Police charged the man for the murder."), "charged"))


def test_the_means_of_a_deed_asked_for_is_asked_for(nlp):
    doc = nlp("They urged the senator to prove it by condemning Smith's remarks.")
    assert asked_for(token(doc, "condemning"))
    assert not [r for r in rels(nlp, "They urged the senator to prove it by condemning "
                                     "Smith's remarks.") if r[0] == "ACCUSE"]


def test_refusing_to_name_a_thing_so_is_no_rejection(nlp):
    from storygraph.nlp.relation_checks import no_comment
    assert no_comment(token(nlp("The White House was refusing to call the shooting "
                                "terrorism."), "refusing"))
    assert not no_comment(token(nlp("The union refused to call off the strike."), "refused"))


def test_a_headline_name_to_meet_is_to_come(nlp):
    from storygraph.nlp.relation_checks import to_come
    doc = nlp("Blair to meet Chirac in Paris after summit row .\nPARIS 1996-08-28\n"
              "The two leaders spoke on Tuesday.")
    assert to_come(token(doc, "meet"))


def test_whether_someone_did_it_is_an_open_question(nlp):
    doc = nlp('"I did not care whether they supported Rubio or Kasich."')
    assert hypothetical(token(doc, "supported"))
