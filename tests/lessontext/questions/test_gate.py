"""The publish gate: only rules raters found usable publish, and only confident questions of them."""

import random
from pathlib import Path

import pytest

from lessontext.document import parse_document
from lessontext.questions import RETIRED, generate_quiz
from lessontext.questions.families import FAMILIES
from lessontext.questions.gate import MIN_RATED, publishable, retired

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


@pytest.mark.parametrize("partner", ["negation_dropped_false", "direction_reversed_false"])
def test_a_denial_or_a_direction_turned_round_is_a_false_partner_of_true_statements(partner):
    measured = {"true_statement": (9, 1, 10), partner: (3, 3, 10)}
    assert not publishable("true_statement", 0.9, measured=measured)
    measured[partner] = (8, 2, 10)
    assert publishable("true_statement", 0.9, measured=measured)


@pytest.mark.parametrize(("measured", "expected"), [
    ((0, 5, 10), True),               # rated often, never usable as is: retired
    ((0, 0, MIN_RATED - 1), False),   # too few ratings to say
    ((1, 4, 10), False),              # one in ten usable as is: still asked, as a draft
    ((0, 0, 0), False),               # never rated: asked
])
def test_a_rule_is_retired_only_when_rated_often_and_almost_never_usable_as_is(measured, expected):
    assert retired("some_rule", measured={"some_rule": measured}) is expected


def test_retired_rules_are_refused_by_the_generator_and_counted(monkeypatch):
    path = Path(__file__).resolve().parents[3] / "bench" / "corpus" / "law-contracts.md"
    lesson = parse_document(path.read_text(encoding="utf-8"))
    before = generate_quiz(lesson, rng=random.Random(1))
    rules = {q.rule for q in before.questions}
    assert rules, "the lesson must give the generator something to ask"
    monkeypatch.setattr("lessontext.questions.retired", lambda rule: rule in rules)
    after = generate_quiz(lesson, rng=random.Random(1))
    assert not {q.rule for q in after.questions} & rules
    # A family with a rule still live runs, and its retired candidates are refused and counted ...
    partly = [q for q in before.questions if set(FAMILIES[q.family].rules) - rules]
    assert partly and after.rejections[RETIRED] >= len(partly)
    # ... a family all of whose rules are retired does not run at all.
    wholly = {q.family for q in before.questions} - {q.family for q in partly}
    assert wholly and after.candidates < before.candidates
