"""The this_is_name rule: a statement, then its name ("...; this is the **spacing effect**")."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Testing yourself strengthens memory more than rereading; this is the **testing effect**, shown in many"
            " studies.",
            {"Testing effect": ("defined", "Testing yourself strengthens memory more than rereading.")}, (),
            id="clause-then-this-is-the-bold-name",
        ),
        pytest.param(
            "For many materials, stress is proportional to strain up to a limit. This is **Hooke's law**:\n\n"
            "stress = E × strain",
            {"Hooke's law": ("defined", "For many materials, stress is proportional to strain up to a limit.")}, (),
            id="sentence-then-this-is-the-bold-name",
        ),
        pytest.param(
            "Diagrams show current as flowing from the positive terminal to the negative terminal. This is known as"
            " conventional current.",
            {"Conventional current": ("defined",
                                      "Diagrams show current as flowing from the positive terminal to the negative"
                                      " terminal.")}, (),
            id="this-is-known-as-a-plain-name",
        ),
        pytest.param(
            "It stretches in proportion to the load until it reaches a limit. This is **Hooke's law**.",
            {}, ("Hooke's law",), id="a-statement-leaning-on-a-pronoun",
        ),
        pytest.param(
            "Study spread over several sessions is remembered better than study crammed into one; this is the"
            " spacing effect.",
            {}, ("Spacing effect",), id="an-unmarked-name-may-be-a-description",
        ),
        pytest.param(
            "If the bank raises its rates, loans become dearer for every household. This is **monetary policy**.",
            {}, ("Monetary policy",), id="a-condition-is-not-the-statement",
        ),
    ],
)
def test_this_is_name(body, expected, absent):
    check(body, expected, absent)


def test_a_rule_named_then_stated_in_the_next_sentence():
    found = glossary(
        "States share secrets under strict rules. A central principle of sharing is known as the third-party rule, or"
        " originator control. Information received from a partner may not be passed to anyone else without consent."
    )
    assert found["Third-party rule"] == (
        "defined",
        "A central principle of sharing: information received from a partner may not be passed to anyone else"
        " without consent.",
    )


def test_a_principle_named_in_passing_is_defined_by_what_it_holds():
    """test-cg, both raters: "Open Door: The principle on which American policy towards China rested" said where it
    was used; the next sentence ("It held that ...") says what it is."""
    found = glossary("The league's policy rested on the principle known as the Free Quay, set out in 1820. It held that "
                     "every member town should have equal access to the harbours of the others. Trade grew quickly.")
    assert found["Free Quay"][1] == ("The principle that every member town should have equal access to the harbours "
                                     "of the others.")
