"""A "he"/"she" or a "the <noun>" lifted out of its paragraph: named from the sentences before, or the stem is
not asked."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.candidate import Candidate
from lessontext.questions.course import build_course
from lessontext.questions.families.true_statement import true_statements
from lessontext.questions.referents import (
    ambiguous_description,
    joined_title,
    name_description,
    name_descriptions,
    named_in_context,
    opening_name,
    resolve_person,
    unnamed_person,
)
from lessontext.questions.types import GlossaryEntry, QuestionType

LUTHER = "Martin Luther, an Augustinian friar and professor of theology, was outraged."


@pytest.mark.parametrize("stem, previous, expected", [
    # test-o: "On 31 October 1517 he sent his _____" (raters: "replace with 'Martin Luther'")
    ("On 31 October 1517 he sent his _____ to the archbishop.", LUTHER,
     "On 31 October 1517 Martin Luther sent his _____ to the archbishop."),
    ("She published the _____ in 1859.", "Mary Anning, a fossil collector, found the first skeleton.",
     "Mary Anning published the _____ in 1859."),
    # no name opens the sentence before: nothing to resolve to
    ("He sent his _____ to the archbishop.", "The Church sold indulgences across Europe.", None),
    ("He sent his _____ to the archbishop.", None, None),
    # a name before the pronoun in the stem is its referent; no pronoun, nothing to do
    ("When Darwin returned, he wrote the _____.", None, "When Darwin returned, he wrote the _____."),
    ("The _____ shows how far sales can fall.", None, "The _____ shows how far sales can fall."),
    # "the", "then", "shed" are no pronoun
    ("Then the _____ shed its leaves.", None, "Then the _____ shed its leaves."),
])
def test_resolve_person(stem, previous, expected):
    assert resolve_person(stem, previous, "") == expected


@pytest.mark.parametrize("sentence, lesson_text, expected", [
    (LUTHER, "", "Martin Luther"),
    ("In Germany, printed copies spread quickly.", "", None),  # a phrase, not a name
    ("Luther was outraged.", "a letter from Luther arrived", "Luther"),
    ("Printing was cheap.", "", None),  # one capital that only opens the sentence
])
def test_opening_name(sentence, lesson_text, expected):
    assert opening_name(sentence, lesson_text) == expected


def test_a_month_is_no_name_before_the_pronoun():
    assert unnamed_person("On 31 October 1517 he sent his _____.") is not None


def test_given_the_lessons_people_only_a_persons_name_accounts_for_the_pronoun():
    stem = "After the Treaty of Lindholm in 1678 he annexed towns along the border."
    assert unnamed_person(stem) is None  # any capitalised word might be its referent
    assert unnamed_person(stem, ["Erik Vasa"]) is not None  # a treaty is no "he"
    assert unnamed_person("After 1678 Vasa said he would annex towns.", ["Erik Vasa"]) is None
    assert resolve_person(stem, "Erik Vasa wanted safer borders.", "", ["Erik Vasa"]) == (
        "After the Treaty of Lindholm in 1678 Erik Vasa annexed towns along the border.")
    # the name the sentence before opens on is already in the stem, if not as a person's
    assert resolve_person("Vasa was feared: he had annexed towns.", "King Erik Vasa ruled.", "", ["Anna Berg"]) == (
        "Vasa was feared: he had annexed towns.")


def test_a_pronoun_after_a_sentence_naming_two_people_is_not_resolved():
    people = ["Edward Kelley", "John Dee"]
    previous = "Dee sought conversations with angels, with Kelley as his scryer; Kelley, increasingly, sought gold."
    stem = "He claimed successful projections and was rewarded with estates."
    text = "Edward Kelley came to Prague with the mathematician John Dee. " + previous
    # which of the two? (both raters on test-dz: the stem said Dee, the text meant Kelley)
    assert resolve_person(stem, previous, text, people) is None
    assert resolve_person(stem, previous, text, others=people) is None
    assert resolve_person(stem, "Dee sought conversations with angels.", text, people) == (
        "Dee claimed successful projections and was rewarded with estates.")


# A "the <noun>" that a sentence lifted out of its paragraph leans on, named as the lesson named it just before.
HARBOUR = "In 1985 the two navies signed the Lighthouse Harbour Agreement, which set rules for close passes."


@pytest.mark.parametrize("sentence, earlier, expected", [
    # the one earlier name with that head noun, in either case of the head
    ("The agreement ended the rivalry over the bay.", [HARBOUR],
     "The Lighthouse Harbour Agreement ended the rivalry over the bay."),
    ("Many ports joined the programme in 1999.", ["Ruritania launched the Open Quays programme in 1994."],
     "Many ports joined the Open Quays programme in 1999."),
    ("Critics said the centre's reports came late.", ["Zenda hosts the Northern Tide Centre of Excellence."],
     "Critics said the Northern Tide Centre of Excellence's reports came late."),
    # a name's tail after the head ("Centre of Excellence") stays with it
    ("The centre trains pilots.", ["Zenda hosts the Northern Tide Centre of Excellence, founded in 2001."],
     "The Northern Tide Centre of Excellence trains pilots."),
    # a name that runs on past the head is another name ("Second World War" has no head "world")
    ("Trade grew across the world after 1950.", ["After the Second World War ended, tariffs fell."],
     "Trade grew across the world after 1950."),
    # two different names: not guessed
    ("The treaty was ratified in 1990.", ["The Lagoon Treaty and the Reef Treaty were both signed in 1988."],
     "The treaty was ratified in 1990."),
    # the noun only modifies another ("the harbour authorities"); no name before ("the body" is generic)
    ("The harbour authorities went on strike.", ["Boats left the Grand Harbour at dawn."],
     "The harbour authorities went on strike."),
    ("The body absorbs water.", ["Water enters the body through the gut."], "The body absorbs water."),
    # the sentence's first capital alone is no name ("Prepare the meat", "Exchange rates")
    ("Season the meat well.", ["Prepare the meat before you start."], "Season the meat well."),
    ("The rates change daily.", ["Exchange rates are set by markets."], "The rates change daily."),
    # a lower-case head after a name's tail only ("the panel on Ruritania") is no name of the panel
    ("The panel reported in 2019.", ["The panel on Ruritania, set up in 2011, met twice."], "The panel reported in 2019."),
    # the sentence names it already
    ("The Lighthouse Harbour Agreement set rules, and the agreement still holds.", [HARBOUR],
     "The Lighthouse Harbour Agreement set rules, and the agreement still holds."),
    # another number is perhaps another thing ("the force" after "Peace Forces")
    ("The force was small.", ["Ruritania sent its Peace Forces abroad."], "The force was small."),
    # "organisation" and "Organization" are one noun
    ("The organisation met in Zenda.", ["Ruritania joined the Tidewater Organization in 1990."],
     "The Tidewater Organization met in Zenda."),
])
def test_name_description(sentence, earlier, expected):
    assert name_description(sentence, earlier) == expected


@pytest.mark.parametrize("sentence, earlier, expected", [
    ("The treaty was ratified in 1990.", ["The Lagoon Treaty and the Reef Treaty were both signed in 1988."],
     "The treaty"),
    ("The treaty was ratified in 1990.", ["The Lagoon Treaty was signed in 1988."], None),  # one name: named
    ("The treaty was ratified in 1990.", ["Several treaties were signed in 1988."], None),  # no name at all
    # "the Grand Harbour" and "the harbours of Zenda": another number, one name left
    ("The harbour froze.", ["The Grand Harbour and the Zenda Harbours opened."], None),
])
def test_ambiguous_description(sentence, earlier, expected):
    assert ambiguous_description(sentence, earlier) == expected


PORTS = """# Harbour Cooperation

## Rules at sea

In 1985 the two navies signed the Lighthouse Harbour Agreement, which set rules for close passes between their ships.
The agreement ended the rivalry over the bay in 1986, and the Ruritanian navy cut its patrols by half.
"""


def test_a_true_statement_names_the_agreement_the_sentence_before_named():
    course = build_course(parse_document(PORTS), glossary=(), others=())
    found = [name_descriptions(c, course) for c in true_statements(course.lesson, course, random.Random(0))]
    statements = [c.statement for c in found if c is not None]
    assert any(s.startswith("The Lighthouse Harbour Agreement ended the rivalry") for s in statements)
    assert not any(s.startswith("The agreement ended") for s in statements)


def _true_false(course, sentence):
    return Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=f"True or false? According to the text, "
                     f"{sentence[:1].lower()}{sentence[1:]}", statement=sentence, source_anchor="rules-at-sea",
                     source_sentence=sentence, explanation="", base=0.5, truth=True)


TWO_TREATIES = """# Reef Protection

## Rules

In 1988 Ruritania signed the Lagoon Treaty and the Reef Treaty with its neighbours.
The treaty was ratified by the parliament in Zenda in 1990 after a long debate.
"""


@pytest.mark.parametrize("document, sentence, glossary, expected", [
    # one earlier name: written in the stem and the statement
    (PORTS, "The agreement ended the rivalry over the bay in 1986, and the Ruritanian navy cut its patrols by half.",
     (), "The Lighthouse Harbour Agreement ended the rivalry over the bay in 1986, and the Ruritanian navy cut its "
         "patrols by half."),
    # a glossary term, often another item's key: not written, and the lifted sentence leans on the one before
    (PORTS, "The agreement ended the rivalry over the bay in 1986, and the Ruritanian navy cut its patrols by half.",
     (GlossaryEntry("Lighthouse Harbour Agreement", "A treaty on close passes at sea", "defined"),), None),
    # two treaties named before: which one is not for the stem to guess
    (TWO_TREATIES, "The treaty was ratified by the parliament in Zenda in 1990 after a long debate.", (), None),
])
def test_name_descriptions(document, sentence, glossary, expected):
    course = build_course(parse_document(document), glossary=glossary, others=())
    named = name_descriptions(_true_false(course, sentence), course)
    assert (named and named.statement) == expected
    if named:
        assert named.stem.endswith(expected[:1].lower() + expected[1:])


@pytest.mark.parametrize("sentence, expected", [
    ("The Kestrel-2 is a small survey drone with a folding wing.", "the Kestrel-2"),
    ("UNESCO lists the site as a World Heritage Site.", "UNESCO"),
    ("Ruritania declared independence in 1919.", "Ruritania"),  # no English word: a name
    ("Grand Fenwick has a parliament of nine members.", "Grand Fenwick"),
    ("Scientists found the gene in 1990.", None),  # a capital that only opens the sentence
    ("The Normans crossed the Channel in 1066.", None),  # plural: no owner for "its"
    ("The best-known IUCN list is the Red List.", None),  # the subject is no name
    ("In Zenda the council met.", None),
    ("Scotland's lights were the duty of a board.", None),  # test-cw: an owner, "Scotland's's engineer"
])
def test_subject_name(sentence, expected):
    from lessontext.questions.referents import subject_name

    assert subject_name(sentence) == expected


@pytest.mark.parametrize("sentence, earlier, expected", [
    # a fronted phrase owns nothing: "its" is the subject the sentence before opens on
    ("From a cruising height of about 120 metres its camera can map a field in ten minutes.",
     ["The Kestrel-2 is a small survey drone with a folding wing."],
     "From a cruising height of about 120 metres the Kestrel-2's camera can map a field in ten minutes."),
    ("Since 1972 its inspectors have visited every listed site.", ["UNESCO lists the site as a World Heritage Site."],
     "Since 1972 UNESCO's inspectors have visited every listed site."),
    # the sentence before opens on no name: unchanged (and ``leans_on_context`` refuses it)
    ("Under the Second and Third Protocols its inspectors may enter any site.",
     ["The best-known IUCN activity is listing species."],
     "Under the Second and Third Protocols its inspectors may enter any site."),
    # the fronted phrase owns the possessive: unchanged
    ("Within the hive, its queen lays every egg.", ["The Kestrel-2 is a small survey drone."],
     "Within the hive, its queen lays every egg."),
])
def test_a_possessive_with_no_owner_is_named_as_the_sentence_before_opens(sentence, earlier, expected):
    assert name_description(sentence, earlier) == expected


@pytest.mark.parametrize("text, head, expected", [
    ("The survey mapped the Farne Archipelago in the North Sea in 1860.", "archipelago", ("Farne Archipelago",)),
    ("Delegates met at the Council of Elders in Zenda.", "council", ()),  # the head opens the name: none
    ("It ratified the Union for Fair Trade in Europe in 1998.", "union", ()),
    ("The Zenda Chamber of Commerce opened in 1890.", "chamber", ("Zenda Chamber of Commerce",)),
])
def test_a_place_after_in_the_is_no_part_of_the_name(text, head, expected):
    """"the Farne Archipelago in the North Sea" names the archipelago, then says where it is: the stem writes
    the name alone (a name with its place ran past the stem's length on test-ap, and the item kept "the
    archipelago", rated context lost)."""
    from lessontext.questions.referents import names_with_head
    assert names_with_head(text, head) == expected


PORTS_POSSESSIVE = """# Harbour Cooperation

## Rules at sea

In 1985 the two navies signed the Lighthouse Harbour Agreement, which set rules for close passes between their ships.
The agreement's rules ended the rivalry over the bay in 1986.
"""


def test_a_possessive_description_is_named_too():
    """"The agreement's rules": the possessive description is named as the sentence before named it."""
    course = build_course(parse_document(PORTS_POSSESSIVE), glossary=(), others=())
    sentence = "The agreement's rules ended the rivalry over the bay in 1986."
    named = name_descriptions(_true_false(course, sentence), course)
    assert named.statement == "The Lighthouse Harbour Agreement's rules ended the rivalry over the bay in 1986."


# An essay titled by its subject's name, whose paragraphs call it by its head noun.
TITLED = """# The Lantern Canal Convention

## Overview

Historians still read the Lantern Canal Convention as an early model of shared tolls.

## Origins

Merchants of two river towns met at Ostwick in 1788 to share the cost of a canal.
The convention set the tolls at one penny a barrel and named a joint board of six wardens.

## Decline

Railways took most of the freight by 1850, and a second convention was signed with the railway companies in 1852.
The convention was revised in 1860 to lower the tolls again.
"""


@pytest.mark.parametrize("sentence, expected", [
    # the title names the convention the paragraph never names: written in
    ("The convention set the tolls at one penny a barrel and named a joint board of six wardens.",
     "The Lantern Canal Convention set the tolls at one penny a barrel and named a joint board of six wardens."),
    # the paragraph brought in another convention: "the convention" is that one, and stays
    ("The convention was revised in 1860 to lower the tolls again.",
     "The convention was revised in 1860 to lower the tolls again."),
])
def test_the_title_names_the_noun_no_earlier_sentence_names(sentence, expected):
    course = build_course(parse_document(TITLED), glossary=(), others=())
    assert named_in_context(course, sentence) == expected


WRITTEN = "Trawlers kept the Harbour Pact for decades, and farmers paid the Ostwick Drainage Board a levy."


@pytest.mark.parametrize("sentence, earlier, headings, expected", [
    # the section's heading first, then the title
    ("The pact lapsed in 1921.", [], ["The Harbour Pact of 1899", "Fishing in the North Sea"],
     "The Harbour Pact lapsed in 1921."),
    ("The board met twice a year in the hall at Ostwick.", ["Farmers founded it in 1820."], ["Meetings", "The Ostwick Drainage Board"],
     "The Ostwick Drainage Board met twice a year in the hall at Ostwick."),
    # an earlier sentence's name comes first
    ("The pact lapsed in 1921.", ["The Salmon Pact of 1902 closed the river mouths."], ["The Harbour Pact of 1899"],
     "The Salmon Pact lapsed in 1921."),
    # a heading that names nothing of that kind leaves the sentence as it is
    ("The pact lapsed in 1921.", [], ["Why fishing declined"], "The pact lapsed in 1921."),
    # a heading in title case that the text never writes as a name is a topic, not a name
    ("The energy is stored in the raised mass.", [], ["Potential Energy", "Forms of Energy"],
     "The energy is stored in the raised mass."),
    ("The alliance lapsed in 1640.", [], ["The Modern Alliance", "Two Old Friends"], "The alliance lapsed in 1640."),
])
def test_a_heading_names_what_the_paragraph_calls_by_its_noun(sentence, earlier, headings, expected):
    assert name_description(sentence, earlier, headings, WRITTEN) == expected


def test_a_glossary_term_the_title_names_is_still_written_in():
    glossary = (GlossaryEntry("Lantern Canal Convention", "A canal toll agreement of 1788", "defined"),)
    course = build_course(parse_document(TITLED), glossary=glossary, others=())
    sentence = "The convention set the tolls at one penny a barrel and named a joint board of six wardens."
    named = name_descriptions(_true_false(course, sentence), course)
    assert named is not None and named.statement.startswith("The Lantern Canal Convention set the tolls")


@pytest.mark.parametrize("sentence, title, lesson_text, expected", [
    ("Belgium joined in 2003 and Spain in 2005, giving six member states.", "OCCAR", "States that joined OCCAR",
     "Belgium joined OCCAR in 2003 and Spain in 2005, giving six member states."),
    ("Peru and Chile never joined, and Bolivia left in 1999.", "The Andean Grain Pact", "members of the Andean Grain Pact",
     "Peru and Chile never joined the Andean Grain Pact, and Bolivia left in 1999."),
    # a topic in title case is no body one joins
    ("Norway joined in 1960.", "Trade Blocs", "Trade blocs lower tariffs.", None),
    # the sentence says what was joined
    ("Finland joined the association in 1986.", "The Nordic Council", "the Nordic Council met", None),
])
def test_a_joined_with_no_object_takes_the_title_of_a_lesson_about_a_body(sentence, title, lesson_text, expected):
    assert joined_title(sentence, title, lesson_text) == expected


LEAGUE = """# The Salt Road League

## Members

Five inland towns founded the Salt Road League in 1402 to guard the carts on the road to the coast.
Later towns paid a toll to the Salt Road League for the guards.
Brennick joined in 1410 and Aldmoor in 1415, giving seven member towns.
"""


def test_a_true_statement_says_what_was_joined():
    course = build_course(parse_document(LEAGUE), glossary=(), others=())
    found = [name_descriptions(c, course) for c in true_statements(course.lesson, course, random.Random(0))]
    statements = [c.statement for c in found if c is not None]
    assert "Brennick joined the Salt Road League in 1410 and Aldmoor in 1415, giving seven member towns." in statements


def test_a_long_title_is_no_owner():
    headings = ["The Convention on Tolls for the Grain Road"]
    written = "Six states signed the Convention on Tolls for the Grain Road in 1840."
    assert name_description("The convention's board met in 1850.", [], headings, written) == "The convention's board met in 1850."
    assert name_description("The convention lapsed in 1850.", [], headings, written) == \
        "The Convention on Tolls for the Grain Road lapsed in 1850."


def test_a_sentence_far_longer_than_any_stem_is_left_as_it_is():
    # A table row or list run together into one "sentence" has hundreds of "the <noun>": naming each would search
    # the whole run again for every one of them (a 60,000-word lesson spent seconds there), and no stem comes of it.
    course = build_course(parse_document(PORTS), glossary=(), others=())
    sentence = PORTS.splitlines()[-1]
    assert named_in_context(course, sentence).startswith("The Lighthouse Harbour Agreement ended")
    run_on = " ".join([sentence.rstrip(".")] * 10) + "."
    assert named_in_context(course, run_on) == run_on
