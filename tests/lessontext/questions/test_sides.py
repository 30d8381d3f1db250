"""Sides of a debate: the key is a claim under the side asked, the distractors claims under the other."""

import random

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.sides import SCHOOL_UNIFORM
from lessontext.questions.rubric import evaluate

FOR = {"Uniforms reduce pressure to wear expensive brands", "A shared uniform builds a sense of belonging",
       "Getting dressed takes less time each morning"}
AGAINST = {"Uniforms limit how pupils express themselves", "Blazers and branded items can cost more than ordinary clothes",
           "Rules on dress take up teachers' time"}


def _items(markdown):
    course = build_course(parse_document(markdown), glossary=(), others=())
    return [c for c in generate(course, random.Random(0)) if c.rule == "debate_side" and not evaluate(c, course)]


def test_each_side_keyed_by_its_heading():
    items = {c.stem.rsplit(" ", 1)[-1].rstrip("?"): c for c in _items(SCHOOL_UNIFORM)}
    assert set(items) == {"for", "against"}
    assert items["against"].key in AGAINST and set(items["against"].distractors) <= FOR
    assert items["for"].key in FOR and set(items["for"].distractors) <= AGAINST
    assert all(c.level == "understand" for c in items.values())


def test_no_item_without_both_sides_or_with_one_claim_a_side():
    assert _items(SCHOOL_UNIFORM.replace("## Arguments against", "## Costs")) == []
    one_side = SCHOOL_UNIFORM.split("**Blazers")[0] + "## Summary\n\nBoth sides have a point.\n"
    assert _items(one_side.replace("**Uniforms limit how pupils express themselves.** ", "")) == []


def test_the_stem_names_the_heading_when_the_title_asks_nothing():
    (c, *_) = _items(SCHOOL_UNIFORM.replace("# Debate: Should Schools Require Uniforms?", "# School Uniforms"))
    assert c.stem in ("Which of these does the text give under “Arguments against”?",
                      "Which of these does the text give under “Arguments for”?")
