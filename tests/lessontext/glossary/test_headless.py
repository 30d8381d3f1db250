"""Definitions with no head noun (lessontext.glossary.headless): headed by the term's own kind, else left out."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.candidate import Term
from lessontext.glossary.headless import (
    headless_predicate,
    intransitive_predicate,
    location_only,
    predicate_adjective,
    unmarked_predicates,
)
from lessontext.glossary.publish import publishable


def _glossary(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Somatic system", "Controls voluntary movement of skeletal muscles.",
         "A system that controls voluntary movement of skeletal muscles."),
        ("Sensory fibres", "Carry information from receptors to the CNS.",
         "Fibres that carry information from receptors to the CNS."),
        ("Sensory fibres", "Controls information from receptors.", None),  # the verb agrees with something else
        ("Runoff", "Gathers in streams and rivers that carry it to the sea.",  # one word: judged with the lesson
         "Gathers in streams and rivers that carry it to the sea."),
        ("Artery", "Carry blood away from the heart.", "Carry blood away from the heart."),  # an imperative, maybe
        ("Waves", "Waves in which the particles vibrate.", "Waves in which the particles vibrate."),
        ("Conventional current", "Diagrams show current as flowing from positive to negative.",
         "Diagrams show current as flowing from positive to negative."),
    ],
)
def test_a_bare_verb_phrase_gets_the_terms_own_kind_or_goes(term, definition, expected):
    assert headless_predicate(term, definition) == expected


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Sugars", "Low at 5 g or less and high above 22.5 g.", None),
        ("Glaciers", "Slow to melt, and their meltwater feeds rivers all summer.", None),
        ("Tall ships", "Famous for their speed under sail.", None),
        ("Bedrock", "Hard to reach under the clay.", "Hard to reach under the clay."),
        ("Vitamins", "Essential for growth in small amounts.", "Essential for growth in small amounts."),
        ("Salivary glands", "One under each side of the jaw.", "Glands that are one under each side of the jaw."),
        ("Heavenly bodies", "Different: they were made of a fifth substance.", None),
        ("Strengths", "Clear: wide membership and a standing inspectorate.", None),
        ("Innate immunity", "Present from birth.", "An immunity that is present from birth."),
        ("Alleles", "Different versions of the same gene.", "Different versions of the same gene."),
        ("Infrasound", "Sound below the range of hearing.", "Sound below the range of hearing."),
    ],
)
def test_a_bare_predicate_adjective_gets_the_terms_own_kind_or_goes(term, definition, expected):
    assert predicate_adjective(term, definition) == expected


def test_a_labelled_predicate_is_published_with_its_own_kind():
    found = _glossary("# Nervous system\n\nThe motor nervous system has two parts:\n\n"
                      "- Somatic system: controls voluntary movement of skeletal muscles\n"
                      "- Autonomic system: controls involuntary actions such as heart rate and sweating\n")
    assert found["Somatic system"] == "A system that controls voluntary movement of skeletal muscles."
    assert found["Autonomic system"].startswith("A system that controls involuntary actions")


def test_a_heading_still_names_the_kind_before_the_gate_judges():
    # The gate leaves candidates alone: polishing first gives the predicate the heading's kind.
    found = _glossary("## Indicators\n\n- **Litmus**: turns red in acidic solutions and blue in alkaline ones\n"
                      "- **Methyl orange**: turns red in acidic solutions and yellow in alkaline ones\n")
    assert found["Litmus"].startswith("An indicator that turns red")


def test_a_plural_noun_before_of_is_no_verb_to_head_with_the_kind():
    # "Flaps of tissue that ..." under "Veins" is a noun phrase, not "A vein that flaps of tissue ..." (test-aj).
    found = _glossary("# Blood\n\n## Veins\n\nMany veins contain **valves**, flaps of tissue that let blood flow "
                      "towards the heart but close if it starts to flow backwards.\n")
    assert found["Valves"].startswith("Flaps of tissue that let blood flow")


@pytest.mark.parametrize(
    ("term", "definition", "kept"),
    [
        ("Pivot", "Turns about a fixed point.", False),  # read from a sentence about something else
        ("Sugars", "Low at 5 g or less and high above 22.5 g.", False),
        ("Carnivores", "Eat other animals.", True),  # the lesson sets it in bold
        ("Ratio", "Compares two or more quantities of the same kind.", True),  # a heading names it
        ("Lever", "A rigid bar that turns about a pivot.", True),
        ("Axons", "Nerve fibres that carry signals away from a cell.", True),  # a compound noun, not "nerve" the verb
        ("Effort arm", "Turns about a fixed point.", True),  # several words: the gate heads it
        ("RNA", "Short for ribonucleic acid, the molecule that copies a gene's message.", True),  # a short form's gloss
        ("Sedentism", "Living in one place all year round.", True),  # a gerund names the practice (test-cp)
    ],
)
def test_a_one_word_bare_predicate_stays_only_when_the_lesson_marks_the_term(term, definition, kept):
    document = parse_document("# Food and levers\n\n## What is a ratio?\n\nA **carnivore** hunts. A lever turns.\n")
    entry = _term(term, definition, "called", 0.8)
    assert (unmarked_predicates([entry], document) == [entry]) is kept


def _term(term: str, definition: str, rule: str, confidence: float) -> Term:
    return Term(term=term, key=term.lower(), definition=definition, kind="defined", section_anchor="",
                sentence="", aliases=(), confidence=confidence, rule=rule)


def test_a_one_word_term_heading_its_own_definition_is_left_out():
    circular = _term("Liquid", "A liquid in which pressure increases with depth.", "prose", 0.75)
    headed = _term("Liquid pressure", "A pressure that increases with depth and acts in all directions.", "copula", 0.8)
    assert [t.term for t in publishable([circular, headed])] == ["Liquid pressure"]


def test_the_lesson_decides_whether_a_one_word_bare_predicate_stays():
    plain = _glossary("# Levers\n\nA lever is a rigid bar that turns about a fixed point called the pivot.\n\n"
                      "- Pivot: turns about a fixed point\n- Load: pulls down on the bar\n")
    bold = _glossary("# Levers\n\nA lever is a rigid bar that turns about a fixed point called the pivot.\n\n"
                     "- **Pivot**: turns about a fixed point\n- **Load**: pulls down on the bar\n")
    assert "Load" not in plain
    assert bold.get("Load") == "Pulls down on the bar."


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Spleen", "Behind the stomach.", None),
        ("Gall bladder", "Just below the liver.", None),
        ("Thymus", "At the base of the neck.", None),
        ("Liver", "Below the diaphragm, where it stores glycogen.", "Below the diaphragm, where it stores glycogen."),
        ("Spleen", "An organ behind the stomach that filters the blood.", "An organ behind the stomach that filters the blood."),
        ("Buffer zone", "Between two armies that have agreed a ceasefire.", "Between two armies that have agreed a ceasefire."),
    ],
)
def test_a_definition_that_only_says_where_the_thing_is_is_left_out(term, definition, expected):
    assert location_only(term, definition) == expected


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Comets", "Travel in long orbits around the Sun.", None),
        ("Lava", "Comes from magma that reaches the surface.", None),
        ("Whirlpools", "Turn anticlockwise in most rivers of the region.", None),
        ("Inflation", "Matters because it reduces what savings can buy.", None),
        ("Soil erosion", "A process that matters because it strips farmland of nutrients.", None),
        ("Glaciers", "Flow downhill under their own weight.", "Flow downhill under their own weight."),
        ("Fungi", "Break down dead leaves and wood.", "Break down dead leaves and wood."),
        ("Herbivores", "Eat only plants.", "Eat only plants."),
        ("Tectonic plates", "Move apart at mid-ocean ridges.", "Move apart at mid-ocean ridges."),
    ],
)
def test_a_one_word_term_glossed_by_a_verb_with_no_object_is_left_out(term, definition, expected):
    assert intransitive_predicate(term, definition) == expected


def test_a_bold_term_that_only_says_where_it_comes_from_gets_no_entry():
    found = _glossary("# Volcanoes\n\n**Lava** comes from magma that rises through cracks in the crust. "
                      "**Ash** travels in huge clouds for hundreds of kilometres. "
                      "**Vents** release gas and molten rock at the surface.\n")
    assert "Lava" not in found
    assert "Ash" not in found
    assert found.get("Vents") == "Release gas and molten rock at the surface."  # a verb and its object
