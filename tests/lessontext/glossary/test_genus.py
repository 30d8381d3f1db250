"""The kind a lesson states for a term (lessontext.glossary.genus), put before a definition with no head noun."""

from dataclasses import replace

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.candidate import Term
from lessontext.glossary.genus import headed_by_stated_kind, stated_kind
from lessontext.words import term_key


def _term(term: str, definition: str) -> Term:
    return Term(term=term, key=term_key(term), definition=definition, kind="defined", section_anchor="part",
                sentence="", aliases=(), confidence=0.8)


@pytest.mark.parametrize(
    ("markdown", "term", "kind"),
    [
        ("Many older people develop a condition called scurvy, which weakens the gums.", "Scurvy", "condition"),
        ("The signalling molecules they make are called cytokines.", "Cytokines", "signalling molecule"),
        ("Pepsin is an enzyme that works in the stomach.", "Pepsin", "enzyme"),
        ("Spores are tiny cells that can grow into a new fern.", "Spores", "tiny cell"),
        ("Quartz, a mineral made of silicon and oxygen, is very hard.", "Quartz", "mineral"),
        ("Two upper rooms, the lofts, hold the hay.", "Lofts", "upper room"),
        ("Plants store sugars such as glucose and sucrose.", "Sucrose", "sugar"),
        ("Pollen and other allergens set off sneezing.", "Pollen", "allergen"),
        ("Three kinds of tax are collected:\n\n- A tariff is charged on imports.\n- A levy is charged on land.",
         "Tariff", "tax"),
        ("## The main digestive enzymes\n\n- **Lipase**: breaks down fats.\n- **Amylase**: breaks down starch.",
         "Lipase", "digestive enzyme"),
        ("Joints are held by tough, slightly elastic cords called tendons.", "Tendons", "elastic cord"),
        ("This process is called osmosis.", "Osmosis", "process"),
        ("The skin has a layer of cells called the epidermis.", "Epidermis", "layer"),
        ("The liver is the largest organ in the body.", "Liver", "organ"),
        ("Arterioles are the narrowest arteries.", "Arterioles", "artery"),
        # What the lesson does not say is not guessed:
        ("What early chemists called phlogiston was never found.", "Phlogiston", None),  # "called" is their verb
        ("The liver is the largest in the body.", "Liver", None),
        ("Pepsin works in the stomach.", "Pepsin", None),
        ("Scurvy is a major cause of tooth loss.", "Scurvy", None),  # a noun of relation, not a kind
        ("Pepsin is a good example of this.", "Pepsin", None),
        ("Pepsin is a pepsin of the stomach.", "Pepsin", None),  # the term's own noun: circular
        ("## Glands and hormones\n\n- **Lipase**: breaks down fats.", "Lipase", None),  # a heading of two kinds
        ("In the heart, the ventricles pump blood.", "Ventricles", None),  # a place, and of another number
        ("Spores are effective at spreading the fern.", "Spores", None),
    ],
)
def test_the_kind_is_the_one_the_lesson_states(markdown, term, kind):
    assert stated_kind(term, parse_document(f"# Lesson\n\n## Part\n\n{markdown}\n")) == kind


@pytest.mark.parametrize(
    ("definition", "headed"),
    [
        ("Breaks down proteins in the stomach.", "An enzyme that breaks down proteins in the stomach."),
        ("Something that breaks down proteins.", "An enzyme that breaks down proteins."),
        ("A substance made in the stomach.", "A substance made in the stomach."),  # already headed
        ("Digestive enzymes made in the stomach.", "Digestive enzymes made in the stomach."),  # the kind already
    ],
)
def test_a_headless_definition_takes_the_stated_kind(definition, headed):
    document = parse_document("# Lesson\n\n## Part\n\nPepsin is an enzyme.\n")
    assert headed_by_stated_kind(_term("Pepsin", definition), document).definition == headed


def test_a_plural_predicate_takes_the_plural_kind():
    document = parse_document("# Lesson\n\n## The main salivary glands\n\n- **Parotids**: the largest pair.\n")
    term = _term("Parotids", "Produce watery saliva that contains amylase.")
    assert headed_by_stated_kind(term, document).definition == "Salivary glands that produce watery saliva that contains amylase."


def test_a_headless_definition_is_left_alone_when_no_kind_is_stated():
    document = parse_document("# Lesson\n\n## Part\n\nPepsin breaks down proteins.\n")
    term = _term("Pepsin", "Breaks down proteins in the stomach.")
    assert headed_by_stated_kind(term, document) == term
    vague = replace(term, definition="Something that breaks down proteins.")
    assert headed_by_stated_kind(vague, document) == vague


def test_a_heading_names_the_kind_of_its_own_items_not_of_another_items_sub_items():
    document = parse_document("# Lesson\n\n## Stages of digestion\n\n- First stage: in the mouth\n"
                              "  - **Chewing** breaks food into smaller pieces.\n")
    assert stated_kind("Chewing", document) is None
    nested = parse_document("# Lesson\n\n## The main salivary glands\n\n- Parotids and sublinguals\n"
                            "  - Parotids produce watery saliva.\n")
    assert stated_kind("Parotids", nested) == "salivary gland"


_ROAD = ("# Transport\n\n## On the road\n\nRoad users come in many shapes.\n\n"
         "- **Vehicles** need fuel or power to move.\n"
         "  - **Lorries** carry heavy goods over long distances.\n"
         "  - **Coaches** carry passengers between distant towns.\n"
         "- **Cyclists** ride on lanes of their own.\n")
_BRIDGES = ("# Bridges\n\n## Bridge designs\n\nThere are three main types of road bridge, each suited to a different "
            "span.\n\n**Arches** push their load outwards into the banks.\n\n"
            "**Cantilevers** reach out from towers anchored on the shore.\n")


@pytest.mark.parametrize(
    ("markdown", "term", "kind"),
    [
        # A parent item opening on a plural noun and its verb names the kind of its sub-items, not of itself.
        (_ROAD, "Lorries", "vehicle"),
        (_ROAD, "Coaches", "vehicle"),
        (_ROAD, "Cyclists", None),
        (_ROAD, "Vehicles", None),
        # A labelled sub-item, or one in the singular, is a part or a division of the parent, not a kind of it.
        ("# Nerves\n\n## Fibres\n\n- **Motor fibres** carry instructions to the muscles.\n"
         "  - Somatic system: controls voluntary movement.\n", "Somatic system", None),
        ("# Nerves\n\n## Fibres\n\n- **Motor fibres** carry instructions to the muscles.\n"
         "  - The **somatic system** controls voluntary movement.\n", "Somatic system", None),
        # A section that says how many types of a thing it has names the kind of what it goes on to describe.
        (_BRIDGES, "Cantilevers", "road bridge"),
        ("# Bridges\n\n## Crossings\n\nThere are three types of road bridge and two kinds of ford.\n\n"
         "**Cantilevers** reach out from towers anchored on the shore.\n", "Cantilevers", None),
        ("# Bridges\n\n## Crossings\n\n**Cantilevers** reach out from towers.\n\nThere are three types of road "
         "bridge.\n", "Cantilevers", None),
    ],
)
def test_a_parent_item_or_a_section_names_the_kind(markdown, term, kind):
    assert stated_kind(term, parse_document(markdown)) == kind


def _cut(term: str, definition: str, sentence: str) -> Term:
    return replace(_term(term, definition), sentence=sentence, section_anchor="bridge-designs")


@pytest.mark.parametrize(
    ("term", "definition", "sentence", "headed"),
    [
        # The verb agrees with the headword as it is shown.
        ("Cantilevers", "Reach out from towers anchored on the shore.",
         "Cantilevers reach out from towers anchored on the shore.",
         "Road bridges that reach out from towers anchored on the shore."),
        ("Cantilever", "Reach out from towers anchored on the shore.",
         "Cantilevers reach out from towers anchored on the shore.",
         "A road bridge that reaches out from towers anchored on the shore."),
        # "their" stands for the plural subject: a singular headword cannot take it.
        ("Arch", "Push their load outwards into the banks.", "Arches push their load outwards into the banks.", None),
        # An imperative is no predicate cut from a plural subject.
        ("Cantilever", "Reach out from towers anchored on the shore.", "Reach out from towers anchored on the shore.",
         None),
    ],
)
def test_a_predicate_cut_from_a_plural_subject_agrees_with_the_headword(term, definition, sentence, headed):
    document = parse_document(_BRIDGES)
    got = headed_by_stated_kind(_cut(term, definition, sentence), document)
    assert got.definition == (headed or definition)


def test_sub_items_of_a_plural_subject_end_to_end():
    got = {t.term: t.definition for t in extract_glossary(parse_document(_ROAD))}
    assert got["Lorries"] == "Vehicles that carry heavy goods over long distances."
    assert got["Coaches"] == "Vehicles that carry passengers between distant towns."


def test_a_describing_word_takes_no_stated_kind():
    """test-br: "Denatured: Something that describes an enzyme ..." became "A substrate that describes ..." from a
    section that counts types of substrate; an adjective or participle headword names no kind of thing."""
    document = parse_document("# Enzymes\n\n## Heat\n\nThere are three types of substrate.\n\n"
                              "Denatured describes an enzyme whose active site has changed shape.\n\n"
                              "Starch is broken down by amylase.\n")
    vague = _term("Denatured", "Something that describes an enzyme whose active site has changed shape.")
    assert headed_by_stated_kind(vague, document) == vague
    noun = _term("Starch", "Something that is broken down by amylase.")
    assert headed_by_stated_kind(noun, document).definition == "A substrate that is broken down by amylase."


def test_types_listed_after_the_sentence_that_defines_their_kind_take_it():
    """test-cf, both raters: "Assembler: Translates assembly language ..." had no head noun, though the lesson says
    "A translator is a program ... There are three types: assemblers, compilers and interpreters." """
    document = parse_document("# Translators\n\n## Why\n\nA translator is a program that converts source code into"
                              " machine code. There are three types: assemblers, compilers and interpreters.\n")
    assert stated_kind("Assembler", document) == "translator"
    assert stated_kind("Linker", document) is None
    bare = _term("Assembler", "Translates assembly language into machine code.")
    assert headed_by_stated_kind(bare, document).definition == ("A translator that translates assembly language into"
                                                                 " machine code.")
