"""The lesson's own exercises, asked with the answer its author gives (``families/practice.py``)."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.practice import RUNNING, SPRINGS, _figure, practice_questions
from lessontext.questions.rubric import evaluate


def _items(markdown):
    course = build_course(parse_document(markdown), glossary=(), others=())
    made = list(practice_questions(course.lesson, course, random.Random(0)))
    return [(c.stem, c.answers, evaluate(c, course)) for c in made]


def test_a_numbered_answer_list_keys_each_question_by_its_bold_figure():
    items = _items(RUNNING)
    assert [(stem.split("? ")[-1], answers) for stem, answers, _ in items] == [
        ("Answer: _____ (m/s).", ("5", "5 m/s")),
        ("Answer: _____ (km).", ("12", "12 km")),
    ]
    assert all(not failed for *_, failed in items)  # the rubric passes both


def test_an_inline_answer_keys_its_question_and_an_exercise_leaning_on_another_is_not_asked():
    items = _items(SPRINGS)
    assert [answers for _, answers, _ in items] == [("6.0", "6.0 N")]  # "in question 1" leans on another


def test_answers_in_one_paragraph_pair_with_the_questions_in_order():
    text = """# Circuits

## Check your understanding

1. A lamp draws 0.5 A from a 6 V supply. What is its resistance?
2. Two 10 ohm resistors are connected in parallel. What is their combined resistance?

Answers: 12 Ω; 5 Ω.
"""
    assert [answers for _, answers, _ in _items(text)] == [("12", "12 Ω"), ("5", "5 Ω")]


def test_nothing_is_asked_when_questions_and_answers_do_not_pair_or_ask_for_no_figure():
    unpaired = """# Circuits

## Practice

1. A lamp draws 0.5 A from a 6 V supply. What is its resistance?
2. Two 10 ohm resistors are connected in parallel. What is their combined resistance?

Answers: 12 Ω.
"""
    open_question = """# Forces

## Quick check

1. Explain why the two forces of a pair do not cancel. (Answer: They act on different objects.)
2. A skater pushes a wall and moves back. Why does she move? (Answer: The wall pushes back on her.)
"""
    assert _items(unpaired) == []
    assert _items(open_question) == []


@pytest.mark.parametrize(("answer", "figure"), [
    ("6.0 N", ("6.0", "N")),
    ("£7.00", ("£7.00", "")),
    ("A = ½ × 14 × 9 = 7 × 9 = 63 cm²", ("63", "cm²")),
    ("s = d ÷ t = 400 ÷ 80 = 5. The runner's average speed is 5 m/s.", ("5", "m/s")),
    ("x = 7, y = 3 (add the equations to get 2x = 14)", None),  # two figures: not one answer
    ("It is the single force that has the same effect as all the forces combined.", None),
    # The givens named before the working's last clause; a thousands comma inside the figure (test-ck).
    ("a = 2 and d = 7, so u_15 = 2 + 14 × 7 = 100.", ("100", "")),
    ("a = 20, d = 5 and n = 24, so S_24 = 12 × (40 + 23 × 5) = 12 × 155 = £1,860.", ("£1,860", "")),
])
def test_the_one_figure_an_answer_gives(answer, figure):
    assert _figure(answer, ()) == figure


# Each exercise a numbered paragraph in bold, its "*Answer:*" paragraph under it (a number lesson and a bearings lesson).
FACTORS = """# Factors

## Worked example

The HCF of 12 and 18 is **6**, and their LCM is **36**.

## Practice

**1. Find the HCF of 36 and 48.**

*Answer:* 36 = 2² × 3² and 48 = 2⁴ × 3, so the HCF = 4 × 3 = **12**.

**2. The bearing of a church from a school is 125°. What is the bearing of the school from the church?**

*Answer:* Since 125° is less than 180°, add 180°: 125° + 180° = **305°**.
"""


def test_a_numbered_question_paragraph_pairs_with_the_answer_paragraph_under_it():
    items = _items(FACTORS)
    assert [(stem, answers) for stem, answers, _ in items] == [
        ("Find the HCF of 36 and 48. Answer: _____.", ("12",)),  # "and" joins two givens, not two asks
        ("The bearing of a church from a school is 125°. What is the bearing of the school from the church? "
         "Answer: _____ (°).", ("305", "305°")),
    ]
    assert all(not failed for *_, failed in items)


def test_an_answer_paragraph_that_follows_no_question_paragraph_pairs_nothing():
    text = FACTORS.replace("**1. Find the HCF of 36 and 48.**\n", "Find the HCF of 36 and 48.\n")
    assert _items(text) == []  # one question, two answers: they do not pair one to one


def test_two_asks_joined_by_and_are_still_not_asked():
    text = FACTORS.replace("Find the HCF of 36 and 48.", "Find the HCF of 36 and 48 and say why.")
    assert [answers for _, answers, _ in _items(text)] == [("305", "305°")]


@pytest.mark.parametrize(("answer", "emphasis", "figure"), [
    # Bold figures of the lesson recur in the working: the one the answer ends on is its figure.
    ("36 = 2² × 3², so the HCF = 4 × 3 = 12.", ("6", "36", "12"), ("12", "")),
    ("The HCF is 12 and the LCM is 36, as before", ("36", "12"), None),  # ends on no bold figure: two candidates
])
def test_the_bold_figure_an_answer_ends_on(answer, emphasis, figure):
    assert _figure(answer, emphasis) == figure


def test_numbered_answer_paragraphs_in_standard_form_key_their_questions_with_the_typed_forms():
    text = """# Gravitation

## The formula

The force between two masses is F = G m₁ m₂ / r², where G = 6.67 × 10⁻¹¹ N m² kg⁻².

## Practice

1. Two bowling balls, each of mass 7.0 kg, rest with their centres 0.50 m apart. Calculate the force between them.
2. A probe feels a force of 900 N at a distance R from a planet's centre. What force does it feel at a distance of 3R?

## Answers

**1.** m₁ m₂ = 7.0 × 7.0 = 49 kg². F = (6.67 × 10⁻¹¹ × 49) ÷ 0.25 = **1.3 × 10⁻⁸ N**. That is far too small to notice.

**2.** Tripling r divides the force by 9, so F = 900 ÷ 9 = **100 N**.
"""
    assert [answers for _, answers, _ in _items(text)] == [
        ("1.3 × 10⁻⁸", "1.3 × 10⁻⁸ N", "1.3 x 10^-8", "1.3e-8"),
        ("100", "100 N"),
    ]


def test_givens_before_the_instruction_and_a_rounded_working_still_ask_one_figure():
    text = """# Expansion

## The formula

The change in length is ΔL = α L₀ ΔT.

## Practice

1. A copper pipe is 3.0 m long. Using α = 17 × 10⁻⁶ /°C, calculate its increase in length when it warms by 60 °C.

## Answers

1. ΔL = (17 × 10⁻⁶) × 3.0 × 60 = 3.06 × 10⁻³ m ≈ 3.1 mm.
"""
    assert [answers for _, answers, _ in _items(text)] == [("3.1", "3.1 mm")]


def test_an_angle_between_two_things_is_one_ask_and_its_degrees_join_the_figure():
    text = """# Polarisation

## The law

Malus's law gives the transmitted intensity: I = I₀ cos² θ.

## Practice

1. Polarised light of intensity 120 W/m² falls on an analyser, and 30 W/m² is transmitted. Find the angle between the plane of polarisation and the analyser's transmission axis.

## Answers

1. cos² θ = 30 ÷ 120 = 0.25, so cos θ = 0.5 and θ = **60°**.
"""
    assert [answers for _, answers, _ in _items(text)] == [("60", "60°")]


def test_a_verdict_after_the_working_of_a_calculate_task_leaves_the_figure_the_working_ends_on():
    text = """# Flow

## The formula

The Reynolds number is Re = ρvL / μ.

## Practice

1. Air moves at 4.0 m/s through a duct of diameter 0.30 m. Calculate the Reynolds number.
2. Water flows at 0.50 m/s through a pipe of diameter 2.0 cm. Is the flow laminar or turbulent?

## Answers

1. Re = (1.2 × 4.0 × 0.30) / (1.8 × 10⁻⁵) = 80,000. The flow is **turbulent**.
2. Re = (1,000 × 0.50 × 0.020) / (1.0 × 10⁻³) = 10,000. The flow is **turbulent**.
"""
    assert [answers for _, answers, _ in _items(text)] == [("80,000",)]  # a verdict asked is no figure
