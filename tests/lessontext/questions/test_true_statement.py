"""True statements: without the asides raters asked to trim; no verbless list description."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.true_statement import introduced_before, true_statements, without_asides
from lessontext.questions.statements import verbless_gerund


@pytest.mark.parametrize(
    ("statement", "key", "expected"),
    [
        # A relative clause between the subject and its verb (raters on test-f: trim it).
        ("Norway and Sweden, which share a long mountain border, run joint rescue teams in winter.",
         "joint rescue teams", "Norway and Sweden run joint rescue teams in winter."),
        # A dated participle inside an appositive keeps the comma that closes it.
        ("The Arctic Council, or AC, founded in 1996, brings together eight states.", "AC",
         "The Arctic Council, or AC, brings together eight states."),
        # An opening phrase's comma opens no appositive: none is left after the aside.
        ("At the global level, the Ocean Treaty, which entered into force in 2014, requires national plans.",
         "Ocean Treaty", "At the global level, the Ocean Treaty requires national plans."),
        ("Within the Union, the Rescue Agency (RA), established in 2004, plans joint exercises.", "RA",
         "Within the Union, the Rescue Agency (RA) plans joint exercises."),
        # After the verb, a "who" clause may open a list: nothing is cut.
        ("The reform abolished the office of Chancellor, who had been at once a minister, a judge and a speaker.",
         "Chancellor",
         "The reform abolished the office of Chancellor, who had been at once a minister, a judge and a speaker."),
        # A "whose" aside with no verb of its own ends at no comma: its verb comes later, and cutting it
        # would leave a broken sentence ("Vesalius in its second edition of 1555, described ...").
        ("Anatomy as taught today goes back to Andreas Vesalius, whose atlas De Fabrica, in its second edition "
         "of 1555, described the human skeleton.", "Andreas Vesalius",
         "Anatomy as taught today goes back to Andreas Vesalius, whose atlas De Fabrica, in its second edition "
         "of 1555, described the human skeleton."),
        ("The composer Clara Wieck, whose songs were published in 1844, toured Russia.", "Clara Wieck",
         "The composer Clara Wieck toured Russia."),
        # The aside holds the fact the statement is chosen for: kept.
        ("The council, which meets in Tromsø, sets the agenda.", "Tromsø",
         "The council, which meets in Tromsø, sets the agenda."),
    ],
)
def test_without_asides(statement, key, expected):
    assert without_asides(statement, key) == expected


LONG = """# Arctic Cooperation

## Bodies

The Arctic Council, founded in Ottawa in 1996 by Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States, brings together eight states, six indigenous organisations and many observers to discuss shipping, research and the environment.
Norway and Sweden, which share a long mountain border, run joint rescue teams in winter.
"""


def test_an_aside_is_trimmed_from_a_true_statement():
    course = build_course(parse_document(LONG), glossary=(), others=())
    found = list(true_statements(course.lesson, course, random.Random(0)))
    assert any(c.statement == "Norway and Sweden run joint rescue teams in winter." for c in found)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("coordinating how fleets support harbour authorities after storms, often shortened to HSA.", True),
        ("Coordinating patrols is harder than it looks.", False),
        ("Norway and Sweden run joint rescue teams in winter.", False),
    ],
)
def test_verbless_gerund(statement, expected):
    assert verbless_gerund(statement) is expected


def test_an_aside_holding_only_a_year_is_trimmed_when_a_name_stays():
    assert without_asides("The Arctic Council, or AC, founded in 1996, brings together eight states.", "1996", "AC") == \
        "The Arctic Council, or AC, brings together eight states."


LEANING = """# Arctic Cooperation

## Bodies

The Arctic Council, founded in Ottawa in 1996 by Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States, brings together eight states and six indigenous organisations.
Norway and Sweden, with their long mountain border, now run joint rescue teams in winter across the whole of Lapland.
More than 30 states in Europe and Asia are now members, including Japan, China and India.
We fly from Tromsø in March to count the seals on the sea ice north of Svalbard.
Finland, citing the cost of fuel, then became the first state to leave the winter patrol in 2019.
"""


def test_a_claim_that_leans_on_a_relation_or_a_step_not_shown_is_not_keyed_true_as_it_stands():
    course = build_course(parse_document(LEANING), glossary=(), others=())
    statements = [c.statement for c in true_statements(course.lesson, course, random.Random(0))]
    assert any(s.startswith("Norway and Sweden") for s in statements)
    assert not any("are now members" in s for s in statements)  # members of what?
    # "then became": the event stays, its order (after what?) goes
    assert "Finland, citing the cost of fuel, became the first state to leave the winter patrol in 2019." in statements


@pytest.mark.parametrize(("statement", "previous", "expected"), [
    # test-eb, both raters: "which dream?"
    ("in Roman Alexandria an engineer called Hero showed how the dream could be built.",
     "For centuries it described a dream.", True),
    ("the treaty ended the war in 1920.", "A treaty was signed at Trianon.", True),
    ("the treaty ended the war in 1920.", "The war had lasted four years.", False),  # nothing brought in
    ("a new treaty replaced the treaty of 1815.", "A treaty was signed at Vienna.", False),  # named again in it
])
def test_a_thing_the_sentence_before_brings_in_is_no_claim_alone(statement, previous, expected):
    assert introduced_before(statement, previous) is expected
    # a thing the lesson spoke of before the sentence that brings "a" one in is no new one
    assert introduced_before(statement, previous, {"treaty": "The treaty was old.", "dream": "A dream was old."}) is False
