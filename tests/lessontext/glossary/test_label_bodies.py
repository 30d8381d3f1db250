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


@pytest.mark.parametrize(
    ("term", "body", "expected"),
    [
        # test-cu, both raters: an action's label over a clause about something else sets the scene for its stage
        ("Harvesting", "Cacao pods grow directly from the trunk and thick branches of the tree.", True),
        ("Threshing", "The dried stalk holds its grain tightly until it is beaten.", True),
        # what the act is: a gerund phrase, a noun phrase, or a clause about the act's own word
        ("Winnowing", "Separating the light shells from the heavier nibs using a current of air.", False),
        ("Harvesting", "The cutting of ripe pods from the tree with long blades.", False),
        ("Grinding", "The mill grinds the nibs into a thick paste.", False),
        ("Photosynthesis", "Plants make their food from light, water and carbon dioxide.", False),
    ],
)
def test_an_action_label_over_a_scene_setting_clause(term: str, body: str, expected: bool) -> None:
    from lessontext.glossary.label_bodies import is_unrelated_clause

    assert is_unrelated_clause(term, body) is expected


_STAGES = (
    "# Wool\n\n## The stages of spinning\n\n"
    "1. **Shearing.** Sheep grow a thick coat over the winter. In spring it is clipped off in one piece.\n"
    "2. **Washing.** Warm water and soap remove the grease. The fleece soaks for a day.\n"
    "3. **Carding.** Carding combs the fibres until they lie parallel. Two spiked boards are pulled past each other.\n"
    "4. **Spinning.** The wheel twists the loose fibres into a strong thread. The spinner feeds them in by hand.\n\n"
    "## Key terms\n\n"
    "- **Fleece**: the whole coat of wool clipped from one sheep.\n"
    "- **Carding**: combing wool fibres so that they lie parallel before spinning.\n"
)


def test_a_process_told_in_paragraphs_gives_no_stage_entries_but_keeps_the_key_terms():
    """test-cq, test-cr, test-ct, test-cu: a stage's first sentence sets the scene ("Sheep grow a thick coat ..." for
    "Shearing"); the lesson's own key terms still define the stages they name."""
    from lessontext.glossary.label_bodies import stage_paragraphs

    document = parse_document(_STAGES)
    assert stage_paragraphs(document.sections[0].blocks[0])
    assert not stage_paragraphs(document.sections[1].blocks[0])  # one sentence each: a glossary list
    found = {t.term: t.definition for t in extract_glossary(document)}
    assert "Shearing" not in found and "Washing" not in found
    assert found["Carding"] == "Combing wool fibres so that they lie parallel before spinning."
    assert found["Fleece"] == "The whole coat of wool clipped from one sheep."
