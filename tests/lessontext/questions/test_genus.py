"""The class of thing a definition names, and options of one class beside an event or a thing."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import glossary as g
from lessontext.questions.genus import (
    ENTITY,
    EVENT,
    MEASURE,
    PERSON,
    SPAN,
    action_noun,
    genus_class,
    process_beside_thing,
    process_name,
    same_class,
)
from lessontext.questions.rules import GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION
from lessontext.questions.types import GlossaryEntry


@pytest.mark.parametrize(("definition", "expected"), [
    ("The cutting of timber into planks", EVENT),  # an action noun in -ing and what it acts on
    ("The removal of waste from a site", EVENT),  # an action noun in -al
    ("The conversion of ore into metal", EVENT),  # an action noun in -sion
    ("A process in which a seed begins to grow", EVENT),
    ("A series of small movements that shift a load", EVENT),  # a container of events
    ("The whole set of processes by which metal is refined", EVENT),
    ("Teaching that takes place outside a classroom", EVENT),
    ("A steady rise in the cost of housing", EVENT),  # a participle before the head is no head
    ("A pipe that carries water to a tank", ENTITY),
    ("A thick liquid that contains no sugar", ENTITY),
    ("The belief that every citizen should vote", None),  # an idea: raters took it beside processes
    ("The ability of two crews to work together", None),
    ("A wooden bench on which the work is clamped", ENTITY),
    ("An enzyme whose action is fast", ENTITY),  # a noun the word list may lack, after an article
    ("The rate at which a tank fills", MEASURE),
    ("The time taken for a cart to cross a yard", MEASURE),  # "taken" is a participle, not the head
    ("The range of speeds at which an engine runs well", MEASURE),
    ("The short period of calm between two storms", SPAN),
    ("A character invented by the author", PERSON),
    ("Settlement that takes place after a dispute", None),  # an action noun may name a result: no class
    ("The Civil Code of a state", None),  # a name
    ("A narrow valley deep in the hills", ENTITY),  # an adjective after its noun: the valley is the head
    ("A soil rich in clay", ENTITY),
    ("The belief widespread in the village", None),  # an idea stays unclassed past its adjective
])
def test_genus_class(definition, expected):
    assert genus_class(definition) == expected


@pytest.mark.parametrize(("noun", "expected"), [
    ("removal", True), ("conversion", True), ("planting", True), ("movement", True),
    ("liquid", False), ("material", False), ("animal", False),
])
def test_action_noun(noun, expected):
    assert action_noun(noun) is expected


@pytest.mark.parametrize(("key", "option", "same"), [
    ("The cutting of timber into planks", "A pipe that carries water to a tank", False),
    ("A pipe that carries water to a tank", "The removal of waste from a site", False),
    ("The cutting of timber into planks", "The removal of waste from a site", True),
    ("A pipe that carries water to a tank", "A thick liquid that contains no sugar", True),
    # Events and things are kept apart, and a measure beside a thing stays.
    ("The rate at which a tank fills", "A pipe that carries water to a tank", True),
    # A period or a person as the key takes only options of its own class; as an option, either may stand.
    ("The short period of calm between two storms", "The belief that every citizen should vote", False),
    ("The short period of calm between two storms", "A pipe that carries water to a tank", False),
    ("The short period of calm between two storms", "The long era of peace after a war", True),
    ("A character created by a novelist", "A rhyme that pairs two similar sounds", False),
    ("A character created by a novelist", "A person who tells the story", True),
    ("The belief that every citizen should vote", "The short period of calm between two storms", True),
    ("A wave of panic in the countryside", "The period from 1793 to 1794", True),
    ("The cutting of timber into planks", "The method of joining two planks with glue", True),
    ("Settlement that takes place after a dispute", "A pipe that carries water to a tank", True),
])
def test_same_class(key, option, same):
    assert same_class(key, option) is same


WORKSHOP = """# The Workshop

## Steps and tools

Sawing is the cutting of timber into planks with a toothed blade.

Sanding is the smoothing of a surface with an abrasive paper.

Gluing is the joining of two pieces with an adhesive that sets hard.

A clamp is a tool that holds two pieces together while the glue sets.

A chisel is a blade that shapes wood by paring thin shavings from it.

A mallet is a hammer that drives a chisel without damaging its handle.
"""

WORKSHOP_TERMS = (
    GlossaryEntry("Sawing", "The cutting of timber into planks with a toothed blade", "defined"),
    GlossaryEntry("Sanding", "The smoothing of a surface with an abrasive paper", "defined"),
    GlossaryEntry("Gluing", "The joining of two pieces with an adhesive that sets hard", "defined"),
    GlossaryEntry("Clamp", "A tool that holds two pieces together while the glue sets", "defined"),
    GlossaryEntry("Chisel", "A blade that shapes wood by paring thin shavings from it", "defined"),
    GlossaryEntry("Mallet", "A hammer that drives a chisel without damaging its handle", "defined"),
)


def test_a_process_is_offered_only_beside_processes_and_a_tool_beside_tools():
    course = build_course(parse_document(WORKSHOP), glossary=WORKSHOP_TERMS, others=[])
    asked = [c for c in g.glossary_questions(course.lesson, course, random.Random(1))
             if c.rule == GLOSSARY_TERM_TO_DEFINITION]
    assert asked
    for c in asked:
        classes = {genus_class(o) for o in (c.key, *c.distractors)}
        assert classes in ({EVENT}, {ENTITY}), (c.stem, c.key, c.distractors)


def test_a_counted_noun_in_ing_names_a_thing_not_an_action():
    assert genus_class("A painting made on a wooden panel") is None
    assert genus_class("The painting of walls with lime") == EVENT


def test_a_series_is_of_the_class_of_what_it_counts():
    assert genus_class("A series of notes arranged by pitch") == ENTITY
    assert genus_class("A series of contractions that push food along") == EVENT
    assert genus_class("A wave of panic among the crowd") == EVENT


@pytest.mark.parametrize(("term", "expected"), [
    ("Infiltration", True),  # an action noun in -tion names a process
    ("Lateral erosion", True),  # its head noun, after a modifier
    ("Corrosion", True),
    ("Manner of articulation", False),  # the head is "manner", before "of"
    ("Red herring", False),  # a noun in -ing that is no verb's
    ("Trial balance", False),  # "-ance" names things and quantities as often
    ("Water table", False),
    ("Sharp Guard", False),  # a name
])
def test_process_name(term, expected):
    assert process_name(term) is expected


def test_a_process_named_term_is_no_option_for_a_thing():
    # test-o, test-b: "Infiltration" for "the top of the fully saturated ground", "Corrosion" for streams.
    assert process_beside_thing("Water table", "The top of the fully saturated ground", "Infiltration")
    assert process_beside_thing("Tributaries", "Smaller streams that join a main river", "Corrosion")
    # Beside a process, a way of doing, or another process name, it is of the same kind.
    assert not process_beside_thing("Deposition", "The dropping of sediment by a river", "Erosion")
    assert not process_beside_thing("Chemiosmosis", "The method of making ATP using a gradient of ions",
                                    "Fermentation")
    assert not process_beside_thing("Evaporation", "A thing that happens", "Condensation")
    assert not process_beside_thing("Water table", "The top of the fully saturated ground", "Aquifer")


GROUND = """# Ground water

Some rain soaks into the ground. Infiltration is the movement of water from the surface into the soil.
Percolation is the slow movement of water down through rock. The water table is the top of the fully
saturated ground. An aquifer is a layer of rock that stores water. Bedrock is the solid rock that lies
beneath the soil and loose sediment. A reservoir is a large lake held behind a dam.
"""

GROUND_TERMS = (
    GlossaryEntry("Infiltration", "The movement of water from the surface into the soil", "defined"),
    GlossaryEntry("Percolation", "The slow movement of water down through rock", "defined"),
    GlossaryEntry("Water table", "The top of the fully saturated ground", "defined"),
    GlossaryEntry("Aquifer", "A layer of rock that stores water", "defined"),
    GlossaryEntry("Bedrock", "The solid rock that lies beneath the soil and loose sediment", "defined"),
    GlossaryEntry("Reservoir", "A large lake held behind a dam", "defined"),
)


def test_no_process_name_is_offered_for_a_place():
    course = build_course(parse_document(GROUND), glossary=GROUND_TERMS, others=[])
    asked = [c for seed in range(4) for c in g.glossary_questions(course.lesson, course, random.Random(seed))
             if c.rule == GLOSSARY_DESCRIPTION_TO_TERM and c.key == "Water table"]
    assert asked
    for c in asked:
        assert not {"Infiltration", "Percolation"} & set(c.distractors), c.distractors
