"""The graph's relation edges: counts per period from counted rows (pure functions)."""
import pytest

from storygraph import query
from storygraph.errors import InputError


def row(month, n=1, source="a", target="b", kind="ACCUSE", negated=False):
    return {"source_entity": source, "target_entity": target, "type": kind,
            "negated": negated, "month": month, "relations": n}


def test_period_of_month_and_quarter():
    assert query.period_of("2021-09", "month") == "2021-09"
    assert query.period_of("2021-09", "quarter") == "2021-Q3"
    assert query.period_of("2021-01", "quarter") == "2021-Q1"
    assert query.period_of("2021-12", "quarter") == "2021-Q4"
    assert query.period_of("", "quarter") == ""


def test_edges_are_counted_per_period_and_undated_only_in_the_weight():
    rows = [row("2021-09", 2), row("2021-08"), row("2021-11"), row("", 3),
            row("2021-09", kind="REJECT", negated=True)]
    by_month = query.relation_edges(rows)
    accuse = next(e for e in by_month if e["kind"] == "ACCUSE")
    assert accuse["weight"] == 7
    assert accuse["periods"] == [{"period": "2021-08", "count": 1}, {"period": "2021-09", "count": 2},
                                 {"period": "2021-11", "count": 1}]
    by_quarter = next(e for e in query.relation_edges(rows, "quarter") if e["kind"] == "ACCUSE")
    assert by_quarter["periods"] == [{"period": "2021-Q3", "count": 3}, {"period": "2021-Q4", "count": 1}]
    denied = next(e for e in by_month if e["kind"] == "REJECT")
    assert denied["negated"] and denied["weight"] == 1
    assert by_month[0] is accuse  # the heaviest edge first


def test_a_date_range_keeps_only_its_months():
    edges = query.relation_edges([row("2021-08"), row("2021-09", 2), row("2022-01"), row("")],
                                 since="2021-09-01", until="2021-12-31")
    assert edges[0]["weight"] == 2 and [p["period"] for p in edges[0]["periods"]] == ["2021-09"]


def test_unknown_period_is_an_input_error():
    with pytest.raises(InputError, match="unknown period"):
        query.graph(None, period="week")
