import pytest

from lessontext.document import parse_document
from lessontext.glossary.biography import person_described
from lessontext.glossary.extract import extract_glossary


@pytest.mark.parametrize(("rule", "term", "definition", "sentence", "person"), [
    ("appositive", "Joseph Aspdin", "A bricklayer from Leeds.",
     "In 1824 Joseph Aspdin, a bricklayer from Leeds, patented a new cement.", True),
    ("appositive", "Toussaint Louverture", "A formerly enslaved coachman who had been fighting for Spain.",
     "The revolt found its leader in Toussaint Louverture, a formerly enslaved coachman who had been fighting for "
     "Spain.", True),
    ("copula", "Linus Yale Sr.", "A mechanic in upstate New York.",
     "Linus Yale Sr. was a mechanic in upstate New York.", True),
    ("appositive", "Heinrich von Tschirschky", "A German diplomat accompanying the kaiser.",
     "He spoke to Heinrich von Tschirschky, a German diplomat accompanying the kaiser.", True),
    ("appositive", "Augustus Siebe", "An instrument-maker from Saxony who had settled in London.",
     "The pump came from Augustus Siebe, an instrument-maker from Saxony who had settled in London.", True),
    ("described_salient", "Vaucanson", "A glove-maker's son from Grenoble.",
     "The maker, Jacques de Vaucanson, a glove-maker's son from Grenoble, presented a memoir to the Académie.", True),
    ("copula", "Fresnel", "A civil engineer in the state road and bridge service.",
     "Fresnel was a civil engineer in the state road and bridge service.", True),
    # a lesson's own list of people is the author's glossary
    ("label", "Friar Laurence", "A Franciscan friar and Romeo's adviser.",
     "Friar Laurence – a Franciscan friar and Romeo's adviser.", False),
    # a common noun (a headword's capital is no sign of a name), a kind of person, a named thing, a noun that heads
    # nothing ("general")
    ("appositive", "Glaciologist", "A scientist who studies glaciers and ice.",
     "Dr Ana Silva is a glaciologist, a scientist who studies glaciers and ice.", False),
    ("copula", "Pharaoh", "The king of ancient Egypt.", "Pharaoh was the king of ancient Egypt.", False),
    ("copula", "Military attaché", "A commissioned officer assigned to a diplomatic mission abroad.",
     "A military attaché is a commissioned officer assigned to a diplomatic mission abroad.", False),
    ("copula", "Treaty of Troyes", "The high point of English fortunes in the war.",
     "The Treaty of Troyes was the high point of English fortunes in the war.", False),
    ("copula", "Tephra", "The general name for fragments blasted out in an eruption.",
     "Tephra is the general name for fragments blasted out in an eruption.", False),
])
def test_a_name_glossed_by_who_the_person_was(rule, term, definition, sentence, person):
    assert person_described(rule, term, definition, sentence) is person


def test_a_person_the_prose_tells_of_is_no_entry_but_the_term_beside_is():
    text = ("# Cement\n\n## Portland cement\n\nIn 1824 Joseph Aspdin, a bricklayer from Leeds, patented a new cement. "
            "Aspdin named it after the stone of Portland. Joseph Aspdin later built a works at Wakefield, and Aspdin's "
            "son William improved the kiln. Clinker, the hard nodules that leave the kiln, is ground with a little "
            "gypsum to make the powder.\n")
    found = {t.term for t in extract_glossary(parse_document(text))}
    assert "Joseph Aspdin" not in found
    assert "Clinker" in found
