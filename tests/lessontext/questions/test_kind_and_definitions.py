"""Same-kind distractors for inline enumerations, and course definitions as term → definition distractors.

Hand-written documents only: the rules are generic, never tuned to the seeds.
"""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import GlossaryEntry
from lessontext.questions.course import build_course
from lessontext.questions.definitions import comparison_predicate, defining_phrase
from lessontext.questions.families import generate
from lessontext.questions.frames import enumeration_frame, frames_match, noun_class, same_kind
from lessontext.questions.rubric import evaluate
from lessontext.questions.text import BLANK


def passing(rule, markdown, others=(), glossary=()):
    course = build_course(parse_document(markdown), glossary=glossary, others=[parse_document(o) for o in others])
    return [c for c in generate(course, random.Random(1)) if c.rule == rule and not evaluate(c, course)]


# --------------------------------------------------------------------------
# What governs an inline list


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (f"Trade grew in various fields including {BLANK}.", ("category", "field")),
        (f"Grants go to areas such as {BLANK}.", ("category", "area")),
        (f"Judges swear to uphold {BLANK}.", ("verb", "uphold")),
        (f"Farmers ensure {BLANK}.", ("verb", "ensure")),
        (f"The theory explains the location of {BLANK}.", ("noun", "location")),
        (f"An HTTP request consists of {BLANK}.", ("verb", "consist")),
        (f"{BLANK} are common on the coast.", None),
        (f"It was said by the {BLANK}.", None),
    ],
)
def test_enumeration_frame(frame, expected):
    assert enumeration_frame(frame) == expected


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        (("category", "field"), ("category", "area"), True),  # one class of category nouns
        (("category", "field"), ("category", "field"), True),
        (("category", "field"), ("category", "language"), False),
        (("verb", "uphold"), ("verb", "uphold"), True),
        (("verb", "uphold"), ("verb", "ensure"), False),  # things one ensures are not things one upholds
        (("noun", "location"), ("verb", "locate"), False),
        (("noun", "location"), None, False),
        (None, None, False),
    ],
)
def test_frames_match(a, b, match):
    assert frames_match(a, b) is match


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [("comprehension", "abstract"), ("stability", "abstract"), ("equipment", "abstract"), ("awareness", "abstract"),
     ("technology", "plain"), ("logistics", "plain"), ("international law", "plain"), ("river", "plain")],
)
def test_noun_class(phrase, cls):
    assert noun_class(phrase) == cls


FIELDS = ("category", "field")


@pytest.mark.parametrize(
    ("option", "frames", "keys", "key_frame", "ok"),
    [
        # A field for fields: listed under "areas such as" elsewhere.
        ("logistics", {("category", "area")}, ["medicine", "agriculture"], FIELDS, True),
        ("cattle farming", {("category", "area")}, ["medicine", "agriculture"], FIELDS, True),
        # Listed under another frame, or under none: not known to be a field.
        ("comprehension", {("noun", "atmosphere")}, ["medicine", "agriculture"], FIELDS, False),
        ("forestry", set(), ["medicine", "agriculture"], FIELDS, False),
        ("cattle farming", {("verb", "ensure")}, ["medicine", "agriculture"], FIELDS, False),
        # The right frame, but an abstract noun beside plain ones, or a plural beside singulars.
        ("equipment", {("category", "area")}, ["medicine", "agriculture"], FIELDS, False),
        ("fisheries", {("category", "area")}, ["medicine", "agriculture"], FIELDS, False),
        # Things one upholds: only items another text says are upheld.
        ("fortified global ties", {("verb", "ensure")}, ["international law", "public order"], ("verb", "uphold"), False),
        ("civil peace", {("verb", "uphold")}, ["international law", "public order"], ("verb", "uphold"), True),
        # A noun frame ("the complexities of ..."): multi-word items of the same number and class will do,
        # a lone word only from a matching list.
        ("rural roads", {("verb", "build")}, ["city streets", "bus lanes"], ("noun", "network"), True),
        ("roads", {("verb", "build")}, ["city streets", "bus lanes"], ("noun", "network"), False),
        ("roads", {("noun", "network")}, ["city streets", "bus lanes"], ("noun", "network"), True),
        ("rural road", {("verb", "build")}, ["city streets", "bus lanes"], ("noun", "network"), False),
    ],
)
def test_same_kind(option, frames, keys, key_frame, ok):
    assert same_kind(option, frames, keys, key_frame) is ok


# --------------------------------------------------------------------------
# Definitions from the rest of the course


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A glacier is a slow river of ice that forms on mountains.", ("A glacier", "a slow river of ice that forms on mountains")),
        ("Erosion can be defined as the wearing away of rock by wind and water.",
         ("Erosion", "the wearing away of rock by wind and water")),
        ("Photosynthesis refers to the process by which plants make sugar from light.",
         ("Photosynthesis", "the process by which plants make sugar from light")),
        ("In summary, trade routes serve as the arteries of the medieval economy.",
         ("Trade routes", "the arteries of the medieval economy")),
        ("The main aim is to protect the coast.", None),  # no article-led noun phrase after "is"
        ("Soil is important for farming.", None),
        ("This process is a slow one.", None),  # unresolved subject
        ("A major example is the port of Genoa.", None),  # the subject is no term
        ("Farmers often plant crops in spring.", None),
        ("Heat pumps are devices that move warmth indoors.", ("Heat pumps", "devices that move warmth indoors")),
        ("Heat pumps are efficient in mild winters.", None),
    ],
)
def test_defining_phrase(sentence, expected):
    assert defining_phrase(sentence) == expected


TIDES = """# Tides

## Energy from the sea

Tidal energy can be defined as electricity generated from the rise and fall of sea levels caused by the moon.
Engineers build barrages across river mouths.
"""
TIDAL = GlossaryEntry(
    term="Tidal energy",
    definition="Electricity generated from the rise and fall of sea levels caused by the moon.",
    kind="defined",
)
WIND = """# Wind

## Turbines

Wind power is the conversion of moving air into electricity by large turbines on land or at sea.
"""
HYDRO = """# Hydropower

## Dams

Hydropower is the force of falling river water captured by turbines inside large dams.
Like tidal barrages, dams release water through turbines to generate electricity.
"""
SHORT = """# Heating

## Pumps

A radiator is a metal panel.
"""
PARAPHRASE = """# Tide mills

## Power

Tide power refers to electricity generated from the rise and fall of sea levels.
"""
TIDAL_STEM = "According to the text, what is meant by “Tidal energy”?"
TIDAL_KEY = "Electricity generated from the rise and fall of sea levels caused by the moon"


SEA_TERMS = [
    TIDAL,
    GlossaryEntry("Wave power", "Electricity produced from moving ocean swells by floating machines", "defined"),
    GlossaryEntry("Barrage", "A low wall built across a river mouth to hold back the incoming tide", "defined"),
]
SEA = TIDES + (
    "Wave power is electricity produced from moving ocean swells by floating machines.\n"
    "A barrage is a low wall built across a river mouth to hold back the incoming tide.\n"
)


@pytest.mark.parametrize("others", [[], [WIND, HYDRO], [WIND, SHORT], [WIND, PARAPHRASE]])
def test_term_to_definition_never_draws_on_other_lessons_definitions(others):
    # Raters (dev-r2) rated other lessons' definitions implausible wrong answers ("a series of notes"
    # beside acids): with no second definition stated in this lesson, no question.
    assert passing("glossary_term_to_definition", TIDES, others, glossary=[TIDAL]) == []


def test_term_to_definition_offers_the_definitions_this_lesson_states():
    found = passing("glossary_term_to_definition", SEA, [WIND, HYDRO], glossary=SEA_TERMS)
    tidal = next(c for c in found if c.stem == TIDAL_STEM)
    assert tidal.correct == (TIDAL_KEY,)
    assert sorted(tidal.distractors) == [
        "A low wall built across a river mouth to hold back the incoming tide",
        "Electricity produced from moving ocean swells by floating machines",
    ]


def test_definition_of_another_lesson_is_no_distractor_even_when_close():
    lesson = SEA + "Tidal energy is a steady source of power for coastal towns.\n"
    other = "# Dams\n\n## Rivers\n\nHydropower is a steady source of power for mountain towns and their farms.\n"
    found = passing("glossary_term_to_definition", lesson, [WIND, HYDRO, other], glossary=SEA_TERMS)
    assert found
    assert all("steady source" not in d and "river water" not in d for c in found for d in c.distractors)


def test_a_claim_about_a_term_is_not_its_definition():
    from lessontext.questions.definitions import a_claim_not_a_definition
    from lessontext.questions.types import GlossaryEntry

    def claim(term, definition):
        return a_claim_not_a_definition(GlossaryEntry(term, definition, "defined"))

    assert claim("English examples", "Approximate, since vowels vary between accents.")
    assert claim("English spelling", 'A poor guide to pronunciation: "ough" sounds different in "though" and "tough".')
    assert claim("Model", "A useful starting point, but later research showed that rehearsal alone is weak.")
    assert claim("Great deal of progress", "A deal that has come from working smarter.")
    assert claim("Intelligence-sharing agreement", "A quiet but essential part of modern security.")
    assert claim("Security sector", "A sector that that understanding treats as a whole system.")
    assert not claim("Cogent", "A strong inductive argument with true premises.")
    assert not claim("Semantic memory", "General knowledge and facts, such as the meaning of words.")
    # test-d: appositives cut from a sentence that define something else.
    assert claim("Paris", "The first use of that provision.")  # points back
    assert claim("National vote", "An outcome described as a manufactured majority.")  # names another term
    assert claim("Alcohol", "7 kcal per gram (about 29 kJ).")  # a quantity
    assert claim("Digestible carbohydrates", "Broken down to glucose, the preferred fuel of the brain.")
    assert claim("Single-party government", "Typical of plurality and majoritarian systems.")
    assert not claim("Invocation", "The formal act of declaring that the clause applies.")
    assert not claim("Uplift", "The raising of rocks by tectonic forces.")
    assert not claim("Kilocalorie", "The amount of heat needed to raise one kilogram of water by one degree.")


@pytest.mark.parametrize(("definition", "predicate"), [
    ("Numerical and fairly evenly spread.", True),  # test-j: "Data", a claim about the term, not a definition
    ("Durable and often already plentiful, smugglers adapt quickly.", True),
    ("Evenly spread values around the mean.", False),  # a noun phrase
    ("A value that is fairly evenly spread.", False),
])
def test_adjective_predicate(definition, predicate):
    from lessontext.questions.definitions import adjective_predicate

    assert adjective_predicate(definition) is predicate


@pytest.mark.parametrize(("definition", "sentence"), [
    # A modal in the definition's own clause, however far in (test-k: the "definition" of "War").
    ("An attaché's contacts with local commanders can prove invaluable.", True),
    ("Durable and often already plentiful, smugglers adapt quickly and can evade checks.", True),
    # The modal belongs to a clause inside the noun phrase.
    ("A minimum share of the vote a party must reach to win any seats.", False),
    ("A plan for how you will divide your income.", False),
    ("A substance that can neutralise an acid.", False),
    ("A form of influence: generous help can improve a country's image.", False),
])
def test_modal_predicate(definition, sentence):
    from lessontext.questions.definitions import modal_predicate

    assert modal_predicate(definition) is sentence


def test_a_definition_with_a_clause_of_its_own_is_no_definition():
    from lessontext.questions.definitions import second_clause

    assert second_clause("A scout that sings from a high branch, and the length of the call tells other birds the way")
    assert not second_clause("A mixture of sand, gravel and cement, and the water that binds them")
    assert not second_clause("A treaty signed in 1990, and the body it created")


@pytest.mark.parametrize(("definition", "expected"), [
    ("A larger share of a small farm's income than of a large estate's", True),
    ("More costly to run than a diesel engine", True),
    ("A heavier load than the old bridge could carry", True),
    ("A tax charged on goods crossing a border", False),
    ("A water tank holding more than ten litres", False),
    ("More than half of the seats in a parliament", False),
])
def test_a_comparison_is_a_claim_not_a_definition(definition, expected):
    assert comparison_predicate(definition) is expected
