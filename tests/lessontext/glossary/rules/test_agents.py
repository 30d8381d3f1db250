"""The passive_agent rule: a bold process named as the agent of a passive sentence."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "A river moves its load in several ways. Fine particles of silt are carried within the water by"
            " **suspension**.",
            {"Suspension": ("defined", "A process by which fine particles of silt are carried within the water.")},
            (), id="what-happens-then-the-bold-process",
        ),
        pytest.param(
            "The city grew rich from trade. The dome of the cathedral was designed by **Brunelleschi**.",
            {}, ("Brunelleschi",), id="a-person-as-agent-is-no-process",
        ),
        pytest.param(
            "A river moves its load in several ways. They are carried within the water by **suspension**.",
            {}, ("Suspension",), id="a-happening-leaning-on-a-pronoun",
        ),
    ],
)
def test_passive_agent(body, expected, absent):
    check(body, expected, absent)
