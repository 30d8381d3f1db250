"""answerforms: the forms of a fill-in key the lesson itself uses (raters on test-m and dev: format)."""

import random

import pytest

from lessontext.answers import answer_matches
from lessontext.document import parse_document
from lessontext.questions.answerforms import (
    body_initials,
    building_forms,
    capitals_of,
    contrasted_modifier,
    coordinated_orders,
    figure_dropped,
    initials,
    lesson_acronym,
    other_spellings,
    owner_dropped,
    surname_alone,
    tail_named,
)
from lessontext.questions.course import build_course
from lessontext.questions.families.fill_blank import fill_blank
from lessontext.questions.types import GlossaryEntry


@pytest.mark.parametrize(("name", "expected"), [
    ("International Committee of the Red Cross", "ICRC"),
    ("North Atlantic Treaty Organization", "NATO"),
    ("Traffic Light Protocol", "TLP"),
    ("gross domestic product", "GDP"),
])
def test_initials(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    ("International Committee of the Red Cross", "ICRC research has suggested that rules are not enough.", ["ICRC"]),
    ("gross domestic product", "In 2020 GDP fell in most countries.", ["GDP"]),
    ("National Action Plans", "Most states have adopted NAPs since 2005.", ["NAP"]),
    # No acronym the lesson does not write: a guessed one could be another body's.
    ("International Committee of the Red Cross", "The committee visits prisoners of war.", []),
    ("Cross", "ICRC visits prisoners.", []),  # one word has no acronym
    ("International Committee of the Red Cross", "MICRC and ICRCX are no words of the lesson.", []),
])
def test_lesson_acronym(key, lesson, expected):
    assert lesson_acronym(key, lesson) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    ("UN Security Council", "The council met in New York.", ["Security Council"]),
    ("UN Security Council", "The United Nations was founded in 1945.", ["Security Council", "United Nations Security Council"]),
    ("EU Civil Protection Mechanism", "", ["Civil Protection Mechanism"]),
    ("US Navy", "", []),  # one word left is no name of its own
    ("Security Council", "", []),  # no owner's acronym to drop
    ("UN peacekeeping mission", "", []),  # not a name: "peacekeeping mission" is any mission
])
def test_owner_dropped(key, lesson, expected):
    assert owner_dropped(key, lesson) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("Baltic Sea and the North Sea", {"North Sea and the Baltic Sea", "North Sea and Baltic Sea", "Baltic Sea and North Sea"}),
    ("Baltic Sea and North Sea", {"North Sea and Baltic Sea"}),
    ("Climate Change and Security Centre of Excellence", set()),  # one name with "and" in it
    ("Truman Doctrine", set()),
])
def test_coordinated_orders(key, expected):
    assert set(coordinated_orders(key)) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    ("joint activity", "A large exercise is usually both joint and combined.", ["joint"]),
    ("combined activity", "A large exercise is usually both joint and combined.", ["combined"]),
    ("joint activity", "A joint activity involves two services.", []),  # the lesson never writes "joint" alone
    ("police action", "It called for police or soldiers.", []),  # a noun modifier names no kind alone
    ("small bowel", "Food passes through the small and large bowels.", []),  # a size names no kind alone
    ("large bowel", "Food passes through the small and large bowels.", []),
    ("Joint activity", "A large exercise is usually both joint and combined.", ["joint"]),  # opens its sentence
    ("ring network", "It covers four layouts: bus, star, ring and mesh.", ["ring"]),  # listed beside its siblings
    ("ring network", "Data travels around the ring, and a bus carries it.", []),  # not listed as a kind
    ("lossy codec", "A video call can be lossy, an archive lossless.", ["lossy"]),  # unknown to the lemmatiser
])
def test_contrasted_modifier(key, lesson, expected):
    terms = frozenset({"joint activity", "combined activity", "police action", "military action", "small bowel",
                       "large bowel", "ring network", "bus network", "lossy codec", "video codec"})
    assert contrasted_modifier(key, terms, lesson) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    # test-cp: outside a kind's slot, only a modifier the lesson lists alone beside a sibling's names the kind
    ("tertiary sector", "Every job fits into one sector: primary, secondary, tertiary or quaternary.", ["tertiary"]),
    ("tertiary sector", "The tertiary sector employs most people; tertiary workers serve.", []),
])
def test_contrasted_modifier_listed_only(key, lesson, expected):
    terms = frozenset({"primary sector", "secondary sector", "tertiary sector"})
    assert contrasted_modifier(key, terms, lesson, listed_only=True) == expected


def test_no_modifier_alone_without_a_contrasted_term():
    assert contrasted_modifier("joint activity", frozenset({"joint activity"}), "both joint and combined") == []


TRAINING = """# Training in the Law of Armed Conflict

## Partners

The International Committee of the Red Cross engages with armed forces across the world, helping them to integrate humanitarian law into their orders.

ICRC research has suggested that knowing the rules is not enough; they must be built into orders by commanders.
"""


def test_a_fill_in_accepts_the_lessons_own_acronym_of_its_key():
    terms = (GlossaryEntry("International Committee of the Red Cross",
                           "A humanitarian organisation that helps armed forces integrate humanitarian law", "organisation"),)
    course = build_course(parse_document(TRAINING), glossary=terms, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert items
    assert all(answer_matches("ICRC", c.answers) for c in items)
    assert not any(answer_matches("IRC", c.answers) for c in items)


def test_capitals_of_reads_the_lesson_once_into_a_set():
    assert capitals_of("ICRC research and NAPs, not Nato or A.") == frozenset({"ICRC", "NAPs"})


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    # test-o: "only 'Martin Luther' is accepted, not 'Luther'"; the lesson writes the family name alone
    ("Martin Luther", "Printed copies of Luther's theses spread, and Luther was summoned.", ["Luther"]),
    ("Ivan Pavlov", "In his experiments, Pavlov rang a bell.", ["Pavlov"]),
    ("Martin Luther", "Martin Luther was outraged.", []),  # never written alone
    ("Truman Doctrine", "In 1947 the Doctrine was announced.", []),  # a thing's head noun
    ("Ancien Régime", "Under the Régime, nobles paid little tax.", []),
    ("Arctic Council", "Members of the Council meet every two years.", []),
    ("Ninety-Five Theses", "He nailed the Theses to the door.", []),
])
def test_surname_alone(key, lesson, expected):
    assert surname_alone(key, lesson) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("conscription law of 1873", ["conscription law"]),  # test-n: "conscription law" was marked wrong
    ("Vienna Document of 2011", ["Vienna Document"]),
    ("Treaty of 1648", []),  # one word left: no name a reader types
    ("acceleration of 3 m/s²", []),
    ("Peace of Westphalia", []),  # no figure
])
def test_figure_dropped(key, expected):
    assert figure_dropped(key) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    # test-bm and test-an: "radon" and "Peace Mission" were marked wrong.
    ("Radon-222", "Radon-222, a gas that seeps out of rocks, has a half-life of 3.8 days.", ["Radon"]),
    ("Peace Mission 2007", "Peace Mission 2007 was held in Russia.", ["Peace Mission"]),
    ("Peace Mission 2007", "The Peace Mission series began in 2005. Peace Mission 2007 was held in Russia.",
     []),  # the bare name names the series, and another sentence shows it
    ("Carbon-14", "Carbon-14 decays; carbon-12 is stable.", []),  # the number tells which one
    ("Peace Mission 2007", "Peace Mission 2005 came first; Peace Mission 2007 was larger.", []),
    ("STANAG 6001", "STANAG 6001 describes levels of language proficiency.", []),  # an acronym's number
    ("An-124", "An-124 aircraft carried the cargo.", []),  # a two-letter name
    ("Apollo 11", "Apollo 11 landed on the Moon.", []),  # no year: a name's own number
])
def test_number_dropped(key, lesson, expected):
    from lessontext.questions.answerforms import number_dropped

    assert number_dropped(key, lesson) == expected


# test-e and test-m: "the Terror", "the Red Cross", the lesson's own short names, were marked wrong.
TAILS = ("By 1795 the Terror had ended. Aid came from the United Nations and the Red Cross. "
         "Ships crossed the Malacca Straits Patrols area. The Treaty of Paris ended the war. "
         "Fans cheered the England team.")


@pytest.mark.parametrize(("key", "expected"), [
    ("Reign of Terror", ["Terror"]),
    ("International Committee of the Red Cross", ["Red Cross"]),
    ("Strait of Malacca", []),  # "Malacca" only opens a longer name
    ("Treaty of Paris", []),  # never "the Paris"
    ("Bank of England", []),  # "the England team": a word of another name
    ("reign of terror", []),  # no name
])
def test_tail_named(key, expected):
    assert tail_named(key, TAILS) == expected


@pytest.mark.parametrize(("key", "lesson", "expected"), [
    ("International Institute for Peace Research", "The institute publishes a yearbook.", ["IIPR"]),
    ("Regional Water Management Agency", "", ["RWMA"]),
    ("Organisation for the Protection of Migratory Birds", "", ["OPMB"]),
    ("Commission on Coastal Fisheries", "", ["CCF"]),
    # Not a body: a programme's, a treaty's or a cell's short name follows no rule ("PESCO", "CEXC").
    ("Permanent Joint Cooperation", "", []),
    ("Treaty on Deep Seabed Mining", "", []),
    ("Combined Forensic Analysis Cell", "", []),
    ("Water Management Agency", "The WMA met in May.", []),  # the lesson writes it: lesson_acronym's
    ("Regional Agency", "", []),  # two words: too short for initials to name it
    ("UN Water Management Agency", "", []),  # an owner's acronym already in the name
    ("Cross-Border Policing Agency", "", []),  # a hyphenated word: no telling its letters
    ("Central Aviation Bureau", "", []),  # "CAB" is an English word
])
def test_body_initials(key, lesson, expected):
    assert body_initials(key, lesson) == expected


@pytest.mark.parametrize(("answers", "expected"), [
    (["Regional Water Management Agency"], ["RWMA"]),
    (["Regional Water Management Agency", "REWAMA"], []),  # the lesson's own short name: none guessed beside it
])
def test_body_initials_defer_to_a_written_short_name(answers, expected):
    assert body_initials("Regional Water Management Agency", "", answers) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("clinker building", ["clinker-built", "clinker"]),
    ("Clinker building", ["clinker-built", "clinker"]),  # a capital that opens the sentence
    ("carvel-built", ["carvel building", "carvel"]),
    ("ship building", []),  # what is built, not how: "ship-built" is no word
    ("capacity building", []),
    ("green building", []),  # an adjective says how it looks
    ("clinker", []),
    ("clinker boats", []),
])
def test_building_forms(key, expected):
    assert building_forms(key) == expected


INSTITUTES = """# Research on Peace

## Who counts

The International Institute for Peace Research in Oslo publishes an annual count of armed conflicts around the world.

Its figures are widely quoted by governments and journalists.
"""


def test_a_fill_in_accepts_the_initials_of_a_bodys_name():
    terms = (GlossaryEntry("International Institute for Peace Research",
                           "A research body that publishes an annual count of armed conflicts", "organisation"),)
    course = build_course(parse_document(INSTITUTES), glossary=terms, others=[])
    items = [c for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert items
    assert all("IIPR" in c.answers and answer_matches("I.I.P.R.", c.answers) for c in items)


@pytest.mark.parametrize(("key", "text", "forms"), [
    ("Northern Shield", "The exercise Northern Shield 2019 tested ferries. Northern Shield is held every year.",
     ["Northern Shield 2019"]),
    ("Mk-4", "The navy bought the Mk-4 Vantor in 1990. The Mk-4 carried two crew.", ["Mk-4 Vantor"]),
    # A common word after the name starts another name; a third capitalised word, a longer one.
    ("NATO", "The NATO Support Agency buys fuel for NATO forces.", []),
    ("Mk-4", "The Mk-4 Vantor Trainer flew in 1990.", []),
    # A body's name with its seat after "of" (test-ed, both raters: widen to "Zoological Society of London").
    ("Zoological Society", "The animals went to the Zoological Society of London. The Zoological Society was founded "
     "in 1826.", ["Zoological Society of London"]),
    ("Zoological Society", "The Zoological Society of the city met.", []),
])
def test_written_longer(key, text, forms):
    from lessontext.questions.answerforms import written_longer

    assert written_longer(key, text) == forms


@pytest.mark.parametrize(("key", "expected"), [
    ("Forty weather stations", ["weather stations"]),  # the count says how many, the rest names the thing
    ("twenty-one member states", ["member states"]),
    ("12 survey ships", ["survey ships"]),
    ("three states", []),  # one word left: no bare head is listed
    ("Seven Years War", []),  # the count is part of a name
    ("Many small farms", []),  # no count
])
def test_count_dropped(key, expected):
    from lessontext.questions.answerforms import count_dropped

    assert count_dropped(key) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("Operation Lighthouse", ["Lighthouse"]),
    ("Exercise Northern Shield", ["Northern Shield"]),
    ("Project Bluebird", ["Bluebird"]),
    ("Operation EU Harbour", []),  # an acronym after the label: no plain name
    ("Operations room", []),  # no label
    ("Mission", []),
])
def test_label_dropped(key, expected):
    from lessontext.questions.answerforms import label_dropped

    assert label_dropped(key) == expected


@pytest.mark.parametrize(("key", "text", "forms"), [
    # The name spelled out before the acronym in brackets, its initials running through the acronym's letters.
    ("PESCO", "Permanent Structured Cooperation (PESCO) was set up in 2017. PESCO is a framework.",
     ["Permanent Structured Cooperation"]),
    # Elsewhere, a name whose initials are the acronym exactly ("The" left out).
    ("ICAR", "The forum is the International Commission for Alpine Rescue, known as ICAR.",
     ["International Commission for Alpine Rescue"]),
    # A heading or a line before the name does not run into it.
    ("PESCO", "## EI2, PESCO and NATO\nPermanent Structured Cooperation (PESCO) began in 2017.",
     ["Permanent Structured Cooperation"]),
    # No name the lesson spells out, or one whose letters do not match.
    ("INF", "The Intermediate-Range Nuclear Forces Treaty of 1987 ended a class of missiles.", []),
    ("NATO", "The Warsaw Pact (NATO) opposed it.", []),
    # A name in small letters just before its acronym, after "or" or in brackets, when its initials are the acronym.
    ("PHEIC", "- **The public health emergency of international concern**, or PHEIC, an extraordinary event.",
     ["public health emergency of international concern"]),
    ("GDP", "Growth is measured as gross domestic product (GDP) each year.", ["gross domestic product"]),
    ("GDP", "Growth is measured as the output of goods (GDP) each year.", []),
])
def test_acronym_spelled_out(key, text, forms):
    from lessontext.questions.answerforms import acronym_spelled_out

    assert acronym_spelled_out(key, text) == forms


@pytest.mark.parametrize(("key", "text", "forms"), [
    ("Sir Ludwig Guttmann", "Sir Ludwig Guttmann ran a unit at Stoke Mandeville.", ["Ludwig Guttmann"]),
    ("Dr Ana Silva", "Dr Ana Silva studies whales, and colleagues cite Silva often.", ["Ana Silva", "Silva"]),
    ("Sir Galahad", "Sir Galahad found the Grail.", []),  # one name after the title: the title is part of it
    ("Lord Kitchener", "Lord Kitchener succeeded Roberts.", []),  # a peer's title names him
])
def test_honorific_dropped(key, text, forms):
    from lessontext.questions.answerforms import honorific_dropped

    assert honorific_dropped(key, text) == forms


@pytest.mark.parametrize(("key", "people", "forms"), [
    ("Count Nikolay Ignatyev", (), ["Nikolay Ignatyev", "Ignatyev"]),  # test-bj: "widen to 'Ignatyev'"
    ("Yigal Amir", ("Yitzhak Rabin", "Yigal Amir"), ["Amir"]),  # test-bj: "widen to 'Amir'"
    ("Sir Ludwig Guttmann", (), ["Ludwig Guttmann", "Guttmann"]),
    ("John Adams", ("Samuel Adams",), []),  # "Adams" would name two people of the lesson
    ("Otto von Bismarck", (), ["von Bismarck", "Bismarck"]),
    ("Charles de Gaulle", (), ["de Gaulle"]),
    ("Louis XIV", (), []),  # a regnal number is no family name
    ("Edward the Confessor", (), []),  # an epithet: no family name to cut
    ("British North America", (), []),  # test-ay: a place read as a person; "America" is no family name
])
def test_person_forms(key, people, forms):
    from lessontext.questions.answerforms import person_forms

    assert person_forms(key, people) == forms


@pytest.mark.parametrize(("key", "expected"), [
    ("International Ice Patrol", ["Ice Patrol"]),  # test-by: "'Ice Patrol' should count too"
    ("National Weather Service", ["Weather Service"]),
    ("International Court of Justice", ["Court of Justice"]),
    ("Royal Navy", []),  # one word left names the kind, not the body
    ("International EU Office", []),  # an acronym left
    ("Baltic Ice Patrol", []),  # no scope word
])
def test_scope_dropped(key, expected):
    from lessontext.questions.answerforms import scope_dropped

    assert scope_dropped(key) == expected


def test_scope_dropped_keeps_a_name_another_body_shares():
    from lessontext.questions.answerforms import scope_dropped

    text = "The International Atomic Energy Agency and the Arab Atomic Energy Agency both inspect reactors."
    assert scope_dropped("International Atomic Energy Agency", text) == []
    assert scope_dropped("International Ice Patrol", "The International Ice Patrol tracks icebergs.") == ["Ice Patrol"]


@pytest.mark.parametrize(("key", "expected"), [
    ("Article X", ["Article 10"]),
    ("Chapter XIV", ["Chapter 14"]),
    ("Part IV", ["Part 4"]),
    ("Henry VIII", []),  # a ruler's numeral
    ("Article 5", []),  # already in Arabic figures
])
def test_roman_numbered(key, expected):
    from lessontext.questions.answerforms import roman_numbered

    assert roman_numbered(key) == expected


@pytest.mark.parametrize(("key", "expected"), [
    ("gutta-percha", ["gutta percha"]),  # test-ck: "also accept 'gutta percha'"
    ("Charles's law", ["Charles' law", "Charles law"]),  # test-cj: "add Charles' law and Charles law"
    ("Charles' law", ["Charles's law", "Charles law"]),
    ("Hooke's law", []),  # one spelling in English
    ("P-8", []),  # a figure's hyphen is part of the name
    ("sit-in", []),  # apart, a verb and its particle (test-cj: the item was lost to the everyday-answer check)
    ("Hardy–Weinberg equilibrium", ["Hardy-Weinberg equilibrium"]),  # test-do, both raters: only the en dash listed
])
def test_other_spellings(key, expected):
    assert other_spellings(key) == expected
    assert all(answer_matches(form, [key]) for form in expected)  # grading already forgave them
