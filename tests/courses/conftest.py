"""Fixtures of the course tests."""

import pytest


@pytest.fixture
def course(make_course, make_lesson, make_quiz):
    """Two lessons with a section each; the first has a quiz."""
    course = make_course(title="Astronomy")
    first = make_lesson(course, slug="first", position=0, text="# First\n\nIntro.\n\n## Orbits\n\nBodies orbit.\n")
    make_lesson(course, slug="second", position=1, text="# Second\n\nIntro.\n\n## Stars\n\nStars shine.\n")
    make_quiz(first)
    return course
