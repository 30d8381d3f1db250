"""The fill-in family's refusals and accepted answers, table-driven (raters on test-e and test-f)."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.fill_blank import cuts_a_compound, fill_blank, worked_figures
from lessontext.questions.gapforms import head_dropped, modifier_dropped, short_forms
from lessontext.questions.text import filler_key
from lessontext.questions.types import GlossaryEntry


def _at_gap(sentence: str, key: str) -> bool:
    return cuts_a_compound(sentence, sentence.index(key))


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        # The gap is the tail of a longer term: the word left in the stem is part of it.
        ("The spread is described by the Gauss–Laplace distribution, a bell curve.", "distribution", True),
        ("A primary colour, such as red, cannot be mixed from others.", "colour", True),
        ("Early sailors navigated with sextants from ships at sea.", "sextants", False),
        ("Early sailors measured angles from deck sextants at noon.", "sextants", True),
        ("Only a Tt parent can pass on a t allele.", "allele", True),
        # The whole term gapped, or a determiner-like word before it: a fair gap.
        ("Transactions are recorded first in the journal.", "journal", False),
        ("Two genotypes produce the same phenotype.", "phenotype", False),
        ("The cells store energy in the stored glycogen of the liver.", "glycogen", False),
        ("Engineers improve interoperability between forces.", "interoperability", False),
        ("Accounts on the left of the equation (assets) rise on the left.", "assets", False),  # a bracket between
        ("Over time, erosion widens the valley.", "erosion", False),  # a comma between
    ],
)
def test_cuts_a_compound(sentence, key, expected):
    assert _at_gap(sentence, key) is expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("typical experiment", True),
        ("Best-known examples", True),
        ("well-known case", True),
        ("variable ratio schedule", False),
        ("Typical", False),  # one word: no filler phrase
        ("Best Practice Award", False),  # a name
        # A degree adverb and a participle: how good, not what kind (test-c, test-k).
        ("well-trained unit", True),
        ("poorly-equipped militia", True),
        ("well-trained police force", True),
        ("trained unit", False),
        ("well-being index", False),
        # A judgement of worth: how good, not what kind (test-ad-r2).
        ("Durable settlements", True),
        ("lasting peace deals", True),
        ("useful tools", True),
        ("durable", False),
        ("Good Friday Agreement", False),  # a name
        # A size before an everyday noun is no kind; before a specialised one it makes a term.
        ("big city", True),
        ("Large house", True),
        ("large intestine", False),
        ("long wave", False),
        ("Great Lakes", False),
        # A role word alone names no concept (test-ae-r2: "The alternative is a kidney transplant").
        ("Alternative", True),
        ("options", True),
        ("option pricing", False),
        ("Alternative medicine", False),
    ],
)
def test_filler_key(key, expected):
    assert filler_key(key) is expected


@pytest.mark.parametrize(
    ("term", "refused"),
    [
        ("Additional Protocol", {"Protocol on Additional", "Protocol of Additional"}),
        ("Supreme Court", {"Court on Supreme", "Court of Supreme"}),
        ("Reign of Terror", {"Terror Reign"}),
    ],
)
def test_short_forms_never_turn_an_adjective_or_one_word_round(term, refused):
    assert not refused & set(short_forms(term, ""))


def test_short_forms_still_turn_a_two_word_name_round():
    assert "Treaty on Open Skies" in short_forms("Open Skies Treaty", "Under the Treaty on Open Skies, allies fly.")


def test_short_forms_turn_a_name_round_only_where_the_lesson_writes_it():
    lesson = "The experts produced the Tallinn Manual, a study of cyber law."
    assert not {"Manual on Tallinn", "Manual of Tallinn", "Tallinn"} & set(short_forms("Tallinn Manual", lesson))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stock is 3,000 and cash is 500, so total assets are 9,500.", True),
        ("A snack has 30 g of sugar, 5 g of fibre and 2 g of salt.", True),
        ("In a cross of two hybrids the classic ratio is 9 : 3 : 3 : 1.", False),  # a ratio is one figure
        ("Humans have 46 chromosomes, arranged in 23 pairs.", False),
        ("The alliance has invoked Article 5 only once, after the attacks of 11 September 2001.", False),  # dates
    ],
)
def test_worked_figures(sentence, expected):
    assert worked_figures(sentence) is expected


@pytest.mark.parametrize("term, forms", [
    ("enzyme", ["enzymes"]), ("enzymes", ["enzyme"]), ("nebula", ["nebulae"]), ("meeting", ["meetings"]),
    ("capacity building", []), ("learning", []), ("polygenic", []), ("recessive", []),
    ("red herring", ["red herrings"]),
    ("cooperation", []), ("traction", []),  # a mass noun's plural ("cooperations") is no form English uses
    ("margin of safety", ["margins of safety"]), ("exchange of liaison officers", ["exchanges of liaison officers"]),
])
def test_variants_list_only_plurals_english_uses(term, forms):
    """test-o: "cooperations" is no form a teacher lists; test-n: "margin of safeties" inflects the wrong noun."""
    from lessontext.questions.gapforms import variants

    assert variants(term) == forms


@pytest.mark.parametrize("term, forms", [
    ("swallow holes", ["swallow hole"]),  # test-db, both raters: "accept 'swallow hole'"
    ("red herrings", ["red herring"]),
    ("union system", []),  # a plural the lesson never writes stays unlisted
    ("venules collect blood", []),  # no compound noun
])
def test_a_compound_nouns_singular_is_listed_though_the_lesson_writes_only_its_plural(term, forms):
    from lessontext.questions.gapforms import variants

    assert variants(term, "A lesson that writes neither form.") == forms


# The lesson's own shorter names for a key are accepted (raters: the short form is right but marked wrong).
@pytest.mark.parametrize(("key", "lesson", "expected"), [
    ("variable ratio schedule", "On a variable ratio, rewards come after an unpredictable number of responses.",
     ["variable ratio"]),
    ("variable ratio schedule", "The variable ratio schedule produces steady responding.", []),  # never written alone
    ("Beacon-Net satellite system", "Alerts arrive through the Beacon-Net satellite system.",
     ["Beacon-Net satellite", "Beacon-Net"]),  # a name
    ("Naval port visits", "Naval port visits often include open days.", []),  # a capital that only opens a sentence
    ("electron transport chain", "The electron carrier passes the electron to the transport chain.", []),
    ("police action", "The army acted alongside the police.", []),  # one common word is no short name
    ("primary socialisation", "Secondary socialisation follows primary socialisation.", []),  # the head carries it
    # A people's adjective left alone says whose, not what: a fragment, never an accepted answer.
    ("Ruritanian politics", "Under pressure, Ruritanian politics split. Ruritanian farmers protested.", []),
    ("Anglo-Ruritanian trade mission", "Then an Anglo-Ruritanian trade mission sailed, and Anglo-Ruritanian ties grew.",
     ["Anglo-Ruritanian trade"]),
    # The same word the lesson writes alone as a name stays.
    ("Ruritanian politics", "Under pressure, Ruritanian politics split. Power passed to the Ruritanian in 1990.",
     ["Ruritanian"]),
    # A country the lesson names is no short name of a thing from it (test-cz, both raters: "China" for "China stone").
    ("Ruritania stone", "Towns in southern Ruritania made pots. Ruritania stone acts as the flux, and Ruritania grew.",
     []),
])
def test_head_dropped(key, lesson, expected):
    assert head_dropped(key, lesson) == expected


@pytest.mark.parametrize(("word", "lesson", "expected"), [
    ("Egyptian", "Egyptian politics changed. The Egyptian army waited.", True),
    ("British", "British taxpayers paid. British North America held.", True),  # before a name too
    ("British", "British taxpayers paid. The British were tired.", False),  # a people: a noun
    ("Egyptian", "He spoke Egyptian.", False),  # alone
    ("Cospas-Sarsat", "The Cospas-Sarsat system detects beacons.", False),  # a name, no people's adjective
    ("Ghana", "Ghana cocoa is sold abroad.", False),
])
def test_attributive_demonym(word, lesson, expected):
    from lessontext.questions.gapforms import attributive_demonym

    assert attributive_demonym(word, lesson) is expected


@pytest.mark.parametrize(("key", "lesson", "terms", "expected"), [
    ("successful collisions", "Only successful collisions lead to a reaction. Collisions happen often.",
     frozenset(), ["collisions"]),
    ("digestible carbohydrates", "Digestible carbohydrates give glucose; complex carbohydrates take longer.",
     frozenset(), []),  # another modifier before the same noun: the modifier matters
    ("primary socialisation", "Primary socialisation happens first.",
     frozenset({"socialisation", "primary socialisation"}), []),  # the noun is a term of its own
    ("gender socialisation", "Gender socialisation begins early.",
     frozenset({"gender socialisation", "primary socialisation"}), []),  # the tail of another term
    ("tectonic plates", "The tectonic plates move slowly.", frozenset(), []),  # an everyday noun alone
    ("juste retour", "Work is shared by juste retour.", frozenset(), []),  # no plain adjective
    # An adjective that is also a noun ("gross"): the noun alone only where the lesson writes it nowhere else, so
    # no other item shows it, and where it keeps the compound's meaning.
    ("gross tonnage", "Fees follow the gross tonnage of each vessel.", frozenset(), ["tonnage"]),
    ("gross tonnage", "Fees follow the gross tonnage. The tonnage is measured once.", frozenset(), []),
    ("cardiac arrest", "In cardiac arrest the heart stops without warning.", frozenset(), []),
    # A people's adjective, which the lemmatiser does not know (test-bm: "widen to 'taxpayers'"), dropped like any
    # other uncontrasted adjective; not where the lesson uses it as a noun ("the British were"), nor a rare one
    # that names a school or a style ("Shakespearean sonnet": the kind the lesson contrasts).
    ("British taxpayers", "British taxpayers were weary. British North America was safe.", frozenset(), ["taxpayers"]),
    ("British taxpayers", "British taxpayers were weary. The British were tired of war.", frozenset(), []),
    ("Shakespearean sonnet", "A Shakespearean sonnet ends on a couplet.", frozenset(), []),
])
def test_modifier_dropped(key, lesson, terms, expected):
    assert modifier_dropped(key, lesson, terms) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    # A rare adjective and a noun that only says what sort of thing, the adjective written nowhere else.
    ("igneous rock", "Igneous rock forms when magma cools.", ["igneous"]),
    ("Sedimentary rock", "Sedimentary rock forms in layers.", ["sedimentary"]),  # opening a sentence
    ("igneous rock", "Igneous rock forms when magma cools. Igneous intrusions bake the rock.", []),  # shown elsewhere
    ("aerobic respiration", "Aerobic respiration needs oxygen.", []),  # the noun carries the concept too
    ("solar panel", "A solar panel turns light into electricity.", []),  # "solar" alone names no kind
    ("mixed economy", "A mixed economy has markets and planning.", []),  # an everyday adjective
    ("ordinal scale", "An ordinal scale ranks values.", []),  # an adjective English also uses as a noun
    ("miasma theory", "The miasma theory blamed bad air.", ["miasma"]),  # a rare noun names the kind (test-ck)
    ("supernormal profit", "Firms earn supernormal profit.", ["supernormal"]),  # a word the tables lack (test-ci)
    ("igneous rocks", "Igneous rocks form when magma cools.", ["igneous"]),  # the plural of a sort noun (test-cn)
])
def test_modifier_alone(key, lesson, expected):
    from lessontext.questions.gapforms import modifier_alone

    assert modifier_alone(key, lesson) == expected


POOLING = """# Pooling

## Tankers

The Joint Tanker Wing flies a shared fleet of tankers from one base in the north.

The Joint Airlift Fleet, which flies transport aircraft from a second base, follows a similar logic.
"""


def test_no_gap_in_a_sentence_that_compares_with_an_earlier_one():
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("Joint Tanker Wing", "A unit that flies a shared fleet of tankers", "defined"),
             GlossaryEntry("Joint Airlift Fleet", "A fleet that flies transport aircraft from a second base", "defined"))
    course = build_course(parse_document(POOLING), glossary=terms, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert any("shared fleet of tankers" in s for s in stems)
    assert not any("similar logic" in s for s in stems)


RESPIRATION = """# Respiration

## Without oxygen

Cells release the energy stored in food in several stages.

The phenotype is the observable characteristic that results from the genes.

The problem is that glycolysis uses up NAD+, and without oxygen the electron transport chain cannot regenerate it.

The electron transport chain is the last stage of respiration.
"""


def test_a_gap_leans_on_context_as_a_true_false_statement_does():
    """One test for every lifted sentence (``context.leans_on_context``): "The problem is ..." (which
    problem? raters on dev-b: context lost) gives no gap; a bare subject that is the gap itself does."""
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("Electron transport chain", "The last stage of respiration", "defined"),
             GlossaryEntry("Phenotype", "The observable characteristic that results from the genes", "defined"))
    course = build_course(parse_document(RESPIRATION), glossary=terms, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert any(s.startswith("The _____ is the observable characteristic") for s in stems)
    assert not any("The problem is" in s for s in stems)


AVERAGES = """# Averages

## Middle values

Data are the values collected in a survey or an experiment.

The median is the middle value when the data are arranged in order of size.
"""


def test_no_everyday_word_gapped_in_the_sentence_that_defines_another_term():
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("Median", "The middle value when the data are arranged in order of size", "defined"),
             GlossaryEntry("Data", "The values collected in a survey or an experiment", "defined"))
    course = build_course(parse_document(AVERAGES), glossary=terms, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert any(s.startswith("The _____ is the middle value") for s in stems)  # the concept the sentence defines
    assert not any("when the _____ are arranged" in s for s in stems)


@pytest.mark.parametrize(("blanked", "members"), [
    # The gap is the subject of "include": the stem lists members, many a category fits (test-g, test-k).
    ("_____ included the Church, city governments and wealthy families.", True),
    ("_____ often include open days, concerts and community projects.", True),
    ("The _____ comprises the Senate and the House of Representatives.", True),
    # The stem says what the gap is, or the list is not all it says.
    ("A(n) _____ is a plan that includes every expense.", False),
    ("Costs that include rent and a phone contract are called _____.", False),
])
def test_members_only(blanked, members):
    from lessontext.questions.families.fill_blank import members_only

    assert members_only(blanked) is members


AGENCIES = """# Sharing Warnings

## Codes

The Traffic Light Protocol (TLP) gives a simple code for how widely a piece of information may be passed on.

The North Atlantic Treaty Organization (NATO) runs its own centre for such warnings.
"""


def test_a_name_and_its_bracketed_short_form_are_blanked_as_one():
    """Blanking either name left the other beside it (no_key_leakage): blank both, accept both."""
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.rubric import evaluate
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("Traffic Light Protocol", "A simple code for how widely information may be passed on",
                           "defined", ("TLP",)),
             GlossaryEntry("NATO", "A military alliance of North American and European states", "organisation",
                           ("North Atlantic Treaty Organization",)))
    course = build_course(parse_document(AGENCIES), glossary=terms, others=[])
    made = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    tlp = [c for c in made if "simple code" in c.stem]
    assert [c.stem for c in tlp] == ["The _____ gives a simple code for how widely a piece of information may be passed on."]
    assert {"Traffic Light Protocol", "TLP"} <= set(tlp[0].answers)
    assert not evaluate(tlp[0], course)
    # A short name every reader knows is world knowledge, not the lesson's.
    assert not any("own centre" in c.stem for c in made)


@pytest.mark.parametrize(("blanked", "expected"), [
    ("A(n) _____ is one in which the premises are meant to guarantee the conclusion.",
     "_____ is one in which the premises are meant to guarantee the conclusion."),
    ("In a(n) _____, partners share the design and production of an entirely new system.",
     "In _____, partners share the design and production of an entirely new system."),
    ("The heart of the relationship was a bond between a lord and a(n) _____.",
     "The heart of the relationship was a bond between a lord and _____."),
    ("The _____ is the real person who wrote the book.", "The _____ is the real person who wrote the book."),
    ("Vitamin A _____ is rare.", "Vitamin A _____ is rare."),  # no "a(n)": a letter stays
])
def test_article_in_gap(blanked, expected):
    from lessontext.questions.gaps import article_in_gap

    assert article_in_gap(blanked) == expected


def test_a_short_stem_keeps_its_article():
    from lessontext.questions.gaps import article_in_gap

    stem = "A(n) _____ has been adjusted for inflation."
    assert article_in_gap(stem, 8) == stem
    assert article_in_gap(stem, 6) == "_____ has been adjusted for inflation."


ARGUMENTS = """# Arguments

## Kinds of argument

A deductive argument is one in which the premises are meant to guarantee the conclusion.

Every valid deduction starts from premises that are accepted for the sake of the argument.
"""


def test_the_texts_a_stays_before_the_gap_and_grading_forgives_it():
    import random

    from lessontext.answers import answer_matches
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("deductive argument", "An argument in which the premises are meant to guarantee the conclusion",
                           "defined"),)
    course = build_course(parse_document(ARGUMENTS), glossary=terms, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    # test-n and test-o: "_____ reduces the price ..." read as dropping the article the sentence needs
    assert [c.stem for c in items] == ["A _____ is one in which the premises are meant to guarantee the conclusion."]
    assert answer_matches("a deductive argument", items[0].answers)
    assert answer_matches("deductive argument", items[0].answers)


INDUCTION = """# Arguments

## Kinds of argument

An inductive argument is one in which the premises are meant to make the conclusion probable.

Every valid deduction starts from premises that are accepted for the sake of the argument.
"""


def test_an_is_written_before_the_gap_as_the_text_writes_it():
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("inductive argument", "An argument in which the premises make the conclusion probable",
                           "defined"),)
    course = build_course(parse_document(INDUCTION), glossary=terms, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    # test-s and test-u: "_____ tells you how much ..." and "In _____, the work ..." lost the article ("Restore 'An _____'")
    assert [c.stem for c in items] == ["An _____ is one in which the premises are meant to make the conclusion probable."]


@pytest.mark.parametrize("blanked, article, key, expected", [
    ("A(n) _____ reduces the price by a fraction of the original.", "a", "percentage discount",
     "A _____ reduces the price by a fraction of the original."),
    ("In a(n) _____, clockwise and anticlockwise moments are equal.", "a", "balanced object",
     "In a _____, clockwise and anticlockwise moments are equal."),
    ("A(n) _____ is a dye that changes colour with the acidity of a solution.", "an", "indicator",
     "An _____ is a dye that changes colour with the acidity of a solution."),
    ("In a(n) _____, no energy is lost to friction in the moving parts.", "an", "ideal pulley",
     "In an _____, no energy is lost to friction in the moving parts."),
    # an "an" that ``article_for`` would not write before the key ("an" before "useful ...") goes into the gap
    ("A(n) _____ is any trial whose result cannot be known in advance.", "an", "useful experiment",
     "_____ is any trial whose result cannot be known in advance."),
    # no article in the text: the gap takes the "a(n)"
    ("A(n) _____ is any trial whose result cannot be known in advance.", "", "experiment",
     "_____ is any trial whose result cannot be known in advance."),
    # "a STANAG": an "a" that ``article_for`` would not write before the key goes into the gap
    ("A(n) _____ sets out a common standard that member states agree to implement.", "a", "STANAG",
     "_____ sets out a common standard that member states agree to implement."),
])
def test_place_article(blanked, article, key, expected):
    from lessontext.questions.gaps import place_article

    assert place_article(blanked, article, 6, key) == expected


def test_place_article_keeps_a_short_stem_as_it_was():
    from lessontext.questions.gaps import place_article

    stem = "A(n) _____ has been adjusted for inflation."
    assert place_article(stem, "a", 8, "real value") == stem


@pytest.mark.parametrize("before, expected", [
    ("In a ", "a"), ("An ", "an"), ("The heart was a bond between a lord and ", ""), ("Vitamin A ", ""),
])
def test_source_article(before, expected):
    from lessontext.questions.gaps import source_article

    assert source_article(before) == expected


PRINTERS_TEXT = """# Printing

## The press

Johannes Gutenberg, a goldsmith from Mainz, built a press with movable type.
Around 1455 he printed whole books with it, a method now called letterpress, and sold copies across Europe.
"""


def test_a_pronoun_in_the_stem_is_named_from_the_sentence_before():
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("letterpress", "A method of printing whole books with movable type", "defined"),)
    course = build_course(parse_document(PRINTERS_TEXT), glossary=terms, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert stems and all(s.startswith("Around 1455 Johannes Gutenberg printed") for s in stems)


@pytest.mark.parametrize("blanked, key, expected", [
    # test-o: the glossary's noun "Stores" blanked where the sentence has the verb
    ("A rock layer that _____ groundwater and lets it flow through is an aquifer.", "stores", True),
    ("Cells that _____ the signal pass it on.", "relay", True),
    ("The idea that _____ clear quickly was popular.", "markets", False),  # a noun subject before its verb
    ("A process that _____ the soil is slow.", "erosion", False),  # no verb
    ("Layers that _____ oil are valuable.", "source rocks", False),  # two words: no verb
])
def test_verb_gap(blanked, key, expected):
    from lessontext.questions.gaps import verb_gap

    assert verb_gap(blanked, key) is expected


SURVEYS = """# Coastal Surveys

## Why charts matter

Coastal surveying covers more than the mapping of beaches. Survey ships measure depths, currents and the shape of the seabed.

Hydrography is the measurement of the depth and shape of the seabed.

A tide gauge records the height of the sea every few minutes.
"""

SURVEY_TERMS = (
    GlossaryEntry("Coastal surveying", "More than the mapping of beaches", "defined"),
    GlossaryEntry("Hydrography", "The measurement of the depth and shape of the seabed", "defined"),
    GlossaryEntry("tide gauge", "A device that records the height of the sea every few minutes", "defined"),
)


@pytest.mark.parametrize(("key", "made"), [
    # test-s, test-l: a short remark whose "definition" is a comparison ("more than ...") pins no gap down.
    ("Coastal surveying", False),
    # A short sentence that states what the term is: a fair gap.
    ("Hydrography", True),
    ("tide gauge", True),
])
def test_a_short_remark_is_no_gap_unless_it_defines(key, made):
    course = build_course(parse_document(SURVEYS), glossary=SURVEY_TERMS, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0)) if c.key == key]
    assert bool(items) is made


BRIDGES = """# Shared Bridges

## Who pays

The Danube Crossing Fund (DCF) was set up in 2004 to share the cost of new bridges between neighbours.

The European Union pays for half of each new crossing in the border regions.

Every spring the EU also checks the accounts of each town.

The Danube Crossing Fund asks each town to pay the other half from local taxes.
"""

BRIDGE_TERMS = (
    GlossaryEntry("European Union", "A political and economic partnership of many states in Europe", "organisation"),
    GlossaryEntry("Danube Crossing Fund", "A fund set up in 2004 to share the cost of new bridges", "organisation",
                  ("DCF",)),
)


@pytest.mark.parametrize(("key", "made"), [
    ("European Union", False),  # any reader fills it
    ("Danube Crossing Fund", True),  # the lesson's own body
])
def test_no_gap_on_a_body_every_reader_knows(key, made):
    course = build_course(parse_document(BRIDGES), glossary=BRIDGE_TERMS, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0)) if c.key == key]
    assert bool(items) is made


OBSERVATORY = """# Watching the Sea Floor

## Instruments

Scientists watch the sea floor for the first signs of an earthquake.

Twelve seismic buoys record tremors on the sea floor and send the readings to shore by radio.

A seismic buoy is a floating instrument that records tremors on the sea floor.

A hydrophone is an underwater microphone that records sound travelling through water.

A government review published in 2020 found that most of the buoys still work after ten years at sea.

Four hydrophones listen for sound in the oceans, where it travels far along a deep channel.
"""

OBSERVATORY_TERMS = (
    # The count taken into the term, as a glossary cut from "Twelve seismic buoys record ..." may take it.
    GlossaryEntry("Twelve seismic buoys", "Buoys that record tremors on the sea floor and send the readings to shore by radio", "defined"),
    GlossaryEntry("Hydrophone", "An underwater microphone that records sound travelling through water", "defined"),
    GlossaryEntry("Government review", "A review that found that most of the buoys still work", "defined"),
    GlossaryEntry("Ocean", "A large body of salt water", "defined"),  # defined in another lesson, not here
)


def test_a_count_stays_in_the_stem_and_no_gap_on_a_study_or_an_everyday_plural():
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank

    course = build_course(parse_document(OBSERVATORY), glossary=OBSERVATORY_TERMS, others=[])
    made = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    counted = [c for c in made if "record tremors on the sea floor and send" in c.stem]
    assert counted and all(c.stem.startswith("Twelve _____ record") for c in counted)
    assert all(a.lower().startswith("seismic buoy") for c in counted for a in c.answers)
    assert not any("published in 2020" in c.stem for c in made)  # the study that found it: no concept


def test_an_everyday_plural_is_as_everyday_as_its_singular():
    from lessontext.document import parse_document
    from lessontext.questions.course import Mention, build_course
    from lessontext.questions.families.fill_blank import everyday_undefined

    course = build_course(parse_document(OBSERVATORY), glossary=OBSERVATORY_TERMS, others=[])
    sentence = "Four hydrophones listen for sound in the oceans, where it travels far along a deep channel."
    oceans = Mention("oceans", "glossary:defined", sentence.index("oceans"), sentence.index("oceans") + 6, sentence,
                     "instruments", OBSERVATORY_TERMS[-1])
    assert everyday_undefined(oceans, course)  # "oceans" 0.53, "ocean" 0.41: defined in no sentence of this lesson
    phones = Mention("hydrophones", "glossary:defined", 5, 16, sentence, "instruments", OBSERVATORY_TERMS[1])
    assert not everyday_undefined(phones, course)


HOOKED = """# Volcanoes

## Pressure below

A kitchen kettle left on the stove shows how trapped steam builds pressure until it escapes.

Molten rock below the surface, called magma, rises through cracks in the crust.

Gas dissolved in the magma comes out of solution as the rock nears the surface.
"""

HOOKED_TERMS = (
    GlossaryEntry("Kitchen kettle", "A kettle that shows how trapped steam builds pressure until it escapes", "defined"),
    GlossaryEntry("Magma", "Molten rock below the surface", "defined"),
)

FIELD_FIRST = """# Earthquakes

## The science

Seismology is the study of earthquakes and of the waves they send through the planet.

Seismometers record those waves at stations around the world.

The first waves to arrive push and pull the ground along their path.
"""

FIELD_TERMS = (GlossaryEntry("Seismology", "The study of earthquakes and of the waves they send through the planet",
                             "defined"),)


def _stems(lesson: str, terms) -> list[str]:
    course = build_course(parse_document(lesson), glossary=terms, others=[])
    return [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]


def test_no_gap_in_the_lessons_opening_hook():
    """The first line sets a scene from everyday life: its gap is filled without the lesson; a later
    sentence of the same lesson still gives one."""
    stems = _stems(HOOKED, HOOKED_TERMS)
    assert not any("left on the stove" in s for s in stems)
    assert any("called _____" in s for s in stems)


def test_a_short_note_keeps_the_gap_of_its_first_line():
    """A note of one or two paragraphs opens with its point, not with a hook."""
    note = HOOKED.split("\n\nGas dissolved")[0] + "\n"
    assert any("left on the stove" in s for s in _stems(note, HOOKED_TERMS))


def test_an_opening_that_defines_a_field_keeps_its_gap():
    assert any(s.startswith("_____ is the study of earthquakes") for s in _stems(FIELD_FIRST, FIELD_TERMS))


TIDES = ("Spring tides come at new and full moon. Spring tides rise higher than neap tides. "
         "Swollen rivers flood the marsh. These tides come between them, and these tides are weak.")


@pytest.mark.parametrize(("sentence", "key", "expected"), [
    # The first word and the gap form a term the lesson writes again: the word gives the tail away.
    ("Spring tides rise higher than neap tides.", "tides", True),
    # A phrase written once, or a function word before the gap: no term is cut.
    ("Swollen rivers flood the marsh.", "rivers", False),
    ("These tides come between them.", "tides", False),
])
def test_opening_modifier(sentence, key, expected):
    from lessontext.questions.families.fill_blank import opening_modifier

    assert opening_modifier(sentence, sentence.index(key), key, TIDES) is expected


@pytest.mark.parametrize(("key", "lesson", "terms", "expected"), [
    # The lesson calls the thing by its noun alone, after an article, at least as often as by the whole term.
    ("nuclear reactor", "A nuclear reactor produces heat. The reactor was shut down, and a reactor exploded.",
     frozenset({"nuclear reactor"}), ["reactor"]),
    ("inner tube", "Find the hole in the inner tube. Pinch the tube and patch the tube.", frozenset(), ["tube"]),
    # Never written alone, or written whole more often than alone: no bare noun.
    ("court clerk", "The court clerk reads out the charges.", frozenset(), []),
    ("outer electrons", "Outer electrons are lost. The outer electrons react. Outer electrons shield. "
     "An electron is small.", frozenset(), []),
    # The noun alone names another term of the course, or the genus of two of them.
    ("weather front", "At a weather front air rises. A warm front brings rain; the front passes.",
     frozenset({"weather front", "warm front"}), []),
    # The modifier is the rarer word and carries the concept: "the theory" is no answer for "miasma theory".
    ("miasma theory", "People believed in the miasma theory. The theory blamed foul air.", frozenset(), []),
    ("cardiac arrest", "Cardiac arrest kills. The arrest comes without warning.", frozenset(), []),
])
def test_head_alone(key, lesson, terms, expected):
    from lessontext.questions.gapforms import head_alone

    assert head_alone(key, lesson, terms) == expected


@pytest.mark.parametrize(("key", "lesson"), [
    # A class written in the plural, not one thing the whole term names.
    ("former magistrates", "The Senate was made of former magistrates. The magistrates served a year."),
    # The noun of the lesson's title or headings is its wider word.
    ("frame narrative", "It uses a frame narrative. The narrative reveals the truth."),
])
def test_head_alone_refuses_the_lessons_wider_word(key, lesson):
    from lessontext.questions.gapforms import head_alone

    assert head_alone(key, lesson, frozenset(), headings="Narrative Point of View Frames") == []


@pytest.mark.parametrize(("lesson", "expected"), [
    # The first word only qualifies other nouns in the lesson: an adjective, no name to accept alone.
    ("The Nordic Council was founded in 1952. The Nordic countries and Nordic armed forces train together.", []),
    # The lesson writes it alone as a name.
    ("The Tallinn Manual was written in Tallinn. Experts met in Tallinn in 2009.", ["Tallinn"]),
])
def test_short_forms_take_a_first_word_only_where_it_stands_as_a_name(lesson, expected):
    key = "Nordic Council" if "Nordic" in lesson else "Tallinn Manual"
    assert short_forms(key, lesson) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    # The place that names a signed text is its short name, though the lesson writes it only before the head.
    ("Zembla Agreement", "After the Zembla Agreement of 1995, the missions grew.", ["Zembla"]),
    ("Zembla Accords", "The Zembla Accords were signed in 1993.", ["Zembla"]),
    # Not where the lesson writes the word before another noun too: it names another thing as well.
    ("Zembla Agreement", "The Zembla Agreement was signed at the Zembla Conference.", []),
    # Not a people's adjective, nor a word English uses for itself, nor before a head that is no signed text.
    ("Ruritanian Agreement", "The Ruritanian Agreement was signed in 1995.", []),
    ("Security Treaty", "The Security Treaty was signed in 1960.", []),
    ("Zembla Manual", "The Zembla Manual was written in 2013.", []),
])
def test_short_forms_take_the_place_that_names_a_signed_text(key, lesson, expected):
    """test-be: "widen to 'Dayton'" for the Dayton Agreement, which the lesson writes only in full."""
    assert short_forms(key, lesson) == expected


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Boscastle", "A small village on the north coast of Cornwall, in south-west England.", True),
        ("Alice Springs", "A town in the Northern Territory, almost in the centre of Australia.", True),
        ("Caffa", "A Genoese trading town in Crimea.", True),
        ("Forum Romanum", "The city's oldest public square, lying in the valley.", False),  # a square, not a city
        ("domus", "A private town house belonging to a single wealthy family.", False),  # no name
        ("Hanse", "A league of trading towns around the Baltic.", False),  # a league
    ],
)
def test_settlement(term, definition, expected):
    from lessontext.questions.families.fill_blank import settlement

    assert settlement(GlossaryEntry(term, definition, "defined")) is expected


@pytest.mark.parametrize(
    ("statement", "key", "expected"),
    [
        ("Footprints are measured in kilograms (kg) for single activities.", "kilograms", True),
        ("In a hydrogen molecule, H₂, the two atoms share one pair.", "hydrogen molecule", True),
        ("The Economic Community of West African States (ECOWAS) deployed a force.", "Economic Community of West African States", False),
        ("Energy is measured in joules (see below) in this course.", "joules", False),
        ("The sample was weighed in grams (kg would be too coarse).", "grams", False),
        ("Power is measured in watts (W), as the label shows.", "watts", True),
    ],
)
def test_symbol_beside(statement, key, expected):
    from lessontext.questions.families.fill_blank import symbol_beside

    assert symbol_beside(statement, statement.index(key) + len(key), key) is expected


CASE_STUDY = """# Rivers and Flooding

## A case study

Boscastle is a small village on the north coast of Cornwall, in south-west England.

A flash flood is a sudden flood that rises within a few hours of heavy rain.

## Measuring

Rainfall is measured in millimetres (mm) with a rain gauge.
"""


def test_fill_blank_asks_neither_a_case_studys_town_nor_a_unit_its_symbol_gives_away():
    terms = (GlossaryEntry("Boscastle", "A small village on the north coast of Cornwall, in south-west England.", "defined"),
             GlossaryEntry("flash flood", "A sudden flood that rises within a few hours of heavy rain", "defined"),
             GlossaryEntry("millimetres", "A unit of length, a thousandth of a metre", "defined"))
    course = build_course(parse_document(CASE_STUDY), glossary=terms, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert any("is a sudden flood" in s for s in stems)
    assert not any("small village" in s for s in stems)
    assert not any("(mm)" in s for s in stems)


NEGOTIATIONS = """# The Treaty of San Stefano

## The talks

The chief Russian negotiator was Count Nikolay Ignatyev, a committed champion of the Slavic cause.
The Ottoman delegates signed the preliminary treaty at San Stefano in March 1878.
Britain and Austria-Hungary objected to the large Bulgaria that the treaty created.
"""


def test_a_person_gap_accepts_the_name_without_its_title_and_the_family_name():
    """Raters on test-bj: "widen to 'Ignatyev', 'Nikolay Ignatyev'" for a person key the glossary defines."""
    import random

    from lessontext.answers import answer_matches
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("Count Nikolay Ignatyev", "A Russian diplomat and champion of the Slavic cause", "person"),)
    course = build_course(parse_document(NEGOTIATIONS), glossary=terms, others=[])
    made = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert [c.stem for c in made] == ["The chief Russian negotiator was _____, a committed champion of the Slavic cause."]
    assert answer_matches("Ignatyev", made[0].answers)
    assert answer_matches("Nikolay Ignatyev", made[0].answers)
    assert not answer_matches("Nikolay", made[0].answers)


SLEEP_MYTHS = """# Sleep: Myths and Facts

## Caffeine

**Myth:** A cup of coffee in the evening has no effect on sleep.

**Fact:** Caffeine works by blocking a chemical called adenosine, which builds up in the brain while we are awake and makes us feel sleepy.
"""


def test_a_fact_line_is_asked_without_its_label():
    """Raters on test-bb: "the stem starts with the label residue 'Fact:'; delete it" (markdown_residue)."""
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    terms = (GlossaryEntry("Adenosine", "A chemical that builds up in the brain while we are awake", "defined"),)
    course = build_course(parse_document(SLEEP_MYTHS), glossary=terms, others=[])
    made = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert [c.stem for c in made] == ["Caffeine works by blocking a chemical called _____, which builds up in the brain "
                                      "while we are awake and makes us feel sleepy."]


@pytest.mark.parametrize(("statement", "key", "expected"), [
    # today's name of a place the sentence named: world knowledge fills it (both raters on test-by)
    ("Venice received the Morea, the peninsula in southern Greece now called the Peloponnese.", "Peloponnese", True),
    ("The town of Kessa, known today as Kessing, fell in 1620.", "Kessing", True),
    # the occasion a scene opens on (both raters on test-bz: "On a _____, Mr Enfield tells ...")
    ("On a Sunday walk, Mr Hale tells his cousin about a door.", "Sunday walk", True),
    ("On a ridge near the town, the army waited.", "ridge", False),  # no comma right after the gap
    ("The peninsula was called the Morea by the Venetians.", "Morea", False),
    ("Around 1455 he printed books by a method now called letterpress.", "letterpress", False),  # a term's name
])
def test_setting_gap_on_todays_name_or_an_opening_occasion(statement, key, expected):
    from lessontext.questions.families.fill_blank import setting_gap

    start = statement.index(key)
    assert setting_gap(statement, start, start + len(key)) is expected


CLAUSES = """# Sentences

## Clauses

A main clause (also called an independent clause) makes complete sense on its own and could be a sentence by itself.

A compound sentence joins two or more main clauses of equal importance with a coordinating conjunction.

A complex sentence contains a main clause and at least one subordinate clause, which cannot stand alone.
"""


def test_a_plural_gap_accepts_the_other_name_the_lesson_gives_the_term():
    """test-cf, both raters: "two or more _____ of equal importance" refused "independent clauses", the
    lesson's own other name for a main clause (written beside the singular, after "also called an")."""
    terms = (GlossaryEntry("Main clause", "A clause that makes complete sense on its own", "defined",
                           aliases=("main clauses",)),)
    course = build_course(parse_document(CLAUSES), glossary=terms, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    plural = [c for c in items if "two or more _____ of equal importance" in c.stem]
    assert plural and "independent clause" in plural[0].answers


@pytest.mark.parametrize(("blanked", "key", "shown"), [
    ('A(n) _____ has "plc" after its name.', "public limited company", True),  # test-cq, both raters: a leak
    ("The _____ met in Geneva.", "World Health Organization", False),
    ("A _____ is owned by its members.", "cooperative", False),  # one word: no initials to show
    ("The _____ came into force in 1951.", "Convention (No. 100) on equal pay", False),  # no letters only
    ("A puncture is almost always a hole in the _____, and mending it takes twenty minutes.", "inner tube", False),
    ("The most valuable form of cooperation is _____, the exchange of information.", "intelligence sharing", False),
])
def test_a_stem_that_spells_the_keys_initials_gives_it_away(blanked, key, shown):
    from lessontext.questions.gapforms import initials_shown

    assert initials_shown(blanked, key) is shown


MURANO = """# Glass on Murano

## The move

Venice moved its glass furnaces to Murano, an island a short distance across the lagoon, in 1291.

The glassmakers of Murano made **cristallo**, a remarkably clear glass that resembled rock crystal.
"""


def test_no_gap_on_a_term_another_lesson_defines_and_this_one_names_in_passing():
    """test-cv: "a short distance across the _____" keyed "lagoon", which a lesson on atolls defined (both raters:
    world knowledge fills it); the lesson's own term, which it states, is still gapped."""
    terms = (GlossaryEntry("lagoon", "A shallow body of water enclosed by a reef", "defined"),
             GlossaryEntry("cristallo", "A remarkably clear glass that resembled rock crystal", "defined"))
    course = build_course(parse_document(MURANO), glossary=terms, others=[])
    keys = {c.key for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))}
    assert "cristallo" in keys
    assert "lagoon" not in keys


TOWERS = """# Towers at Sea

## Building on rock

Reefs far out at sea wrecked many ships before lights could be built on them.

Engineers dreamed of the rock lighthouse, a tower built directly on an exposed reef rather than on a headland.

Smeaton's design shaped the lighthouse like an oak tree, and the lighthouse stood for over a century.

Every rock lighthouse needed a crew of three keepers who lived inside for weeks.
"""


def test_the_defining_sentence_accepts_no_head_alone():
    """test-cw, a wrong key: "the _____, a tower built on an exposed reef rather than on a headland" accepted
    "lighthouse" for "rock lighthouse"; elsewhere the noun the lesson writes alone still counts."""
    terms = (GlossaryEntry("rock lighthouse", "A tower built directly on an exposed reef rather than on a headland",
                           "defined"),)
    course = build_course(parse_document(TOWERS), glossary=terms, others=[])
    answers = {c.stem.split()[0]: c.answers for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))}
    assert "lighthouse" not in answers["Engineers"]
    assert "lighthouse" in answers["Every"]


SOAP = """# Soap

## Fats

Every fat is made mostly of triglycerides. A triglyceride molecule is a small glycerol backbone with three long fatty
acid chains attached, and the kind of fatty acids decides what the soap will be like.

## Key terms

- **triglyceride** – the main molecule in fats and oils
- **lye** – a strong alkali dissolved in water
"""


def test_the_key_without_its_head_is_accepted_where_it_is_a_term_of_its_own():
    """test-cy, both raters: "the natural answer 'triglyceride' (the glossary term) must be accepted too"; the
    lesson's key term is the compound's first word, so the first word alone names the same thing."""
    terms = (GlossaryEntry("Triglyceride molecule", "A small glycerol backbone with three fatty acid chains", "defined"),
             GlossaryEntry("Triglyceride", "The main molecule in fats and oils", "defined"),
             GlossaryEntry("Lye", "A strong alkali dissolved in water", "defined"))
    course = build_course(parse_document(SOAP), glossary=terms, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))
             if c.key == "triglyceride molecule"]
    assert items and all("triglyceride" in c.answers for c in items), [(c.stem, c.answers) for c in items]


def test_the_key_without_its_head_is_not_accepted_where_that_names_another_thing():
    """"lymph" of "lymph nodes" is the lesson's fluid, no node: the short form is not the same thing."""
    from lessontext.questions.gapforms import named_without_head

    lesson = ("# Lymph\n\n## Parts\n\nLymph is a clear fluid that drains from the tissues. Lymph nodes are small "
              "bean-shaped organs that filter it.\n")
    terms = (GlossaryEntry("Lymph", "A clear fluid that drains from the tissues", "defined"),
             GlossaryEntry("Lymph nodes", "Small bean-shaped organs that filter lymph", "defined"))
    course = build_course(parse_document(lesson), glossary=terms, others=[])
    assert named_without_head("lymph nodes", course) == []
    soap = build_course(parse_document(SOAP), glossary=(), others=[])
    assert named_without_head("triglyceride molecule", soap) == ["triglyceride"]



def test_no_gap_on_a_concepts_word_inside_a_title():
    """test-da, both raters: "a Book of the Chemistry of Perfume and _____" asks for one word of a title."""
    titled = HOOKED.replace("Gas dissolved", "In 1820 the geologist Poulett Scrope wrote a Book of Volcanoes and Magma, "
                                             "with maps of Auvergne.\n\nGas dissolved")
    stems = _stems(titled, HOOKED_TERMS)
    assert not any("Volcanoes and _____" in s for s in stems)
    assert any(s.startswith("Gas dissolved in the _____") for s in stems), stems


def test_a_stem_too_short_to_lose_its_article_is_not_asked():
    """"A(n) _____ is taken from the original." (both raters on test-dk: an artefact, and other moulds fill it)."""
    import random

    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.fill_blank import fill_blank
    from lessontext.questions.types import GlossaryEntry

    text = "# Casting\n\n## Moulds\n\nA flexible mould is taken from the original. An elastic band is cut from the sheet.\n"
    terms = (GlossaryEntry("Flexible mould", "A mould taken from the original", "defined"),
             GlossaryEntry("Elastic band", "A band cut from the sheet", "defined"))
    course = build_course(parse_document(text), glossary=terms, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert not [s for s in stems if "(n)" in s]
