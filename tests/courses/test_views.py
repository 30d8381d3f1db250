"""The catalogue and site-wide pages over real HTTP, for every kind of visitor."""

from http import HTTPStatus

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "student", "instructor", "admin"]


@pytest.fixture
def course(make_course, make_lesson):
    course = make_course(title="Cells", description="All about cells.")
    for n in range(3):
        make_lesson(course, slug=f"part-{n}", position=n, text=f"# Part {n}\n\nIntro {n}.\n\n## Details {n}\n\nBody {n}.\n")
    return course


@pytest.mark.parametrize("visitor", ROLES, indirect=True)
def test_catalogue_lists_courses_for_everyone(visitor, course):
    response = visitor.get(reverse("courses:catalogue"))
    assert response.status_code == HTTPStatus.OK
    assert "Cells" in response.text and "3 lessons" in response.text


def test_catalogue_says_what_the_site_offers_and_the_next_step(client, student, course):
    anonymous = client.get(reverse("courses:catalogue")).text
    assert "Read a lesson, check what you understood with its quiz" in anonymous
    assert f'href="{reverse("signup")}">Sign up to start</a>' in anonymous and f'href="{reverse("login")}">Log in</a>' in anonymous
    client.force_login(student)
    learner = client.get(reverse("courses:catalogue")).text
    assert f'href="{reverse("learning:dashboard")}">Continue where you left off</a>' in learner
    assert "Sign up to start" not in learner


def test_catalogue_empty_state(client):
    response = client.get(reverse("courses:catalogue"))
    assert "No courses yet." in response.text


@pytest.mark.parametrize(
    "url",
    ["/courses/nope/", "/courses/nope/lesson/", "/no-such-page/"],
)
def test_friendly_404(client, student, url):
    client.force_login(student)
    response = client.get(url)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Page not found" in response.text and "Browse the courses" in response.text


def test_favicon_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
    assert response.url.endswith("favicon.svg")


def test_pages_send_a_strict_content_security_policy(client):
    policy = client.get(reverse("courses:catalogue"))["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


def test_friendly_403_page(client, student, make_course):
    course = make_course()
    client.force_login(student)
    response = client.get(f"/teach/{course.slug}/review/")
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "You can't open this page" in response.text and "Browse the courses" in response.text


def test_friendly_csrf_failure_page(student):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(student)
    response = client.post("/accounts/logout/")
    assert response.status_code == HTTPStatus.FORBIDDEN and "This form has expired" in response.text
