"""Round three: everyday subjects, verbs and ordinals are not terms; named things the text explains are."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary


def _terms(markdown: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(markdown))}


def test_an_everyday_noun_opening_a_sentence_is_not_a_term():
    found = _terms("# Tort\n\nA restaurant owes contractual duties only to its customers. "
                   "In a crisis, a trusted officer can clarify an intention quickly. "
                   "A sample of rainwater has a hydrogen ion concentration of 0.1 mol/L.\n")
    assert not {"Restaurant", "Crisis", "Sample of rainwater"} & set(found)


def test_a_rarer_noun_opening_a_sentence_still_is():
    found = _terms("# Networks\n\nA firewall filters network traffic between two networks.\n")
    assert "Firewall" in found


def test_an_adjective_in_a_long_subject_is_not_the_term():
    found = _terms("# Logistics\n\n- A multinational integrated logistic unit is formed when two nations "
                   "place assets under one commander.\n")
    assert "Multinational" not in found


def test_an_appositive_term_does_not_start_with_its_subjects_verb_or_an_ordinal():
    found = _terms("# Attachés\n\nFew countries can afford a large section, so many use non-resident accreditation, "
                   "an arrangement in which one attaché based in a single embassy also covers neighbouring states. "
                   "Adding a fourth note, a seventh above the root, produces a richer chord.\n")
    assert "Use non-resident accreditation" not in found
    assert found["Non-resident accreditation"].startswith("An arrangement in which one attaché")
    assert "Fourth note" not in found


def test_an_object_with_a_foreign_complement_is_not_a_term():
    found = _terms("# Diplomacy\n\nThe host state may declare a diplomat persona non grata, a Latin phrase "
                   "meaning an unwelcome person, and the sending state must recall that individual.\n")
    assert "Diplomat persona non grata" not in found
