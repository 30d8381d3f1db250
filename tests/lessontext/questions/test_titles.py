"""A title's topic, without the list of subtopics a subtitle names."""

from dataclasses import replace

import pytest

from lessontext.document import parse_document
from lessontext.questions.candidate import Candidate
from lessontext.questions.course import build_course
from lessontext.questions.rubric import key_not_title
from lessontext.questions.text import BLANK
from lessontext.questions.titles import glossed_by_subtitle, names_the_title, title_topic
from lessontext.questions.types import QuestionType


@pytest.mark.parametrize(("title", "topic"), [
    ("Averages and Spread: Mean, Median, Mode and Range", "Averages and Spread"),
    ("Electricity: Current, Voltage, Resistance and Ohm's Law", "Electricity"),
    ("Music Theory Basics: Scales, Intervals and Chords", "Music Theory Basics"),
    ("How to Analyse a Poem: Metre, Rhyme, Imagery or Tone", "How to Analyse a Poem"),
    # A list that is the whole title is the topic; so is a subtitle of two things or of clauses.
    ("Acids, Bases and the pH Scale", "Acids, Bases and the pH Scale"),
    ("Defence Attachés: Soldiers in the Embassy", "Defence Attachés: Soldiers in the Embassy"),
    ("Trust, but Verify: Arms Control Verification and Inspections",
     "Trust, but Verify: Arms Control Verification and Inspections"),
    ("Weather: Rain, Snow and the Long Slow Melting of Glaciers",
     "Weather: Rain, Snow and the Long Slow Melting of Glaciers"),
    ("Rivers and Flooding", "Rivers and Flooding"),
    # A label for the kind of document is no topic: the list after it is the whole title (test-c).
    ("Lesson: Loads, Stress, Strain and Simple Beams", "Lesson: Loads, Stress, Strain and Simple Beams"),
    ("Unit 3: Mean, Median and Mode", "Unit 3: Mean, Median and Mode"),
])
def test_title_topic(title, topic):
    assert title_topic(title) == topic


LESSON = """# Averages and Spread: Mean, Median, Mode and Range

The median is the middle value when the data are arranged in order of size.
An average is a single value that represents a whole set of numbers.
"""


def fill(stem: str, key: str) -> Candidate:
    return Candidate(type=QuestionType.FILL_BLANK, rule="glossary_fill_blank", stem=stem, source_anchor="",
                     source_sentence=stem.replace(BLANK, key), explanation="", base=0.6, key=key, answers=(key,))


def test_a_subtopic_the_title_lists_may_be_a_key_but_not_the_topic():
    course = build_course(parse_document(LESSON), glossary=(), others=())
    assert key_not_title(fill(f"The {BLANK} is the middle value when the data are arranged in order of size.",
                              "median"), course)
    assert not key_not_title(fill(f"An {BLANK} is a single value that represents a whole set of numbers.",
                                  "average"), course)


@pytest.mark.parametrize(("term", "title", "expected"), [
    ("Earthquake", "Earthquakes: Frequently Asked Questions", True),  # every learner knows the word
    ("Weather", "Weather and Climate for Beginners", True),
    ("Glacier", "How Glaciers Carve Valleys", False),  # a rarer word: the lesson's concept
    ("Plate tectonics", "Plate Tectonics", False),  # a phrase: the lesson's concept
    ("Weather", "Cloud Types", False),  # not the topic
])
def test_everyday_topic(term, title, expected):
    from lessontext.questions.titles import everyday_topic

    assert everyday_topic(term, title) is expected


def test_key_not_title_refuses_the_meaning_of_the_topics_everyday_word():
    course = build_course(parse_document("# Weather and Climate for Beginners\n\nWeather is the state of the air on one day.\n"),
                          glossary=(), others=())

    def meaning(term):
        return Candidate(type=QuestionType.SINGLE, rule="glossary_term_to_definition",
                         stem=f"According to the text, what is meant by “{term}”?", source_anchor="", source_sentence="s",
                         explanation="", base=0.6, key="The state of the air on one day",
                         correct=("The state of the air on one day",), distractors=("A", "B"), kind="definition",
                         original=term)

    assert not key_not_title(meaning("Weather"), course)
    assert key_not_title(meaning("Isobar"), course)


LIGHTHOUSES = """# Keeping the Coast Lit

The Fresnel lens changed coastal lighting after 1823.
Each Fresnel lens bent light from a single lamp into one strong beam.
Before it, keepers burned many candles behind polished mirrors.
The mirrors dulled quickly in salt air.
Early Fresnel lenses were ground by hand in Paris.
A large lens could weigh more than three tonnes.
Keepers wound a clockwork motor that turned the lens every few seconds.
The turning beam gave each lighthouse its own pattern of flashes.
Sailors read the pattern from a printed list of lights.
Fog still hid many lights, so fog bells and horns were added.
Later lighthouses replaced the lamp with an electric bulb.
Most lights today run without keepers, and Fresnel's design is still in use.
"""


def test_key_not_title_refuses_a_gap_on_what_the_whole_lesson_is_about():
    course = build_course(parse_document(LIGHTHOUSES), glossary=(), others=())

    def gap(stem, key):
        return Candidate(type=QuestionType.FILL_BLANK, rule="entity_fill_blank", stem=stem, source_anchor="",
                         source_sentence="s", explanation="", base=0.6, key=key, answers=(key,), kind="concept")

    # "Fresnel lens" is in 4 of the 12 sentences (its plural counted): what the lesson is about.
    assert not key_not_title(gap(f"Each {BLANK} bent light from a single lamp into one strong beam.", "Fresnel lens"), course)
    assert key_not_title(gap(f"Keepers wound a clockwork {BLANK} that turned the lens every few seconds.", "motor"), course)


@pytest.mark.parametrize(("key", "title", "expected"), [
    ("opportunity cost", "Opportunity Cost and Comparative Advantage", True),
    ("comparative advantage", "Opportunity Cost and Comparative Advantage", True),
    ("compound interest", "Simple and Compound Interest", True),
    ("simple interest", "Simple and Compound Interest", True),
    ("compounding", "Simple and Compound Interest", True),
    ("interest", "Simple and Compound Interest", False),  # both halves: the topic itself
    ("Mali", "The Mali Empire", False),  # no pair
    ("acids", "Acids, Bases and the pH Scale", False),  # a list: its members stay the topic
    ("diffusion", "Diffusion and Osmosis: How Substances Move", False),  # a colon: the topic is the pair
])
def test_one_of_a_pair(key, title, expected):
    from lessontext.questions.titles import one_of_a_pair
    assert one_of_a_pair(key, title) is expected


@pytest.mark.parametrize(("key", "title", "expected"), [
    ("Italy", "Two Texts, One Treaty: Ethiopia, Italy and the Treaty of Wuchale, 1889", True),
    ("Ethiopia", "Two Texts, One Treaty: Ethiopia, Italy and the Treaty of Wuchale, 1889", True),
    ("Menelik II", "Menelik II and Umberto I", True),
    ("Treaty of Wuchale", "Two Texts, One Treaty: Ethiopia, Italy and the Treaty of Wuchale, 1889", False),  # the topic
    ("Two Texts", "Two Texts, One Treaty: Ethiopia, Italy and the Treaty of Wuchale, 1889", False),  # no name
    ("Britain", "Two Texts, One Treaty: Ethiopia, Italy and the Treaty of Wuchale, 1889", False),  # not in the title
    ("Rome", "Victory Without Annexation: Rome and the Peace of Apamea, 188 BC", False),  # the only name listed
    ("diffusion", "Diffusion and Osmosis: How Substances Move", False),  # a concept, not a party
])
def test_one_of_the_parties(key, title, expected):
    from lessontext.questions.titles import one_of_the_parties
    assert one_of_the_parties(key, title) is expected


def test_key_not_title_lets_a_swap_between_two_parties_the_title_lists_be_asked():
    course = build_course(parse_document("""# Two Texts, One Treaty: Ethiopia, Italy and the Treaty of Wuchale, 1889

Italy had established itself on the Red Sea coast in the 1880s, occupying the port of Massawa in 1885.
Ethiopia wanted a recognised frontier.
"""), glossary=(), others=())
    swap = Candidate(type=QuestionType.TRUE_FALSE, rule="entity_swap_false", source_anchor="", source_sentence="s",
                     stem="True or false? According to the text, Ethiopia had established itself on the Red Sea coast.",
                     explanation="", base=0.55, key="Ethiopia", original="Italy", truth=False, kind="entity")
    assert key_not_title(swap, course)
    assert not key_not_title(replace(swap, original="Treaty of Wuchale"), course)


def test_key_not_title_lets_one_of_the_two_things_a_title_pairs_be_a_key():
    course = build_course(parse_document("""# Simple and Compound Interest

Interest is the money a lender charges for a loan.
The process of adding interest to the balance is called compounding.
"""), glossary=(), others=())
    assert key_not_title(fill(f"The process of adding interest to the balance is called {BLANK}.", "compounding"),
                         course)
    assert not key_not_title(fill(f"{BLANK} is the money a lender charges for a loan.", "Interest"), course)


@pytest.mark.parametrize(
    ("key", "title", "named"),
    [
        ("Enzyme", "Enzymes: How Living Things Speed Up Chemical Reactions", True),
        ("Substrate", "Enzymes: How Living Things Speed Up Chemical Reactions", False),
        ("Compound interest", "Simple and Compound Interest", False),  # one of the two things the title pairs
        ("Peace of Nicias", "The Peace of Nicias, 421 BC", True),
    ],
)
def test_names_the_title_is_the_lessons_topic_not_a_subtopic(key, title, named):
    assert names_the_title(key, title) is named


@pytest.mark.parametrize(("term", "title", "expected"), [
    ("Ningyō", "Karakuri Ningyō: The Mechanical Dolls of Japan", True),  # test-eb: the subtitle answers it
    ("Karakuri Ningyō", "Karakuri Ningyō: The Mechanical Dolls of Japan", True),
    ("Mainspring", "Karakuri Ningyō: The Mechanical Dolls of Japan", False),
    ("Malus's law", "Malus's Law and Polarised Light", False),  # no subtitle
    ("Junzi", "Confucius: Junzi", False),  # a one-word subtitle glosses nothing
    ("Cellular respiration", "Cellular Respiration: The Energy of Life", False),  # an English term's topic
    ("Chemiosmosis", "Chemiosmosis: How Cells Make ATP", False),  # no renaming after the colon
])
def test_glossed_by_subtitle(term, title, expected):
    assert glossed_by_subtitle(term, title) is expected
