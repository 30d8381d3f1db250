"""Entries raters reject as a kind, not as one text: rankings, worked figures, two things at once, bold terms."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary.extract import extract_glossary
from lessontext.glossary.select import is_data


def _terms(text: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(text))}


def test_a_ranking_is_not_a_definition():
    found = _terms("# Law\n\nNegligence is the most important tort in practice. "
                   "A tort is a civil wrong for which the law provides a remedy.\n")
    assert "Negligence" not in found
    assert found["Tort"].startswith("A civil wrong")


@pytest.mark.parametrize(("definition", "data"), [
    ("C to D.", True),
    ("2 flats (B♭, E♭).", True),
    ("2,000 + (2,000 × 0.05 × 10) = £3,000.00.", True),
    ("G major (G, B, D).", True),
    ("Transmission Control Protocol.", False),
    ("The first note.", False),
    ("Minor third + perfect fifth.", False),
])
def test_worked_figures_and_symbol_lists_are_data(definition, data):
    assert is_data(definition) is data


def test_a_label_whose_body_is_a_worked_figure_is_dropped():
    found = _terms("# Keys\n\nThe keys:\n\n- **D major**: 2 sharps (F♯, C♯)\n"
                   "- **Relative keys**: a major key and a minor key that share the same key signature\n")
    assert "D major" not in found
    assert "Relative keys" in found


def test_two_coordinated_things_are_not_one_term():
    found = _terms("# Tools\n\nGit and Mercurial are examples of distributed systems that copy a whole history.\n")
    assert not any(" and " in term for term in found)


def test_bold_subject_with_a_lexical_verb_is_defined_by_what_it_does():
    found = _terms("# Tort\n\nOther kinds of liability differ.\n\n"
                   "- **Strict liability** applies in certain situations regardless of fault.\n"
                   "- **Vicarious liability** makes one person answerable for another person's tort.\n")
    assert found["Strict liability"] == "Liability that applies in certain situations regardless of fault."
    assert found["Vicarious liability"].startswith("Liability that makes one person answerable")


def test_bold_common_word_and_generic_modifier_are_terms_when_defined():
    found = _terms("# Music\n\nA **scale** is a series of notes arranged in order of pitch. "
                   "A **key signature** is the group of sharps or flats written at the start of each line. "
                   "A **chord** is a group of notes sounded together.\n")
    assert {"Scale", "Key signature", "Chord"} <= set(found)


_CONTROL = "The flying buttress, an arch of stone leaping from an outer pier to the upper wall, completed the system."


@pytest.mark.parametrize(("sentence", "term"), [
    # one act or one thing of a worked example, not a term defined
    ("A student measures the resistance of a 0.80 m length of an unknown alloy wire and finds it to be 10.6 Ω.",
     "Student"),
    ("The graph is a straight line through the origin with a gradient of 7.0 Ω m⁻¹.", "Graph"),
    # a ranking with no noun, a clause set after a comma, a clause summed up
    ("Salisbury Cathedral is unusually consistent, but its spire, the tallest in England at about 123 metres, was "
     "added later.", "Spire"),
    ("It combined display with research: the upper room held the collection, a lecture room sat below, and a "
     "chemical laboratory occupied the basement.", "Collection"),
    ("Much of this protein is reused in new silk, an important economy for an animal that spends so much on building.",
     "New silk"),
    ("The valleys radiate outwards like the spokes of a wheel from a central high point, a pattern inherited from an "
     "ancient dome.", "Central high point"),
    ("A favourite preparation was the star regulus of antimony, a regulus being the purified metallic button that "
     "settles beneath the slag.", "Antimony"),
    ("When magma forces up a blister of rock, or the crust bulges, the softer outer layers are worn away.",
     "Blister of rock"),
    ("The word's origin is disputed: perhaps it comes from the Greek chyma, a casting of metal.", "Greek chyma"),
    # a property, not what the thing is (test-dz, both raters: "Alexandrian writings: Full of images")
    ("The Alexandrian writings are full of images of death and rebirth.", "Alexandrian writings"),
    # a ranking given as a name, the history of a word, a relative clause of another noun or of one person
    ("In 1565 the scholar Samuel Quiccheberg published the *Inscriptiones vel tituli theatri amplissimi*, often called "
     "the first treatise on museums.", "First treatise"),
    ('"Gothic" was a term of abuse coined by Renaissance Italian writers, such as Giorgio Vasari, who blamed the style '
     "on the barbarian Goths.", "Gothic"),
    ("In 1845 the antiquities moved to a new building on Beaumont Street, which keeps the Ashmolean name.",
     "Beaumont Street"),
    ("He befriended Elias Ashmole, a lawyer, astrologer and founding Fellow of the Royal Society, who helped compile "
     "the catalogue.", "Fellow of the Royal Society"),
])
def test_what_one_story_or_example_tells_is_no_entry(sentence, term):
    found = {t.strip('"“”') for t in _terms(f"# Buildings and wires\n\n## Notes\n\n{sentence} {_CONTROL}\n")}
    assert term not in found
    assert "Flying buttress" in found  # the document is read: the same text's real term is kept
