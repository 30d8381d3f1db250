"""Incidental positions: where a name, date or number is only mentioned in passing."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.incidental import (
    framing_sentence,
    group_name,
    illustrative,
    in_aside,
    keeps_year_order,
    layout_reference,
    life_date,
    same_title,
    splits_a_name,
    summary_sentence,
)


def _span(sentence, part):
    i = sentence.index(part)
    return sentence, i, i + len(part)


def test_a_date_or_place_in_a_participial_or_relative_aside():
    assert in_aside(*_span("Under the New START Treaty, signed in Prague in 2010, the parties shared data.", "Prague"))
    assert in_aside(*_span("The Protocol, whose model text was approved in 1997, gives broader access.", "1997"))
    assert not in_aside(*_span("Modern law is traced to a case decided by the House of Lords in 1932.", "1932"))


def test_a_name_in_brackets_is_an_aside():
    """test-dv, both raters: "seedlings ... were sent to Ceylon (now Thailand)", a swap in a bracket."""
    sentence = "Seedlings raised there were sent to Ceylon (now Sri Lanka) and Malaya."
    assert in_aside(*_span(sentence, "Sri Lanka"))
    assert not in_aside(*_span(sentence, "Malaya"))
    assert not in_aside(*_span(sentence, "Ceylon"))


def test_examples_and_worked_example_givens_are_illustrative():
    assert illustrative("A defence attaché in Nairobi, for example, might cover other countries.")
    assert illustrative("Suppose 25.0 mL of solution is neutralised by 20.0 mL of acid.")
    assert illustrative("Amira deposits £2,000 for 3 years.", anchor="worked-example-simple-interest")
    assert not illustrative("Git was created by Linus Torvalds to manage the Linux kernel.")


def test_part_of_a_longer_name_or_a_glued_symbol():
    assert splits_a_name(*_span("The Incidents at Sea Agreement (INCSEA) set rules.", "Sea Agreement"))
    assert splits_a_name(*_span("She drank ginger beer in Paisley, Scotland.", "Scotland"))
    assert splits_a_name(*_span("Ions combine: H⁺ + OH⁻ → H₂O.", "OH"))
    assert not splits_a_name(*_span("Git was created by Linus Torvalds to manage the kernel.", "Linus Torvalds"))
    assert not splits_a_name(*_span("The case was decided by the House of Lords in 1932.", "1932"))


def test_sentences_about_the_lesson_itself_are_framing():
    assert framing_sentence("The examples come mainly from the law of England and Wales.")
    assert not framing_sentence("Duties in tort are imposed by law on everyone.")
    # test-ei, both raters: an answer to the question the sentence before asked
    assert framing_sentence("One influential answer comes from the German philosopher Karl Marx (1818–1883).")
    assert not framing_sentence("One reason for the fall was the cost of grain.")


@pytest.mark.parametrize("sentence, points_at", [
    ("Halving 8, 6, 10 gives 4, 3, 5, which is the triangle from Worked example 3.", "Worked example 3"),
    ("An easy way to fill in the third column is to count the tally marks.", "the third column"),
    ("Table 2 lists the boiling points of the four liquids.", "Table 2"),
    ("The chart below shows the rainfall of each month.", "chart below"),
    ("As Example 4 shows, a quarter of 60 is 15.", "Example 4"),
    ("Water freezes at temperatures below 0 °C.", None),
    ("The balloon rose above the clouds in 1783.", None),
    ("The army advanced in three columns towards Leipzig in 1813.", None),
    ("An example of a mammal is the blue whale.", None),
])
def test_a_sentence_that_points_at_the_page_is_a_layout_reference(sentence, points_at):
    assert layout_reference(sentence) == points_at


def test_no_item_leans_on_an_opening_that_points_back():
    import random

    from lessontext.document import parse_document
    from lessontext.questions import generate_quiz

    lesson = """# Logistics

## Support

A **host nation** is a country that supports foreign forces on its territory.
For that reason, NATO doctrine speaks of collective responsibility among the members of the Alliance.
The term appeared in the Treaty of Rome in 1957 and in the Treaty of Paris in 1951.
The Alliance was founded in Washington in 1949 by twelve countries of Europe and North America.
Its headquarters later moved from Paris to Brussels, where the council meets weekly.
"""
    draft = generate_quiz(parse_document(lesson), rng=random.Random(0))
    items = (*draft.questions, *draft.spare)  # a lone true statement waits as a spare for the course to take
    assert items
    stems = [q.stem.lower() for q in items]
    assert not any("for that reason" in s or "the term appeared" in s for s in stems)


def test_a_swapped_year_keeps_its_order_with_the_sentences_other_years():
    sentence = "The exercise began in 1992 between two navies, and a third joined in 2020."
    assert not keeps_year_order(sentence, "2020", "1971")  # joined before it began: impossible, not false
    assert keeps_year_order(sentence, "2020", "2007")
    assert keeps_year_order("The treaty was signed in 1972.", "1972", "1987")


def test_a_person_is_swapped_only_for_one_of_the_same_form_of_address():
    assert not same_title("Mrs Donoghue", "Lord Atkin")
    assert same_title("Lord Atkin", "Lord Denning")
    assert same_title("Martin Luther", "Aldus Manutius")


def test_summing_up_sentences_state_no_fact_to_check():
    assert summary_sentence("In short, exercises build trust between armies.")
    assert summary_sentence("Overall, verification has grown more intrusive.")
    assert not summary_sentence("Short exercises are held every spring.")
    # a question to the reader states nothing (test-bo: "Could the wars have started without ...?" keyed True)
    assert summary_sentence("Could the wars have started without the death of Henry II in 1559?")
    assert not summary_sentence("Historians ask whether the wars could have started without Henry's death.")


SWAPS = """# Law

## Cases

Mrs Donoghue drank ginger beer bought for her by a friend in 1928.
Lord Atkin gave the leading judgment in 1932, setting out the neighbour principle.
A claimant in Leeds, for example, may sue a driver in Manchester.
"""

OTHER = """# History

## Printing

William Caxton set up the first press in England in 1476 near Westminster.
"""


def test_false_statements_swap_only_same_lesson_entities_and_never_to_nonsense():
    course = build_course(parse_document(SWAPS), glossary=(), others=(parse_document(OTHER),))
    falses = [c for c in generate(course, random.Random(3)) if c.rule == "entity_swap_false"]
    statements = " ".join(c.statement for c in falses)
    assert "Caxton" not in statements and "Westminster" not in statements and "1476" not in statements
    assert "Lord Atkin drank" not in statements and "Mrs Donoghue gave" not in statements
    assert not any("for example" in c.statement for c in falses)


def test_a_place_after_a_bodys_head_is_part_of_its_name():
    # "the ... Observer Group in India and Pakistan": swapped, the place renames the body.
    assert splits_a_name(*_span("The Joint Monitoring Group in Chad and Niger followed in 1960.", "Chad"))
    assert splits_a_name(*_span("The Training Mission in Mali began in 2013.", "Mali"))
    # A place after a body that is not a name's head stays swappable.
    assert not splits_a_name(*_span("The plan is used to elect the House of Commons in Canada.", "Canada"))
    assert not splits_a_name(*_span("The office moved to a building in Lima.", "Lima"))


@pytest.mark.parametrize(("name", "group"), [
    ("Wealthy Romans", True),
    ("Ambitious Romans", True),
    ("Geneva Conventions", True),
    ("Mark Antony", False),
    ("Charles Dickens", False),
    ("Henry James", False),
    ("President Richard Nixon", False),
])
def test_a_plural_group_is_no_single_name(name, group):
    assert group_name(name) is group


@pytest.mark.parametrize(("sentence", "theirs", "expected"), [
    # Both raters on test-aw: a president swapped into a year a century from his own.
    ("Richard Nixon in 1868 and Bill Clinton in 1998 were impeached.", ["Nixon resigned in 1974."], True),
    ("In 1972 Nixon signed the treaty.", ["Nixon visited Beijing in 1972."], False),  # the same years
    ("Nixon signed the treaty.", ["Nixon resigned in 1974."], False),  # no year in the sentence
    ("In 1868 Nixon was impeached.", ["Nixon resigned."], False),  # no year for the partner
])
def test_out_of_time(sentence, theirs, expected):
    from lessontext.questions.incidental import out_of_time

    assert out_of_time(sentence, sentence.index("Nixon"), theirs) is expected


@pytest.mark.parametrize(("sentence", "theirs", "expected"), [
    # Both raters on test-eh: a body the text dates to 1653 swapped into 1710.
    ("In 1710 came the Sun Fire Office.", ['Cromwell\'s "Barebone\'s Parliament" of 1653 had been nicknamed.'], True),
    ("In 1710 came the Sun Fire Office.", ["Barebone's Parliament met in Westminster."], False),  # no year of its own
    ("In 1710 came the Sun Fire Office.", ["The 1653 Barebone's Parliament met."], True),
    ("In 1710 came the Sun Fire Office.", ["In 1653 Barebone's Parliament met."], False),  # what it did, and when
    ("In 1710 came the Sun Fire Office.", ["Barebone's Parliament in 1653 ruled that ..."], False),
    ("In 1653 came the Sun Fire Office.", ["Barebone's Parliament (1653) met."], False),  # the same year
    ("Then came the Sun Fire Office.", ["Barebone's Parliament of 1653 met."], False),  # no year in the sentence
])
def test_dated_otherwise(sentence, theirs, expected):
    from lessontext.questions.incidental import dated_otherwise

    assert dated_otherwise(sentence, "Barebone's Parliament", theirs) is expected


@pytest.mark.parametrize(("sentence", "tells"), [
    # Orders to the reader: no fact to check, and a dropped "do not" makes nonsense of them (test-co).
    ("Step inside the cathedral and your eye is drawn upwards at once.", True),
    ("With the area formula, do not forget to square the radius.", True),
    ("Imagine a town with no roads.", True),
    ("Draw a continuous horizontal scale.", True),
    # a symbol as the verb's object (test-ed, a rater: "an instruction, not a statement"); a first-aid order to call a
    # number is the lesson's content, accepted by both raters on test-an
    ("Before substituting, convert ΔS to kJ K⁻¹ mol⁻¹ by dividing by 1000.", True),
    ("Call 999 straight away if the person may have breathed in smoke.", False),
    ("Water boils at 100 °C at sea level.", False),
    # An order that introduces a claim after a colon, a conjunction or an adverb opening a clause: statements.
    ("Remember: a large store is not the same as an active store.", False),
    ("Bonaparte negotiated for France, while the Austrian side was led by a count.", False),
    ("Even the best lock cannot protect a door left open.", False),
    ("China, never a party, also weighed on their thinking.", False),
    # A noun that is also a verb, before its own verb or a phrase: a statement.
    ("Light travels faster than sound.", False),
    ("Light from the Sun takes eight minutes to arrive.", False),
    ("In 1850, the city grew fast.", False),
])
def test_an_instruction_to_the_reader_is_no_statement(sentence, tells):
    from lessontext.questions.incidental import instruction, summary_sentence

    assert instruction(sentence) is tells
    assert summary_sentence(sentence) is tells


@pytest.mark.parametrize(("sentence", "expected"), [
    ("John Napier, the eighth Laird of Merchiston, was born in 1550.", True),
    ("Muybridge died in Kingston in 1904, having lived just long enough to see cinema.", True),
    # the place glossed in an aside (test-dz, both raters: "Quesnay was born in Kirkcaldy ...", trivial)
    ("Adam Smith was born in Kirkcaldy, a small port on the Firth of Forth in Scotland, in 1723.", True),
    # a death that leads somewhere, one with no date, and a thing that dies out are no biography's dates
    ("Robert the Bruce died in June 1329, leaving a child king in Scotland.", False),
    ("Stresemann died in October 1929, and the Great Depression soon destroyed the centre ground.", False),
    ("The old custom died out in 1850.", False),
    ("Newton was born in a small manor house in Lincolnshire.", False),
    # a life's uncertain dates (test-eb, both raters: "an incidental dating detail")
    ("Hero's own dates are uncertain, but his Dioptra mentions a lunar eclipse matched to the one of AD 62.", True),
    ("The origins of the custom are uncertain.", False),
    ("Fox, born in 1815, set up a business in 1842 in an old mill at Stocksbridge, near Sheffield.", True),  # test-ec
    # a birth and the early life after it (test-en, both raters: incidental biography)
    ("Yoshizawa was born in 1911 in Tochigi Prefecture, north of Tokyo, and went to work in a Tokyo factory as a "
     "teenager.", True),
    ("The firm was founded in 1911 and went to court over its patents in 1930.", False),
])
def test_a_birth_or_death_as_the_claim_is_a_biographys_date(sentence, expected):
    assert life_date(sentence) is expected
