"""Headwords that read as no term where the lesson writes them, the count a gap leaves out, a study as a gap."""

import pytest

from lessontext.questions.headwords import (
    common_possessive,
    counted,
    lone_symbol,
    prefixed_unit,
    source_of_a_finding,
    term_and_its_verb,
    uncounted,
    verbal_use,
)


def _at(sentence: str, phrase: str) -> tuple[str, int, int]:
    start = sentence.index(phrase)
    return sentence, start, start + len(phrase)


@pytest.mark.parametrize("sentence, phrase", [
    ("The sooner the valve is opened, the safer the pump runs.", "opened"),  # a participle after its auxiliary
    ("Beavers fell small trees, and they drag branches to the dam and stack logs against it.", "stack logs"),
    ("Volunteers come on Saturdays to plant hedges along the lane.", "plant hedges"),  # after "to"
])
def test_a_verb_where_the_lesson_writes_it(sentence, phrase):
    assert verbal_use(*_at(sentence, phrase))


@pytest.mark.parametrize("sentence, phrase", [
    ("Rivers and lakes store fresh water for towns.", "lakes"),  # a noun after "and", no pronoun subject
    ("The opened envelope lay on the desk.", "opened envelope"),  # a participle before its noun
    ("A heat pump moves warmth from outside air into the house.", "heat pump"),
])
def test_a_noun_phrase_is_no_verb(sentence, phrase):
    assert not verbal_use(*_at(sentence, phrase))


def test_another_term_and_its_verb():
    terms = frozenset({"tidal power", "tidal barrage"})
    assert term_and_its_verb("Tidal power uses", terms)
    assert not term_and_its_verb("Tidal power stations", frozenset({"wind power"}))
    assert not term_and_its_verb("Tidal barrage", terms)


@pytest.mark.parametrize("term, count", [
    ("Twelve survey ships", "Twelve "),
    ("Forty-two weather buoys", "Forty-two "),
    ("3 pressure gauges", "3 "),
    ("Ninety-five Theses", ""),  # a count that is part of a name
    ("Seven", ""),  # a number alone
    ("Acid rain", ""),
])
def test_counted(term, count):
    assert counted(term) == count
    assert uncounted(term) == term[len(count):]


@pytest.mark.parametrize("stem, found", [
    ("A _____ published in 2019 found that most rivers in the region carry microplastics.", True),
    ("The _____ concluded that the bridge could stay open.", True),
    ("A(n) _____ carried out by the council showed that traffic fell.", True),
    ("A _____ is a gland that makes insulin.", False),
    ("Engineers found that the _____ had cracked.", False),
])
def test_source_of_a_finding(stem, found):
    assert source_of_a_finding(stem) is found


def test_common_possessive():
    assert common_possessive("Pilot's licence fee") is False  # the first word: capitalised as a headword
    assert common_possessive("Honeybee worker's sting")
    assert not common_possessive("Newton's law of cooling")
    assert not common_possessive("Field study")



@pytest.mark.parametrize(("term", "expected"), [
    ("Micrometre", True), ("millilitres", True), ("Kilojoule", True), ("nanosecond", True),
    ("Metre", False),  # a base unit a lesson may define
    ("Microscope", False), ("Kilogram-force", False), ("Millipede", False),
])
def test_prefixed_unit(term, expected):
    assert prefixed_unit(term) is expected


@pytest.mark.parametrize(("term", "symbol"), [
    ("H₀", True), ("v", True), ("V_e", True), ("Z", True),
    ("pH", False), ("DNA", False), ("Galaxy", False), ("Rf", False),
])
def test_a_formulas_symbol_is_told_from_a_short_term(term, symbol):
    """test-dr, both raters: "the Hubble constant ..." -> "H₀" beside "Parsec" and "Galaxy" gave itself away."""
    assert lone_symbol(term) is symbol
