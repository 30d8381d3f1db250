"""The quoted_name rule: a coinage in quotation marks glossed on the spot."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary

_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param('The inspectors\' yardstick is the "safe dose", the largest amount that a worker may receive in '
                     "a year: 20 units.", "Safe dose", "The largest amount that a worker may receive in a year.",
                     id="appositive-up-to-the-colon"),
        pytest.param('Hospitals promoted a "learning culture", in which nurses can report mistakes without fear of '
                     "blame.", "Learning culture",
                     "A culture in which nurses can report mistakes without fear of blame.", id="in-which-on-its-head"),
        pytest.param('Students attended the secret "Evening College", which held classes in kitchens and moved every '
                     "month.", "Evening College", "A college that held classes in kitchens and moved every month.",
                     id="which-and-a-finite-verb"),
        pytest.param('Councillors are elected under the "single seat" system: the candidate with the most votes in a '
                     "ward wins.", "Single seat",
                     "The system in which the candidate with the most votes in a ward wins.", id="kind-then-colon"),
        pytest.param('Exporters follow a "prior notice" principle: a member that refuses a sale tells the others.',
                     "Prior notice", "The principle that a member that refuses a sale tells the others.",
                     id="principle-then-its-proposition"),
        pytest.param('Envoys tried "shuttle talks", in which mediators carried offers between two rooms.',
                     "Shuttle talks", "Talks in which mediators carried offers between two rooms.",
                     id="plural-head-stands-bare-before-in-which"),
        pytest.param('Towns opened "night courts", which sit after dark to hear urgent cases.', "Night courts",
                     "Courts that sit after dark to hear urgent cases.", id="plural-head-stands-bare-before-that"),
    ],
)
def test_a_quoted_name_is_defined_by_what_follows_its_closing_mark(body, term, definition):
    assert glossary(f"{body} {_PLAIN}").get(term, ("", ""))[1] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param('The style is named from the Italian for "smoke", in which tones blend softly.', "Smoke",
                     id="one-word"),
        pytest.param('The event "drawing a red card", which contains half the outcomes, is common.',
                     "Drawing a red card", id="an-example-with-an-article"),
        pytest.param('Critics spoke of a "Pacific NATO", a label the ministers rejected.', "Pacific NATO",
                     id="appositive-names-the-name"),
        pytest.param('The region is the "meeting of two rivers", the Rhone and the Saone.', "Meeting of two rivers",
                     id="appositive-lists-other-things"),
        pytest.param('The law is the "Harbour Act", which the council passed in 1901.', "Harbour Act",
                     id="name-is-the-object-of-its-clause"),
    ],
)
def test_a_quoted_phrase_that_is_no_coined_name_or_is_not_glossed_is_left_out(body, term):
    assert term not in glossary(f"{body} {_PLAIN}")
