"""An instructor builds a lesson's quiz in the workspace; a learner sees exactly what was published."""

import re

import pytest
from playwright.sync_api import expect

from learning.models import LessonProgress
from quizzes.models import Attempt, Question
from tests.quizzes.test_generation import LESSON

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_upload_review_author_preview_publish_then_a_learner_takes_it(
    page, log_in, make_user, tmp_path, screenshot, axe
):
    from accounts.services import roles_ensure

    make_user("teacher", password="pw-for-teacher-1").groups.add(roles_ensure())
    make_user("learner", password="pw-for-learner-1")
    lesson_file = tmp_path / "01-the-cell.md"
    lesson_file.write_text(LESSON, encoding="utf-8")

    # A new course, and a lesson uploaded into it.
    log_in("teacher", "pw-for-teacher-1")
    expect(page).to_have_url(re.compile(r"/teach/$"))
    page.get_by_role("link", name="New course").click()
    page.get_by_label("Title").fill("Cell Biology")
    page.get_by_role("button", name="Create the course").click()
    page.get_by_label("Lesson files").set_input_files(str(lesson_file))
    page.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("1 created, 0 updated, 0 unchanged, 0 failed")).to_be_visible()
    expect(page.get_by_text("Not published: only instructors see it")).to_be_visible()

    # Everything generated waits for review (whatever the publish gate decided).
    Question.objects.update(status=Question.Status.DRAFT)
    page.get_by_role("link", name="Review questions").click()
    items = page.locator("[data-review-item]")
    total = items.count()
    assert total >= 3
    rejected_stem = items.nth(0).locator("h2").inner_text()
    items.nth(0).get_by_label("Reason (to reject)").select_option("not_worth_asking")
    items.nth(0).get_by_role("button", name="Reject").click()
    expect(page.get_by_text(": rejected.")).to_be_visible()
    screenshot(page, "teach-review")

    # Edit one: the form shows its options as rows.
    page.locator("[data-review-item]").nth(0).get_by_role("link", name="Edit").click()
    stem = page.get_by_label("Stem")
    stem.fill(stem.input_value() + " (edited)")
    page.get_by_label("Published").check()
    page.get_by_role("button", name="Save the question").click()
    expect(page.get_by_text("The question is saved.")).to_be_visible()

    # Author one by hand, from the quiz page.
    page.get_by_role("link", name="Multiple choice").click()
    page.get_by_label("Stem").fill("Which organelle releases energy from food?")
    page.get_by_label("Option 1", exact=True).fill("Mitochondrion")
    page.get_by_label("Option 1 is correct").check()
    page.get_by_label("Option 2", exact=True).fill("Ribosome")
    page.get_by_label("Option 3", exact=True).fill("Nucleus")
    page.get_by_label("Published").check()
    page.get_by_role("button", name="Save the question").click()
    expect(page.get_by_text("The question is saved.")).to_be_visible()

    # Accept what is left, then preview as a learner.
    page.goto("/teach/cell-biology/review/")
    page.get_by_role("button", name=re.compile(r"Accept all \d+ on this page")).click()
    published = Question.objects.filter(status=Question.Status.PUBLISHED).count()
    assert published == total - 1 + 1  # all but the rejected one, plus the authored one
    page.goto("/teach/")
    page.get_by_role("link", name="quiz settings of The Cell").click()
    page.get_by_role("link", name="Preview the quiz as a learner").click()
    expect(page.locator("fieldset[data-question]")).to_have_count(published)
    assert not axe(page)
    page.goto("/teach/")
    page.get_by_role("button", name="Publish Cell Biology").click()
    expect(page.get_by_text("is published: learners can see it")).to_be_visible()
    screenshot(page, "teach-home")

    # The learner sees exactly the published questions, reads the lesson and takes the quiz.
    page.get_by_role("button", name="teacher").click()
    page.get_by_role("button", name="Log out").click()
    log_in("learner", "pw-for-learner-1")
    page.goto("/courses/cell-biology/the-cell/")
    page.get_by_role("button", name="Mark as read").click()
    page.get_by_role("link", name="Take the quiz").click()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("fieldset[data-question]")).to_have_count(published)
    expect(page.get_by_text(rejected_stem, exact=True)).to_have_count(0)
    page.get_by_role("button", name="Submit the quiz").click()
    page.get_by_role("button", name="Submit anyway").click()
    expect(page.get_by_role("heading", name="Question by question")).to_be_visible()
    attempt = Attempt.objects.get()
    before = (attempt.score, attempt.percent, LessonProgress.objects.get().completed_at)

    # The instructor edits the lesson's text: the learner's progress and results stay as they were.
    page.get_by_role("button", name="learner").click()
    page.get_by_role("button", name="Log out").click()
    log_in("teacher", "pw-for-teacher-1")
    page.get_by_role("link", name="edit The Cell").click()
    source = page.get_by_label("Markdown")
    source.fill(source.input_value() + "\n## Summary\n\nEvery living thing is made of cells.\n")
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", name="Summary")).to_be_visible()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("0 created, 1 updated")).to_be_visible()
    attempt.refresh_from_db()
    assert (attempt.score, attempt.percent, LessonProgress.objects.get().completed_at) == before
    assert Question.objects.filter(status=Question.Status.REJECTED).count() == 1
    assert not page.console_errors, page.console_errors
