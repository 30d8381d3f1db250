"""Lines the author labels false ("Myth: ...") are asked only as false, never turned or lifted as true."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.myths import GARDEN
from lessontext.questions.rubric import evaluate
from lessontext.questions.verdicts import affirmed, disavowed, disavowed_claim


@pytest.mark.parametrize(("line", "expected"), [
    ("Myth: Bats are blind.", True),
    ("Myth 2: Bats are blind.", True),
    ("Common misconception: Heavier objects fall faster.", True),
    ("Mistake: writing 2x + 3x as 5x squared.", True),
    ("Fact: Bats can see.", False),
    ("Myths about bats are common.", False),
    ("The myth: that bats are blind.", False),
])
def test_disavowed_reads_only_an_opening_label(line, expected):
    assert disavowed(line) is expected


def test_the_claim_and_the_affirming_label():
    assert disavowed_claim("Misconception: Heavier objects fall faster.") == "Heavier objects fall faster."
    assert disavowed_claim("Heavier objects fall faster.") is None
    assert affirmed("Fact: Air resistance, not weight, slows a falling feather.")
    assert not affirmed("In fact, weight matters little.")


def _items(markdown):
    course = build_course(parse_document(markdown), glossary=(), others=())
    return [c for c in generate(course, random.Random(0)) if not evaluate(c, course)]


def test_a_myth_is_keyed_false_and_no_family_turns_or_lifts_it():
    page = GARDEN.replace("Cacti never need any water at all.", "Cacti do not need water in winter or in summer.")
    items = _items(page)
    myths = [c for c in items if c.rule == "myth_false"]
    assert myths and all(c.truth is False for c in myths)
    from_myths = [c for c in items if c.source_sentence.startswith("Myth:") and c.rule != "myth_false"]
    assert from_myths == []  # "cacti need water in winter or in summer", keyed False, is what the Fact says
