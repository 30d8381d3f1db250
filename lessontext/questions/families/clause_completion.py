"""Clause completion: "How does the text complete this sentence? “… thereby _____.”".

Reads the sentences of the lesson with a purpose, means or result clause
("thereby keeping ...", "has led to ...", "can protect ..."): the clause is
the key, parallel clauses of the same form are the distractors, from this
lesson only (raters rejected fragments of other lessons: "cover several other
East African countries" after "logistics can"), said of something else; none
may share a content word with the key.  No question whose sentence or option
leans on what came before ("owe her a duty of care", "nevertheless held"):
few lessons have three parallel clauses, so the family makes few items.  Each
such sentence is also lifted as a true statement.

A clause after a bare modal ("the others may _____", "none could _____", "the money you
can _____") is no question: any verb phrase fits after "can" in grammar, so the options are
not parallel in meaning, and sense alone picks the key (raters rejected every such item, in
essays and structured lessons alike: "delay everyone" beside "easily afford alone").  Such a
clause is no distractor either; its sentence is still lifted as a true statement.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..context import claim_leans_on_context, leans_on_context
from ..course import CourseView, LessonView
from ..distractors import MAX_PROSE_POOL, pick_distractors, shared_count
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..phrasing import lift, true_false_stem
from ..prose import shares_content
from ..referents import named_in_context
from ..rules import CLAUSE_COMPLETION, TRUE_STATEMENT
from ..text import BLANK, content_stems, norm
from ..types import QuestionType
from . import FAMILIES
from .enumerations import MANGROVES, REEF
from .true_statement import TRUE_STATEMENT_CONFIDENCE, one_claim

CONFIDENCE = {TRUE_STATEMENT: TRUE_STATEMENT_CONFIDENCE, CLAUSE_COMPLETION: 0.58}


# A pronoun or connective that points outside the sentence ("owe her a duty of care",
# "The House of Lords nevertheless held ...", "this support").
_DANGLING = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|it|this|these|those|such|nevertheless|nonetheless|however"
    r"|therefore|thus|also|moreover|furthermore|likewise|similarly)\b",
    re.I,
)


# The blank right after a bare modal: "X can _____", "none could also _____".
_AFTER_MODAL = re.compile(rf"\b(?:can|could|may|might|will|must)\s+(?:also\s+|often\s+|still\s+)?{re.escape(BLANK)}", re.I)


def after_modal(frame: str) -> bool:
    """The clause blanked in ``frame`` is a verb phrase after a bare modal (not a purpose or a result)."""
    return bool(_AFTER_MODAL.search(frame))


def leans_outside(text: str) -> bool:
    """``text`` needs an earlier sentence to be understood (a pronoun or a connective pointing back)."""
    return bool(_DANGLING.search(text))


def _clause_pool(course: CourseView) -> dict[str, list[tuple[str, str, bool]]]:
    """form -> (clause, frame, from this lesson): this lesson's clauses that read alone."""
    pool: dict[str, list[tuple[str, str, bool]]] = {}
    for _, clause, frame, _ in course.lesson.clauses:
        if leans_outside(clause.text) or after_modal(frame):
            continue
        bucket = pool.setdefault(clause.form, [])
        if len(bucket) < MAX_PROSE_POOL:
            bucket.append((clause.text, frame, True))
    return pool


def clause_completions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    """A sentence with its purpose, means or result clause blanked; parallel clauses of the course as distractors.

    A clause of another lesson is a distractor when this lesson never says it;
    a clause of this lesson, when it is said of something else (its sentence
    shares little with the question's).  Neither may share a content word
    with the key (no half-paraphrases).
    """
    if not lesson.clauses:
        return
    pool = _clause_pool(course)
    for section, clause, frame, resolved in lesson.clauses:
        quoted = lift(frame)
        statement = one_claim(lift(resolved), clause.sentence, course, clause.text)
        # The sentence as a lifted true statement (the selection keeps these few), cut to one claim that keeps
        # the clause; not one that leans on the sentence before, as the true_statement family asks ("more than
        # two-thirds of that total": raters on test-al, context lost).
        if statement is not None and not leans_on_context(named_in_context(course, clause.sentence), course.title) \
                and not claim_leans_on_context(clause.sentence):
            yield Candidate(
                type=QuestionType.TRUE_FALSE, rule=TRUE_STATEMENT,
                stem=true_false_stem(statement, course),
                statement=statement, key=clause.text, truth=True, kind=f"clause:{clause.form}",
                source_anchor=section.anchor, source_sentence=clause.sentence,
                explanation=f"True. The text says: “{clause.sentence}”", base=CONFIDENCE[TRUE_STATEMENT],
                shown=(clause.sentence,),
            )
        if leans_outside(quoted) or leans_outside(clause.text) or after_modal(quoted):
            continue  # "The House of Lords nevertheless held ...", "owe her a duty of care", "none could _____"
        frame_stems = content_stems(quoted)

        def usable(p: str, key=clause.text, frame_stems=frame_stems, quoted=quoted) -> bool:
            # options_by_text is filled below, before usable() is first called in this iteration.
            _, other_frame, _ = next(e for e in options_by_text if e[0] == p)  # noqa: B023
            if shares_content(p, key) or shared_count(p, quoted) > 1:
                return False  # a half-paraphrase of the key, or an option the stem itself cues
            # Said of something else in this lesson (its sentence shares little with the question's).
            return len(content_stems(other_frame) & frame_stems) <= 1

        options_by_text = [e for e in pool.get(clause.form, []) if e[0] != clause.text]
        distractors = pick_distractors(clause.text, [e[0] for e in options_by_text], rng, course, extra=usable)
        if len(distractors) < 2:
            continue
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=CLAUSE_COMPLETION,
            stem=f"How does the text complete this sentence? “{quoted}”",
            quoted=quoted,
            key=clause.text,
            correct=(clause.text,),
            distractors=tuple(distractors),
            kind=f"clause:{clause.form}",
            source_anchor=section.anchor,
            source_sentence=clause.sentence,
            explanation=f"The text says: “{clause.sentence}”",
            base=CONFIDENCE[CLAUSE_COMPLETION],
            shown=(clause.sentence,),
            # One item per set of parallel clauses in a quiz: the others' keys are its options.
            claims=(f"key:{norm(clause.text)}", f"clauses:{clause.form}"),
        )


COASTS = """# Mangrove Coasts

## Pressures

Shrimp farms have led to rapid mangrove loss.
Coastal dredging has led to cloudy lagoon water.
Heavy fishing has led to fewer young snappers.

## Costs

Shared ownership means that allies buy a fleet none could easily afford alone.
Joint programmes often run late, and a single capital may delay everyone.
When one partner objects to an export, the others may lose a valuable sale.

## Courts

The court nevertheless held that the council had led to her losses.
"""

LAGOONS = """# Lagoons

## Grazers

Along the sheltered lagoons of the eastern coast, herds of manatees graze on seagrass, thereby keeping the channels open.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="clause_completion",
    priority=40,
    scope=LESSON,
    build=clause_completions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(COASTS, CLAUSE_COMPLETION, "How does the text complete this sentence? “Shrimp farms have led to _____.”"),
        makes(COASTS, CLAUSE_COMPLETION, "cloudy lagoon water"),
        makes(LAGOONS, TRUE_STATEMENT, "herds of manatees graze on seagrass, thereby keeping the channels open"),
        # Ten words and no figure: a headline anyone would guess True (``true_statement.headline_sentence``).
        makes_no(REEF, TRUE_STATEMENT, "parrotfish graze on algae"),
        # No pronoun or connective pointing back, in the stem or among the options.
        makes_no(COASTS, CLAUSE_COMPLETION, "nevertheless"),
        makes_no(COASTS, CLAUSE_COMPLETION, "her losses"),
        # A verb phrase after a bare modal: neither asked nor offered ("lose a valuable sale").
        makes_no(COASTS, CLAUSE_COMPLETION, "could _____"),
        makes_no(COASTS, CLAUSE_COMPLETION, "lose a valuable sale"),
        # Clauses of another lesson are no distractors; alone, the lesson's clauses are said of related things.
        makes_no(REEF, CLAUSE_COMPLETION, others=(MANGROVES,)),
        makes_no(REEF, CLAUSE_COMPLETION),
    ),
))
