"""lessontext.glossary.rules.governing_names: a named instrument that a sentence's main clause happens under."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary

# A sentence of everyday function words, so that a one-sentence text reads as English.
_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Under the Harbour Safety Convention, a coastal town has rights over the boats in its bay, which "
                     "can reach far out to sea.", "Harbour Safety Convention",
                     "A convention under which a coastal town has rights over the boats in its bay, which can reach far "
                     "out to sea.", id="under-a-named-convention"),
        pytest.param("Through the Coastal Rescue Mechanism, created in 2001, a port hit by a storm can request help.",
                     "Coastal Rescue Mechanism",
                     "A mechanism, created in 2001, through which a port hit by a storm can request help.",
                     id="through-a-named-mechanism-with-its-participle-aside"),
        pytest.param("Under the HARBOUR framework, managed by the Port Office, ports trade pilots with one another.",
                     "HARBOUR framework",
                     "A framework, managed by the Port Office, under which ports trade pilots with one another.",
                     id="an-acronym-and-its-kind"),
        pytest.param("Under the Harbour Safety Treaty, small ports share their pilots, and the Ferry Protocol, agreed in "
                     "1997, gives inspectors wider access.", "Harbour Safety Treaty",
                     "A treaty under which small ports share their pilots.", id="up-to-a-clause-about-another-name"),
        pytest.param("Under the Harbour Safety Treaty, Ruritania and Freedonia share their pilots.",
                     "Harbour Safety Treaty", "A treaty under which Ruritania and Freedonia share their pilots.",
                     id="two-names-as-one-subject"),
    ],
)
def test_a_named_instrument_is_what_the_main_clause_happens_under(body, term, definition):
    assert glossary(f"{body} {_PLAIN}").get(term, ("", ""))[1] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("Under the Tokugawa Dynasty, ports were closed to most foreign ships.", "Tokugawa Dynasty",
                     id="a-time-is-no-framework"),
        pytest.param("Under the United Nations system, training is the duty of the states that send troops.",
                     "United Nations system", id="a-name-and-a-head-that-names-no-instrument"),
        pytest.param("Under the Harbour Safety Convention, they keep a list of the ships.", "Harbour Safety Convention",
                     id="a-clause-that-leans-on-earlier-text"),
        pytest.param("Under Harbour, ports keep a list of the ships.", "Harbour", id="a-one-word-name"),
    ],
)
def test_a_name_that_frames_no_rule_is_left_alone(body, term):
    assert term not in glossary(f"{body} {_PLAIN}")


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("In 1998, under a secret operation known as Project Tern, two tonnes of old shells were lifted "
                     "from the harbour floor.", "Project Tern",
                     "A secret operation under which two tonnes of old shells were lifted from the harbour floor.",
                     id="a-year-then-under-a-kind-known-as"),
        pytest.param("Under the scheme called Safe Harbour, ports share the cost of one rescue tug.", "Safe Harbour",
                     "A scheme under which ports share the cost of one rescue tug.", id="under-the-kind-called"),
        pytest.param("Under the period known as the Long Peace, ports grew rich.", "Long Peace", None,
                     id="a-time-is-no-framework"),
        pytest.param("Under the rules known as Harbour Law, they keep a list of the ships.", "Harbour Law", None,
                     id="a-plural-kind-or-a-pronoun-clause"),
    ],
)
def test_a_kind_named_after_under_governs_the_main_clause(body, term, definition):
    found = glossary(body).get(term)
    assert (found[1] if found else None) == definition


def test_a_bold_model_after_under_governs_the_main_clause():
    found = glossary("Under the **lead port** model, one harbour runs the shared tugs for its neighbours.")
    assert found["Lead port"][1] == "A model under which one harbour runs the shared tugs for its neighbours."


def test_a_plain_noun_before_system_after_under_is_no_name():
    assert "Tax" not in glossary("Under the tax system, every port pays a share of the tug costs.")


def test_a_quoted_modifier_before_policy_after_under_names_the_policy():
    found = glossary('Under the "no-overtake" policy, pilots agree not to take a ship that another pilot has refused '
                     "without first asking that pilot.")
    assert found["No-overtake policy"][1] == ("A policy under which pilots agree not to take a ship that another pilot "
                                              "has refused without first asking that pilot.")


def test_a_plain_modifier_before_policy_is_still_no_name():
    assert "No-overtake policy" not in glossary("Under the no-overtake policy, pilots agree not to take a ship that "
                                                "another pilot has refused.")


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Under Protocol II, the river states promise not to dump waste anywhere in the bay.",
                     "Protocol II", "A protocol under which the river states promise not to dump waste anywhere in the "
                     "bay.", id="a-protocol-and-its-roman-numeral"),
        pytest.param("Under Protocol II, they promise not to dump waste anywhere in the bay.", "Protocol II", None,
                     id="a-clause-that-leans-on-earlier-text"),
        pytest.param("Under Article I, each river state undertakes never, in any season, to:\n\n- dump waste;\n- drain "
                     "the marsh.", "Article I", None, id="a-clause-that-goes-on-in-a-list"),
    ],
)
def test_a_numbered_part_of_an_instrument_takes_its_kind_from_the_word_before_the_number(body, term, definition):
    found = glossary(f"{body} {_PLAIN}").get(term)
    assert (found[1] if found else None) == definition


def test_a_second_statement_with_a_common_noun_subject_ends_the_clause():
    found = glossary("Under the Harbour Safety Treaty, small ports share their pilots, and a separate treaty in the same "
                     f"year provided two rescue tugs. {_PLAIN}")
    assert found["Harbour Safety Treaty"][1] == "A treaty under which small ports share their pilots."


def test_a_dated_treaty_after_under_is_left_to_what_the_essay_says_it_is():
    # "Under the Treaty of X of 1919, Germany recognised ...": one provision of a famous treaty is no definition of it
    assert "Harbour Safety Treaty" not in glossary("Under the Harbour Safety Treaty of 1919, small ports share their "
                                                   f"pilots. {_PLAIN}")
