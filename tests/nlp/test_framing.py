import pytest

pytestmark = pytest.mark.model


def words(nlp, text):
    doc = nlp(text)
    return {(d.entity, d.span.text, d.kind, d.speaker_entity) for d in doc._.descriptors}, doc


def test_modifier_title_and_apposition(nlp):
    found, doc = words(nlp, "Russia's Wagner mercenary group will stay. Foreign Minister Sergei Lavrov "
                            "met Abdoulaye Diop, Mali's foreign minister, on Tuesday.")
    assert ("wagner", "mercenary group", "modifier", None) in found
    assert ("sergei-lavrov", "Foreign Minister", "title", None) in found
    assert any(e == "abdoulaye-diop" and "foreign minister" in t and k == "apposition"
               for e, t, k, _ in found)
    for d in doc._.descriptors:
        assert doc.text[d.span.start:d.span.end] == d.span.text


def test_words_inside_a_quote_are_the_speakers(nlp):
    found, _ = words(nlp, 'Sergei Lavrov said that Wagner members "are working there as instructors."')
    assert ("wagner", "instructors", "predicate", "sergei-lavrov") in found


def test_a_possession_is_not_a_description(nlp):
    found, _ = words(nlp, "Wagner's revolt failed.")
    assert not any(t == "revolt" for _, t, _, _ in found)
