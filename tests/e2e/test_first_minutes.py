"""A new visitor's first ten minutes on the seed course: every page says what to do next."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import Course
from quizzes.models import Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seed_course(seeds_dir):
    """The seed course, with the first lesson's quiz published as an instructor would after review."""
    call_command("import_course", str(seeds_dir))  # the whole publishing pipeline, as `make run` does
    course = Course.objects.get()
    first = course.lessons.order_by("position", "pk").first()
    Question.objects.filter(quiz__lesson=first, status=Question.Status.DRAFT).update(status=Question.Status.PUBLISHED)
    return course, first


def test_sign_up_start_here_read_quiz_and_flashcards(page, axe, seed_course, screenshot):
    course, first = seed_course
    checked: dict[str, list[str]] = {}

    def clean(name: str) -> None:
        checked[name] = axe(page)

    # The first page says what the site offers and how to begin.
    page.goto("/")
    expect(page.get_by_text("Read a lesson, check what you understood with its quiz")).to_be_visible()
    clean("catalogue")
    screenshot(page, "catalogue")
    page.get_by_role("link", name="Sign up to start").click()

    page.locator("#id_username").fill("newcomer")
    page.locator("#id_password1").fill("a-Long-pass-123")
    page.locator("#id_password2").fill("a-Long-pass-123")
    page.get_by_role("button", name="Sign up").click()

    # One landing: the dashboard, with a "start here" for someone who has done nothing yet.
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    start_here = page.locator("[data-start-here]")
    expect(start_here).to_contain_text("Each lesson has three parts")
    clean("dashboard")
    screenshot(page, "dashboard-start-here")
    start_here.get_by_role("link", name=f"Start: {first.title}").click()

    # The lesson: read it, then the page points at its quiz and its key terms.
    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)
    clean("lesson")
    page.get_by_role("button", name=re.compile("Mark as (read|complete)")).click()
    expect(page.get_by_text(re.compile("You (read|completed) this lesson"))).to_be_visible()
    page.get_by_role("link", name="Take the quiz").click()

    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("fieldset").first).to_be_visible()
    clean("quiz")
    page.get_by_role("button", name="Submit the quiz").click()
    page.get_by_role("button", name="Submit anyway").click()
    expect(page.get_by_role("heading", name=re.compile("Not passed yet"))).to_be_visible()
    expect(page.locator("[data-next-step]")).to_contain_text("reread the sections your missed questions link to")
    clean("results")
    page.get_by_role("link", name="Back to the lesson").click()

    # Flashcards of the lesson's key terms: a term, its meaning on demand, a rating.
    page.get_by_role("link", name="Study these terms").click()
    expect(page.get_by_text("What does this term mean?")).to_be_visible()
    clean("flashcard")
    page.get_by_role("button", name=re.compile("Show definition")).or_(
        page.get_by_role("link", name=re.compile("Show definition"))
    ).first.click()
    page.get_by_role("button", name=re.compile("^Good")).click()
    expect(page.get_by_text("comes back")).to_be_visible()

    # Back on the dashboard, the next step is where the learner left off.
    page.goto("/dashboard/")
    expect(page.locator("[data-start-here]")).to_have_count(0)
    expect(page.get_by_role("heading", name="Continue where you left off")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("(Take the quiz|Resume the quiz|Continue reading|Next lesson).*"))).to_be_visible()
    clean("dashboard, later")

    assert not any(checked.values()), checked
    assert page.console_errors == []
