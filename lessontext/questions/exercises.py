"""A worked example's lines: never the source of a recall item.

A lesson that teaches a method works it through: "Worked example: A circle has a radius of 5 cm.",
"Solution: A = π × 5²", "Answer: approximately 78.54 cm²", or a sentence giving the figures that the next
calculation works on.  Those figures illustrate the method; asked as facts to recall (a true statement, a
figure swapped, "which does the text describe here?" with the labels as options) they lose the problem
they belong to.  An item that applies a formula reads the example on purpose, and is not checked here.
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .course import CourseView
from .text import works_out

# A worked example's labelled lines ("Worked example: A circle has a radius of 5 cm.", "Solution: A = 8 × 5",
# "Answer: approximately 94.25 cm³") and a section headed "Worked example": their numbers illustrate a
# method. Asked as a fact to recall, the line loses the problem it belongs to, and the labels read as
# terms ("Which of the following does the text describe here?" -- Solution / Answer / Worked example).
# Blind raters rejected such items in three lessons of three sets (test-h geometry, test-e genetics,
# test-b circuits and budgeting).
_WORKED_LABEL = re.compile(
    r"^[\W_]*(?:worked\s+example|example(?:\s+\d+)?|solution|answer|working)\s*(?:\([^)]{0,40}\)\s*)?:", re.I
)
# A label on a line of its own: "**Worked example 3.**" (test-g epidemiology: three of them).
_LABEL_ALONE = re.compile(r"^[\W_]*(?:worked\s+)?example\s*\d*\s*[.:]?[\W_]*$", re.I)
_WORKED_HEADING = re.compile(r"^[\W_]*worked\s+examples?\b", re.I)
# A self-check section's lines are the learner's tasks and their answers ("4. Two balls are the same size and
# shape, but one is much heavier. Which has the higher terminal velocity?"): a task's premise is no claim of the
# lesson (both raters on test-cf rejected it turned round as a true/false item, "true in meaning").
_SELF_CHECK_HEADING = re.compile(
    r"^[\W_]*(?:check\s+your\s+understanding|practice(?:\s+questions)?|try\s+these|try\s+it\s+yourself|now\s+try"
    r"|quick\s+check|test\s+yourself|self[- ]test|exercises?|questions\s+to\s+try|review\s+questions|your\s+turn"
    r"|answers?)[\W_]*$", re.I)


_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
# How far after its givens a worked example's calculation comes (sentences).
GIVENS_REACH = 3


def _figures(sentence: str) -> frozenset[str]:
    return frozenset(f.rstrip(",").replace(",", "") for f in _FIGURE.findall(sentence))


def _worked_givens(course: CourseView) -> frozenset[str]:
    """Sentences that state a worked example's givens: two or more of their figures (or all, when it has
    one of two digits or more: "During that time, 100 workers develop asthma.") are worked on in a
    calculation a few sentences later ("A survey ... finds that 150 people in a village of 5,000 ..." then
    "Point prevalence = 150 / 5,000 = 0.03"; "The parallel sides are 6 cm and 10 cm" then "A = ½ × (6 + 10)
    × 4").  Raters rejected a swap of such a figure on test-g and test-h: the false form is a changed
    exercise, not a false fact."""
    key = ("worked-givens",)
    if key not in course.memo:
        sentences = [s for _, s in course.lesson.sentences]
        figures = [_figures(s) for s in sentences]
        givens = set()
        for i, own in enumerate(figures):
            if _LABEL_ALONE.match(sentences[i]):
                # "Worked example 3." alone: what follows, up to its first calculation, is the example's.
                for j in range(i + 1, min(len(sentences), i + 1 + GIVENS_REACH)):
                    givens.add(sentences[j])
                    if works_out(sentences[j]):
                        break
                continue
            if not own or all(len(f) < 2 for f in own):
                continue  # no figure, or only digits that any calculation may repeat by chance
            for j in range(i + 1, min(len(sentences), i + 1 + GIVENS_REACH)):
                if works_out(sentences[j]) and (len(own & figures[j]) >= 2 or own <= figures[j]):
                    givens.add(sentences[i])
                    break
        course.memo[key] = frozenset(givens)
    return course.memo[key]


def not_worked_example(c: Candidate, course: CourseView) -> bool:
    """A recall item is not read from a worked example: no labelled line of one, no sentence giving its
    figures, no section headed one or headed as the learner's self-check, no labels of one as options (an item
    that applies a formula reads its example on purpose)."""
    if c.level == "apply":
        return True
    if _WORKED_LABEL.match(c.source_sentence) or any(_WORKED_LABEL.match(s) for s in c.shown):
        return False
    if sum(bool(_WORKED_LABEL.match(f"{o}:")) for o in c.options) >= 2:
        return False  # "Solution / Answer / Worked example": one option "Solution" may be a chemistry term
    if c.source_sentence in _worked_givens(course):
        return False
    worked = course.remembered(("worked-sections",), lambda: frozenset(
        section.anchor for section, _ in course.lesson.sentences
        if section.heading and (_WORKED_HEADING.match(section.heading) or _SELF_CHECK_HEADING.match(section.heading))
    ))
    return c.source_anchor not in worked if c.source_anchor else True


def self_check(heading: str | None) -> bool:
    """A section headed as the learner's own tasks or their answers ("Practice", "Answers")."""
    return bool(heading and _SELF_CHECK_HEADING.match(heading))


def only_in_worked_examples(quantity: str, sentences, title: str) -> bool:
    """``quantity`` ("speed") is named only in sections headed as worked examples, never in the title or the
    rest of the lesson: a tool one example uses, not what the lesson teaches (test-cf: "Speed = distance ÷ time"
    asked on "32 and 4" in a lesson on upper and lower bounds, rejected by both raters)."""
    word = re.compile(rf"\b{re.escape(quantity)}\b", re.I)
    if word.search(title):
        return False
    inside = [bool(section.heading and _WORKED_HEADING.match(section.heading)) for section, _ in sentences]
    named = [worked for worked, (_, sentence) in zip(inside, sentences, strict=True) if word.search(sentence)]
    return bool(named) and all(named)
