"""Pages work under the production Content-Security-Policy: no violation, no console error."""

import pytest
from django.core.management import call_command

from glossary.models import GlossaryTerm
from quizzes.models import Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_pages_raise_no_csp_violation(page, seeds_dir, make_user):
    call_command("import_course", str(seeds_dir))
    make_user("boss", password="pw-for-boss-1", is_staff=True, is_superuser=True)
    page.goto("/admin/login/")
    page.locator("#id_username").fill("boss")
    page.locator("#id_password").fill("pw-for-boss-1")
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/")
    question = Question.objects.first()
    term = GlossaryTerm.objects.first()
    for path in [
        "/admin/",
        "/admin/courses/lesson/",
        f"/admin/quizzes/question/{question.pk}/change/",
        f"/admin/glossary/glossaryterm/{term.pk}/change/",
        "/admin/glossary/glossaryterm/add/",
    ]:
        response = page.goto(path)
        assert response.status == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]
    assert page.console_errors == []
