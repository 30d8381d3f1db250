"""Word-level helpers: leakage relations, masking, number, articles."""

import pytest

from lessontext.questions.text import (
    BLANK,
    CALCULATION,
    _phrase_pattern,
    article_for,
    find_phrase,
    is_gerund,
    is_plural,
    lower_first,
    mask_words,
    related,
    stem,
    strip_discourse_marker,
    worked_value,
    works_out,
)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("technology", "technological", True),
        ("co-operative", "cooperative", True),
        ("cooperative", "cooperation", True),
        ("exercises", "exercise", True),
        ("diplomacy", "diplomatic", True),
        ("Defense", "defense", True),
        ("military", "drone", False),
        ("trade", "trust", False),
        ("1914", "1918", False),
        ("encyclopaedia", "Encyclopédie", True),  # accents and "ae" folded (test-cm)
        ("Poe", "pea", False),
        ("mix", "mixed", True),  # a short word and its inflection (test-df: "what kind of mix" for "mixed economy")
        ("bit", "bite", False),
        ("art", "artist", False),
    ],
)
def test_related(a, b, expected):
    assert related(a, b) is expected


@pytest.mark.parametrize(("singular_form", "plural_form"), [
    # One suffix stripped from each cut "interval" to "interv" but kept "interval" from "intervals".
    ("interval", "intervals"),
    ("reaction", "reactions"),
    ("function", "functions"),
    ("signature", "signatures"),
    ("leaf", "leaves"),
    ("criterion", "criteria"),
    ("study", "studies"),
    ("Glass", "glasses"),
    ("co-operative", "Co-operatives"),
])
def test_a_noun_and_its_plural_share_a_stem(singular_form, plural_form):
    assert stem(singular_form) == stem(plural_form)
    assert related(singular_form, plural_form)


def test_stem_still_strips_a_derivation_and_keeps_unrelated_words_apart():
    assert stem("technological") == stem("technology")
    assert stem("analysis") == stem("analysis")
    assert stem("interval") != stem("internal")


def test_mask_words_merges_adjacent_blanks_and_keeps_shared_words():
    text = "Islamic countries often partake in combined military exercises with their allies."
    assert mask_words(text, "Joint Military Exercises") == f"Islamic countries often partake in combined {BLANK} with their allies."
    assert mask_words(text, "Joint Military Exercises", keep=["military"]) == (
        f"Islamic countries often partake in combined military {BLANK} with their allies."
    )


@pytest.mark.parametrize(
    "phrase, plural",
    [("Joint Military Exercises", True), ("Cooperative Security", False), ("Stomata", False),
     ("Bilateral Agreements", True), ("Index of Prohibited Books", False), ("Process", False)],
)
def test_is_plural(phrase, plural):
    assert is_plural(phrase) is plural


@pytest.mark.parametrize(
    "phrase, gerund",
    [("Building Trust and Confidence", True), ("Promoting Mutual Understanding", True),
     ("Peacekeeping Operations", False), ("Printing", True), ("Bilateral Agreements", False)],
)
def test_is_gerund(phrase, gerund):
    assert is_gerund(phrase) is gerund


@pytest.mark.parametrize(
    "word, article",
    [("offer", "an"), ("treaty", "a"), ("union", "a"), ("hour", "an"), ("NGO", "an"), ("UN", "a")],
)
def test_article_for(word, article):
    assert article_for(word) == article


def test_strip_discourse_marker():
    assert strip_discourse_marker("For example, diplomats met in Vienna.") == "Diplomats met in Vienna."
    assert strip_discourse_marker("Example sentences stay.") == "Example sentences stay."
    assert strip_discourse_marker("For comparison, a candle gives about 12 lumens.") == "A candle gives about 12 lumens."
    # a time set by the sentence before
    assert strip_discourse_marker("In the meantime the guild had amended its charter in 1871.") == "The guild had amended its charter in 1871."
    assert strip_discourse_marker("Soon afterwards Ada Lovelace wrote her notes.") == "Ada Lovelace wrote her notes."
    assert strip_discourse_marker("In parallel, the board called for a survey.") == "The board called for a survey."
    assert strip_discourse_marker("In parallel with the talks, Norway mediated.") == "In parallel with the talks, Norway mediated."
    # a reason counted off, with its comma only
    assert strip_discourse_marker("First, according to the principle, pressure shifts it.") == \
        "According to the principle, pressure shifts it."
    assert strip_discourse_marker("First World War soldiers wrote home.") == "First World War soldiers wrote home."
    # an instruction keeps its marker, whose lifted form would read as a claim
    assert strip_discourse_marker("Finally, use common sense about cooking times.") == \
        "Finally, use common sense about cooking times."


@pytest.mark.parametrize("text, value", [
    ("50% × $3,000 = $1,500", True),
    ("P = VI = 12 V × 2 A = 24 W.", True),
    ("$200, which is only about 7%, or $400 under target.", True),
    ("$1,050", True),
    ("turns red in acidic solutions and blue in basic solutions.", False),
    ("V to I, e.g. G to C. It sounds final, like a full stop.", False),
    ("a planned capability of regional brigades able to deploy for peace support missions.", False),
])
def test_worked_value(text, value):
    assert worked_value(text) is value


@pytest.mark.parametrize("sentence, lowered", [
    ("NATO's fleet is owned by the alliance.", "NATO's fleet is owned by the alliance."),
    ("NATO develops standards.", "NATO develops standards."),
    ("The fleet is owned by the alliance.", "the fleet is owned by the alliance."),
    ("A's and B's differ.", "a's and B's differ."),
])
def test_lower_first_keeps_an_acronym_with_its_possessive(sentence, lowered):
    assert lower_first(sentence) == lowered


def test_a_true_false_stem_drops_a_pointing_also_and_lowercases_a_heading_word():
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.phrasing import true_false_stem

    lesson = "# Sharing\n\n## Dependence and Trust\n\nTrust between allies takes years to build.\n"
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert true_false_stem("Trust can also be damaged by leaks.", course) == \
        "True or false? According to the text, trust can be damaged by leaks."
    assert true_false_stem("It is not only cheap but also fast.", course).endswith("but also fast.")


_LONGER_NAMES = ("# Printing\n\n## Change\n\nHistorians call this age the Printing Revolution, and the Hanseatic League"
                  " carried the books.\nPrinting spread fast. Hanseatic merchants sold paper in Bergen, and Caxton"
                  " printed books in Bruges. The Bruges Guild sold them.\n")


@pytest.mark.parametrize("sentence, lifted", [
    # a word the lesson writes mid-sentence only inside a longer name, here before a lower-case word
    ("Printing presses spread to forty towns by 1480.", "printing presses spread to forty towns by 1480."),
    # a quantifier opening the subject, before a name
    ("Several Hanseatic towns bought presses.", "several Hanseatic towns bought presses."),
    # still names: the longer name itself, a name the lesson writes alone mid-sentence, an acronym
    ("Printing Revolution pamphlets spread fast.", "Printing Revolution pamphlets spread fast."),
    ("Caxton printed books in Bruges.", "Caxton printed books in Bruges."),
    ("Bruges traded with Bergen.", "Bruges traded with Bergen."),  # mid-sentence only before a name, yet no word
    ("NATO's fleet is owned by the alliance.", "NATO's fleet is owned by the alliance."),
])
def test_a_true_false_stem_lowers_a_capital_that_names_nothing(sentence, lifted):
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.phrasing import true_false_stem

    course = build_course(parse_document(_LONGER_NAMES), glossary=(), others=())
    assert true_false_stem(sentence, course) == f"True or false? According to the text, {lifted}"


@pytest.mark.parametrize("text, calculates", [
    ("2,000 × 1.05 = 2,100", True),
    ("7 counters are not blue, and 7 ÷ 10 = 0.7", True),
    ("pH = 7", True),  # a value given as an equation
    ("The parallel sides add up: 6 + 10", True),
    ("The change is (92 − 80) divided by the old price", True),
    ("$1,500 + $900 is the total", True),
    ("The two cells give 8 V + 4 V across the lamp", True),
    ("a byte holds 2^8 patterns", True),
    ("n bits can represent $2^n$ different values", True),
    # A hyphen or dash joining figures is a range, a score or a code, never a minus.
    ("The First World War (1914-1918) changed the map of Europe.", False),
    ("The First World War (1914–1918) changed the map of Europe.", False),
    ("The rule is set out on pages 10-12 of the handbook.", False),
    ("Adults should obtain 45–65% of their energy from carbohydrate.", False),
    ("The home side won 3-1 after extra time.", False),
    ("Call the office on 555-0142.", False),
    # A sign between words names parts, not amounts.
    ("acid + base → salt + water", False),
    ("Major triad: major third + perfect fifth above the root", False),
])
def test_calculation(text, calculates):
    """One definition of arithmetic shown in a text (it was three patterns, one of which took "1914-1918"
    for a subtraction)."""
    assert bool(CALCULATION.search(text)) is calculates
    assert worked_value(text) is (calculates or text[:1].isdigit())


@pytest.mark.parametrize("text, worked", [
    ("Point prevalence = 150 / 5,000 = 0.03", True),
    ("274 × 4.184 ≈ 1,146 kJ", True),
    ("Check: Assets 15,000 = Liabilities 5,000 + Equity 10,000.", True),
    ("Mean = 20 divided by 9, which is approximately 2.2 goals.", True),
    ("pH = −log₁₀(0.00001) = 5", True),
    ("r = sin⁻¹(0.429) = 25.4°", True),
    ("5 - 3 = 2", True),  # a spaced hyphen inside an equation is its minus
    # A value given, a list of givens, a formula in letters, a range: nothing worked out.
    ("pH = 7", False),
    ("Write down what you know: V = 6 V and I = 0.5 A.", False),
    ("Given: f = 440 Hz, v = 343 m/s", False),
    ("I = Q / t", False),
    ("The war of 1914-1918 = the Great War", False),
])
def test_works_out(text, worked):
    assert works_out(text) is worked


@pytest.mark.parametrize("sentence, key, masked", [
    # The key's head in the plural, an -es plural, an irregular plural, an accented plural: one gap.
    ("Wild horses roam the plain.", "wild horse", "_____ roam the plain."),
    ("Two analyses of the data disagree.", "analysis", "Two _____ of the data disagree."),
    ("The criteria are published.", "criterion", "The _____ are published."),
    ("Defence attachés report to the embassy.", "defence attaché", "_____ report to the embassy."),
])
def test_mask_key_blanks_a_plural_of_the_key_as_one_span(sentence, key, masked):
    from lessontext.questions.text import mask_key

    assert mask_key(sentence, key) == (masked, "span")


def test_find_phrase_compiles_each_phrase_once():
    # A large glossary asks for the same phrases hundreds of thousands of times; the re module's own
    # cache holds 512 patterns, so the phrase pattern must be memoised here.
    assert find_phrase("The Warsaw-Pact states met.", "warsaw pact").group(0) == "Warsaw-Pact"
    assert _phrase_pattern("warsaw pact") is _phrase_pattern("warsaw pact")
