"""Kinds of one another: a term the text calls a kind of another is never offered beside it."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import kindof
from lessontext.questions.course import build_course
from lessontext.questions.families import glossary as g
from lessontext.questions.rules import GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION
from lessontext.questions.types import GlossaryEntry

# Invented: a broad term, a narrower one the text says is a kind of it, a sibling, and a third that
# the text says is a "strong" case of the broad one.
LENSES = """# Lenses

## Kinds of lens

A lens is a piece of glass that bends light passing through it.

A converging lens is a lens that brings parallel rays to one point.

A mirror is a polished surface that reflects nearly all the light falling on it.

A prism is a block of glass with flat faces that splits white light into colours.

A magnifier is a strong lens, and it is the usual aid for reading small print.

A magnifier is the simplest optical aid for reading small print.

A filter is a sheet of coloured material that removes some colours from light.
"""

LENS_TERMS = (
    GlossaryEntry("Lens", "A piece of glass that bends light passing through it", "defined"),
    GlossaryEntry("Converging lens", "A lens that brings parallel rays to one point", "defined"),
    GlossaryEntry("Mirror", "A polished surface that reflects nearly all the light falling on it", "defined"),
    GlossaryEntry("Prism", "A block of glass with flat faces that splits white light into colours", "defined"),
    GlossaryEntry("Magnifier", "The simplest optical aid for reading small print", "defined"),
    GlossaryEntry("Filter", "A sheet of coloured material that removes some colours from light", "defined"),
)


@pytest.fixture
def course():
    return build_course(parse_document(LENSES), glossary=LENS_TERMS, others=())


@pytest.mark.parametrize(("phrase", "term", "expected"), [
    ("A lens that brings parallel rays to one point", "Lens", True),
    ("A strong lens", "Lens", True),
    ("A prism with a circular cross-section", "Prism", True),
    ("A simple sorting algorithm", "Insertion sort", False),  # a sibling's head, not the term
    ("not a lens", "Lens", False),
    ("A piece of glass that bends light", "Lens", False),
])
def test_names_kind(phrase, term, expected):
    assert kindof.names_kind(phrase, term) is expected


def test_a_definition_built_on_a_term_and_a_sentence_saying_so_make_a_kind(course):
    assert kindof.is_a("Converging lens", "Lens", course)  # its definition: "A lens that ..."
    assert kindof.is_a("Magnifier", "Lens", course)  # the text: "A magnifier is a strong lens"
    assert kindof.kind_related("Lens", "Magnifier", course)
    assert not kindof.kind_related("Mirror", "Lens", course)
    assert not kindof.kind_related("Converging lens", "Magnifier", course)  # two kinds of one thing


def test_is_measured_with_is_no_kind(course):
    text = LENSES + "\nA lens is measured with a ruler.\n"
    other = build_course(parse_document(text), glossary=LENS_TERMS, others=())
    assert not kindof.said_of("Lens", LENS_TERMS[0].definition, "A ruler that measures length", other)


def test_a_definition_built_on_what_the_text_says_the_term_is_fits_it(course):
    # "A magnifier is a strong lens": "A lens that brings parallel rays to one point" is no wrong answer.
    assert kindof.said_of("Magnifier", LENS_TERMS[4].definition, LENS_TERMS[1].definition, course)
    # Another definition on the key's own noun is a sibling that tells the key apart.
    assert not kindof.said_of("Mirror", LENS_TERMS[2].definition, "A polished plate that ...", course)


def test_kinds_of_one_another_are_never_offered_together(course):
    candidates = list(g.glossary_questions(course.lesson, course, random.Random(0)))
    assert candidates
    for c in candidates:
        if c.rule == GLOSSARY_TERM_TO_DEFINITION:
            term = c.original
            offered = {e.term for e in LENS_TERMS if e.definition.rstrip(".") in c.distractors}
        elif c.rule == GLOSSARY_DESCRIPTION_TO_TERM:
            term, offered = c.key, set(c.distractors)
        else:
            continue
        for other in offered:
            assert not kindof.kind_related(term, other, course), (c.stem, other)
        if term == "Magnifier":
            assert LENS_TERMS[1].definition not in c.distractors  # "A lens that ...": a magnifier is a lens


@pytest.mark.parametrize(("sentence", "narrower", "broader"), [
    ("The most common instrument in a laboratory is the prism.", "Prism", "Instrument"),
    ("The simplest coloured sheet is a filter, which most readers own.", "Filter", "Coloured sheet"),
    ("The main filters are the red filter and the blue filter.", "Blue filter", "Filter"),
])
def test_the_kind_named_first_then_what_is_of_it(sentence, narrower, broader):
    text = LENSES + "\n" + sentence + "\n"
    other = build_course(parse_document(text), glossary=LENS_TERMS, others=())
    assert kindof.is_a(narrower, broader, other)
    assert not kindof.is_a(narrower, broader, build_course(parse_document(LENSES), glossary=LENS_TERMS, others=()))


def test_an_inverted_is_a_needs_its_opening():
    # "The lens in cameras is a converging lens" names no kind first: only the ordinary "X is a Y" reads it.
    assert kindof._inverted("The lens in cameras is the converging lens.") == []
    assert kindof._inverted("The most common foot in English is the iamb, an unstressed syllable.") \
        == [(["iamb"], "a foot")]


@pytest.mark.parametrize(("sentence", "narrower", "broader"), [
    ("There are three common instruments: the prism, the mirror and the filter.", "Mirror", "Instrument"),
    ("Opticians sell two types of tool: prism and magnifier.", "Prism", "Tool"),
])
def test_a_count_of_a_kind_then_its_members_makes_each_a_kind(sentence, narrower, broader):
    text = LENSES + "\n" + sentence + "\n"
    other = build_course(parse_document(text), glossary=LENS_TERMS, others=())
    assert kindof.is_a(narrower, broader, other)
    assert not kindof.is_a(narrower, broader, build_course(parse_document(LENSES), glossary=LENS_TERMS, others=()))


@pytest.mark.parametrize("sentence", [
    "Follow three steps: first, clean the lens.",  # steps, not things of a kind
    "There are two reasons: glass is cheap and it bends light well.",  # clauses after the colon
    "The lab has three lenses.",  # no colon, no list
])
def test_a_count_without_a_list_of_members_names_no_kind(sentence):
    assert kindof._enumerated(sentence) == []


def test_the_traditional_kind_was_a_thing_makes_the_thing_a_kind_of_it():
    # test-do, both raters: a ground's definition offered as not what gesso is ("the traditional ground was gesso")
    text = ("# Painting\n\n## Grounds\n\nA ground is a preparatory layer that makes the surface smooth. For panel "
            "painting the traditional ground was gesso, a mixture of chalk and animal glue.\n")
    course = build_course(parse_document(text), glossary=(), others=())
    assert kindof.kind_related("Gesso", "Ground", course)
