"""Definitions that judge instead of define (lessontext.glossary.judged): dropped at publishing, definitions kept."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.candidate import Term
from lessontext.glossary.judged import JUDGED_CLAUSE, JUDGED_GENUS, judged_clause, judged_genus
from lessontext.glossary.publish import GATES, publishable


def test_judging_gates_run_after_the_publish_gates():
    names = [g.name for g in GATES]
    assert names.index(JUDGED_GENUS.name) > names.index("second_clause")
    assert names.index(JUDGED_CLAUSE.name) > names.index("demonstrative_outside")


@pytest.mark.parametrize(("term", "definition"), [
    ("Field survey", "A practical subject with a wider significance."),
    ("Cost sharing", "Above all a matter of fairness."),
    ("Peer review", "A widely used quality tool."),
    ("Pen pals", "A simple measure compared with school exchanges."),
    ("Reading aloud", "A habit worth keeping."),
    ("Filing receipts", "A demanding task when the rules change every year."),
    ("Annual audit", "An important step for a firm of any size."),
])
def test_vague_genus_with_only_a_judgement_is_dropped(term, definition):
    assert judged_genus(term, definition) is None


@pytest.mark.parametrize(("term", "definition"), [
    ("Modulus", "A measure of stiffness."),
    ("Tool steel", "A steel used to make tools."),  # the genus is no vague noun
    ("Working memory", "The system that holds information for a short time, with a limited capacity."),
    ("Peer review", "A tool that checks the quality of research before it is published."),
    ("Warm-up", "A step in which the muscles are slowly stretched."),
    ("Chore", "A small task done regularly around the house."),
    ("Rest day", "A habit of athletes to recover between hard sessions."),
])
def test_a_genus_that_says_what_it_is_is_kept(term, definition):
    assert judged_genus(term, definition) == definition


@pytest.mark.parametrize(("term", "definition"), [
    ("Field trips", "Trips that come in several forms."),
    ("Group work", "Work that has clear benefits."),
    ("Case studies", "Studies that are more useful than lectures."),
])
def test_own_noun_with_a_judging_clause_is_dropped(term, definition):
    assert judged_clause(term, definition) is None


@pytest.mark.parametrize(("term", "definition"), [
    ("Field trips", "Trips in which pupils collect data outside the classroom."),
    ("Red giants", "Stars that have swollen to many times the size of the Sun as their core runs out of hydrogen."),
    ("Mutualism", "A relationship that benefits both species."),  # "benefits" is the verb that says what it is
])
def test_own_noun_with_a_defining_clause_is_kept(term, definition):
    assert judged_clause(term, definition) == definition


def test_publishable_drops_a_judged_entry_and_keeps_its_neighbour():
    terms = [Term(term=t, key=t.lower(), definition=d, kind="defined", section_anchor="", sentence="", aliases=(),
                  confidence=0.8, rule="copula")
             for t, d in (("Joint drills", "Drills that take several forms."),
                          ("Liaison officer", "An officer posted to another headquarters to represent a commander."))]
    assert [t.term for t in publishable(terms)] == ["Liaison officer"]


def test_an_essay_sentence_that_weighs_the_term_gives_no_entry():
    text = ("# Cooperation\n\nJoint drills are a modest measure compared with treaties. "
            "A liaison officer is a member of one force who is posted to another headquarters.\n")
    headwords = [t.term.lower() for t in extract_glossary(parse_document(text))]
    assert "liaison officer" in headwords
    assert "joint drills" not in headwords
