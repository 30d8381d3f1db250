"""A teacher's light edits on a lifted definition: a head noun for "One", an article for a superlative, none
before an uncounted noun (lessontext.glossary.lightedits)."""

import pytest

from lessontext.glossary.candidate import Term
from lessontext.glossary.lightedits import light_edits, one_as_genus, superlative_article, uncounted_head


def _term(headword: str, definition: str) -> Term:
    return Term(term=headword, key=headword.lower(), definition=definition, kind="defined",
                section_anchor="", sentence="", aliases=(), confidence=0.9)


@pytest.mark.parametrize(
    ("headword", "definition", "edited"),
    [
        ("Exothermic reaction", "One that gives out heat to its surroundings.",
         "A reaction that gives out heat to its surroundings."),
        ("Sedimentary rock", "One in which layers of sediment are pressed together.",
         "A rock in which layers of sediment are pressed together."),
        ("Tidal currents", "Ones that reverse with every tide.", "Currents that reverse with every tide."),
        # Kept: a one-word term has no head noun to lend; "One of ..." is a count; number must agree.
        ("Catalyst", "One that speeds up a reaction without being used up.", None),
        ("Prime number", "One of the numbers with exactly two factors.", None),
        ("Tidal currents", "One that reverses with every tide.", None),
    ],
)
def test_one_takes_the_terms_head_noun(headword, definition, edited):
    assert one_as_genus(_term(headword, definition)).definition == (edited or definition)


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        ("Largest bones that carry the weight of the body.", "The largest bones that carry the weight of the body."),
        ("Highest court in the country.", "The highest court in the country."),
        # Kept: words that end in "est" but are not superlatives, and a definition that already has its article.
        ("Interest paid on a loan.", None),
        ("Forest that loses its leaves each autumn.", None),
        ("West winds that blow across the ocean.", None),
        ("The largest bones in the body.", None),
    ],
)
def test_a_bare_superlative_gets_its_article(definition, edited):
    assert superlative_article(definition) == (edited or definition)


@pytest.mark.parametrize(
    ("headword", "definition", "edited"),
    [
        ("Physical weathering", "A weathering in which rock breaks apart without any change to its minerals.",
         "Weathering in which rock breaks apart without any change to its minerals."),
        ("Annual rainfall", "A rainfall that is measured over a whole year.", "Rainfall that is measured over a whole year."),
        # Kept: a counted noun, a head that is not the term's own, a proper name, a number word.
        ("Exothermic reaction", "A reaction in which heat is given out.", None),
        ("Heavy rain", "A rainfall that floods the streets.", None),
        ("Cold front", "A front that brings heavy rain.", None),  # "fronts" is common: a counted sense
        ("Northern Cooperation", "A cooperation that links four navies.", None),
        ("Spondee, two", "A two stressed syllables together.", None),
    ],
)
def test_an_article_before_an_uncounted_head_is_dropped(headword, definition, edited):
    assert uncounted_head(definition, headword) == (edited or definition)


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        # A second main clause on the headword, its subject a pronoun or "its"/"their" + noun: the first clause is kept.
        ("A scarce resource, and in winter it is among the most expensive in the region.", "A scarce resource."),
        ("Learning that begins in the family, and it continues at school and at work.",
         "Learning that begins in the family."),
        ("A form of verse, and much of its charm lies in the rhythm.", "A form of verse."),
        ("Small birds of the hedgerow, but their numbers have fallen sharply.", "Small birds of the hedgerow."),
        # A main clause with a subject of its own after "; " or ", and": the sentence went on to another thing.
        ("A tax charged on all imports, and the government sets its rate each year.", "A tax charged on all imports."),
        ("Small hard pellets of ice; hail forms when ice grows in storm clouds.", "Small hard pellets of ice."),
        ("A club that brings together players from many towns, and coaches from each town routinely share their drills.",
         "A club that brings together players from many towns."),
        ("A metal used in wiring; the copper wires stay mostly cool.", "A metal used in wiring."),
        # "and" inside a noun phrase, a participle, a verb in a clause that has its own subject ("in which",
        # "that" + noun), the reader addressed, or too little before the comma: unchanged.
        ("A rock made of sand, clay and lime.", "A rock made of sand, clay and lime."),
        ("A tax on imports, and goods carried by sea.", "A tax on imports, and goods carried by sea."),
        ("A fine-grained rock; the commonest rock of the sea floor.", "A fine-grained rock; the commonest rock of the sea floor."),
        ("A loan in which the bank sets the rate, and the borrower repays it monthly.",
         "A loan in which the bank sets the rate, and the borrower repays it monthly."),
        ("The principle that people respond to prices, and firms follow.", "The principle that people respond to prices, and firms follow."),
        ("A plan that gives you a phone, and you pay for it monthly.", "A plan that gives you a phone, and you pay for it monthly."),
        ("A bar that turns, and for a long bar it lifts more.", "A bar that turns, and for a long bar it lifts more."),
        ("A lake, and it dries.", "A lake, and it dries."),
        ("A word from the Latin for \"hand\", and it describes work done by hand.",
         "A word from the Latin for \"hand\", and it describes work done by hand."),
        ("The push you give; the load is what the lever lifts.", "The push you give; the load is what the lever lifts."),
        ("A charge on a loan (a fee, and it is paid monthly).", "A charge on a loan (a fee, and it is paid monthly)."),
    ],
)
def test_a_second_clause_on_the_headword_is_dropped(definition, edited):
    assert light_edits(definition, "Headword") == edited


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        ("A rate at which prices therefore rise each year.", "A rate at which prices rise each year."),
        ("A state in which the ice thus stays frozen all summer.", "A state in which the ice stays frozen all summer."),
        # Kept: after a comma the adverb states a result inside the definition.
        ("A process that splits glucose, thus releasing energy.", None),
        ("The side on which gains are entered, and therefore the side its total sits on.", None),
    ],
)
def test_an_inference_adverb_pointing_back_is_dropped(definition, edited):
    assert light_edits(definition, "Headword") == (edited or definition)
