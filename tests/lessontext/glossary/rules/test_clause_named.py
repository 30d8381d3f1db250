"""The clause_named rule: "..., a principle known as X." / "..., a process called X." defined by the clause."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary.rule import Context
from lessontext.glossary.rules.clause_named import find_clause_named
from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Partners often divide the contracts in proportion to what each one pays, a principle sometimes called"
            " \"fair share\".",
            {"Fair share": ("defined", "The principle that partners often divide the contracts in proportion to what"
                                       " each one pays.")}, (),
            id="a-principle-is-the-clause-it-names",
        ),
        pytest.param(
            "When a river floods, fine mud settles over the fields beside it, a process known by the Latin name"
            " alluvio.",
            {"Alluvio": ("defined", "A process in which fine mud settles over the fields beside it.")},
            (), id="a-process-is-what-happens-after-the-opening-circumstance",
        ),
        pytest.param(
            "States have signed a series of pacts dealing with smuggling at sea. These pacts usually oblige a state"
            " either to try a smuggler or to hand him over, a principle known by the Latin phrase dedere vel punire.",
            {"Dedere vel punire": ("defined", "The principle that the pacts dealing with smuggling at sea usually"
                                              " oblige a state either to try a smuggler or to hand him over.")}, (),
            id="a-principle-stated-of-a-pointing-subject-named-by-the-sentence-before",
        ),
        pytest.param(
            "Allies buy the same radios and can talk to each other at once, a quality known as compatibility.",
            {}, ("Compatibility",), id="a-quality-names-one-phrase-not-the-clause",
        ),
    ],
)
def test_clause_named(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Some let officers from one country sail aboard the ships of another, an arrangement often called"
                     " a rider deal.", id="a-pronoun-subject-points-outside"),
        pytest.param("They divide the contracts by what each pays, a principle called fair share.",
                     id="a-personal-pronoun-subject"),
        pytest.param("Partners divide the contracts by what each pays, a belt often called fair share.",
                     id="a-noun-that-names-no-idea-or-event"),
        pytest.param("Firms share, a principle called fair share.", id="a-clause-too-short"),
        pytest.param("Each town elected its own council, a process called local democracy, and the councils met in"
                     " spring.", id="the-name-must-close-the-sentence"),
    ],
)
def test_clause_named_makes_nothing(sentence):
    document = parse_document(f"# Lesson\n\n## Part\n\n{sentence}\n")
    section = document.sections[-1]
    assert find_clause_named(section, sentence, Context.for_document(document)) == []
