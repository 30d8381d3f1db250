"""Acronyms beside names: a swapped name would contradict the short form the sentence gives."""

import pytest

from lessontext.questions.acronyms import beside_its_acronym, named_in, spells_out


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("The Pacific Fisheries Commission (PFC) sets catch limits.", "Pacific Fisheries Commission", True),
    ("The Pacific Fisheries Commission (Fish CoE) sets catch limits.", "Pacific Fisheries Commission", True),
    ("The PFC (Pacific Fisheries Commission) sets catch limits.", "Pacific Fisheries Commission", True),
    ("The Treaty on Open Waters in the Pacific (TOWP) set catch limits.", "Treaty on Open Waters", True),
    ("The Pacific Fisheries Commission sets catch limits (see below).", "Pacific Fisheries Commission", False),
    ("The Pacific Fisheries Commission sets catch limits with Chile.", "Chile", False),
])
def test_beside_its_acronym(sentence, name, expected):
    start = sentence.index(name)
    assert beside_its_acronym(sentence, start, start + len(name)) is expected


@pytest.mark.parametrize(("acronym", "name", "expected"), [
    ("PFC", "Pacific Fisheries Commission", True),
    ("OAU", "Organisation of African Unity", True),
    ("PFC", "Pacific Whaling Board", False),
    ("P", "Pacific", False),  # one letter spells out nothing
])
def test_spells_out(acronym, name, expected):
    assert spells_out(acronym, name) is expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("Talks between the PFC and Chile resumed.", "Pacific Fisheries Commission", True),
    ("Talks between the Pacific Fisheries Commission and local fleets resumed.", "PFC", True),
    ("Talks between the Pacific Whaling Board and Chile resumed.", "PFC", False),
])
def test_named_in(sentence, name, expected):
    assert named_in(sentence, name) is expected
