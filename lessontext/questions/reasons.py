"""Why a quiz has few or no questions: the note the teacher reads beside a generated quiz."""

from __future__ import annotations

from collections.abc import Mapping

REASON_NO_CONTENT = "The lesson has too little structured content for reliable questions."
REASON_NOT_ENGLISH = "The lesson does not appear to be in English; questions are only generated for English text."
REASON_FEW = (
    "Only {n} question{s} passed the quality checks: the lesson has little structure "
    "(labelled lists, tables, definitions, names or dates) to ask about reliably."
)
# A lesson with structure whose candidates every check refused: the note must not blame the lesson (a
# probability lesson of rules and worked examples, 13 candidates, was told it had "too little structured content").
REASON_NONE_CHECKED = (
    "No question passed the quality checks, although the lesson has structure ({structure}): "
    "review the rejected candidates, or write questions by hand."
)
REASON_FEW_CHECKED = (
    "Only {n} question{s} passed the quality checks, although the lesson has structure "
    "({structure}): review the drafts and rejected candidates."
)
# More candidates passed every check than the quiz kept: the selection (one item per list, sentence and
# answer; the share of dates and numbers; true/false pairing) left the rest out.
REASON_FEW_CHOSEN = (
    "Only {n} question{s} made the quiz, of {passed} candidates that passed the quality checks: the others "
    "asked about the same list, sentence or answer as a chosen question, or would have upset the quiz's "
    "balance of types. Review the drafts, or write questions by hand."
)
# True statements that passed every check but wait for the course's true/false balance (``balance``).
REASON_HELD_BACK = (
    "{n} true statement{s} that passed the quality checks {verb} held back to keep the course's true/false "
    "questions at least {share:.0%} keyed False: write a false statement for a lesson of this course and "
    "regenerate to use {them}."
)
# Below this many structured units (labelled items, table rows, listed items, defined terms)
# a lesson has "little structure".
MIN_STRUCTURE = 5
# Below this many questions the draft says why (the issue asks for 5 from a 400-word lesson
# "where the text supports them"; when it does not, the teacher should know).
MIN_QUESTIONS = 5


def few_questions_reason(n: int, structure: Mapping[str, int], *, wanted: int = MIN_QUESTIONS,
                         held_back: int = 0, false_share: float = 0.4, passed: int = 0) -> str:
    """The note for a quiz of ``n`` questions from a lesson whose structure counts ``structure``; "" when
    ``n`` reaches ``wanted``.  ``passed`` is how many candidates passed every check: when the selection
    kept fewer, the note says so rather than blame the checks.  ``held_back`` true statements waiting for
    the course's balance are named (instead of "too little content" when they are all the lesson had)."""
    note = _few(n, structure, wanted, passed - held_back)
    if not held_back:
        return note
    one = held_back == 1
    waiting = REASON_HELD_BACK.format(n=held_back, s="" if one else "s", verb="was" if one else "were",
                                      share=false_share, them="it" if one else "them")
    return waiting if not n else " ".join(filter(None, (note, waiting)))


def _few(n: int, structure: Mapping[str, int], wanted: int, passed: int) -> str:
    if n >= wanted:
        return ""
    s = "" if n == 1 else "s"
    if n and passed > n:
        return REASON_FEW_CHOSEN.format(n=n, s=s, passed=passed)
    if sum(structure.values()) < MIN_STRUCTURE:
        return REASON_FEW.format(n=n, s=s) if n else REASON_NO_CONTENT
    described = ", ".join(f"{k} {name if k != 1 else name[:-1]}" for name, k in structure.items() if k)
    return (REASON_FEW_CHECKED if n else REASON_NONE_CHECKED).format(n=n, s=s, structure=described)
