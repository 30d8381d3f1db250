"""The called_because rule: "N are called X because they VERB ..." -> "Ns that VERB ..."."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "A lathe can shape pipes or gun barrels. Tools of this kind are called dual-purpose tools because they"
            " serve both farms and armies.",
            {"Dual-purpose tools": ("defined", "Tools that serve both farms and armies.")}, (),
            id="the-subject-noun-heads-the-reason",
        ),
        pytest.param(
            "The liver and pancreas lie outside the gut. These are called helper organs because they store and"
            " release digestive juices.",
            {"Helper organs": ("defined", "Organs that store and release digestive juices.")}, (),
            id="a-pointing-subject-leaves-the-term's-own-plural-head",
        ),
        pytest.param(
            "It is called crude because it does not adjust for age. These are called swing goods because they"
            " answer these needs.",
            {}, ("Crude", "Swing goods"),
            id="no-noun-for-a-singular-pointing-subject-and-no-reason-that-points-outside",
        ),
    ],
)
def test_called_because(body, expected, absent):
    check(body, expected, absent)
