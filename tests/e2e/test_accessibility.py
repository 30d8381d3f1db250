"""Every main page passes axe-core's WCAG 2.1 A and AA rules and the W3C Nu HTML validator, in the states learners see."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COURSE = "/courses/security-and-defense-cooperation"
GLOSSARY = "/glossary/security-and-defense-cooperation"


@pytest.fixture
def seeded(seeds_dir, make_user):
    """The seed course with every generated question published, as after an instructor's review: these pages
    are checked whatever the publish gate holds back."""
    from quizzes.models import Question

    call_command("import_course", str(seeds_dir))
    Question.objects.update(status=Question.Status.PUBLISHED)
    make_user("reader", password="pw-for-reader-1")


def report(failures: dict[str, list[str]]) -> str:
    return "\n".join(f"{path}: {line}" for path, lines in failures.items() for line in lines)


PUBLIC = ["/", f"{COURSE}/", "/accounts/login/", "/accounts/signup/", "/no-such-page/"]
LEARNER = [f"{COURSE}/", f"{COURSE}/army-diplomacy/", f"{GLOSSARY}/", f"{GLOSSARY}/?q=diplomacy",
           f"{GLOSSARY}/army-diplomacy/", "/flashcards/", "/accounts/logout/",
           "/flashcards/security-and-defense-cooperation/", "/flashcards/security-and-defense-cooperation/?reveal=1",
           "/dashboard/", "/accounts/password_change/"]


def check_pages(page, paths, *checks) -> dict[str, list[str]]:
    failures = {}
    for path in paths:
        page.goto(path)
        if problems := [line for check in checks for line in check(page)]:
            failures[path] = problems
    return failures


def test_public_pages(page, axe, nu, seeded):
    assert not (failures := check_pages(page, PUBLIC, axe, nu)), report(failures)


def test_learner_pages(page, axe, nu, seeded, log_in):
    log_in("reader", "pw-for-reader-1")
    assert not (failures := check_pages(page, LEARNER, axe, nu)), report(failures)


def test_quiz_and_results_pages(page, axe, nu, seeded, log_in):
    log_in("reader", "pw-for-reader-1")
    page.goto(f"{COURSE}/army-diplomacy/quiz/")
    assert not (problems := axe(page) + nu(page)), problems
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("fieldset").first).to_be_visible()
    assert not (problems := axe(page) + nu(page)), problems
    page.get_by_role("button", name="Submit the quiz").click()
    page.get_by_role("button", name="Submit anyway").click()
    expect(page.get_by_role("heading", name="Question by question")).to_be_visible()
    assert not (problems := axe(page) + nu(page)), problems


def test_open_glossary_popover(page, axe, seeded, log_in):
    log_in("reader", "pw-for-reader-1")
    page.goto(f"{COURSE}/army-diplomacy/")
    page.locator(".lesson-body .glossary-term a").first.focus()
    expect(page.locator(".lesson-body .glossary-term [role=tooltip]").first).to_be_visible()
    assert not (violations := axe(page)), violations


def test_instructor_workspace_and_review_keyboard(page, axe, nu, seeded, log_in, make_user):
    from accounts.services import roles_ensure
    from courses.models import Course
    from quizzes.models import Question

    teacher = make_user("teacher", password="pw-for-teacher-1")
    teacher.groups.add(roles_ensure())
    Course.objects.get().instructors.add(teacher)
    Question.objects.update(status=Question.Status.DRAFT)
    log_in("teacher", "pw-for-teacher-1")
    expect(page).to_have_url(re.compile(r"/teach/$"))
    course = "/teach/security-and-defense-cooperation"
    paths = ("/teach/", f"{course}/review/", f"{course}/glossary/", f"{course}/glossary/new/", f"{course}/upload/",
             f"{course}/army-diplomacy/edit/", f"{course}/army-diplomacy/quiz/",
             f"{course}/army-diplomacy/quiz/preview/", f"{course}/army-diplomacy/questions/new/matching/",
             f"{course}/army-diplomacy/questions/new/true_false/", "/teach/courses/new/")
    assert not (failures := check_pages(page, paths, axe, nu)), report(failures)
    page.goto(f"{course}/review/")
    first_stem = page.locator("[data-review-item] h2").first.inner_text()
    page.keyboard.press("j")
    expect(page.locator("[data-review-item]").first).to_be_focused()
    page.keyboard.press("a")  # accept the focused question
    expect(page.get_by_text("accepted and published")).to_be_visible()
    assert Question.objects.get(stem=first_stem).status == Question.Status.PUBLISHED
