import math

from storygraph.logodds import Score, shared, weighted_log_odds


def test_a_term_one_group_uses_much_more_is_distinctive():
    groups = {"a": {"nominee": 10, "liar": 8}, "b": {"nominee": 12, "businessman": 6},
              "c": {"nominee": 9, "businessman": 1}}
    scores = weighted_log_odds(groups)
    assert scores["a"][0].term == "liar" and scores["a"][0].z > 1.96
    nominee = {s.term: s for s in scores["a"]}["nominee"]
    assert abs(nominee.z) < 1.96  # everyone says it: nothing sets "a" apart
    assert scores["b"][0].term == "businessman"


def test_the_prior_shrinks_a_single_use():
    # One use by one outlet is not as distinctive as eight.
    groups = {"a": {"x": 1, "common": 20}, "b": {"common": 20, "y": 8}, "c": {"common": 20}}
    scores = weighted_log_odds(groups)
    assert {s.term: s.z for s in scores["a"]}["x"] < {s.term: s.z for s in scores["b"]}["y"]


def test_formula_by_hand():
    groups = {"i": {"w": 3, "v": 1}, "j": {"w": 1, "v": 5}}
    a0 = 10.0
    a_w = a0 * 4 / 10
    delta = math.log((3 + a_w) / (4 + a0 - 3 - a_w)) - math.log((1 + a_w) / (6 + a0 - 1 - a_w))
    z = delta / math.sqrt(1 / (3 + a_w) + 1 / (1 + a_w))
    got = {s.term: s for s in weighted_log_odds(groups, a0=a0)["i"]}["w"]
    assert math.isclose(got.z, z) and math.isclose(got.delta, delta)


def test_one_group_has_nothing_to_set_apart():
    assert weighted_log_odds({"a": {"x": 2}}) == {"a": [Score("x", 2, 0.0, 0.0)]}


def test_shared_terms_are_those_every_group_uses():
    assert shared({"a": {"x": 1, "y": 2}, "b": {"x": 3, "z": 1}, "c": {"x": 1, "y": 1}}) == ["x"]
    assert shared({"a": {"x": 1}}) == []
