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
