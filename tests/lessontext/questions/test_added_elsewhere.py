"""A swap for a name the text adds to the same claim elsewhere ("both, along with Chile, ...") is half true."""

import random

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.false_statement import added_elsewhere, false_statement

WHALING = """# The Whaling Moratorium

## Signatories

Norway and Iceland, both whaling nations, refused to sign the moratorium at first.
In 1992 they both, along with Japan, returned to the moratorium talks.
Peru signed the moratorium in 1979.
Brazil hosted a conference on fishing in 1985.
"""


def _course():
    return build_course(parse_document(WHALING), glossary=(), others=[])


def test_a_name_added_to_the_claim_in_the_next_sentence_is_no_false_partner():
    course = _course()
    norway = next(m for m in course.lesson.mentions if m.text == "Norway")
    assert added_elsewhere(norway, "Japan", course)  # "they both, along with Japan": Japan did as Norway
    assert not added_elsewhere(norway, "Peru", course)
    assert not added_elsewhere(norway, "Brazil", course)


def test_the_swap_takes_another_partner():
    course = _course()
    stems = [c.stem for m in course.lesson.mentions if m.text == "Norway"
             for c in false_statement(m, course, random.Random(0))]
    assert stems
    assert not any("Japan and Iceland" in s for s in stems)
