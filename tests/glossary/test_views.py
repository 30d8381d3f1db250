"""Glossary pages, the lesson's glossary, and flashcard study over real HTTP."""

import uuid
from datetime import timedelta
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import LearnerVersion
from glossary.models import Flashcard, FlashcardReview
from glossary.services import glossary_link_course

pytestmark = pytest.mark.django_db

TEXT = "# Cells\n\nIntro.\n\n## Parts\n\nThe nucleus holds DNA. Ribosomes build proteins.\n"


@pytest.fixture
def reader(client, student):
    """A logged-in learner: a course's glossary, like its lessons, is for members."""
    client.force_login(student)
    return client


def test_glossary_pages_need_log_in_like_lessons(client, course):
    for url in (reverse("glossary:index", args=[course.slug]), reverse("glossary:term_detail", args=[course.slug, "nucleus"])):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND and response.url.startswith(reverse("login"))


@pytest.fixture
def course(make_course, make_lesson, make_term):
    course = make_course(title="Biology")
    lesson = make_lesson(course, slug="cells", text=TEXT)
    make_term(course, "Nucleus", "Holds the genetic material.", lesson=lesson, anchor="parts", slug="nucleus",
              source_lesson=lesson, source_anchor="parts", source_sentence="The nucleus holds DNA.")
    make_term(course, "Ribosome", "Builds proteins.", lesson=lesson, anchor="parts", slug="ribosome",
              aliases=["ribosomes"], kind="defined")
    make_term(course, "Zygote", "A fertilised egg.", slug="zygote")
    make_term(course, "Secret", "Hidden term.", slug="secret", hidden=True)
    glossary_link_course(course=course)
    return course


def test_index_lists_visible_terms_a_to_z(reader, course):
    response = reader.get(reverse("glossary:index", args=[course.slug]))
    assert response.status_code == HTTPStatus.OK
    text = response.text
    assert text.index("Nucleus") < text.index("Ribosome") < text.index("Zygote")
    assert "Secret" not in text
    assert '<a class="page-link" href="?letter=N"' in text
    assert '<span class="page-link">B</span>' in text  # letters without terms are disabled


@pytest.mark.parametrize(
    "params, shown, absent",
    [
        ({"q": "protein"}, ["Ribosome"], ["Nucleus", "Zygote"]),
        ({"q": "NUCLE"}, ["Nucleus"], ["Ribosome"]),
        ({"letter": "z"}, ["Zygote"], ["Nucleus"]),
        ({"q": "hidden"}, [], ["Secret"]),
    ],
)
def test_index_search_and_letters_work_without_javascript(reader, course, params, shown, absent):
    text = reader.get(reverse("glossary:index", args=[course.slug]), params).text
    for name in shown:
        assert f">{name}</a>" in text
    for name in absent:
        assert f">{name}</a>" not in text


def test_index_empty_states(reader, course, make_course):
    assert "No terms match “xyz”" in reader.get(reverse("glossary:index", args=[course.slug]), {"q": "xyz"}).text
    empty = make_course()
    assert "This course has no glossary yet." in reader.get(reverse("glossary:index", args=[empty.slug])).text


def test_term_page(reader, course):
    response = reader.get(reverse("glossary:term_detail", args=[course.slug, "nucleus"]))
    text = response.text
    assert response.status_code == HTTPStatus.OK
    assert "Holds the genetic material." in text
    assert "The nucleus holds DNA." in text
    assert f'href="/courses/{course.slug}/cells/#parts"' in text
    assert ">Ribosome</a>" in text  # related: shares the lesson


def test_kinds_are_shown_only_when_they_say_something(reader, course, make_term):
    make_term(course, "NATO", "North Atlantic Treaty Organization.", slug="nato", kind="acronym")
    index = reader.get(reverse("glossary:index", args=[course.slug])).text
    assert ">Acronym</span>" in index and "Defined term" not in index and "Key concept" not in index
    assert "Acronym" in reader.get(reverse("glossary:term_detail", args=[course.slug, "nato"])).text
    assert "Defined term" not in reader.get(reverse("glossary:term_detail", args=[course.slug, "ribosome"])).text


def test_hidden_and_unknown_terms_are_404(reader, course):
    assert reader.get(reverse("glossary:term_detail", args=[course.slug, "secret"])).status_code == HTTPStatus.NOT_FOUND
    assert reader.get(reverse("glossary:term_detail", args=[course.slug, "nope"])).status_code == HTTPStatus.NOT_FOUND


def test_lesson_page_links_terms_and_lists_them(client, student, course):
    client.force_login(student)
    text = client.get(course.lessons.get().get_absolute_url()).text
    assert '<span class="glossary-term"><a href="/glossary/' in text
    assert 'aria-describedby="gloss-nucleus"' in text and 'id="gloss-nucleus"' in text
    assert "Key terms in this lesson" in text
    assert text.count('class="glossary-term"') == 2  # first occurrence of each, hidden and absent terms not linked


def test_study_needs_login(client, course):
    response = client.get(reverse("glossary:study", args=[course.slug]))
    assert response.status_code == HTTPStatus.FOUND and "/accounts/login/" in response.url


def test_study_shows_term_then_definition_and_rating_moves_card(client, student, course):
    client.force_login(student)
    url = reverse("glossary:study", args=[course.slug])
    text = client.get(url).text
    assert "3 cards due now" in text
    assert '<div id="card-answer" class="flashcard-answer" hidden>' in text
    card = Flashcard.objects.filter(user=student).order_by("due", "pk").first()
    assert f">{card.term.term}</h1>" in text

    revealed = client.get(url, {"reveal": "1"}).text
    assert '<div id="card-answer" class="flashcard-answer" >' in revealed

    response = client.post(reverse("glossary:review", args=[course.slug, card.pk]), {"rating": "4"}, follow=True)
    assert f"“{card.term.term}” comes back in" in response.text
    card.refresh_from_db()
    assert card.due > timezone.now() and card.review_count == 1
    assert "2 cards due now" in response.text


def test_bad_rating_is_refused(client, student, course):
    client.force_login(student)
    client.get(reverse("glossary:study", args=[course.slug]))
    card = Flashcard.objects.filter(user=student).first()
    response = client.post(reverse("glossary:review", args=[course.slug, card.pk]), {"rating": "9"}, follow=True)
    assert "Choose Again, Hard, Good or Easy" in response.text
    assert not FlashcardReview.objects.exists()


def test_cannot_review_someone_elses_card(client, student, make_user, course):
    other = make_user()
    client.force_login(other)
    client.get(reverse("glossary:study", args=[course.slug]))
    card = Flashcard.objects.filter(user=other).first()
    client.force_login(student)
    response = client.post(reverse("glossary:review", args=[course.slug, card.pk]), {"rating": "3"})
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_lesson_scoped_study_and_empty_queue(client, student, course):
    client.force_login(student)
    url = reverse("glossary:study", args=[course.slug])
    text = client.get(url, {"lesson": "cells"}).text
    assert "2 cards due now" in text  # Zygote occurs in no lesson
    for card in Flashcard.objects.filter(user=student):
        client.post(reverse("glossary:review", args=[course.slug, card.pk]), {"rating": "4", "lesson": "cells"})
    text = client.get(url, {"lesson": "cells"}).text
    assert "You have reviewed every card due now." in text and "Your next card is due in" in text


def test_a_course_without_key_terms_says_so(client, student, make_course, make_lesson):
    bare = make_course(title="Bare")
    make_lesson(bare)
    client.force_login(student)
    text = client.get(reverse("glossary:study", args=[bare.slug])).text
    assert "This course has no key terms yet" in text
    assert "due now" not in text and "Well done" not in text


def test_cards_are_not_labelled_with_jargon(client, student, course):
    client.force_login(student)
    text = client.get(reverse("glossary:study", args=[course.slug])).text
    assert "What does this term mean?" in text and "Defined term" not in text


def test_navigation_shows_due_count(client, student, course):
    client.force_login(student)
    client.get(reverse("glossary:study", args=[course.slug]))
    text = client.get(reverse("courses:catalogue")).text
    assert '<span class="badge text-bg-warning" data-due-count>3<span class="visually-hidden"> due</span></span>' in text
    overview = client.get(reverse("glossary:overview")).text
    assert "3 cards due now · every card started" in overview


def test_before_any_study_the_overview_counts_new_cards_and_today(client, student, course):
    course.flashcards_new_per_day = 2
    course.save()
    client.force_login(student)
    overview = client.get(reverse("glossary:overview")).text
    assert "Not started · 3 new cards to learn, 2 today" in overview and "Study now" in overview
    assert "data-due-count" not in overview  # nothing is due before the first study


def test_badge_dashboard_and_study_page_agree_on_due(client, student, course):
    """One definition of "due" (its time has come, now): after one review all three say 2."""
    client.force_login(student)
    client.get(reverse("glossary:study", args=[course.slug]))
    card = Flashcard.objects.filter(user=student).order_by("due", "pk").first()
    study = client.post(reverse("glossary:review", args=[course.slug, card.pk]), {"rating": "1"}, follow=True).text
    dashboard = client.get(reverse("learning:dashboard")).text
    assert "2 cards due now" in study
    assert "data-due-count>2<" in study and "data-due-count>2<" in dashboard
    assert "<strong>2</strong> cards due now" in dashboard


def test_the_badge_follows_a_review_on_another_app_server(client, student, course):
    """The badge is cached under the learner's token: another server's write is seen without its cache."""
    client.force_login(student)
    client.get(reverse("glossary:study", args=[course.slug]))
    assert "data-due-count>3<" in client.get(reverse("courses:catalogue")).text  # cached here
    card = Flashcard.objects.filter(user=student).order_by("due", "pk").first()
    # What a review on another server leaves in the database; nothing of it reaches this server's cache.
    Flashcard.objects.filter(pk=card.pk).update(due=timezone.now() + timedelta(days=3))
    LearnerVersion.objects.filter(user=student).update(token=uuid.uuid4())
    assert "data-due-count>2<" in client.get(reverse("courses:catalogue")).text


@pytest.mark.parametrize("size", [5, 100])
def test_glossary_pages_have_bounded_queries(client, student, make_course, make_lesson, make_term, size,
                                             django_assert_max_num_queries):
    course = make_course()
    lesson = make_lesson(course)
    for n in range(size):
        make_term(course, f"Term {n:03}", lesson=lesson)
    client.force_login(student)
    with django_assert_max_num_queries(7):
        client.get(reverse("glossary:index", args=[course.slug]))
    term = course.glossary_terms.first()
    with django_assert_max_num_queries(8):
        client.get(term.get_absolute_url())
    with django_assert_max_num_queries(13):
        client.get(reverse("glossary:study", args=[course.slug]))
    with django_assert_max_num_queries(6):
        client.get(reverse("glossary:overview"))


def test_course_page_links_the_glossary_and_flashcards(client, student, course):
    assert f'href="/glossary/{course.slug}/"' in client.get(course.get_absolute_url()).text
    client.force_login(student)
    assert f'href="/flashcards/{course.slug}/"' in client.get(course.get_absolute_url()).text


def test_quiz_pages_never_show_glossary_links(client, student, make_course, make_lesson, make_term, make_quiz):
    from tests.conftest import QUIZ_LESSON_TEXT

    course = make_course()
    lesson = make_lesson(course, text=QUIZ_LESSON_TEXT)
    make_term(course, "Jupiter", "The largest planet.", lesson=lesson)
    make_term(course, "Mars", "The red planet.", lesson=lesson)
    glossary_link_course(course=course)
    quiz = make_quiz(lesson)
    client.force_login(student)
    assert 'class="glossary-term"' in client.get(lesson.get_absolute_url()).text
    page = client.post(reverse("quizzes:quiz_start", args=[course.slug, lesson.slug]), follow=True).text
    assert "Which planet is the largest?" in page and "Jupiter" in page
    assert "glossary-term" not in page and "glossary-popover" not in page
    assert quiz.questions.exists()


@pytest.mark.parametrize("query", ["[", '"', ",", "]"])
def test_search_does_not_match_the_syntax_of_aliases(client, student, make_course, make_term, query):
    course = make_course()
    make_term(course, "Orbit", "A curved path.", aliases=["orbits"])
    client.force_login(student)
    html = client.get(f"/glossary/{course.slug}/", {"q": query}).text
    assert "No terms match" in html


def test_search_finds_a_term_by_its_alias(client, student, make_course, make_term):
    course = make_course()
    make_term(course, "Mitochondrion", "The cell's power plant.", aliases=["Mitochondria"])
    client.force_login(student)
    assert "Mitochondrion" in client.get(f"/glossary/{course.slug}/", {"q": "mitochondria"}).text
