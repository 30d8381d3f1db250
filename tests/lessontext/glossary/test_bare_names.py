"""A proper name written with a lower-case word for its kind gets the bare name as an alias."""

from __future__ import annotations

import pytest

from lessontext.glossary.bare_names import with_bare_names
from lessontext.glossary.candidate import Term


def _term(term: str, aliases: tuple[str, ...] = ()) -> Term:
    return Term(term, term.lower(), "A framework that lets ports share pilots.", "programme", "part", "", aliases, 0.7)


@pytest.mark.parametrize(
    ("term", "bare"),
    [
        pytest.param("PORTSAFE framework", "PORTSAFE", id="an-acronym-name"),
        pytest.param("Nordic Harbour Cooperation framework", "Nordic Harbour Cooperation", id="a-name-of-words"),
        pytest.param("Berg-Lund satellite system", "Berg-Lund", id="a-hyphened-name-and-two-kind-words"),
        pytest.param("Role 1 facility", "Role 1", id="a-numbered-name"),
    ],
)
def test_the_bare_name_becomes_an_alias(term, bare):
    assert bare in with_bare_names([_term(term)])[0].aliases


@pytest.mark.parametrize(
    "term",
    [
        pytest.param("Two-round system", id="a-headwords-own-capital"),
        pytest.param("European project", id="a-demonym-is-no-name"),
        pytest.param("Harbour Safety Accord", id="no-lower-case-kind"),
        pytest.param("PORTSAFE rules", id="not-a-kind-word"),
    ],
)
def test_no_alias_without_a_name_and_a_kind(term):
    assert with_bare_names([_term(term)])[0].aliases == ()


def test_no_alias_another_entry_already_has():
    terms = with_bare_names([_term("PORTSAFE"), _term("PORTSAFE framework")])
    assert terms[1].aliases == ()
