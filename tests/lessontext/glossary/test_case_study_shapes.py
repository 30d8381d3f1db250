"""Case studies, biographies and worked-example lessons: how they explain the concepts they teach."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary


def _glossary(text: str) -> dict[str, str]:
    return {term.key: term.definition for term in extract_glossary(parse_document(text))}


@pytest.mark.parametrize(
    ("text", "key", "opening"),
    [
        ("# Rocks\n\nThis chapter introduces stratigraphy: the study of how rock layers are laid down over time. "
         "Geologists read the layers like pages.\n", "stratigraphy", "The study of how rock layers"),
        ("# Scurvy\n\nMost ship surgeons trusted the humour theory: the idea that illness came from an imbalance of "
         "body fluids. Lind doubted it.\n", "humour theory", "The idea that illness came"),
        ("# Fishing\n\nThe council manages the catch through quotas: a system of limits by which each vessel may land "
         "only a fixed weight of fish.\n", "quota", "A system of limits by which"),
        ("# Farms\n\nThe old farmer died in 1890 of swamp fever, a disease of the liver caused by parasites. His "
         "sons sold the land.\n", "swamp fever", "A disease of the liver"),
    ],
)
def test_concept_glossed_in_passing(text: str, key: str, opening: str) -> None:
    assert _glossary(text)[key].startswith(opening)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("# Aid\n\nThe plan rests on one simple idea: a partner that can defend itself is more stable.\n", "simple idea"),
        ("# Stars\n\nThe star threw off a shell of gas, a planetary nebula, as it aged and cooled down.\n", "gas"),
    ],
)
def test_no_gloss_for_a_claim_or_a_renamed_phrase(text: str, key: str) -> None:
    assert key not in _glossary(text)


def test_gloss_ending_on_its_worked_instance_keeps_the_gloss() -> None:
    text = ("# Rates\n\n## Worked examples\n\nExample 3: A loan rate goes from 5% to 7%. A rate gap is the plain "
            "difference between two rates, here 7 minus 5.\n\nExample 4: A fee rises from 2% to 3%.\n")
    assert _glossary(text)["rate gap"] == "The plain difference between two rates."


def test_counted_plural_glossed_by_a_rarer_name_with_what_it_does() -> None:
    text = "# Leaves\n\nA leaf has thousands of tiny pores, or stomata, which let gases in and out of the leaf.\n"
    assert _glossary(text)["stoma"] == "Tiny pores which let gases in and out of the leaf."


@pytest.mark.parametrize(
    ("text", "key", "opening"),
    [
        ("# Plague\n\nWhile working in the port he found what doctors now call the silent carrier, the person who "
         "spreads a disease without falling ill.\n", "silent carrier", "The person who spreads"),
        ("# Plague\n\nWhile working in the port he found what doctors now call the silent carrier, a person who "
         "spreads a disease without falling ill.\n", "silent carrier", "A person who spreads"),
    ],
)
def test_name_just_given_is_glossed_by_its_appositive(text: str, key: str, opening: str) -> None:
    assert _glossary(text)[key].startswith(opening)


def test_courtesy_calls_are_no_naming() -> None:
    text = "# Visits\n\nThe captain makes courtesy calls on the mayor, the regional commander and the bishop.\n"
    assert "mayor" not in _glossary(text)


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("# Soils\n\nAlluvial soils are made from silt laid down by rivers in flood. Farmers prize them.\n",
         "alluvial soil", "Soils made from silt laid down by rivers in flood."),
        ("# Rocks\n\nVolcanic glass is formed when lava cools too fast for crystals to grow.\n",
         "volcanic glass", "Glass formed when lava cools too fast for crystals to grow."),
    ],
)
def test_kind_defined_by_how_it_forms(text: str, key: str, expected: str) -> None:
    assert _glossary(text)[key] == expected


def test_what_a_thing_is_made_of_is_no_formation() -> None:
    assert "old rock" not in _glossary("# Rocks\n\nThe old rocks are made of quartz and mica.\n")
