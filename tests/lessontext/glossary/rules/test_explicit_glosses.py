"""Terms a lesson defines explicitly in shapes no rule read before: glossed objects, named statements, apposed names."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The export rules deal mainly with diversion, meaning the transfer of goods to a buyer who was "
                     "never approved.", "Diversion", "The transfer of goods to a buyer who was never approved.",
                     id="meaning-a-noun-phrase-after-an-object"),
        pytest.param("The law covers export and brokering, that is, arranging sales between two other parties.",
                     "Brokering", "Arranging sales between two other parties.", id="that-is-an-activity"),
        pytest.param("Fractions that look different can still describe the same amount of a whole. These are called "
                     "equivalent fractions.", "Equivalent fractions",
                     "Fractions that look different can still describe the same amount of a whole.",
                     id="these-are-called"),
        pytest.param("Dividing one number by another can give decimals that never end but repeat one digit for ever; "
                     "these are called repeating decimals.", "Repeating decimals",
                     "Decimals that never end but repeat one digit for ever.", id="the-names-head-restricted-before"),
        pytest.param("Tumours can also begin in the lymph nodes themselves; these are called **lymph cancers**.",
                     "Lymph cancers", "Tumours that begin in the lymph nodes themselves.", id="a-bare-plural-statement"),
        pytest.param("The bottom number, the denominator, tells you how many equal parts make the whole.",
                     "Denominator", "A bottom number that tells you how many equal parts make the whole.",
                     id="apposed-name-with-its-predicate"),
        pytest.param("A **mark** is a number out of 20.", "Mark", "A number out of 20.", id="bold-bare-head-of-measure"),
        pytest.param("A swollen red patch of skin, or **rash**, can follow a bite.", "Rash",
                     "A swollen red patch of skin.", id="or-and-the-bold-name"),
        # test-cz, both raters: "Character raku" is no term; the character's name is
        pytest.param("The warlord gave the workshop a seal bearing the character raku, meaning enjoyment or ease.",
                     "Raku", "A character meaning enjoyment or ease.", id="the-character-x-meaning"),
        pytest.param("The tea master championed a style of tea called wabi-cha, which valued simplicity and quiet.",
                     "Wabi-cha", "A style of tea that valued simplicity and quiet.", id="a-kind-of-x-called-t-which"),
    ],
)
def test_an_explicit_definition_is_an_entry(body: str, term: str, definition: str) -> None:
    assert glossary(body).get(term) == ("defined", definition)


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("The council cut its spending, meaning the number of staff who could be hired went down.",
                     "Spending", id="a-consequence-is-no-gloss"),
        pytest.param("They look different but describe the same amount. These are called equivalent fractions.",
                     "Equivalent fractions", id="a-statement-that-leans-on-the-one-before"),
        pytest.param("A master weaver of the town, the alderman, set the price of cloth in every market.", "Alderman",
                     id="one-persons-story"),
        pytest.param("The top number, the numerator, tells you how many of those parts you have.", "Numerator",
                     id="a-predicate-that-leans-outside"),
    ],
)
def test_no_entry_where_the_shape_does_not_define(body: str, term: str) -> None:
    assert term not in glossary(body)


def test_another_name_after_a_bold_subject_is_not_its_definition() -> None:
    found = glossary("An **endotherm**, or warm-blooded animal, keeps its body warm.")
    assert found.get("Endotherm") != ("defined", "A warm-blooded animal.")
