"""Gaps that take a modifier or an actor instead of the sentence's concept (raters on test-i, test-n, test-p, test-q)."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import GlossaryEntry
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.gaps import (
    actor_subject,
    example_slot,
    gap_clause,
    general_kind_key,
    generic_subject_gap,
    inside_a_noun_phrase,
    labels_a_name,
    list_head,
    measure_only,
    premodifier_gap,
    shares_a_stem,
)


@pytest.mark.parametrize(
    ("blanked", "key", "expected"),
    [
        # A one-word key between a determiner or preposition and the noun it modifies.
        ("The _____ engine transformed the sources of power available to industry.", "steam", True),
        ("Its _____ costs may exceed what one country can bear.", "development", True),
        ("The line was worked entirely by _____ locomotives, after the trials.", "steam", True),
        ("The _____ cells divide.", "stem", True),
        # The word after the gap is the sentence's verb, or no noun: the key is the subject or object.
        ("The _____ sets limits on testing.", "treaty", False),
        ("The _____ holds water in its pores.", "aquifer", False),
        ("Creates habits of _____ that prove valuable.", "cooperation", False),
        ("In one _____, a wave moves forward by one wavelength.", "period", False),
        ("A homozygous _____ plant (tt) is crossed.", "recessive", False),  # an adjective before the gap
        ("The _____ engine transformed industry.", "steam turbine", False),  # a key of two words
        # A one-word key that sorts the noun after it, whatever stands before the gap (``modifier_key``).
        ("The exercise has long included _____ nations, which watch without firing.", "observer", True),
        ("The island has a mild _____ climate all year.", "maritime", True),
        # The word after is a verb, an adjective, a function word, or the key is a name or two words.
        ("Many states have adopted _____ that set out each ministry's duties.", "plans", False),
        ("The number ten is called the _____ or radix of the system.", "base", False),
        ("Kept at low temperature, the _____ stays stable for weeks.", "vaccine", False),
        ("The exercise has long included _____ nations.", "Pacific", False),
        ("The exercise has long included _____ nations.", "observer states", False),
    ],
)
def test_premodifier_gap(blanked, key, expected):
    assert premodifier_gap(blanked, key) is expected


@pytest.mark.parametrize(
    ("blanked", "key", "expected"),
    [
        ("_____ describe maps as large scale or small scale.", "Geographers", True),
        ("_____ use knowledge of pioneer species to decide what to plant.", "Restoration ecologists", True),
        ("_____ usually record the songs of birds at dawn.", "naturalists", True),
        # A definition, a thing or the gap not opening the sentence: the gap asks the concept.
        ("_____ are organisms that make their own food.", "producers", False),
        ("_____ use bundles of fibres to let doctors see inside the body.", "Endoscopes", False),
        ("The parts that shape the airflow are called _____.", "articulators", False),
    ],
)
def test_actor_subject(blanked, key, expected):
    assert actor_subject(blanked, key) is expected


MILLS = """# Mills

## Power

The steam engine transformed the sources of power available to industry.
Steam is water heated into a gas, which expands and pushes a piston.
Historians describe the period as the first industrial age of Britain.
"""


def test_fill_blank_asks_neither_a_modifier_nor_the_actor():
    entries = [GlossaryEntry("steam", "Water heated into a gas, which expands and pushes a piston", "defined"),
               GlossaryEntry("historians", "People who study and write about the past of the country", "defined")]
    course = build_course(parse_document(MILLS), glossary=entries, others=[])
    stems = [c.stem for c in generate(course, random.Random(1)) if c.rule == "glossary_fill_blank"]
    assert not any("_____ engine" in s or s.startswith("_____ describe") for s in stems)


REPOSITORIES = """# Version Control

## Models

A centralised system keeps the history of a project on one server.
A distributed system, by contrast, gives every developer a full copy of the repository.
"""


def test_fill_blank_cuts_a_contrast_whose_other_end_is_not_shown():
    entries = [GlossaryEntry("distributed system", "A version control system that gives every developer a full copy "
                             "of the repository", "defined")]
    course = build_course(parse_document(REPOSITORIES), glossary=entries, others=[])
    stems = [c.stem for c in generate(course, random.Random(1)) if c.rule == "glossary_fill_blank"]
    assert "A _____ gives every developer a full copy of the repository." in stems


@pytest.mark.parametrize(
    ("rest", "key", "expected"),
    [
        # A part of a hyphenated key, a longer or shorter form of a key word, a specialised word in a compound.
        ("  is a method in which income minus spending equals zero.", "Zero-based budgeting", True),
        ("A reliable way is the  : first find the value of one unit.", "unitary method", True),
        ("Together, the folds,   and microvilli give the intestine its area.", "villi", True),
        ("On labels the   is written as Calorie, or simply called a calorie.", "kilocalorie", True),
        # A shared suffix, an accent, or no shared stem: no leak.
        ("The mission improves  , the ability of forces to operate together.", "interoperability", False),
        ("Historians call the system before the Revolution the  , or Old Regime.", "Ancien Régime", False),
        ("Always build a budget on  , since that is the money available to you.", "net income", False),
    ],
)
def test_shares_a_stem(rest, key, expected):
    assert shares_a_stem(rest, key) is expected


BUDGETS = """# Budgets

## Methods

Zero-based budgeting is a detailed method in which income minus planned spending equals zero.
Zero-based budgeting gives every unit of income a specific job before the month begins.
"""


def test_fill_blank_refuses_a_stem_that_states_a_part_of_the_key():
    entries = [GlossaryEntry("Zero-based budgeting", "A detailed method in which every unit of income is given a job",
                             "defined")]
    course = build_course(parse_document(BUDGETS), glossary=entries, others=[])
    stems = [c.stem for c in generate(course, random.Random(1)) if c.rule == "glossary_fill_blank"]
    assert stems and not any("equals zero" in s for s in stems)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Finally, the treaty covers conventional arms.", "The treaty covers conventional arms."),
        ("First, food is chewed in the mouth.", "Food is chewed in the mouth."),
        ("Lastly, egestion removes waste.", "Egestion removes waste."),
        ("Finally the treaty covers arms.", "Finally the treaty covers arms."),  # no comma: left as it is
        ("First aid is taught to every cadet.", "First aid is taught to every cadet."),
    ],
)
def test_without_sequence_marker(sentence, expected):
    from lessontext.questions.gaps import without_sequence_marker

    assert without_sequence_marker(sentence) == expected


DIGESTION = """# Digestion

## The last stage

Absorption takes nutrients into the blood.
Finally, egestion is the removal of undigested material from the body as faeces.
"""


def test_fill_blank_drops_an_opening_sequence_marker():
    entries = [GlossaryEntry("egestion", "The removal of undigested material from the body as faeces", "defined")]
    course = build_course(parse_document(DIGESTION), glossary=entries, others=[])
    stems = [c.stem for c in generate(course, random.Random(1)) if c.rule == "glossary_fill_blank"]
    assert "_____ is the removal of undigested material from the body as faeces." in stems


@pytest.mark.parametrize(
    ("blanked", "expected"),
    [
        # A modifier before the gap and the head noun of the same phrase after it (test-s: two keys).
        ("The crew listened to French naval and British _____ officers, who disagreed.", True),
        ("Old stars pass through giant and planetary _____ stages before they fade.", True),
        ("The museum keeps ancient _____ tools in a locked room.", True),
        ("Canadian _____ crews, unlike the others, flew at night.", True),
        # No modifier before it: a determiner, a verb, a preposition, or nothing.
        ("The _____ engine transformed industry.", False),  # premodifier_gap's shape
        ("Engineers solve _____ problems with a simple method.", False),
        ("Dominant genes mask _____ ones in the offspring.", False),
        ("In one _____, a wave moves forward by one wavelength.", False),
        # No head noun after it: a verb, a function word or the end of the sentence.
        ("Fast-growing _____ colonise the bare rock first.", False),
        ("A tidal _____ that rises twice a day.", False),
        ("The rocks were shaped by glacial _____.", False),
        ("They crossed it with a purebred _____ parent (aa).", False),  # the bracket says which kind
    ],
)
def test_inside_a_noun_phrase(blanked, expected):
    assert inside_a_noun_phrase(blanked) is expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("floating object", True),  # test-s: "ship" and "boat" fit "A _____ sinks into the fluid ..."
        ("grown human", True),
        ("difference", True),
        ("charged items", True),
        ("potential difference", False),  # a term with a general head
        ("pressure differences", False),
        ("celestial body", False),
        ("Object", False),  # a name, not a description
        ("buoyancy", False),
    ],
)
def test_general_kind_key(key, expected):
    assert general_kind_key(key) is expected


@pytest.mark.parametrize("blanked, key, expected", [
    ("The _____ is the Geneva Protocol, signed in 1925.", "main instrument", True),
    ("The best-known _____ are the Royal Navy's two survey vessels.", "survey ships", True),
    ("Since then, the _____ has been the Pacific Island Forum.", "regional body", True),
    ("The _____ is Lake Baikal, the deepest lake on Earth.", "deepest lake", True),
    ("The _____ is the SI unit of electric charge.", "coulomb", False),  # one capital: a definition, not a name
    ("The _____ is a treaty that bans testing.", "test ban", False),  # no name after the copula
    ("The _____ is the Geneva Protocol.", "Hague Convention", False),  # a name keyed: the gap is itself a name
    ("The Geneva Protocol is the _____ of the regime.", "main instrument", False),  # the name is the subject
    # A role word as the subject of a copula: the complement is the point (test-ae-r2: "alternative").
    ("The _____ is a long voyage round the Cape.", "alternative", True),
    ("For most growers, the usual _____ was a loan from the mill.", "solution", True),
    ("The _____ is a long voyage round the Cape.", "circumnavigation", False),  # a term, not a role
    ("Ships took the _____ because it was shorter.", "alternative", False),  # no copula after the gap
])
def test_labels_a_name(blanked, key, expected):
    assert labels_a_name(blanked, key) is expected


TREATIES = """# Arms Control

## Instruments

The founding treaty is the Geneva Protocol, signed in 1925 and still in force.
An inspection regime checks that stocks are destroyed on time.
Every member state must follow the founding treaty in full.
"""


def test_fill_blank_does_not_gap_the_role_a_name_fills():
    entries = [GlossaryEntry("founding treaty", "The agreement on which the whole arms control regime of the lesson "
                             "rests", "defined")]
    course = build_course(parse_document(TREATIES), glossary=entries, others=[])
    stems = [c.stem for c in generate(course, random.Random(1)) if c.rule == "glossary_fill_blank"]
    assert not any(s.startswith("The _____ is the Geneva Protocol") for s in stems)


@pytest.mark.parametrize("blanked, expected", [
    # The gap heads a loose list after the verb (test-ae-r2: "usually means _____, training teams and ...").
    ("Welfare policy usually means _____, housing grants and pensions, yet it is rarely noticed.", True),
    ("The guild paid for _____, feast days and repairs to the hall.", True),
    # An appositive, a participle or a lone "-ing" verb after the comma: no list.
    ("Most light comes from _____, the vibrations of hot atoms and molecules.", False),
    ("The storm brought _____, causing floods and landslides.", False),
    ("The _____, signed in 1648 and ratified later, set limits.", False),
    # A verb after the comma closes an appositive; a name's gloss after "called" is no sibling (test-cv).
    ("The best material, known as _____, was cast or rolled into sheets.", False),
    ("Corals are colonies of small animals called _____, relatives of jellyfish and sea anemones.", False),
    ("The stalls sold fruit called _____, plums and pears.", True),
])
def test_list_head_anywhere_in_the_sentence(blanked, expected):
    assert list_head(blanked) is expected


@pytest.mark.parametrize("blanked, expected", [
    # The sentence only measures the gap: anything of that size fits (test-ae-r2: a bladder's volume).
    ("An _____ comfortably holds around 400 to 500 millilitres.", True),
    ("The _____ weighs about 3 kilograms.", True),
    ("A resting _____ beats roughly 70 times a minute.", False),  # "resting" before the gap: not a bare subject
    ("The _____ weighs about 3 kilograms and stores sugar as glycogen.", False),  # more than a measure
    ("The _____ lies beneath the crust, reaching down to 350 kilometres.", False),
])
def test_measure_only(blanked, expected):
    assert measure_only(blanked) is expected


@pytest.mark.parametrize(("statement", "key", "generic"), [
    ("The charter binds only its signatories, but it has changed how ports behave.", "charter", True),
    ("The river floods the valley every spring.", "river", True),
    ("The charter is a written agreement between states.", "charter", False),  # the sentence defines it
    ("The phenotype shows in the colour of the petals.", "phenotype", False),  # a concept of its own
    ("The Hanseatic charter binds only its signatories.", "charter", False),  # not right after "The"
    ("The trade charter binds only its signatories.", "trade charter", False),  # two words
])
def test_a_gap_on_an_everyday_subject_noun_names_only_the_lessons_kind_of_thing(statement, key, generic):
    start = statement.index(key)
    assert generic_subject_gap(statement, start, start + len(key), key) is generic


# A long sentence of two claims: the fill-in asks the one that holds its gap (raters: "the stem runs to 38 words").
@pytest.mark.parametrize(
    ("statement", "key", "expected"),
    [
        ("A reed of thin cane, called the double reed, vibrates against a second blade inside the mouthpiece of the "
         "oboe; it gives the instrument its nasal tone and, unlike a flute, needs constant care from the player.",
         "double reed",
         "A reed of thin cane, called the double reed, vibrates against a second blade inside the mouthpiece of the "
         "oboe."),
        # The gap in the second claim: the first is its context, nothing is cut.
        ("Plants take in carbon dioxide through small pores in their leaves during the hours of daylight; at night "
         "the stomata close to save the water that the plant has drawn up.", "stomata", None),
        # A short sentence stays whole, and so does a long one with no second claim.
        ("The stomata close at night; the plant saves water.", "stomata", None),
        ("The rigid outer layer of the planet is called the lithosphere, which is made of the crust together with "
         "the uppermost part of the mantle beneath the oceans and the continents.", "lithosphere", None),
        # A colon's series of glossed items: the clause before the colon and the item that holds the gap (test-em).
        ("Polanyi identified several principles of economic integration: reciprocity, the symmetrical giving and "
         "returning of goods between groups; redistribution, the collection of goods by a central authority; and "
         "householding, production for the use of one's own group.", "householding",
         "Polanyi identified several principles of economic integration: householding, production for the use of "
         "one's own group."),
    ],
)
def test_gap_clause(statement, key, expected):
    start = statement.index(key)
    cut, at, end = gap_clause(statement, start, start + len(key))
    assert cut == (expected or statement)
    assert cut[at:end] == key


@pytest.mark.parametrize(
    ("blanked", "refused"),
    [
        # A member in the middle of a run of article-led items: any sibling fits (test-ax, test-bj).
        ("A pond, a(n) _____, a coral reef and even a rotting log can each be studied as an ecosystem.", True),
        ("A fire needs heat: a match, a spark from faulty wiring, a(n) _____, a hot surface such as a cooker ring, "
         "friction in a machine, or even sunlight focused through glass.", True),
        # An appositive after the gap, or a fronted phrase before it: no sibling before the gap.
        ("The hot gas flows into the _____, the grid of thin pipes, often with wire fins, on the back of the fridge.", False),
        ("By 1300, the _____, a sturdy vessel with a flat bottom, carried grain and timber.", False),
    ],
)
def test_a_member_in_the_middle_of_a_long_list_is_not_the_point(blanked, refused):
    from lessontext.questions.gaps import not_the_point

    assert not_the_point(blanked) is refused


@pytest.mark.parametrize(
    ("blanked", "key", "expected"),
    [
        # A treaty or agreement named only by its kind: "treaty", "protocol" fit as well (test-aq, test-bd).
        ("A(n) _____ then set out how the partners would work together.", "memorandum of understanding", True),
        ("A(n) _____ signed in Berlin in November 1922 extended the treaty.", "supplementary agreement", True),
        ("A(n) _____ provided for closer cooperation in military matters.", "secret protocol", True),
        ("The _____ binds only its members.", "treaty", True),
        # A name, a kind a rare word makes its own, a sentence that defines the word, another noun.
        ("The _____ was signed in 1922.", "Treaty of Rapallo", False),
        ("Some navies sign a(n) _____ with their neighbours.", "shiprider agreement", False),
        ("A(n) _____ is a set of rules for how computers exchange data.", "protocol", False),
        ("The _____ binds only its members.", "social contract", False),
    ],
)
def test_instrument_key(blanked, key, expected):
    from lessontext.questions.gaps import instrument_key

    assert instrument_key(blanked, key) is expected


# One example of a kind, which any other example fills (test-bl: "any other fungus fits the open blank").
@pytest.mark.parametrize(("blanked", "expected"), [
    ("Fungi include _____, the moulds that spoil food, the mushrooms of woodlands, and the threads in soil.", True),
    ("Visible light is produced by very hot objects such as the _____ and filament bulbs.", True),
    ("General-purpose hash functions such as _____ were designed to be fast.", True),
    ("A hard substance that does not conduct, like _____, has a giant covalent structure.", True),
    ("Some metals, for example _____, react with cold water.", True),
    ("The nephron includes the _____, a cup-shaped capsule that filters blood.", False),  # pinned by what follows
    ("Unlike _____, negligence depends on proof of fault.", False),  # a contrast, no example
    ("From above it looks like a _____.", False),  # "like" as a comparison, no list of examples
    ("Water leaves through tiny pores called _____, most of which are underneath.", False),
])
def test_example_slot(blanked, expected):
    assert example_slot(blanked) is expected
