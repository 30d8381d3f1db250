"""The named_subject_aside rule: a subject named in an aside, then what it does."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "An ad hominem argument attacks the person. A related move, known as tu quoque, rejects criticism by"
            " pointing out that the critic behaves the same way.",
            {"Tu quoque": ("defined", "A move that rejects criticism by pointing out that the critic behaves the same"
                                      " way.")}, (),
            id="the-subject-noun-is-the-genus-and-the-verb-phrase-the-definition",
        ),
        pytest.param(
            "An ad hominem argument attacks the person. A related move, known as tu quoque, was discussed in the"
            " last lesson.",
            {}, ("Tu quoque",), id="a-passive-about-the-move-does-not-define",
        ),
    ],
)
def test_named_subject_aside(body, expected, absent):
    check(body, expected, absent)
