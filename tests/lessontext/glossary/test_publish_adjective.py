"""An adjective's entry beside the entry for the quality it names is one entry twice."""

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.publish import _noun_of


def test_the_quality_an_adjective_names_is_its_noun():
    assert _noun_of("Valid", "Validity") and _noun_of("Reliable", "Reliability")
    assert not _noun_of("Valid", "Valley") and not _noun_of("Reliable", "Reliance scheme")


def test_an_adjective_entry_gives_way_to_the_noun_entry():
    """test-dg, both raters: "Reliable" and "Reliability", "Valid" and "Validity" were duplicates."""
    text = ("# Research methods\n\nA method is **reliable** if another researcher using it again would obtain the same "
            "results.\n\n## Key terms\n\n- **Reliability** – a method is reliable if another researcher using it again "
            "would obtain the same results.\n- **Sample** – the people chosen to take part in a study.\n")
    terms = {t.term for t in extract_glossary(parse_document(text))}
    assert "Reliability" in terms and "Reliable" not in terms
