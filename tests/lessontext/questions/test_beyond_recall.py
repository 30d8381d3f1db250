"""Families beyond recall: their items pass the rubric and carry their level."""

import random

from lessontext.document import parse_document
from lessontext.questions import generate_quiz
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.contrast import CELLS, NETWORKS, contrasts
from lessontext.questions.rubric import evaluate


def passing(markdown, rule):
    course = build_course(parse_document(markdown), glossary=(), others=())
    return [c for c in generate(course, random.Random(1)) if c.rule == rule and not evaluate(c, course)]


def test_contrast_offers_the_contrasted_thing_as_a_distractor():
    items = {c.key: c for c in passing(NETWORKS, "contrast")}
    assert set(items) == {"Router", "Switch"}
    switch = items["Switch"]
    assert switch.stem == "According to the text, unlike a router, which of these connects devices within one network?"
    assert "Router" in switch.distractors
    assert (switch.level, switch.family) == ("understand", "contrast")


def test_contrast_of_look_alike_words_the_text_tells_apart():
    (c,) = passing(CELLS, "contrast")
    assert c.correct == ("Meiosis",) and c.distractors[0] == "Mitosis"


def test_contrast_needs_a_subject_before_each_verb():
    assert contrasts("Herbivores such as rabbits and deer eat plants, while carnivores such as foxes eat animals.") == []
    assert contrasts("Prices rose quickly in the spring of that year.") == []


def test_quiz_questions_carry_family_and_level():
    draft = generate_quiz(parse_document(NETWORKS), rng=random.Random(1))
    levels = {q.rule: q.level for q in draft.questions}
    assert levels.get("contrast") == "understand"
    assert all(q.family for q in draft.questions)


def test_cause_effect_asks_for_the_reason_the_text_gives():
    from lessontext.questions.families.cause_effect import MARKETS

    items = passing(MARKETS, "cause_effect")
    sunk = next(c for c in items if "Sunk costs" in c.stem)
    assert sunk.stem == "According to the text, what is the reason for the following? “Sunk costs are ignored by a rational decision.”"
    assert sunk.correct == ("The money is gone whatever is chosen next",)
    assert sunk.level == "understand"
    # A reason that shares its words with the effect ("fresh fish" / "fishing boats") cues itself: rejected.
    assert not any("fresh fish" in c.stem for c in items)


def test_cause_effect_reads_only_reasons_that_name_something():
    from lessontext.questions.families.cause_effect import reason_of

    assert reason_of("Prices rise in winter because storms keep the boats in harbour.") == (
        "Prices rise in winter", "storms keep the boats in harbour")
    assert reason_of("Prices rise in winter because they depend on calm weather.") is None
    assert reason_of("Prices rise because of the storms at sea in winter.") is None
