"""Name links (nlp/name_links.py): which mentions are one entity, on plain words."""
from storygraph.nlp.name_links import one_letter_off


def test_a_plural_is_no_misspelling():
    # (a relation sample's "Liberals" joined "Liberal" by the misspelling rule)
    assert one_letter_off("aztrazeneca", "astrazeneca")
    assert one_letter_off("daimerchrysler", "daimlerchrysler")
    assert not one_letter_off("liberals", "liberal")
