"""The signed_title rule: an essay's titled instrument, defined by the states that signed it, where and when."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.rule import Context
from lessontext.glossary.rules.signed_title import find_signed_title


def _entries(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


def test_states_officials_speak_for_sign_the_titled_treaty():
    entries = _entries(
        "# The Indo-Soviet Treaty of Peace, Friendship and Co-operation (1971)\n\n"
        "On 9 August 1971, in New Delhi, the foreign ministers of India and the Soviet Union, Sardar Swaran Singh and "
        "Andrei Gromyko, signed the Indo-Soviet Treaty of Peace, Friendship and Co-operation. The treaty was "
        "concluded at a moment of acute crisis in South Asia.\n")
    assert entries["Indo-Soviet Treaty of Peace, Friendship and Co-operation"] == (
        "A treaty signed by India and the Soviet Union in New Delhi in 1971.")


def test_people_or_another_treaty_than_the_titles_are_not_read():
    document = parse_document(
        "# Arms Control in 1987\n\nOn 8 December 1987, President Ronald Reagan and Mikhail Gorbachev signed the "
        "Treaty of Washington. Later, on 3 May 1988, Norway and Sweden signed the Treaty of Bergen.\n")
    assert find_signed_title(document, Context.for_document(document)) == []
    people = parse_document("# The Treaty of Washington\n\nOn 8 December 1987, President Ronald Reagan and "
                            "Chancellor Helmut Kohl signed the Treaty of Washington.\n")
    assert find_signed_title(people, Context.for_document(people)) == []
