"""Headwords that name no term: two publishing gates.

* ``worked_value``: a quantity with one value from a worked example is not a term: "MA of 4: The lever
  multiplies your effort four times.", "Acceleration of 3 m/s²: An acceleration that means ...", "50 mm lens:
  A lens that has an aperture 12.5 mm wide.", "Three: A saving of one-third." (raters: not_a_term in four
  folders).  A named rule keeps its number ("Rule of 72"), a year dates a name ("Conscription law of 1873"),
  and a number that labels a kind stays ("Role 1 facility", "Trophic level 2").
* ``country_headword``: a country is an example or an actor in a lesson, not a term it explains:
  "Indonesia: The world's largest archipelagic state.", "United States: A capitalist democracy." (raters:
  not_a_term or trivial every time, three folders).  Rules that read names already refuse countries; this
  holds for every rule.
* ``reader_address``: a headword that speaks to the reader is a heading or a task, not a term: "Check your
  understanding: Explain why ..." (two folders).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.glossary.gate import register
from lessontext.glossary.lexicon import COUNTRIES, NUMBER_WORDS
from lessontext.glossary.publish import Gate  # publish.py's gates register first
from lessontext.words import fold

__all__ = ["COUNTRY_HEADWORD", "READER_ADDRESS", "WORKED_VALUE"]

# "Rule of 72", "Law of 10": a named rule keeps its number.
_RULE_HEADS = frozenset("rule law theorem principle".split())
# "MA of 4", "Probability of 0", "Acceleration of 3 m/s²": a quantity and its value (not a year: "law of 1873").
_OF_VALUE = re.compile(r"^(?P<head>[\w'-]+(?:\s+[\w'-]+){0,2})\s+of\s+[~≈<>−-]?\d[\d.,]*(?:\s*[^\s\d]{1,5})?$")
_YEAR = re.compile(r"\bof\s+\d{4}$")
# "50 mm lens", "12 V battery": a size from the example before the noun.
_VALUE_UNIT_NOUN = re.compile(r"^\d[\d.,]*\s*[A-Za-zµΩ°%/²³]{1,4}\s+[a-z][\w-]*$")
_READER = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)


def worked_value(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A quantity with one value ("MA of 4"), a size and a noun ("50 mm lens") or a bare number is no term."""
    term = term.strip()
    match = _OF_VALUE.match(term)
    if match and not _YEAR.search(term) and match.group("head").split()[-1].lower() not in _RULE_HEADS:
        return None
    if _VALUE_UNIT_NOUN.match(term) or term.lower() in NUMBER_WORDS or re.fullmatch(r"[\d.,]+", term):
        return None
    return definition


def country_headword(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A country's name ("Indonesia", "United States", singularised "United State") is no term."""
    name = fold(term.strip())
    return None if name in COUNTRIES or f"{name}s" in COUNTRIES else definition


def reader_address(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A headword that speaks to the reader ("Check your understanding") is a heading or a task."""
    return None if _READER.search(term) else definition


WORKED_VALUE = register(Gate(
    name="worked_value",
    check=worked_value,
    examples=(
        ("MA of 4", "The lever multiplies your effort four times.", None),
        ("Acceleration of 3 m/s²", "An acceleration that means that the velocity increases by 3 m/s every second.",
         None),
        ("50 mm lens", "A lens that has an aperture 12.5 mm wide.", None),
        ("Three", "A saving of one-third.", None),
        ("Rule of 72", "A shortcut for estimating how long money takes to double.",
         "A shortcut for estimating how long money takes to double."),
        ("Conscription law of 1873", "A law that created a national army drawn from all classes.",
         "A law that created a national army drawn from all classes."),
        ("Role 1 facility", "A facility that provides primary care close to the point of injury.",
         "A facility that provides primary care close to the point of injury."),
    ),
))


COUNTRY_HEADWORD = register(Gate(
    name="country_headword",
    check=country_headword,
    examples=(
        ("Indonesia", "The world's largest archipelagic state.", None),
        ("United State", "A capitalist democracy.", None),
        ("Indonesian throughflow", "A current that carries water from the Pacific to the Indian Ocean.",
         "A current that carries water from the Pacific to the Indian Ocean."),
    ),
))


READER_ADDRESS = register(Gate(
    name="reader_address",
    check=reader_address,
    examples=(
        ("Check your understanding", "Explain why a burned forest usually recovers faster than a new lava flow.", None),
        ("Test yourself", "Choose one country and decide which stage it fits.", None),
        ("Youth unemployment", "Unemployment among people aged 16 to 24.", "Unemployment among people aged 16 to 24."),
    ),
))
