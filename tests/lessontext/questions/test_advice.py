"""Advice by its side: the key is an item of the side asked, the distractors items of the other side."""

import random

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.advice import HABITS, LAB
from lessontext.questions.rubric import evaluate
from lessontext.questions.rules import ADVICE_SIDE

DO = {"Wash your hands before touching any food", "Keep raw meat on the bottom shelf of the fridge",
      "Use a separate board for raw meat and vegetables"}
DONT = {"Leave cooked rice standing in a warm room", "Thaw frozen chicken on the kitchen counter",
        "Wash raw chicken under the tap"}


def _items(markdown):
    course = build_course(parse_document(markdown), glossary=(), others=())
    return {c.stem: c for c in generate(course, random.Random(0)) if c.rule == ADVICE_SIDE and not evaluate(c, course)}


def test_each_side_keyed_by_its_heading_and_the_negation_taken_off():
    items = _items(LAB)
    do, dont = items["Which of these does the text advise you to do?"], items["Which of these does the text advise against?"]
    assert do.key in DO and set(do.distractors) <= DONT
    assert dont.key in DONT and set(dont.distractors) <= DO
    assert do.level == dont.level == "understand"


def test_label_lines_name_the_sides_too():
    items = _items(HABITS)
    dont = items["Which of these does the text advise against?"]
    assert dont.key.startswith(("Sipping", "Rinsing", "Using"))
    assert all(d.startswith(("Brush", "Clean", "Visit")) for d in dont.distractors)


def test_no_item_without_both_sides():
    assert _items(LAB.replace("## Don't", "## Shopping")) == {}
    assert _items(LAB.replace("## Do\n", "## Hygiene\n")) == {}


def test_a_heading_that_only_opens_with_do_is_no_side():
    lesson = LAB.replace("## Do\n", "## What to do in a kitchen fire\n").replace("## Don't", "## Never")
    assert _items(lesson) == {}
