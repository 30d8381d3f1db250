"""Instructors curate the glossary in Django admin."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from glossary import services
from glossary.models import GlossaryTerm

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(make_course, make_lesson, make_term):
    course = make_course()
    lesson = make_lesson(course, text="# Cells\n\nThe nucleus and the ribosome.\n")
    make_term(course, "Nucleus", "Old.", lesson=lesson, slug="nucleus")
    make_term(course, "Ribosome", "Builds proteins.", lesson=lesson, slug="ribosome")
    return course


def test_instructor_edit_makes_the_term_curated_and_relinks(client, instructor, course):
    client.force_login(instructor)
    term = GlossaryTerm.objects.get(term="Nucleus")
    url = reverse("admin:glossary_glossaryterm_change", args=[term.pk])
    assert client.get(url).status_code == HTTPStatus.OK
    response = client.post(url, {
        "course": course.pk, "term": "Nucleus", "slug": "nucleus", "definition": "Control centre.",
        "kind": "defined", "aliases": "nuclei\n  \ncell nucleus", "source_sentence": "",
        "occurrences-TOTAL_FORMS": "0", "occurrences-INITIAL_FORMS": "0",
    })
    assert response.status_code == HTTPStatus.FOUND, response.text
    term.refresh_from_db()
    assert term.curated and term.definition == "Control centre." and term.aliases == ["nuclei", "cell nucleus"]
    assert "Control centre." in course.lessons.get().linked_html


def test_instructor_adds_a_term(client, instructor, course):
    client.force_login(instructor)
    response = client.post(reverse("admin:glossary_glossaryterm_add"), {
        "course": course.pk, "term": "Cells", "slug": "cells", "definition": "Units of life.", "kind": "concept",
        "aliases": "", "source_sentence": "",
        "occurrences-TOTAL_FORMS": "0", "occurrences-INITIAL_FORMS": "0",
    })
    assert response.status_code == HTTPStatus.FOUND, response.text
    term = GlossaryTerm.objects.get(term="Cells")
    assert term.curated and term.key
    assert term.occurrences.exists()


@pytest.mark.parametrize("action, hidden", [("hide_terms", True), ("show_terms", False)])
def test_hide_and_show_actions(client, instructor, course, action, hidden):
    client.force_login(instructor)
    ids = list(GlossaryTerm.objects.values_list("pk", flat=True))
    client.post(reverse("admin:glossary_glossaryterm_changelist"), {"action": action, "_selected_action": ids})
    assert set(GlossaryTerm.objects.values_list("hidden", "curated")) == {(hidden, True)}


def test_hiding_many_terms_relinks_each_course_once(client, instructor, course, make_course, make_lesson, make_term,
                                                   monkeypatch):
    other = make_course()
    make_term(other, "Vacuole", lesson=make_lesson(other, text="# Plants\n\nThe vacuole stores water.\n"))
    linked = []
    original = services.glossary_link_course
    monkeypatch.setattr(services, "glossary_link_course", lambda *, course: linked.append(course.pk) or original(course=course))
    client.force_login(instructor)
    ids = list(GlossaryTerm.objects.values_list("pk", flat=True))
    client.post(reverse("admin:glossary_glossaryterm_changelist"), {"action": "hide_terms", "_selected_action": ids})
    assert sorted(linked) == sorted([course.pk, other.pk])
    assert GlossaryTerm.objects.filter(hidden=False).count() == 0
    assert course.lessons.get().linked_html == ""  # nothing visible is left to link


def test_merge_action(client, instructor, course):
    client.force_login(instructor)
    ids = list(GlossaryTerm.objects.values_list("pk", flat=True))
    response = client.post(
        reverse("admin:glossary_glossaryterm_changelist"), {"action": "merge_terms", "_selected_action": ids}, follow=True
    )
    assert "Merged 2 terms into “Nucleus”." in response.text
    assert list(GlossaryTerm.objects.values_list("term", "aliases")) == [("Nucleus", ["Ribosome"])]


@pytest.mark.parametrize(
    "name", ["admin:glossary_glossaryterm_changelist", "admin:glossary_flashcard_changelist",
             "admin:glossary_flashcardreview_changelist"]
)
def test_admin_lists_load(client, admin_user, course, name):
    client.force_login(admin_user)
    assert client.get(reverse(name)).status_code == HTTPStatus.OK
