"""Sign up, log in, log out and password change."""

import re
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_sign_up_logs_the_new_student_in(client):
    response = client.post(
        reverse("signup"),
        {"username": "newbie", "password1": "a-Long-pass-123", "password2": "a-Long-pass-123"},
        follow=True,
    )
    assert response.status_code == HTTPStatus.OK
    assert "Welcome to Lessonforge, newbie!" in response.text
    user = get_user_model().objects.get(username="newbie")
    assert response.context["user"] == user
    assert not user.is_staff and not user.groups.exists()


def test_sign_up_errors_are_shown_on_the_fields(client):
    response = client.post(reverse("signup"), {"username": "x", "password1": "abc", "password2": "abd"})
    assert response.status_code == HTTPStatus.OK
    assert "The two password fields didn’t match." in response.text
    assert 'aria-invalid="true"' in response.text or "is-invalid" in response.text
    assert not get_user_model().objects.filter(username="x").exists()


def test_sign_up_never_redirects_off_site(client):
    response = client.post(
        reverse("signup"),
        {"username": "n2", "password1": "a-Long-pass-123", "password2": "a-Long-pass-123", "next": "https://evil.example/"},
    )
    assert response.url == reverse("learning:dashboard")  # one landing after sign-up and log-in


def test_log_in_and_out(client, make_user):
    make_user("ada", password="pw-for-ada-123")
    response = client.post(reverse("login"), {"username": "ada", "password": "pw-for-ada-123"})
    assert response.status_code == HTTPStatus.FOUND
    assert client.get(reverse("courses:catalogue")).context["user"].username == "ada"
    client.post(reverse("logout"))
    assert not client.get(reverse("courses:catalogue")).context["user"].is_authenticated


def test_wrong_password_is_refused(client, make_user):
    make_user("ada", password="pw-for-ada-123")
    response = client.post(reverse("login"), {"username": "ada", "password": "nope"})
    assert response.status_code == HTTPStatus.OK
    assert "Please enter a correct username and password" in response.text


def test_password_change(client, make_user):
    user = make_user("ada", password="pw-for-ada-123")
    client.force_login(user)
    assert client.get(reverse("password_change")).status_code == HTTPStatus.OK
    response = client.post(
        reverse("password_change"),
        {"old_password": "pw-for-ada-123", "new_password1": "New-pass-456!", "new_password2": "New-pass-456!"},
        follow=True,
    )
    assert "Your password has been changed" in response.text
    user.refresh_from_db()
    assert user.check_password("New-pass-456!")


@pytest.mark.parametrize("name", ["login", "signup"])
def test_forms_render_with_labels(client, name):
    text = client.get(reverse(name)).text
    assert re.search(r'<label\s+for="id_username"', text)
    assert 'id="id_username"' in text and 'name="csrfmiddlewaretoken"' in text


@pytest.mark.parametrize("login_url", ["/accounts/login/", "/admin/login/"])
def test_repeated_wrong_passwords_lock_the_account_for_a_while(client, make_user, login_url):
    make_user("ada", password="the-right-password-1", is_staff=True)
    for _ in range(5):
        client.post(login_url, {"username": "ada", "password": "wrong"})
    response = client.post(login_url, {"username": "ada", "password": "the-right-password-1"})
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Too many failed log-ins" in response.text
    assert "_auth_user_id" not in client.session


def test_a_right_password_after_a_few_mistakes_still_logs_in(client, make_user):
    make_user("ada", password="the-right-password-1")
    for _ in range(3):
        client.post("/accounts/login/", {"username": "ada", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "ada", "password": "the-right-password-1"})
    assert response.status_code == HTTPStatus.FOUND and "_auth_user_id" in client.session


@pytest.mark.parametrize("page", ["login", "signup"])
def test_a_logged_in_visitor_goes_to_the_dashboard(client, student, page):
    client.force_login(student)
    assert client.get(reverse(page)).url == reverse("learning:dashboard")


def test_the_log_in_page_says_why_it_appeared(client, make_lesson):
    lesson = make_lesson()
    response = client.get(lesson.get_absolute_url(), follow=True)
    assert "Log in to continue" in response.text and "Sign up" in response.text
    assert "Log in to continue" not in client.get(reverse("login")).text


@pytest.mark.parametrize(
    ("username", "problem"),
    [(".", "at least one letter"), ("..", "at least one letter"), ("-_-", "at least one letter"),
     ("\u0430dmin", "mixes letters"), ("administrator", "looks like an existing or reserved"),
     ("\u0430\u0441\u0435", "looks like an existing or reserved")],  # Cyrillic "ace", all one script
)
def test_sign_up_refuses_names_that_pass_for_another(client, make_user, username, problem):
    make_user("ace")
    response = client.post(reverse("signup"), {"username": username, "password1": "a-Long-pass-123",
                                               "password2": "a-Long-pass-123"})
    assert response.status_code == HTTPStatus.OK and problem in response.text
    assert not get_user_model().objects.filter(username=username).exists()


@pytest.mark.parametrize("username", ["Jürgen", "Олег", "ana.maria"])
def test_sign_up_accepts_names_in_any_one_alphabet(client, username):
    response = client.post(reverse("signup"), {"username": username, "password1": "a-Long-pass-123",
                                               "password2": "a-Long-pass-123"})
    assert response.status_code == HTTPStatus.FOUND
    assert get_user_model().objects.filter(username=username).exists()


def test_log_out_by_address_asks_to_confirm(client, student):
    client.force_login(student)
    page = client.get(reverse("logout"))
    assert page.status_code == HTTPStatus.OK and "Log out?" in page.text and 'method="post"' in page.text
    assert client.post(reverse("logout")).status_code == HTTPStatus.FOUND
    assert client.get(reverse("logout")).url == reverse("courses:catalogue")  # already logged out


def test_no_password_reset_dead_end(client):
    assert client.get("/accounts/password_reset/").status_code == HTTPStatus.NOT_FOUND
    assert "Ask your instructor or an administrator" in client.get(reverse("login")).text
