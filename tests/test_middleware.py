"""Input that no database accepts is refused with 400, never a 500 (PostgreSQL raises on NUL)."""

from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["q=%00", "q=a%00b", "lesson=a%00b&x=1"])
def test_a_nul_in_the_query_is_a_bad_request(client, student, make_term, make_course, query):
    course = make_course()
    make_term(course, "Orbit")
    client.force_login(student)
    for path in (f"/glossary/{course.slug}/", f"/flashcards/{course.slug}/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == HTTPStatus.BAD_REQUEST
        assert "NUL character" in response.text


def test_a_nul_in_a_form_is_a_bad_request(client):
    response = client.post("/accounts/signup/", {"username": "ada\x00", "password1": "x", "password2": "x"})
    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_ordinary_requests_pass(client, student, make_course):
    course = make_course()
    client.force_login(student)
    assert client.get(f"/glossary/{course.slug}/?q=orbit").status_code == HTTPStatus.OK
