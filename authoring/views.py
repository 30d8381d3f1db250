"""The instructor workspace at /teach/: courses to author and the review queue of generated questions."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass

import pygal
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from accounts.services import user_is_instructor
from courses import services as course_services
from glossary import services as glossary_services
from glossary.forms import TermForm
from glossary.models import GlossaryTerm
from learning.charts import chart_config, svg_response
from lessontext.rendering import render_lesson
from lessontext.sources import SourceError
from quizzes import grading
from quizzes import selectors as quiz_selectors
from quizzes import services as quiz_services
from quizzes.forms import AttemptAnswersForm
from quizzes.models import Attempt, Question, Quiz

from . import reports, selectors, services
from .forms import (
    AnswerRows,
    BulkAcceptForm,
    CourseForm,
    GiftImportForm,
    LessonSourceForm,
    LessonUploadForm,
    OptionRows,
    PairRows,
    QuestionForm,
    QuizSettingsForm,
    ReviewForm,
    TrueFalseForm,
)

QUEUE_PAGE_SIZE = 20
LESSON_PAGE_SIZE = 50


@login_required
@require_GET
def home(request):
    """An instructor's first page: their courses with lessons, drafts to review and last activity."""
    if not user_is_instructor(request.user):
        raise PermissionDenied
    courses = list(selectors.instructor_courses(user=request.user))
    flagged = reports.flagged_counts(courses=courses)
    for course in courses:
        course.flagged_count = flagged[course.pk]
    return render(request, "authoring/home.html", {"courses": courses})


@login_required
@require_GET
def lesson_list(request, course_slug):
    """Every lesson of a course, with the home's controls, a page at a time."""
    course = selectors.with_figures([selectors.course_for_instructor(user=request.user, slug=course_slug)])[0]
    page = Paginator(course.lessons_listed, LESSON_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "authoring/lesson_list.html", {"course": course, "page_obj": page})


@login_required
@require_GET
def review_queue(request, course_slug, lesson_slug=None):
    """Generated questions waiting for review, as learners would see them, with their source in context."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug) if lesson_slug else None
    waiting = selectors.queue_counts(course=course)
    flagged_only = request.GET.get("flagged") == "1"
    flags = {}
    if flagged_only:
        stats = [s for s in reports.flagged_questions(courses=[course]) if lesson is None or s.question.quiz.lesson == lesson]
        flags = {s.question.pk: s.flags for s in stats}
        queue = [s.question for s in stats]
    else:
        queue = selectors.review_queue(course=course, lesson=lesson)
    page = Paginator(queue, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    items = [
        (question, selectors.source_context(lesson=question.quiz.lesson, sentence=question.source_sentence),
         flags.get(question.pk, []))
        for question in page
    ]
    return render(request, "authoring/review_queue.html", {
        "course": course,
        "lesson": lesson,
        "lessons": [(item, waiting.get(item.pk, 0)) for item in course.lessons.only("id", "slug", "title", "course_id")],
        "page_obj": page,
        "items": items,
        "form": ReviewForm(),
        "flagged_only": flagged_only,
    })


def _back(request, course):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(target)
    return redirect("authoring:review_queue", course_slug=course.slug)


@login_required
@require_POST
def question_review(request, course_slug, pk):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    question = get_object_or_404(Question.objects.select_related("quiz__lesson"), pk=pk, quiz__lesson__course=course)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return _back(request, course)
    try:
        decision = services.question_review(question=question, reviewer=request.user, **form.cleaned_data)
    except ValueError as exc:
        messages.error(request, str(exc))
        return _back(request, course)
    done = {"accept": "accepted and published", "reject": "rejected", "lock": "locked", "return": "returned to draft"}
    messages.success(request, f"“{question.stem[:60]}”: {done.get(decision.verdict, decision.verdict)}.")
    return _back(request, course)


@login_required
@require_POST
def bulk_accept(request, course_slug):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    form = BulkAcceptForm(request.POST, queue=selectors.review_queue(course=course))
    if not form.is_valid():
        messages.error(request, "Choose questions that are waiting for review.")
        return _back(request, course)
    try:
        decisions = services.questions_accept(questions=list(form.cleaned_data["questions"]), reviewer=request.user)
    except ValueError as exc:
        messages.error(request, f"Nothing was accepted. {exc}")
        return _back(request, course)
    messages.success(request, ngettext("%(n)d question accepted and published.", "%(n)d questions accepted and published.", n := len(decisions)) % {"n": n})
    return _back(request, course)


@login_required
@require_GET
def decisions_export(request, course_slug):
    """Every review decision of the course as JSON (the labelled data the generators are tuned on)."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    response = JsonResponse(
        {"course": course.slug, "decisions": selectors.review_decisions(course=course)},
        json_dumps_params={"indent": 1, "ensure_ascii": False},
    )
    response["Content-Disposition"] = f'attachment; filename="{course.slug}-review-decisions.json"'
    return response


@login_required
def quiz_settings(request, course_slug, lesson_slug):
    """A lesson quiz's settings, and regenerating its questions."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    quiz, _ = Quiz.objects.get_or_create(lesson=lesson)
    form = QuizSettingsForm(request.POST or None, instance=quiz)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"The settings of “{lesson.title}”'s quiz are saved.")
        return redirect("authoring:quiz_settings", course_slug=course.slug, lesson_slug=lesson.slug)
    questions = list(quiz.questions.order_by("position", "id"))
    counts = {status: sum(1 for q in questions if q.status == status) for status in Question.Status.values}
    return render(request, "authoring/quiz_settings.html", {
        "course": course, "lesson": lesson, "quiz": quiz, "form": form, "counts": counts, "questions": questions,
        "types": Question.Type.choices,
    })


@login_required
@require_POST
def quiz_regenerate(request, course_slug, lesson_slug):
    """Regenerate a lesson's questions: reviewed, locked and authored questions are kept."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    (quiz,) = services.course_publish(course=course, lessons=[lesson], glossary=False).quizzes
    note = f" {quiz.generation_note}" if quiz.generation_note else ""
    messages.success(request, f"The quiz of “{lesson.title}” was regenerated.{note}")
    return redirect("authoring:quiz_settings", course_slug=course.slug, lesson_slug=lesson.slug)


@login_required
def course_create(request):
    if not user_is_instructor(request.user):
        raise PermissionDenied
    form = CourseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        course = services.course_create(**form.cleaned_data, instructor=request.user)
        messages.success(request, f"“{course.title}” is created. Add its lessons.")
        return redirect("authoring:lesson_upload", course_slug=course.slug)
    return render(request, "authoring/course_form.html", {"form": form})


def _warn_problems(request, report: services.PublishReport) -> None:
    for problem in report.problems:
        messages.warning(request, problem)


@login_required
def lesson_upload(request, course_slug):
    """Upload lesson files into a course: all are imported, or none when one is refused."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    form = LessonUploadForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        uploads = []
        try:
            for upload in form.cleaned_data["files"]:
                if upload.name.lower().endswith(".zip"):
                    uploads += services.uploads_from_zip(name=upload.name, data=upload.read())
                else:
                    uploads.append((upload.name, upload.read()))
        except SourceError as exc:
            form.add_error("files", str(exc))
        else:
            report = services.course_publish(course=course, uploads=uploads)
        if report and not report.failed:
            messages.success(request, " ".join(report.lines()) or "Nothing changed: the lessons are as uploaded.")
            _warn_problems(request, report)
            return redirect("authoring:home")
    return render(request, "authoring/lesson_upload.html", {"course": course, "form": form, "report": report})


@login_required
def lesson_edit(request, course_slug, lesson_slug):
    """Edit a lesson's markdown with a rendered preview; saving runs the pipeline."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    form = LessonSourceForm(request.POST or None, initial={"source": lesson.source})
    preview = None
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["source"]
        if "preview" in request.POST:
            preview = render_lesson(text).html
        else:
            try:
                report = services.lesson_source_update(lesson=lesson, text=text)
            except SourceError as exc:
                form.add_error("source", str(exc))
            else:
                messages.success(request, " ".join(report.lines()) or "No change to save.")
                _warn_problems(request, report)
                return redirect("authoring:lesson_edit", course_slug=course.slug, lesson_slug=lesson.slug)
    return render(request, "authoring/lesson_edit.html", {"course": course, "lesson": lesson, "form": form,
                                                          "preview": preview})


# Empty rows offered for a question's options, pairs and answers (rows left empty are ignored).
_ROWS = {Question.Type.SINGLE: 4, Question.Type.MULTIPLE: 5, Question.Type.MATCHING: 6, Question.Type.FILL_BLANK: 3}


def _question_parts(kind: str, question: Question, data):
    """The formset (or true/false choice) of ``question``'s type, bound to ``data`` when posted.

    Rows get their initial values only when shown: bound to posted data, a row
    equal to its initial value would count as unchanged and be dropped.
    """
    options = list(question.options.all()) if question.pk else []
    if kind == Question.Type.TRUE_FALSE:
        truth = next((o.text.lower() for o in options if o.is_correct), "true")
        return TrueFalseForm(data, initial={"answer": truth})
    if kind == Question.Type.FILL_BLANK:
        formset, prefix, initial = AnswerRows, "answers", [{"answer": a} for a in question.accepted_answers or []]
    elif kind == Question.Type.MATCHING:
        formset, prefix, initial = PairRows, "pairs", [{"text": o.text, "match": o.match_text} for o in options]
    else:
        formset, prefix, initial = OptionRows, "options", [{"text": o.text, "correct": o.is_correct} for o in options]
    if data is not None:
        return formset(data, prefix=prefix)
    return formset(initial=initial + [{}] * max(_ROWS[kind] - len(initial), 1), prefix=prefix)


def _rows(kind: str, parts) -> tuple[list[tuple[str, bool, str]], list[str]]:
    if kind == Question.Type.TRUE_FALSE:
        truth = parts.cleaned_data["answer"] == "true"
        return [("True", truth, ""), ("False", not truth, "")], []
    rows = [f.cleaned_data for f in parts if f.cleaned_data]
    if kind == Question.Type.FILL_BLANK:
        return [], [row["answer"] for row in rows]
    if kind == Question.Type.MATCHING:
        return [(row["text"], True, row["match"]) for row in rows], []
    return [(row["text"], row["correct"], "") for row in rows], []


@login_required
def question_form(request, course_slug, lesson_slug=None, kind=None, pk=None):
    """Write a question of any type, or edit one; publishing needs a gradable question."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    if pk is not None:
        question = get_object_or_404(Question.objects.select_related("quiz__lesson"), pk=pk, quiz__lesson__course=course)
        kind = question.type
    else:
        if kind not in Question.Type.values:
            raise Http404("Unknown question type.")
        lesson = get_object_or_404(course.lessons, slug=lesson_slug)
        quiz, _ = Quiz.objects.get_or_create(lesson=lesson)
        question = Question(quiz=quiz, type=kind, status=Question.Status.DRAFT)
    lesson = question.quiz.lesson
    data = request.POST if request.method == "POST" else None
    form = QuestionForm(data, instance=question)
    parts = _question_parts(kind, question, data)
    if data is not None and form.is_valid() and parts.is_valid():
        options, answers = _rows(kind, parts)
        try:
            services.question_save(question=form.save(commit=False), options=options, answers=answers,
                                   editor=request.user)
        except ValueError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "The question is saved.")
            return redirect("authoring:quiz_settings", course_slug=course.slug, lesson_slug=lesson.slug)
    return render(request, "authoring/question_form.html", {
        "course": course, "lesson": lesson, "question": question, "kind": kind,
        "kind_label": Question.Type(kind).label, "form": form, "parts": parts,
    })


@login_required
@require_POST
def question_move(request, course_slug, pk):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    question = get_object_or_404(Question.objects.select_related("quiz__lesson"), pk=pk, quiz__lesson__course=course)
    services.question_move(question=question, offset=-1 if request.POST.get("direction") == "up" else 1)
    return redirect("authoring:quiz_settings", course_slug=course.slug, lesson_slug=question.quiz.lesson.slug)


@dataclass(frozen=True)
class PreviewResult:
    number: int
    stem: str
    your_answer: list[str]
    correct_answer: list[str]
    score: float


@login_required
def quiz_preview(request, course_slug, lesson_slug):
    """Take a lesson's quiz as a learner would (published questions only), graded, with nothing recorded."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    quiz, _ = Quiz.objects.get_or_create(lesson=lesson)
    try:
        seed = int(request.POST.get("seed") or request.GET.get("seed") or secrets.randbelow(1_000_000))
    except ValueError:
        seed = 0
    layout = quiz_services.quiz_layout(quiz=quiz, rng=random.Random(seed))
    attempt = Attempt(quiz=quiz, number=0, layout=layout, saved_answers={}, pass_mark=quiz.pass_mark)
    positions = list(range(len(layout)))
    results = None
    if request.method == "POST":
        form = AttemptAnswersForm(request.POST, layout=layout, positions=positions)
        form.is_valid()
        answers = form.answers()
        results = [
            PreviewResult(
                number=i + 1, stem=snapshot["stem"],
                your_answer=grading.answer_text(snapshot, grading.clean_answer(snapshot, answers.get(i))),
                correct_answer=grading.correct_answer_text(snapshot),
                score=grading.score(snapshot, grading.clean_answer(snapshot, answers.get(i))),
            )
            for i, snapshot in enumerate(layout)
        ]
    total = sum(r.score for r in results) if results else 0.0
    return render(request, "authoring/quiz_preview.html", {
        "course": course, "lesson": lesson, "quiz": quiz, "seed": seed, "page_count": len(layout),
        "questions": quiz_selectors.question_views(attempt, positions=positions), "results": results,
        "percent": round(100 * total / len(layout), 1) if results and layout else None,
    })


@login_required
@require_POST
def course_publication(request, course_slug):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    published = request.POST.get("published") == "1"
    services.course_set_published(course=course, published=published)
    if published:
        messages.success(request, f"“{course.title}” is published: learners can see it.")
    else:
        messages.success(request, f"“{course.title}” is hidden from learners; their progress is kept.")
    return redirect("authoring:home")


GLOSSARY_PAGE_SIZE = 50
GLOSSARY_ACTIONS = {"accept", "hide", "show", "merge"}


@login_required
def glossary_review(request, course_slug):
    """The course glossary for review: accept (keep as is), hide, show or merge terms; edit or add one."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    terms = GlossaryTerm.objects.filter(course=course).select_related("source_lesson").order_by("term")
    if request.method == "POST":
        action = request.POST.get("action")
        chosen = list(terms.filter(pk__in=request.POST.getlist("terms")))
        if action not in GLOSSARY_ACTIONS or not chosen:
            messages.error(request, "Choose one or more terms and an action.")
        elif action == "merge":
            chosen.sort(key=lambda t: str(t.pk) != request.POST.get("into", ""))  # the target first
            try:
                target = glossary_services.terms_merge(terms=chosen)
            except ValueError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, f"Merged {len(chosen)} terms into “{target.term}”.")
        else:
            for term in chosen:
                term.hidden = {"hide": True, "show": False}.get(action, term.hidden)
            glossary_services.terms_save(terms=chosen)
            messages.success(request, ngettext("%(n)d term: %(action)s done.", "%(n)d terms: %(action)s done.", n := len(chosen)) % {"n": n, "action": action})
        return redirect(request.get_full_path())
    page = Paginator(terms, GLOSSARY_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "authoring/glossary_review.html", {"course": course, "page_obj": page})


@login_required
def term_form(request, course_slug, pk=None):
    """Add a term by hand, or edit one: either way it becomes curated and re-extraction keeps it."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    term = get_object_or_404(GlossaryTerm, pk=pk, course=course) if pk else GlossaryTerm(course=course)
    form = TermForm(request.POST or None, instance=term)
    if request.method == "POST" and form.is_valid():
        try:
            glossary_services.term_save(term=form.save(commit=False))
        except ValidationError as exc:
            form.add_error(None, " ".join(exc.messages))
        else:
            messages.success(request, f"“{term.term}” is saved; lessons link to it where they mention it.")
            return redirect("authoring:glossary_review", course_slug=course.slug)
    return render(request, "authoring/term_form.html", {"course": course, "term": term, "form": form})


@login_required
@require_POST
def lesson_move(request, course_slug, lesson_slug):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    course_services.lesson_move(lesson=lesson, offset=-1 if request.POST.get("direction") == "up" else 1)
    return redirect("authoring:home")


def _gift_response(text: str, filename: str) -> HttpResponse:
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.gift"'
    return response


@login_required
@require_GET
def gift_export(request, course_slug, lesson_slug=None):
    """The questions of a course, or of one lesson's quiz, as a Moodle GIFT file."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    questions = (
        Question.objects.filter(quiz__lesson__course=course)
        .exclude(status=Question.Status.REJECTED)
        .select_related("quiz__lesson__course")
        .prefetch_related("options")
        .order_by("quiz__lesson__position", "position", "id")
    )
    name = course.slug
    if lesson_slug:
        lesson = get_object_or_404(course.lessons, slug=lesson_slug)
        questions, name = questions.filter(quiz__lesson=lesson), f"{course.slug}-{lesson.slug}"
    return _gift_response(services.questions_gift(questions=questions), name)


@login_required
@require_POST
def gift_import(request, course_slug, lesson_slug):
    """Add the questions of an uploaded GIFT file to a lesson's quiz, as drafts."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    form = GiftImportForm(request.POST, request.FILES)
    back = redirect("authoring:quiz_settings", course_slug=course.slug, lesson_slug=lesson.slug)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return back
    try:
        text = form.cleaned_data["file"].read().decode("utf-8-sig")
    except UnicodeDecodeError:
        messages.error(request, "The GIFT file is not UTF-8 text: nothing was imported.")
        return back
    quiz, _ = Quiz.objects.get_or_create(lesson=lesson)
    report = services.gift_import(quiz=quiz, text=text)
    if report.result.errors:
        errors = "; ".join(str(e) for e in report.result.errors)
        messages.error(request, f"Nothing was imported: {errors}.")
    else:
        messages.success(request, ngettext("%(n)d question imported as a draft: review it before it reaches learners.",
                                           "%(n)d questions imported as drafts: review them before they reach learners.",
                                           n := len(report.created)) % {"n": n})
    for skipped in report.result.skipped:
        messages.warning(request, f"Skipped {skipped}.")
    return back


GRADEBOOK_PAGE_SIZE = 50


@login_required
@require_GET
def gradebook(request, course_slug):
    """Learners × lessons: status, best score and attempts, sortable and paginated."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    sort = request.GET.get("sort", "name")
    status = request.GET.get("status", "")
    lessons = list(course.lessons.order_by("position", "id").only("id", "title", "slug", "position", "course_id"))
    everyone = reports.learners(course=course, sort=sort, status=status)
    page = Paginator(everyone, GRADEBOOK_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = reports.gradebook_rows(course=course, lessons=lessons, page_learners=list(page))
    return render(request, "authoring/gradebook.html", {
        "course": course, "lessons": lessons, "rows": rows, "page_obj": page, "sort": sort, "status": status,
        "statuses": reports.STATUS_FILTERS,
    })


def _csv_response(lines, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


@login_required
@require_GET
def gradebook_csv(request, course_slug):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    return _csv_response(reports.gradebook_csv(course=course), f"{course.slug}-gradebook")


@login_required
@require_GET
def results_csv(request, course_slug):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    return _csv_response(reports.results_csv(course=course), f"{course.slug}-results")


@login_required
@require_GET
def item_analysis(request, course_slug, lesson_slug):
    """How each question of a lesson's quiz performs with learners, with the questions to look at flagged."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    quiz, _ = Quiz.objects.get_or_create(lesson=lesson)
    return render(request, "authoring/item_analysis.html", {
        "course": course, "lesson": lesson, "quiz": quiz, "items": reports.item_analysis(quiz=quiz),
    })


@login_required
@require_GET
def course_funnel(request, course_slug):
    """Per lesson, how many learners opened, read, attempted and passed: a chart and the same as a table."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    return render(request, "authoring/funnel.html", {"course": course, "rows": reports.course_funnel(course=course)})


@login_required
@require_GET
def course_funnel_chart(request, course_slug):
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    rows = reports.course_funnel(course=course)
    chart = pygal.Bar(chart_config(
        width=900, height=360, legend_at_bottom=True, x_label_rotation=20, title="Learners per lesson",
        no_data_text="No lesson yet", truncate_label=24,
    ))
    chart.x_labels = [row.lesson.title for row in rows]
    for label, attribute in (("Opened", "opened"), ("Read", "read"), ("Attempted", "attempted"), ("Passed", "passed")):
        chart.add(label, [getattr(row, attribute) for row in rows])
    return svg_response(chart)


@login_required
@require_GET
def learner_record(request, course_slug, username):
    """One learner's progress, attempts and answers in the course, read-only."""
    course = selectors.course_for_instructor(user=request.user, slug=course_slug)
    learner = get_object_or_404(get_user_model(), username=username)
    record = reports.learner_record(course=course, learner=learner)
    if not any(progress or attempts for _, progress, attempts in record):
        raise Http404("This learner has not started the course.")
    return render(request, "authoring/learner_record.html", {"course": course, "learner": learner, "record": record})
