"""Quote spans (nlp/quote_spans.py): where a quote's words start and end, on hand-built input."""
from storygraph.nlp.quote_features import quote_regions
from storygraph.nlp.quote_spans import quote_kind


def test_kind_counts_quoted_words():
    text = 'Wagner members "are working there" as instructors'
    regions = quote_regions(text)
    assert quote_kind(text, 0, len(text), regions) == "mixed"
    assert quote_kind(text, 15, 34, regions) == "direct"
    assert quote_kind(text, 0, 14, regions) == "indirect"


def test_a_quotation_going_on_from_the_paragraph_before_is_not_the_next_cues():
    # Fourteenth sample (issue 11), after the quote model's retraining: Mr Brady's
    # quotation runs over two paragraphs, the second closing it; the content chosen for
    # "The foreign secretary meanwhile said" opened on that closing quotation. It starts
    # after his cue; where the paragraph before closes its quotation, nothing moves.
    from types import SimpleNamespace

    from storygraph.nlp.quote_spans import after_continued_quotation
    for opened, moved in (("keeps the rebate.", True), ("keeps the rebate.\"", False)):
        text = ("Graham Brady said: \"I believe it is essential that Britain " + opened + "\n\n"
                "\"The UK is already one of the biggest net contributors to the EU.\" The "
                "foreign secretary meanwhile said the \"justice\" of the rebate remained.")
        start, at = text.index("\"The UK"), text.index("said the")
        cue = SimpleNamespace(idx=at, text="said")
        regions = [(start, text.index("EU.\"") + 4)]
        got = after_continued_quotation(text, start, len(text), cue, regions)
        assert got == (at + 5 if moved else start), (opened, text[got:got + 20])
    # A quotation the cue follows at once is its speaker's, whatever came before.
    text = ("Benitez said: \"We were poor.\n\n\"Gerrard is a key player for us,\" said Benitez. "
            "\"When he is on the pitch he makes everyone else play better.\"")
    start, at = text.index("\"Gerrard"), text.index("said Benitez.")
    regions = [(start, text.index("us,\"") + 4)]
    assert after_continued_quotation(text, start, len(text), SimpleNamespace(idx=at, text="said"),
                                     regions) == start


def test_according_to_opening_the_second_clause_reports_that_clause():
    # Thirteenth sample (issue 11), after the quote model's retraining: "…, but according
    # to Jordanian officials, a smaller line …" was given the clause before the "but".
    from types import SimpleNamespace

    from storygraph.nlp.quote_spans import after_according_to
    text = ("Turkey and Saudi Arabia in effect shut down Iraq's major oil outlets, but according "
            "to Jordanian officials, a smaller line into Jordan remained operating. Trucks rolled.")
    cue = SimpleNamespace(lower_="according", idx=text.index("according"))
    start, end = after_according_to(text, 0, text.index(", but"), cue)
    assert text[start:end] == "a smaller line into Jordan remained operating"
    # the clause before is the source's where no "but" joins them
    text = "Prices will rise, according to analysts."
    cue = SimpleNamespace(lower_="according", idx=text.index("according"))
    assert after_according_to(text, 0, text.index(","), cue) == (0, text.index(","))


def test_quote_kind_counts_a_character_in_two_overlapping_quotations_once():
    from storygraph.nlp.quote_spans import quote_kind
    text = 'He said "we will go" today.'
    assert quote_kind(text, 8, 20, [(8, 20), (9, 15)]) == "direct"
    assert quote_kind(text, 0, 27, [(8, 20), (9, 15)]) == "mixed"
    assert quote_kind(text, 0, 7, [(8, 20)]) == "indirect"
    assert quote_kind(text, 0, 27, []) == "indirect"
