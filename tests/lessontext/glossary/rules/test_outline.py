"""The outline_term rule: a bold-only list item whose sub-items say what the term does."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "- **Phonological loop**\n  - Holds speech-based information.\n  - Includes an inner voice.\n",
            {"Phonological loop": ("defined", "A loop that holds speech-based information.")}, (),
            id="first-sub-item-opening-with-a-verb-defines-around-the-head-noun",
        ),
        pytest.param(
            "- **Episodic buffer**\n  - Added by Baddeley in 2000.\n  - Links information from the other parts.\n",
            {"Episodic buffer": ("defined", "A buffer that links information from the other parts.")}, (),
            id="a-fact-about-the-term-is-skipped-for-the-sub-item-that-defines",
        ),
        pytest.param(
            "- **Long-term memory**\n  - Has no known limit on capacity and can last a lifetime.\n",
            {"Long-term memory": ("defined", "A memory that has no known limit on capacity and can last a lifetime.")},
            (), id="has-says-what-it-has",
        ),
        pytest.param(
            "- **Levels of processing**\n  - Craik and Lockhart proposed that deeper processing lasts longer.\n",
            {}, ("Levels of processing",), id="a-reported-claim-under-the-item-does-not-define",
        ),
        pytest.param(
            "- Working memory\n  - Holds what we are thinking about right now.\n",
            {}, ("Working memory",), id="a-plain-item-is-not-set-apart-as-a-term",
        ),
        pytest.param(
            "- **Thirds**\n  - minor third (3 semitones): C to E flat\n  - major third (4 semitones): C to E\n",
            {}, ("Thirds",), id="a-group-heading-over-examples-is-not-defined",
        ),
    ],
)
def test_outline_term(body, expected, absent):
    check("Psychologists describe how we keep information over time.\n\n" + body, expected, absent)
