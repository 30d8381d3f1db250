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
        ("Treaty of Lindholm", "A treaty of 1905 between Norway and Sweden that ended the Fjord War.")]


def test_who_made_it_names_the_parties_a_pronoun_points_at():
    # "an agreement that ended ... between them": the parties the opening names, written into the definition
    assert _found("# The Truce of Lindholm (1667)\n\nEarly in 1667, in the village of Lindholm, envoys of the Kingdom "
                  "of Norway and the Duchy of Holstein signed an agreement that ended thirteen years of war between "
                  "them.\n") == [
        ("Truce of Lindholm", "A truce of 1667 between the Kingdom of Norway and the Duchy of Holstein that ended "
                              "thirteen years of war between them.")]
    # an act that already names them does not name them twice
    assert _found("# The Treaty of Lindholm (1905)\n\nThe Treaty of Lindholm, signed on 4 May 1905 between Norway and "
                  "Sweden, ended the Fjord War between Norway and Sweden.\n") == [
        ("Treaty of Lindholm", "A treaty of 1905 that ended the Fjord War between Norway and Sweden.")]


def test_who_made_it_and_when_when_no_sentence_says_what_it_did():
    found = _found("# The Peace of Lindholm (1454)\n\nThe Peace of Lindholm, signed on 9 April 1454 between the "
                   "Kingdom of Norway and the Duchy of Holstein, brought one of the longest of these quarrels to an "
                   "end.\n")
    assert found == [("Peace of Lindholm",
                      "A peace settlement of 1454 between the Kingdom of Norway and the Duchy of Holstein.")]
    document = parse_document("# The Peace of Lindholm (1454)\n\nThe Peace of Lindholm was signed on 9 April 1454 "
                              "between Norway and Denmark. It was welcomed.\n")
    assert [c.confidence for c in find_opening_act(document, Context.for_document(document))] == [0.58]


def test_an_aside_made_at_a_place_and_a_bracketed_other_name():
    assert _found("# The Treaty of Lindholm (1585)\n\nIn 1585 Norway did what it had long avoided. The agreement, "
                  "made at Lindholm Palace on 10 August 1585, bound Norway to the cause of the rebel provinces.\n") == [
        ("Treaty of Lindholm", "A treaty of 1585 that bound Norway to the cause of the rebel provinces.")]
    assert _found("# The Peace of Lindholm (1697)\n\nThe Peace of Lindholm (Lindholmen in Norwegian) closed the Fjord "
                  "War between Norway and a coalition of northern states.\n") == [
        ("Peace of Lindholm",
         "A peace settlement of 1697 that closed the Fjord War between Norway and a coalition of northern states.")]


@pytest.mark.parametrize("body", [
    # another instrument's parties, or no one's
    "In 1648 the Peace of Lindholm ended the war, together with a separate treaty between Spain and the Dutch "
    "Republic signed earlier that year. It was welcomed.",
    "The three small states, wedged between Germany, Poland and the Soviet Union, made the Peace of Lindholm.",
    # persons, not the states they spoke for
    "On 4 May 1931 President Olaf Berg and Chancellor Nils Lund signed the Peace of Lindholm.",
    # a name cut before its common noun
    "Representatives of the French Republic and of the Habsburg monarchy signed the Peace of Lindholm.",
])
def test_no_parties_from_another_instrument_persons_or_a_cut_name(body):
    assert _found(f"# The Peace of Lindholm (1648)\n\n{body}\n") == []


@pytest.mark.parametrize("body", [
    # its story, not what it did
    "The Treaty of Lindholm, signed in 1884, lasted for forty years and shaped the politics of the north.",
    # a second clause on the story is cut, a pronoun that points back refuses
    "The Treaty of Lindholm gave that reconciliation a formal structure.",
    # "it" without a sentence naming the treaty before it
    "The kingdoms had quarrelled for decades. It ended the war between Norway and Sweden.",
    # another named treaty beside it
    "The treaty, like the Treaty of Oslo before it, ended the war between Norway and Sweden.",
    # which one, a later sentence says
    "The Treaty of Lindholm ended one of the most destructive conflicts in northern history.",
])
def test_what_defines_nothing_is_refused(body):
    assert _found(f"# The Treaty of Lindholm (1884)\n\n{body}\n") == []
