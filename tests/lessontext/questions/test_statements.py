"""Statements: a sentence related to one not shown is no true/false statement on its own."""
import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.statements import bare_subject, evaluative, hedged, leans_on_context, unanchored, worked_line


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
    ("The Helsinki Accord of 1986 went much further.", False),  # further than what?
    ("The Helsinki Accord of 1986 went further than any treaty before it.", True),
    ("The Accord further required notice of large exercises.", True),  # a verb, not a comparison
])
def test_unanchored(sentence, anchored):
    assert (unanchored(sentence) is None) is anchored


@pytest.mark.parametrize("sentence, title, bare", [
    ("The parties agreed not to interfere with each other's satellites.", "Verification", True),
    ("The alliance later established a centre of excellence in 2021.", "Climate and Security", True),
    ("However, the method was described in print in 1494.", "Bookkeeping", True),
    ("The separation extends to personnel.", "The Separation of Powers", False),  # the topic's own noun
    ("The United Nations agreed a treaty in 1968.", "Verification", False),  # a name
    ("The Ottawa Convention entered into force in 1999.", "Landmines", False),
    ("The parallel sides are 6 cm and 8 cm.", "Areas", False),  # no verb right after the noun
    ("The number of members grew to 30 in 2020.", "Alliances", False),
    ("Today the position rests on the 1961 Vienna Convention.", "Attachés", True),  # "rests": a verb here
    ("The pose makes a figure look relaxed.", "Renaissance Art", True),
    ("The curriculum typically covers planning and logistics.", "Staff Colleges", True),
    ("The parallel sides meet at no point.", "Areas", False),  # an adjective: "parallel sides" is the noun
    ("In 1963 the two governments agreed to set up a direct link.", "Hotlines", True),  # which two?
    ("In March 2003, the coalition invaded the country.", "Wars", True),
    ("In 1789 the king was Louis XVI, who had come to the throne in 1774.", "Revolutions", False),  # names him
    ("In 1950 the United Nations intervened in Korea.", "Wars", False),
])
def test_bare_subject(sentence, title, bare):
    assert (bare_subject(sentence, title) is not None) is bare


@pytest.mark.parametrize("sentence, judges", [
    ("The decline is often presented as a success of cooperation, and with good reason.", True),
    ("The attacks of 2007 are widely regarded as a turning point.", True),
    ("The parties agreed not to interfere, an important commitment in itself.", True),
    ("The surge prompted an unprecedented naval response in 2009.", True),
    ("The constitution of 1787 is often treated as the classic example.", True),
    ("The treaty entered into force in 1970 and has 191 parties.", False),
    ("Pavlov is often called the father of classical conditioning.", False),  # a naming, not a judgement
    ("The key was kept in the Treasury from 1660.", False),
])
def test_evaluative(sentence, judges):
    assert (evaluative(sentence) is not None) is judges


@pytest.mark.parametrize("sentence, leans", [
    ("Comparable hotlines now link India and Pakistan.", True),
    ("The European Union has built complementary institutions.", True),
    ("The United Kingdom shows that the principle can take a very different form.", True),
    ("Similar obligations appear in the Convention on Cluster Munitions.", True),
    ("At the same time, the Combined Maritime Forces created a task force.", True),
    ("Members of Congress may not hold executive office at the same time.", False),  # "together"
    ("A metre is comparable to a yard in length.", False),  # the other end is given
    ("Form is different from content in the theory of 1915.", False),
    ("The parties agreed in 1955 to share intelligence.", True),
    ("The Ottawa Convention entered into force in 1999.", False),
])
def test_leans_on_context(sentence, leans):
    """Every true/false family asks it: a pointer, a relation with no other end, an unanchored comparison
    or a bare "the <noun>" subject need a sentence not shown."""
    assert (leans_on_context(sentence, "Alliances") is not None) is leans


@pytest.mark.parametrize("clause, modal, word", [
    ("Some measures are about talking", True, "Some"),
    ("Many states do not ratify", False, "Many"),
    ("Some of the oldest systems are run by states", True, None),  # a definite set
    ("Police forces may be trusted", True, "may"),
    ("Police forces may be trusted", False, None),  # only the subject asked
    ("Duverger's law is a strict rule", True, None),
])
def test_hedged(clause, modal, word):
    """A claim about some cases only, turned round, is not contradicted by the text."""
    assert hedged(clause, modal=modal) == word


WORKED = """# Prices

## Real wages

Suppose a worker earns £20,000 in Year 1 and receives a rise to £21,500 in Year 2.
Real wage in Year 2 = (21,500 ÷ 110) × 100, about £19,545.
Although the worker is paid more money, the real wage has fallen.
The pay rise of 7.5 per cent did not keep up with inflation of 10 per cent.

## Bits

The rightmost bit, worth 1, is called the least significant bit.

## Index numbers

The first price index was published in 1707 by William Fleetwood in London.
"""


@pytest.mark.parametrize("sentence, worked", [
    ("Real wage in Year 2 = (21,500 ÷ 110) × 100, about £19,545.", True),  # calculates
    ("The pay rise of 7.5 per cent did not keep up with inflation of 10 per cent.", True),  # after one
    ("Although the worker is paid more money, the real wage has fallen.", False),  # no figure
    ("The rightmost bit, worth 1, is called the least significant bit.", False),  # names a term
    ("The first price index was published in 1707 by William Fleetwood in London.", False),
])
def test_worked_line(sentence, worked):
    course = build_course(parse_document(WORKED), glossary=(), others=())
    assert worked_line(sentence, course) is worked
