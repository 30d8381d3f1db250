"""Recall items are never read from a worked example's labelled lines or a "Worked example" section."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import generate_quiz
from lessontext.questions.candidate import Candidate
from lessontext.questions.course import build_course
from lessontext.questions.exercises import not_worked_example
from lessontext.questions.families import generate
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.rubric import evaluate
from lessontext.questions.types import QuestionType

LESSON = """# Areas of Shapes

## Rectangles

A rectangle is a four-sided shape whose angles are all right angles.
The area of a rectangle is its length multiplied by its width.

Worked example: A rectangle is 8 cm long and 5 cm wide.

Solution: A = 8 × 5 = 40

Answer: approximately 40 cm², twice the area of the square.

## Prevalence

Prevalence is the share of a population that has a disease at one time.
A survey finds that 150 people in a village of 5,000 are living with diabetes.
Point prevalence = 150 / 5,000 = 0.03, or 3 per cent.
Prevalence helps planners decide how many clinics a region needs.

## Incidence

Incidence counts new cases in a population over a period.

**Worked example 2.**

A cohort of 2,000 workers, none of whom has asthma, is followed for 5 years.
During that time, 100 workers develop asthma.
Cumulative incidence = 100 / 2,000 = 0.05.

## Worked Example: A Garden

A garden is 12 m long and 7 m wide, so its area is 84 m².
Fencing costs more than turf in this garden.

## Check your understanding

1. Two balls are the same size and shape, but one is much heavier. Which one lands first?
"""


@pytest.fixture(scope="module")
def course():
    return build_course(parse_document(LESSON), glossary=(), others=())


def tf(source: str, anchor: str = "rectangles", **kw) -> Candidate:
    return Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=f"True or false? {source}",
                     source_anchor=anchor, source_sentence=source, explanation="", base=0.5, truth=True,
                     statement=source, kind="sentence", **kw)


@pytest.mark.parametrize(("candidate", "passes"), [
    (tf("A rectangle is a four-sided shape whose angles are all right angles."), True),
    (tf("Worked example: A rectangle is 8 cm long and 5 cm wide."), False),
    (tf("Answer: approximately 40 cm², twice the area of the square."), False),
    (tf("A garden is 12 m long and 7 m wide, so its area is 84 m².", anchor="worked-example-a-garden"), False),
    (tf("Worked example: A rectangle is 8 cm long and 5 cm wide.", level="apply"), True),  # applying reads it
    # A worked example's givens: its figures are worked on in the calculation that follows.
    (tf("A survey finds that 150 people in a village of 5,000 are living with diabetes.", anchor="prevalence"), False),
    (tf("Prevalence helps planners decide how many clinics a region needs.", anchor="prevalence"), True),
    # After a label alone ("Worked example 2."), every line up to the calculation belongs to the example.
    (tf("A cohort of 2,000 workers, none of whom has asthma, is followed for 5 years.", anchor="incidence"), False),
    (tf("Incidence counts new cases in a population over a period.", anchor="incidence"), True),
    # A self-check task's premise (test-cf: turned round into a "false" statement that was true in meaning).
    (tf("Two balls are the same size and shape, but one is much heavier.", anchor="check-your-understanding"), False),
    (Candidate(type=QuestionType.SINGLE, rule="description_to_term", stem="Which ... describe here?",
               source_anchor="rectangles", source_sentence="A rectangle is a four-sided shape.",
               explanation="", base=0.5, correct=("Worked example",), distractors=("Solution", "Answer")), False),
    (Candidate(type=QuestionType.SINGLE, rule="description_to_term", stem="Which ... describe here?",
               source_anchor="rectangles", source_sentence="A rectangle is a four-sided shape.",
               explanation="", base=0.5, correct=("Solution",), distractors=("Suspension", "Colloid")), True),
])
def test_not_worked_example(candidate, passes, course):
    assert not_worked_example(candidate, course) is passes


def test_no_recall_item_quotes_a_worked_example(course):
    for candidate in generate(course, random.Random(0)):
        if not evaluate(candidate, course) and candidate.level != "apply":
            assert not candidate.source_sentence.startswith(("Worked example", "Solution", "Answer"))
            assert "garden" not in candidate.source_sentence.lower()
            assert "village" not in candidate.source_sentence
    quiz = generate_quiz(parse_document(LESSON), rng=random.Random(0))
    assert all("Answer:" not in q.stem and "garden" not in q.stem.lower() for q in quiz.questions)


def test_a_quantity_named_only_in_a_worked_example_is_a_tool_not_the_lessons_subject():
    from lessontext.questions.exercises import only_in_worked_examples

    bounds = parse_document("# Upper and Lower Bounds\n\n## Bounds\n\nThe lower bound is the smallest value that"
                            " rounds to the number.\n\n## Worked example 3: average speed\n\nA cyclist travels 120 km"
                            " in 2.5 hours.\n\nSpeed = distance ÷ time.\n")
    sentences = list(bounds.sentences())
    assert only_in_worked_examples("Speed", sentences, bounds.title)
    assert not only_in_worked_examples("bound", sentences, bounds.title)
    speed = parse_document("# Speed\n\n## Worked example\n\nSpeed = distance ÷ time.\n")
    assert not only_in_worked_examples("Speed", list(speed.sentences()), speed.title)


def test_a_formula_in_a_practice_tasks_hint_is_not_asked():
    """test-ec, both raters: "the speed when volume flow rate = 32 and cross-sectional area = 4", a unitless division
    taken from a hint, "tests nothing about the Reynolds number"."""
    hint = ("# Flow\n\n## Pipes\n\nEngineers compare pipes by how fast water moves in them.\n\n## Practice\n\n"
            "1. A hose delivers 12 litres a minute. Find the speed. (Hint: speed = volume flow rate ÷ cross-sectional "
            "area.)\n")
    prose = hint.replace("## Practice\n\n1. A hose delivers 12 litres a minute. Find the speed. (Hint: ",
                         "The rule: ").replace(".)\n", ".\n")
    asked = []
    for text in (hint, prose):
        course = build_course(parse_document(text), glossary=(), others=())
        asked.append(len(list(apply_questions(course.lesson, course, random.Random(0)))))
    assert asked == [0, 1]
