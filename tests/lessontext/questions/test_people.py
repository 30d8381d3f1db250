"""Gaps on people: not the protagonist, not a name the stem gives in another form, not a passer-by."""

import pytest

from lessontext.questions.people import looks_like_a_person, name_form_in_stem, passer_by, person_gap_fails, protagonist

VOYAGE = ("Ferdinand Magellan sailed in 1519. Magellan crossed the Atlantic. Magellan found the strait. "
          "Magellan named the Pacific. Magellan died at Mactan in 1521. Juan Elcano, a sailor from Getaria, "
          "brought one ship home.")


def test_the_protagonist_by_title_or_by_count():
    assert protagonist("Ferdinand Magellan", "The Voyage of Magellan", "")
    assert protagonist("Ferdinand Magellan", "Sailing Round the World", VOYAGE)
    assert protagonist("Fernão", "The Life of Fernao de Magalhaes", "")  # a form of the name in the title
    assert not protagonist("Juan Elcano", "Sailing Round the World", VOYAGE)


@pytest.mark.parametrize(("name", "blanked", "expected"), [
    ("Caterina", "In 1533 _____ moved to France, later known by the French form of her name, Catherine.", True),
    ("Lev", "In 1851 _____ went to the Caucasus, where Leo's brother served.", False),
    ("Juan Elcano", "After the fight at Mactan, _____ took command of the Victoria.", False),
])
def test_a_form_of_the_name_in_the_stem(name, blanked, expected):
    assert name_form_in_stem(name, blanked) is expected


def test_a_passer_by_named_once_with_an_everyday_role():
    people = ("Ferdinand Magellan", "Juan Elcano")
    assert passer_by("Juan Elcano", "_____, a sailor from Getaria, brought one ship home.", VOYAGE, people)
    assert not passer_by("Juan Elcano", "_____, a sailor from Getaria, brought one ship home.", VOYAGE, ("Juan Elcano",))
    assert not passer_by("Juan Elcano", "_____ brought one ship home.", VOYAGE, people)
    assert not passer_by("Juan Elcano", "_____, a sailor from Getaria, brought one ship home.", VOYAGE + " Elcano was honoured.",
                         people)
    assert person_gap_fails("Ferdinand Magellan", "_____, born in Portugal, sailed for Spain.", "Sailing Round the World", VOYAGE)
    assert not person_gap_fails("Juan Elcano", "After the fight at Mactan, _____ took command.", "Sailing Round the World", VOYAGE)


def test_a_body_or_an_office_is_no_person():
    assert looks_like_a_person("Mary Seacole") and looks_like_a_person("Maria")
    assert not looks_like_a_person("International Court of Justice")
    assert not looks_like_a_person("National IHR Focal Point")
