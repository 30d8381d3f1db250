"""What a naming sentence names: the helpers behind the ``called`` rule."""

from __future__ import annotations

import pytest

from lessontext.glossary.clause_names import object_of_clause
from lessontext.glossary.naming import (
    ARRANGEMENT_OF,
    named_before_comma,
    named_in_passive,
    named_noun_phrase,
    without_vague_count,
)


@pytest.mark.parametrize(
    ("np", "clause", "expected"),
    [
        ("thousands of finer threads", "Each root splits again and again into", "finer threads"),
        ("millions of tiny folds", "A lung is lined with", "tiny folds"),
        # The clause leans on a pronoun: the count stays, so no relative clause is built on "its".
        ("millions of tiny folds", "Its inner surface is covered with", "millions of tiny folds"),
        ("a stack of small bones", "The spine is", "a stack of small bones"),
    ],
)
def test_without_vague_count(np, clause, expected):
    assert without_vague_count(np, clause) == expected


@pytest.mark.parametrize(
    ("head_text", "tail", "expected"),
    [
        ("In cold regions, glaciers carve a deep, U-shaped trough", " a glacial trough.",
         "a deep, U-shaped trough carved by glaciers"),
        ("Each spring, heavy rain feeds small temporary lakes", " vernal pools.", "small temporary lakes fed by heavy rain"),
        ("Light rays converge at a single spot on the far side of the lens,", " the focal point.",
         "A single spot on the far side of the lens at which light rays converge"),
        ("Painters used a method", " glazing, from an old word, in which thin layers are laid over each other.",
         "a method in which thin layers are laid over each other"),
        ("Beneath the council sit committees", " working groups.", None),
        ("Teams divide the work, and place all four under a senior manager", " the director.", None),
        ("It begins to swing from side to side in large bends", " meanders.", None),
        # a compound, not a subject and its verb (test-cl: "Cells blooded by white"); an adverb between the subject
        # and its verb (test-ah: "Layers shown by sedimentary rocks")
        ("White blood cells", " phagocytes.", None),
        ("Because they are laid down gently, sedimentary rocks often show layers,", " strata.",
         "layers shown by sedimentary rocks"),
        # test-em, both raters: "The stems and roots in which air channels": a subject, the sentence's verb after it
        ("Rice tolerates standing water because air channels in its stems and roots,", ", carry oxygen to the roots.",
         "Air channels in the stems and roots"),
        ("Water leaves the body because urine drains down a tube,", ", and leaves.", "A tube down which urine drains"),
        # test-em, both raters: "A spar to which upper edge is laced": the owner of "whose" is kept
        ("The rig sets a four-sided sail whose upper edge is laced to a spar", " the gaff, hoisted up the mast.",
         "A spar to which the upper edge of the sail is laced"),
    ],
)
def test_named_noun_phrase(head_text, tail, expected):
    assert named_noun_phrase(head_text, tail) == expected


@pytest.mark.parametrize(
    ("head_text", "expected"),
    [
        ("Wet areas are called marshes, and the line where the water meets the land", "the line where the water meets the land"),
        ("The wind shapes the cliff, leaving tall columns of stone that stand alone; these",
         "tall columns of stone that stand alone"),
        ("The first fan is round, while the second fan has long arms and", None),
    ],
)
def test_named_in_passive(head_text, expected):
    assert named_in_passive(head_text) == expected


@pytest.mark.parametrize(
    ("text", "phrase_from", "expected"),
    [
        ("Mountains rose, a chain of peaks along the coast", "a chain", ("A chain of peaks along the coast.", True)),
        ("A metal weakens as the number of cycles of loading", "weakens", ("The number of cycles of loading.", True)),
        ("A team may score, and shots blocked by defenders", "shots", ("Shots blocked by defenders.", False)),
        ("As the tide turns, it leaves pools where small fish are trapped", "small",
         ("Pools where small fish are trapped.", False)),
        ("As the tide turns, it leaves pools where they are trapped", "they", None),
        ("A team may score, and shots", "shots", None),
        # A coordinator opens the clause, not the noun phrase.
        ("The walls are thick, but the rooms between one wall and the next", "but",
         ("The rooms between one wall and the next.", True)),
    ],
)
def test_named_before_comma(text, phrase_from, expected):
    """The noun phrase the scan found (from ``phrase_from``), else a bare plural with its own modifier."""
    assert named_before_comma(text, text.index(phrase_from)) == expected


@pytest.mark.parametrize(
    ("noun_phrase", "named"),
    [
        ("two molecules of a four-carbon acid", "a four-carbon acid"),
        ("three atoms of the gas", "the gas"),
        ("stacks of flattened sacs", "flattened sacs"),
        ("two kinds of rock", "two kinds of rock"),
        ("one of the cells", "one of the cells"),
    ],
)
def test_an_arrangement_or_a_count_of_things_is_not_what_their_name_names(noun_phrase, named):
    assert ARRANGEMENT_OF.sub("", noun_phrase) == named


@pytest.mark.parametrize(
    ("head_text", "tail", "expected"),
    [
        ("At dawn, the ferry leaves the harbour through a narrow rocky gap", " the Sound.",
         "A narrow rocky gap through which the ferry leaves the harbour"),
        ("In spring, sap climbs up a hollow woody channel", " the xylem.", "A hollow woody channel up which sap climbs"),
        ("After the storm, the river carries silt along a wide shallow bed", " the floodplain.",
         "A wide shallow bed along which the river carries silt"),
    ],
)
def test_named_noun_phrase_of_a_new_thing_or_after_a_direction_word(head_text, tail, expected):
    assert named_noun_phrase(head_text, tail) == expected


@pytest.mark.parametrize(
    ("head_text", "tail", "expected"),
    [
        # The object of the clause is what the naming aside names; a purpose after the aside belongs to it.
        ("At the spring fair Ruritania made trading pledges,", ", to lower its tolls on wool.",
         "Trading pledges that Ruritania made at the spring fair to lower its tolls on wool."),
        ("Long ago, the valley towns signed mutual charters,", ", and trade grew.",
         "Mutual charters that the valley towns signed."),
        ("They made trading pledges,", "", None),  # a pronoun subject says nothing on its own
        ("Some white blood cells,", "", None),  # "white" is no verb here
        ("Most towns signed charters,", "", None),  # one object word, a quantifier subject
    ],
)
def test_object_of_clause(head_text, tail, expected):
    assert object_of_clause(head_text, tail) == expected
