"""Names found again: a form's whole-word occurrences in a text."""


def test_a_forms_whole_word_occurrences_are_what_a_word_bounded_pattern_finds():
    # (found by str.find, not a pattern compiled per form: the two must agree on every
    # text, hyphens and non-Latin letters included)
    import random
    import re

    from storygraph.nlp.name_repeats import _whole_words

    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("ab -_é1.,\n") for _ in range(rng.randint(0, 24)))
        form = "".join(rng.choice("ab-é") for _ in range(rng.randint(1, 3)))
        pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
        assert list(_whole_words(form, text)) == [m.span() for m in pattern.finditer(text)]
    assert list(_whole_words("Marie", "Jean-Marie and Marie, Marie's")) == [(15, 20), (22, 27)]
