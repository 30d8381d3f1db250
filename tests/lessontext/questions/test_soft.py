"""Soft checks lower an item's confidence (a draft) instead of rejecting it."""

from dataclasses import replace

import pytest

from lessontext.document import parse_document
from lessontext.questions.candidate import Candidate
from lessontext.questions.course import build_course
from lessontext.questions.soft import SOFT_PENALTY, confidence, soft_failures
from lessontext.questions.types import QuestionType

LESSON = """# The Heart

## Chambers

The atria receive blood returning to the heart, and the ventricles pump it out to the body.
A stent is a small mesh tube that keeps a narrowed artery open.
An electrocardiogram records the electrical activity of the heart.
"""


@pytest.fixture(scope="module")
def course():
    return build_course(parse_document(LESSON), glossary=(), others=())


def choice(**kw) -> Candidate:
    defaults = dict(
        type=QuestionType.SINGLE, rule="description_to_term", stem="Which of the following does the text describe?",
        quoted="a small mesh tube that keeps a narrowed artery open", source_anchor="chambers",
        source_sentence="A stent is a small mesh tube that keeps a narrowed artery open.", explanation="", base=0.76,
        key="Stent", correct=("Stent",), distractors=("Electrocardiogram", "Atria"), kind="label:L0",
    )
    defaults.update(kw)
    return Candidate(**defaults)


@pytest.mark.parametrize(
    ("candidate", "failed"),
    [
        (choice(), []),
        # A distractor from another subject that the lesson never names.
        (choice(distractors=("Electrocardiogram", "Certificate authority")), ["distractor_on_subject"]),
        # An everyday phrase as the key.
        (choice(key="Good time", correct=("Good time",)), ["key_specific"]),
        # Lifted text leaning on "they" after its opening words.
        (choice(quoted="a small mesh tube, and they keep a narrowed artery open"), ["no_pronoun"]),
    ],
)
def test_soft_failures(candidate, failed, course):
    assert soft_failures(candidate, course) == failed


def test_each_soft_failure_lowers_the_confidence(course):
    assert confidence(choice(), course) == pytest.approx(0.76)
    worse = replace(choice(distractors=("Electrocardiogram", "Certificate authority")), key="Good time",
                    correct=("Good time",))
    assert confidence(worse, course) == pytest.approx(0.76 - 2 * SOFT_PENALTY)


@pytest.mark.parametrize(("text", "leans"), [
    # "They"/"them" after a plural and a clause break of the same text stand for that plural.
    ("The valves close in turn, and they stop the blood flowing back.", False),
    ("Nurses check the monitors hourly; they must log every reading.", False),
    ("The clinic trains local doctors across the region, helping them to treat burns.", False),
    ("Most drugs are tested for years before they reach a pharmacy.", False),
    # No plural before the pronoun, or no clause break after the plural: it leans on the sentence before.
    ("A stent is a small mesh tube, and they keep a narrowed artery open.", True),
    ("The surgeon later gave them a new valve.", True),
    ("Doctors on the night ward gave them a new valve.", True),
    # "It" always leans on what came before, whatever precedes it.
    ("Unlike the older pump, it runs without a battery.", True),
    ("The heart pumps blood, and it never rests.", True),
    # A pronoun among the opening words is not the soft check's business.
    ("They pump blood to the lungs and the body.", False),
])
def test_a_pronoun_leans_on_context_unless_its_plural_is_in_the_text(text, leans):
    from lessontext.questions.soft import leans_on_context

    assert leans_on_context(text) is leans
