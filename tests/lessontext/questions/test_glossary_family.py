"""Glossary families: definitions that read alone, distractors on the lesson's subject."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import definition_forms as forms
from lessontext.questions.course import build_course
from lessontext.questions.families import glossary as g
from lessontext.questions.genus import same_genus_first
from lessontext.questions.rules import GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION
from lessontext.questions.text import usable_term
from lessontext.questions.types import GlossaryEntry

MUSIC = """# Scales

## Cadences

A perfect cadence is a chord progression that ends a musical phrase on the tonic chord.

A minor scale is a scale whose third note is a semitone lower than in the major scale.
"""

MUSIC_TERMS = (
    GlossaryEntry("Perfect cadence", "A chord progression that ends a musical phrase on the tonic chord", "defined"),
    GlossaryEntry("Minor scale", "A scale whose third note is a semitone lower than in the major scale", "defined"),
)


def _candidates(glossary, others=()):
    course = build_course(parse_document(g.LOGISTICS), glossary=glossary, others=[parse_document(o) for o in others])
    return course, list(g.glossary_questions(course.lesson, course, random.Random(1)))


def test_definitions_that_point_back_are_neither_key_nor_option():
    _, candidates = _candidates(g.LOGISTICS_TERMS)
    assert candidates
    for c in candidates:
        assert "this support" not in " ".join((c.stem, *c.options))


def test_worked_calculations_are_not_definitions():
    assert not g.usable_definition("2,000 × (1.05)^10 ≈ £3,257.79")
    assert not g.usable_definition("The discipline of organising this support")
    assert g.usable_definition("A number expressed as a fraction of 100")


def test_terms_and_definitions_of_another_subject_are_not_offered():
    course, candidates = _candidates(g.LOGISTICS_TERMS + MUSIC_TERMS, others=[MUSIC])
    assert not g.on_subject("Perfect cadence", course)
    assert g.on_subject("Pooled contracting", course)
    music = {t for e in MUSIC_TERMS for t in (e.term, e.definition)}
    asked = [c for c in candidates if c.rule in (GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION)]
    assert asked
    for c in asked:
        assert not music & set(c.distractors)


def test_a_glossary_term_is_asked_only_as_one_thing_that_opens_with_a_word_of_its_own():
    assert not usable_term("Other's territory")  # a fragment of "over each other's territory"
    assert not usable_term("Strength and concentration")  # two things, two gaps
    assert not usable_term("Conversely")  # an adverb names nothing (test-g)
    assert usable_term("Fourthly forward")  # more than one word: left to the other checks
    assert usable_term("Peristalsis")
    assert not usable_term("Git and Mercurial")
    assert not usable_term("3 sharps")
    assert usable_term("Code for Unplanned Encounters at Sea")
    assert usable_term("Conference on Security and Co-operation in Europe (CSCE)")  # a long name keeps its "and"
    assert usable_term("Titration")
    assert not usable_term('Term "operant')  # cut inside a quotation
    assert not usable_term("Term “operant")
    assert usable_term('Quality "circle" method')
    assert not g.usable_definition("3 sharps (F♯, C♯, G♯)")  # a table cell
    assert g.usable_definition("a substance that changes colour depending on the pH")


# Raters on three documents: definitions that lean on text outside them (context lost), that define
# nothing (a synonym, a spelled-out name, a fragment of a list) or that run two sentences together.
@pytest.mark.parametrize("definition", [
    "The following year the United Nations Observer Group",  # an opener that points to the sentence before
    "The youngest of the three",  # "the three" of the paragraph
    "The lowest point to which it can erode",  # "it" cannot be the point: what erodes?
    "The light intensity at which the two rates are equal",  # which two?
    "A process in which the denser plate sinks beneath the other into the mantle",
    "A gently sloping slip-off slope",  # a synonym, nothing that defines it
    "A marsh or melting ice",  # a fragment of a list
    "A layer of hard igneous rock over which a waterfall is a classic example: the river falls",
    "A form of influence: generous help can improve how a country is viewed abroad",
    "Draws 0.5 A from a 6 V supply",  # what it does in an example, not what it is
    "Used a guideline",
    "Any reward that makes it more frequent",  # "it": a noun of the sentence it was cut from
    "A guild of painters: in the late fifteenth century",  # a phrase cut from a sentence after the colon
])
def test_definitions_that_cannot_stand_as_options(definition):
    assert not g.usable_definition(definition)
    assert not g.reads_as_option(definition)


def test_a_vague_head_reads_in_a_stem_but_not_as_an_option():
    # Raters: "Something that describes how completely a substance ionises" is a clumsy rewrite as an option.
    assert g.usable_definition("Something that describes how completely a substance ionises in water")
    assert not g.reads_as_option("Something that describes how completely a substance ionises in water")
    assert g.reads_as_option("A substance that changes colour depending on the pH")


@pytest.mark.parametrize("definition", [
    "A layer of fertile silt",
    "The intellectual movement behind the Renaissance",
    "The former supercontinent that later broke apart",  # "former" as an adjective
    "The distance between two notes, counted in letter names",
    "A chord made of three notes: a root, a third above it and a fifth above the root",  # a colon before a list
    "The formal name for a table: a set of rows that share the same columns",
    "What a base becomes when it accepts a proton",  # "it" is the base
    "A classical pose in which the figure's weight rests on one leg",
    "Streams that join a main river",  # a plural noun, not a verb
    "Cells that carry oxygen around the body",
])
def test_definitions_that_stand_as_options(definition):
    assert g.usable_definition(definition)


RIVERS = """# Rivers

## Landforms

A waterfall forms where a river crosses a band of hard rock. The Whin Sill is a layer of hard igneous rock
in northern England. Erosion is the wearing away and removal of rock and soil by moving water.
A meander is a bend in a river that shifts across its floodplain. A delta is a landform built where a river
deposits sediment at its mouth. A levee is a bank built up along a river by deposited sediment.
The Whin Sill carries several falls.
"""

RIVER_TERMS = (
    GlossaryEntry("Whin Sill", "A layer of hard igneous rock in northern England", "defined"),
    GlossaryEntry("Erosion", "The wearing away and removal of rock and soil by moving water", "defined"),
    GlossaryEntry("Meander", "A bend in a river that shifts across its floodplain", "defined"),
    GlossaryEntry("Delta", "A landform built where a river deposits sediment at its mouth", "defined"),
    GlossaryEntry("Levee", "A bank built up along a river by deposited sediment", "defined"),
)


def test_a_name_is_not_asked_what_it_means():
    # Raters: "what is meant by" a name asks for the label of one example, not a concept.
    course = build_course(parse_document(RIVERS), glossary=RIVER_TERMS, others=())
    assert g.proper_name("Whin Sill", course)
    assert not g.proper_name("Erosion", course)
    asked = {c.original for c in g.glossary_questions(course.lesson, course, random.Random(1))
             if c.rule == GLOSSARY_TERM_TO_DEFINITION}
    assert "Meander" in asked  # a thing beside things ("Erosion", a process, has no process beside it)
    assert "Whin Sill" not in asked


# Two principles this lesson defines; a sister lesson on the same subject defines a principle and a unit.
PRINCIPLES = """# Coalition Logistics

## Who supplies the force

National responsibility is the principle that each country supplies and maintains its own forces.

Burden sharing is the principle that nations and the alliance share the task of supporting a multinational force.
"""

PRINCIPLE_TERMS = (
    GlossaryEntry("National responsibility", "The principle that each country supplies and maintains its own forces",
                  "defined"),
    GlossaryEntry("Burden sharing", "The principle that nations and the alliance share the task of "
                  "supporting a multinational force", "defined"),
)

SISTER = """# Coalition Medical Support

## Models

Host nation support is the principle that a host country supplies fuel and food to the foreign forces on its territory.

A multinational medical unit is a facility that several nations staff together to support a force.
"""

SISTER_TERMS = (
    GlossaryEntry("Host nation support", "The principle that a host country supplies fuel and food to the foreign "
                  "forces on its territory", "defined"),
    GlossaryEntry("Multinational medical unit", "A facility that several nations staff together to support a force",
                  "defined"),
)


def test_another_lessons_term_is_offered_only_when_its_definition_names_the_same_kind_of_thing():
    course = build_course(parse_document(PRINCIPLES), glossary=PRINCIPLE_TERMS + SISTER_TERMS,
                          others=[parse_document(SISTER)])
    asked = [c for c in g.glossary_questions(course.lesson, course, random.Random(1))
             if c.rule == GLOSSARY_DESCRIPTION_TO_TERM]
    assert asked
    for c in asked:
        assert "Multinational medical unit" not in c.distractors  # a facility beside principles
        assert "Host nation support" in c.distractors  # a principle, like the key
    assert g.same_genus("A principle under which each nation receives work", "The principle that each nation pays")
    assert not g.same_genus("A facility that several nations staff", "The principle that each nation pays")


def test_a_term_cut_inside_brackets_is_no_term():
    assert not usable_term("Neutral vowel [ə")
    assert usable_term("Neutral vowel [ə]")


def test_a_definition_built_on_a_comparison_or_naming_another_term_is_never_asked_or_offered():
    from lessontext.questions.families.glossary import usable_definition

    assert not usable_definition("A related form of reasoning")  # test-c: the key of "Abduction", a wrong key
    assert not usable_definition('A central vowel, heard in the first syllable of "about" (called schwa)')
    assert usable_definition("Inference to the best explanation")
    assert usable_definition("A strong inductive argument with true premises")


def test_a_verb_and_where_it_goes_is_no_definition():
    from lessontext.questions.definition_forms import opens_with_predicate

    assert opens_with_predicate("Glides from one position to another within a single syllable")
    assert not opens_with_predicate("Sounds that can change the meaning of a word")
    assert not opens_with_predicate("Flows of capital across borders")


@pytest.mark.parametrize(("definition", "usable"), [
    # A verb and the particle of where it goes, in one walk-through (test-k: a bolus's wrong key).
    ("Travels down the pipe to the tank, where the filter removes the grit in the water", False),
    ("A wave of muscle contractions that squeezes the tube behind the food", True),
])
def test_a_verb_and_its_particle_is_no_definition(definition, usable):
    assert g.usable_definition(definition) is usable


@pytest.mark.parametrize(("definition", "predicate"), [
    # A past participle and its preposition, with or without an adverb (test-j, test-d): a cut predicate.
    ("Naturally covered by water during floods", True),
    ("Broken down to glucose, the preferred fuel of the brain", True),
    # Noun phrases, with a participle or an adverb inside them, stay.
    ("Rapidly spinning neutron stars that sweep beams of radio waves across the sky", False),
    ("Raised banks built by repeated floods", False),
])
def test_a_participle_cut_from_its_subject_is_no_definition(definition, predicate):
    from lessontext.questions.definitions import participle_predicate

    assert participle_predicate(definition) is predicate


@pytest.mark.parametrize(("term", "definition", "mismatch"), [
    # One thing defined by a bare plural (test-k: "Stop" as "Amounts of light using a unit").
    ("Stop", "Amounts of light using a unit", True),
    ("Corrasion", "Rocks and pebbles carried by the river scrape against the bed", True),
    # Several things, a quantity of parts, a quality, a determiner: no mismatch to see.
    ("Villi", "Millions of tiny finger-like projections", False),
    ("Outcomes", "Each possible result of an experiment", False),
    ("Polygenic", "Traits controlled by many genes", False),
    ("Diode", "A component that lets current flow one way", False),
    ("Electrons", "Tiny particles contained by atoms", False),
])
def test_a_one_word_term_is_not_defined_by_a_bare_plural(term, definition, mismatch):
    assert g.plural_for_one(term, definition) is mismatch


@pytest.mark.parametrize(("definition", "wrong"), [
    # "A" before a noun English does not count, or a gerund (test-k, test-j: ungrammatical, garbled).
    ("A digestion that breaks food into smaller pieces", True),
    ("A rainfall that saturates the soil", True),
    ("A straightening that speeds water away from a town", True),
    # Counted nouns, and a gerund with its "of", read well.
    ("A series of notes arranged in order of pitch", False),
    ("A slowing of inflation", False),
    ("A flood that happens very quickly after intense rainfall", False),
    ("A vein that carries blood to the liver", False),
])
def test_an_article_before_an_uncounted_noun_is_no_option(definition, wrong):
    assert forms.uncountable_with_article(definition) is wrong
    assert g.usable_definition(definition) is not wrong


@pytest.mark.parametrize(("term", "work"), [
    ("Donatello's bronze David", True),  # test-k: an artwork asked as a term
    ("Leonardo's Last Supper", True),
    ("Ohm's law", False),
    ("Young's modulus", False),
    ("Bronze casting", False),
])
def test_a_named_work_is_no_term(term, work):
    assert g.named_work(term) is work


WALK = """# Water Treatment

## Stages

Coagulation is the clumping of fine particles into larger flocs when a chemical is added.
Filtration is the removal of particles by passing water through beds of sand and gravel.
Disinfection is the killing of any germs left with a small dose of chlorine.

Follow a drop of river water through the works. The drop travels down the intake to the settling tank, where the
flocs sink to the floor of the tank. Filtration then strips the last grit from the drop.
"""

WALK_TERMS = (
    GlossaryEntry("Coagulation", "The clumping of fine particles into larger flocs when a chemical is added", "defined"),
    GlossaryEntry("Filtration", "The removal of particles by passing water through beds of sand and gravel", "defined"),
    GlossaryEntry("Disinfection", "The killing of any germs left with a small dose of chlorine", "defined"),
    GlossaryEntry("Drop", "Travels down the intake to the settling tank, where the flocs sink to the floor of the tank",
                  "defined"),
)


def test_a_walk_through_gives_no_definition():
    course = build_course(parse_document(WALK), glossary=WALK_TERMS, others=[])
    candidates = list(g.glossary_questions(course.lesson, course, random.Random(1)))
    asked = {c.key for c in candidates} | {o for c in candidates for o in c.options}
    assert "Filtration" in asked
    assert not any("settling tank" in a for a in asked)


def test_an_interrogative_clause_is_never_an_option():
    from lessontext.questions.families.glossary import reads_as_option

    assert not reads_as_option("Which part of the tongue is highest")
    assert reads_as_option("The parts that shape the airflow")


@pytest.mark.parametrize(("key", "option", "same"), [
    # test-d: rocks and slabs offered as the meaning of a process were eliminated at once.
    ("The conversion of loose sediment into solid rock", "Rocks that form when molten rock cools", False),
    ("The conversion of loose sediment into solid rock", "The large rigid slabs into which the crust is divided", False),
    ("The conversion of loose sediment into solid rock", "The continuous set of processes by which rocks change", True),
    ("The large rigid slabs into which the crust is divided", "Rocks that form at or near the surface", True),
])
def test_definition_options_name_as_many_things_as_the_key(key, option, same):
    from lessontext.questions.families.glossary import same_number

    assert same_number(key, option) is same


def test_nearer_definitions_rank_first():
    from lessontext.questions.families.glossary import close_definitions

    rank = close_definitions("A book in which transactions are first recorded in order",
                             {"Ledger": "A book that holds all the accounts of a business",
                              "Cash": "Money held by the business"})
    assert rank("Ledger") <= rank("Cash")
    assert rank("Unknown") == (True, 10)


def test_terms_defined_on_the_keys_noun_rank_first():
    from lessontext.questions.families.glossary import close_definitions

    # "The largest gland ..." is built on "gland": the other gland comes before the nearer-sounding tube.
    rank = close_definitions("The largest gland in the body, which cleans the blood",
                             {"Pancreas": "A gland that releases insulin into the blood",
                              "Vein": "A vessel that carries blood back to the heart from the body"})
    assert rank("Pancreas") < rank("Vein")


@pytest.mark.parametrize(("definition", "bare"), [
    ("A tendency rather than a strict rule", True),  # test-d: "not the definition of anything"
    ("More than half of the valid votes, rather than merely the largest number", False),
    ("The raising of rocks by tectonic forces", False),
    # A comment on the whole noun phrase defines nothing (test-g: "not a definition"; test-l).
    ("A mechanical wave, which is why it cannot travel through a vacuum", True),
    ("A scalar quantity, which means it has a size but no direction", True),
    ("An acid that ionises only partly, so most of its molecules remain intact", False),
    ("A word that means the opposite of another", False),
])
def test_a_contrast_alone_does_not_define(definition, bare):
    assert forms.bare_noun_phrase(definition) is bare


@pytest.mark.parametrize("definition", [
    # A clause, not a noun phrase (raters on two test-e documents: garbled, not a definition of anything).
    "Some critics argue that the model looks at trade from the buyer's side",
    "The longer the rope tends to stretch under load",
    # A name where a definition should be (test-e, test-f: an example or a label, not a meaning).
    "The Royal Navy's HMS Victory and HMS Belfast, preserved warships open to visitors",
    "The Penal Code of 1810",
])
def test_clauses_and_names_are_no_options(definition):
    assert g.usable_definition(definition)
    assert not g.reads_as_option(definition)


@pytest.mark.parametrize("definition", [
    "A low wall built across a river mouth to hold back the incoming tide",  # a participle postmodifies
    "Electricity generated from the rise and fall of sea levels caused by the moon",
    "The system of courts and judges that interprets the law",
    "Behaviour that operates on the environment to produce an effect",
    "A DNA molecule that stores instructions",  # an acronym is no name
])
def test_noun_phrases_with_a_verb_after_them_read_as_options(definition):
    assert g.reads_as_option(definition)


def test_a_filler_term_is_never_asked():
    lesson = g.LOGISTICS + "\nA typical shipment is a delivery of spare parts that several nations order together.\n"
    terms = (
        GlossaryEntry("Typical shipment", "A delivery of spare parts that several nations order together", "defined"),
        *g.LOGISTICS_TERMS,
    )
    course = build_course(parse_document(lesson), glossary=terms, others=())
    found = list(g.glossary_questions(course.lesson, course, random.Random(1)))
    assert found
    assert not [c for c in found if "Typical shipment" in (c.stem, c.key, c.original, *c.correct, *c.distractors)]


def test_a_pronoun_with_its_noun_inside_the_definition_stays():
    assert g.reads_as_option("A process in which minerals crystallise between the grains and glue them together")
    assert g.reads_as_option("The system of courts that interprets the law and applies it to disputes")


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Anna Kovacs", "A Hungarian chemist who won a prize in 1931 for her work on dyes", True),
        ("Plaintiff", "A person who brings a case against another in a court", False),  # a role, not a name
        ("Supreme Court", "The highest court, which hears appeals", False),
    ],
)
def test_names_a_person(term, definition, expected):
    assert g.names_a_person(term, definition) is expected



DYES = """# Paint

## Materials

A mordant is a substance that fixes a colour to the fibres of a cloth.

A binder is a substance that holds the pigment particles of a paint together.

A fixative is a liquid sprayed on a finished drawing to stop it smudging.

A glaze is a thin transparent layer of paint laid over a dry one.

Anna Kovacs was a Hungarian chemist who won a prize in 1931 for her work on dyes.
"""

DYE_TERMS = (
    GlossaryEntry("Mordant", "A substance that fixes a colour to the fibres of a cloth", "defined"),
    GlossaryEntry("Binder", "A substance that holds the pigment particles of a paint together", "defined"),
    GlossaryEntry("Fixative", "A liquid sprayed on a finished drawing to stop it smudging", "defined"),
    GlossaryEntry("Glaze", "A thin transparent layer of paint laid over a dry one", "defined"),
    GlossaryEntry("Anna Kovacs", "A Hungarian chemist who won a prize in 1931 for her work on dyes", "defined"),
)

def test_a_persons_biography_is_no_option_for_what_a_concept_means(monkeypatch):
    # The name read as no person's and the terms of no category (as "Ivan Pavlov", read as the name of
    # a thing, "name:pavlov", beside "Classical conditioning"): the definition still says it is someone.
    monkeypatch.setattr(g, "name_class", lambda kinds, term: None)
    monkeypatch.setattr(g, "term_category", lambda entry, course: None)
    found = []
    for seed in range(6):
        course = build_course(parse_document(DYES), glossary=DYE_TERMS, others=())
        found += [c for c in g.glossary_questions(course.lesson, course, random.Random(seed))
                  if c.rule in (GLOSSARY_TERM_TO_DEFINITION, GLOSSARY_DESCRIPTION_TO_TERM)]
    assert found
    for c in found:
        assert "Anna Kovacs" not in (c.key, *c.distractors)
        assert not any(d.startswith("A Hungarian chemist") for d in c.distractors)


@pytest.mark.parametrize(("definition", "expected"), [
    ("Interest equals Principal multiplied by Rate multiplied by Time", True),
    ("Speed is distance divided by time", True),
    ("The interval at which interest is added", False),
    ("A rock that is formed from cooled magma", False),
])
def test_a_sentence_is_no_definition(definition, expected):
    assert forms.is_sentence(definition) is expected
    assert g.usable_definition(definition) is not expected


LAYOUT = """# Savings

## Interest

Simple interest is interest calculated only on the original sum.

Formula in words: Interest equals Principal multiplied by Rate multiplied by Time.

A compounding period is the interval at which interest is added.

A deposit is a sum of money placed in an account.
"""

LAYOUT_TERMS = (
    GlossaryEntry("Simple interest", "Interest calculated only on the original sum", "defined"),
    GlossaryEntry("Formula in words", "Interest equals Principal multiplied by Rate multiplied by Time", "defined"),
    GlossaryEntry("Compounding period", "The interval at which interest is added", "defined"),
    GlossaryEntry("Deposit", "A sum of money placed in an account", "defined"),
)


def test_a_layout_label_is_neither_asked_nor_offered():
    course = build_course(parse_document(LAYOUT), glossary=LAYOUT_TERMS, others=())
    candidates = list(g.glossary_questions(course.lesson, course, random.Random(0)))
    assert candidates
    for c in candidates:
        shown = " ".join((c.stem, *c.options))
        assert "Formula in words" not in shown and "equals Principal" not in shown


EXTRAS = """# Sounds

## Patterns

Alliteration is the repetition of initial consonant sounds, as in "Big bright bells", whose b sounds ring.

Assonance is the repetition of vowel sounds inside nearby words.

Metre is the regular pattern of stressed and unstressed syllables in a line.

A stanza is a group of lines set apart from the rest of a poem.
"""

EXTRA_TERMS = (
    GlossaryEntry("Alliteration", 'The repetition of initial consonant sounds, as in "Big bright bells", whose b sounds ring', "defined"),
    GlossaryEntry("Assonance", "The repetition of vowel sounds inside nearby words", "defined"),
    GlossaryEntry("Metre", "The regular pattern of stressed and unstressed syllables in a line", "defined"),
    GlossaryEntry("Stanza", "A group of lines set apart from the rest of a poem", "defined"),
)


def test_definition_options_carry_no_example():
    course = build_course(parse_document(EXTRAS), glossary=EXTRA_TERMS, others=())
    asked = [c for c in g.glossary_questions(course.lesson, course, random.Random(0))
             if c.rule == GLOSSARY_TERM_TO_DEFINITION]
    assert asked
    assert any("The repetition of initial consonant sounds" in c.options for c in asked)
    assert not any("Big bright" in o for c in asked for o in c.options)


NUMBERS = """# Ponds

## Living things

Diatoms are simple plants that float in the water and make food from sunlight.

Grazers are small animals that feed on diatoms.

Turnover is the rate at which the water of a pond is replaced.

Inflow is the volume of water that enters the pond each day.

Midges are flies whose larvae live in the mud at the bottom.

Clarity is the depth to which light reaches in the water.
"""

NUMBER_TERMS = (
    GlossaryEntry("Diatoms", "Simple plants that float in the water and make food from sunlight", "defined"),
    GlossaryEntry("Grazers", "Small animals that feed on diatoms", "defined"),
    GlossaryEntry("Turnover", "The rate at which the water of a pond is replaced", "defined"),
    GlossaryEntry("Inflow", "The volume of water that enters the pond each day", "defined"),
    GlossaryEntry("Midges", "Flies whose larvae live in the mud at the bottom", "defined"),
    GlossaryEntry("Clarity", "The depth to which light reaches in the water", "defined"),
)


def test_a_term_is_offered_only_beside_terms_of_its_number():
    course = build_course(parse_document(NUMBERS), glossary=NUMBER_TERMS, others=())
    asked = [c for seed in range(4) for c in g.glossary_questions(course.lesson, course, random.Random(seed))
             if c.rule == GLOSSARY_DESCRIPTION_TO_TERM]
    assert asked
    for c in asked:
        plural = c.key in ("Diatoms", "Grazers", "Midges")
        assert all((d in ("Diatoms", "Grazers", "Midges")) == plural for d in c.distractors), (c.key, c.distractors)


# Four layers of the Earth and one named plate, all defined the same way.
LAYERS = """# The Earth

## Layers

The crust is a thin layer of solid rock that forms the surface of the Earth.

The mantle is a thick layer of hot rock that lies between the crust and the core.

The lithosphere is a rigid layer made of the crust and the top of the mantle.

The asthenosphere is a weak layer of the upper mantle that can flow very slowly.

The Nazca Plate is a layer of rock that carries much of the eastern Pacific floor. The Nazca Plate sinks
beneath South America.
"""

LAYER_TERMS = (
    GlossaryEntry("Crust", "A thin layer of solid rock that forms the surface of the Earth", "defined"),
    GlossaryEntry("Mantle", "A thick layer of hot rock that lies between the crust and the core", "defined"),
    GlossaryEntry("Lithosphere", "A rigid layer made of the crust and the top of the mantle", "defined"),
    GlossaryEntry("Asthenosphere", "A weak layer of the upper mantle that can flow very slowly", "defined"),
    GlossaryEntry("Nazca Plate", "A layer of rock that carries much of the eastern Pacific floor", "defined"),
)


def test_a_named_example_is_no_option_beside_concepts(monkeypatch):
    # Raters on test-l, test-b, test-d and test-h: "A plate that carries most of Europe and Asia ..." (one named
    # plate) beside "The idea that ...", "Whin Sill" beside "Long profile", "Duverger's law" beside a count of
    # votes: an example, not a concept, struck out at sight. Read as no kind of name, only its capitals tell.
    monkeypatch.setattr(g, "name_class", lambda kinds, term: None)
    found = []
    for seed in range(8):
        course = build_course(parse_document(LAYERS), glossary=LAYER_TERMS, others=())
        found += [c for c in g.glossary_questions(course.lesson, course, random.Random(seed))
                  if c.rule in (GLOSSARY_TERM_TO_DEFINITION, GLOSSARY_DESCRIPTION_TO_TERM)]
    assert {c.rule for c in found} == {GLOSSARY_TERM_TO_DEFINITION, GLOSSARY_DESCRIPTION_TO_TERM}
    for c in found:
        assert "Nazca Plate" not in c.distractors
        assert not any(d.startswith("A layer of rock that carries") for d in c.distractors)


@pytest.mark.parametrize(("term", "expected"), [
    ("Great Fear", True),
    ("Cold War", True),
    ("Plate tectonics", False),
    ("Erosion", False),
])
def test_titled(term, expected):
    assert g.titled(term) is expected


SOUNDS = """# Speech sounds

## Consonants

A plosive is a consonant that stops the airflow completely before a sudden release.
A fricative is a consonant that lets air pass through a narrow gap with friction.
A nasal is a consonant that lets air escape through the nose.

## Places

The alveolar ridge is the bony bump just behind the upper front teeth.
The glottis is the space between the vocal folds.
The velum is the soft back part of the roof of the mouth.
"""

SOUND_TERMS = (
    GlossaryEntry("Plosive", "A consonant that stops the airflow completely before a sudden release", "defined"),
    GlossaryEntry("Fricative", "A consonant that lets air pass through a narrow gap with friction", "defined"),
    GlossaryEntry("Nasal", "A consonant that lets air escape through the nose", "defined"),
    GlossaryEntry("Alveolar ridge", "The bony bump just behind the upper front teeth", "defined"),
    GlossaryEntry("Glottis", "The space between the vocal folds", "defined"),
    GlossaryEntry("Velum", "The soft back part of the roof of the mouth", "defined"),
)


def test_definitions_built_on_the_keys_noun_are_offered_first():
    from lessontext.questions.course import build_course
    from lessontext.questions.rules import GLOSSARY_TERM_TO_DEFINITION

    course = build_course(parse_document(SOUNDS), glossary=SOUND_TERMS, others=[])
    for seed in range(5):
        asked = [c for c in g.glossary_questions(course.lesson, course, random.Random(seed))
                 if c.rule == GLOSSARY_TERM_TO_DEFINITION and c.original == "Nasal"]
        for c in asked:
            # Two other consonants are in the lesson: they come before any place in the mouth.
            assert sum(d.startswith("A consonant") for d in c.distractors) == 2, c.distractors


def test_options_of_the_keys_class_come_before_others():
    rank = same_genus_first("The proportion of pupils who pass the test in one year")
    assert rank("The number of pupils absent on a given day") < rank("The study of how schools are run")
    assert rank("The proportion of pupils who fail") < rank("The number of pupils absent on a given day")
    # A thing is no narrower class: other things are not preferred for it.
    thing = same_genus_first("A tool that smooths wood")
    assert thing("A clamp that holds wood") == thing("The study of how wood is cut")



# Invented: "Tidewater" is a name (capitalised mid-sentence, never in lower case); the rest are ordinary words.
NAVAL = """# Blockades

A blockade closes a port. Tidewater enforced an embargo. Tidewater and Port Royal Patrol were praised.
The Tidewater mission used a convoy and an arms embargo.
"""


@pytest.mark.parametrize(("key", "term", "expected"), [
    ("Tidewater", "Arms embargo", True),  # a concept for a name: the only name stands out
    ("Tidewater", "Port Royal Patrol", False),  # a name beside a name
    ("Convoy", "Arms embargo", False),  # concepts beside each other
])
def test_concept_beside_name(key, term, expected):
    course = build_course(parse_document(NAVAL), glossary=(), others=())
    assert g.concept_beside_name(key, term, course) is expected


HARBOUR = """# The harbour

A harbour shelters ships from the open sea. Breakwaters are walls of stone that shield the harbour from waves.
Bollards are things that hold the mooring ropes of a ship. Cranes are machines that lift cargo on and off ships.
Slipways are ramps down which boats are launched into the water.
"""

HARBOUR_TERMS = (
    GlossaryEntry("Breakwaters", "Walls of stone that shield the harbour from waves", "defined"),
    GlossaryEntry("Bollards", "Things that hold the mooring ropes of a ship", "defined"),
    GlossaryEntry("Cranes", "Machines that lift cargo on and off ships", "defined"),
    GlossaryEntry("Slipways", "Ramps down which boats are launched into the water", "defined"),
)


def test_a_key_built_on_things_is_not_asked_but_may_be_offered():
    # Raters: "Things that pump blood out of the heart" is a vague key; beside a real definition it passed.
    course = build_course(parse_document(HARBOUR), glossary=HARBOUR_TERMS, others=[])
    asked = [c for seed in range(6) for c in g.glossary_questions(course.lesson, course, random.Random(seed))
             if c.rule == GLOSSARY_TERM_TO_DEFINITION]
    assert asked
    assert "Bollards" not in {c.original for c in asked}
    assert any("Things that hold the mooring ropes of a ship" in c.distractors for c in asked)


@pytest.mark.parametrize("definition, source, garbled", [
    # Turned round from "X <verb>s <prep> a Y called Z" into no noun phrase (test-ae-r2, kidneys).
    ("A wide stone channel carried by rainwater flows", "In the old town, rainwater flows along a wide stone channel called a "
     "culvert into the river.", True),
    ("The harbour through a narrow gap left by ships", "At high tide, ships leave the harbour through a narrow gap called "
     "the sound.", True),
    ("A resin from which its dark colour comes mainly", "Its dark colour comes mainly from a resin called lac.", True),
    # Turned round, yet a noun phrase that reads whole.
    ("An area of land from which a stream collects its water", "A stream collects its water from an area of land called "
     "a watershed.", False),
    ("A process by which sand grains are rolled along the bed", "Sand grains are rolled along the bed by saltation.", False),
    ("A string of digits calculated from a file's contents", "Each file is identified by a checksum, a string of digits "
     "calculated from its contents.", False),
    # The sentence's main verb run on as a second relative: a remark, not a meaning (test-ag).
    ("A moth that flies at dusk over open heath and is only one of many", "No. The hawk moth, which flies at dusk over "
     "open heath, is only one of many.", True),
    # "and is" that the sentence itself coordinates.
    ("A metal that conducts heat and is soft", "Copper is a metal that conducts heat and is soft.", False),
])
def test_garbled_description(definition, source, garbled):
    from lessontext.questions.definitions import garbled_description

    assert garbled_description(definition, source) is garbled


CANALS = """# Town Drainage

## Channels

In the old town, rainwater flows along a wide stone channel called a culvert into the river.
A sluice is a sliding gate that controls how much water passes along a channel.
A weir is a low wall built across a river to raise the level of the water upstream.
A cistern is a tank that stores rainwater collected from the roofs of houses.
"""


def test_a_garbled_description_is_neither_stem_nor_option():
    entries = [
        GlossaryEntry("culvert", "A wide stone channel carried by rainwater flows", "defined"),
        GlossaryEntry("sluice", "A sliding gate that controls how much water passes along a channel", "defined"),
        GlossaryEntry("weir", "A low wall built across a river to raise the level of the water upstream", "defined"),
        GlossaryEntry("cistern", "A tank that stores rainwater collected from the roofs of houses", "defined"),
    ]
    course = build_course(parse_document(CANALS), glossary=entries, others=[])
    made = [c for c in g.glossary_questions(course.lesson, course, random.Random(0))]
    shown = " ".join(c.stem + " " + c.key + " " + " ".join(c.distractors) for c in made)
    assert made and "carried by rainwater" not in shown


FIRST_AID = """# First Aid for Burns

## What a burn is

Emergency cooling, or EC, is a first-aid step for skin that has been burned, a condition called thermal injury.
A blister is a bubble of fluid that forms under damaged skin.
A dressing is a clean covering that keeps germs away from a wound.
A cold compress is a pad soaked in cold water that eases swelling.
A splint is a rigid strip that holds an injured limb still.

## Acting fast

Nurses cool the skin with running water, and they cover burns with cling film.
The sooner the water is applied, the better the chance that the skin heals without a scar.
"""

FIRST_AID_TERMS = (
    GlossaryEntry("Emergency cooling", "A first-aid step for skin that has been burned, a condition called thermal injury", "defined"),
    # A description whose clause defines another term of the course (the glossary misread "a condition called").
    GlossaryEntry("Thermal injury", "A condition in which emergency cooling, or EC, is a first-aid step for skin that has been burned", "defined"),
    GlossaryEntry("Blister", "A bubble of fluid that forms under damaged skin", "defined"),
    GlossaryEntry("Splint", "A rigid strip that holds an injured limb still", "defined"),
    GlossaryEntry("Dressing", "A clean covering that keeps germs away from a wound", "defined"),
    GlossaryEntry("Cold compress", "A pad soaked in cold water that eases swelling", "defined"),
    # A participle and a verb phrase taken for terms.
    GlossaryEntry("Applied", "The better the chance that the skin heals without a scar", "defined"),
    GlossaryEntry("Cover burns", "A thin plastic sheet that keeps the wound clean", "defined"),
)


def test_a_verb_or_a_description_of_another_term_is_never_asked_nor_offered():
    course = build_course(parse_document(FIRST_AID), glossary=FIRST_AID_TERMS, others=())
    candidates = list(g.glossary_questions(course.lesson, course, random.Random(1)))
    assert any(c.key == "Blister" or "Blister" in c.stem for c in candidates)  # the sound entries are asked
    shown = " ".join(" ".join((c.stem, *c.options)) for c in candidates)
    assert "Applied" not in shown and "Cover burns" not in shown
    assert "emergency cooling, or EC, is a first-aid step" not in shown.lower()


@pytest.mark.parametrize(("term", "quoted", "distractors", "leak"), [
    ("Won't", "a shortened form of will not", ["Adverb", "Clause"], False),  # "will not" is not spelled alike
    ("We're", "a shortened form of we are", ["Adverb", "Clause"], True),
    ("Biogas", "a fuel made of bio gas from rotting waste", ["Petrol", "Coal"], True),
    ("Tariff", "a tax on imported goods", ["Quota", "Subsidy"], False),
    ("Mitosis", "a division that gives two identical cells", ["Meiosis", "Fission"], False),
    # A distractor spelled alike too: the run cues nothing.
    ("We're", "a shortened form of we are", ["Were", "Where"], False),
])
def test_a_quoted_definition_that_spells_its_term_is_not_asked(term, quoted, distractors, leak):
    assert g.spelled_out(term, quoted, distractors) is leak


@pytest.mark.parametrize(("option", "key", "near"), [
    # A sibling built like the key rivals it; a definition of another kind of thing does not (test-t, test-h).
    ("The smallest bone in the body, found in the middle ear", "The longest and strongest bone in the body", True),
    ("A fluid that acts like oil in a machine", "The longest and strongest bone in the body", False),
    ("A direct communication link between Washington and Moscow", "An attempt to reform the stagnant economy", False),
    ("The change of state directly from solid to gas", "The change of state from gas to liquid", True),
])
def test_an_option_rivals_the_key_only_when_near_it_in_meaning(option, key, near):
    assert g.near_enough(option, key) is near


SKELETON = """# The Skeleton

## Bones

The femur is the longest and strongest bone in the body.

The stapes is the smallest bone in the body, found in the middle ear.

The humerus is the long bone of the upper arm, between the shoulder and the elbow.

## Joints

Synovial fluid is a fluid that acts like oil in a machine.
"""

SKELETON_TERMS = (
    GlossaryEntry("Femur", "The longest and strongest bone in the body", "defined"),
    GlossaryEntry("Stapes", "The smallest bone in the body, found in the middle ear", "defined"),
    GlossaryEntry("Humerus", "The long bone of the upper arm, between the shoulder and the elbow", "defined"),
    GlossaryEntry("Synovial fluid", "A fluid that acts like oil in a machine", "defined"),
)


def test_a_definition_far_from_the_key_is_not_offered_nor_its_term():
    course = build_course(parse_document(SKELETON), glossary=SKELETON_TERMS, others=())
    femur = [c for seed in range(3) for c in g.glossary_questions(course.lesson, course, random.Random(seed))
             if c.key in ("Femur", "The longest and strongest bone in the body")]
    meanings = [c for c in femur if c.rule == GLOSSARY_TERM_TO_DEFINITION]
    assert meanings
    for c in meanings:
        assert set(c.distractors) == {SKELETON_TERMS[1].definition, SKELETON_TERMS[2].definition}
    # As a term, the fluid is no rival of the femur either.
    assert not any("Synovial fluid" in c.distractors for c in femur)


def test_a_key_built_on_no_noun_is_no_ground_for_a_distance():
    # "A network of linked food chains" is far from it by the vectors (-0.01), yet its natural rival.
    assert g.near_enough("A network of linked food chains", "Things that show who eats whom in a pond")


STOICS = """# The Stoics

## People and places

The school met at the Painted Porch, a public colonnade on the edge of the Athenian agora. Seneca was a wealthy
statesman and adviser to the emperor Nero. Cleanthes, a former boxer, wrote the Hymn to Zeus.

## Ideas

Virtue is a settled condition of the mind that shows itself in wisdom and courage. Cosmopolitanism is the belief
that all humans belong to a single community bound by reason. Happiness is the flourishing life that all ancient
ethics sought.
"""

STOIC_TERMS = (
    GlossaryEntry("Painted Porch", "A public colonnade on the edge of the Athenian agora", "defined"),
    GlossaryEntry("Seneca", "A wealthy statesman and adviser to the emperor Nero", "defined"),
    GlossaryEntry("Cleanthes", "A former boxer that wrote the Hymn to Zeus", "defined"),
    GlossaryEntry("Virtue", "A settled condition of the mind that shows itself in wisdom and courage", "defined"),
    GlossaryEntry("Cosmopolitanism", "The belief that all humans belong to a single community bound by reason",
                  "defined"),
    GlossaryEntry("Happiness", "The flourishing life that all ancient ethics sought", "defined"),
)


def test_a_person_is_not_asked_what_they_mean_nor_a_name_offered_beside_a_concept():
    # test-do, both raters: "What is meant by 'Cleanthes'?", a colonnade and a boxer offered for "Virtue"
    assert g.names_a_person("Seneca", "A wealthy statesman and adviser to the emperor Nero")
    assert g.names_a_person("Cleanthes", "A former boxer that wrote the Hymn to Zeus")
    assert not g.names_a_person("Virtue", "A settled condition of the mind")
    course = build_course(parse_document(STOICS), glossary=STOIC_TERMS, others=())
    found = list(g.glossary_questions(course.lesson, course, random.Random(1)))
    assert not any(c.original in {"Seneca", "Cleanthes"} for c in found if c.rule == GLOSSARY_TERM_TO_DEFINITION)
    offered = {d for c in found if c.key in {"Virtue", "Cosmopolitanism", "Happiness"} for d in c.distractors}
    assert offered and not offered & {"Painted Porch", "Seneca", "Cleanthes"}

