"""Names every reader knows (``lessontext/questions/known.py``): a gap on one asks world knowledge."""

import pytest

from lessontext.questions.known import initials, known_body
from lessontext.questions.types import GlossaryEntry


@pytest.mark.parametrize(("name", "expected"), [
    ("North Atlantic Treaty Organization", "NATO"),
    ("European Union", "EU"),
    ("Organisation for Joint Armament Cooperation", "OJAC"),
    ("real interest rate", ""),  # no capitals: no name
])
def test_initials(name, expected):
    assert initials(name) == expected


_ORG, _DEFINED = "organisation", "defined"


@pytest.mark.parametrize(("key", "kind", "aliases", "lesson", "expected"), [
    # A body every reader knows, by its short name or by the short name the lesson writes for it.
    ("NATO", "acronym", ("North Atlantic Treaty Organization",), "Allies met in Oslo.", True),
    ("North Atlantic Treaty Organization", _ORG, ("NATO",), "Allies met in Oslo.", True),
    ("European Union", _ORG, (), "The EU pays for half of the new bridges.", True),
    ("United Nations", _ORG, (), "A UN team counted the boats.", True),
    ("NATO", _ORG, (), "Allies met in Oslo.", True),  # an organisation's entry: a name, not a concept
    # Its long name, but the lesson never writes the short one: nothing says how well known it is.
    ("European Union", _ORG, (), "The union pays for half of the new bridges.", False),
    # A little-known body: its gap asks the lesson.
    ("International Atomic Energy Agency", _ORG, ("IAEA",), "The IAEA sent inspectors.", False),
    ("Baltic Ferry Council", _ORG, ("BFC",), "The BFC sets the timetables.", False),
    # A short name that is an English word: its frequency is the word's.
    ("Coastal Action Team", _ORG, ("CAT",), "The CAT cleans two beaches a week.", False),
    # A concept's short name spells out in lower case: the lesson's concept, a fair gap.
    ("DNA", "acronym", ("deoxyribonucleic acid",), "Each cell copies its DNA.", False),
    ("ATP", _DEFINED, (), "Muscles spend ATP quickly.", False),
    # A longer name that only holds a known one is its own thing.
    ("NATO Staff College", _ORG, (), "The NATO Staff College trains majors.", False),
])
def test_known_body(key, kind, aliases, lesson, expected):
    entry = GlossaryEntry(key, "A body named in the lesson", kind, aliases)
    assert known_body(key, entry, lesson) is expected
