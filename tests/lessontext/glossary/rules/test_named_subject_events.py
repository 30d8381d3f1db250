"""A named subject whose predicate only tells how its story ended is not defined by it (g-context6)."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "The Danube Shipping Pact dissolved in 1952 and Austria left the river commission later that year, so its"
            " quota had to be shared among the other members.",
            {}, ("Danube Shipping Pact",), id="dissolved-in-a-year",
        ),
        pytest.param(
            "The Danube Shipping Pact sets tolls for barges on the river.",
            {"Danube Shipping Pact": ("programme", "A pact that sets tolls for barges on the river.")}, (),
            id="what-it-does-still-defines",
        ),
    ],
)
def test_end_of_life_predicates(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    check(body, expected, absent)


def test_a_name_given_in_passing_is_not_defined_by_how_its_story_ended() -> None:
    check("A small glacier called Vatnsbreen was declared dead in 2014.", {}, ("Vatnsbreen",))
