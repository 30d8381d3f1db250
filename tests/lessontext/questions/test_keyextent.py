"""A fill-in key is exactly the term: no trailing adverb, verb or complement, no leading verb or naming noun
(raters on test-t, test-p, test-r2, test-g, dev-b: the correct answer would be marked wrong)."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import GlossaryEntry
from lessontext.questions.answerforms import bare_name
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.keyextent import beyond_term, runs_into_name, term_extent


@pytest.mark.parametrize(
    ("key", "statement", "lesson", "expected"),
    [
        # A trailing adverb or adjective-only word.
        ("Marco Ruiz westward", "The king sent a sailor named Marco Ruiz westward to find spices.", "", "Marco Ruiz"),
        ("Anna Berg abroad", "The council sent Anna Berg abroad in 1850.", "", "Anna Berg"),
        # A plural noun and an adjective after it: the object and its complement ("keep the files tidy").
        ("files tidy", "Weekly checks keep the files tidy for auditors.", "", "files"),
        # A present-tense verb after a singular subject that the lesson also names alone.
        ("valve shuts", "A small flap called the valve shuts off when pressure drops.",
         "A small flap called the valve shuts off when pressure drops. The valve is made of tissue.", "valve"),
        # A leading verb, or a naming noun before a phrase the lexicon does not know.
        ("Imagine apples", "Imagine apples cost 30p each.", "", "apples"),
        ("motto festina lente", "The emperor's motto festina lente urged caution.", "", "festina lente"),
        # Terms that end in a noun stay whole.
        ("tax cuts", "The tax cuts of that year helped.", "The tax cuts of that year helped. Tax cuts matter.", "tax cuts"),
        ("distributed ledger", "A distributed ledger keeps copies on many computers.", "", "distributed ledger"),
        ("Distributed ledgers", "Distributed ledgers keep copies on many computers.", "", "Distributed ledgers"),
        ("interest rates", "Interest rates rose sharply.", "", "interest rates"),
        ("vitamin C", "Vitamin C helps wounds heal.", "", "vitamin C"),
        ("steady state", "The reactor reached a steady state.", "", "steady state"),
        ("electric current", "An electric current flows through the wire.", "", "electric current"),
        # A verb-like last word after a subject the lesson never names alone: a compound noun, kept.
        ("price rises", "Sudden price rises hurt savers.", "Sudden price rises hurt savers.", "price rises"),
        # A plural head followed by the sentence's verb, by a conjunction, or used in the singular elsewhere.
        ("Joint drills", "Joint drills avoid confusion.", "Joint drills avoid confusion. Joint work helps.", "Joint drills"),
        ("mud slides", "Heavy rain can cause mud slides when soil is bare.",
         "Heavy rain can cause mud slides when soil is bare. The mud is deep.", "mud slides"),
        ("mud slides", "Heavy rain can cause mud slides down the hill.",
         "Heavy rain can cause mud slides down the hill. A mud slide is fast. The mud is deep.", "mud slides"),
        ("photosynthesis", "Photosynthesis makes sugar.", "", "photosynthesis"),
        # A verb after a name no lexicon knows, which the lesson writes alone too (test-w: "Frontex runs").
        ("Vardex runs", "Vardex runs joint patrols along the coast.",
         "The agency is known as Vardex. Vardex runs joint patrols along the coast.", "Vardex"),
        # Not after a word the lexicon knows: "Longitudinal waves" is a term.
        ("Longitudinal waves", "Longitudinal waves travel through air.",
         "Longitudinal waves travel through air. Longitudinal motion is back and forth.", "Longitudinal waves"),
        # A people's adjective before a person's name after "the" (test-v: "Venetian Marco Polo").
        ("Genoese Luca Bardi", "The Genoese Luca Bardi sailed to Tunis.", "", "Luca Bardi"),
        # Not before a body's name, nor a name the lexicon knows, nor without the article.
        ("European Patent Office", "The European Patent Office grants patents.", "", "European Patent Office"),
        ("Roman Grand Canal", "The Roman Grand Canal carried grain.", "", "Roman Grand Canal"),
        ("Genoese Luca Bardi", "Genoese Luca Bardi sailed to Tunis.", "", "Genoese Luca Bardi"),
    ],
)
def test_term_extent(key, statement, lesson, expected):
    assert term_extent(key, statement, lesson or statement) == expected


@pytest.mark.parametrize(
    ("key", "lesson", "expected"),
    [
        ("Roman Grand Canal Company", "The Roman Grand Canal Company built it. Later the Grand Canal Company failed.",
         ["Grand Canal Company"]),
        ("Roman Grand Canal Company", "The Roman Grand Canal Company built it. The Grand Canal Company failed.",
         ["Grand Canal Company"]),
        # The lesson never uses the name without its first word: nothing to add.
        ("Roman Grand Canal Company", "The Roman Grand Canal Company built it.", []),
        ("United Nations", "The United Nations met.", []),
        # Another capitalised modifier names another body: "Grand Canal Company" would be ambiguous.
        ("Roman Grand Canal Company", "The Roman Grand Canal Company built it. The Gallic Grand Canal Company sued.", []),
        ("photosynthesis", "Photosynthesis makes sugar.", []),
        # A nation's two-word name before a body the lesson also names alone: the body's name, and with the
        # nation's initials ("US Forest Service").
        ("United States Forest Service", "It joined the United States Forest Service. The Forest Service grew.",
         ["Forest Service", "US Forest Service"]),
        ("New Zealand Alpine Club", "The New Zealand Alpine Club met. Its members left.", []),
    ],
)
def test_bare_name(key, lesson, expected):
    assert bare_name(key, lesson) == expected


VOYAGE = """# Voyages

## The Envoy

In 1420 King Pedro of Aragon sent a sailor named Marco Ruiz westward to look for allies against the northern raiders.
Marco Ruiz kept a detailed journal of every harbour he visited on the way.
Marco Ruiz was a sailor and explorer from the southern coast who served King Pedro.
"""


def test_fill_blank_keeps_a_trailing_adverb_in_the_stem():
    entries = [GlossaryEntry("Marco Ruiz westward", "A sailor and explorer from the southern coast who served King Pedro",
                             "defined")]
    course = build_course(parse_document(VOYAGE), glossary=entries, others=[])
    items = [c for c in generate(course, random.Random(1)) if c.rule == "glossary_fill_blank"]
    assert items
    for item in items:
        assert item.key == "Marco Ruiz"
        assert "_____ westward" in item.stem
        assert not any("westward" in answer for answer in item.answers)


@pytest.mark.parametrize(
    ("answer", "whole", "term", "expected"),
    [
        ("Marco Ruiz westward", "Marco Ruiz westward", "Marco Ruiz", True),
        ("files neats", "files neat", "files", True),
        ("Marco Ruiz", "Marco Ruiz westward", "Marco Ruiz", False),
        ("Ruiz", "Marco Ruiz westward", "Marco Ruiz", False),
        ("tax cuts", "tax cuts", "tax cuts", False),
        ("Vardex run", "Vardex runs", "Vardex", True),  # the cut verb in another form
        ("Vardex", "Vardex runs", "Vardex", False),
    ],
)
def test_beyond_term(answer, whole, term, expected):
    assert beyond_term(answer, whole, term) is expected


@pytest.mark.parametrize(("key", "expected"), [
    ("year Portugal", True),  # "Within a year Portugal, Spain and Greece had joined": two phrases run together
    ("harbour keeper Bristol", True),
    ("naval Esperanto", False),  # an adjective before a name: one term
    ("military Babel", False),  # a word that is also an adjective
    ("vitamin C", False),  # a letter labels the noun
    ("type II", False),
    ("Treaty of Lisbon", False),  # a name throughout
    ("harbour master", False),
])
def test_runs_into_name(key, expected):
    assert runs_into_name(key) is expected

