"""Details under their point: the key is the point a detail is indented under, the distractors its sibling points."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.details import BREAD, CLOUDS, ESSAY_PLAN
from lessontext.questions.rubric import evaluate
from lessontext.questions.rules import DETAIL_PARENT

BREAD_POINTS = {"Mix the dough", "Knead it well", "Let it rise", "Bake the loaf"}
UNDER = {
    "Stir the flour, salt and yeast together in a large bowl.": "Mix the dough",
    "Pour in warm water a little at a time until a soft ball forms.": "Mix the dough",
    "Push with the heel of your hand, fold and turn for ten minutes.": "Knead it well",
    "Stop when it feels smooth and springs back when pressed.": "Knead it well",
    "Cover the bowl with a damp cloth in a warm place.": "Let it rise",
    "Wait about an hour, until it has doubled in size.": "Let it rise",
    "Heat the oven to 220 degrees before it goes in.": "Bake the loaf",
    "Tap the base: a hollow sound means it is cooked.": "Bake the loaf",
}


def _items(markdown, checked=True):
    course = build_course(parse_document(markdown), glossary=(), others=())
    return [c for c in generate(course, random.Random(0))
            if c.rule == DETAIL_PARENT and not (checked and evaluate(c, course))]


def test_the_key_is_the_point_the_detail_sits_under():
    items = _items(BREAD)
    assert items
    for c in items:
        detail = c.stem.split("this: “", 1)[1].rstrip("”?")
        assert UNDER[detail] == c.key
        assert set(c.distractors) <= BREAD_POINTS - {c.key}
        assert c.level == "remember" and c.claims == ("details:method:Mix the dough",)


def test_a_procedure_asks_for_a_step_and_a_list_of_parts_for_a_point():
    assert all("under which step" in c.stem for c in _items(BREAD))
    (c, *_) = _items(ESSAY_PLAN)
    assert c.stem.startswith("In “The parts of an essay”, under which point")
    assert c.key in {"Introduction", "Main paragraphs", "Conclusion"}


@pytest.mark.parametrize("detail", [
    "Others, such as rye, need a longer time to rise.",       # leans on the sentence before
    "Many are sold as ready mixes in supermarkets.",          # "many" of what?
    "the dough is ready when it springs back.",               # the rest of a sentence its point begins
    "Knead again.",                                            # too short to be a detail
    "Mix in a spoonful of honey for a softer crust.",         # shares "mix" with a point: cued
])
def test_a_detail_that_leans_on_context_or_cues_its_point_is_never_asked(detail):
    lesson = BREAD.replace("Wait about an hour, until it has doubled in size.", detail)
    assert all(detail not in c.stem for c in _items(lesson, checked=False))


def test_points_that_head_a_sentence_make_no_item():
    lesson = """# Averages

## Choosing an average

- **Use the mean when**
  - Every value of the data counts towards a fair total.
- **Use the median when**
  - A few extreme values would pull a total out of shape.
- **Use the mode when**
  - The most popular shoe size is what a shop must stock.
"""
    assert _items(lesson, checked=False) == []


def test_sibling_headings_of_one_kind_are_the_points_of_their_lists():
    items = _items(CLOUDS)
    assert items
    for c in items:
        assert c.stem.startswith("Which of these does the text say this of: “")
        assert {c.key, *c.distractors} == {"Cirrus clouds", "Cumulus clouds", "Stratus clouds"}
    stratus = next(c for c in items if "Grey sheets" in c.stem)
    assert stratus.key == "Stratus clouds"


def test_sibling_headings_that_name_no_one_kind_make_no_item():
    lesson = CLOUDS.replace("## Cumulus clouds", "## How clouds are used in forecasting the weather")
    assert _items(lesson, checked=False) == []
