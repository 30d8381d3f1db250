"""The called rule: "X is called T", "..., a process called T", "also known as"."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "The hot outer layer of the Sun is called the corona.",
            {"Corona": ("defined", "The hot outer layer of the Sun.")}, (),
            id="passive-called",
        ),
        pytest.param(
            "Water vapour cools and turns into droplets, a process called condensation.",
            {"Condensation": ("defined", "A process in which water vapour cools and turns into droplets.")}, (),
            id="clause-then-event-noun-called",
        ),
        pytest.param(
            "Loans may be spent on the wrong projects, a risk known as leakage.",
            {"Leakage": ("defined", "A risk in which loans may be spent on the wrong projects.")}, (),
            id="clause-then-risk-noun-known-as",
        ),
        pytest.param(
            "The ribosome joins amino acids to a growing chain called a polypeptide.",
            {"Polypeptide": ("defined", "A growing chain to which the ribosome joins amino acids.")}, (),
            id="prepositional-object-called",
        ),
        pytest.param(
            "Explorers found a narrow channel between the islands, now known as the Drake Passage.",
            {"Drake Passage": ("defined", "A narrow channel between the islands.")}, (),
            id="comma-now-known-as",
        ),
        pytest.param(
            "Linnaeus called the smallest group of similar organisms a species.",
            {"Species": ("defined", "The smallest group of similar organisms (so named by Linnaeus).")}, (),
            id="active-called",
        ),
        pytest.param(
            "The leaf is covered by a waxy layer called the cuticle.",
            {"Cuticle": ("defined", "A waxy layer that covers the leaf.")}, (),
            id="passive-agent-called",
        ),
        pytest.param(
            "Many countries use trade law, also known as commercial law, to settle disputes between firms.",
            {"Trade law": ("defined", "Law that many countries use to settle disputes between firms.")},
            ("Use trade law",),
            id="object-also-known-as",
        ),
        pytest.param(
            "When an acid donates a proton, what remains is called its conjugate base.",
            {"Conjugate base": ("defined", "What remains when an acid donates a proton.")}, (),
            id="fronted-when-clause-what-remains-called-its",
        ),
        pytest.param(
            "When an acid reacts with a base, the products are a salt and water. This reaction is called"
            " neutralisation.\n\nIf the bench is wet, the acid spreads. This process is called seepage.",
            {"Neutralisation": ("defined", "The reaction in which an acid reacts with a base; the products are a salt"
                                " and water.")},
            ("Seepage",),
            id="this-reaction-is-called-after-a-when-sentence",
        ),
    ],
)
def test_naming_rules(body, expected, absent):
    check(body, expected, absent)
