"""Statements: a sentence related to one not shown is no true/false statement on its own."""
import pytest

from lessontext.questions.statements import unanchored


@pytest.mark.parametrize("sentence, anchored", [
    ("In response, a number of countries have pledged not to test such weapons.", False),
    ("In the years that followed, the alliance steadily raised the profile of the issue.", False),
    ("The floods of 1953 are widely regarded as a turning point.", False),
    ("Mentoring goes a step further: mentors work alongside the staff.", False),
    ("A broader definition was proposed in 1923 by two chemists.", False),
    ("A more detailed scheme followed in 1950.", False),
    ("In response to the floods, the council built a barrier in 1958.", True),
    ("The floods of 1953 were a turning point in coastal defence.", True),
    ("If £100 rises by 10% it becomes £110, because the second percentage is taken of a larger base.", True),
    ("Collective security is the broader idea that all states act together.", True),
    ("Under the act, the higher courts may issue a declaration.", True),
    ("A broader definition than the first was proposed in 1923.", True),
    ("The number of members grew to 30 in 2020.", True),
])
def test_unanchored(sentence, anchored):
    assert (unanchored(sentence) is None) is anchored
