"""A learner's course outline and lesson pages over real HTTP, for every kind of visitor."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from learning.models import LessonProgress

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "student", "instructor", "admin"]


@pytest.fixture
def course(make_course, make_lesson):
    course = make_course(title="Cells", description="All about cells.")
    for n in range(3):
        make_lesson(course, slug=f"part-{n}", position=n, text=f"# Part {n}\n\nIntro {n}.\n\n## Details {n}\n\nBody {n}.\n")
    return course


@pytest.mark.parametrize("visitor", ROLES, indirect=True)
def test_course_page_lists_lessons_in_order(visitor, course):
    response = visitor.get(course.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    text = response.text
    assert text.index("Part 0") < text.index("Part 1") < text.index("Part 2")


def test_anonymous_course_page_invites_sign_up_without_progress(client, course):
    text = client.get(course.get_absolute_url()).text
    assert "to read the lessons" in text and "<progress" not in text


def test_anonymous_reader_is_sent_to_log_in(client, course):
    lesson = course.lessons.first()
    response = client.get(lesson.get_absolute_url())
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == f"{reverse('login')}?next={lesson.get_absolute_url()}"


@pytest.mark.parametrize("visitor", ["student", "instructor", "admin"], indirect=True)
def test_lesson_page_shows_text_toc_and_navigation(visitor, course):
    lesson = course.lessons.get(slug="part-1")
    response = visitor.get(lesson.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    text = response.text
    assert 'id="lesson-title"' in text and ">Part 1</h1>" in text
    assert "1 min read" in text
    assert 'href="#details-1"' in text and '<h2 id="details-1">' in text
    assert 'rel="prev" href="/courses/' in text and "part-0/" in text
    assert 'rel="next"' in text and "part-2/" in text
    assert "Mark as complete" in text


def test_opening_a_lesson_records_progress(client, student, course):
    client.force_login(student)
    lesson = course.lessons.first()
    client.get(lesson.get_absolute_url())
    client.get(lesson.get_absolute_url())
    progress = LessonProgress.objects.get(user=student, lesson=lesson)
    assert progress.completed_at is None and progress.last_opened_at >= progress.first_opened_at


def test_mark_complete_moves_course_progress(client, student, course):
    client.force_login(student)
    lesson = course.lessons.first()
    response = client.post(reverse("learning:lesson_complete", args=[course.slug, lesson.slug]), follow=True)
    assert response.redirect_chain[-1][0] == lesson.get_absolute_url()
    assert "is marked as complete" in response.text
    assert "You completed this lesson" in response.text
    outline = client.get(course.get_absolute_url()).text
    assert 'value="33"' in outline and "1 of 3 lessons complete" in outline
    assert "Completed" in outline and "Not started" in outline


def test_mark_complete_needs_post_and_login(client, student, course):
    lesson = course.lessons.first()
    url = reverse("learning:lesson_complete", args=[course.slug, lesson.slug])
    assert client.post(url).status_code == HTTPStatus.FOUND  # to log in
    assert not LessonProgress.objects.exists()
    client.force_login(student)
    assert client.get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_document_template_syntax_is_shown_literally(client, student, make_lesson):
    lesson = make_lesson(text="# Tpl\n\nWrite {{ user.username }} and {% now 'Y' %} here.\n")
    client.force_login(student)
    text = client.get(lesson.get_absolute_url()).text
    assert "Write {{ user.username }} and {% now 'Y' %} here." in text
    assert "Write stu and" not in text



def build_course(make_course, make_lesson, size):
    course = make_course()
    for n in range(size):
        make_lesson(course, slug=f"l{n}", position=n)
    return course


@pytest.mark.parametrize("size", [5, 200])
def test_page_queries_do_not_grow_with_lessons(client, student, make_course, make_lesson, size, django_assert_max_num_queries):
    course = build_course(make_course, make_lesson, size)
    client.force_login(student)
    middle = course.lessons.get(slug=f"l{size // 2}")
    with django_assert_max_num_queries(7):  # the learner's token, for the navigation's flashcard badge, among them
        assert client.get(reverse("courses:catalogue")).status_code == HTTPStatus.OK
    with django_assert_max_num_queries(7):
        assert client.get(course.get_absolute_url()).status_code == HTTPStatus.OK
    # A first visit, cache cold: the lesson and its outline are read and cached, the progress row created
    # and the learner's token replaced.
    with django_assert_max_num_queries(15):
        assert client.get(middle.get_absolute_url()).status_code == HTTPStatus.OK
    client.get(middle.get_absolute_url())  # the learner's standing, read again after the first visit's write
    with django_assert_max_num_queries(3):  # then: session, user, the course with the learner's token
        assert client.get(middle.get_absolute_url()).status_code == HTTPStatus.OK



def test_a_right_to_left_lesson_is_marked_with_its_language_and_direction(client, student, make_course, make_lesson):
    course = make_course()
    arabic = make_lesson(course, slug="arabic", text="# التعاون الدفاعي\n\n"
                         "التعاون الدفاعي بين الدول يقوم على الثقة المتبادلة وتبادل الخبرات العسكرية والتدريب المشترك.\n")
    declared = make_lesson(course, slug="declared", text="---\nlang: he\n---\n# Title\n\nShort.\n")
    client.force_login(student)
    html = client.get(arabic.get_absolute_url()).text
    assert '<h1 id="lesson-title" lang="ar" dir="rtl">' in html and '<div class="lesson-body" lang="ar" dir="rtl">' in html
    assert '<html lang="en">' in html  # the site's own words keep the page's language
    assert '<div class="lesson-body" lang="he" dir="rtl">' in client.get(declared.get_absolute_url()).text
