"""Which body an "it", "the group" or "the search giant" speaks for, on the real model."""
import pytest

from tests.nlp.conftest import assert_speaker_among_quotes, speaker_quotes as _quotes


@pytest.mark.model
def test_a_bodys_noun_is_the_body_it_stood_for_not_one_named_as_an_example(nlp):
    text = ("Norway has been accused of blocking access to a news site by the media "
            "watchdog, Media Watch International.\n\n"
            "The Paris-based pressure group said the site had been down for a week. "
            "Mediafirm told the BBC News website it was looking at the problem.\n\n"
            "Large portals such as Alphaweb.com and Betaweb.com delete sensitive comments.\n\n"
            '"The blocking must stop now," said the group in a statement. '
            "For its part, the search giant said it was looking into the issue.")
    found, _ = _quotes(nlp, text)
    by = {sp: eid for sp, eid, _ in found}
    assert by.get("the group") == "media-watch-international", found
    assert by.get("the search giant") == "mediafirm", found


@pytest.mark.model
def test_a_firms_description_is_the_body_its_sentence_opened_on(nlp):
    # "Europe's biggest drugmaker" names no firm: the body the clause before is about
    found, _ = _quotes(nlp, "Toycorp saw its profits fall 9% last year to $2bn, but "
                            "America's biggest toymaker says a recovery during 2006 is on the way.")
    by = {sp: eid for sp, eid, _ in found}
    assert by.get("America's biggest toymaker") == "toycorp", found


@pytest.mark.model
def test_the_bank_and_the_think_tank_are_the_body_named_before(nlp):
    found, _ = _quotes(nlp, "The Bank of Ruritania said that lending grew 12% last year. "
                            "Savings also rose sharply. Household debt now stands at 80% of "
                            "income, according to the Bank of Ruritania's figures. Last year "
                            "there were 12 million new loans, the bank said.")
    assert ("the bank", "bank-of-ruritania", "speech") in found, found
    found, _ = _quotes(nlp, "Public libraries should open online forums, says the Centre for "
                            "Civic Studies (CCS).\n\nLocal councils could learn from auction "
                            "sites, says the think-tank.")
    assert ("the think-tank", "centre-for-civic-studies", "speech") in found, found


@pytest.mark.model
def test_the_last_resort_is_the_storys_body_not_one_named_in_passing(nlp):
    # (the lead's bodies are the story's: the rival comes after it)
    found, _ = _quotes(nlp, "Fabrikam Inc is to close two factories after a fall in profits.\n\n"
                            "Fabrikam Inc said sales fell 5% last year. The firm is not alone in "
                            "cutting back. Carmaker Kobold Motors last year shut three plants in "
                            'Spain. "The cuts were long overdue," said Ann Cole, an analyst at '
                            "Petra Securities. The company said the closures would save money. "
                            "The company said its focus would be on new models.")
    said = [eid for sp, eid, _ in found if sp == "The company"]
    assert said == ["fabrikam-inc", "fabrikam-inc"], found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "IBM's Lotus Notes email software": the product of the owner named there
    pytest.param(
        "Hackers often attack Novell's NetWare server software. Many users "
        "never install updates. Piracy has cost the firm millions, it says.",
        ("it", "novell", "speech"),
        id="a-name-modifying-its-owners-product-is-no-body-to-speak"),
    # the rival named in the clause after "The company" is not what "it" stands for
    pytest.param(
        "Fabrikam Inc reported record sales on Monday. The company is trying "
        "to expand in Asia, where its rival Kobold Systems is strong. Growth "
        "there has been slow, it says.",
        ("it", "fabrikam-inc", "speech"),
        id="it-after-a-definite-body-noun-is-what-that-noun-stood-for"),
    pytest.param(
        'The 2GB pocket drive from Quantix won a CeBIT best design award. '
        '"It is the kind of drive that appeals to people who want to look '
        'smart," said Quantix. "It is all about looks but it also works '
        'well." "It is the first time a drive is fun," it said.',
        ("it", "quantix", "speech"),
        id="it-after-a-bodys-continued-quotation-is-that-body"),
    pytest.param(
        "Radio Nova has named a new breakfast host after a long search. "
        "Radio Nova said the show would keep its old format. Listeners had "
        "asked for more music, the station said.",
        ("the station", "radio-nova", "speech"),
        id="the-station-is-the-broadcaster-the-sentence-before-speaks-through"),
])
def test_the_speaker_phrase_and_its_body(nlp, text, expected):
    # each case was a test of its own: the expected (speaker, entity[, attribution])
    # is among the sentence's quotes
    assert_speaker_among_quotes(nlp, text, expected)


@pytest.mark.model
def test_a_firms_subsidiary_is_the_part_named_never_the_firm(nlp):
    # The thirty-fifth judged sample: "the Delta subsidiary said" was given the parent.
    text = ("Regulators will look into delays at Northwind Airways' Skylark subsidiary.\n\n"
            "Thousands of passengers were stranded after computer failures at Skylark. "
            "Its systems are now working again, the Northwind subsidiary said in a statement.")
    found = {sp: eid for sp, eid, _ in _quotes(nlp, text)[0]}
    assert found.get("the Northwind subsidiary") == "skylark", found


@pytest.mark.model
def test_a_regulator_with_only_a_countrys_word_is_no_country(nlp):
    # The thirty-fifth judged sample: "The US regulator said" was given the country.
    text = ("Shares in Carrow Mining fell on Monday.\n\n"
            "The Canadian regulator said foreign firms may get more time to comply with "
            "the new rules.")
    found = {sp: eid for sp, eid, _ in _quotes(nlp, text)[0]}
    assert "The Canadian regulator" in found and found["The Canadian regulator"] != "canada", found


@pytest.mark.model
def test_a_description_with_an_adjective_is_the_body_introduced_with_it(nlp):
    # Thirty-eighth judged sample (issue 11): two bodies introduced with the same words,
    # told apart by the adjective before them ("the Korean toy maker" is the Korean one).
    text = ("Ailing Swedish truck maker Volvik Motors has agreed to supply German truck maker "
            "Lastag with 5,000 cabs. The deal is a boost for Volvik. Since then, the Swedish "
            "truck maker has said it is looking for fresh funds.")
    assert_speaker_among_quotes(nlp, text, ("the Swedish truck maker", "volvik-motors"))


@pytest.mark.model
def test_an_exchange_is_a_body_that_points_back(nlp):
    # Thirty-eighth judged sample (issue 11): "the exchange" points back to the market's
    # operator, as "the bank" does.
    text = ("Analysts met on Monday, after rival Nordbourse AG put forward its own bid case. "
            "The exchange said it had held friendly talks with the bourse.")
    assert_speaker_among_quotes(nlp, text, ("The exchange", "nordbourse-ag"))


def test_a_broadcast_word_before_a_names_last_makes_it_a_bodys():
    # The fortieth judged sample: a club named after a town, speaking, joined the local
    # station named after the same town as its surname.
    from storygraph.nlp.body_words import _body_phrase
    assert _body_phrase("BBC Radio Kendal") and _body_phrase("Border Television Carlisle")
    assert not _body_phrase("Ann Kendal")


@pytest.mark.model
def test_a_town_that_speaks_is_no_surname_of_a_station(nlp):
    doc = nlp("Bristol say they will not be rushed into making a bid for Tom Pellow should the "
              "Wales captain decide to switch codes. \"We are still some way away from the next "
              "stage,\" Bears boss John Hart told BBC Radio Bristol. Bristol and Saracens are "
              "believed to head the list of clubs.")
    assert [q.speaker_entity for q in doc._.quotes][:1] == ["bristol"]
