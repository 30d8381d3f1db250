"""The publish gate: only rules raters found usable publish, and only confident questions of them."""

import pytest

from lessontext.questions.gate import publishable

MEASURED = {
    "good": (8, 1, 10),  # 90% usable, 80% as is
    "edited": (5, 5, 10),  # usable, but half of it only after an edit
    "poor": (6, 2, 10),  # 80% usable
    "few": (2, 0, 2),  # too few ratings to say
}


@pytest.mark.parametrize(
    ("rule", "confidence", "expected"),
    [
        ("good", 0.8, True),
        ("good", 0.4, False),  # failed soft checks lowered it
        ("edited", 0.8, False),
        ("poor", 0.8, False),
        ("few", 0.9, False),
        ("never_rated", 0.9, False),
    ],
)
def test_publishable(rule, confidence, expected):
    assert publishable(rule, confidence, measured=MEASURED) is expected


def test_true_statements_publish_only_alongside_false_ones():
    measured = {"true_statement": (9, 1, 10), "entity_swap_false": (3, 3, 10)}
    assert not publishable("true_statement", 0.9, measured=measured)
    measured["entity_swap_false"] = (8, 2, 10)
    assert publishable("true_statement", 0.9, measured=measured)


def test_a_denial_turned_round_is_a_false_partner_of_true_statements():
    measured = {"true_statement": (9, 1, 10), "negation_dropped_false": (3, 3, 10)}
    assert not publishable("true_statement", 0.9, measured=measured)
    measured["negation_dropped_false"] = (8, 2, 10)
    assert publishable("true_statement", 0.9, measured=measured)
