from bench.redaction.compare import differences


def test_a_mention_covered_before_and_not_after_is_reported_lost():
    before = {"d1:10": [True, "PERSON/first", "Mo", "that Mo checked"], "d1:fp": []}
    after = {"d1:10": [False, "PERSON/first", "Mo", "that Mo checked"], "d1:fp": []}
    assert differences(before, after) == ["LOST PERSON/first 'Mo' | that Mo checked"]
    assert differences(after, before) == ["GAINED PERSON/first 'Mo' | that Mo checked"]


def test_false_positives_that_appear_or_go_are_reported():
    before = {"d1:fp": [[0, 4, "PERSON", "Lead"]]}
    after = {"d1:fp": [[5, 15, "PERSON", "Attendance"]]}
    assert differences(before, after) == [
        "new false positive PERSON 'Attendance' in d1",
        "fixed false positive PERSON 'Lead' in d1",
    ]
    assert differences(before, before) == []
