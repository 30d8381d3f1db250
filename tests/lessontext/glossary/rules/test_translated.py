"""The translated rule: a borrowed word in italics, glossed by its translation or by what the text says it meant."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary


def _entries(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown)) if t.rule == "translated"}


def test_a_bracketed_translation_is_the_entry():
    assert _entries("# Cabinets\n\nGerman speakers called such a room a *Wunderkammer* (chamber of wonders).\n") == {
        "Wunderkammer": "Chamber of wonders."}


def test_what_a_translated_word_meant_is_its_entry_and_a_translation_alone_is_a_word_translated_as():
    entries = _entries(
        "# Confucius\n\n*Xiao*, usually translated as \"filial piety\", meant the respect, care and obedience that "
        "children owe their parents, both in life and in mourning.\n\nAsked for one word to guide a life, he chose "
        "*shu*, often translated as \"reciprocity\" or \"consideration\", and explained it.\n")
    assert entries == {"Xiao": "The respect, care and obedience that children owe their parents.",
                       "Shu": "A word often translated as \"reciprocity\" or \"consideration\"."}


def test_an_everyday_word_in_italics_is_stress_not_a_borrowing():
    assert _entries("# Rules\n\nThe *rule*, usually translated as \"law\", meant the order of things.\n") == {}
