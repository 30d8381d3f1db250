"""Domain coherence: distractors come from this lesson or from sister lessons on the same subject."""

from lessontext.document import parse_document
from lessontext.questions.course import build_course, domain_glossary, sister_documents
from lessontext.questions.types import GlossaryEntry

REEF = parse_document("""# Coral Reefs

## Life on the reef

On a healthy reef, small fish shelter among hard corals, giant clams, sea fans, and much more.
Warmer water has led to mass coral bleaching.
""")
MANGROVES = parse_document("""# Mangrove Coasts

## Roots

The tangled roots shelter young snappers, mud crabs, and rock oysters.
Shrimp farms have led to rapid mangrove loss along tropical coasts.
""")
NETWORKS = parse_document("""# Computer Networks

## Devices

A router forwards packets between networks, while a switch connects devices within one network.
""")


def test_only_lessons_on_the_same_subject_are_sisters():
    assert sister_documents(REEF, [MANGROVES, NETWORKS]) == [MANGROVES]
    assert sister_documents(NETWORKS, [REEF, MANGROVES]) == []


def test_a_course_view_keeps_only_sister_lessons():
    course = build_course(REEF, glossary=(), others=[NETWORKS, MANGROVES])
    assert [o.document.title for o in course.others] == ["Mangrove Coasts"]


def test_glossary_keeps_entries_named_in_the_lessons_or_close_to_their_subject():
    router = GlossaryEntry("Router", "A device that forwards packets between computer networks", "defined")
    polyp = GlossaryEntry("Coral polyp", "A tiny sea animal that builds hard coral reefs in warm water", "defined")
    clams = GlossaryEntry("Giant clam", "The largest living bivalve mollusc", "defined")
    text = " ".join(s for _, s in REEF.sentences())
    kept = domain_glossary([router, polyp, clams], text)
    assert router not in kept
    assert clams in kept  # named in the lesson ("giant clams")
    assert polyp in kept  # not named, but on the subject


def test_an_everyday_word_named_in_another_sense_is_not_the_lessons_term():
    # "shelter" is in the reef lesson, but as a verb: an entry from a networking lesson stays out.
    shelter = GlossaryEntry("Shelter", "A device that switches network traffic between servers", "defined")
    acronym = GlossaryEntry("WATER", "A wireless protocol for sensor networks", "defined")
    text = " ".join(s for _, s in REEF.sentences())
    assert domain_glossary([shelter, acronym], text) == ()
