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
    genus,
    genus_class,
    genus_sort,
    process_beside_thing,
    process_name,
    same_class,
    same_sort,
)
from lessontext.questions.rules import GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION
from lessontext.questions.types import GlossaryEntry


@pytest.mark.parametrize(("definition", "expected"), [
    ("The cutting of timber into planks", EVENT),  # an action noun in -ing and what it acts on
    # test-cf: a worker is a person, and a definition opening on a bare gerund names an action.
    ("A skilled worker who finished woollen cloth using hand shears", PERSON),
    ("Groups of textile workers who destroyed machinery", PERSON),
    ("Destroying machinery as a form of protest", EVENT),
    ("Replacing skilled labour with machines", EVENT),
    ("Living organisms that make their own food", ENTITY),  # "living" qualifies the noun
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
    ("The control of the water potential of the blood", EVENT),  # test-ck: beside "A tube along which ..."
    ("The squeezing together of mud by the weight above it", EVENT),  # test-cn: a phrasal verb's particle
    ("The removal and transport of loose soil by rivers", EVENT),  # two actions on one object
    ("The king and queen of the island", PERSON),  # two nouns, not two actions
    ("The physical shaping of metal by hammering", EVENT),  # test-db: an adjective's action noun, not "physical"
    ("The fine netting used by fishers", ENTITY),  # a material named in -ing
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
    ("Osmoregulation", True),  # a science's prefix on an action noun (test-ck: a process offered beside organs)
    ("Alliteration", False),  # letters before "iteration" are no prefix
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


@pytest.mark.parametrize(("definition", "expected"), [
    ("A chart that shows how prices moved over a year", "depiction"),
    ("A pair of line graphs comparing two towns", "depiction"),  # past the container "pair of"
    ("A vowel made with the lips rounded", "sound"),
    ("Sounds that a child learns first", "sound"),
    ("A disease in which the joints swell", "illness"),
    ("A condition in which neither side wants to move first", None),  # as often a state of affairs
    ("A narrow ledge just below the cliff top", None),  # a thing of no listed sort
    ("The process of drawing a map", None),  # built on "process", not on "map"
    ("The Table Mountain National Park", None),  # a name
])
def test_genus_sort(definition, expected):
    assert genus_sort(definition) == expected


def test_a_noun_the_lists_lack_takes_the_sort_the_lesson_gives_it():
    known = {"trill": "sound"}.get
    assert genus_sort("A trill produced slowly with the tongue tip") is None
    assert genus_sort("A trill produced slowly with the tongue tip", known) == "sound"


@pytest.mark.parametrize(("key", "option", "same"), [
    # A depiction, a sound or an illness beside a thing of another sort: heterogeneous options.
    ("A narrow ledge just behind the upper lip", "A vowel made with the lips rounded", False),
    ("A vowel made with the lips rounded", "A narrow ledge just behind the upper lip", False),
    ("A chart that shows how prices moved over a year", "A district where most factories stand", False),
    ("A disease in which the joints swell", "A chart that shows how prices moved", False),
    # Of one sort, or beside no thing at all (a process, an idea), they stand together.
    ("A vowel made with the lips rounded", "A consonant made with the lips closed", True),
    ("A chart that shows how prices moved over a year", "A diagram of the water cycle", True),
    ("Sounds that a child learns first", "The movement of the tongue during speech", True),
    ("A disease in which the joints swell", "The spread of a virus between hosts", True),
    # Things of sorts the lists leave alone constrain nothing.
    ("An instrument with which we measure weight", "A material that bends without breaking", True),
    ("A narrow ledge just behind the upper lip", "The space between the vocal folds", True),
])
def test_same_sort(key, option, same):
    assert same_sort(key, option) is same


SPEECH = """# Speech sounds

## Places

The lips, the teeth and the gum ridge shape the air. The gum ridge is the hard ledge just behind the upper
front teeth. The glottis is the space between the vocal folds.

## Sounds

A vowel is a sound made with the vocal tract open. A nasal is a consonant made with air escaping through the
nose. A trill is a consonant in which the tongue tip beats against the gum ridge. A tap is a trill made with
one quick contact.
"""

SPEECH_TERMS = (
    GlossaryEntry("Gum ridge", "The hard ledge just behind the upper front teeth", "defined"),
    GlossaryEntry("Glottis", "The space between the vocal folds", "defined"),
    GlossaryEntry("Vowel", "A sound made with the vocal tract open", "defined"),
    GlossaryEntry("Nasal", "A consonant made with air escaping through the nose", "defined"),
    GlossaryEntry("Trill", "A consonant in which the tongue tip beats against the gum ridge", "defined"),
    GlossaryEntry("Tap", "A trill made with one quick contact", "defined"),
)


def test_no_sound_is_offered_as_the_meaning_of_a_part_of_the_mouth():
    course = build_course(parse_document(SPEECH), glossary=SPEECH_TERMS, others=[])
    asked = [c for seed in range(6) for c in g.glossary_questions(course.lesson, course, random.Random(seed))
             if c.rule == GLOSSARY_TERM_TO_DEFINITION]
    assert {c.original for c in asked} & {"Vowel", "Nasal", "Trill", "Tap"}
    for c in asked:
        if c.original == "Gum ridge":
            raise AssertionError(f"only one place to offer beside the gum ridge: {c.distractors}")
        if c.original in {"Vowel", "Nasal", "Trill", "Tap"}:  # a tap is a trill, a trill a consonant: sounds
            assert "The space between the vocal folds" not in c.distractors, c.distractors
            assert "The hard ledge just behind the upper front teeth" not in c.distractors, c.distractors


@pytest.mark.parametrize(("key", "option", "same"), [
    ("A cone with a circular base and a point at the top", "Mass divided by volume", False),
    ("The amount of heat needed to warm a body", "Distance travelled multiplied by the force", False),
    ("Work done divided by time taken", "A machine that lifts heavy loads", False),
    ("Work done divided by time taken", "Distance divided by time", True),   # a formula beside a formula
    ("A cone with a circular base and a point at the top", "A solid with six square faces", True),
])
def test_a_formula_is_offered_only_beside_a_formula(key, option, same):
    assert same_class(key, option) is same


@pytest.mark.parametrize(("definition", "expected"), [
    ("A narrow strip of land between two seas", "strip"),
    ("The tallest and oldest tree in the park", "tree"),  # past two adjectives joined by "and"
    ("A colder and denser layer of the ocean", "layer"),
    ("A pale liquid that contains no sugar", "liquid"),
    ("A long string of beads on a thread", "string"),  # "string" ends in -ing but is no participle
    ("Extremely rapid growth of a town", "growth"),  # an adverb of degree before an adjective
    ("The whole set of processes by which metal is refined", "process"),  # what a container counts
    ("A tool that smooths wood", "tool"),
    ("A commissioned officer assigned to a unit", "commissioned"),  # a participle first: the first word stays
])
def test_genus_is_the_noun_past_the_adjectives(definition, expected):
    assert genus(definition) == expected


# Invented: two of the organs are glands; the key opens on an adjective ("The largest gland").
GLANDS = """# Glands

The liver is the largest gland in the body that cleans the blood.

The pancreas is a gland that releases insulin into the blood.

The thyroid is a gland in the neck that controls how fast the body uses energy.

The bladder is a bag that stores urine until it is released.

The trachea is a tube that carries air from the throat to the lungs.
"""

GLAND_TERMS = (
    GlossaryEntry("Liver", "The largest gland in the body that cleans the blood", "defined"),
    GlossaryEntry("Pancreas", "A gland that releases insulin into the blood", "defined"),
    GlossaryEntry("Thyroid", "A gland in the neck that controls how fast the body uses energy", "defined"),
    GlossaryEntry("Bladder", "A bag that stores urine until it is released", "defined"),
    GlossaryEntry("Trachea", "A tube that carries air from the throat to the lungs", "defined"),
)


def test_a_key_opening_on_an_adjective_takes_the_siblings_built_on_its_noun():
    course = build_course(parse_document(GLANDS), glossary=GLAND_TERMS, others=[])
    for seed in range(5):
        asked = [c for c in g.glossary_questions(course.lesson, course, random.Random(seed))
                 if c.rule == GLOSSARY_TERM_TO_DEFINITION and c.original == "Liver"]
        assert asked
        for c in asked:
            assert sum(d.startswith("A gland") for d in c.distractors) == 2, c.distractors
