"""A teacher's light edits on a lifted definition: a head noun for "One", an article for a superlative, none
before an uncounted noun (lessontext.glossary.lightedits)."""

import pytest

from lessontext.glossary.candidate import Term
from lessontext.glossary.lightedits import (
    capitalised_headword,
    dated_instrument,
    light_edits,
    one_as_genus,
    own_head_for_vague_genus,
    superlative_article,
    uncounted_head,
)


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
        # a noun in -ing whose plural nobody writes (test-bl, test-cl: "A sampling in which ...")
        ("Systematic sampling", "A sampling in which members are chosen at regular intervals.",
         "Sampling in which members are chosen at regular intervals."),
        ("Double-entry bookkeeping", "A bookkeeping in which every transaction is entered twice.",
         "Bookkeeping in which every transaction is entered twice."),
        ("Office building", "A building in which people work.", None),  # "buildings" is common
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


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        ("A stage in which the larvae then leave the nest to feed.", "A stage in which the larvae leave the nest to feed."),
        ("A fungus from which many oak trees also suffer.", "A fungus from which many oak trees suffer."),
        ("A method by which the old clay is later reused.", "A method by which the old clay is reused."),
        # Kept: no relative with a subject of its own, or the adverb joins two steps of the definition.
        ("A test in which you heat the metal and then cool it in water.", None),
        ("A test in which you heat it and then cool it.", None),
        ("A reaction in which, then, nothing changes.", None),
    ],
)
def test_a_narrative_adverb_inside_a_relative_with_its_own_subject_is_dropped(definition, edited):
    assert light_edits(definition, "Headword") == (edited or definition)


@pytest.mark.parametrize(
    ("headword", "definition", "edited"),
    [
        ("Primary consumers", "Things that eat producers, such as caterpillars eating leaves.",
         "Consumers that eat producers, such as caterpillars eating leaves."),
        ("Primary producers", "Things that make their own food from sunlight.",
         "Producers that make their own food from sunlight."),
        ("Insect-pollinated flowers", "Things that attract bees with scent and nectar.",
         "Flowers that attract bees with scent and nectar."),
        # Kept: a name's capitalised head is no common kind.
        ("Additional Military Layers", "Things that overlay defence information on civil charts.", None),
        ("Balance of power", "Something that keeps any one state from dominating.",
         "A balance that keeps any one state from dominating."),
        # Kept: a one-word term lends no head; the head only repeats the verb; the number must agree.
        ("Potometer", "Something that tracks how far an air bubble moves.", None),
        ("Beta blockers", "Things that block the effects of adrenaline.", None),
        ("Beta blockers", "Things that slow the heart rate.", None),
        ("Secondary reinforcer", "Something that gains its power through association with primary reinforcers.", None),
        ("Primary consumers", "Something that eats producers.", None),
        ("Primary consumers", "Consumers that eat producers.", None),
    ],
)
def test_a_vague_genus_takes_the_terms_own_head_noun(headword, definition, edited):
    assert own_head_for_vague_genus(_term(headword, definition)).definition == (edited or definition)


@pytest.mark.parametrize(
    ("headword", "shown"),
    [
        ("ion", "Ion"),
        ("half equation", "Half equation"),
        ("cation", "Cation"),
        # Kept: already capitalised, a symbol, a command with a word the tables lack, a digit.
        ("Anode", "Anode"),
        ("pH", "pH"),
        ("git add", "git add"),
        ("rescEU", "rescEU"),
        ("level 7", "level 7"),
    ],
)
def test_a_lower_case_headword_is_shown_with_a_capital(headword, shown):
    assert capitalised_headword(_term(headword, "A particle.")).term == shown


def _dated(headword: str, definition: str, sentence: str, title: str = "Treaties") -> str:
    term = Term(term=headword, key=headword.lower(), definition=definition, kind="defined", section_anchor="",
                sentence=sentence, aliases=(), confidence=0.9)
    return dated_instrument(term, title).definition


@pytest.mark.parametrize(
    ("headword", "definition", "sentence", "title", "edited"),
    [
        # The signing aside of its own sentence.
        ("Treaty of Paris", "A treaty that ended the Crimean War.",
         "The Treaty of Paris, signed on 30 March 1856, ended the Crimean War.", "Treaties",
         "A treaty of 1856 that ended the Crimean War."),
        ("Mutual Defence Pact", "A pact under which an attack on one is an attack on all.",
         "The Mutual Defence Pact, signed in Windhoek in 2003, is a pact under which ...", "Pacts",
         "A pact of 2003 under which an attack on one is an attack on all."),
        # The title's date of that very name.
        ("Dual Alliance", "An alliance that bound two empires to help each other.", "The Dual Alliance bound ...",
         "The Dual Alliance of 1879", "An alliance of 1879 that bound two empires to help each other."),
        ("Treaty of Kiel", "A treaty that ended the war.", "The Treaty of Kiel ended the war.", "The Treaty of Kiel (1814)",
         "A treaty of 1814 that ended the war."),
        # Kept: a year in another clause of the sentence; two years in the aside; another name in the title; a kind
        # not in the name; a year already there.
        ("Treaty of Rapallo", "A treaty that restored relations.",
         "The Treaty of Rapallo, not to be confused with the treaty signed in 1920, restored relations.", "Rapallo",
         None),
        ("Treaty of Paris", "A treaty that ended the war.", "The Treaty of Paris, signed in 1856 and revised in 1871, ended"
         " the war.", "Treaties", None),
        ("Treaty of Berlin", "A treaty that divided Bulgaria.", "The Treaty of Berlin divided Bulgaria.",
         "The Treaty of San Stefano of 1878", None),
        ("Vision 2025", "A document that set a goal.", "Vision 2025, adopted in 2018, set a goal.", "Vision", None),
        ("Treaty of London", "A treaty of 1913 that ended the war.", "The Treaty of London, signed in 1913, ended the war.",
         "Treaties", None),
        # Kept: a definition near thirty words already.
        ("Treaty of Paris", "A treaty that " + "ended one more war and " * 6 + "closed.",
         "The Treaty of Paris, signed in 1856, ended the war.", "Treaties", None),
    ],
)
def test_a_named_instrument_takes_the_year_the_lesson_dates_it_by(headword, definition, sentence, title, edited):
    assert _dated(headword, definition, sentence, title) == (edited or definition)


def test_a_named_instrument_takes_the_year_another_sentence_dates_it_by_only_when_all_agree():
    term = Term(term="Treaty of Berlin", key="treaty of berlin", definition="A treaty that divided Bulgaria.",
                kind="defined", section_anchor="", sentence="The Treaty of Berlin divided Bulgaria.", aliases=(),
                confidence=0.9)
    text = "The Great Powers met in 1878. The Treaty of Berlin of 13 July 1878 replaced San Stefano."
    assert dated_instrument(term, "Berlin", text).definition == "A treaty of 1878 that divided Bulgaria."
    assert dated_instrument(term, "Berlin", text + " The Treaty of Berlin of 1926 was another.").definition == (
        "A treaty that divided Bulgaria.")


@pytest.mark.parametrize(
    ("headword", "emphasised", "shown"),
    [
        # A word the tables lack that the author set in bold is a word of the lesson.
        ("heterotroph", frozenset({"heterotroph"}), "Heterotroph"),
        ("decomposer", frozenset({"decomposer", "spore"}), "Decomposer"),
        # Not in bold (a command in a table): kept as written.
        ("git add", frozenset({"staging area"}), "git add"),
    ],
)
def test_a_bold_headword_the_tables_lack_is_capitalised(headword, emphasised, shown):
    assert capitalised_headword(_term(headword, "An organism."), emphasised).term == shown


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        ("A short, light-hearted piece with a chorus of satyrs, and was performed after a set of tragedies.",
         "A short, light-hearted piece with a chorus of satyrs, performed after a set of tragedies."),
        ("The distance from one crest to the next, and is usually measured in metres.",
         "The distance from one crest to the next, usually measured in metres."),
        # A relative clause goes on with its own verb; "not" is no participle.
        ("A load that acts at a single spot, and is measured in kilonewtons.",
         "A load that acts at a single spot, and is measured in kilonewtons."),
        ("The capital of the province, and is not a port.", "The capital of the province, and is not a port."),
    ],
)
def test_a_predicate_joined_to_a_noun_phrase_becomes_a_participle(definition, edited):
    assert light_edits(definition, "Headword") == edited


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        # test-cx, both raters: "only now" turned the clause round
        ("A machine in which only now is the parchment removed.", "A machine in which the parchment is removed."),
        ("A tank in which only then are the seeds washed.", "A tank in which the seeds are washed."),
        ("A machine that only now works.", "A machine that only now works."),
    ],
)
def test_a_fronted_only_now_is_turned_back(definition, edited):
    assert light_edits(definition, "Headword") == edited
