"""Terms named inside a sentence that explains them by a process or a clause (lessontext.glossary.rules.processes)."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "With **simple interest**, interest is paid only on the original sum, called the **principal**.",
            {"Simple interest": ("defined", "Interest paid only on the original sum, called the principal.")},
            (),
            id="with-bold-term-passive-clause-about-its-head",
        ),
        pytest.param(
            "With **compound interest**, the interest earned in each period is added to the balance.",
            {"Compound interest": ("defined",
                                   "Interest in which the interest earned in each period is added to the balance.")},
            (),
            id="with-bold-term-other-clause-about-its-head",
        ),
        pytest.param(
            "With **careful planning**, the team finished the bridge early.",
            {}, ("Careful planning",),
            id="with-clause-not-about-the-head-noun",
        ),
        pytest.param(
            "When an acid donates a proton, what remains is called its **conjugate base**, and when a base accepts "
            "a proton, it becomes its **conjugate acid**.",
            {"Conjugate acid": ("defined", "What a base becomes when it accepts a proton."),
             "Conjugate base": ("defined", "What remains when an acid donates a proton.")},
            (),
            id="becomes-its-bold-term",
        ),
        pytest.param(
            "When a base accepts a proton, it becomes its conjugate acid.",
            {}, ("Conjugate acid",),
            id="becomes-needs-the-author-bold",
        ),
    ],
)
def test_process_rules(body, expected, absent):
    check(body, expected, absent)


def _terms(text: str) -> dict[str, str]:
    return {t.term: t.definition for t in extract_glossary(parse_document(text))}


def test_related_name_resolved_against_the_parent_section_concept():
    text = ("# Acids\n\n## The pH Scale\n\nThe pH scale expresses how acidic or basic a solution is.\n\n"
            "### Worked Example\n\nA related quantity, pOH, measures hydroxide ion concentration in the same way.\n")
    found = _terms(text)
    assert found["pOH"] == ("A quantity, related to the pH scale, that measures hydroxide ion concentration "
                            "in the same way.")
    assert "pH scale" in found  # a word with a capital inside keeps its spelling


def test_related_name_without_a_section_concept_is_not_an_entry():
    text = "# Acids\n\n## Introduction\n\nA related quantity, pOH, measures hydroxide ion concentration in the same way.\n"
    assert "pOH" not in _terms(text)
