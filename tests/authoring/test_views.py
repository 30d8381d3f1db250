"""The instructor workspace at /teach/: home, review queue, decisions, export, and who may see what."""

import io
import json
import zipfile
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils.html import escape

from accounts.services import roles_ensure
from authoring.models import ReviewDecision
from authoring.services import course_publish
from courses.models import Course
from quizzes.models import Option, Question
from tests.quizzes.test_generation import LESSON

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher(make_user):
    """An instructor of the course: in the Instructors group, no staff flag."""
    user = make_user("teacher")
    user.groups.add(roles_ensure())
    return user


@pytest.fixture
def other_teacher(make_user):
    user = make_user("elsewhere")
    user.groups.add(roles_ensure())
    return user


@pytest.fixture
def course(write_files, teacher):
    course = course_publish(path=write_files({"01-cell.md": LESSON})).course
    course.instructors.add(teacher)
    Question.objects.update(status=Question.Status.DRAFT)  # everything waits for review
    return course


def queue_url(course):
    return reverse("authoring:review_queue", args=[course.slug])


def review(client, course, question, **data):
    url = reverse("authoring:question_review", args=[course.slug, question.pk])
    return client.post(url, {"next": queue_url(course), **data}, follow=True)


def test_instructors_land_in_the_workspace_and_learners_on_their_dashboard(client, teacher, student):
    for user, landing in ((teacher, "authoring:home"), (student, "learning:dashboard")):
        response = client.post(reverse("login"), {"username": user.username, "password": "pass-for-tests-123"})
        assert response.url == reverse(landing)
        client.logout()


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", HTTPStatus.FOUND), ("student", HTTPStatus.FORBIDDEN), ("teacher", HTTPStatus.OK),
     ("other_teacher", HTTPStatus.OK), ("admin_user", HTTPStatus.OK)],
)
def test_home_is_for_instructors(client, request, course, who, status):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("authoring:home"))
    assert response.status_code == status
    if status == HTTPStatus.OK:
        # Each sees only the courses they teach; an admin sees every course.
        assert (queue_url(course) in response.text) is (who in {"teacher", "admin_user"})


def test_home_counts_the_drafts_waiting(client, teacher, course):
    client.force_login(teacher)
    html = client.get(reverse("authoring:home")).text
    assert f"<strong>{Question.objects.count()}</strong> questions waiting for review" in html
    assert 'href="/teach/"' in client.get("/").text  # the navigation offers the workspace


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", HTTPStatus.FOUND), ("student", HTTPStatus.FORBIDDEN), ("other_teacher", HTTPStatus.FORBIDDEN),
     ("teacher", HTTPStatus.OK), ("admin_user", HTTPStatus.OK)],
)
def test_review_queue_is_for_the_course_instructors(client, request, course, who, status):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    assert client.get(queue_url(course)).status_code == status
    question = Question.objects.first()
    response = client.post(reverse("authoring:question_review", args=[course.slug, question.pk]), {"verdict": "accept"})
    assert response.status_code == (HTTPStatus.FOUND if status in {HTTPStatus.OK, HTTPStatus.FOUND} else status)
    question.refresh_from_db()
    assert (question.status == Question.Status.PUBLISHED) is (status == HTTPStatus.OK)


def test_unknown_course_is_not_found(client, teacher):
    client.force_login(teacher)
    assert client.get(reverse("authoring:review_queue", args=["nope"])).status_code == HTTPStatus.NOT_FOUND


def test_queue_shows_each_question_with_its_source_highlighted(client, teacher, course):
    client.force_login(teacher)
    question = Question.objects.exclude(source_sentence="").first()
    html = client.get(queue_url(course)).text
    assert question.stem in html
    assert f"<mark>{escape(question.source_sentence)}</mark>" in html
    assert question.rule in html


def test_accepting_publishes_and_locks_and_records_who_and_when(client, teacher, course):
    client.force_login(teacher)
    question = Question.objects.first()
    response = review(client, course, question, verdict="accept")
    assert "accepted and published." in response.text
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED and question.locked
    decision = ReviewDecision.objects.get()
    assert (decision.reviewer, decision.verdict, decision.rule) == (teacher, "accept", question.rule)
    assert decision.snapshot["stem"] == question.stem


def test_rejecting_needs_a_reason_and_is_never_regenerated(client, teacher, course):
    client.force_login(teacher)
    question = Question.objects.first()
    response = review(client, course, question, verdict="reject")
    assert "Say why the question is rejected" in response.text
    assert not ReviewDecision.objects.exists()
    review(client, course, question, verdict="reject", reason="not_worth_asking", note="Trivia.")
    question.refresh_from_db()
    assert question.status == Question.Status.REJECTED and question.locked
    course_publish(course=course, glossary=False)  # regenerate the quiz
    same_source = Question.objects.filter(source_sentence=question.source_sentence)
    assert list(same_source.values_list("status", flat=True)) == [Question.Status.REJECTED]
    assert ReviewDecision.objects.get().reason == "not_worth_asking"


def test_bulk_accept_publishes_the_page(client, teacher, course):
    client.force_login(teacher)
    ids = list(Question.objects.values_list("pk", flat=True))
    client.post(reverse("authoring:bulk_accept", args=[course.slug]), {"questions": ids})
    assert set(Question.objects.values_list("status", flat=True)) == {Question.Status.PUBLISHED}
    assert ReviewDecision.objects.count() == len(ids)
    assert "Nothing is waiting for review" in client.get(queue_url(course)).text


def test_bulk_accept_ignores_questions_of_other_courses(client, teacher, course, make_quiz):
    elsewhere = make_quiz().questions.first()
    client.force_login(teacher)
    client.post(reverse("authoring:bulk_accept", args=[course.slug]), {"questions": [elsewhere.pk]})
    assert not ReviewDecision.objects.exists()


def test_decisions_export_as_json(client, teacher, course):
    client.force_login(teacher)
    question = Question.objects.first()
    review(client, course, question, verdict="reject", reason="trivial")
    response = client.get(reverse("authoring:decisions_export", args=[course.slug]))
    assert response["Content-Disposition"].endswith('-review-decisions.json"')
    data = json.loads(response.content)
    assert data["course"] == course.slug
    (decision,) = data["decisions"]
    assert decision["verdict"] == "reject" and decision["reason"] == "trivial" and decision["reviewer"] == "teacher"
    assert decision["question"]["stem"] == question.stem and decision["rule"] == question.rule


def test_queue_queries_do_not_grow_with_questions(client, teacher, course, django_assert_max_num_queries):
    client.force_login(teacher)
    with django_assert_max_num_queries(13):
        assert client.get(queue_url(course)).status_code == HTTPStatus.OK


def test_a_question_that_cannot_be_graded_is_not_accepted(client, teacher, course):
    quiz = course.lessons.get().quiz
    question = Question.objects.create(quiz=quiz, type="single", stem="Which is right?", status="draft")
    Option.objects.bulk_create(Option(question=question, text=t, is_correct=False) for t in ("A", "B"))
    client.force_login(teacher)
    response = review(client, course, question, verdict="accept")
    assert "cannot be published yet" in response.text
    question.refresh_from_db()
    assert question.status == Question.Status.DRAFT and not ReviewDecision.objects.exists()


def quiz_settings_url(course):
    lesson = course.lessons.get()
    return reverse("authoring:quiz_settings", args=[course.slug, lesson.slug])


SETTINGS = {"pass_mark": "80", "attempts_allowed": "3", "time_limit_minutes": "", "questions_per_attempt": "4",
            "answers_shown": "after_passing", "shuffle_options": "on"}


def test_quiz_settings_are_saved(client, teacher, course):
    client.force_login(teacher)
    url = quiz_settings_url(course)
    assert "waiting for review" in client.get(url).text
    response = client.post(url, SETTINGS, follow=True)
    assert "are saved" in response.text
    quiz = course.lessons.get().quiz
    assert (quiz.pass_mark, quiz.attempts_allowed, quiz.questions_per_attempt, quiz.answers_shown) == (
        80, 3, 4, "after_passing")
    assert quiz.time_limit_minutes is None and not quiz.one_question_per_page


@pytest.mark.parametrize(("field", "value"), [("pass_mark", "150"), ("questions_per_attempt", "0"), ("answers_shown", "sometimes")])
def test_invalid_quiz_settings_are_refused_with_a_message(client, teacher, course, field, value):
    client.force_login(teacher)
    response = client.post(quiz_settings_url(course), {**SETTINGS, field: value})
    assert response.status_code == HTTPStatus.OK and "is-invalid" in response.text
    assert course.lessons.get().quiz.pass_mark == 70


def test_quiz_settings_belong_to_the_course_instructors(client, other_teacher, course):
    client.force_login(other_teacher)
    assert client.get(quiz_settings_url(course)).status_code == HTTPStatus.FORBIDDEN
    assert client.post(quiz_settings_url(course), SETTINGS).status_code == HTTPStatus.FORBIDDEN


def test_regenerating_keeps_reviewed_questions(client, teacher, course):
    client.force_login(teacher)
    rejected = Question.objects.first()
    review(client, course, rejected, verdict="reject", reason="trivial")
    lesson = course.lessons.get()
    response = client.post(reverse("authoring:quiz_regenerate", args=[course.slug, lesson.slug]), follow=True)
    assert "was regenerated" in response.text
    assert Question.objects.get(pk=rejected.pk).status == Question.Status.REJECTED
    assert Question.objects.filter(source_sentence=rejected.source_sentence).count() == 1


def test_home_queries_do_not_grow_with_courses(client, teacher, make_course, make_lesson, django_assert_max_num_queries):
    for _ in range(8):
        course = make_course()
        course.instructors.add(teacher)
        for i in range(3):
            make_lesson(course, slug=f"l{i}", position=i)
    client.force_login(teacher)
    # Cold cache: session, user, courses, their lessons, drafts and reviews, the navigation's role, the
    # learner token its badge is cached under and the badge, and 3 for the questions flagged by learners' results
    with django_assert_max_num_queries(13):
        assert client.get(reverse("authoring:home")).status_code == HTTPStatus.OK
    with django_assert_max_num_queries(9):  # warm
        assert client.get(reverse("authoring:home")).status_code == HTTPStatus.OK


def test_an_instructor_creates_a_course_and_teaches_it(client, teacher):
    client.force_login(teacher)
    response = client.post(reverse("authoring:course_create"), {"title": "Cell Biology", "description": "Cells."})
    assert response.url == reverse("authoring:lesson_upload", args=["cell-biology"])
    assert list(teacher.taught_courses.values_list("title", flat=True)) == ["Cell Biology"]
    assert "This field is required." in client.post(reverse("authoring:course_create"), {"title": ""}).text


def test_a_student_cannot_create_a_course(client, student):
    client.force_login(student)
    assert client.post(reverse("authoring:course_create"), {"title": "Mine"}).status_code == HTTPStatus.FORBIDDEN


def upload(client, course, files):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"files": [SimpleUploadedFile(name, content) for name, content in files.items()]}
    return client.post(reverse("authoring:lesson_upload", args=[course.slug]), data, follow=True)


def test_uploading_lessons_runs_the_pipeline(client, teacher, course):
    client.force_login(teacher)
    response = upload(client, course, {"02-tissues.md": b"# Tissues\n\nA tissue is a group of similar cells.\n"})
    assert "1 created, 0 updated, 0 unchanged, 0 failed" in response.text
    tissues = course.lessons.get(slug="tissues")
    assert tissues.position == 1 and tissues.html and hasattr(tissues, "quiz")


def test_an_analysis_crash_keeps_the_upload_and_warns(client, teacher, course, monkeypatch):
    import glossary.services

    def crash(*args, **kwargs):
        raise IndexError("a rule met a sentence nobody foresaw")

    monkeypatch.setattr(glossary.services, "extract_glossary", crash)
    client.force_login(teacher)
    response = upload(client, course, {"02-tissues.md": b"# Tissues\n\nA tissue is a group of similar cells.\n"})
    assert response.status_code == HTTPStatus.OK and "1 created, 0 updated" in response.text
    assert "The glossary could not be rebuilt" in response.text and "alert-warning" in response.text
    assert course.lessons.filter(slug="tissues").exists()


def test_one_bad_file_imports_nothing_and_says_why(client, teacher, course):
    client.force_login(teacher)
    response = upload(client, course, {"02-good.md": b"# Good\n\nText.\n", "03-bad.md": b"\xff\xfe\x00bad"})
    assert "Nothing was imported" in response.text and "03-bad.md: the file contains NUL bytes" in response.text
    assert not course.lessons.filter(slug="good").exists()


def test_editing_a_lesson_previews_then_saves_through_the_pipeline(client, teacher, course, student):
    from learning.services import lesson_progress_complete

    lesson = course.lessons.get()
    lesson_progress_complete(user=student, lesson=lesson)
    client.force_login(teacher)
    url = reverse("authoring:lesson_edit", args=[course.slug, lesson.slug])
    text = lesson.source + "\n## Summary\n\nCells are small. <script>alert(1)</script>\n"
    preview = client.post(url, {"source": text, "preview": "1"}).text
    assert "Preview (not saved)" in preview and "<h2" in preview and "<script>alert" not in preview
    lesson.refresh_from_db()
    assert "Summary" not in lesson.source
    response = client.post(url, {"source": text}, follow=True)
    assert "0 created, 1 updated" in response.text
    lesson.refresh_from_db()
    assert "Summary" in lesson.source and lesson.sections.filter(heading="Summary").exists()
    assert lesson.progress.get(user=student).completed_at is not None  # progress kept


def test_a_lesson_edit_cannot_change_its_slug_or_drop_its_title(client, teacher, course):
    lesson = course.lessons.get()
    client.force_login(teacher)
    url = reverse("authoring:lesson_edit", args=[course.slug, lesson.slug])
    moved = client.post(url, {"source": "---\nslug: elsewhere\n---\n# The Cell\n\nText.\n"})
    assert "must stay" in moved.text
    untitled = client.post(url, {"source": "No heading at all.\n"})
    assert untitled.status_code == HTTPStatus.OK and "is-invalid" in untitled.text
    assert course.lessons.count() == 1


def test_a_new_course_is_hidden_from_learners_until_published(client, teacher, student):
    client.force_login(teacher)
    client.post(reverse("authoring:course_create"), {"title": "Secret Garden"})
    course = Course.objects.get(title="Secret Garden")
    upload(client, course, {"01-roses.md": b"# Roses\n\nA rose is a woody flowering plant.\n"})
    lesson_url = reverse("learning:lesson_detail", args=[course.slug, "roses"])
    assert client.get(lesson_url).status_code == HTTPStatus.OK  # its instructor sees it
    client.force_login(student)
    assert "Secret Garden" not in client.get("/").text
    for url in (course.get_absolute_url(), lesson_url, reverse("glossary:index", args=[course.slug]),
                reverse("quizzes:quiz_detail", args=[course.slug, "roses"])):
        assert client.get(url).status_code == HTTPStatus.NOT_FOUND, url
    client.force_login(teacher)
    client.post(reverse("authoring:course_publication", args=[course.slug]), {"published": "1"})
    client.force_login(student)
    assert "Secret Garden" in client.get("/").text and client.get(lesson_url).status_code == HTTPStatus.OK
    client.force_login(teacher)
    response = client.post(reverse("authoring:course_publication", args=[course.slug]), {"published": "0"}, follow=True)
    assert "hidden from learners" in response.text
    client.force_login(student)
    assert client.get(lesson_url).status_code == HTTPStatus.NOT_FOUND


def zipped(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_uploading_a_zipped_course_folder_follows_its_manifest(client, teacher, course):
    client.force_login(teacher)
    archive = zipped({
        "biology/course.toml": 'title = "Ignored here"\nlessons = ["b.md", "a.md"]\n',
        "biology/a.md": "# Alpha\n\nAlpha text.\n", "biology/b.md": "# Beta\n\nBeta text.\n",
        "biology/notes.pdf": "not a lesson",
    })
    response = upload(client, course, {"course.zip": archive})
    assert "2 created" in response.text
    assert list(course.lessons.order_by("position").values_list("slug", flat=True)) == ["cell", "b", "a"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a zip", "not a readable .zip file"), (None, "the archive has no lesson files")],
)
def test_a_bad_zip_is_refused_with_a_message(client, teacher, course, content, message):
    client.force_login(teacher)
    response = upload(client, course, {"course.zip": content or zipped({"notes.pdf": "x"})})
    assert message in response.text and course.lessons.count() == 1


def test_lessons_are_reordered_with_buttons(client, teacher, course):
    client.force_login(teacher)
    upload(client, course, {"02-b.md": b"# B\n\nText.\n", "03-c.md": b"# C\n\nText.\n"})

    def order():
        return list(course.lessons.order_by("position").values_list("slug", flat=True))

    assert order() == ["cell", "b", "c"]
    client.post(reverse("authoring:lesson_move", args=[course.slug, "c"]), {"direction": "up"})
    assert order() == ["cell", "c", "b"]
    client.post(reverse("authoring:lesson_move", args=[course.slug, "cell"]), {"direction": "up"})
    assert order() == ["cell", "c", "b"]  # the first stays first


def test_the_home_shows_a_long_course_in_part_and_its_lesson_page_lists_every_lesson(client, teacher, make_course,
                                                                                      make_lesson):
    course = make_course(title="Long")
    course.instructors.add(teacher)
    for i in range(60):
        make_lesson(course, slug=f"l{i:02}", position=i, text=f"# Lesson {i:02}\n\nBody.\n")
    client.force_login(teacher)
    home = client.get(reverse("authoring:home")).text
    assert ">Lesson 11</a>" in home and ">Lesson 12</a>" not in home
    assert f'href="{reverse("authoring:lesson_list", args=[course.slug])}">All 60 lessons of Long</a>' in home
    first = client.get(reverse("authoring:lesson_list", args=[course.slug])).text
    assert ">Lesson 00</a>" in first and ">Lesson 49</a>" in first and ">Lesson 50</a>" not in first
    second = client.get(reverse("authoring:lesson_list", args=[course.slug]), {"page": 2}).text
    assert '<ol class="mb-0" start="51">' in second and ">Lesson 59</a>" in second
