"""The title's named body or instrument, and the definitions the titled-subject rule composes for it."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary, lexicon
from lessontext.glossary.rule import Context
from lessontext.glossary.rules.titled_subject import find_titled_subject, title_subject
from lessontext.vocabulary import TermKind


@pytest.mark.parametrize(("title", "expected"), [
    ("The Harbour Accord of 1931", ("Harbour Accord", "accord", "1931")),
    ("The Treaty of Lindholm: Fishing in Peace", ("Treaty of Lindholm", "treaty", "")),
    ("The Valley Water Convention and the Making of a River Authority", ("Valley Water Convention", "convention", "")),
    ("The Hill Farmers' Alliance, 1880-1902", ("Hill Farmers' Alliance", "alliance", "")),
    ("The Northern Air Command", ("Northern Air Command", "command", "")),
    ("Riverlink: Towns Working Together", None),
    ("The Silk Road", None),
    ("Photosynthesis", None),
])
def test_title_subject(title, expected):
    assert title_subject(title) == expected


def test_command_is_a_kind_of_body():
    assert lexicon.KIND_HEADS["command"] == TermKind.ORGANISATION


def _defined(markdown: str) -> list[tuple[str, str]]:
    document = parse_document(markdown)
    return [(c.term, c.definition) for c in find_titled_subject(document, Context.for_document(document))]


def test_participle_opener_gives_the_date_and_the_verb_phrase():
    assert _defined("# The Orchard Pact\n\nGrowers had long undercut each other.\n\nSigned in 1911, the pact bound "
                    "its members to sell apples at one price.\n") == [
        ("Orchard Pact", "A pact of 1911 that bound its members to sell apples at one price.")]


def test_aside_gives_the_parties():
    assert _defined("# The Treaty of Lindholm\n\nThe treaty, agreed in 1884 between Norway and Sweden, limited each "
                    "fleet to its own side of the fjord.\n") == [
        ("Treaty of Lindholm", "A treaty of 1884 between Norway and Sweden that limited each fleet to its own side "
         "of the fjord.")]


def test_first_purpose_sentence_wins_and_history_is_skipped():
    assert _defined("# The Orchard Pact\n\nThe pact entered into force in 1912. The pact bans the sale of unripe "
                    "fruit in the county markets. The pact also limits prices.\n") == [
        ("Orchard Pact", "A pact that bans the sale of unripe fruit in the county markets.")]


def test_a_second_clause_is_cut_off():
    assert _defined("# The Orchard Pact\n\nThe pact regulates picking, packing and sale, that is, every step "
                    "after the harvest, and each grower must keep records.\n") == [
        ("Orchard Pact", "A pact that regulates picking, packing and sale.")]


def test_plural_title_reads_only_the_plural_kind():
    assert _defined("# The Harbour Treaties\n\nThe treaty created two ports.\n") == []
    assert _defined("# The Harbour Treaties\n\nThe treaties bound the towns to share one pilot service.\n") == [
        ("Harbour Treaties", "Treaties that bound the towns to share one pilot service.")]


def test_rank_among_its_kind_keeps_the_names_own_kind_first():
    assert _defined("# The Lisbon Accord of 1902\n\nThe Lisbon Accord of 1902 is one of the oldest port "
                    "agreements still in use.\n") == [
        ("Lisbon Accord", "An accord of 1902, one of the oldest port agreements still in use.")]


def test_the_entry_reaches_the_glossary_under_the_title_name():
    markdown = ("# The Orchard Pact of 1911\n\nGrowers had long undercut each other at market.\n\n## Terms\n\n"
                "The pact bound its members to sell apples at one price.\n")
    entries = {t.term: t for t in extract_glossary(parse_document(markdown))}
    assert entries["Orchard Pact"].rule == "titled_subject"
    assert "Orchard Pact of 1911" in entries["Orchard Pact"].aliases


def test_what_it_makes_of_someone_is_what_it_does():
    assert _defined("# The Orchard Pact\n\nThe pact makes the county board the sole buyer of cider apples.\n") == [
        ("Orchard Pact", "A pact that makes the county board the sole buyer of cider apples.")]
