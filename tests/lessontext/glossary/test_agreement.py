"""A headword shown in the number its definition is written in (lessontext.glossary.agreement)."""

import pytest

from lessontext.glossary.agreement import plural_headword, singular_headword
from lessontext.glossary.candidate import Term
from lessontext.vocabulary import TermKind
from lessontext.words import term_key


def _term(term: str, definition: str, aliases: tuple[str, ...] = ()) -> Term:
    return Term(term=term, key=term_key(term), definition=definition, kind=TermKind.DEFINED, section_anchor="s",
                sentence="", aliases=aliases, confidence=0.7, rule="copula")


@pytest.mark.parametrize(
    ("term", "definition", "shown"),
    [
        ("Indicators", "A substance that changes colour with acidity.", "Indicator"),
        ("Ridges", "The narrow crest where two slopes meet.", "Ridge"),
        ("Hinges", "The small joint on which a door turns.", "Hinge"),
        ("Deletion anomalies", "An anomaly that happens when removing one fact removes another.", "Deletion anomaly"),
        # The head noun after the adjectives is plural: the headword keeps its number.
        ("Gullies", "The smallest channels, carrying rain off a slope.", "Gullies"),
        ("Plates", "The large rigid slabs into which the crust is divided.", "Plates"),
        # A noun group that may go on past what was read, or two things, or a proper name.
        ("Valleys", "The deep river valley floors.", "Valleys"),
        ("Relative keys", "A major key and a minor key that share a key signature.", "Relative keys"),
        ("Best Management Practices", "A set of guidelines for ships.", "Best Management Practices"),
    ],
)
def test_a_plural_headword_defined_in_the_singular_is_shown_singular(term, definition, shown):
    text_words = {"indicator", "ridge", "hinge", "gully", "plate", "valley"}
    assert singular_headword(_term(term, definition), text_words).term == shown


def test_a_one_word_headword_changes_only_when_the_lesson_writes_the_singular():
    assert singular_headword(_term("Ridges", "The narrow crest where two slopes meet."), set()).term == "Ridges"


def test_a_singular_headword_defined_in_the_plural_takes_the_authors_plural():
    got = plural_headword(_term("Need", "The costs you must pay to live.", aliases=("Needs",)))
    assert got.term == "Needs" and "Need" in got.aliases
