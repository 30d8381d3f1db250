"""Glossary popovers and flashcards in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from courses.services import course_import
from glossary.services import glossary_extract_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = """# The Cell

Every living thing is made of cells.

## Parts of a cell

- **Nucleus**: the compartment that holds the cell's genetic material.
- **Ribosome**: a small machine that builds proteins from amino acids.

## Division

Before a cell divides, the nucleus copies its DNA.
"""


@pytest.fixture
def logged_in(page, log_in, make_user, write_files):
    course = course_import(path=write_files({"01-cell.md": TEXT}, folder="biology")).course
    glossary_extract_course(course=course)
    make_user("reader", password="pw-for-reader-1")
    log_in("reader", "pw-for-reader-1")
    return course


def test_popover_opens_by_keyboard_and_closes_with_escape(page, logged_in, screenshot):
    page.goto(logged_in.lessons.get().get_absolute_url())
    term = page.locator(".lesson-body .glossary-term").filter(has_text="Nucleus").first
    popover = term.get_by_role("tooltip")
    expect(popover).to_be_hidden()

    link = term.get_by_role("link")
    for _ in range(60):  # Tab through the page until the term's link has focus
        page.keyboard.press("Tab")
        if link.evaluate("el => el === document.activeElement"):
            break
    expect(link).to_be_focused()
    expect(popover).to_be_visible()
    expect(popover).to_contain_text("genetic material")
    expect(link).to_have_accessible_description(re.compile("genetic material"))
    screenshot(page, "glossary-popover")

    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nucleus")
    assert page.console_errors == []


def test_review_a_flashcard_with_the_keyboard(page, logged_in, screenshot):
    page.goto(f"/flashcards/{logged_in.slug}/")
    expect(page.get_by_text(re.compile(r"^\d+ cards? due now$"))).to_be_visible()
    term = page.get_by_role("heading", level=1).inner_text()
    answer = page.locator("#card-answer")
    expect(answer).to_be_hidden()

    page.keyboard.press("Space")
    expect(answer).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Again"))).to_be_focused()
    screenshot(page, "flashcard")

    page.keyboard.press("3")
    expect(page.get_by_text(re.compile(f"“{re.escape(term)}” comes back in"))).to_be_visible()
    assert page.console_errors == []
