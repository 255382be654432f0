"""TIMEX3 values from words, publication date and tense (pure, no model)."""
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storygraph.nlp.timex_values import duration_value, is_duration, value_of

MON = date(2023, 6, 26)  # a Monday
SAT = date(2021, 9, 25)  # a Saturday
FALL89 = date(1989, 10, 26)


@pytest.mark.parametrize("text,published,tense,value", [
    ("Monday", MON, None, "2023-06-26"),            # the same day counts
    ("Monday", MON, "future", "2023-06-26"),      # "will meet Monday" said that Monday
    ("next Monday", MON, None, "2023-07-03"),
    ("Tuesday", MON, "future", "2023-06-27"),
    ("Saturday", SAT, "past", "2021-09-25"),
    ("Tuesday", date(2023, 2, 7), None, "2023-02-07"),
    ("last Friday", MON, None, "2023-06-23"),
    ("the weekend", MON, None, "2023-W25-WE"),
    ("Earlier this week", SAT, None, "2021-W38"),
    ("last month", SAT, None, "2021-08"),
    ("next year", SAT, None, "2022"),
    ("since July", date(2023, 2, 7), "past", "2022-07"),
    ("January", FALL89, None, "1990-01"),           # nearest to publication
    ("Jan. 14", date(1999, 12, 20), None, "2000-01-14"),
    ("Feb. 14", date(1999, 12, 20), "past", "1999-02-14"),
    ("last April", FALL89, None, "1989-04"),
    ("the third quarter", FALL89, None, "1989-Q3"),
    ("fourth-quarter", FALL89, None, "1989-Q4"),
    ("a year earlier", FALL89, None, "1988"),
    ("the quarter ended Sept. 30", FALL89, None, "1989-09-30"),
    ("25 Sep 2021", None, None, "2021-09-25"),
    ("1997", FALL89, None, "1997"),
    ("the end of 1990", FALL89, None, "1990"),
    ("now", MON, None, "PRESENT_REF"),
    ("recent years", MON, None, "PAST_REF"),
])
def test_dates(text, published, tense, value):
    assert value_of(text, "DATE", published, tense) == value


def test_relative_dates_need_a_publication_date():
    assert value_of("Monday", "DATE", None) is None
    assert value_of("last month", "DATE", None) is None


@pytest.mark.parametrize("text,value", [
    ("the past decade", "P10Y"), ("years", "PXY"), ("three weeks", "P3W"), ("two-week", "P2W"),
    ("a few days", "PXD"), ("nearly forty years", "P40Y"), ("the first nine months", "P9M"),
    ("24 hours", "PT24H"), ("a couple of years", "P2Y"),
])
def test_durations(text, value):
    assert duration_value(text) == value


def test_reference_quarter_is_used_by_the_quarter_and_year_ago():
    assert value_of("the quarter", "DATE", FALL89, None, "1989-Q3") == "1989-Q3"
    assert value_of("the year-earlier quarter", "DATE", FALL89, None, "1989-Q3") == "1988-Q3"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(["Monday", "Sunday", "last month", "the weekend", "this week", "next year"]),
       st.sampled_from([None, "past", "future"]))
def test_never_today_always_anchored(published, text, tense):
    """The same words and date give the same value, whatever day the tests run."""
    assert value_of(text, "DATE", published, tense) == value_of(text, "DATE", published, tense)
    value = value_of(text, "DATE", published, tense)
    assert value and value[:4].isdigit() and abs(int(value[:4]) - published.year) <= 1


FEB98 = date(1998, 2, 6)  # a Friday
SPRING99 = date(1999, 4, 10)


@pytest.mark.parametrize("text,published,value", [
    ("this summer", date(1998, 3, 22), "1998-SU"),      # seasons: YYYY-SU/FA/WI/SP
    ("last fall", SPRING99, "1998-FA"),
    ("the winter of nineteen ninety-four", FEB98, "1994-WI"),
    ("this past spring", FALL89, "1989-SP"),
    ("this evening", FEB98, "1998-02-06TEV"),            # parts of day: TMO/TAF/TEV/TNI
    ("this morning", FEB98, "1998-02-06TMO"),
    ("Thursday evening", FEB98, "1998-02-05TEV"),
    ("last night", FEB98, "1998-02-05TNI"),
    ("mid-afternoon yesterday", FEB98, "1998-02-05TAF"),
    ("later this afternoon", FEB98, "1998-02-06TAF"),
    ("the 1988 second quarter", FALL89, "1988-Q2"),      # quarters and halves
    ("the third quarter of 1984", FALL89, "1984-Q3"),
    ("next year's first quarter", FALL89, "1990-Q1"),
    ("a fourth-quarter", FALL89, "1989-Q4"),
    ("the last half of 1989", FALL89, "1989-H2"),
    ("first two quarters of 1990", FALL89, "1990-H1"),
    ("two years ago", date(1998, 4, 24), "1996"),         # "ago": as precise as its unit
    ("five months ago", date(1998, 3, 31), "1997-10"),
    ("10 days ago", date(1998, 3, 22), "1998-03-12"),
    ("several years ago", FEB98, "PAST_REF"),
    ("the late 1970s", FEB98, "197"),                    # decades and centuries
    ("the nineties", FEB98, "199"),
    ("the end of the decade", date(2013, 3, 22), "201"),
    ("the '80s", FALL89, "198"),
    ("20th century", FEB98, "19"),
    ("11th century", FEB98, "10"),
    ("nineteen ninety-six", FEB98, "1996"),               # spoken numbers
    ("January nineteen ninety-seven", FEB98, "1997-01"),
    ("the year two thousand", FEB98, "2000"),
    ("this coming Sunday, March eighth", date(1998, 3, 5), "1998-03-08"),
    ("the 15th of April", date(2013, 3, 22), "2013-04-15"),
    ("January 5th, 2014", date(2013, 3, 22), "2014-01-05"),
    ("January this year", FEB98, "1998-01"),             # a month in a named year
    ("June last year", FEB98, "1997-06"),
    ("July 1997", FEB98, "1997-07"),
    ("last year's", FEB98, "1997"),                      # a possessive is not part of it
    ("late yesterday", FEB98, "1998-02-05"),             # hedges keep the value
    ("sometime next year", FALL89, "1990"),
    ("the current fiscal year", FALL89, "1989"),
    ("the end of November", FALL89, "1989-11"),
    ("around 7:15 p.m.", date(1998, 2, 12), "1998-02-12T19:15"),
    ("noon Thursday", date(1998, 2, 13), "1998-02-12T12:00"),
    ("a later date", FALL89, "FUTURE_REF"),
])
def test_timeml_conventions(text, published, value):
    assert value_of(text, "DATE", published) == value


@pytest.mark.parametrize("text,value", [
    ("the last twenty four hours", "PT24H"), ("2 1/2 years", "P2Y6M"),
    ("a minute and a half", "PT1M30S"), ("almost a hundred years", "P100Y"),
    ("no more than sixty days", "P60D"), ("8-month-old", "P8M"), ("the weeks ahead", "PXW"),
    ("Eight trading days", "P8D"), ("the next few days", "PXD"), ("weeks or months", "PXW"),
    ("2,000-year", "P2000Y"),
])
def test_more_durations(text, value):
    assert duration_value(text) == value


@pytest.mark.parametrize("text,expected", [
    ("the last three months", True), ("the next 14 months", True), ("the past few weeks", True),
    ("two weeks", True), ("years", True), ("the past year", False), ("last week", False), ("2,000-year", True),
    ("two years ago", False), ("the year", False), ("the 1988 quarter", False),
])
def test_is_duration(text, expected):
    assert is_duration(text) is expected


@pytest.mark.parametrize("text,value", [
    ("each Thursday", "XXXX-WXX-4"), ("every month", "P1M"), ("each year", "P1Y"),
    ("hourly", "PT1H"), ("daily", "P1D"), ("each July", "XXXX-07"),
])
def test_sets(text, value):
    assert value_of(text, "SET", FALL89) == value


@pytest.mark.parametrize("text,reference,value", [
    ("that year", "1988", "1988"), ("the following year", "1995-08-02", "1996"),
    ("later that year", "1998-06", "1998"), ("The following month", "1989-03", "1989-04"),
    ("Earlier that day", "1998-10-23", "1998-10-23"),
])
def test_anaphoric_dates_count_from_the_date_last_named(text, reference, value):
    assert value_of(text, "DATE", FALL89, None, None, reference) == value
    assert value_of(text, "DATE", FALL89) != value or text == "that year"


@pytest.mark.parametrize("text,value", [
    ("coming weeks", "PXW"), ("the year-earlier nine months", "P9M"),
])
def test_vague_lengths(text, value):
    assert is_duration(text) and duration_value(text) == value


def test_recent_years_is_a_past_reference_not_a_length():
    assert not is_duration("recent years")  # as the seeds are annotated
    assert value_of("recent years", "DATE", FALL89) == "PAST_REF"


@pytest.mark.parametrize("text,published,tense,value", [
    ("Thanksgiving Day", date(2000, 1, 7), None, "1999-11-25"),   # the nearest one
    ("last Thanksgiving", date(1998, 10, 26), None, "1997-11-27"),
    ("Election Day", date(1998, 10, 26), "future", "1998-11-03"),  # Tuesday after 1st Monday
    ("Easter", date(2000, 4, 17), None, "2000-04-23"),
    ("Christmas 1997", FEB98, None, "1997-12-25"),
])
def test_holidays(text, published, tense, value):
    assert value_of(text, "DATE", published, tense) == value


@pytest.mark.parametrize("text,value", [
    ("the next year or so", "1990"), ("at least the first two quarters of 1990", "1990-H1"),
    ("the latest fiscal year", "1988"), ("the near term", "FUTURE_REF"),
    ("the latest quarter", "1989-Q3"),  # the last one closed, even with another under discussion
])
def test_hedged_and_latest(text, value):
    assert value_of(text, "DATE", FALL89, None, "1989-Q4") == value


def test_the_latest_period_is_the_one_under_discussion():
    assert value_of("the latest period", "DATE", FALL89, None, "1989-Q4") == "1989-Q4"
    assert value_of("the latest period", "DATE", FALL89) == "1989-Q3"


def test_a_bare_date_leans_to_the_past():
    # six months either way: the one gone by ("the Oct. 23 slaying", said in May)
    assert value_of("Oct. 23", "DATE", date(1999, 5, 6)) == "1998-10-23"
    assert value_of("Nov. 16", "DATE", FALL89) == "1989-11-16"   # weeks ahead: still ahead


@pytest.mark.parametrize("text,published,tense,value", [
    ("Nov. 16", date(1989, 10, 30), "past", "1989-11-16"),    # "was extended to Nov. 16"
    ("Jan. 14", date(2000, 1, 15), "future", "2000-01-14"),   # "to be returned by Jan. 14"
    ("Jan. 5", date(1999, 12, 28), "past", "2000-01-05"),     # weeks ahead, across New Year
    ("December", date(1998, 3, 4), "past", "1997-12"),        # months ahead: the tense holds
    ("March", date(1998, 10, 4), "future", "1999-03"),
])
def test_a_tense_does_not_move_a_date_weeks_away_by_a_year(text, published, tense, value):
    assert value_of(text, "DATE", published, tense) == value


@pytest.mark.parametrize("text,value", [
    ("two to three years", "PXY"), ("the next 12 to 18 months", "PXM"), ("2-3 weeks", "PXW"),
    ("two or three days", "PXD"),
])
def test_a_range_of_lengths_is_some_number_of_them(text, value):
    assert is_duration(text) and duration_value(text) == value


def test_every_n_units_is_a_set_of_that_length():
    assert value_of("every six weeks", "SET", FALL89) == "P6W"
    assert value_of("every other year", "SET", FALL89) == "P2Y"


def test_half_a_century_and_the_half_of_a_named_year():
    assert duration_value("the past half-century") == "P50Y"
    assert duration_value("half a century") == "P50Y"
    assert value_of("the second half of the year", "DATE", FALL89) == "1989-H2"
    assert value_of("the first half of next year", "DATE", FALL89) == "1990-H1"


def test_half_an_hour_is_thirty_minutes():
    assert is_duration("half an hour") and duration_value("half an hour") == "PT30M"


def test_a_season_spanning_two_years_is_the_year_it_starts():
    assert value_of("2012-13", "DATE", date(2013, 3, 22)) == "2012"
    assert value_of("the 1990-91 season", "DATE", FALL89) == "1990"


def test_the_previous_weekday_counts_from_the_day_last_named():
    assert value_of("the previous Friday", "DATE", date(1989, 10, 30), None, None, "1989-10-27") == "1989-10-20"
    assert value_of("the following Monday", "DATE", date(1989, 10, 30), None, None, "1989-10-27") == "1989-10-30"
    assert value_of("the previous Friday", "DATE", date(1989, 10, 30)) == "1989-10-27"  # none named


@pytest.mark.parametrize("text,published,reference,value", [
    ("Easter week", date(2000, 4, 17), None, "2000-W16"),   # the week of the nearest Easter
    ("All week", date(2000, 3, 30), None, "2000-W13"),
    ("around year end", FALL89, None, "1989"),
    ("the year before", FEB98, "1997", "1996"),             # before the year last named
])
def test_named_weeks_year_end_and_the_year_before(text, published, reference, value):
    assert value_of(text, "DATE", published, None, None, reference) == value


def test_a_century_as_a_length_is_a_hundred_years():
    assert duration_value("a century") == "P100Y"
    assert is_duration("the past century") and duration_value("the past century") == "P100Y"


@pytest.mark.parametrize("text,kind,value", [
    ("A year from now", "DATE", "2014"), ("three months from now", "DATE", "2013-06"),
    ("the first Monday of April", "DATE", "2013-04-01"), ("the last Friday of March", "DATE", "2013-03-29"),
    ("the summer of next year", "DATE", "2014-SU"),
    ("Oct. 15 each year", "SET", "XXXX-10-15"), ("Every summer", "SET", "XXXX-SU"),
])
def test_counted_forward_nth_weekdays_and_yearly_days(text, kind, value):
    assert value_of(text, kind, date(2013, 3, 22)) == value


def test_a_clock_time_without_am_pm_takes_its_half_from_the_part_of_day():
    assert value_of("around 8:30 Wednesday night", "TIME", date(2013, 3, 22)) == "2013-03-20T20:30"
    assert value_of("the week", "DATE", date(2013, 3, 22)) == "2013-W12"   # "later in the week"


@pytest.mark.parametrize("text,kind,value", [
    ("1996-08-30", "DATE", "1996-08-30"),            # a dateline's or a table's date
    ("2003-02-30", "DATE", None),                    # no such day
    ("Sept, 26, 2014", "DATE", "2014-09-26"),        # a comma after the month
    ("9 p.m. E.T.", "TIME", "2016-09-25T21:00"),     # the time zone with its dots
    ("4.50 a.m.", "TIME", "2016-09-25T04:50"),       # a stop between hour and minutes
    ("1400 EDT", "TIME", "2016-09-25T14:00"),        # a 24-hour time in a US zone
])
def test_iso_dates_commas_and_dotted_zones(text, kind, value):
    assert value_of(text, kind, date(2016, 9, 25), "past") == value


@pytest.mark.parametrize("text,with_date", [
    ("4-38", None), ("32-22", None), ("7 5", None), ("the 65th minute", None),  # a match's
    ("2000-1", None), ("2007-13", None), ("1935-37", None),                     # year ranges
    ("six months in 1973", None), ("five years from 1996", None), ("One evening", None),
    ("the '90s", "199"),
])
def test_no_date_made_up_from_scores_ranges_or_the_clock(text, with_date):
    # (a general date parser gave each of these a date, "six months in 1973" and "five
    # years from 1996" from today's clock; the rules give none but the decade's)
    assert value_of(text, "DATE", None, "past") is None
    assert value_of(text, "DATE", date(1996, 8, 30), "past") == with_date
