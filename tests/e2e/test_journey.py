"""A new learner's first visit, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from courses.services import course_import

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_read_a_lesson_and_mark_it_complete(page, seeds_dir, screenshot):
    course_import(path=seeds_dir)

    page.goto("/")
    expect(page.get_by_role("heading", name="Courses")).to_be_visible()

    page.get_by_role("link", name="Sign up", exact=True).click()
    page.locator("#id_username").fill("learner")
    page.locator("#id_password1").fill("a-Long-pass-123")
    page.locator("#id_password2").fill("a-Long-pass-123")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Welcome to Lessonforge, learner!")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))  # one landing after sign-up and log-in

    page.get_by_role("navigation", name="Main navigation").get_by_role("link", name="Courses").click()
    page.get_by_role("link", name="Security and Defense Cooperation").click()
    progress = page.locator("progress#course-progress")
    expect(progress).to_have_attribute("value", "0")
    page.get_by_role("link", name="Army Diplomacy: A Pivotal Tool in Islamic Nation's Security and Defense").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Army Diplomacy")
    body = page.locator(".lesson-body")
    expect(body).to_contain_text("defense attachés play crucial roles")
    expect(body).not_to_contain_text("**")
    screenshot(page, "lesson")
    page.get_by_role("navigation", name="On this page").get_by_role("link", name="What is Army Diplomacy?").click()
    expect(page).to_have_url(re.compile(r"#what-is-army-diplomacy$"))

    page.get_by_role("button", name="Mark as complete").click()
    expect(page.get_by_text("You completed this lesson")).to_be_visible()

    page.get_by_role("link", name="Security and Defense Cooperation").click()
    expect(progress).to_have_attribute("value", "20")
    expect(page.get_by_text("1 of 5 lessons complete")).to_be_visible()
    screenshot(page, "course")
    assert page.console_errors == []


def test_keyboard_user_can_skip_to_content(page, seeds_dir):
    course_import(path=seeds_dir)
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
