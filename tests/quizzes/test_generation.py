"""Generating quizzes into the database: lifecycle, instructor work kept, snapshots untouched."""

import pytest

from courses.services import course_import
from lessontext.questions import OptionDraft, QuestionDraft, QuestionType, QuizDraft
from quizzes import services
from quizzes.models import Option, Question, Quiz
from quizzes.services import quiz_generate, quizzes_generate

pytestmark = pytest.mark.django_db

LESSON = """# The Cell

Cells are the basic units of life, and every organism is made of one or more cells.

## Parts of a cell

The main parts of a cell include:

- **Nucleus**: the compartment that holds the cell's genetic material and controls its activities.
- **Ribosome**: a small structure that builds proteins from amino acids in the cytoplasm.
- **Mitochondrion**: the organelle that releases energy from food through respiration.
- **Cell membrane**: the thin layer that controls what enters and leaves the cell.

## Kinds of cells

- **Prokaryotic cells**: simple cells without a nucleus, such as bacteria.
- **Eukaryotic cells**: complex cells with a nucleus, found in plants, animals and fungi.

## History

Robert Hooke first described cells in 1665 after looking at cork through a microscope.
Anton van Leeuwenhoek observed living bacteria in 1676 with lenses he made himself.
Hooke worked in London for the Royal Society, while Leeuwenhoek worked as a draper in Delft.
"""


@pytest.fixture
def lesson(write_files):
    return course_import(path=write_files({"01-cell.md": LESSON})).course.lessons.get()


def stored(quiz):
    return [
        (q.type, q.stem, [(o.text, o.is_correct, o.match_text) for o in q.options.all()], q.accepted_answers)
        for q in quiz.questions.order_by("position")
    ]


def test_generation_stores_a_mixed_quiz_with_provenance(lesson):
    quiz = quiz_generate(lesson=lesson, seed=1)
    questions = list(quiz.questions.all())
    assert len(questions) >= 3
    assert len({q.type for q in questions}) >= 2
    anchors = {s.anchor for s in lesson.sections.all()} | {""}
    for question in questions:
        assert question.origin == Question.Origin.GENERATED and not question.locked
        assert question.source_sentence and question.source_anchor in anchors
        assert 0 <= question.confidence <= 1 and question.checks
        if question.type == Question.Type.FILL_BLANK:
            assert question.accepted_answers
        elif question.type == Question.Type.MATCHING:
            assert 3 <= question.options.count() <= 6
            assert all(o.match_text for o in question.options.all())
        else:
            assert question.options.filter(is_correct=True).exists()
            assert question.options.filter(is_correct=False).exists()
    assert quiz.generated_at is not None


def test_same_seed_same_quiz(lesson):
    first = stored(quiz_generate(lesson=lesson, seed=7))
    second = stored(quiz_generate(lesson=lesson, seed=7))
    assert first == second


def test_regeneration_keeps_locked_and_authored_questions(lesson):
    quiz = quiz_generate(lesson=lesson, seed=1)
    locked = quiz.questions.first()
    locked.stem = "Edited by the instructor: which part holds the genetic material?"
    locked.locked = True
    locked.save()
    authored = Question.objects.create(
        quiz=quiz, type=Question.Type.TRUE_FALSE, stem="Cells are the basic units of life.",
        origin=Question.Origin.AUTHORED, status=Question.Status.PUBLISHED, position=99,
        source_sentence="Cells are the basic units of life, and every organism is made of one or more cells.",
    )
    Option.objects.create(question=authored, text="True", is_correct=True, position=0)
    Option.objects.create(question=authored, text="False", is_correct=False, position=1)
    unlocked_ids = set(quiz.questions.filter(origin="generated", locked=False).values_list("pk", flat=True))

    quiz_generate(lesson=lesson, seed=2)

    remaining = set(quiz.questions.values_list("pk", flat=True))
    assert locked.pk in remaining and authored.pk in remaining
    assert not unlocked_ids & remaining
    assert Question.objects.get(pk=locked.pk).stem.startswith("Edited by the instructor")
    sentences = list(quiz.questions.exclude(source_sentence="").values_list("source_sentence", flat=True))
    assert len(sentences) == len(set(sentences)), "a new question reuses a kept question's sentence"


def test_document_without_usable_content_gets_an_empty_quiz_with_a_reason(write_files):
    lesson = course_import(path=write_files({"t.md": "# Only a title\n"})).course.lessons.get()
    quiz = quiz_generate(lesson=lesson)
    assert quiz.questions.count() == 0
    assert quiz.generation_note


def test_quizzes_generate_parses_each_course_once(lesson, django_assert_max_num_queries):
    # Regenerating a whole course costs a fixed number of queries per lesson.
    with django_assert_max_num_queries(20):
        quizzes_generate(lessons=[lesson])


# --- The course's true/false balance ---------------------------------------
#
# The generator is replaced by fixed drafts (one per lesson title), so that what the service does with them
# is exact: it counts the course's stored true/false questions and lets ``balance_course`` decide.


def tf_draft(name: str, truth: bool) -> QuestionDraft:
    return QuestionDraft(
        type=QuestionType.TRUE_FALSE, stem=f"True or false? {name}.", source_sentence=f"{name}.", confidence=0.6,
        options=(OptionDraft("True", truth), OptionDraft("False", not truth)), rule="true_statement",
    )


def fill_draft(name: str) -> QuestionDraft:
    return QuestionDraft(type=QuestionType.FILL_BLANK, stem=f"{name} _____.", answers=(name,),
                         source_sentence=f"{name} fill.", confidence=0.7, rule="glossary_fill_blank")


@pytest.fixture
def fake_drafts(monkeypatch):
    """``fake_drafts({title: QuizDraft})``: the generator returns each lesson's draft by the lesson's title."""
    def install(drafts: dict[str, QuizDraft]):
        monkeypatch.setattr(services, "generate_quiz", lambda document, **kwargs: drafts[document.title])
    return install


@pytest.fixture
def two_lessons(write_files):
    folder = write_files({"01-a.md": "# Alpha\n\nText of alpha.\n", "02-b.md": "# Beta\n\nText of beta.\n"})
    course = course_import(path=folder).course
    return course.lessons.get(slug="a"), course.lessons.get(slug="b")


def tf_keys(course) -> list[tuple[str, bool]]:
    questions = Question.objects.filter(quiz__lesson__course=course, type=Question.Type.TRUE_FALSE)
    return sorted((q.stem, q.options.get(is_correct=True).text == "True") for q in questions)


def course_drafts() -> dict[str, QuizDraft]:
    return {
        "Alpha": QuizDraft(questions=(fill_draft("a1"), tf_draft("a false", False)), reason="", candidates=2),
        "Beta": QuizDraft(questions=(fill_draft("b1"),), reason="", candidates=3,
                          spare=(tf_draft("b true", True), tf_draft("b other true", True))),
    }


def test_a_course_takes_a_lessons_spare_true_where_another_lesson_has_a_false(two_lessons, fake_drafts):
    fake_drafts(course_drafts())
    alpha, beta = two_lessons
    quizzes_generate(lessons=[alpha, beta])
    # 1 False, then 1 True (50% False); a second True would make it 33%.
    assert tf_keys(alpha.course) == [("True or false? a false.", False), ("True or false? b true.", True)]
    assert list(beta.quiz.questions.order_by("position").values_list("stem", flat=True)) == [
        "b1 _____.", "True or false? b true."]


def test_a_lesson_regenerated_alone_counts_the_other_lessons_questions(two_lessons, fake_drafts):
    fake_drafts(course_drafts())
    alpha, beta = two_lessons
    quizzes_generate(lessons=[alpha, beta])
    before = tf_keys(alpha.course)
    quiz_generate(lesson=beta)
    assert tf_keys(alpha.course) == before  # the same spare, given alpha's False as it stands

    # An instructor's true statement in alpha: the course has no room left for beta's spare.
    authored = Question.objects.create(
        quiz=alpha.quiz, type=Question.Type.TRUE_FALSE, stem="Alpha is first.", origin=Question.Origin.AUTHORED,
        status=Question.Status.PUBLISHED, position=9,
    )
    Option.objects.create(question=authored, text="True", is_correct=True, position=0)
    Option.objects.create(question=authored, text="False", is_correct=False, position=1)
    quiz_generate(lesson=beta)
    assert not beta.quiz.questions.filter(type=Question.Type.TRUE_FALSE).exists()

    # Rejected, it no longer counts: the spare is back.
    authored.status = Question.Status.REJECTED
    authored.save()
    quiz_generate(lesson=beta)
    assert beta.quiz.questions.filter(type=Question.Type.TRUE_FALSE).count() == 1


def test_falses_an_instructor_wrote_make_room_for_spares(two_lessons, fake_drafts):
    fake_drafts(course_drafts())
    alpha, beta = two_lessons
    quiz = Quiz.objects.create(lesson=alpha)
    for n in range(3):
        question = Question.objects.create(
            quiz=quiz, type=Question.Type.TRUE_FALSE, stem=f"Alpha is not {n}.", origin=Question.Origin.AUTHORED,
            position=n,
        )
        Option.objects.create(question=question, text="True", is_correct=False, position=0)
        Option.objects.create(question=question, text="False", is_correct=True, position=1)
    quiz_generate(lesson=beta)
    assert beta.quiz.questions.filter(type=Question.Type.TRUE_FALSE).count() == 2


def test_a_kept_question_sentence_is_not_asked_again_by_a_spare(two_lessons, fake_drafts):
    fake_drafts(course_drafts())
    alpha, beta = two_lessons
    quizzes_generate(lessons=[alpha, beta])
    kept = beta.quiz.questions.get(type=Question.Type.TRUE_FALSE)
    kept.locked = True
    kept.save()
    quizzes_generate(lessons=[alpha, beta])
    # The locked True is kept and counted; its sentence is not asked again, and no second True fits.
    assert tf_keys(alpha.course) == [("True or false? a false.", False), ("True or false? b true.", True)]
    assert beta.quiz.questions.filter(pk=kept.pk).exists()


def test_a_lessons_spare_false_pairs_another_lessons_spare_true(two_lessons, fake_drafts):
    """Neither lesson can pair its own statement; the course pairs them, and keeps them on regenerating one."""
    fake_drafts({
        "Alpha": QuizDraft(questions=(fill_draft("a1"),), reason="", candidates=2,
                           spare=(tf_draft("a false", False),)),
        "Beta": QuizDraft(questions=(fill_draft("b1"),), reason="", candidates=2, spare=(tf_draft("b true", True),)),
    })
    alpha, beta = two_lessons
    quizzes_generate(lessons=[alpha, beta])
    paired = [("True or false? a false.", False), ("True or false? b true.", True)]
    assert tf_keys(alpha.course) == paired
    quiz_generate(lesson=alpha)
    assert tf_keys(alpha.course) == paired


def test_whole_course_generation_lands_within_the_balance(write_files):
    lessons = {"01-cell.md": LESSON, "02-more.md": LESSON.replace("# The Cell", "# More Cells")}
    course = course_import(path=write_files(lessons)).course
    quizzes_generate(lessons=course.lessons.all())
    keys = [truth for _, truth in tf_keys(course)]
    assert keys and 0.4 <= keys.count(False) / len(keys) <= 0.6
