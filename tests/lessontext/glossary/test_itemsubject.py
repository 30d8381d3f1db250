"""A nested item's subject, left to its parent item, put back into the rebuilt definition
(lessontext.glossary.itemsubject)."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary.candidate import Term
from lessontext.glossary.itemsubject import item_subjects, restored_subject

_OUTLINE = ("# Rivers\n\n## Journey\n\nA river carries three things to the sea:\n\n"
            "- Sediment\n"
            "  - Is carried downstream by a process called **traction**.\n"
            "  - Settles on the bed through a slow process called **deposition**.\n"
            "- Dissolved salts\n"
            "  - Usually come from the rocks of the upper valley.\n"
            "- Fresh water\n"
            "  - Currents are driven by gravity along a channel called the **thalweg**.\n")


def _term(sentence: str, definition: str) -> Term:
    return Term(term="Term", key="term", definition=definition, kind="defined", section_anchor="",
                sentence=sentence, aliases=(), confidence=0.9)


def test_a_predicate_item_under_a_noun_phrase_has_its_parent_as_subject():
    subjects = item_subjects(parse_document(_OUTLINE))
    assert subjects["Is carried downstream by a process called traction."] == ("Sediment", "is")
    assert subjects["Usually come from the rocks of the upper valley."] == ("Dissolved salts", "come")
    assert "Currents are driven by gravity along a channel called the thalweg." not in subjects  # its own subject


@pytest.mark.parametrize(
    ("sentence", "definition", "edited"),
    [
        ("Is carried downstream by a process called traction.", "A process by which is carried downstream.",
         "A process by which sediment is carried downstream."),
        ("Settles on the bed through a slow process called deposition.", "A slow process through which settles on the bed.",
         "A slow process through which sediment settles on the bed."),
        # Kept: a clause that has its subject, a sentence that is not a predicate-only item.
        ("Is carried downstream by a process called traction.", "A process by which rivers carry sediment.", None),
        ("Currents are driven by gravity along a channel called the thalweg.",
         "A channel along which are driven currents.", None),
    ],
)
def test_the_missing_subject_is_restored(sentence, definition, edited):
    subjects = item_subjects(parse_document(_OUTLINE))
    assert restored_subject(_term(sentence, definition), subjects).definition == (edited or definition)
