"""What a "Label: body" item's body says when it is not the label's definition."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.label_bodies import told_event


@pytest.mark.parametrize(
    ("term", "body", "expected"),
    [
        ("Sentencing", "The judge asks the probation service for a report, then passes sentence.", True),
        ("First appearance", "Liam appears in the magistrates' court.", True),
        ("Request", "The letter is addressed to a named manager with the authority to act.", True),
        ("Night raids", "The Luftwaffe switched to high-flying raids in daylight.", True),
        ("Retreat", "Liam and Priya sailed back to Portsmouth in the autumn.", True),
        ("Careful leadership", "Dowding and Park used their forces carefully.", True),
        # noun phrases that say what the label is
        ("Defence", "The side that acts for the defendant and answers the prosecution's case.", False),
        ("Filament", "The thin stalk that holds the anther up where it can be reached.", False),
        ("Blocking", "The planned movements and positions of the actors during each scene.", False),
        ("Basal rate", "The energy needed to keep the body alive at complete rest.", False),
        ("Crisis", "Kaiser's visit to Tangier challenges France.", False),
        # a body about the label's own word
        ("Jury", "The jury listens to the evidence and decides the facts.", False),
        ("Priming", "Earlier exposure to a stimulus makes it easier to process later.", False),
    ],
)
def test_told_event(term: str, body: str, expected: bool) -> None:
    assert told_event(term, body) is expected


_TRIAL = (
    "# A trial in the Crown Court\n\n## Who is who\n\n"
    "- **Judge**: the person in charge of the trial, who decides questions of law.\n"
    "- **Jury**: twelve members of the public who listen to the evidence and decide the facts.\n\n"
    "## The stages of Liam's case\n\n"
    "- **First appearance**: Liam appears in the magistrates' court and is sent to the Crown Court.\n"
    "- **Sentencing**: The judge asks the probation service for a report on Liam's background.\n"
)


def test_story_steps_under_labels_are_no_entries() -> None:
    keys = {term.key for term in extract_glossary(parse_document(_TRIAL))}
    assert {"judge", "jury"} <= keys
    assert not keys & {"first appearance", "sentencing"}


def test_authored_glossary_keeps_its_entries() -> None:
    text = ("# Trials\n\n## Key terms\n\n"
            "- **Adjournment**: The court stops the hearing until a later date.\n"
            "- **Verdict**: the jury's decision, guilty or not guilty.\n")
    keys = {term.key for term in extract_glossary(parse_document(text))}
    assert {"adjournment", "verdict"} <= keys
