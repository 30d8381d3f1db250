"""The described_salient rule: salient terms described by an appositive, a bracketed gloss or a relative clause."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary.extract import collect_candidates
from lessontext.glossary.rules.described import _describe, _heads_own_phrase


@pytest.mark.parametrize(
    ("term", "sentence", "definition"),
    [
        pytest.param("reed beds", "The farm filters its runoff through **reed beds**, a kind of shallow planted pond.",
                     "a kind of shallow planted pond", id="appositive-a"),
        pytest.param("stern post", "Carpenters fix the stern post, the upright timber at the back of the hull.",
                     "the upright timber at the back of the hull", id="appositive-the"),
        pytest.param("stern post", "Carpenters fix the stern post, which is the upright timber at the back of the hull.",
                     "the upright timber at the back of the hull", id="which-is-the"),
        pytest.param("Harbour Safety Board", "Each port reports to the Harbour Safety Board (HSB), a panel of port officers.",
                     "a panel of port officers", id="appositive-after-an-abbreviation"),
        pytest.param("birth rate", "Planners watch the birth rate, which is the number of babies a woman would have on "
                     "average.", "the number of babies a woman would have on average", id="which-is-a-complement-with-a-verb"),
        pytest.param("loss leaders", "Shops use **loss leaders** (goods sold below cost, such as milk).",
                     "goods sold below cost", id="bracketed-gloss-cut-before-examples"),
        pytest.param("tidal gauge", "The port reads its tidal gauge, which records the height of the water every hour.",
                     "A gauge which records the height of the water every hour", id="relative-clause-on-a-head-noun"),
        pytest.param("sea wall", "Because of the storms the town built a sea wall, a barrier of stone along the shore.",
                     "a barrier of stone along the shore", id="because-of-is-a-phrase-not-a-fronted-clause"),
        pytest.param("rain gauges", "Rain collects in rain gauges, a kind of open cylinder on a post.",
                     "a kind of open cylinder on a post", id="a-common-noun-after-in-keeps-its-gloss"),
    ],
)
def test_describe_finds(term, sentence, definition):
    from lessontext.words import term_key

    found = _describe(term, sentence, term_key(term))
    assert found is not None and found[0] == definition


@pytest.mark.parametrize(
    ("term", "sentence"),
    [
        pytest.param("reed beds", "The farm keeps **reed beds**, a pond and a ditch.", id="a-list-not-a-gloss"),
        pytest.param("stern post", "Carpenters fix the keel, the stern post, the deck and the mast.",
                     id="an-item-of-a-list"),
        pytest.param("loss leaders", "Shops use **loss leaders** (see below).", id="cross-reference-in-brackets"),
        pytest.param("loss leaders", "Shops use **loss leaders** (or bait items) every week.", id="another-name-in-brackets"),
        pytest.param("loss leaders", "Shops used **loss leaders** (1990) in the first campaign.", id="a-date-in-brackets"),
        pytest.param("ledger", "Clerks copy the amounts to the ledger, which we meet later.", id="relative-without-a-verb"),
        pytest.param("ledger", "Clerks copy the amounts to the ledger, which gathers every account.",
                     id="relative-on-a-term-without-a-head-noun"),
        pytest.param("sapa", "Cooks boil down **sapa**, a word taken from Latin for grape syrup.", id="about-the-word"),
        pytest.param("risk education", "**Risk education**, which teaches people how to behave safely.",
                     id="a-term-opening-its-sentence-is-left-to-the-label-rules"),
        pytest.param("harbour dues", "Owners resent **harbour dues**, an important but hidden cost of trade.",
                     id="a-judgement-not-a-gloss"),
        pytest.param("refraction", "In refraction, the ray bends towards the normal.", id="fronted-phrase"),
        pytest.param("solar masses", "The core holds about 1.4 solar masses, a limit set by gravity.",
                     id="tail-of-a-quantity"),
        pytest.param("sea wall", "Because storms batter the sea wall, the town repairs it each spring.",
                     id="fronted-clause-then-the-main-clause"),
        pytest.param("sea wall", "When the tide tops the sea wall, a siren warns the harbour.",
                     id="fronted-when-clause"),
        pytest.param("Dunmore", "The sailing school in Dunmore, a club founded by fishermen, trains children.",
                     id="a-place-after-in-is-not-what-the-appositive-describes"),
        pytest.param("Dunmore", "Boats moor at Dunmore, the oldest harbour on the coast.",
                     id="a-place-after-at"),
        pytest.param("rr", "One in four seeds is RR, two in four Rr and one in four rr, a genotype ratio of 1 RR : 2 Rr : "
                     "1 rr.", id="a-gloss-naming-the-term-again-sums-up-a-list"),
        pytest.param("Guérande", "Between the Loire and the old walled town of Guérande, the land dissolves into a "
                     "patchwork of shallow clay basins.", id="the-main-clause-after-a-fronted-phrase"),  # test-dv
        pytest.param("MPS", "The fractions of extra income that go to each are the MPS, the marginal propensity to tax "
                     "(MPT) and the marginal propensity to import (MPM).",
                     id="a-list-whose-next-item-has-its-abbreviation"),  # test-ee, both raters: a wrong definition
    ],
)
def test_describe_misses(term, sentence):
    from lessontext.words import term_key

    assert _describe(term, sentence, term_key(term)) is None


@pytest.mark.parametrize(
    ("before", "previous", "longer", "own"),
    [
        pytest.param("The farm filters its runoff through ", "through", False, True, id="after-a-preposition"),
        pytest.param("They eat saturated ", "saturated", True, False, id="tail-of-a-longer-lesson-phrase"),
        pytest.param("the keel, the ", "the", False, False, id="after-a-comma-and-article"),
        pytest.param("about 1.4 ", "4", False, False, id="after-a-number"),
    ],
)
def test_heads_own_phrase(before, previous, longer, own):
    assert _heads_own_phrase(before, previous, longer) is own


def test_only_salient_unexplained_terms_get_an_entry():
    lesson = ("# Shops\n\nPrices depend on **loss leaders** (goods sold below cost to draw shoppers in). "
              "Many **loss leaders** sit near the door. Shops track **loss leaders** closely. "
              "A clerk stacks the crates (wooden boxes for fruit) by the till.\n")
    candidates, _ = collect_candidates(parse_document(lesson))
    mine = {c.term: c for c in candidates if c.rule == "described_salient"}
    assert mine["loss leaders"].definition == "Goods sold below cost to draw shoppers in."
    assert 0.5 <= mine["loss leaders"].confidence < 0.7
    assert "crates" not in mine  # an incidental noun glossed in passing is not salient
