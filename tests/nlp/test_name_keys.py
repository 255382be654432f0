"""Name keys: normalised text, slugs, initials and acronyms."""
from storygraph.nlp.name_keys import initials, is_acronym, normalise, slug


def test_normalise_and_slug():
    assert normalise("the Wagner Group's") == "wagner group"
    assert normalise("Ségolène") == "segolene"
    assert slug("Sergey Lavrov") == "sergey-lavrov"


def test_acronyms():
    assert initials("central african republic") == "car"
    assert initials("united nations") == "un"
    assert is_acronym("CAR") and is_acronym("U.N.") and not is_acronym("Mali")


def test_letters_spell_a_names_initials_with_small_words_counted_or_not():
    from storygraph.nlp.name_keys import spells
    words = "guild of ferry and canal operators".split()
    assert spells("gfaco", words) and spells("gfco", words) and spells("gofaco", words)
    assert not spells("gfc", words) and not spells("leeds", words)
