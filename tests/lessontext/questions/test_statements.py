"""Statements: whether a true/false statement is worth asking: a judgement, a hedge, a worked example's line."""
import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.statements import closing_sentence, evaluative, hedged, names_itself, vague_claim, worked_line


@pytest.mark.parametrize("sentence, judges", [
    ("The decline is often presented as a success of cooperation, and with good reason.", True),
    ("The attacks of 2007 are widely regarded as a turning point.", True),
    ("The parties agreed not to interfere, an important commitment in itself.", True),
    ("The surge prompted an unprecedented naval response in 2009.", True),
    ("The constitution of 1787 is often treated as the classic example.", True),
    ("In 1455 the council passed a law that shaped the history of printing for centuries.", True),  # test-cv
    ("The treaty entered into force in 1970 and has 191 parties.", False),
    ("Pavlov is often called the father of classical conditioning.", False),  # a naming, not a judgement
    ("The key was kept in the Treasury from 1660.", False),
])
def test_evaluative(sentence, judges):
    assert (evaluative(sentence) is not None) is judges


@pytest.mark.parametrize("sentence, word", [
    ("A charter of 1820 granted certain privileges to the guild.", "certain"),
    ("In the north, the new hospitals have achieved notable results.", "notable"),
    ("The ferry has run aground on a number of occasions since 1990.", "a number of"),
    ("Some maps also show a scale bar for each sheet.", "Some"),
    ("The Convention on Certain Conventional Weapons was adopted in 1980.", None),  # a name
    ("Some of the oldest canals were dug in 1760.", None),  # a definite set
    ("The charter of 1820 granted the guild a monopoly on bread.", None),
    ("It is certain that the bridge opened in 1894.", None),  # a firm claim
    ("Venice was notable for its printers in 1500.", None),
])
def test_vague_claim(sentence, word):
    """A vague amount where the fact should be: keyed True, nothing a reader could get wrong."""
    assert vague_claim(sentence) == word


@pytest.mark.parametrize("clause, modal, word", [
    ("Some measures are about talking", True, "Some"),
    ("Many states do not ratify", False, "Many"),
    ("Some of the oldest systems are run by states", True, None),  # a definite set
    ("Police forces may be trusted", True, "may"),
    ("Police forces may be trusted", False, None),  # only the subject asked
    ("Duverger's law is a strict rule", True, None),
    ("For some bridges, a single coat of paint does not last a decade", False, "some"),  # scope set by an opening
    ("In many valleys, the river does not freeze", False, "many"),
    ("In some of the old towns, the walls do not stand", False, None),  # a definite set
    ("Costs often differ, and several planned canals were built", False, None),  # a later clause's own hedge
    ("For grain, a dry store does not spoil", False, None),
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
Prices rose sharply during the war years 1914-1918.
By 1920 the index stood at 250.
"""


@pytest.mark.parametrize("sentence, worked", [
    ("Real wage in Year 2 = (21,500 ÷ 110) × 100, about £19,545.", True),  # calculates
    ("The pay rise of 7.5 per cent did not keep up with inflation of 10 per cent.", True),  # after one
    ("Although the worker is paid more money, the real wage has fallen.", False),  # no figure
    ("The rightmost bit, worth 1, is called the least significant bit.", False),  # names a term
    ("The first price index was published in 1707 by William Fleetwood in London.", False),
    # A year range is no calculation: the sentence after it is no line of a worked example.
    ("Prices rose sharply during the war years 1914-1918.", False),
    ("By 1920 the index stood at 250.", False),
])
def test_worked_line(sentence, worked):
    course = build_course(parse_document(WORKED), glossary=(), others=())
    assert worked_line(sentence, course) is worked


ESSAY = """# Sea Charts

## Surveys

The Hydrographic Office surveyed the coast in 1998.

Its ships mapped the reefs for the navy.

## Training

Officers train at the school each spring.

Charts made together protect seafarers and support trade.
"""


@pytest.mark.parametrize("heading", ["Conclusion", "Summary", "Looking Ahead"])
def test_closing_sentence_under_a_closing_heading(heading):
    text = ESSAY.replace("## Training", f"## {heading}")
    course = build_course(parse_document(text), glossary=(), others=())
    assert closing_sentence("Officers train at the school each spring.", course)
    assert not closing_sentence("The Hydrographic Office surveyed the coast in 1998.", course)


def test_closing_sentence_is_the_last_paragraph_after_another():
    course = build_course(parse_document(ESSAY), glossary=(), others=())
    assert closing_sentence("Charts made together protect seafarers and support trade.", course)
    assert not closing_sentence("Officers train at the school each spring.", course)
    alone = build_course(parse_document(ESSAY.replace("Officers train at the school each spring.\n\n", "")),
                         glossary=(), others=())
    assert not closing_sentence("Charts made together protect seafarers and support trade.", alone)  # its section's only paragraph


def test_true_statement_checkable_refuses_a_closing_statement_whatever_family_lifted_it():
    """The rubric asks it of every statement keyed True (clause and enumeration families lift them too)."""
    from lessontext.questions.candidate import Candidate
    from lessontext.questions.statements import true_statement_checkable
    from lessontext.questions.types import QuestionType

    text = ESSAY.replace("support trade.", "support trade with Oman.")
    course = build_course(parse_document(text), glossary=(), others=())

    def tf(sentence):
        return Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=sentence, statement=sentence,
                         source_anchor="", source_sentence=sentence, explanation="", base=0.5, truth=True)

    assert not true_statement_checkable(tf("Charts made together protect seafarers and support trade with Oman."), course)
    assert true_statement_checkable(tf("The Hydrographic Office surveyed the coast in 1998."), course)


def test_true_statement_checkable_refuses_a_recited_list_of_seven():
    """A True claim reciting seven members or more is guessed True; a shorter list is a claim a reader can check."""
    from lessontext.questions.candidate import Candidate
    from lessontext.questions.statements import true_statement_checkable
    from lessontext.questions.types import QuestionType

    course = build_course(parse_document(ESSAY), glossary=(), others=())

    def tf(sentence):
        return Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=sentence, statement=sentence,
                         source_anchor="", source_sentence=sentence, explanation="", base=0.5, truth=True)

    assert not true_statement_checkable(tf("The pact was signed in 1936 by Turkey, the United Kingdom, France, Bulgaria, "
                                           "Greece, Romania, Yugoslavia and Japan."), course)
    assert not true_statement_checkable(tf("In 2024 the alliance listed seven metals: aluminium, cobalt, gallium, "
                                           "graphite, lithium, titanium and tungsten."), course)
    assert true_statement_checkable(tf("In 2019 the exercise brought together crews from Australia, India, Japan, "
                                       "South Korea and Canada."), course)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The bridge opened in 1932 and carries about 160,000 vehicles a day.", True),
    ("A blue whale's heart weighs about 180 kilograms.", True),
    ("On 14 October 1066 the two armies met near Hastings.", False),  # a date is no quantity
    ("Between 1760 and 1840, mills spread across the north.", False),
    ("In the 1990s the city grew.", False),
])
def test_quantity_is_a_figure_that_is_no_date(sentence, expected):
    from lessontext.questions.statements import quantity

    assert quantity(sentence) is expected


@pytest.mark.parametrize(("sentence", "title", "expected"), [
    ("On 14 October 1066, Norman and English armies fought near Hastings.", "Case Study: The Battle of Hastings", True),
    ("Coral reefs are built by tiny animals over thousands of years.", "Coral Reefs", True),
    ("Tiny animals called polyps build hard skeletons of limestone.", "Coral Reefs", False),
    ("Coral reefs grow where the water stays warm all year.", "Coral Reefs: Cities Under the Sea, Their Builders and Their Threats", False),
    # a people's adjective names its country
    ("Within a year Norwegian policy towards Sweden had changed.", "From Rivals to Allies: Norway and Sweden", True),
    ("Within a year the policy had changed.", "From Rivals to Allies: Norway and Sweden", False),
])
def test_restates_title_when_it_holds_half_the_title_words(sentence, title, expected):
    from lessontext.questions.statements import restates_title

    assert restates_title(sentence, title) is expected


STORM = """# The Great Storm of 1703

In November 1703 a great storm struck southern England.

## Damage

The storm destroyed about 400 windmills and drowned sailors on the Goodwin Sands.
"""


def test_not_opening_line_refuses_an_opening_that_restates_the_title_and_keeps_the_rest():
    from lessontext.questions.candidate import Candidate
    from lessontext.questions.statements import not_opening_line
    from lessontext.questions.types import QuestionType

    course = build_course(parse_document(STORM), glossary=(), others=())

    def tf(sentence, *, truth=True, level="remember"):
        return Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=sentence, statement=sentence,
                         source_anchor="", source_sentence=sentence, explanation="", base=0.5, truth=truth, level=level)

    assert not not_opening_line(tf("In November 1703 a great storm struck southern England."), course)
    assert not_opening_line(tf("In November 1703 a great storm struck southern England.", level="understand"), course)
    assert not_opening_line(tf("The storm destroyed about 400 windmills and drowned sailors on the Goodwin Sands."), course)


@pytest.mark.parametrize(("statement", "expected"), [
    ("Keep your radio switched on and leave the shelter when the siren stops.", True),
    ("Do not touch a fallen power line.", True),
    ("Check the valve before you drain the tank.", True),
    ("Even the largest dams silt up in time.", False),  # "even" is an adverb here
    ("Water expands when it freezes.", False),  # a base-form verb that is a subject's noun here
    ("Export controls restrict who may see the data.", False),
    ("Stay calm.", False),  # too little to tell
])
def test_instruction(statement, expected):
    from lessontext.questions.statements import instruction

    assert instruction(statement) is expected


@pytest.mark.parametrize(("sentence", "answers_itself"), [
    # test-em, both raters: the name's head word is already written before it
    ("The gaff rig sets a four-sided sail whose upper edge is laced to a spar called the gaff, hoisted up the mast.",
     True),
    ("The sail is laced to a spar called the gaff, hoisted up the mast.", False),
    ("Rice tolerates standing water because air channels, called aerenchyma, carry oxygen down.", False),
    ("The Bermuda rig, known as the Marconi rig, sets a tall triangular sail.", False),
    ("The Marconi rig, known as the Marconi, sets a tall triangular sail.", False),
    ("The delegation was led by İsmet Pasha, later known as İsmet İnönü.", False),
    ("In 1696 Parliament ordered the recoinage, in which silver was called in and replaced.", False),
    ("Each square sail hangs from a long spar called the yard, and the square sail is trimmed by sheets.", False),
    ("The boom holds the foot of the sail, and a second boom called the boom vang pulls it down.", True),
])
def test_a_sentence_that_names_what_it_already_wrote_answers_itself(sentence, answers_itself):
    assert names_itself(sentence) is answers_itself
