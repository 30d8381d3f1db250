"""Pairwise predicates on two phrases: synonyms, comparable length and form, mention in a text.

Used by the rubric (``rubric.py``) and by the builders when they pick distractors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from lessontext.semantics import similarity

from .course import CourseView
from .text import (
    content_stems,
    content_words,
    find_phrase,
    head_word,
    is_adjective,
    is_gerund,
    norm_phrase,
    related,
    word_count,
)

MAX_LENGTH_RATIO = 2.0
# Below this many characters, lengths count as this many (so "GET" and
# "DELETE" are not "twice as long" as each other).
LENGTH_FLOOR = 8
SYNONYM_JACCARD = 0.5
SYNONYM_FUZZ = 85
# wordllama cosine at or above which two phrases are the same thing in other words.
NEAR_SYNONYM = 0.8
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")



def synonymous(a: str, b: str, course: CourseView | None = None, *, siblings: bool = False) -> bool:
    """True when ``b`` is the same thing as ``a`` in other words (or a glossary alias).

    ``siblings``: the two are items of one list, which the text itself tells
    apart ("prokaryotic cells" / "eukaryotic cells"), so sharing a head noun
    does not make them synonyms.
    """
    if course is not None and norm_phrase(b) in course.aliases(a):
        return True
    return _synonymous_text(a, b, siblings)


@lru_cache(maxsize=131072)
def _synonymous_text(a: str, b: str, siblings: bool = False) -> bool:
    na, nb = norm_phrase(a), norm_phrase(b)
    if na == nb or _NUMBER.findall(a) and _NUMBER.findall(b) and _NUMBER.findall(a) != _NUMBER.findall(b):
        return na == nb  # other numbers never say the same (180 / 1,800; "0.002 to 0.05 mm" / "0.05 to 2 mm")
    sa, sb = content_stems(a), content_stems(b)
    if sa and sb:
        jaccard = len(sa & sb) / len(sa | sb)
        if jaccard >= SYNONYM_JACCARD:
            return True
        # "army diplomacy" / "military diplomacy": same head, one modifier apart.
        ha, hb = head_word(a), head_word(b)
        if not siblings and ha and hb and related(ha, hb) and len(sa) <= 3 and len(sb) <= 3 and sa & sb:
            return True
        if sa <= sb or sb <= sa:
            return True
    # Spelled alike: a synonym, unless the text lists the two apart and they differ in a whole word
    # ("direct offsets" / "indirect offsets").
    if len(na) > 3 and len(nb) > 3 and fuzz.token_sort_ratio(na, nb) >= SYNONYM_FUZZ:
        if not siblings or set(na.split()) == set(nb.split()):
            return True
    # Near-synonyms in other words ("army diplomacy" / "military diplomacy"), by meaning; not for
    # numbers and dates (1914 and 1915 are close in meaning and plainly different), nor for items
    # the text itself lists apart.
    if not siblings and not any(ch.isdigit() for ch in a + b) and similarity(a, b) >= NEAR_SYNONYM:
        return True
    return False


def length_ok(a: str, b: str, *, in_words: bool = False) -> bool:
    """Within twice each other's length: in characters, or in words for sentence-long options.

    Definitions are compared in words: what a reader sees as "longer" in a
    clause of twenty words is its number of words, not of letters.
    """
    if in_words:
        la, lb = max(word_count(a), 4), max(word_count(b), 4)
    else:
        la, lb = max(len(a), LENGTH_FLOOR), max(len(b), LENGTH_FLOOR)
    return max(la, lb) / min(la, lb) <= MAX_LENGTH_RATIO


def same_form(a: str, b: str) -> bool:
    return is_gerund(a) == is_gerund(b) and is_adjective(a) == is_adjective(b)


def mentioned_in(phrase: str, text: str, share: float = 2 / 3) -> bool:
    """True when most content words of ``phrase`` occur together in one sentence of ``text``."""
    pw = content_words(phrase)
    if not pw:
        return False
    if find_phrase(text, phrase):
        return True
    need = max(1, -(-int(len(pw) * share * 1000) // 1000))
    for toks in _sentence_words(text):
        hits = sum(1 for w in pw if any(related(w, t) for t in toks))
        if hits >= need and (len(pw) > 1 or hits == 1):
            return True
    return False


@lru_cache(maxsize=4096)
def _sentence_words(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(content_words(s) for s in re.split(r"(?<=[.!?])\s+", text))


def cue_words(option: str, others: Sequence[str]) -> list[str]:
    """Content words of ``option`` that no other option shares (a stem repeating them is a clue)."""
    out = []
    for w in content_words(option):
        if not any(any(related(w, t) for t in content_words(o)) for o in others):
            out.append(w)
    return out
