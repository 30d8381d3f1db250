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
        pytest.param(
            "Schools describe three levels of reading. The lowest is phonics, where pupils turn letters into sounds."
            " Next comes fluency, where pupils read whole lines without stopping. The highest is inference, where"
            " pupils read meaning that the text leaves unsaid.",
            {"Phonics": ("defined", "A level where pupils turn letters into sounds."),
             "Fluency": ("defined", "A level where pupils read whole lines without stopping."),
             "Inference": ("defined", "A level where pupils read meaning that the text leaves unsaid.")}, (),
            id="a-scale-climbed-by-superlatives-and-next-comes-with-the-counted-kind-as-genus",
        ),
        pytest.param(
            "The interest is compounding, where each year's gain earns a gain of its own.",
            {}, ("Compounding",), id="a-word-in-est-that-is-no-superlative-ranks-nothing",
        ),
        pytest.param(
            "Aid went to three countries. The poorest is malawi, where the rains failed in the spring.",
            {}, ("Malawi",), id="a-counted-noun-that-is-no-kind-is-no-genus",
        ),
        pytest.param(
            "Next comes lunch, which the pupils eat in the hall before the afternoon lessons begin.",
            {}, ("Lunch",), id="next-comes-with-a-plain-which-clause-is-only-narrative",
        ),
    ],
)
def test_ranked_kind(body, expected, absent):
    check(body, expected, absent)
