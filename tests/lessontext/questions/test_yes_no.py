"""yes_no: a yes-or-no question of a questions-and-answers lesson as a statement, keyed by the text's answer."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.yes_no import SPIDERS, as_statement, yes_no_questions


@pytest.mark.parametrize("question, statement", [
    ("Do all owls hunt at night?", "All owls hunt at night."),
    ("Does a comet have a solid core?", "A comet has a solid core."),
    ("Did the Romans build the first canal?", "The Romans built the first canal."),
    ("Are bats the only flying mammals?", "Bats are the only flying mammals."),
    ("Is glass a liquid?", "Glass is a liquid."),
    ("Can a penguin fly?", "A penguin can fly."),
    ("Are weather balloons reusable?", "Weather balloons are reusable."),
    ("Has the bridge reopened to traffic?", "The bridge has reopened to traffic."),
    # No statement: a question to the reader, one with "or", one that asks what or why.
    ("Can I recycle glass?", None),
    ("Is glass a liquid or a solid?", None),
    ("Why do owls hunt at night?", None),
])
def test_as_statement(question, statement):
    assert as_statement(question) == statement


def test_the_key_is_the_texts_own_answer():
    course = build_course(parse_document(SPIDERS), glossary=(), others=())
    made = {c.statement: c.truth for c in yes_no_questions(course.lesson, course, random.Random(0))}
    assert made == {
        "All spiders spin webs to catch their prey.": False,
        "Spiders are a kind of insect.": False,
        "A spider can make more than one kind of silk.": True,  # "Yes." a sentence of its own
    }


def test_questions_as_headings_are_answered_by_their_first_sentence():
    from lessontext.questions.families.yes_no import GLASS

    course = build_course(parse_document(GLASS), glossary=(), others=())
    made = {c.statement: (c.truth, c.source_sentence) for c in yes_no_questions(course.lesson, course, random.Random(0))}
    assert made["Glass is a liquid."][0] is False
    truth, source = made["Glass can be recycled forever."]
    assert truth is True and source.startswith("Melting and reforming glass")  # the sentence after "Yes."
