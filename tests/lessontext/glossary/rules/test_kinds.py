"""The ranked_kind rule: kinds listed one after another, each with a relative clause saying what it is."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Allies buy weapons together in several ways. The simplest is a pooled purchase, in which allies buy the"
            " same product in one larger order. A third form is shared ownership, where allies jointly buy and"
            " operate a capability.",
            {"Pooled purchase": ("defined", "A purchase in which allies buy the same product in one larger order."),
             "Shared ownership": ("defined", "A form where allies jointly buy and operate a capability.")}, (),
            id="counted-subject-then-the-kind-and-its-relative-clause",
        ),
        pytest.param(
            "Aid reaches many places each year. The first country is Ghana, where the rains failed in the spring.",
            {}, ("Ghana",), id="a-counted-instance-is-not-a-kind",
        ),
        pytest.param(
            "Allies buy weapons together in several ways. The simplest is a pooled purchase, which we meet later in"
            " the course.",
            {}, ("Pooled purchase",), id="a-relative-clause-that-says-nothing-of-the-kind",
        ),
    ],
)
def test_ranked_kind(body, expected, absent):
    check(body, expected, absent)
