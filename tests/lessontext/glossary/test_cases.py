"""Definitions that tell one case, not the kind (lessontext.glossary.cases)."""

import pytest

from lessontext.glossary.candidate import Term
from lessontext.glossary.cases import bare_identity, conditional_case, past_act
from lessontext.glossary.publish import publishable


@pytest.mark.parametrize(("term", "definition", "dropped"), [
    ("Soviet Union", "A union that had long resisted foreign inspectors.", True),
    ("African Union", "A union that adopted a different stance.", True),
    ("North Atlantic Treaty Organization", "An organization that conducted its own missions.", True),
    ("Committee of Public Safety", "A committee that later directed the war effort.", True),
    # a treaty or a plan is made for what it did; a body's present work is what it is
    ("Partial Test Ban Treaty", "A treaty that banned nuclear tests in the atmosphere.", False),
    ("NATO Cyber Security Centre", "A centre that protects the Alliance's networks.", False),
    ("African Union", "A union that brings together the states of Africa.", False),
    # the author's own genus (not the term's head noun) is a gloss, not a rebuilt sentence
    ("Committee of Public Safety", "A small executive body that directed the war effort.", False),
])
def test_past_act(term, definition, dropped):
    assert (past_act(term, definition) is None) is dropped


@pytest.mark.parametrize(("term", "definition", "dropped"), [
    ("Black hole", "A hole that forms if the remnant is heavier still.", True),
    ("Neutron star", "A star that forms if the remnant is up to two solar masses.", True),
    ("Effective annual rate", "The rate that would give the same result if interest were added once.", False),
    ("Flash flood", "A flood that happens very quickly after intense rainfall.", False),
    ("Black hole", "A region from which not even light can escape if it comes too close.", False),
])
def test_conditional_case(term, definition, dropped):
    assert (conditional_case(term, definition) is None) is dropped


@pytest.mark.parametrize(("definition", "rule", "identity"), [
    ("The base year.", "copula", True),
    ("The value £30.", "bold_inline", True),
    ("The growth of towns and cities.", "copula", False),
    ("The rate that applies.", "copula", False),
    ("The neutral vowel [ə].", "copula", False),
    ("The treaty's main achievement.", "copula", True),
    ("The cost plus the profit.", "copula", False),
    ("A large red star.", "copula", False),
    # a naming sentence or an appositive glosses the term with such a phrase
    ("The neutral vowel.", "called", False),
    ("The principal naval authority.", "appositive", False),
    ("The rigid outer layer.", "or_gloss", False),
])
def test_bare_identity(definition, rule, identity):
    assert bare_identity(definition, rule) is identity


def test_a_bare_identity_naming_another_headword_is_no_gloss():
    assert bare_identity("The reciprocal rule.", "appositive", {"reciprocal rule"})


def _term(term: str, definition: str, rule: str) -> Term:
    return Term(term=term, key=term.lower(), definition=definition, kind="defined", section_anchor="",
                sentence="", aliases=(), confidence=0.9, rule=rule)


def test_a_bare_identity_is_published_only_from_a_naming_sentence():
    got = publishable([_term("Year 1", "The base year.", "copula"),
                       _term("Schwa", "The neutral vowel.", "called")])
    assert [t.term for t in got] == ["Schwa"]
