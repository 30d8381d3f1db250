"""glossary_fill_blank: accepted answers forgive a term's other forms; no gap the sentence gives away (dev-r2 raters)."""

import random

import pytest

from lessontext.answers import answer_matches
from lessontext.document import parse_document
from lessontext.questions import GlossaryEntry
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.fill_blank import given_away, short_forms


@pytest.mark.parametrize(("typed", "accepted"), [
    ("centralised", "centralized"), ("Centralized", "centralised"), ("analyse", "analyze"),
    ("colour", "color"), ("half steps", "half-steps"),
])
def test_other_spellings_are_accepted(typed, accepted):
    assert answer_matches(typed, [accepted])


@pytest.mark.parametrize(("typed", "accepted"), [("four", "for"), ("rise", "rice"), ("hour", "hor")])
def test_spelling_folding_does_not_merge_different_words(typed, accepted):
    assert not answer_matches(typed, [accepted])


@pytest.mark.parametrize(("term", "forms"), [
    ("Open Skies Treaty", {"Treaty on Open Skies", "Open Skies"}),
    ("Treaty on Open Skies", {"Open Skies Treaty", "Open Skies"}),
    ("real interest rate", {"real rate"}),
])
def test_forms_without_or_around_a_generic_head(term, forms):
    assert forms <= set(short_forms(term))


def test_no_short_form_of_a_plain_two_word_term():
    assert short_forms("interest rate") == []  # "interest" alone names something else


def test_a_gap_the_sentence_gives_away_is_not_made():
    s = "Compound interest grows faster, and the gap between simple and compound returns widens."
    i = s.rindex("compound")
    assert given_away(s, i, i + len("compound"), "compound")
    s = "Every change is stored in the Git repository on each machine."
    i = s.index("repository")
    assert given_away(s, i, i + len("repository"), "repository")
    s = "Every change is stored in the repository on each machine."
    assert not given_away(s, s.index("repository"), s.index("repository") + 10, "repository")


TREATY = """# Arms control

## Overflights

Observation flights over each other's territory are allowed under the Open Skies Treaty, signed by many states.
"""


def test_fill_blank_accepts_the_treaty_in_either_order():
    entry = GlossaryEntry("Open Skies Treaty", "An agreement that allows unarmed observation flights over member states", "defined")
    course = build_course(parse_document(TREATY), glossary=[entry], others=[])
    items = [c for c in generate(course, random.Random(1)) if c.rule == "glossary_fill_blank"]
    assert items
    assert answer_matches("treaty on open skies", items[0].answers) and answer_matches("Open Skies", items[0].answers)
