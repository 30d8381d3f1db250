"""A bare definition completed from the rest of its own sentence (lessontext.glossary.completed)."""

import pytest

from lessontext.glossary.candidate import Term
from lessontext.glossary.completed import completed_from_sentence
from lessontext.words import term_key


def _term(term: str, definition: str, sentence: str) -> Term:
    return Term(term=term, key=term_key(term), definition=definition, kind="defined", section_anchor="s",
                sentence=sentence, aliases=(), confidence=0.9, rule="called")


@pytest.mark.parametrize(
    ("term", "definition", "sentence", "completed"),
    [
        # The defining phrase is the subject; the name sits before the main verb.
        ("Salt March", "A protest of walkers and weavers.",
         "A protest of walkers and weavers known as the Salt March challenged the tax on salt.",
         "A protest of walkers and weavers that challenged the tax on salt."),
        ("Long Parliament", "A group of elected members.",
         "In 1641 a group of elected members, later called the Long Parliament, abolished the special courts.",
         "A group of elected members that abolished the special courts in 1641."),
        ("Ptyalin", "An enzyme found in spit.",
         "Ptyalin, an enzyme found in spit, starts the digestion of starch in the mouth.",
         "An enzyme found in spit that starts the digestion of starch in the mouth."),
        # The addition ends before a second clause with its own subject.
        ("Cell wall", "A rigid outer layer.",
         "A rigid outer layer called the cell wall surrounds the membrane, and the membrane controls what enters.",
         "A rigid outer layer that surrounds the membrane."),
        ("Canal Board", "The National Inland Canal Board.",
         "The National Inland Canal Board, known as the Canal Board, has repaired locks on public waterways since 1960.",
         "The National Inland Canal Board, which has repaired locks on public waterways since 1960."),
        # A relative or "when" clause on the name, wherever the phrase stands.
        ("Xylem vessel", "A long hollow tube.",
         "Each stem holds a long hollow tube called a xylem vessel, which carries water up from the roots.",
         "A long hollow tube that carries water up from the roots."),
        ("Dry season", "The months from May to October.",
         "The months from May to October are known as the dry season, when almost no rain falls on the plain.",
         "The months from May to October, when almost no rain falls on the plain."),
        # An appositive later in the sentence takes a participle phrase on it.
        ("Moot", "An assembly of free men from the villages.",
         "The shire had its own court, or moot, an assembly of free men from the villages, usually held at a crossroads.",
         "An assembly of free men from the villages, usually held at a crossroads."),
    ],
)
def test_a_bare_definition_takes_the_clause_its_sentence_says_of_the_name(term, definition, sentence, completed):
    assert completed_from_sentence(_term(term, definition, sentence)).definition == completed


@pytest.mark.parametrize(
    ("term", "definition", "sentence"),
    [
        # The verb after the name belongs to another subject, or the phrase is not the subject.
        ("Open valve", "A valve with a hole in it.",
         "A valve with a hole in it is called an open valve, while a sealed one is called a closed valve."),
        ("Catchment", "An area of land.",
         "Every stream drains an area of land called a catchment, which means that rain soon reaches the lake."),
        ("Ridge", "A narrow crest.", "Walkers reach a narrow crest known as the ridge and turn back at noon."),
        # The addition points outside the entry, reports a claim, ranks or defines again.
        ("Tally", "A simple count.", "A simple count, often called a tally, tells us little unless we compare it."),
        ("Old fort", "The Hilltop site.", "The Hilltop site, now called Old Fort, serves the same purpose as before."),
        ("Golden rule", "A common guideline.", "A common guideline, known as the golden rule, says that you should "
         "never cut towards your hand."),
        ("Quorum", "The minimum attendance.", "The minimum attendance is called the quorum, which is the most "
         "argued point of any meeting."),
        # A participle phrase opens the subject's appositive; the main verb comes later.
        ("Tablet 12", "A clay tablet from Ur.",
         "Tablet 12, a clay tablet from Ur, made long before the Greek geometers, lists sets of numbers."),
        # The verb agrees with the plural name, not with the singular phrase.
        ("Blue Hills", "A mountain range along the coast.",
         "The Blue Hills, a mountain range along the coast, receive heavy rain in winter."),
        # Not bare: the definition already says what the thing does.
        ("Sluice", "A gate that controls the flow of water in a channel.",
         "A gate that controls the flow of water in a channel, called a sluice, was built at every mill."),
    ],
)
def test_a_definition_is_left_as_it_is_when_the_sentence_adds_no_clause_about_it(term, definition, sentence):
    assert completed_from_sentence(_term(term, definition, sentence)).definition == definition


@pytest.mark.parametrize(("term", "definition", "sentence", "completed"), [
    # test-en, both raters: "Kuwana: A post town ... who wrote under the name Rokōan" (the priest wrote)
    ("Kuwana", "A post town on the road between Edo and Kyoto.",
     "The designs came from a priest, Gidō, of the temple in Kuwana, a post town on the road between Edo and Kyoto, who "
     "wrote under the name Rokōan.", "A post town on the road between Edo and Kyoto."),
    ("Jan Smit", "A carpenter from Hoorn.", "The ship was built by Jan Smit, a carpenter from Hoorn, who later founded "
     "a yard.", "A carpenter from Hoorn who later founded a yard."),
    ("Pope Alexander VI", "A native of Valencia.", "The Catholic Monarchs turned to Pope Alexander VI, a native of "
     "Valencia, who issued a series of bulls in 1493.", "A native of Valencia who issued a series of bulls in 1493."),
])
def test_a_who_clause_completes_only_a_phrase_that_names_a_person(term, definition, sentence, completed):
    found = Term(term=term, key=term_key(term), definition=definition, kind="defined", section_anchor="s",
                 sentence=sentence, aliases=(), confidence=0.8, rule="appositive")
    assert completed_from_sentence(found).definition == completed
