"""Inline enumerations: an item swapped in must stand where the listed one stood."""

import pytest

from lessontext.questions.families.enumerations import fits_in_place


@pytest.mark.parametrize(
    ("item", "member", "expected"),
    [
        ("rail", "road", True),
        ("alongside rail", "road", False),  # a preposition cut in with the item (raters on test-e)
        ("the harbour", "road", False),
        ("Baltic Sea Patrol in Gdansk", "road", False),  # a name for a common noun: "recognised baltic ..."
        ("Baltic Sea Patrol", "North Sea Command", True),
        ("storms and floods", "guidance on decisions", False),  # another shape of thing
        ("storms and floods", "wind and rain", True),
        ("effective leadership", "surveillance", False),
    ],
)
def test_fits_in_place(item, member, expected):
    assert fits_in_place(item, member) is expected
