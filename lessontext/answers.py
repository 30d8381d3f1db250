"""Tolerant grading of typed (fill-in-the-blank) answers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

_ARTICLES = ("the ", "a ", "an ")
_PUNCT = re.compile(r"[^\w\s]")
# Below this length typos are not forgiven: "Mali" / "Bali" are different answers.
_MIN_FUZZY_LENGTH = 5


def normalise_answer(text: str) -> str:
    """Fold case, accents, punctuation, hyphens, spacing and a leading article."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").replace("'s ", " ").replace("-", " ")
    text = _PUNCT.sub(" ", text)
    text = " ".join(text.split())
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
            break
    return text


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _fold_number(text: str) -> str:
    return " ".join(_singular(w) for w in text.split())


def _typos_allowed(answer: str) -> int:
    if any(ch.isdigit() for ch in answer) or len(answer) < _MIN_FUZZY_LENGTH:
        return 0
    if len(answer) < 9:
        return 1
    if len(answer) < 16:
        return 2
    return 3


def answer_matches(response: str, answers: Sequence[str]) -> bool:
    """Return True when ``response`` is an accepted answer, forgiving small slips.

    Case, accents, spacing, punctuation, hyphens, a leading article and
    singular/plural never matter.  Typos are forgiven in proportion to the
    answer's length, but never in short answers or in anything with digits,
    where one character changes the meaning ("1914" / "1918").
    """
    given = _fold_number(normalise_answer(response))
    if not given:
        return False
    for answer in answers:
        expected = _fold_number(normalise_answer(answer))
        if not expected:
            continue
        if given == expected or given.replace(" ", "") == expected.replace(" ", ""):
            return True
        if any(ch.isdigit() for ch in given):
            continue
        allowed = _typos_allowed(expected)
        if allowed and Levenshtein.distance(given, expected, score_cutoff=allowed) <= allowed:
            return True
    return False
