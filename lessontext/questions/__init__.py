"""Comprehension quiz generation from a lesson's structure.

Plain Python with no Django imports and no downloaded data; deterministic
for a given ``random.Random``.  The pipeline follows QUESTION_QUALITY.md:
overgenerate candidates from the lesson's structure (``families``: a registry
of question families, one module each), judge each with the rubric as code
(``rubric``), rank and select a mixed quiz (``select``).  Fill-in answers are
graded with :func:`lessontext.answers.answer_matches`.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType

from lessontext.document import Document, ItemList, Paragraph
from lessontext.words import term_key

from .balance import balance_course
from .candidate import Candidate
from .course import build_course
from .drafting import to_question
from .families import generate
from .gate import retired
from .quality import lesson_facts, scored
from .reasons import (
    MIN_QUESTIONS,
    REASON_FEW,
    REASON_FEW_CHECKED,
    REASON_FEW_CHOSEN,
    REASON_HELD_BACK,
    REASON_NO_CONTENT,
    REASON_NOT_ENGLISH,
    few_questions_reason,
)
from .rubric import CHECK_NAMES, evaluate
from .select import choose_with_spares, paragraph_numbers
from .soft import confidence as soft_confidence
from .text import STOPWORDS, words
from .types import GlossaryEntry, MatchPair, OptionDraft, QuestionDraft, QuestionType, QuizDraft

__all__ = [
    "checked_candidates",
    "REASON_FEW",
    "REASON_FEW_CHECKED",
    "REASON_FEW_CHOSEN",
    "REASON_HELD_BACK",
    "REASON_NOT_ENGLISH",
    "REASON_NO_CONTENT",
    "GlossaryEntry",
    "MatchPair",
    "OptionDraft",
    "QuestionDraft",
    "QuestionType",
    "QuizDraft",
    "balance_course",
    "generate_quiz",
]

RETIRED = "rule_retired_by_ratings"
_MIN_ENGLISH_SHARE = 0.15


def generate_quiz(
    document: Document,
    *,
    rng: random.Random,
    glossary: Sequence[GlossaryEntry] = (),
    other_documents: Sequence[Document] = (),
    target: int = 10,
) -> QuizDraft:
    """Generate a draft quiz of at most ``target`` questions for ``document``."""
    empty = MappingProxyType({})
    if not any(s for _, s in document.sentences()) and not any(sec.tables for sec in document.sections):
        return QuizDraft(questions=(), reason=REASON_NO_CONTENT, candidates=0, rejections=empty)
    if not _looks_english(document):
        return QuizDraft(questions=(), reason=REASON_NOT_ENGLISH, candidates=0, rejections=empty)

    course = build_course(document, glossary=glossary, others=other_documents)
    passed, rejections, total = checked_candidates(course, rng)
    numbers = paragraphs(document)
    # The learned score orders the candidates (``quality.scored``; its floor is shipped off).
    facts = lesson_facts((s for _, s in document.sentences()), title=document.title, paragraphs=numbers,
                         headwords={term_key(entry.term) for entry in glossary}, emphasis=document.emphasis)
    passed = scored(passed, facts)
    chosen, spare = choose_with_spares(passed, rng=rng, target=target, paragraphs=numbers)
    positions: Counter[int] = Counter()
    questions = tuple(
        to_question(c, rng=rng, positions=positions, checks=CHECK_NAMES, confidence=c.base) for c in chosen
    )
    spares = tuple(to_question(c, rng=rng, positions=positions, checks=CHECK_NAMES, confidence=c.base) for c in spare)
    units = MappingProxyType(structure(course))
    return QuizDraft(
        questions=questions,
        reason=few_questions_reason(len(questions), units, wanted=min(MIN_QUESTIONS, target), passed=len(passed)),
        candidates=total,
        rejections=MappingProxyType(dict(sorted(rejections.items()))),
        spare=spares,
        structure=units,
        passed=len(passed),
    )


def checked_candidates(course, rng: random.Random) -> tuple[list[Candidate], Counter[str], int]:
    """The candidates that passed every check (with their soft confidence), the refusals counted per check,
    and how many candidates there were."""
    passed = []
    rejections: Counter[str] = Counter()
    total = 0
    for candidate in generate(course, rng, runs_family=lambda family: not all(map(retired, family.rules))):
        total += 1
        # A rule blind raters retired (``gate.retired``) is refused like a failed check, and counted as one;
        # a family all of whose rules are retired does not run.
        failed = evaluate(candidate, course) or ([RETIRED] if retired(candidate.rule) else [])
        if failed:
            rejections.update(failed)
        else:
            # Soft checks lower the confidence (a draft for the teacher) instead of rejecting.
            passed.append(replace(candidate, base=round(soft_confidence(candidate, course), 3)))
    return passed, rejections, total


def paragraphs(document: Document) -> dict[str, int]:
    """Each sentence's paragraph (a list counts as one), numbered through the lesson."""
    return paragraph_numbers(
        block.sentences if isinstance(block, Paragraph) else [s for item in block.items for s in item.sentences]
        for section in document.sections for block in section.blocks if isinstance(block, Paragraph | ItemList)
    )


def structure(course) -> dict[str, int]:
    """What the parsed lesson offers to ask about, counted from its structure (not from the questions)."""
    lesson = course.lesson
    return {
        "labelled items": sum(len(g.items) for g in lesson.groups),
        "table rows": sum(len(t.rows) for t in lesson.tables),
        "listed items": sum(len(x.items) for x in lesson.listings if not x.labelled),
        "glossary terms": len({m.glossary.term for m in lesson.mentions if m.glossary is not None}),
    }


def _looks_english(document: Document) -> bool:
    tokens = [w.lower() for _, s in document.sentences() for w in words(s)][:2000]
    if len(tokens) < 30:
        return True
    return sum(1 for t in tokens if t in STOPWORDS) / len(tokens) >= _MIN_ENGLISH_SHARE
