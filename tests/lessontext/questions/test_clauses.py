import pytest

from lessontext.questions.clauses import carrying_clause, coupled_verb, qualified_before


def _span(statement, word):
    start = statement.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(("statement", "word", "clause"), [
    ("Heat rises.", "rises", "Heat rises."),  # one clause: itself
    ("A catalyst increases the rate; it is unchanged at the end.", "increases", "A catalyst increases the rate."),
    ("It is unchanged at the end; a catalyst increases the rate.", "increases", "A catalyst increases the rate."),
    ("Towns increase runoff, forests slow it, and pumping lowers the water table.", "increase",
     "Towns increase runoff."),
    ("Because energy decreases at each level, ecologists draw a pyramid.", "decreases", "Energy decreases at each level."),
    ("Because energy is lost, the pyramid narrows at each level.", "narrows", "The pyramid narrows at each level."),
    ("Fermentation rises slowly, because most energy stays locked in lactate.", "rises",
     "Fermentation rises slowly."),  # a trailing reason is true beside it
    ("Towns grow, forests shrink, and runoff increases.", "increases", None),  # after the list's "and"
    ("Because soil is present, with seeds, succession is faster.", "faster", None),  # where the cause ends is unsure
])
def test_the_clause_that_carries_the_word(statement, word, clause):
    assert carrying_clause(statement, *_span(statement, word)) == clause


@pytest.mark.parametrize(("statement", "word", "coupled"), [
    ("Afforestation increases interception and slows runoff.", "increases", True),
    ("Planting trees slows runoff and increases interception.", "increases", True),
    ("Rain increases runoff and erosion.", "increases", False),  # two objects, one verb
    ("Heat increases resistance, and forests slow runoff.", "increases", False),  # another clause
])
def test_one_of_two_verbs_of_a_subject(statement, word, coupled):
    assert coupled_verb(statement, *_span(statement, word)) is coupled


@pytest.mark.parametrize(("before", "earlier", "found"), [
    ("In air, the speed also ", "Speed of sound: sound travels at different speeds.", "the speed"),
    ("In air, the speed also ", "Sound travels at different speeds.", None),  # nothing qualified it
    ("In air, the speed of sound also ", "Speed of sound: sound travels fast.", None),  # named in full
])
def test_a_bare_subject_the_text_before_qualifies(before, earlier, found):
    assert qualified_before(before, earlier) == found
