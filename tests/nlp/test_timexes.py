"""Time-expression spans over real parses: splits, trims, widening, anaphora."""
import pytest

pytestmark = pytest.mark.model


def timexes(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [(t.text, t.type, t.value) for t in nlp(doc)._.timexes]


def test_a_range_is_two_expressions(nlp):
    found = timexes(nlp, "He sold shares between 1985 and 1987.", "1989-10-27")
    assert ("1985", "DATE", "1985") in found and ("1987", "DATE", "1987") in found


def test_the_period_ended_on_a_date_is_that_dates_quarter(nlp):
    found = timexes(nlp, "Net income for the quarter ended Sept. 30 rose 5%.", "1989-11-01")
    assert ("the quarter", "DATE", "1989-Q3") in found
    assert ("Sept. 30", "DATE", "1989-09-30") in found


def test_weekday_and_part_of_day_are_one_expression(nlp):
    found = timexes(nlp, "A bomb went off in Nairobi early Friday morning, police said.", "1998-08-08")
    assert any(v == "1998-08-07TMO" for _, _, v in found)


def test_an_age_is_no_time(nlp):
    found = timexes(nlp, "His stepmother married his father when Kopp was in his 30s.", "1999-05-06")
    assert not any("30s" in t for t, _, _ in found)


def test_trailing_punctuation_is_left_out(nlp):
    found = timexes(nlp, "The Times said in an editorial on Thursday, April 6:\n\nThe boy", "2000-04-06")
    assert any(t.endswith("April 6") and v == "2000-04-06" for t, _, v in found)


def test_a_bare_day_after_a_date_is_a_date_of_that_month(nlp):
    found = timexes(nlp, "The summit will be held in Washington on April 24 and 25.", "1999-02-10")
    assert ("April 24", "DATE", "1999-04-24") in found and ("25", "DATE", "1999-04-25") in found


@pytest.mark.parametrize("text,value", [
    ("The bank will remain closed until Tuesday.", "2013-03-26"),   # the tense of the verb, past the adjective
    ("A verdict is due on Monday.", "2013-03-25"),
    ("The talks are scheduled for Thursday.", "2013-03-28"),       # a present-tense schedule
    ("The vote is set for Sunday.", "2013-03-24"),
    ("The company reported results Tuesday.", "2013-03-19"),
])
def test_weekdays_follow_the_tense_of_their_clause(nlp, text, value):
    assert any(v == value for _, _, v in timexes(nlp, text, "2013-03-22"))


def test_a_clock_time_in_gmt_is_a_time_not_a_year(nlp):
    found = timexes(nlp, "The blast occurred at about 10:35 a.m. (0735 GMT), police said.", "1998-08-08")
    assert any(t == "0735 GMT" and k == "TIME" and v.endswith("T07:35") for t, k, v in found)


def test_seasons_after_a_preposition(nlp):
    found = timexes(nlp, "The court will hear the case in the fall.", "2013-03-22")
    assert ("the fall", "DATE", "2013-FA") in found
    assert not timexes(nlp, "He wrote about the fall of the Berlin Wall.", "2013-03-22")


def test_an_age_phrase_is_no_time(nlp):
    found = timexes(nlp, "He died on Tuesday at the age of 87.", "2013-03-22")
    assert [t for t, _, _ in found] == ["Tuesday"]


def test_a_clock_time_at_a_named_day_takes_its_date(nlp):
    found = timexes(nlp, "The vote is set for Thursday at 10 a.m.", "2013-03-22")
    assert ("10 a.m.", "TIME", "2013-03-28T10:00") in found
    found = timexes(nlp, "The ceasefire took effect at 06:00 GMT on Friday.", "2013-03-22")
    assert any(v == "2013-03-22T06:00" for _, _, v in found)


def test_a_clock_time_is_on_the_day_its_sentence_names(nlp):
    found = timexes(nlp, "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.", "1998-08-08")
    assert any(t.endswith("10:35 a.m.") and v == "1998-08-07T10:35" for t, _, v in found)
    found = timexes(nlp, "The market closed at 4 p.m. EDT.", "2013-03-22")
    assert ("4 p.m. EDT", "TIME", "2013-03-22T16:00") in found


# One sentence, one expected (text, type, value): the conventions one case each.
CASES = [
    pytest.param("Sales were below last year's level.", "1998-02-06",
                 ("last year", "DATE", "1997"), id="a_possessive_is_left_out"),
    pytest.param("Elian was found in the sea on Thanksgiving Day.", "2000-01-07",
                 ("Thanksgiving Day", "DATE", "1999-11-25"), id="holidays_resolve_against_publication"),
    pytest.param("He fled to Florida in June 1998 and returned to Cuba later that year.", "2000-01-28",
                 ("later that year", "DATE", "1998"), id="that_year_refers_to_the_year_last_named"),
    pytest.param("The sale is scheduled to close Monday.", "1989-11-02",
                 ("Monday", "DATE", "1989-11-06"), id="a_scheduled_weekday_is_ahead"),
    pytest.param("Arafat and Netanyahu meet separately Monday with Albright.", "1998-05-01",
                 ("Monday", "DATE", "1998-05-04"), id="a_weekday_with_a_present_tense_verb_is_ahead"),
    pytest.param("Orangemen march each July from their rural church.", "1998-03-22",
                 ("each July", "SET", "XXXX-07"), id="each_with_a_day_or_month_is_a_set"),
    pytest.param("The panel will finish its investigation within a year, it said.", "1998-02-27",
                 ("a year", "DURATION", "P1Y"), id="a_year_after_a_preposition_is_a_length-1"),
    pytest.param("The euro zone has been in recession for a year and a half.", "2013-03-22",
                 ("a year and a half", "DURATION", "P1Y6M"), id="a_year_after_a_preposition_is_a_length-2"),
    pytest.param("Nine months after the quake, this spring's harvest failed.", "2013-03-22",
                 ("this spring", "DATE", "2013-SP"), id="this_before_a_season_belongs_to_it"),
    pytest.param("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "1998-09-30",
                 ("Thursday", "DATE", "1998-10-01"), id="a_past_plan_points_ahead"),
    pytest.param("During the day Friday, Elian played in the yard.", "2000-01-07",
                 ("Friday", "DATE", "2000-01-07"), id="the_frame_around_a_named_day_is_left_out"),
    pytest.param("The trial is expected to last several weeks.", "2013-03-22",
                 ("several weeks", "DURATION", "PXW"), id="last_as_a_verb_is_not_part_of_the_length"),
    pytest.param("The new law takes effect on Dec. 31.", "2013-03-22",
                 ("Dec. 31", "DATE", "2013-12-31"), id="a_present_tense_date_is_a_plan"),
    pytest.param("Riots broke out this past weekend after the election.", "2013-03-22",
                 ("this past weekend", "DATE", "2013-W11-WE"), id="weekend_and_frequency_phrases_the_model_misses-1"),
    pytest.param("The airline flies to Paris twice a week.", "2013-03-22",
                 ("twice a week", "SET", "P1W"), id="weekend_and_frequency_phrases_the_model_misses-2"),
    pytest.param("The minister arrived on Tuesday and left the next day.", "2013-03-22",
                 ("the next day", "DATE", "2013-03-20"), id="the_next_day_counts_from_the_day_last_named-1"),
    pytest.param("The man was arrested on March 3 and charged the following week.", "2013-03-22",
                 ("the following week", "DATE", "2013-W10"), id="the_next_day_counts_from_the_day_last_named-2"),
    pytest.param("The deal was struck at 3:30 a.m. on Sunday after talks.", "2013-03-22",
                 ("3:30 a.m. on Sunday", "TIME", "2013-03-17T03:30"), id="a_clock_time_on_a_named_day"),
    pytest.param("A decision is expected in two weeks' time.", "2013-03-22",
                 ("two weeks", "DURATION", "P2W"), id="a_plural_possessive_is_left_out"),
    pytest.param("The program was suspended in mid-March last year.", "2013-03-22",
                 ("mid-March last year", "DATE", "2012-03"), id="a_month_of_last_year_is_one_expression"),
    pytest.param("The market opened lower this morning after falling yesterday afternoon.", "2013-03-22",
                 ("this morning", "TIME", "2013-03-22TMO"), id="a_part_of_day_keeps_its_own_day"),
    pytest.param("The law was adopted in the autumn of 2012.", "2013-03-22",
                 ("the autumn of 2012", "DATE", "2012-FA"), id="a_season_of_a_named_year"),
    pytest.param("Traders squared positions ahead of the weekend.", "1989-10-30",
                 ("the weekend", "DATE", "1989-W44-WE"), id="ahead_of_a_day_is_before_it-1"),
    pytest.param("Troops were deployed in the run-up to Sunday's vote.", "2013-03-22",
                 ("Sunday", "DATE", "2013-03-24"), id="ahead_of_a_day_is_before_it-2"),
    pytest.param("He spent five and a half years in jail.", "2013-03-22",
                 ("five and a half years", "DURATION", "P5Y6M"), id="and_a_half_stays_in_the_length"),
    pytest.param("The plan takes effect in January.", "2013-03-22",
                 ("January", "DATE", "2014-01"), id="a_present_tense_month_is_ahead"),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_expression(nlp, text, published, expected):
    assert expected in timexes(nlp, text, published)


@pytest.mark.parametrize("text", [
    "the fiscal third quarter", "LAST YEAR'S FOURTH-QUARTER", "the second\nquarter",
    "this past weekend", "THIS COMING WEEKEND", "three times a Month", "once a day",
    "(0735 GMT)", "at 06:00 UTC",
])
def test_a_pattern_scanned_only_where_it_can_match_finds_what_it_finds_alone(text):
    """A text goes unscanned by a pattern that opens on optional words when it lacks
    what every match of that pattern contains (timexes._NEEDS): never where it matches."""
    from storygraph.nlp.timexes import _NEEDS

    matching = [p for p in _NEEDS if p.search(text)]
    assert matching
    assert all(_NEEDS[p].search(text) for p in matching)
