"""Glosses given in passing: ", meaning ..." after a noun phrase."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Governments usually speak of **effective verification**, meaning a standard under which any serious"
            " violation would be detected in time.\n\n"
            "Once accepted, an envoy enjoys diplomatic immunity, meaning protection from arrest by the host country.\n\n"
            "The doctrine speaks of collective responsibility, meaning that nations share the task of supply.\n",
            {
                "Effective verification": ("defined", "A standard under which any serious violation would be detected"
                                           " in time."),
                "Diplomatic immunity": ("defined", "Protection from arrest by the host country."),
                "Collective responsibility": ("defined", "The idea that nations share the task of supply."),
            },
            (),
            id="noun-phrase-then-meaning-gloss",
        ),
        pytest.param(
            "The bank raised its interest rates, meaning the price of loans went up.\n\n"
            "Sales fell, meaning profits dropped sharply.\n",
            {},
            ("Interest rates", "Sales"),
            id="meaning-of-a-consequence-is-no-gloss",
        ),
    ],
)
def test_glosses(body, expected, absent):
    check(body, expected, absent)
