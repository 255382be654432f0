"""Time-expression candidates from rules alone (no NER)."""
from storygraph.nlp.timex_candidates import find_time_candidates


def _found(text):
    return [(text[a:b], label) for a, b, label in find_time_candidates(text)]


def test_calendar_dates_weekdays_and_clock_times():
    text = ("On Monday morning, 25 Sep 2021, Lavrov met him at 10 a.m. and again on June 5, "
            "2023, at 18:30 GMT; he left Sept. 30 and came back in March 2019.")
    assert _found(text) == [("Monday", "DATE"), ("25 Sep 2021", "DATE"), ("10 a.m.", "TIME"),
                            ("June 5, 2023", "DATE"), ("18:30 GMT", "TIME"), ("Sept. 30", "DATE"),
                            ("March 2019", "DATE")]


def test_relative_expressions_and_lengths():
    text = ("Two years ago talks failed. Last week he said that earlier this year a two-year deal "
            "ran for three months; in recent weeks, the first quarter of 2023 and the 1990s.")
    assert [t for t, _ in _found(text)] == [
        "Two years ago", "Last week", "earlier this year", "two-year", "three months",
        "recent weeks", "the first quarter of 2023", "the 1990s"]


def test_a_weekday_with_its_date_is_one_and_last_may_is_a_month():
    assert _found("on Saturday, April 25 and last May") == [("Saturday, April 25", "DATE"),
                                                            ("last May", "DATE")]


def test_verbs_and_amounts_are_not_dates():
    # "may" and "march" are verbs in lower case; a number of people is no year; a year
    # after "in" is one, even before a percentage elsewhere.
    assert _found("They may march on 2,000 people, 1500 troops.") == []
    assert _found("In 2020 sales fell 5% and since May they rose.") == [("2020", "DATE"), ("May", "DATE")]


def test_no_two_candidates_overlap():
    text = "the past three months, Monday, 25 September 2021, at noon, every week"
    found = find_time_candidates(text)
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:]))
    assert [text[a:b] for a, b, _ in found] == ["the past three months", "Monday", "25 September 2021",
                                                 "noon", "every week"]


def test_years_read_out_and_periods_named_with_their_year():
    text = ("In January nineteen ninety-seven, by the year two thousand, in mid-1996, the "
            "year-ago third quarter and next year's first quarter, the last half of 1989.")
    assert [t for t, _ in _found(text)] == [
        "January nineteen ninety-seven", "the year two thousand", "mid-1996",
        "the year-ago third quarter", "next year's first quarter", "the last half of 1989"]


def test_a_period_ended_on_a_date_is_one_phrase_for_timexes_to_split():
    # timexes splits it at "ended", as it splits the base NER's one name, and values
    # the period by the date that closes it.
    assert _found("revenue for the year ended March 31 rose") == [("the year ended March 31", "DATE")]


def test_a_share_in_quarters_is_no_length_of_time():
    assert _found("about three-quarters of the vote") == []
    assert [t for t, _ in _found("profits fell for three quarters")] == ["three quarters"]
