"""A swapped name asked as a single choice: the swap family's two partners as its distractors."""
import random

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.entity_choice import listed, second_subject
from lessontext.questions.families import false_statement as fs
from lessontext.questions.rules import ENTITY_CHOICE
from lessontext.questions.types import QuestionType

PROTOCOL = """# The Protocol

## Drafting

Poland proposed extending the ban to bacteriological methods of warfare.
Italy used gas against Ethiopia in 1935 and 1936.
Ethiopia appealed to the League of Nations in vain.
In 1936 the League of Nations condemned Italy but imposed only weak sanctions.
Britain signed the Protocol in 1930 after long talks in London.
"""

ENLARGEMENT = """# The Corps

## Members

France and Germany founded the corps in 1992.
Belgium joined in 1993, Spain in 1994 and Luxembourg in 1996.
Poland later became a framework nation in 2022.
Greece sent officers to the staff.
"""

CONCERT = """# The Crisis

## Morocco

Germany demanded an international conference, and the French foreign minister resigned in June.
Britain backed France firmly at the conference.
Russia stayed neutral and Spain kept out.
"""


def _choices(lesson: str):
    course = build_course(parse_document(lesson), glossary=(), others=())
    rng = random.Random(0)
    return [c for m in course.lesson.mentions for c in fs.false_statement(m, course, rng) if c.rule == ENTITY_CHOICE]


def test_a_name_that_opens_its_sentence_is_asked_by_which_country_with_two_partners_as_distractors():
    choices = {c.key: c for c in _choices(PROTOCOL)}
    poland = choices["Poland"]
    assert poland.type is QuestionType.SINGLE
    assert poland.stem == ("According to the text, which country proposed extending the ban to bacteriological "
                           "methods of warfare?")
    assert len(poland.distractors) == 2 and "Poland" not in poland.distractors
    assert set(poland.distractors) <= {"Italy", "Ethiopia", "Britain"}


def test_a_name_inside_its_sentence_is_asked_as_a_gap_in_the_quoted_sentence():
    gaps = [c for c in _choices(PROTOCOL) if "_____" in c.stem]
    assert gaps
    assert all(c.stem.startswith("Which of the following completes this sentence from the text? “") for c in gaps)


def test_no_member_of_a_list_of_names_and_no_subject_of_one_clause_of_two():
    assert not [c for c in _choices(ENLARGEMENT) if c.source_sentence.startswith(("Belgium", "France"))]
    subjects = [c.stem for c in _choices(CONCERT) if c.stem.startswith("According to the text, which country")]
    assert subjects == ["According to the text, which country backed France firmly at the conference?"]


def test_listed_reads_coordinated_and_gapped_names():
    assert listed("Germany and Poland confirmed their border.", 0, 7)
    text = "Belgium joined in 1993, Spain in 1994 and Luxembourg in 1996."
    assert listed(text, 0, 7)
    assert not listed("Poland proposed extending the ban.", 0, 6)


ALSO = """# The Forum

## Members

Uzbekistan declined to endorse the statements on the new trade route.
India has also declined to endorse the statements on the new trade route.
Russia hosted the summit in 2020.
China proposed the trade route in 2013.
"""


def test_a_name_added_to_a_claim_made_of_another_is_not_asked():
    assert not [c for c in _choices(ALSO) if c.key == "India"]


def test_second_subject_is_a_name_with_a_verb_of_its_own_not_a_coordinated_object():
    assert second_subject(" stayed neutral and Spain kept out.")
    assert not second_subject(" undertook to keep four divisions and the Second Tactical Air Force on the Continent.")


def test_named_in_reads_a_names_distinctive_word_in_another_form():
    from lessontext.questions.entity_choice import named_in

    assert named_in("Saudi Arabia", "When a Saudi-led coalition intervened in Yemen, Oman stayed out.")
    assert named_in("the Ottoman Empire", "Ottoman troops crossed the river.")
    assert not named_in("the United States", "The United Kingdom signed in 1947.")
    assert not named_in("Bahrain", "When a Saudi-led coalition intervened in Yemen, Oman stayed out.")


GULF = """# The Council

## Yemen

When a Saudi-led coalition intervened in Yemen in 2015, Oman stayed out.
Kuwait hosted the summit in 2017.
Bahrain sent aircraft to the coalition.
Qatar was expelled from the coalition later.
Saudi Arabia led the air campaign.
"""


def test_a_partner_the_sentence_names_in_another_form_is_no_distractor():
    oman = [c for c in _choices(GULF) if c.key == "Oman"]
    assert all("Saudi Arabia" not in c.distractors for c in oman)


WAR = """# The Treaty

## Terms

""" + "\n".join(f"Russia {verb} in {year}." for verb, year in (
    ("signed the treaty", 1918), ("lost its western lands", 1918), ("left the war", 1918), ("recognised Finland", 1918),
    ("paid an indemnity", 1918), ("rebuilt its army", 1919), ("fought a civil war", 1919), ("annulled the treaty", 1918),
)) + "\nGermany imposed the terms in 1918.\nUkraine made a separate peace in 1918.\nFinland declared independence in 1917.\n" \
    "Austria joined the talks in 1917.\nTurkey sent a delegation in 1917.\n"


def test_the_name_the_whole_lesson_is_about_is_no_key():
    assert not [c for c in _choices(WAR) if c.key == "Russia"]


THINKERS = """# Hannah Arendt and the Trial

## The report

Hannah Arendt was born in 1906 into a secular Jewish family and grew up in Königsberg.
Gershom Scholem wrote to Arendt in 1963 to protest against the tone of her report.
Gideon Hausner led the prosecution at the trial in Jerusalem.
Karl Jaspers had supervised her doctoral thesis in Heidelberg.
"""


def test_the_person_the_title_names_is_no_key():
    keys = {c.key for c in _choices(THINKERS)}
    assert "Hannah Arendt" not in keys  # both raters on test-dy: "the key is the lesson's title"
    assert keys & {"Gershom Scholem", "Gideon Hausner", "Karl Jaspers"}  # the others are asked
