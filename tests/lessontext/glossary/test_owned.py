"""qualified_by_kind: "the opportunity cost of a choice" is no term, "opportunity cost" is, if the lesson recurs to it."""

from __future__ import annotations

from collections import Counter

from lessontext.glossary.owned import qualified_by_kind

RECURRING = Counter({"opportunity": 5, "cost": 7, "colour": 1})


def test_a_recurring_property_of_any_member_of_a_kind() -> None:
    assert qualified_by_kind("opportunity cost of a choice", "opportunity cost", RECURRING)


def test_a_property_said_once_is_only_described_in_passing() -> None:
    assert not qualified_by_kind("colour of a flame", "colour", RECURRING)


def test_a_subject_that_is_itself_a_term_is_left_alone() -> None:
    assert not qualified_by_kind("balance of payments", "balance", Counter({"balance": 9}))
