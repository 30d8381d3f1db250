"""Words that lean on a noun of another sentence, table-driven (raters on test-d and test-e)."""

import pytest

from lessontext.questions.outside import refers_outside
from lessontext.questions.text import words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most work by consensus, meaning that every member must agree.", True),
        ("Most water evaporates before it reaches the sea.", False),
        ("Most people in the region rely on fishing.", False),
        ("Many agreements use a model known as concurrent jurisdiction.", False),
        ("The alliance has run several, including two in Africa.", True),
        ("The alliance has run several missions, including two in Africa.", False),
        ("At its head stood an absolute monarch.", True),
        ("At the head of the old system stood an absolute monarch.", False),
    ],
)
def test_refers_outside(text, expected):
    assert refers_outside(text, [w.lower() for w in words(text)]) is expected
