"""Dates of quotes and relations: the governing time expression, else publication."""
import pytest

from storygraph.nlp.dating import calendar_date


def test_calendar_part_of_timex_values():
    assert calendar_date("2023-02-07") == "2023-02-07"
    assert calendar_date("2023-02-07TEV") == "2023-02-07"
    assert calendar_date("2023-02-07T10:30") == "2023-02-07"
    assert calendar_date("2023-02") == "2023-02"
    assert calendar_date("2023") == "2023"
    for vague in ("2023-W06", "PRESENT_REF", "P3Y", "2023-Q1", "XXXX-07", None, ""):
        assert calendar_date(vague) is None


def dated(nlp, text, published="2023-02-08"):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return ([(q.content.text, q.date, q.date_from) for q in doc._.quotes],
            [(r.type, r.date, r.date_from) for r in doc._.relations])


@pytest.mark.model
def test_the_time_of_the_saying_dates_the_quote(nlp):
    quotes, _ = dated(nlp, "Sergey Lavrov said on Monday that the talks would resume.")
    assert quotes == [("that the talks would resume", "2023-02-06", "timex")]


@pytest.mark.model
def test_a_time_inside_what_was_said_does_not(nlp):
    quotes, _ = dated(nlp, "Lavrov said he would visit Mali on Friday.")
    assert [(d, f) for _, d, f in quotes] == [("2023-02-08", "published")]


@pytest.mark.model
def test_a_relation_takes_its_clause_time(nlp):
    _, relations = dated(nlp, "The United Nations accused Wagner on Monday of war crimes.")
    assert ("ACCUSE", "2023-02-06", "timex") in relations


@pytest.mark.model
def test_without_publication_date_nothing_is_invented(nlp):
    quotes, _ = dated(nlp, "Lavrov said the talks would resume.", published=None)
    assert [(d, f) for _, d, f in quotes] == [(None, None)]
