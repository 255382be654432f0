from storygraph.shifts import Statement, find_shifts, polarity


def st(qid, content, day, named=(), context=("mali", "wagner-group"), speaker="sergey-lavrov"):
    return Statement(quote_id=qid, speaker="Sergey Lavrov", speaker_entity=speaker,
                     content=content, date=day, source="X", doc_id=f"doc-{day}",
                     named=frozenset(named), context=frozenset(context),
                     names={"mali": "Mali", "wagner-group": "Wagner Group"})


def test_polarity():
    assert polarity("We have nothing to do with that") == -1
    assert polarity("This work, of course, will continue.") == 1
    assert polarity("Relations are important") == 0


def test_denial_then_affirmation_months_apart_is_a_shift():
    [shift] = find_shifts([st(1, "Moscow was not involved, we have nothing to do with that", "2021-09-25"),
                           st(2, "This work in Mali will continue", "2023-06-26", named=["mali"])])
    assert shift.before["date"] == "2021-09-25" and shift.after["date"] == "2023-06-26"
    assert shift.subject == ["Mali", "Wagner Group"]
    assert "denies then affirms" in shift.reason and 0.5 < shift.confidence <= 1


def test_no_pair_without_a_shared_subject_or_time_or_conflict():
    far = st(2, "This work will continue", "2023-06-26", context=("ukraine",))
    assert find_shifts([st(1, "We have nothing to do with that", "2021-09-25"), far]) == []
    soon = st(2, "This work will continue", "2021-10-01")
    assert find_shifts([st(1, "We have nothing to do with that", "2021-09-25"), soon]) == []
    same = st(2, "We never had anything to do with that", "2023-06-26")
    assert find_shifts([st(1, "We have nothing to do with that", "2021-09-25"), same]) == []
    other = st(2, "This work will continue", "2023-06-26", speaker="someone-else")
    assert find_shifts([st(1, "We have nothing to do with that", "2021-09-25"), other]) == []
