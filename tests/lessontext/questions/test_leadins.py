"""A source sentence that only introduces a list is never quoted bare."""

import random

from lessontext.document import parse_document
from lessontext.questions.candidate import Candidate
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.leadins import complete_lead_in, is_lead_in, lead_in_lists
from lessontext.questions.rubric import evaluate
from lessontext.questions.types import QuestionType

ENERGY = """# Renewable Energy

## Sources

Renewable energy comes from sources that are naturally replenished. Smaller sources also exist. Some of these include:

- tidal barrages on estuaries
- wave farms off exposed coasts
- biomass plants burning wood pellets

## Bodies

The Treaty of Rome set up several bodies that still shape the Union today, including:

- the European Commission, which proposes new laws;
- the Council of Ministers, which adopts laws with the Parliament;
- the Court of Justice, which interprets the treaties.
"""


def _candidate(source: str, key: str = "") -> Candidate:
    return Candidate(
        type=QuestionType.SINGLE, rule="x", stem="Which of these?", source_anchor="a", source_sentence=source,
        explanation=f"According to the text: “{source}”", base=0.5, key=key, correct=(key,) if key else (),
    )


def test_lead_in_sentences_are_recognised():
    assert is_lead_in("Some of these include:")
    assert is_lead_in("The main types are:")
    assert is_lead_in("These include")
    assert not is_lead_in("Renewable energy comes from sources that are naturally replenished.")


def test_a_bare_lead_in_is_quoted_with_the_item_the_question_is_about():
    lists = lead_in_lists(parse_document(ENERGY))
    c = complete_lead_in(_candidate("Some of these include:", key="wave farms"), lists)
    assert c.source_sentence == "wave farms off exposed coasts"
    assert c.explanation == "According to the text: “Some of these include: … wave farms off exposed coasts”"


def test_a_bare_lead_in_is_otherwise_quoted_with_its_whole_list():
    lists = lead_in_lists(parse_document(ENERGY))
    c = complete_lead_in(_candidate("Some of these include:", key="solar panels"), lists)
    whole = "Some of these include: tidal barrages on estuaries; wave farms off exposed coasts; biomass plants burning wood pellets."
    assert c.source_sentence == whole
    assert c.explanation == f"According to the text: “{whole}”"


def test_a_sentence_that_is_not_a_lead_in_is_left_alone():
    lists = lead_in_lists(parse_document(ENERGY))
    c = _candidate("Smaller sources also exist.")
    assert complete_lead_in(c, lists) == c


def test_no_generated_candidate_quotes_a_bare_lead_in():
    course = build_course(parse_document(ENERGY), glossary=(), others=())
    lead_ins = set(lead_in_lists(course.lesson.document))
    candidates = list(generate(course, random.Random(1)))
    assert candidates
    for c in candidates:
        assert c.source_sentence not in lead_ins
        assert not any(f"“{s}”" in c.explanation for s in lead_ins)
        # The lead-in quoted with its list still counts as the lesson's own words.
        assert "supported_by_source" not in evaluate(c, course)
    rome = [c for c in candidates if "Treaty of Rome" in c.source_sentence]
    assert rome and all("the Court of Justice" in c.explanation for c in rome)
