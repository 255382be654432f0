"""Sources a speaker phrase leaves unnamed but the text names elsewhere
(nlp/elsewhere.py), on the real model."""
import pytest


@pytest.mark.model
def test_a_report_is_its_fronted_producers(nlp):
    # "Produced by X the analysis …": the parse takes the document for the participle's
    # object, and the tagger may type the producer a place
    doc = nlp("Shoppers want cheap food rather than organic food, says a report.\n\n"
              "Produced by Mintel Research the analysis of the grocery market found only 8% "
              "of shoppers buy organic food. The firm said supermarkets should cut prices.\n\n"
              "The report concluded that price was likely to matter most.")
    by_cue = {q.cue.text: q.speaker_entity for q in doc._.quotes}
    assert by_cue["says"] == "mintel-research", by_cue
    assert by_cue["concluded"] == "mintel-research", by_cue


@pytest.mark.model
def test_a_reports_issuer_named_in_its_according_to_phrase_is_its_source(nlp):
    # the parse hangs the "from" on "according" past a time adverb
    doc = nlp("Rising fuel prices and the accompanying slowdown in the car market have dented "
              "shoppers' confidence, causing a sharp fall in demand for new cars, according to "
              "a report earlier this week from the National Motor Traders Association. The "
              "NMTA said sales fell 4% in March.")
    by_cue = {q.cue.text: q.speaker_entity for q in doc._.quotes}
    assert by_cue.get("according to") == "national-motor-traders-association", by_cue


@pytest.mark.model
def test_a_motion_laid_before_a_legislature_is_not_the_legislatures(nlp):
    # The thirty-fifth judged sample: "The Commons motion says" was given the House of
    # Commons, before which five MPs had tabled it.
    doc = nlp("Five Labour MPs have signed a Commons motion attacking the bid for "
              "Redbridge Town by US tycoon Carl Brandt. The Commons motion says the bid "
              '"puts the club\'s future at risk".')
    by_cue = {q.cue.text: (q.speaker.text if q.speaker else None, q.speaker_entity)
              for q in doc._.quotes}
    assert by_cue.get("says", (None, None))[0] == "The Commons motion", by_cue
    assert by_cue["says"][1] is None, by_cue


@pytest.mark.model
def test_a_he_after_only_a_body_is_its_officer_named_next(nlp):
    # Thirty-fifth judged sample: a he with only a body before it ("the central bank
    # told Reuters … he added") was left null, though the next paragraph names the
    # bank's officer who spoke.
    doc = nlp("Ruritania has sold half of its gold reserves, the national bank has said.\n\n"
              "The sale came after prices rose sharply. The original size of the reserves was "
              "300 tonnes, the national bank told Reuters. However, the sale did not mean the "
              "country was short of money, he added.\n\n"
              '"We are simply taking profits," the national bank\'s deputy governor Tomas Varga '
              "said.")
    q = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "added")
    assert q.speaker_entity == "tomas-varga", q


@pytest.mark.model
def test_a_lawsuit_is_the_words_of_who_brought_it(nlp):
    # a suit speaks for its plaintiff (whoever is suing), never the party sued, and names
    # the plaintiff in the third person; an "It" opening on it the sentence after is it
    from tests.nlp.conftest import speaker_quotes
    text = ("Singer Tom Baxter is suing Acme Records over unpaid royalties he said he was owed. "
            "The lawsuit said the singer has lost millions as a result. According to the "
            "lawsuit, the label kept two albums off the market. The lawsuit said Baxter has "
            "endured great distress. The lawsuit noted that the singer had lost work. It "
            "stated he will seek further damages.")
    found, _ = speaker_quotes(nlp, text)
    suit = [eid for sp, eid, _ in found if sp in ("The lawsuit", "the lawsuit", "It")]
    assert suit == ["tom-baxter"] * 5, found
