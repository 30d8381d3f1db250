"""Trigonometric ratios: a side worked out with a ratio the lesson states, asked again on a fresh triangle."""

import math
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.trigonometry import lesson_rounding, ratios, rounded, trig_questions

LESSON = """# Ratios in right-angled triangles

## The ratios

- **Sine**: sin θ = opposite ÷ hypotenuse
- **Tangent**: tan θ = opposite ÷ adjacent

## Example

A ladder makes an angle of 60° with the ground and is 5 m long. Find the height h it reaches.

- Write the equation: sin 60° = h ÷ 5
- Multiply both sides by 5: h = 5 × sin 60°
- **Answer: h = 4.33 m (3 s.f.)**
"""


def _items(text: str):
    course = build_course(parse_document(text), glossary=(), others=())
    return list(trig_questions(course.lesson))


def test_a_worked_ratio_is_asked_on_a_fresh_triangle():
    [item] = _items(LESSON)
    assert item.stem.startswith("Using the text's ratio “sin θ = opposite ÷ hypotenuse”")
    angle = Decimal(item.stem.split("angle θ of ")[1].split("°")[0])
    side = Decimal(item.stem.split("hypotenuse is ")[1].split(" m")[0])
    assert angle != 60 and side != 5
    assert item.key == f"{rounded(float(side) * math.sin(math.radians(float(angle))), ('sf', 3)):f} m"
    assert item.key not in item.distractors and len(item.distractors) >= 2
    assert "How long is the side opposite θ, to 3 significant figures?" in item.stem


def test_a_working_whose_arithmetic_does_not_come_out_is_not_asked():
    assert _items(LESSON.replace("h = 4.33 m", "h = 3.1 m")) == []


def test_no_stated_ratio_no_item():
    assert _items(LESSON.replace("sin θ = opposite ÷ hypotenuse", "the sine of an angle")) == []


def test_ratios_and_rounding_are_read_as_the_lesson_writes_them():
    course = build_course(parse_document(LESSON), glossary=(), others=())
    assert ratios(course.lesson) == {"sin": ("opposite", "hypotenuse"), "tan": ("opposite", "adjacent")}
    assert lesson_rounding("Answer: 4.3 m (to 1 decimal place)") == ("dp", 1)
    assert lesson_rounding("No rounding is said.") == ("sf", 3)


@pytest.mark.parametrize(("value", "rounding", "expected"), [
    (8.6987, ("sf", 3), "8.70"),
    (1234.5, ("sf", 3), "1230"),
    (10.193, ("dp", 1), "10.2"),
])
def test_rounded_keeps_the_figures_asked(value, rounding, expected):
    assert f"{rounded(value, rounding):f}" == expected
