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


def test_essay_heading_concept_used_after_a_verb_or_preposition_becomes_a_relative_clause():
    text = (
        "# Ports\n\nHarbours differ.\n\n## River Pilot Schemes\n\nMost ports run river pilot schemes for large ships. "
        "Pilots board ships at the river mouth.\n\n"
        "## Crew Swaps\n\nThrough crew swaps, young sailors spend a month on a partner ship.\n\n"
        "## Dock Strikes\n\nIt was hit by dock strikes in 1920.\n"
    )
    found = {t.term: (t.kind, t.definition) for t in extract_glossary(parse_document(text))}
    assert found["River pilot schemes"] == ("concept", "Schemes that most ports run for large ships.")
    assert found["Crew swaps"] == ("concept", "Swaps through which young sailors spend a month on a partner ship.")
    assert "Dock strikes" not in found  # the clause has no subject of its own


def test_a_heading_concept_after_an_infinitive_is_no_relative_clause():
    """test-df, both raters: "Mixed economy: Economies that the real debate in most countries is not whether to have"."""
    text = ("# Economies\n\nCountries differ.\n\n## Mixed Economies\n\nThe real debate in most countries is not whether to "
            "have mixed economies, but what kind of mix.\n")
    found = {t.term: (t.kind, t.definition) for t in extract_glossary(parse_document(text))}
    assert not any("whether to have" in definition for _, definition in found.values())
