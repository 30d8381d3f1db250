"""Moodle's GIFT text format for quiz questions: read it and write it.

Supported: multiple choice (``{=right ~wrong}``), multiple answers with
weights (``{~%50%a ~%50%b ~%-100%c}``), true/false (``{T}``, ``{FALSE}``),
short answer (``{=a =b}``, also with the gap in mid-sentence), matching
(``{=a -> b}``); titles (``::title::``), general (``####``) and per-answer
(``#``) feedback, ``$CATEGORY:`` lines, ``//`` comments, format markers
(``[markdown]``) and the escapes ``\\~ \\= \\# \\{ \\} \\:``. Essay, numerical
and description items are reported as skipped, one message each, never
dropped silently. A malformed question is an error with its line number.

Reference: https://docs.moodle.org/en/GIFT_format
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lessontext.vocabulary import QuestionType

__all__ = ["GiftAnswer", "GiftError", "GiftQuestion", "GiftResult", "parse_gift", "write_gift"]

BLANK = "_____"
_ESCAPABLE = "~=#{}:"
_FORMAT = re.compile(r"^\[(?:html|markdown|plain|moodle)\]\s*", re.I)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TRUE, _FALSE = {"T", "TRUE"}, {"F", "FALSE"}

ERROR_NO_ANSWERS = "no answer block {…}"
ERROR_UNCLOSED = "an answer block is not closed with }"
ERROR_EMPTY_STEM = "the question has no text"
ERROR_NO_CORRECT = "no answer is marked correct (=, or a positive %weight%)"
ERROR_MIXED = "answers of different kinds in one block"
SKIP_ESSAY = "essay questions are not supported"
SKIP_NUMERICAL = "numerical questions are not supported"
SKIP_DESCRIPTION = "a description without a question is not supported"


@dataclass(frozen=True)
class GiftAnswer:
    text: str
    correct: bool
    match: str = ""  # matching: the term the text pairs with
    feedback: str = ""


@dataclass(frozen=True)
class GiftQuestion:
    type: QuestionType
    stem: str
    answers: tuple[GiftAnswer, ...]
    title: str = ""
    feedback: str = ""  # general feedback
    category: str = ""
    line: int = 0


@dataclass(frozen=True)
class GiftError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class GiftResult:
    questions: tuple[GiftQuestion, ...]
    errors: tuple[GiftError, ...] = ()
    skipped: tuple[GiftError, ...] = ()


# --- Reading -------------------------------------------------------------------


def _unescape(text: str) -> str:
    return re.sub(r"\\([~=#{}:\\n])", lambda m: "\n" if m.group(1) == "n" else m.group(1), text).strip()


def _split_unescaped(text: str, separators: str) -> list[tuple[str, str]]:
    """Split ``text`` before each unescaped separator character: [(separator or "", chunk), ...]."""
    parts, current, marker, i = [], [], "", 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch in separators:
            parts.append((marker, "".join(current)))
            marker, current = ch, []
        else:
            current.append(ch)
        i += 1
    parts.append((marker, "".join(current)))
    return parts


def _find_unescaped(text: str, char: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == char:
            return i
        i += 1
    return -1


def _split_feedback(text: str) -> tuple[str, str]:
    at = _find_unescaped(text, "#")
    return (text, "") if at < 0 else (text[:at], text[at + 1:])


def _blocks(lines: Sequence[str]) -> Iterable[tuple[int, list[str]]]:
    """Questions are separated by blank lines; comments are dropped, ``$CATEGORY`` lines stand alone."""
    block: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped or stripped.startswith("$CATEGORY:"):
            if block:
                yield start, block
                block = []
            if stripped:
                yield number, [stripped]
            continue
        if not block:
            start = number
        block.append(line)
    if block:
        yield start, block


def parse_gift(text: str) -> GiftResult:
    """Read every question of a GIFT file; errors and skipped items carry their line numbers."""
    questions, errors, skipped = [], [], []
    category = ""
    for line, block in _blocks(text.splitlines()):
        if len(block) == 1 and block[0].startswith("$CATEGORY:"):
            category = block[0][len("$CATEGORY:"):].strip()
            continue
        outcome = _parse_question("\n".join(block), line=line, category=category)
        if isinstance(outcome, GiftQuestion):
            questions.append(outcome)
        elif outcome.message in {SKIP_ESSAY, SKIP_NUMERICAL, SKIP_DESCRIPTION}:
            skipped.append(outcome)
        else:
            errors.append(outcome)
    return GiftResult(tuple(questions), tuple(errors), tuple(skipped))


def _parse_question(text: str, *, line: int, category: str) -> GiftQuestion | GiftError:
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end > 0:
            title, text = _unescape(text[2:end]), text[end + 2:]
    open_at = _find_unescaped(text, "{")
    if open_at < 0:
        return GiftError(line, SKIP_DESCRIPTION if text.strip() else ERROR_NO_ANSWERS)
    close_at = _find_unescaped(text, "}", open_at)
    if close_at < 0:
        return GiftError(line, ERROR_UNCLOSED)
    before, block, after = text[:open_at], text[open_at + 1:close_at].strip(), text[close_at + 1:]
    before = _FORMAT.sub("", before.strip())
    gap = bool(after.strip())
    if gap:
        after = after.strip()
        stem = _unescape(f"{before} {BLANK}{'' if after[0] in '.,;:!?)' else ' '}{after}")
    else:
        stem = _unescape(before)
    stem = re.sub(r"\s+", " ", stem).strip()
    if not stem.replace(BLANK, "").strip():
        return GiftError(line, ERROR_EMPTY_STEM)
    if not block:
        return GiftError(line, SKIP_ESSAY)
    if block.startswith("#"):
        return GiftError(line, SKIP_NUMERICAL)
    general = ""
    general_at = block.find("####")
    if general_at >= 0:
        block, general = block[:general_at], _unescape(block[general_at + 4:])
    kind, answers = _answers(block.strip())
    if kind is None:
        return GiftError(line, answers)
    if kind is QuestionType.FILL_BLANK and not gap:
        stem = f"{stem} {BLANK}" if BLANK not in stem else stem
    return GiftQuestion(kind, stem, tuple(answers), title=title, feedback=general, category=category, line=line)


def _answers(block: str):
    word = block.split("#")[0].strip().upper()
    if word in _TRUE | _FALSE:
        truth = word in _TRUE
        feedback = [_unescape(f) for f in block.split("#")[1:]]
        right = feedback[1] if len(feedback) > 1 else ""
        wrong = feedback[0] if feedback else ""
        return QuestionType.TRUE_FALSE, [
            GiftAnswer("True", truth, feedback=right if truth else wrong),
            GiftAnswer("False", not truth, feedback=wrong if truth else right),
        ]
    parts = [(marker, chunk.strip()) for marker, chunk in _split_unescaped(block, "=~") if marker]
    if not parts:
        return None, ERROR_NO_ANSWERS
    answers, weighted = [], False
    for marker, chunk in parts:
        body, feedback = _split_feedback(chunk)
        weight = _WEIGHT.match(body)
        if weight:
            weighted = True
            body = body[weight.end():]
            correct = float(weight.group(1)) > 0
        else:
            correct = marker == "="
        arrow = body.find("->")
        if arrow >= 0:
            answers.append(GiftAnswer(_unescape(body[:arrow]), True, match=_unescape(body[arrow + 2:]),
                                      feedback=_unescape(feedback)))
        else:
            answers.append(GiftAnswer(_unescape(body), correct, feedback=_unescape(feedback)))
    matching = [a for a in answers if a.match]
    if matching:
        return (QuestionType.MATCHING, answers) if len(matching) == len(answers) else (None, ERROR_MIXED)
    if not any(a.correct for a in answers):
        return None, ERROR_NO_CORRECT
    if all(marker == "=" for marker, _ in parts) and not weighted:
        return QuestionType.FILL_BLANK, answers
    if weighted or sum(a.correct for a in answers) > 1:
        return QuestionType.MULTIPLE, answers
    return QuestionType.SINGLE, answers


# --- Writing -------------------------------------------------------------------


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for ch in _ESCAPABLE:
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", "\\n")


def _feedback(text: str) -> str:
    return f"#{_escape(text)}" if text else ""


def write_gift(questions: Iterable[GiftQuestion]) -> str:
    """GIFT text for ``questions``: a ``$CATEGORY`` line wherever the category changes."""
    out, category = [], None
    for question in questions:
        if question.category and question.category != category:
            out.append(f"$CATEGORY: {question.category}\n")
            category = question.category
        out.append(_write_question(question) + "\n")
    return "\n".join(out)


def _write_question(q: GiftQuestion) -> str:
    title = f"::{_escape(q.title)}::" if q.title else ""
    general = f" ####{_escape(q.feedback)}" if q.feedback else ""
    if q.type is QuestionType.TRUE_FALSE:
        truth = next((a.text.lower() == "true" for a in q.answers if a.correct), True)
        wrong = next((a.feedback for a in q.answers if not a.correct), "")
        right = next((a.feedback for a in q.answers if a.correct), "")
        feedback = f"#{_escape(wrong)}#{_escape(right)}" if wrong or right else ""
        return f"{title}{_escape(q.stem)} {{{'TRUE' if truth else 'FALSE'}{feedback}{general}}}"
    if q.type is QuestionType.MATCHING:
        body = " ".join(f"={_escape(a.text)} -> {_escape(a.match)}{_feedback(a.feedback)}" for a in q.answers)
    elif q.type is QuestionType.FILL_BLANK:
        body = " ".join(f"={_escape(a.text)}{_feedback(a.feedback)}" for a in q.answers)
        if BLANK in q.stem:
            before, after = q.stem.split(BLANK, 1)
            tail = after.lstrip()
            space = "" if tail[:1] in {"", ".", ",", ";", ":", "!", "?", ")"} else " "
            return f"{title}{_escape(before.rstrip())} {{{body}{general}}}{space}{_escape(tail)}"
    elif q.type is QuestionType.MULTIPLE:
        right = [a for a in q.answers if a.correct]
        share = _percent(100 / len(right)) if right else "0"
        penalty = _percent(-100 / max(len(q.answers) - len(right), 1))
        body = " ".join(
            f"~%{share if a.correct else penalty}%{_escape(a.text)}{_feedback(a.feedback)}" for a in q.answers
        )
    else:
        body = " ".join(f"{'=' if a.correct else '~'}{_escape(a.text)}{_feedback(a.feedback)}" for a in q.answers)
    return f"{title}{_escape(q.stem)} {{{body}{general}}}"


def _percent(value: float) -> str:
    """A weight Moodle accepts: whole percentages where exact, else five decimals (33.33333)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.5f}"
