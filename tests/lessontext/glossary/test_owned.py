"""recurring_term: "opportunity cost" in "the opportunity cost of a choice" is a term if the lesson recurs to it."""

from __future__ import annotations

from collections import Counter

from lessontext.glossary.owned import recurring_term

RECURRING = Counter({"opportunity": 5, "cost": 7, "colour": 1, "heat": 6, "capacity": 1})


def test_a_recurring_property_of_any_member_of_a_kind() -> None:
    assert recurring_term("opportunity cost", RECURRING)


def test_a_property_said_once_is_only_described_in_passing() -> None:
    assert not recurring_term("colour", RECURRING)


def test_every_word_of_the_phrase_recurs() -> None:
    assert not recurring_term("heat capacity", RECURRING)
