import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.reversal import turned_claim, turned_round
from lessontext.questions.rules import DIRECTION_REVERSED_FALSE


@pytest.mark.parametrize(("sentence", "turned"), [
    ("Resistance in most metals rises as they get hotter.", "Resistance in most metals falls as they get hotter."),
    ("Energy decreases at each level.", "Energy increases at each level."),
    ("Days had twelve hours, which were shorter in winter.", "Days had twelve hours, which were longer in winter."),
    ("A neighbour who can see what you do is less likely to imagine the worst.",
     "A neighbour who can see what you do is more likely to imagine the worst."),
])
def test_a_stated_direction_is_turned_round(sentence, turned):
    assert turned_round(sentence, sentence) == turned


@pytest.mark.parametrize("sentence", [
    "Read naturally, it falls into five beats.",  # another sense of the verb
    "The river rises over a layer of hard rock.",
    "Niagara Falls has retreated by several kilometres.",  # a name
    "Building towns does not increase runoff, and it rarely increases floods.",  # a denial
    "Counter-terrorism strengthens rather than undermines societies.",  # a contrast of its own
    "Demand rises when prices fall.",  # two direction words
    "If the gradient decreases, the river meanders.",  # a condition
    "When the gradient decreases, the river meanders.",
    "Such a visit cannot make war more likely.",  # a denial in one word
    "A price rise increases total revenue, which is exactly what we see.",  # the lesson speaking to the reader
    "Remember that all reinforcement increases behaviour.",
    "Shared standards make it easier to support one another.",  # turned, common sense refutes it unread
    "Daily use of one language strengthens clear communication.",
    # A condition: turned, "were forbidden ..., provided they paid" is nonsense.
    "Villages were often permitted to keep their chiefs, provided they paid the tax.",
    "Traders are permitted to sell grain as long as they hold a licence.",
    # An indirect question: turned, it asks the same comparison.
    "The unit compares two values to see which is smaller.",
    # A height, not a change (both raters on test-dy: "the vault falls about 42 metres" is nonsense).
    "The nave vault of Amiens Cathedral, begun in 1220, rises about 42 metres.",
])
def test_no_turn_where_it_is_not_surely_the_opposite(sentence):
    assert turned_round(sentence, sentence) is None


def test_no_turn_when_the_lesson_writes_the_opposite_elsewhere():
    sentence = "Building towns increases runoff."
    assert turned_round(sentence, sentence) == "Building towns decreases runoff."
    assert turned_round(sentence, sentence + " Forests decrease the peak flow.") is None


def _statements(text):
    document = parse_document(text)
    course = build_course(document, glossary=(), others=())
    return [c.statement for c in generate(course, random.Random(0)) if c.rule == DIRECTION_REVERSED_FALSE]


def test_a_claim_about_some_cases_only_is_not_turned():
    made = _statements("# Rivers\n\n## Floods\n\nSeveral natural factors make flooding more likely.\n"
                       "Paving the ground makes flooding more likely in towns.\n")
    assert made == ["Paving the ground makes flooding less likely in towns."]


@pytest.mark.parametrize(("turned", "word", "claim"), [
    # A turned reason or first claim is asked alone: the rest refutes it or is true filler.
    ("Because heat decreases with height, climbers often carry a stove: a small burner for melting snow.",
     "decreases", "Heat decreases with height."),
    ("The flow in the outer channel is much faster, so its banks are steeper.", "faster",
     "The flow in the outer channel is much faster."),
    ("Demand increases in winter, and the price of coal follows it.", "increases", "Demand increases in winter."),
    # A second clause of saying ("and <noun> <verb> that ..."): its claim still supports the sentence turned.
    ("Irrigation has greatly decreased rice harvests, and historians estimate that a third of Asia eats rice grown so.",
     "decreased", "Irrigation has greatly decreased rice harvests."),
    # A turned consequence is not asked: its reason, as the text has it, gives it away.
    ("The nerve path skips the brain, so the reaction is slower.", "slower", None),
    ("Because the path skips the brain, the reaction is slower.", "slower", None),
    # A participle of result after a comma says what the main clause makes possible: turned, it refutes itself.
    ("Riders changed horses at each post, allowing letters to travel far slower than before.", "slower", None),
    ("Canals linked the mines to the ports, enabling coal to reach the coast slower.", "slower", None),
    # One claim, a list of predicates: kept whole.
    ("Tourists brought wool, and cloth that was dyed in Flanders, and prices decreased.", "decreased",
     "Tourists brought wool, and cloth that was dyed in Flanders, and prices decreased."),
    ("In a gas, pressure decreases with height, acts in all directions and is measured in pascals.", "decreases",
     "In a gas, pressure decreases with height, acts in all directions and is measured in pascals."),
])
def test_only_the_turned_claim_of_a_sentence_that_reasons_is_asked(turned, word, claim):
    assert turned_claim(turned, turned.index(word)) == claim


def test_the_key_is_the_word_turned_not_the_first_of_the_table():
    made = [c for c in generate(build_course(parse_document(
        "# Bones\n\n## Ageing\n\nIn older adults, thin bones make fractures more likely.\n"), glossary=(), others=()),
        random.Random(0))
        if c.rule == DIRECTION_REVERSED_FALSE]
    assert [(c.original, c.key) for c in made] == [("more likely", "less likely")]


def test_a_turn_the_sentence_refutes_with_its_own_words_is_not_made():
    # "the Fishing-Ban Agreement permits ...": the agreement's own name gives the False away.
    lesson = "The Fishing-Ban Agreement forbids any trawling inside the bay. Boats may still carry nets."
    assert turned_round("The Fishing-Ban Agreement forbids any trawling inside the bay.", lesson) is None
    assert turned_round("The Harbour Agreement forbids any trawling inside the bay.", lesson) \
        == "The Harbour Agreement permits any trawling inside the bay."
