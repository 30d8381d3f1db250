"""The comma_label rule: list items that open with a bold term, a comma and what the term does."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "The field is described in three pillars:\n\n"
            "1. **Risk education**, which teaches people how to behave safely near mines.\n"
            "2. **Victim assistance**, covering medical care, rehabilitation and prosthetics.\n"
            "3. **Stockpile destruction**, so that stored mines can never be laid.\n",
            {
                "Risk education": ("defined", "Education that teaches people how to behave safely near mines."),
                "Victim assistance": ("defined", "Assistance that covers medical care, rehabilitation and prosthetics."),
            },
            ("Stockpile destruction",),
            id="which-and-participle-glosses-but-not-a-purpose",
        ),
        pytest.param(
            "The field is described in two pillars:\n\n"
            "1. **Risk education**, which teaches people how to behave safely near mines.\n"
            "2. Advocacy for the treaties.\n",
            {}, ("Risk education",), id="one-glossed-item-is-an-aside-not-a-list-of-terms",
        ),
    ],
)
def test_comma_label(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "present"),
    [
        pytest.param("Early settlers:\n\n- **mycorrhizae**, partnerships between fungi and plant roots\n- grasses",
                     True, id="plural-noun-gloss"),
        pytest.param("Jobs:\n\n- **Sanding**, makes the joint smoother for paint\n- waxing", False,
                     id="a-verb-is-no-noun-phrase"),
        pytest.param("Jobs:\n\n- mycorrhizae, partnerships between fungi and plant roots\n- grasses", False,
                     id="not-bold"),
    ],
)
def test_a_single_bold_item_glossed_by_a_noun_phrase_is_a_term(body, present):
    found = {k.lower() for k in glossary(body)}
    assert ("mycorrhizae" in found or "sanding" in found) is present
