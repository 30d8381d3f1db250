"""Clause completion: "How does the text complete this sentence? “… thereby _____.”".

Reads the sentences of the lesson with a purpose, means or result clause
("thereby keeping ...", "has led to ...", "can protect ..."): the clause is
the key, parallel clauses of the same form are the distractors, from other
lessons when this lesson never says them, from this lesson when said of
something else; none may share a content word with the key.  Each such
sentence is also lifted as a true statement.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..distractors import MAX_PROSE_POOL, pick_distractors, shared_count
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import mentioned_in
from ..phrasing import lift, lower_first_unless_name
from ..prose import shares_content
from ..rules import CLAUSE_COMPLETION, TRUE_STATEMENT
from ..text import content_stems, norm
from ..types import QuestionType
from . import FAMILIES
from .enumerations import MANGROVES, REEF
from .true_statement import TRUE_STATEMENT_CONFIDENCE

CONFIDENCE = {TRUE_STATEMENT: TRUE_STATEMENT_CONFIDENCE, CLAUSE_COMPLETION: 0.58}


def _clause_pool(course: CourseView) -> dict[str, list[tuple[str, str, bool]]]:
    """form -> (clause, frame, from this lesson) across the course."""
    pool: dict[str, list[tuple[str, str, bool]]] = {}
    for lesson in [course.lesson, *course.others]:
        own = lesson is course.lesson
        for _, clause, frame, _ in lesson.clauses:
            bucket = pool.setdefault(clause.form, [])
            if len(bucket) < MAX_PROSE_POOL:
                bucket.append((clause.text, frame, own))
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
    text = course.lesson_text
    for section, clause, frame, resolved in lesson.clauses:
        quoted = lift(frame)
        statement = lift(resolved)
        # The sentence as a lifted true statement (the selection keeps these few).
        yield Candidate(
            type=QuestionType.TRUE_FALSE, rule=TRUE_STATEMENT,
            stem=f"True or false? According to the text, {lower_first_unless_name(statement, course)}",
            statement=statement, key=clause.text, truth=True, kind=f"clause:{clause.form}",
            source_anchor=section.anchor, source_sentence=clause.sentence,
            explanation=f"True. The text says: “{clause.sentence}”", base=CONFIDENCE[TRUE_STATEMENT],
            shown=(clause.sentence,),
        )
        frame_stems = content_stems(quoted)

        def usable(p: str, key=clause.text, frame_stems=frame_stems, quoted=quoted) -> bool:
            # options_by_text is filled below, before usable() is first called in this iteration.
            entry = next(e for e in options_by_text if e[0] == p)  # noqa: B023
            _, other_frame, own = entry
            if shares_content(p, key) or shared_count(p, quoted) > 1:
                return False  # a half-paraphrase of the key, or an option the stem itself cues
            if own:
                other = content_stems(other_frame)
                return len(other & frame_stems) <= 1
            return not mentioned_in(p, text)

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
            claims=(f"key:{norm(clause.text)}",),
        )


FAMILY = FAMILIES.register(QuestionFamily(
    name="clause_completion",
    priority=40,
    scope=LESSON,
    build=clause_completions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(REEF, CLAUSE_COMPLETION, "How does the text complete this sentence? “Warmer water has led to _____.”",
              others=(MANGROVES,)),
        makes(REEF, CLAUSE_COMPLETION, "keeping the coral surfaces clean", others=(MANGROVES,)),
        makes(REEF, TRUE_STATEMENT, "parrotfish graze on algae, thereby keeping the coral surfaces clean"),
        # Alone, the lesson's clauses are said of related things: none is a safe distractor for another.
        makes_no(REEF, CLAUSE_COMPLETION),
    ),
))
