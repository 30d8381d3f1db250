"""The opening_act rule: an essay's titled instrument, defined by what its opening says it did."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.rule import Context
from lessontext.glossary.rules.opening_act import find_opening_act, title_instrument


def _found(markdown: str) -> list[tuple[str, str]]:
    document = parse_document(markdown)
    return [(c.term, c.definition) for c in find_opening_act(document, Context.for_document(document))]


def _entries(markdown: str) -> dict[str, tuple[str, str]]:
    return {t.term: (t.rule, t.definition) for t in extract_glossary(parse_document(markdown))}


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("The Pact of Lindholm between Norway and Denmark (1931)", "The Pact of Lindholm was signed.",
     ("Pact of Lindholm", "pact", False, "1931")),
    ("The Triple Alliance of Norway, Denmark and Sweden (1882)", "The Triple Alliance was signed.",
     ("Triple Alliance", "alliance", False, "1882")),
    ("The Harbour Accords of 1978", "The talks nearly failed.", ("Harbour Accords", "accord", True, "1978")),
    ("The Peace of Lindholm and the End of the Herring War", "The Peace of Lindholm was signed.",
     ("Peace of Lindholm", "peace settlement", False, "")),
])
def test_title_names_the_instrument_in_the_form_the_text_writes(title, body, expected):
    assert title_instrument(parse_document(f"# {title}\n\n{body}\n")) == expected


@pytest.mark.parametrize("title", [
    "The Antarctic Treaty System and Science",  # a name whose head is not the instrument
    "Status of Forces Agreements Between Allies",  # a kind of agreement, not one
    "Regional Security in Africa",
])
def test_titles_naming_no_single_instrument_give_nothing(title):
    assert title_instrument(parse_document(f"# {title}\n\nThe Antarctic Treaty binds its parties.\n")) is None


def test_a_year_inside_the_ended_war_s_name_no_longer_costs_the_entry():
    entries = _entries(
        "# The Treaty of Lindholm (1884)\n\nThe Treaty of Lindholm, signed on 4 May 1884 in Bergen, brought an end "
        "to the Fjord War of 1880 between Norway and Sweden. It transferred no territory.\n")
    assert entries["Treaty of Lindholm"] == (
        "opening_act", "A treaty of 1884 that brought an end to the Fjord War of 1880 between Norway and Sweden.")


def test_it_after_the_naming_sentence_and_a_but_clause_after_a_negated_one():
    assert _found("# The Harbour Declaration of 1966\n\nOn 10 January 1966 the Harbour Declaration was signed in "
                  "Bergen. The declaration did not end the quarrel over the river, but it restored the old boundary and "
                  "set out rules for shipping.\n") == [
        ("Harbour Declaration", "A declaration of 1966 that restored the old boundary and set out rules for shipping.")]
    assert _found("# The Treaty of Lindholm (1976)\n\nThe Treaty of Lindholm is one of the founding documents of the "
                  "north. Signed on 24 February 1976 at the first summit of the Nordic states, held in Bergen, it set "
                  "out a code of conduct for relations between states.\n") == [
        ("Treaty of Lindholm", "A treaty of 1976 that set out a code of conduct for relations between states.")]


def test_what_it_was_said_of_it_right_after_the_naming_sentence():
    assert _found("# The Holy League (1815)\n\nThe Holy League, signed in Paris by three monarchs, contained no "
                  "military clauses. It was instead a declaration of Christian principle.\n") == [
        ("Holy League", "A declaration of Christian principle.")]
    # a vague "a short document, yet ...": too few words once the second clause is cut
    assert _found("# The Bergen Treaty\n\nThe Bergen Treaty was signed in 1963. It was a short document, yet the "
                  "habits it created lasted.\n") == []


def test_the_signing_sentence_tells_what_it_is_before_naming_it():
    assert _found("# The Lindholm Pact (1939)\n\nOn 23 August 1939 the foreign ministers of Norway and Sweden, Olaf "
                  "Berg and Nils Lund, signed a treaty of non-aggression in Bergen. Their accommodation upset every "
                  "calculation.\n") == [
        ("Lindholm Pact", "A treaty of non-aggression signed by Norway and Sweden in Bergen in 1939.")]
    assert _found("# The Treaty of Lindholm (1905)\n\nOn 5 September 1905, at a shipyard, representatives of Norway "
                  "and Sweden signed the treaty that ended the Fjord War. The talks had been hard.\n") == [
        ("Treaty of Lindholm", "A treaty of 1905 that ended the Fjord War.")]


@pytest.mark.parametrize("body", [
    # its story, not what it did
    "The Treaty of Lindholm, signed in 1884, lasted for forty years and shaped the politics of the north.",
    # a second clause on the story is cut, a pronoun that points back refuses
    "The Treaty of Lindholm gave that reconciliation a formal structure.",
    # "it" without a sentence naming the treaty before it
    "The kingdoms had quarrelled for decades. It ended the war between Norway and Sweden.",
    # another named treaty beside it
    "The treaty, like the Treaty of Oslo before it, ended the war between Norway and Sweden.",
])
def test_what_defines_nothing_is_refused(body):
    assert _found(f"# The Treaty of Lindholm (1884)\n\n{body}\n") == []
