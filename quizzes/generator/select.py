"""Rank the candidates that passed the rubric and pick a quiz from them.

Greedy: at each step take the best remaining candidate, where "best" adds
bonuses for an uncovered section and an unused question type to its
confidence, subject to the quiz-level rules (no source sentence twice, no
true/false twins, no list or table asked twice, a key at most twice).  Then
place the keys so that their positions are balanced.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from .rubric import Candidate
from .text import norm
from .types import MatchPair, Option, Question, QuestionType

MIN_CONFIDENCE = 0.5
MAX_KEY_USES = 2
TWIN_SIMILARITY = 80


def keys_of(c: Candidate) -> list[str]:
    if c.type is QuestionType.MATCHING:
        return [norm(p.answer) for p in c.pairs]
    if c.type is QuestionType.TRUE_FALSE:
        return [norm(c.original or c.key)]
    if c.kind == "definition":
        return [norm(c.original)]
    if c.type is QuestionType.FILL_BLANK:
        return [norm(c.answers[0])]
    return [norm(k) for k in c.correct]


def choose(candidates: Sequence[Candidate], *, rng: random.Random, target: int) -> list[Candidate]:
    pool = [c for c in candidates if c.base >= MIN_CONFIDENCE]
    jitter = {id(c): rng.random() * 0.03 for c in pool}
    chosen: list[Candidate] = []
    used_sentences: set[str] = set()
    used_claims: set[str] = set()
    key_uses: Counter[str] = Counter()
    type_count: Counter[QuestionType] = Counter()
    rule_count: Counter[str] = Counter()
    sections: Counter[str] = Counter()
    max_per_type = max(2, math.ceil(target * 0.4))
    while pool and len(chosen) < target:
        best, best_score = None, -1.0
        for c in pool:
            if type_count[c.type] >= max_per_type:
                continue
            score = c.base + jitter[id(c)]
            score += 0.08 if sections[c.source_anchor] == 0 else -0.03 * sections[c.source_anchor]
            score += 0.1 if type_count[c.type] == 0 else -0.04 * type_count[c.type]
            score -= 0.04 * rule_count[c.rule]
            if score > best_score:
                best, best_score = c, score
        if best is None:
            break
        pool.remove(best)
        if not _compatible(best, chosen, used_sentences, used_claims, key_uses):
            continue
        chosen.append(best)
        used_sentences.update({best.source_sentence, *best.shown})
        used_claims.update(cl for cl in best.claims if not cl.startswith("key:"))
        key_uses.update(keys_of(best))
        type_count[best.type] += 1
        rule_count[best.rule] += 1
        sections[best.source_anchor] += 1
        pool = [c for c in pool if _compatible(c, chosen, used_sentences, used_claims, key_uses)]
    return chosen


def _compatible(c: Candidate, chosen: Sequence[Candidate], sentences: set[str], claims: set[str],
                key_uses: Counter[str]) -> bool:
    if c.source_sentence in sentences or any(s in sentences for s in c.shown):
        return False
    if any(cl in claims for cl in c.claims if not cl.startswith("key:")):
        return False
    if any(key_uses[k] >= MAX_KEY_USES for k in keys_of(c)):
        return False
    if c.type is QuestionType.TRUE_FALSE:
        for other in chosen:
            if other.type is QuestionType.TRUE_FALSE and fuzz.ratio(other.statement, c.statement) >= TWIN_SIMILARITY:
                return False
    return True


def order(chosen: Sequence[Candidate]) -> list[Candidate]:
    """Present in the order of the lesson, so the quiz walks through it."""
    return list(chosen)


def to_question(c: Candidate, *, rng: random.Random, positions: Counter[int], checks: tuple[str, ...],
                confidence: float) -> Question:
    options: tuple[Option, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    answers: tuple[str, ...] = ()
    if c.type is QuestionType.SINGLE:
        distractors = list(c.distractors)
        rng.shuffle(distractors)
        n = len(distractors) + 1
        least = min(positions[i] for i in range(n))
        slots = [i for i in range(n) if positions[i] == least]
        slot = rng.choice(slots)
        positions[slot] += 1
        texts = distractors[:slot] + [c.correct[0]] + distractors[slot:]
        options = tuple(Option(t, t == c.correct[0]) for t in texts)
    elif c.type is QuestionType.MULTIPLE:
        texts = list(c.correct) + list(c.distractors)
        rng.shuffle(texts)
        options = tuple(Option(t, t in c.correct) for t in texts)
    elif c.type is QuestionType.TRUE_FALSE:
        options = (Option("True", bool(c.truth)), Option("False", not c.truth))
    elif c.type is QuestionType.FILL_BLANK:
        answers = c.answers
    elif c.type is QuestionType.MATCHING:
        shuffled = list(c.pairs)
        rng.shuffle(shuffled)
        pairs = tuple(shuffled)
    return Question(
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
    )
