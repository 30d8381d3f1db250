"""Steps of a procedure: "According to the text, which step comes straight after “Open the valve”?".

Reads a numbered list of imperative steps (most items open with a verb in its base form: "Open", "Check",
"Add") under a heading that names a procedure ("Steps", "Method", "How to ...") or in a lesson titled "How to ...",
the shape every how-to lesson gives its method in.  Numbered tips ("Key points to remember") have no order to ask.  A procedure's order is what it teaches (a learner who
calls for help before checking for danger, or adds the acid before the water, has not learned it), and the text
states it outright, so "which step comes straight after X" has one key: the next item.  The other options are the
procedure's own steps near it (the one before X, the ones after the key), so each is plausible and wrong.  The
format has no ordering question, so the order is asked one link at a time.

The same order makes a true/false statement keyed False: a later step said to come before an earlier one, two places
apart ("The step “Pour in the boiling water” comes before the step “Warm the pot”.").

A numbered list that notes or warnings interrupt ("1. ...", a "Warning:" line, "2. ...") is read as one: the
numbering goes on across the interruption.  Each step is shown by its first sentence, cut before an example list
(", such as ...") or a second clause; a step still longer than ``MAX_STEP_WORDS`` is not shown.  One item per
procedure (``claims``), only between two actions (a condition, "If the person becomes unresponsive", or a time,
"Afterwards", set among the steps is not one, nor an option), and only where the key shares no word with the step asked about (the stem would cue it)
and the options are of like length.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.document import ItemList
from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import length_ok
from ..phrasing import true_false_stem
from ..rules import STEP_AFTER, STEP_ORDER_FALSE
from ..text import content_words, words
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {STEP_AFTER: 0.6, STEP_ORDER_FALSE: 0.58}
# Two steps this many places apart, the later said to come first: far enough that the order is no coin toss.
ORDER_GAP = 2
MIN_STEPS = 4
# At least this share of the steps open with a verb in its base form.
IMPERATIVE_SHARE = 0.6
MAX_STEP_WORDS = 8
# A heading that names a procedure ("Steps", "Method", "How to check a contract step by step"), or a title that does
# ("How to Make a Pot of Tea"): not "Key points to remember", whose numbered tips have no order.
_PROCEDURE = re.compile(r"\b(?:steps?|procedure|method|instructions|directions|how\s+to|what\s+to\s+do)\b", re.I)
_CUT = re.compile(r",\s+(?:such as|for example|for instance|including|and|then|but|so)\b.*$|;.*$|:.*$", re.I)


def imperative(text: str) -> bool:
    """The step opens with a verb in its base form ("Open the airway", "Add the salt")."""
    toks = words(text)
    return bool(toks) and toks[0][:1].isupper() and toks[0].lower() in getAllLemmas(toks[0].lower()).get("VERB", ())


def step_text(sentence: str) -> str:
    """A step as an option: its first sentence, cut before an example list or a second clause."""
    return _CUT.sub("", sentence.strip()).rstrip(" .!")


def _shares_a_word(one: str, other: str) -> bool:
    """A content word in common ("Check for danger" and "Check whether ..."): the stem would cue the option."""
    return bool({w.lower() for w in content_words(one)} & {w.lower() for w in content_words(other)})


def procedures(lesson: LessonView) -> Iterator[tuple[str, list[str]]]:
    """(anchor, the steps' first sentences) of each numbered list of imperative steps, read across notes."""
    for section in lesson.document.sections:
        steps: list[str] = []
        for block in section.blocks:
            if isinstance(block, ItemList) and block.ordered:
                steps += [item.sentences[0] if item.sentences else item.text for item in block.items]
        named = _PROCEDURE.search(section.heading or "") or _PROCEDURE.match(lesson.document.title)
        if named and len(steps) >= MIN_STEPS and sum(imperative(s) for s in steps) >= IMPERATIVE_SHARE * len(steps):
            yield section.anchor, steps


def step_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for anchor, steps in procedures(lesson):
        shown = [step_text(s) for s in steps]
        for n in range(len(steps) - 1):
            this, key = shown[n], shown[n + 1]
            # A condition ("If the person becomes unresponsive") or a time ("Afterwards") among the steps is no action
            # that follows the one before: raters on test-ba rejected "after Call the emergency services" keyed so.
            if not all(2 <= len(words(t)) <= MAX_STEP_WORDS and imperative(t) for t in (this, key)):
                continue
            # The steps nearest the key first (the one before X, then those after the key): the likeliest slips.
            near = [shown[i] for i in sorted(range(len(steps)), key=lambda i: (abs(i - n - 0.6), i)) if i not in (n, n + 1)]
            chosen: list[str] = []
            for t in near:
                if 2 <= len(words(t)) <= MAX_STEP_WORDS and imperative(t) and t not in (this, key, *chosen) \
                        and all(length_ok(t, o) for o in (key, *chosen)) and not _shares_a_word(t, this):
                    chosen.append(t)
            near = chosen
            if len(near) < 2 or _shares_a_word(key, this):
                continue
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=STEP_AFTER,
                stem=f"According to the text, which step comes straight after “{this}”?",
                key=key,
                correct=(key,),
                distractors=tuple(near[:3]),
                kind=f"label:steps:{anchor}",  # steps of one list, told apart by the text
                source_anchor=anchor,
                source_sentence=steps[n + 1],
                explanation=f"According to the text, after “{steps[n]}” comes “{steps[n + 1]}”",
                base=CONFIDENCE[STEP_AFTER],
                shown=(steps[n], steps[n + 1]),
                claims=(f"steps:{anchor}",),
            )
        yield from order_statements(anchor, steps, shown, course)


def order_statements(anchor: str, steps: list[str], shown: list[str], course: CourseView) -> Iterator[Candidate]:
    """A later step said to come before an earlier one, ``ORDER_GAP`` places apart: keyed False."""
    for n in range(len(steps) - ORDER_GAP):
        early, late = shown[n], shown[n + ORDER_GAP]
        if not all(2 <= len(words(t)) <= MAX_STEP_WORDS and imperative(t) for t in (early, late)) \
                or _shares_a_word(early, late):
            continue
        statement = f"The step “{late}” comes before the step “{early}”."
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=STEP_ORDER_FALSE,
            stem=true_false_stem(statement, course),
            statement=statement,
            key=early,
            original=late,
            truth=False,
            kind="negation",  # the text's own order turned round: no swapped name to look for elsewhere
            source_anchor=anchor,
            source_sentence=steps[n + ORDER_GAP],
            explanation=f"False. The text gives “{steps[n]}” as step {n + 1} and “{steps[n + ORDER_GAP]}” as step "
                        f"{n + 1 + ORDER_GAP}.",
            base=CONFIDENCE[STEP_ORDER_FALSE],
            shown=(steps[n], steps[n + ORDER_GAP]),
            claims=(f"steps-order:{anchor}",),
        )


TEA = """# How to Make a Pot of Tea

## What you need

- A teapot and a kettle
- Loose tea or tea bags

## Steps

1. Fill the kettle and boil the water.
2. Warm the pot with hot water.

   **Warning:** Hold the pot by its handle: the sides get hot.

3. Add one spoonful of leaves per cup.
4. Pour in the boiling water.
5. Leave it to brew for four minutes.
6. Stir once and serve through a strainer.
"""

# Numbered tips under a heading that names no procedure: their order is no part of what they teach.
TIPS = """# Saving Money

## Key points to remember

1. Pay yourself first on payday.
2. Keep three months of costs aside.
3. Check your bank fees each year.
4. Cancel subscriptions you never use.
"""

# Numbered points that are no procedure: no step opens with a verb.
REASONS = """# Why Tea Spread

## Reasons

1. Tea was cheaper than coffee once duties fell.
2. Sugar from the colonies made it sweet and popular.
3. Tea rooms gave women a respectable place to meet.
4. The temperance movement promoted it over beer.
"""

# A condition set among the steps: no action that follows the one before it.
TEA_IF_STRONG = TEA.replace("5. Leave it to brew for four minutes.", "5. If you like it weak.")

FAMILY = FAMILIES.register(QuestionFamily(
    name="steps",
    priority=36,
    scope=LESSON,
    build=step_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(TEA, STEP_AFTER, "which step comes straight after “Warm the pot with hot water”?"),
        makes(TEA, STEP_AFTER, "which step comes straight after “Add one spoonful of leaves per cup”?"),
        makes(TEA, STEP_ORDER_FALSE, "the step “Add one spoonful of leaves per cup” comes before the step “Fill the kettle"),
        makes_no(REASONS, STEP_AFTER),
        makes_no(TIPS, STEP_AFTER),
        makes_no(TEA_IF_STRONG, STEP_AFTER, "which step comes straight after “Pour in the boiling water”?"),
        makes(TEA_IF_STRONG, STEP_AFTER, "which step comes straight after “Add one spoonful of leaves per cup”?"),
        makes_no(TEA_IF_STRONG, STEP_ORDER_FALSE, "the step “If you like it weak” comes before"),
    ),
))
