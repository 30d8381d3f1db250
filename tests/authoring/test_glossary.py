"""Reviewing a course glossary in the workspace: accept, hide, show, merge, edit, add."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.services import roles_ensure
from glossary.models import GlossaryTerm

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher(make_user):
    user = make_user("teacher")
    user.groups.add(roles_ensure())
    return user


@pytest.fixture
def course(make_course, make_lesson, make_term, teacher):
    course = make_course()
    course.instructors.add(teacher)
    lesson = make_lesson(course, text="# Cells\n\nThe nucleus and the ribosome and the nuclei.\n")
    make_term(course, "Nucleus", "The control centre.", lesson=lesson, slug="nucleus", rule="label")
    make_term(course, "Ribosome", "Builds proteins.", lesson=lesson, slug="ribosome", rule="copula")
    return course


def url(course):
    return reverse("authoring:glossary_review", args=[course.slug])


def act(client, course, action, terms, **extra):
    data = {"action": action, "terms": [t.pk for t in terms], **extra}
    return client.post(url(course), data, follow=True)


def test_the_glossary_lists_terms_with_the_rule_that_found_them(client, teacher, course):
    client.force_login(teacher)
    html = client.get(url(course)).text
    assert "Nucleus" in html and "<code>label</code>" in html and "Automatic" in html


@pytest.mark.parametrize(("action", "hidden"), [("hide", True), ("show", False), ("accept", False)])
def test_bulk_actions_curate_the_terms(client, teacher, course, action, hidden):
    client.force_login(teacher)
    terms = list(GlossaryTerm.objects.all())
    response = act(client, course, action, terms)
    assert f"2 terms: {action} done." in response.text
    assert set(GlossaryTerm.objects.values_list("hidden", "curated")) == {(hidden, True)}


def test_merging_keeps_the_marked_term(client, teacher, course):
    client.force_login(teacher)
    nucleus, ribosome = GlossaryTerm.objects.get(term="Nucleus"), GlossaryTerm.objects.get(term="Ribosome")
    response = act(client, course, "merge", [nucleus, ribosome], into=ribosome.pk)
    assert "Merged 2 terms into “Ribosome”." in response.text
    assert list(GlossaryTerm.objects.values_list("term", "aliases")) == [("Ribosome", ["Nucleus"])]


def test_an_action_needs_terms(client, teacher, course):
    client.force_login(teacher)
    assert "Choose one or more terms" in act(client, course, "hide", []).text


def test_adding_and_editing_a_term(client, teacher, course):
    client.force_login(teacher)
    new = reverse("authoring:term_new", args=[course.slug])
    response = client.post(new, {"term": "Cells", "definition": "The units of life.", "kind": "defined",
                                 "aliases": "cell\n"}, follow=True)
    assert "“Cells” is saved" in response.text
    term = GlossaryTerm.objects.get(term="Cells")
    assert term.curated and term.aliases == ["cell"] and term.occurrences.exists()
    edit = reverse("authoring:term_edit", args=[course.slug, term.pk])
    client.post(edit, {"term": "Cells", "definition": "What living things are made of.", "kind": "defined", "aliases": ""})
    term.refresh_from_db()
    assert term.definition == "What living things are made of." and term.aliases == []
    assert "This field is required." in client.post(edit, {"term": "", "definition": "", "kind": "defined"}).text


def test_a_duplicate_term_is_refused_with_a_message(client, teacher, course):
    client.force_login(teacher)
    response = client.post(reverse("authoring:term_new", args=[course.slug]),
                           {"term": "Nuclei", "definition": "Again.", "kind": "defined", "aliases": ""})
    assert response.status_code == HTTPStatus.OK and "already has this term, or another form of it" in response.text
    assert not GlossaryTerm.objects.filter(term="Nuclei").exists()


def test_other_instructors_cannot_touch_the_glossary(client, make_user, course):
    stranger = make_user("stranger")
    stranger.groups.add(roles_ensure())
    client.force_login(stranger)
    assert client.get(url(course)).status_code == HTTPStatus.FORBIDDEN
    assert act(client, course, "hide", list(GlossaryTerm.objects.all())).status_code == HTTPStatus.FORBIDDEN
    assert not GlossaryTerm.objects.filter(hidden=True).exists()
