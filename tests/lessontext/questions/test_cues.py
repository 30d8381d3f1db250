"""Two items of one quiz that cue each other (``cues``), and the selection keeping them apart."""

import pytest

from lessontext.questions.candidate import Candidate
from lessontext.questions.cues import cue, same_options, trade_names
from lessontext.questions.types import QuestionType

PUMP = "A device that raises water from a well"
VALVE = "A flap that lets a liquid flow one way only"
GAUGE = "An instrument that shows the pressure in a pipe"


def meaning(term: str, key: str, *wrong: str) -> Candidate:
    return Candidate(type=QuestionType.SINGLE, rule="glossary_term_to_definition",
                     stem=f"According to the text, what is meant by “{term}”?", source_anchor="", source_sentence="s",
                     explanation="", base=0.6, key=key, correct=(key,), distractors=wrong, kind="definition",
                     original=term)


def swap(statement: str, original: str, replacement: str) -> Candidate:
    return Candidate(type=QuestionType.TRUE_FALSE, rule="entity_swap_false", stem=statement, statement=statement,
                     source_anchor="", source_sentence="s", explanation="", base=0.55, key=replacement,
                     original=original, truth=False, kind="country")


def test_two_meaning_items_with_the_same_definitions_cue_each_other():
    pump = meaning("Pump", PUMP, VALVE, GAUGE)
    valve = meaning("Valve", VALVE, GAUGE, PUMP)
    assert same_options(pump, valve)
    assert cue(valve, [pump]) == "same_options"


def test_two_meaning_items_that_share_only_part_of_their_options_do_not():
    pump = meaning("Pump", PUMP, VALVE, GAUGE)
    other = meaning("Valve", VALVE, PUMP, "A pipe that carries waste water away")
    assert not same_options(pump, other)
    assert cue(other, [pump]) is None


@pytest.mark.parametrize(("first", "second", "expected"), [
    # Each puts in the name the other's sentence holds: the pair says which of the two is false.
    (swap("In 1921 Peru accused Chile of moving the border stones.", "Bolivia", "Peru"),
     swap("In 1930 Peru and Chile signed a fishing treaty.", "Ecuador", "Chile"), True),
    # Only one way round: no trade.
    (swap("In 1921 Peru accused Chile of moving the border stones.", "Bolivia", "Peru"),
     swap("In 1930 Ecuador and Chile signed a fishing treaty.", "Colombia", "Ecuador"), False),
])
def test_two_swaps_that_trade_names_cue_each_other(first, second, expected):
    assert trade_names(first, second) is expected
    assert (cue(second, [first]) == "traded_names") is expected
