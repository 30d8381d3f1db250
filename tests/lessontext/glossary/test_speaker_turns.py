"""Interview turns: a repeated speaker label is no part of the sentence the rules read (g-context6)."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary

_INTERVIEW = """# Talking to a volcanologist

## The interview

**Interviewer:** What do you study?

**Dr Mia Tanaka:** A caldera is a large hollow that forms when a volcano collapses into its emptied magma chamber.

**Interviewer:** How do you measure it?

**Dr Mia Tanaka:** Traditionally, we use a power auger to cut holes several metres into the ash and fix tubes in them, called dip wells.
"""


def _glossary(text: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(text))}


def test_a_term_defined_in_a_speakers_turn_is_found_and_the_speaker_is_no_term() -> None:
    found = _glossary(_INTERVIEW)
    assert found.get("Caldera") == (
        "A large hollow that forms when a volcano collapses into its emptied magma chamber.")
    assert not {"Dr Mia Tanaka", "Interviewer"} & set(found)


def test_a_name_after_a_pronoun_object_is_not_given_the_noun_phrase_before() -> None:
    assert "Dip well" not in _glossary(_INTERVIEW)


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("Dr Mia Tanaka", True), ("Interviewer", True), ("Q", True), ("Student", True), ("Myth", False),
     ("Step", False), ("Example", False)],
)
def test_speaker_labels(label: str, speaker: bool) -> None:
    from lessontext.glossary.layout import _speaker

    assert _speaker(label) is speaker
