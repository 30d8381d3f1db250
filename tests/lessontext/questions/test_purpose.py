"""The purpose family: what sentences state a purpose of a named thing, and which sister purposes it may lend."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.purpose import (
    FARMING,
    FLOODS,
    LAB,
    PRICES,
    RIVERS,
    purpose_clauses,
    purpose_of,
    purpose_questions,
    result_clauses,
)


@pytest.mark.parametrize(("sentence", "stem", "key"), [
    ("The Water Board, known as the WB, was set up to keep rivers clean.",
     "what was The Water Board set up to do?", "To keep rivers clean"),
    ("The Treaty of Elm, signed in 1820 and usually called the Elm Pact, was designed to end a border war "
     "and to open the river to trade.",
     "what was The Treaty of Elm designed to do?", "To end a border war"),
    ("The Seed Bank Network seeks to save rare crop varieties from extinction.",
     "what does The Seed Bank Network seek to do?", "To save rare crop varieties from extinction"),
    ("The school nursing service is a programme that aims to catch hearing problems early.",
     "what does The school nursing service aim to do?", "To catch hearing problems early"),
    ("The task of the harbour master is to direct ships safely into port.",
     "what is the task of the harbour master?", "To direct ships safely into port"),
    ("The town council runs the Harbour Trust (HT), a small charity set up to repair the old sea wall.",
     "what is the purpose of the Harbour Trust?", "To repair the old sea wall"),
])
def test_purpose_of_a_named_thing(sentence, stem, key):
    found = purpose_of(sentence)
    assert found is not None and stem in found.stem and found.purpose == key


@pytest.mark.parametrize("sentence", [
    "The need that the museum was meant to meet has grown since then.",  # a relative clause, not a thing
    "Other charities aim to feed families in the winter months.",  # leans on the charities named before
    "The Water Board, which many towns resented, was set up to keep rivers clean.",  # an aside that is a clause
    "The Water Board was set up to close that gap.",  # "that gap": named before
    "The museum bought the Harlow Letters, a set of notes which were designed to be read aloud.",  # a clause
    "The town council runs the Harbour Trust, a small charity set up to help them.",  # "them": named before
])
def test_no_purpose_of_a_named_thing(sentence):
    assert purpose_of(sentence) is None


@pytest.mark.parametrize(("sentence", "purposes"), [
    ("The council opened a fund intended to repair old village halls.", ["To repair old village halls"]),
    ("Its newest project is a scheme which aims to plant hedges along farm roads, but few farmers have joined.",
     ["To plant hedges along farm roads"]),
    ("Its newest project, which aims to plant hedges along farm roads, began in spring.", []),  # list or clause: unsure
    ("A smoke alarm is designed to be triggered by the smoke of a fire.", []),  # how it works, not what for
    ("The first team aims to train the nurses who vaccinate, test and treat patients.", []),  # a list cut short
    ("The need that the museum was meant to address has not gone away.", []),  # another clause's verb
    ("The club was set up to help them find work.", []),  # "them": named before
])
def test_purpose_clauses(sentence, purposes):
    assert purpose_clauses(sentence) == purposes


def _items(lesson: str, *others: str):
    document = parse_document(lesson)
    course = build_course(document, glossary=(), others=[parse_document(o) for o in others])
    return list(purpose_questions(course.lesson, course, random.Random(0)))


def test_sister_essays_lend_their_purposes():
    (item,) = _items(RIVERS, FLOODS, PRICES)
    assert item.stem == "According to the text, what was the Clean Rivers Authority set up to do?"
    assert item.key == "To stop factories pouring waste into the national river network"
    assert set(item.distractors) == {"To keep low-lying towns safe from winter storms",
                                     "To set fair prices for household water bills"}
    assert item.level == "understand"


def test_a_lesson_on_another_subject_lends_nothing():
    assert _items(RIVERS, LAB) == []
    assert all("fume" not in d and "liquid" not in d for item in _items(RIVERS, FLOODS, PRICES, LAB)
               for d in item.distractors)


def test_a_purpose_that_could_fit_the_thing_asked_is_not_lent():
    fitting = PRICES.replace("set fair prices for household water bills", "stop factories polluting water")
    assert _items(RIVERS, FLOODS, fitting) == []
    # nor one from a sentence that names the thing asked
    naming = PRICES.replace("The Drinking Water Inspectorate was created",
                            "Like the Clean Rivers Authority, the Drinking Water Inspectorate was created")
    assert _items(RIVERS, FLOODS, naming) == []


@pytest.mark.parametrize(("sentence", "clauses"), [
    ("Clover was sown on the fallow field, so the cattle could graze through the winter.",
     ["So that the cattle could graze through the winter"]),
    ("Flaps cover the larynx when you swallow, so that food goes down the oesophagus.",
     ["So that food goes down the oesophagus"]),
    ("Shaping gives the loaf tension so that it rises upwards.", []),  # "it": named before
    ("The streets were narrow, so the buildings were parched.", []),  # a past state, no aim
    ("Prices fell by 20%, so the farmers could sell 300 more sacks.", []),  # a figure
    ("There were so many soldiers that the town ran out of bread.", []),  # a degree, no clause after "so"
    ("The wall was built, so we can walk along it.", []),  # "we": no subject of its own
])
def test_result_clauses(sentence, clauses):
    assert result_clauses(sentence) == clauses


def test_one_purpose_borrows_the_lessons_other_results():
    (item,) = _items(FARMING)
    assert item.stem == "According to the text, what is the purpose of the following? “Every year one field was left unplanted.”"
    assert item.key == "So that the soil could recover"
    assert set(item.distractors) == {"So that the cattle could graze through the winter",
                                     "So that towns could feed more workers"}
    assert item.level == "understand"


def test_one_purpose_and_one_other_result_make_no_item():
    assert _items(FARMING.replace(", so towns could", ". Towns could")) == []
