"""The seed course as `make run` serves it: glossary popovers and a generated quiz, in a real browser."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from quizzes.models import Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COURSE = "/courses/security-and-defense-cooperation"


@pytest.fixture
def reader(log_in, seeds_dir, make_user):
    """A learner in the seed course, its questions published as an instructor would after review (what the
    publish gate holds back by itself is tested in tests/lessontext and tests/quizzes)."""
    call_command("import_course", str(seeds_dir))
    Question.objects.filter(status=Question.Status.DRAFT).update(status=Question.Status.PUBLISHED)
    make_user("reader", password="pw-for-reader-1")
    return log_in("reader", "pw-for-reader-1")


def test_seed_lesson_has_glossary_popovers_and_a_generated_quiz(reader, screenshot):
    page = reader
    page.goto(f"{COURSE}/army-diplomacy/")
    term = page.locator(".lesson-body .glossary-term").filter(has_text=re.compile("defense attach[eé]s", re.I)).first
    term.get_by_role("link").focus()
    expect(term.get_by_role("tooltip")).to_be_visible()
    screenshot(page, "seed-lesson")

    page.get_by_role("link", name="Take the quiz").click()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("fieldset.quiz-question, form fieldset").first).to_be_visible()
    expect(page.locator(".lesson-body .glossary-term")).to_have_count(0)
    screenshot(page, "seed-quiz")

    page.get_by_role("button", name="Submit the quiz").click()
    page.get_by_role("button", name="Submit anyway").click()
    expect(page.get_by_role("heading", name=re.compile("Not passed yet: 0%"))).to_be_visible()
    sources = page.get_by_role("link", name=re.compile("^Review “"))
    expect(sources.first).to_have_attribute("href", re.compile(r"/army-diplomacy/#"))
    assert page.console_errors == []
