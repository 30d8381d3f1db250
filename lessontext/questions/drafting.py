"""Turn a chosen candidate into a question draft: options shuffled, the key's position balanced over the quiz.

A single-choice key goes to the position the quiz has used least so far (``positions`` counts them), so a
learner who always picks the same letter gains nothing (among equally used positions the stem chooses, so that the
quizzes of one course, each drafted with the same seed, do not all put their first key first); multiple-choice options and matching pairs are
shuffled.  ``select.choose_with_spares`` decides which candidates become questions; this module only drafts them.
"""

from __future__ import annotations

import random
import zlib
from collections import Counter

from .candidate import Candidate
from .types import MatchPair, OptionDraft, QuestionDraft, QuestionType


def to_question(c: Candidate, *, rng: random.Random, positions: Counter[int], checks: tuple[str, ...],
                confidence: float) -> QuestionDraft:
    options: tuple[OptionDraft, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    answers: tuple[str, ...] = ()
    if c.type is QuestionType.SINGLE:
        distractors = list(c.distractors)
        rng.shuffle(distractors)
        n = len(distractors) + 1
        least = min(positions[i] for i in range(n))
        slots = [i for i in range(n) if positions[i] == least]
        # Among the least used, one the stem picks too: every quiz drafts with the same seed, and its first key
        # would take the same letter in every quiz of a course (test-cx: five of six keys "A").
        slot = slots[(rng.randrange(len(slots)) + zlib.crc32(c.stem.encode())) % len(slots)]
        positions[slot] += 1
        texts = distractors[:slot] + [c.correct[0]] + distractors[slot:]
        options = tuple(OptionDraft(t, t == c.correct[0]) for t in texts)
    elif c.type is QuestionType.MULTIPLE:
        texts = list(c.correct) + list(c.distractors)
        rng.shuffle(texts)
        options = tuple(OptionDraft(t, t in c.correct) for t in texts)
    elif c.type is QuestionType.TRUE_FALSE:
        options = (OptionDraft("True", bool(c.truth)), OptionDraft("False", not c.truth))
    elif c.type is QuestionType.FILL_BLANK:
        answers = c.answers
    elif c.type is QuestionType.MATCHING:
        shuffled = list(c.pairs)
        rng.shuffle(shuffled)
        pairs = tuple(shuffled)
    return QuestionDraft(
        type=c.type,
        stem=c.stem,
        options=options,
        pairs=pairs,
        answers=answers,
        explanation=c.explanation,
        source_anchor=c.source_anchor,
        source_sentence=c.source_sentence,
        confidence=round(confidence, 3),
        rule=c.rule,
        checks=checks,
        family=c.family,
        level=c.level,
    )
