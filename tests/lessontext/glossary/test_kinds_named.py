"""A bare predicate headed by the kind its parent item or section names (lessontext.glossary.kinds_named)."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.candidate import Term
from lessontext.glossary.kinds_named import subject_kinds, with_subject_kind
from lessontext.vocabulary import TermKind
from lessontext.words import term_key


def _glossary(text: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(text))}


def _term(term: str, definition: str, sentence: str, aliases: tuple[str, ...] = ()) -> Term:
    return Term(term=term, key=term_key(term), definition=definition, kind=TermKind.DEFINED, section_anchor="s",
                sentence=sentence, aliases=aliases, confidence=0.7, rule="bold_subject")


_LORRIES = "Lorries carry heavy goods over long distances."


@pytest.mark.parametrize(
    ("term", "definition", "sentence", "kind", "expected"),
    [
        # A plural headword keeps the author's verb; a singular one takes its third person.
        ("Lorries", "Carry heavy goods over long distances.", _LORRIES, "vehicle",
         "Vehicles that carry heavy goods over long distances."),
        ("Lorry", "Carry heavy goods over long distances.", _LORRIES, "vehicle",
         "A vehicle that carries heavy goods over long distances."),
        ("Ferry", "Cross the strait twice a day.", "Ferries cross the strait twice a day.", "passenger boat",
         "A passenger boat that crosses the strait twice a day."),
        ("Owls", "Cannot turn their eyes in their sockets.", "Owls cannot turn their eyes in their sockets.",
         "bird", "Birds that cannot turn their eyes in their sockets."),
        # A pronoun for the plural subject cannot follow a singular headword.
        ("Arch", "Push their load into the banks.", "Arches push their load into the banks.", "road bridge", None),
        # The kind is already the headword's own head noun.
        ("Cargo vehicles", "Carry heavy goods.", "Cargo vehicles carry heavy goods.", "vehicle", None),
        # The definition is not the predicate of a sentence whose subject is the headword.
        ("Lorries", "Carry heavy goods over long distances.", "Drivers carry heavy goods over long distances.",
         "vehicle", None),
        # A verb agreeing with a singular subject, or a noun phrase, is no bare plural predicate.
        ("Lorries", "Carries heavy goods.", "The fleet carries heavy goods.", "vehicle", None),
        ("Lorries", "Large vehicles for goods.", "Lorries, large vehicles for goods.", "vehicle", None),
        # No kind named for the sentence.
        ("Lorries", "Carry heavy goods over long distances.", _LORRIES, None, None),
    ],
)
def test_a_bare_plural_predicate_takes_the_kind_named_for_its_sentence(term, definition, sentence, kind, expected):
    kinds = {sentence: kind} if kind else {}
    got = with_subject_kind(_term(term, definition, sentence, (term + "s",)), kinds)
    assert got.definition == (expected or definition)


def test_the_sub_items_of_a_parent_with_a_plural_subject_are_kinds_of_it():
    kinds = subject_kinds(parse_document(
        "# Transport\n\n## On the road\n\nRoad users come in many shapes.\n\n"
        "- **Vehicles** need fuel or power to move.\n"
        "  - **Lorries** carry heavy goods over long distances.\n"
        "  - **Coaches** carry passengers between distant towns.\n"
        "- **Cyclists** ride on lanes of their own.\n"))
    assert kinds == {_LORRIES: "vehicle", "Coaches carry passengers between distant towns.": "vehicle"}


def test_a_section_naming_the_types_of_a_thing_gives_its_later_sentences_that_kind():
    got = _glossary("# Bridges\n\n## Bridge designs\n\nThere are three main types of road bridge, each suited to a "
                    "different span.\n\n**Cantilevers** reach out from towers anchored on the shore.\n\n"
                    "**Suspensions** hang the deck from cables slung between tall towers.\n")
    assert got["Cantilevers"] == "Road bridges that reach out from towers anchored on the shore."
    assert got["Suspensions"] == "Road bridges that hang the deck from cables slung between tall towers."


def test_a_section_naming_two_kinds_gives_none():
    kinds = subject_kinds(parse_document(
        "# Bridges\n\n## Crossings\n\nThere are three types of road bridge and two kinds of ford.\n\n"
        "**Cantilevers** reach out from towers anchored on the shore.\n"))
    assert kinds == {}


def test_nested_sub_items_end_to_end():
    got = _glossary("# Transport\n\n## On the road\n\nRoad users come in many shapes.\n\n"
                    "- **Vehicles** need fuel or power to move.\n"
                    "  - **Lorries** carry heavy goods over long distances.\n"
                    "  - **Coaches** carry passengers between distant towns.\n")
    assert got["Lorries"] == "Vehicles that carry heavy goods over long distances."
    assert got["Coaches"] == "Vehicles that carry passengers between distant towns."
