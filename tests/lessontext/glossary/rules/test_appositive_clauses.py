"""The appositive rule refuses what is no appositive of the noun before the comma (g-context6)."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "After talks in Lisbon, Quito and Perth, a regional summit in Nairobi approved the charter on 4 May 2011.",
            {}, ("Perth",), id="subject-of-the-main-clause-after-an-opening-phrase",
        ),
        pytest.param(
            "Members may hold joint drills with states outside the accord, a compromise sought by coastal states.",
            {}, ("Accord",), id="a-compromise-sums-up-the-clause",
        ),
        pytest.param(
            "From these reports the service plots the edge of all charted reefs, a line around the waters in which"
            " ships must slow down.",
            {}, ("Reefs", "Charted reefs"), id="the-appositive-renames-the-phrase-before-of-all",
        ),
        # test-cq, both raters: a list's items are no appositives, nor a reaction after a thing's name
        pytest.param(
            "Enzymes that speed up chemical reactions, the haemoglobin that carries oxygen in the blood and the"
            " antibodies that fight infection are all proteins.",
            {}, ("Chemical reaction", "Chemical reactions"), id="items-of-a-list-that-are-all-one-thing",
        ),
        pytest.param(
            "A **peptide bond** forms between the two **amino acids**, a reaction that requires energy from the cell.",
            {}, ("Amino acid", "Amino acids"), id="a-reaction-sums-up-the-clause-not-the-thing-before-it",
        ),
        pytest.param(
            "The farmers grew maize, a cereal plant domesticated in Mexico.",
            {"Maize": ("defined", "A cereal plant domesticated in Mexico.")}, (),
            id="a-participle-without-an-object-still-glosses",
        ),
        # test-cu (session 45): "and the" inside the gloss's own relative clause joins that clause's objects
        pytest.param(
            "The navigator checked the noon sun with a sextant, an instrument that measures the angle between the sun"
            " and the horizon.",
            {"Sextant": ("defined", "An instrument that measures the angle between the sun and the horizon.")}, (),
            id="a-relative-clause-joins-its-own-objects",
        ),
        # test-cu, both raters: a method told by its history renames the act before a thing's name
        pytest.param(
            "The pressed cake is then milled into cocoa powder, a method introduced by a Dutch chemist in 1828.",
            {}, ("Cocoa powder",), id="a-method-renames-the-act-not-the-thing",
        ),
        pytest.param(
            "Sugar is drawn out of the beet slices by diffusion, a process introduced in the 1860s to replace pressing.",
            {"Diffusion": ("defined", "A process introduced in the 1860s to replace pressing.")}, (),
            id="an-act-named-by-a-process-keeps-its-gloss",
        ),
        # test-cu, both raters: after an opening appositive, "a smaller rebellion began ..." is the main clause
        pytest.param(
            "In March 1820, a month in which storms closed every port along the coast, a small revolt began in a"
            " tavern near the harbour.",
            {}, ("Coast",), id="a-past-verb-makes-the-appositive-a-clause",
        ),
        # test-bc, both raters: items of a list sharing a plural "are" are no gloss of the first
        pytest.param(
            "A stiff neck, a slight fever or tiredness for a day or so are usual after the injection.",
            {}, ("Stiff neck",), id="a-list-sharing-a-plural-copula",
        ),
    ],
)
def test_appositive_refusals(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    check(body, expected, absent)
