"""Advice by its side: "Which of these does the text advise you to do?", the other side's advice as distractors.

Reads a lesson that sets its advice out in two lists under headings (or "Label:" lines) that say which advice is
right and which wrong: "Do" / "Don't", "Dos" / "Don'ts", "Good habits" / "Bad habits", "Safe" / "Unsafe", "Correct" /
"Incorrect", "Things to do" / "Things to avoid", each of at least two items.  Which side a piece of advice is on is
given by the lesson's own structure, not read into its words: the key is an item of one list, the distractors are
items of the other, each turned into the same shape ("Don't lie or exaggerate" is offered as "Lie or exaggerate"), so
every option is something a learner might do and only the key is on the side asked.  One item per side.  A
learner must tell good practice from bad, so its level is "understand".  (A myths-and-facts page has its own family,
``myths``; a debate's sides, ``sides``.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.document import ItemList, ListItem

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import length_ok
from ..rules import ADVICE_SIDE
from ..text import ANAPHORIC_OPENERS, has_markdown_residue, words
from ..types import QuestionType
from . import FAMILIES
from .steps import step_text

CONFIDENCE = {ADVICE_SIDE: 0.62}
_DO = re.compile(
    r"^(?:do'?s|do|dos\s+and\s+don'?ts|things\s+to\s+do|good\s+(?:habits?|practices?)|best\s+practices?|safe(?:\s+practices?)?"
    r"|correct(?:\s+(?:use|practice))?|the\s+right\s+way)\s*[:.]?$", re.I)
_DONT = re.compile(
    r"^(?:don'?ts|don'?t|do\s+not|things\s+to\s+avoid|avoid|bad\s+(?:habits?|practices?)|unsafe(?:\s+practices?)?"
    r"|incorrect(?:\s+(?:use|practice))?|the\s+wrong\s+way|common\s+(?:mistakes|errors|pitfalls)\s+to\s+avoid)\s*[:.]?$", re.I)
# The negation a "Don't" item opens with, taken off so that both sides read as things one might do.
_NEGATION = re.compile(r"^(?:don'?t|do\s+not|never|avoid)\s+", re.I)
MIN_ITEMS = 2
MIN_WORDS = 3
MAX_WORDS = 14
MAX_DISTRACTORS = 3


def _side(name: str | None) -> str | None:
    text = (name or "").replace("’", "'").strip().strip("*").strip()
    if _DONT.match(text):
        return "against"
    if _DO.match(text):
        return "for"
    return None


def advice_text(item: ListItem, side: str) -> str | None:
    """An item as an option: its first sentence cut before a second clause, a "Don't" side's negation taken off."""
    sentence = (item.sentences[0] if item.sentences else item.text).replace("’", "'")
    if side == "against":
        if not _NEGATION.match(sentence):
            return None if re.match(r"^(?:do|don'?t)\b", sentence, re.I) else _plain(sentence)
        sentence = _NEGATION.sub("", sentence)
        sentence = sentence[:1].upper() + sentence[1:]
    return _plain(sentence)


def _plain(sentence: str) -> str | None:
    text = step_text(sentence)
    toks = words(text)
    if not MIN_WORDS <= len(toks) <= MAX_WORDS or toks[0].lower() in ANAPHORIC_OPENERS or has_markdown_residue(text):
        return None
    return text


def _sides(lesson: LessonView) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Per side, the section anchor and (option, source sentence) of the first list the lesson sets on it."""
    found: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for section in lesson.document.sections:
        for block in section.blocks:
            if not isinstance(block, ItemList):
                continue
            side = _side(block.label) or _side(section.heading)
            if not side or side in found:
                continue
            items = [(text, item.sentences[0] if item.sentences else item.text)
                     for item in block.items if (text := advice_text(item, side))]
            if len(items) >= MIN_ITEMS:
                found[side] = (section.anchor, items)
    return found


def advice_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    sides = _sides(lesson)
    if set(sides) != {"for", "against"}:
        return
    for side, other in (("for", "against"), ("against", "for")):
        anchor, items = sides[side]
        pool = [text for text, _ in sides[other][1]]
        order = list(items)
        rng.shuffle(order)
        for key, source in order:
            distractors = [d for d in pool if length_ok(d, key, in_words=True)]
            if len(distractors) < 2:
                continue
            stem = ("Which of these does the text advise you to do?" if side == "for"
                    else "Which of these does the text advise against?")
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=ADVICE_SIDE,
                stem=stem,
                key=key,
                correct=(key,),
                distractors=tuple(rng.sample(distractors, min(MAX_DISTRACTORS, len(distractors)))),
                kind="definition",  # options are clauses, told apart by the side the text sets them on
                original=key,
                source_anchor=anchor,
                source_sentence=source,
                explanation=(f"The text advises “{key}”; the other options are among what it advises against."
                             if side == "for" else
                             f"The text advises against “{key}”; the other options are among what it advises."),
                base=CONFIDENCE[ADVICE_SIDE],
                shown=(source,),
                claims=(f"advice:{side}",),
                level="understand",
            )
            break


LAB = """# Working Safely in the Kitchen

## Do

- Wash your hands before touching any food.
- Keep raw meat on the bottom shelf of the fridge.
- Use a separate board for raw meat and vegetables.

## Don't

- Don't leave cooked rice standing in a warm room.
- Don't thaw frozen chicken on the kitchen counter.
- Never wash raw chicken under the tap.
"""

# Labelled lists under one heading, "Good habits:" and "Bad habits:".
HABITS = """# Looking After Your Teeth

## Habits

Good habits:

- Brush twice a day with fluoride toothpaste.
- Clean between your teeth once a day.
- Visit a dentist for a check-up every year.

Bad habits:

- Sipping sugary drinks through the whole day.
- Rinsing your mouth with water straight after brushing.
- Using your teeth to open bottles and packets.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="advice",
    priority=34,
    scope=LESSON,
    build=advice_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(LAB, ADVICE_SIDE, "Which of these does the text advise you to do?"),
        makes(LAB, ADVICE_SIDE, "Which of these does the text advise against?"),
        makes(HABITS, ADVICE_SIDE, "Which of these does the text advise against?"),
        makes_no(LAB.replace("## Don't", "## Shopping")),
    ),
))
