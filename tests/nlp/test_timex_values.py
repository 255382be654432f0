"""TIMEX3 values from words, publication date and tense (pure, no model)."""
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storygraph.nlp.timex_values import duration_value, value_of

MON = date(2023, 6, 26)  # a Monday
SAT = date(2021, 9, 25)  # a Saturday
FALL89 = date(1989, 10, 26)


@pytest.mark.parametrize("text,published,tense,value", [
    ("Monday", MON, None, "2023-06-26"),            # the same day counts
    ("Monday", MON, "future", "2023-07-03"),
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
    ("Jan. 14", date(1999, 12, 20), "past", "1999-01-14"),
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
