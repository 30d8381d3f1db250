"""A product in words whose factors carry their units in brackets, worked in steps: read, borne out, asked afresh."""

import random
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.apply_examples import CYCLING, HOSE
from lessontext.questions.course import build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.stepwise import parse_bracketed, stepwise_questions, workings


def _lesson(text: str):
    return build_course(parse_document(text), glossary=[], others=[]).lesson


@pytest.mark.parametrize("sentence, expected", [
    ("distance (km) = speed (km/h) × time (hours)", ("distance", ["speed", "time"], ["km/h", "hours"], "km")),
    ("water cost = flow rate (L/min) × time (minutes) × price per litre",
     ("water cost", ["flow rate", "time", "price per litre"], ["L/min", "minutes", ""], "")),
    ("mass (g) = density (g/cm³) * volume (cm³)", ("mass", ["density", "volume"], ["g/cm³", "cm³"], "g")),
])
def test_a_product_with_bracketed_units_is_read(sentence, expected):
    assert parse_bracketed(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "distance = speed × time",  # no units in brackets: ``formulas.py`` reads it
    "area = length (m) × width",  # one unit only: too little to check a working against
    "pressure (Pa) = force (N) ÷ area (m²)",  # a quotient
    "v (m/s) = f (Hz) × λ (m)",  # symbols, read by ``symbols.py``
    "fare = fixed charge (£) + rate (£/km) × distance (km)",  # a sum
    "The bill (in pounds) = units (kWh) × price, roughly.",  # prose around it
])
def test_other_lines_are_not_read(sentence):
    assert parse_bracketed(sentence) is None


def test_a_working_must_carry_the_formulas_units_in_its_order():
    lesson = _lesson(CYCLING)
    at = next(i for i, (_, s) in enumerate(lesson.sentences) if s.startswith("distance (km)"))
    (found,) = workings(lesson.sentences, at, ["km/h", "hours"])
    assert (found.values, found.result, found.unit) == ((Decimal(16), Decimal("0.75")), Decimal(12), "km")
    assert workings(lesson.sentences, at, ["hours", "km/h"]) == []


def test_the_fresh_item_is_computed_and_gives_the_converted_value_in_its_first_unit():
    (item,) = stepwise_questions(_lesson(CYCLING))
    assert item.stem.startswith("The text gives the formula “distance (km) = speed (km/h) × time (hours)”. "
                                "What is the distance when speed = ")
    speed = Decimal(item.stem.split("speed = ")[1].split(" km/h")[0])
    minutes = Decimal(item.stem.split("time = ")[1].split(" minutes")[0].replace(",", ""))
    key = speed * minutes / 60
    assert item.key == f"{key.normalize():f} km"
    assert f"{(key * 60).normalize():,f} km" in item.distractors  # the minutes left unconverted
    assert item.key not in item.distractors and len(item.distractors) == 3


def test_a_value_every_working_shares_is_kept_and_a_factor_left_out_is_an_option():
    (item,) = stepwise_questions(_lesson(HOSE))
    assert "price per litre = 0.2p?" in item.stem
    rate = Decimal(item.stem.split("flow rate = ")[1].split(" L/min")[0])
    minutes = Decimal(item.stem.split("time = ")[1].split(" minutes")[0])
    assert item.key == f"{(rate * minutes * Decimal('0.2')).normalize():f}p"
    assert f"{(rate * minutes).normalize():f}p" in item.distractors  # the price left out
    assert item.key not in {"48p", "8p"}  # no answer the lesson gives


def test_no_item_when_the_lesson_works_it_otherwise():
    wrong = HOSE.replace("240 L × 0.2p = 48p", "240 L × 0.2p = 50p").replace("40 L × 0.2p = 8p", "40 L × 0.2p = 9p")
    assert list(stepwise_questions(_lesson(wrong))) == []
    unworked = HOSE.split("## Worked examples")[0]
    assert list(stepwise_questions(_lesson(unworked))) == []


def test_the_apply_family_asks_it_once():
    items = [c for c in apply_questions(_lesson(HOSE), None, random.Random(0)) if "water cost" in c.stem]
    assert len(items) == 1
