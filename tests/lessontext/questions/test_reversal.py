import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.reversal import turned_round
from lessontext.questions.rules import DIRECTION_REVERSED_FALSE


@pytest.mark.parametrize(("sentence", "turned"), [
    ("Resistance in most metals rises as they get hotter.", "Resistance in most metals falls as they get hotter."),
    ("Energy decreases at each level.", "Energy increases at each level."),
    ("Cooperation strengthens security.", "Cooperation weakens security."),
    ("A neighbour who can see the troops is less likely to imagine the worst.",
     "A neighbour who can see the troops is more likely to imagine the worst."),
    # only the clause that carries the word
    ("Building towns increases runoff, clearing forests reduces infiltration, and pumping can lower the water table.",
     "Building towns decreases runoff."),
    ("Because energy decreases at each level, ecologists draw an energy pyramid: a diagram of stacked bars.",
     "Energy increases at each level."),
    ("A catalyst increases the rate of a reaction; it is unchanged at the end of the reaction.",
     "A catalyst decreases the rate of a reaction."),
])
def test_a_stated_direction_is_turned_round(sentence, turned):
    assert turned_round(sentence, sentence) == turned


@pytest.mark.parametrize("sentence", [
    "Read naturally, it falls into five beats.",  # another sense of the verb
    "The river rises over a layer of hard rock.",
    "Niagara Falls has retreated by several kilometres.",  # a name
    "Building towns does not increase runoff, and it rarely increases floods.",  # a denial
    "Counter-terrorism strengthens rather than undermines societies.",  # a contrast of its own
    "Demand rises when prices fall.",  # two direction words
    "If the gradient decreases, the river meanders.",  # a condition
    "A price rise increases total revenue, which is exactly what we see.",  # the lesson speaking to the reader
    "Remember that all reinforcement increases behaviour.",
    "Shared standards make it easier to support one another.",  # turned, common sense refutes it unread
    "When the gradient decreases, the river meanders.",  # a condition
    "A white dwarf cannot grow more likely to collapse.",  # a denial in "cannot"
    "Saving early means your savings grow and your debt falls.",  # to the reader
    "Afforestation increases interception and slows runoff.",  # one of two verbs of one subject
    "Planting trees slows runoff and increases interception.",
    "Because the soil is present, often with seeds, succession rises quickly.",  # where the cause ends is unsure
])
def test_no_turn_where_it_is_not_surely_the_opposite(sentence):
    assert turned_round(sentence, sentence) is None


def test_no_turn_of_a_bare_subject_the_paragraph_before_qualifies():
    sentence = "In air, the speed also increases with temperature."
    assert turned_round(sentence, sentence) == "In air, the speed also decreases with temperature."
    assert turned_round(sentence, sentence, earlier="Speed of sound: sound travels at different speeds.") is None


@pytest.mark.parametrize("sentence", [
    "Resistance grows with temperature, and current falls.",  # the word in the last clause of a list
])
def test_no_turn_when_its_clause_cannot_be_cut_out(sentence):
    assert turned_round(sentence, sentence) is None


def test_no_turn_when_the_lesson_writes_the_opposite_elsewhere():
    sentence = "Building towns increases runoff."
    assert turned_round(sentence, sentence) == "Building towns decreases runoff."
    assert turned_round(sentence, sentence + " Forests decrease the peak flow.") is None


def _statements(text):
    document = parse_document(text)
    course = build_course(document, glossary=(), others=())
    return [c.statement for c in generate(course, random.Random(0)) if c.rule == DIRECTION_REVERSED_FALSE]


def test_a_claim_about_some_cases_only_is_not_turned():
    made = _statements("# Rivers\n\n## Floods\n\nSeveral natural factors make flooding more likely.\n"
                       "Paving the ground makes flooding more likely in towns.\n")
    assert made == ["Paving the ground makes flooding less likely in towns."]
