"""The heading_concept rule: a section heading's concept, introduced by a sentence of its section."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary


def test_heading_concept_is_introduced_by_a_sentence():
    text = (
        "# Web\n\n## Port numbers\n\nEvery service listens on a sixteen-bit port number. Ports below 1024 are reserved.\n\n"
        "## Light reactions\n\nThe light reactions take place in the thylakoid membranes.\n"
    )
    found = {t.term: (t.kind, t.definition) for t in extract_glossary(parse_document(text))}
    assert found["Port number"] == ("concept", "A sixteen-bit number on which every service listens.")
    assert found["Light reactions"] == ("concept", "Reactions that take place in the thylakoid membranes.")


def test_heading_concept_referred_back_to_by_a_demonstrative_subject():
    text = (
        "# Security\n\n## Arms Embargo Regimes\n\nMany councils agree lists of banned goods. "
        "These regimes stop weapons from reaching warring parties.\n\n"
        "## Border Patrol Schemes\n\nNeighbours talk often. These schemes have grown quickly.\n\n"
        "## Conclusion\n\nThis essay looked at embargoes.\n"
    )
    found = {t.term: (t.kind, t.definition) for t in extract_glossary(parse_document(text))}
    assert found["Arms embargo regimes"] == ("concept", "Regimes that stop weapons from reaching warring parties.")
    assert "Border patrol schemes" not in found  # "have grown": an outcome, not what they are
    assert "Conclusion" not in found
