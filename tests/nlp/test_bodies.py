"""Which names are bodies': the document-wide evidence, and a name alone."""
from storygraph.nlp.bodies import articled, body_name, org_entities
from storygraph.types import Entity


def test_a_traded_name_and_its_short_form_are_organisations():
    text = "Shares in Krispy Kreme Doughnuts fell. Krispy Kreme said so."
    short = text.index("Krispy Kreme said")
    mentions = [Entity(10, 32, "Krispy Kreme Doughnuts", "FAC", "kkd"),
                Entity(short, short + 12, "Krispy Kreme", "PERSON", "kk")]
    assert org_entities(text, mentions) == {"kkd", "kk"}


def test_a_place_is_no_short_form_of_an_organisation():
    text = "Texas sued. The Texas Electronic Mail Act applies."
    act = text.index("Texas E")
    mentions = [Entity(0, 5, "Texas", "GPE", "texas"),
                Entity(act, act + 25, "Texas Electronic Mail Act", "ORG", "act")]
    assert org_entities(text, mentions) == {"act"}


def test_one_org_reading_among_many_is_no_evidence():
    text = "The DS sold well. The DS is a console. Nintendo's DS leads."
    mentions = [Entity(4, 6, "DS", "NORP", "ds"), Entity(22, 24, "DS", "NORP", "ds"),
                Entity(49, 51, "DS", "ORG", "ds")]
    assert org_entities(text, mentions) == set()


def test_body_names():
    assert body_name("EOC") and body_name("Home Office") and body_name("Lib Dems")
    assert not body_name("Springsteen") and not body_name("Tessa Jowell")


def test_a_name_always_written_after_the_is_no_persons():
    text = "He left the Zurich Premiership. Top of the Premiership table is Leicester. The Times said."
    first, second = text.index("Zurich"), text.index("Premiership t")
    mentions = [Entity(first, first + 18, "Zurich Premiership", "PERSON", "zp"),
                Entity(second, second + 11, "Premiership", "PERSON", "zp"),
                Entity(text.index("Leicester"), text.index("Leicester") + 9, "Leicester", "ORG", "l"),
                Entity(text.index("Times"), text.index("Times") + 5, "Times", "ORG", "t")]
    assert articled(text, mentions) == {"zp", "t"}


def test_a_name_after_a_makers_word_and_a_title_is_a_firms():
    # Thirty-eighth judged sample (issue 11): "drugmaker Dr Acme's": the tagger leaves the
    # title out of a firm's name it reads as a person's; the maker's word before it, a
    # title between, makes it a body's ("economist Dr Smith" stays a person).
    text = "Profits at toymaker Dr Bolt's fell. Sales at Dr Crane's shop rose."
    bolt, crane = text.index("Bolt"), text.index("Crane")
    mentions = [Entity(bolt, bolt + 4, "Bolt", "PERSON", "bolt"),
                Entity(crane, crane + 5, "Crane", "PERSON", "crane")]
    assert org_entities(text, mentions) == {"bolt"}


def test_a_name_after_a_think_tanks_word_is_a_bodys():
    # Thirty-eighth judged sample (issue 11): "a report by think-tank Acme": the tagger's
    # person is the think-tank, as a name after "company" is a firm's.
    text = "The figures come from a report by think-tank Veritas. Veritas said so."
    at = text.index("Veritas")
    mentions = [Entity(at, at + 7, "Veritas", "PERSON", "veritas")]
    assert org_entities(text, mentions) == {"veritas"}
