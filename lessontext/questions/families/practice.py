"""Practice: the lesson's own exercise, "A runner completes a 400 m lap in 80 seconds. What is the runner's average speed? Answer: _____ (m/s)".

Lessons that teach a method often end with exercises and their answers: a section headed "Practice", "Try
these", "Your turn", "Quick check", "Check your understanding" or "Exercises" whose numbered questions are
answered in the same section, inline ("(Answer: 6.0 N)", a line "Answer: ..." under the question), in an
"Answers" list or paragraph after them ("1. s = d ÷ t = 400 ÷ 80 = 5. ... 5 m/s", "Answers: 12 Ω; 0.3 A; 5 Ω."),
or as "Question 1: ..." paragraphs.  The author wrote both the problem and its answer, so the key is theirs, not a
reading of ours; a learner who works the problem uses the lesson's method on it, so the level is "apply".

A question is asked when it stands alone and asks one thing whose answer is a figure: it ends in a question mark or
opens with an instruction to calculate ("Find", "Calculate", "Work out", "Round", "Convert" ...); it does not lean on
another exercise or on the text around it ("in question 2", "the same bag", "above"); its asking sentence does not
join two asks with "and"; and the answer gives one figure: the whole of a short answer ("6.0 N"), the one figure
the author set in bold, or the value a working ends on ("... = 63 cm²", "... is 2,400 people per km²").  The
questions and the answers must pair one to one, or nothing is asked.  An open question ("Explain why ...") has
no figure to key and is left to the teacher.  The key's unit follows the gap in brackets; the figure is accepted with or without it.

Physics answers are often numbered paragraphs ("**2.** m₁ m₂ = ... = **3.52 × 10²² N**") in standard form, end on an
approximation ("= 3.06 × 10⁻³ m ≈ 3.1 mm") or give a verdict after the working ("= 80,000. The flow is turbulent."),
and their tasks open with the givens ("Using ρ = 4.9 × 10⁻⁷ Ω m, calculate ..."): all are read (on the open sets
formula lessons from test-dr on got no practice item before).  A figure in standard form is accepted as learners type it
("3.98 x 10^-19", "3.98e-19"), and grading takes a figure worked to more places when it rounds to the key.
Today the gate retires the rule (``gate.retired``: raters marked every rated item for an edit, its answer being
printed in the lesson); re-posing the exercise with fresh numbers is what would bring it back.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ...answers import standard_form_typings
from ...document import DocumentSection, ItemList, Paragraph
from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..rules import PRACTICE_ANSWER
from ..text import BLANK, find_phrase, word_count
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {PRACTICE_ANSWER: 0.6}
# A quiz takes a few of a lesson's exercises, leaving room for what the rest of the lesson teaches.
MAX_ITEMS = 2

_PRACTICE = re.compile(
    r"^\W*(?:practice(?:\s+questions)?|your\s+turn|try\s+these|try\s+it\s+yourself|now\s+try|quick\s+check"
    r"|check\s+your\s+understanding|test\s+yourself|exercises?|questions\s+to\s+try)\W*$", re.I)
_ANSWERS = re.compile(r"^\W*answers?\W*$", re.I)
# "(Answer: 6.0 N)", "Answer: a = F ÷ m = 30 ÷ 6 = 5 m/s²." after the question.
_INLINE = re.compile(r"\s*\(?\s*\banswer\s*:\s*(?P<answer>.+?)\s*\)?\s*$", re.I)
_QUESTION_LABEL = re.compile(r"^question\s+\d+$", re.I)
_ANSWER_LABEL = re.compile(r"^answer$", re.I)
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+")
_CALCULATE = re.compile(r"^(?:find|calculate|work\s+out|round|convert|estimate|simplify|express|write\s+\S+\s+as)\b", re.I)
# An exercise that leans on another one or on the text around it.
_LEANS = re.compile(r"\b(?:questions?\s+\d+|same|above|below|previous|these|this\s+(?:one|question))\b|^(?:it|this|they)\b", re.I)
# "Using ρ = 4.9 × 10⁻⁷ Ω m, calculate the length of wire required": the givens before the instruction.
_GIVEN = re.compile(r"^(?:using|taking|given(?:\s+that)?)\b[^,]{1,60},\s*", re.I)
# A question that asks to explain, compare or judge has no figure to key.
_OPEN = re.compile(r"^(?:explain|describe|why|how\s+would|give\s+(?:two|three|one)|name|discuss|compare|suggest|"
                   r"write\s+(?:a|an|one)\b|rewrite|choose|draw|label|show\s+that|which)\b", re.I)
# A figure, in standard form too ("3.98 × 10⁻¹⁹").
_FIGURE = r"[−-]?[£$€]?\d[\d,]*(?:\.\d+)?(?:/\d+)?%?(?:\s*×\s*10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?"
_STANDARD_FORM = re.compile(r"\d\s*×\s*10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]")
# A unit after a figure: a short word, or two joined by "per" ("m/s", "cm²", "hours", "people per km²"), or a
# product of short symbols ("Ω m", "N m²", "J s").
_UNIT = (r"(?:\s*(?:[^\W\d_][\w/²³°Ω·]{0,5}|[°Ω][\w]{0,3})(?:\s+per\s+[^\W\d_][\w/²³]{0,5}"
         r"|(?:\s+[^\W\d_][²³⁻¹]{0,2}){1,2}(?![\w]))?)?")
_WHOLE = re.compile(rf"^(?:about\s+|approximately\s+)?(?P<figure>{_FIGURE})(?P<unit>{_UNIT})\.?$", re.I)
_ENDS_ON = re.compile(rf"(?:=|≈|\b(?:is|are|was|were|makes|gives|comes\s+to))\s+(?:about\s+|approximately\s+)?"
                      rf"(?P<figure>{_FIGURE})(?P<unit>{_UNIT})\.?$", re.I)


def _questions_and_answers(blocks: list) -> list[tuple[str, str]] | None:
    """The (question, answer) pairs of a practice section's blocks; None when they do not pair one to one."""
    questions: list[str] = []
    answers: list[str] = []
    in_answers = False
    asked = False  # the block before was a numbered question paragraph ("**2. Find the HCF of 36 and 48.**")
    for block in blocks:
        after_question, asked = asked, False
        if isinstance(block, Paragraph):
            if _ANSWERS.match(block.text):
                in_answers = True
            elif after_question and block.label and _ANSWER_LABEL.match(block.label) and block.body:
                answers.append(block.body.strip())  # "*Answer:* ... = **12**." under its question: one answer, whole
            elif not in_answers and not block.label and _NUMBERED.match(block.text):
                questions.append(_NUMBERED.sub("", block.text).strip())
                asked = True
            elif block.label and _ANSWERS.match(block.label) and block.body:
                answers += [_NUMBERED.sub("", part).strip() for part in re.split(r";\s*", block.body.rstrip(".")) if part.strip()]
            elif in_answers and block.label and block.label.isdigit() and block.body:
                answers.append(block.body.strip())  # "**2.** m₁ m₂ = ... = **3.52 × 10²² N**": a numbered answer paragraph
            elif block.label and _QUESTION_LABEL.match(block.label):
                (answers if in_answers else questions).append(block.body.strip())
            continue
        if not isinstance(block, ItemList) or not block.ordered:
            continue
        if in_answers or (block.lead_in and _ANSWERS.match(block.lead_in)):
            answers += [item.text for item in block.items]
            continue
        for item in block.items:
            inline = _INLINE.search(item.text)
            if inline:
                questions.append(item.text[: inline.start()].strip())
                answers.append(inline.group("answer").strip())
            else:
                questions.append(item.text)
    if not questions or len(questions) != len(answers):
        return None
    return list(zip(questions, answers))


def _figure(answer: str, emphasis: tuple[str, ...], calculated: bool = False) -> tuple[str, str] | None:
    """The one figure ``answer`` gives, with its unit: the whole answer, the author's bold, or where a working ends."""
    answer = answer.strip()
    whole = _WHOLE.match(answer)
    if whole:
        return whole.group("figure"), whole.group("unit").strip()
    # (A bold number alone labels the answer: "**2.** m₁ m₂ = ...".)
    bold = [e for e in emphasis if e in answer and re.search(r"\d", e) and not re.fullmatch(r"\d+[.)]?", e)
            and (word_count(e) <= 4 or _STANDARD_FORM.search(e))]
    if len(set(bold)) > 1:
        # Figures the lesson sets in bold elsewhere recur in a working ("36 = 2² × 3² ... HCF = 4 × 3 = **12**"):
        # the bold one the answer ends on is its figure.
        bold = [e for e in bold if re.search(rf"(?<![\d.,]){re.escape(e)}\W*$", answer)] or bold
    if len(set(bold)) == 1:
        whole = _WHOLE.match(bold[0])
        return (whole.group("figure"), whole.group("unit").strip()) if whole else None
    if bold:
        return None
    sentences = re.split(r"(?<=[^\d\s])\.\s+|(?<=\d)\.\s+(?=[A-Z])", answer)
    last = sentences[-1]
    if calculated and not re.search(r"\d", last) and len(sentences) > 1:
        # "... = 80,000. The flow is **turbulent**.": a verdict after the working of a "Calculate" task; the figure is
        # where the working ends, in the last sentence that has one.
        last = next((x for x in reversed(sentences) if re.search(r"\d", x)), last)
    ends = _ENDS_ON.search(last)
    # ("a = 2 and d = 7, so u_15 = 2 + 14 × 7 = 100": the working's last clause ends on the figure; a comma inside a
    # figure, "£1,860", is no clause's end.)
    if ends and last.rsplit(", ", 1)[-1].count("=") <= 3 and not re.search(r",(?!\d)", last[ends.start():]):
        return ends.group("figure"), ends.group("unit").strip()
    return None


# "Find the HCF of 36 and 48": an "and" between two figures joins the givens of one ask, not two asks.
_BETWEEN_FIGURES = re.compile(r"(?<![\w.,])\d[\d,.]*\s+and\s+\d")
# "Find the angle between the plane of polarisation and the analyser's axis": the two ends of one thing asked.
_BETWEEN_TWO = re.compile(r"\bbetween\s[^,;]*?\band\b")


def _asking(question: str) -> str:
    """The sentence of ``question`` that asks, without the givens before its instruction."""
    sentences = re.split(r"(?<=[.?!])\s+", question.strip())
    asking = sentences[-1]
    if asking.lower().startswith("give your answer") and len(sentences) > 1:
        asking = sentences[-2]
    return _GIVEN.sub("", asking)


def _asks_one_figure(question: str) -> bool:
    sentences = re.split(r"(?<=[.?!])\s+", question.strip())
    asking = _asking(question)
    return bool(
        (asking.endswith("?") or _CALCULATE.match(asking))
        and not _OPEN.match(asking)
        and not re.search(r"\band\b", _BETWEEN_FIGURES.sub("", _BETWEEN_TWO.sub("", asking)))
        and not any(_LEANS.search(s) for s in sentences)
        and question.count("?") <= 1
    )


def practice_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    sections = lesson.document.sections
    made = 0
    for at, section in enumerate(sections):
        if not section.heading or not _PRACTICE.match(section.heading):
            continue
        blocks = list(section.blocks)
        # Its answers may sit in a sub-section ("### Answers") or in the "Answers" section right after it.
        for later in sections[at + 1:]:
            if later.level <= section.level and not (later.heading and _ANSWERS.match(later.heading)):
                break
            if later.heading and _ANSWERS.match(later.heading):
                blocks.append(Paragraph(text="Answers", sentences=("Answers",)))
            blocks += later.blocks
        pairs = _questions_and_answers(blocks) or []
        for question, answer in pairs:
            if made == MAX_ITEMS:
                return
            figure = _figure(answer, lesson.document.emphasis, calculated=bool(_CALCULATE.match(_asking(question))))
            if figure is None or not _asks_one_figure(question):
                continue
            value, unit = figure
            # The author's sentence that gives the figure: the item's provenance.
            source = next((s for _, s in reversed(lesson.sentences)
                           if (s in answer or answer in s or _NUMBERED.sub("", s) in answer) and find_phrase(s, value)), None)
            if source is None:
                continue
            stem = f"{question} Answer: {BLANK}" + (f" ({unit})." if unit else ".")
            joined = f"{value}{unit}" if unit[:1] in ("°", "%") else f"{value} {unit}"  # "60°", "12 km"
            accepted = ((value, joined) if unit else (value,)) + standard_form_typings(value)
            made += 1
            yield _item(section, stem, accepted, source, answer)


def _item(section: DocumentSection, stem: str, accepted: tuple[str, ...], source: str, answer: str) -> Candidate:
    return Candidate(
        type=QuestionType.FILL_BLANK,
        rule=PRACTICE_ANSWER,
        stem=stem,
        key=accepted[0],
        answers=accepted,
        kind="quantity:apply",
        original=accepted[0],
        source_anchor=section.anchor,
        source_sentence=source,
        explanation=f"The lesson's own answer: {answer}",
        base=CONFIDENCE[PRACTICE_ANSWER],
        claims=(f"practice:{stem}",),
        level="apply",
    )


RUNNING = """# Speed, Distance and Time

## The formula

Average speed is the distance travelled divided by the time taken: s = d ÷ t.

## Try these

1. A runner completes a 400 m lap in 80 seconds. What is the runner's average speed in metres per second?
2. A bus travels at an average speed of 48 km/h for 15 minutes. How far does it go?
3. Explain why average speed is not the same as top speed.

**Answers**

1. s = d ÷ t = 400 ÷ 80 = 5. The runner's average speed is **5 m/s**.
2. First convert the time: 15 minutes = 0.25 hours. Then d = s × t = 48 × 0.25 = 12. The bus travels **12 km**.
3. A runner slows down and speeds up during a race, so the top speed is higher than the average.
"""

SPRINGS = """# Hooke's Law

## Check your understanding

1. A spring with k = 40 N/m is stretched by 0.15 m. What force is applied? (Answer: 6.0 N)
2. How much energy is stored in the spring in question 1? (Answer: 0.45 J)
"""

# Questions with no answers to pair them: nothing to key.
UNANSWERED = RUNNING.split("**Answers**")[0]

FAMILY = FAMILIES.register(QuestionFamily(
    name="practice",
    priority=49,
    scope=LESSON,
    build=practice_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(RUNNING, PRACTICE_ANSWER, "What is the runner's average speed in metres per second? Answer: _____ (m/s)."),
        makes(RUNNING, PRACTICE_ANSWER, "How far does it go? Answer: _____ (km)."),
        makes(SPRINGS, PRACTICE_ANSWER, "What force is applied? Answer: _____ (N)."),
        makes_no(UNANSWERED),
    ),
))
