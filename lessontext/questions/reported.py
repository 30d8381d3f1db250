"""What the lesson reports or tells on the side, not what it teaches: no question is built from it.

A list of what someone argued, claimed or believed: its items are their words, not the text's claims.

A lesson on a debate or a campaign sets out each side's case as a list under a line that says whose it is
("Arguments used by opponents:", "Claims made by critics:", "What supporters believed:").  Each item is
a claim the text reports, not one it makes: lifted as "According to the text, most women did not want the
vote", it is asserted in the text's name, and turned round it contradicts its own list ("most women wanted
the vote, a view promoted by the Women's National Anti-Suffrage League": both raters on test-cb, a wrong key
and nonsense).  Such items make no true/false statement, true or false; the list stays readable for the
other families (which side gave an argument: ``families/sides.py``).

A box of trivia beside the lesson ("Did you know?", "Fun fact"), a paragraph or a section under such a
heading, tells an anecdote the lesson does not teach: raters rejected the items built from it on three sets
(test-bo, test-bz, test-cb: 6 of 8 ratings, "trivia from the 'Did you know?' box").  No item of any type
quotes it.
"""

from __future__ import annotations

import re

from lessontext.document import ItemList, Paragraph

from .candidate import Candidate
from .course import CourseView
from .types import QuestionType

__all__ = ["aside_sentences", "from_the_main_text", "reported_sentences"]

# A list's label or lead-in that says its items are someone's case, not the text's own claims.
_REPORTED = re.compile(
    r"\b(?:arguments?|claims?|views?|beliefs?|objections?|criticisms?|complaints?|excuses?|slogans?|opinions?"
    r"|(?:argued|claimed|believed|insisted|complained|feared)\b)",
    re.I,
)


def _item_sentences(items) -> list[str]:
    found: list[str] = []
    for item in items:
        found += [*item.sentences, *_item_sentences(item.children)]
    return found


def reported_sentences(course: CourseView) -> frozenset[str]:
    """The sentences of the lesson's list items whose list is introduced as someone's arguments or claims."""
    def compute() -> frozenset[str]:
        found: list[str] = []
        for section in course.lesson.document.sections:
            for block in section.blocks:
                if isinstance(block, ItemList) and _REPORTED.search(f"{block.label or ''} {block.lead_in or ''}"):
                    found += _item_sentences(block.items)
        return frozenset(found)
    return course.remembered(("reported_sentences",), compute)


# A box's opening words, its own first sentence or its section's heading: "Did you know?", "Fun fact:".
_ASIDE = re.compile(r"^\W*(?:did\s+you\s+know|fun\s+facts?|interesting\s+facts?|trivia)\b", re.I)


def aside_sentences(course: CourseView) -> frozenset[str]:
    """The sentences of the lesson's trivia boxes: a paragraph that opens "Did you know?" or a section so headed."""
    def compute() -> frozenset[str]:
        found: list[str] = []
        for section in course.lesson.document.sections:
            boxed = bool(_ASIDE.match(section.heading or ""))
            for block in section.blocks:
                if boxed or isinstance(block, Paragraph) and _ASIDE.match(block.label or block.text):
                    found += block.sentences if not isinstance(block, ItemList) else _item_sentences(block.items)
        return frozenset(found)
    return course.remembered(("aside_sentences",), compute)


def from_the_main_text(c: Candidate, course: CourseView) -> bool:
    """A question quotes what the lesson teaches: never a trivia box, nor (as a true/false statement) an item of a
    list of someone's arguments."""
    if c.source_sentence in aside_sentences(course):
        return False
    return c.type is not QuestionType.TRUE_FALSE or c.source_sentence not in reported_sentences(course)
