"""Acronyms that stand for a name whose initials they keep out of order."""


def test_a_translated_acronym_keeps_most_initials():
    from storygraph.nlp.acronyms import translated_acronym
    assert translated_acronym("ifpc", "chilean institute for forestry and fisheries".split())
    assert not translated_acronym("nyse", "fox and hale".split())
    assert not translated_acronym("uk", "united kingdom".split())


def test_an_acronym_of_a_names_last_words_stands_for_it():
    from storygraph.nlp.acronyms import closing_acronym
    assert closing_acronym("cfs", "east african court for farming standards".split())
    assert not closing_acronym("cfs", "court for farming standards".split()[:2])
    assert not closing_acronym("ab", "north alpha bravo".split())
