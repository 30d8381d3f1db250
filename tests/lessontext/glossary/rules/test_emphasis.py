"""The bold_subject rule: "**X** VERB ...", the author's bold term as the subject of what it does."""

from __future__ import annotations

from tests.lessontext.glossary.support import glossary


def test_an_examples_aside_after_a_bold_subject_illustrates_its_genus():
    found = glossary("Fuels come in two kinds. A **fossil fuel**, such as coal or oil, releases energy stored over "
                     "millions of years.")
    assert found.get("Fossil fuel") == (
        "defined", "A fuel, such as coal or oil, that releases energy stored over millions of years.")


def test_a_naming_aside_after_a_bold_subject_is_an_alias():
    from lessontext.document import parse_document
    from lessontext.glossary import extract_glossary

    terms = extract_glossary(parse_document(
        "# Voting\n\n**Ranked voting**, usually abbreviated to RV, lets each voter order the candidates by "
        "preference.\n"))
    entry = next(t for t in terms if t.term == "Ranked voting")
    assert entry.definition == "Voting that lets each voter order the candidates by preference."
    assert "RV" in entry.aliases


def test_an_examples_aside_before_a_copula_is_left_to_the_copula_rule():
    found = glossary("A **fossil fuel**, such as coal or oil, is a fuel formed from ancient plants.")
    assert found.get("Fossil fuel", ("", ""))[1] != "A fuel, such as coal or oil, that is a fuel formed from ancient plants."


def test_a_named_principle_is_a_subject_term_without_bold():
    found = glossary("The principle of precaution requires constant care to spare civilians, for example by verifying "
                     "targets.")
    assert found.get("Principle of precaution") == (
        "defined", "A principle that requires constant care to spare civilians, for example by verifying targets.")


def test_a_named_principle_with_an_outcome_is_not_defined():
    assert "Principle of precaution" not in glossary("The principle of precaution has grown in importance.")


import pytest  # noqa: E402


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The **pylorus**, part of the stomach, controls how fast food passes into the intestine.",
                     "Pylorus", "Part of the stomach that controls how fast food passes into the intestine.",
                     id="genus-aside"),
        pytest.param("The **anther**, at the tip of the stamen, makes the pollen grains of the flower.",
                     "Anther", "Something that makes the pollen grains of the flower.", id="place-aside"),
    ],
)
def test_an_aside_between_a_bold_subject_and_its_verb_gives_a_genus_or_is_passed_over(body, term, definition):
    assert glossary(body).get(term) == ("defined", definition)


def test_a_genus_aside_before_a_verb_leaning_on_a_pronoun_defines_nothing():
    assert "Pylorus" not in glossary("The **pylorus**, part of the stomach, controls it.")
