"""Item-level features of a generated question, for studying the publish gate item by item.

Within one rule, blind raters accept some items as they stand and ask edits of others.  These
features describe one item from what is stored with it - its type, stem, key, source sentence and
confidence - so ``bench/rating.py export`` can write them beside the raters' blind input and
``bench/gatestudy.py`` can test, leave one rated set out at a time, whether any of them
separates the items raters accepted as is.  None of them names a word of a document: they are
counts, word frequencies (wordfreq) and grammatical shapes.  Pure and deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from lessontext.semantics import specificity, zipf
from lessontext.words import term_key

from .types import QuestionType

__all__ = ["SPECIALIST_ZIPF", "features", "item_key", "position_in", "specialist_words"]

# Words that point back to an earlier sentence: a stem that keeps one may have lost its context.
_REFERRING = re.compile(r"\b(?:it|they|them|he|she|him|this|these|those|such)\b", re.I)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{2,}")
# A word rarer than this in English (wordfreq's Zipf scale: about once in 3 million words) is a
# specialist word: "photosynthesis", "tort", "attaché" - not "country", "play", "part".
SPECIALIST_ZIPF = 3.5
# The opening a true/false stem adds to the source's statement.
_TRUE_FALSE_LEAD = re.compile(r"^True or false\?\s*(?:According to the text,\s*)?", re.I)
# A copula or defining verb right after the key: "<key> is ...", "<key> refers to ...".
_DEFINING_VERB = re.compile(r"^\W*(?:\([^)]*\)\W*)?(?:is|are|was|were|refers to|means|describes|denotes)\b", re.I)


def item_key(type: str, *, correct: Sequence[str] = (), answers: Sequence[str] = ()) -> str:
    """The text a learner must produce or pick: a fill-in's first answer, a choice item's correct options."""
    if type == QuestionType.FILL_BLANK.value:
        return answers[0] if answers else ""
    if type in (QuestionType.SINGLE.value, QuestionType.MULTIPLE.value):
        return " ".join(correct)
    return ""


def position_in(source: str, sentence: str) -> float:
    """Where ``sentence`` (its first 60 characters) stands in ``source``: 0 at the start, 1 at the end; 0 if absent."""
    at = source.find(sentence[:60]) if sentence else -1
    return max(at, 0) / max(len(source), 1)


def _defines(key: str, sentence: str) -> bool:
    """Whether ``sentence`` opens with ``key`` (after an article) followed by a defining verb."""
    if not key or not sentence:
        return False
    body = re.sub(r"^(?:the|a|an)\s+", "", sentence.strip(), flags=re.I)
    if not body.lower().startswith(key.lower()):
        return False
    return _DEFINING_VERB.match(body[len(key):]) is not None


def _names_something(statement: str) -> bool:
    """Whether a statement holds a capitalised word after its first one, or a number: a checkable fact."""
    tokens = statement.split()
    return bool(_DIGIT.search(statement)) or any(t[:1].isupper() for t in tokens[1:])


def features(
    *,
    type: str,
    stem: str,
    key: str,
    confidence: float,
    source_sentence: str = "",
    position: float = 0.0,
    headwords: Collection[str] = (),
) -> dict[str, object]:
    """An item's features by name (plain numbers, booleans and strings), from what is stored with it.

    ``position`` is where the source sentence stands in its lesson (0: the start, 1: the end);
    ``headwords`` the course glossary's terms, as :func:`lessontext.words.term_key` spells them.
    """
    key_words = key.split()
    statement = _TRUE_FALSE_LEAD.sub("", stem)
    return {
        "type": type,
        "confidence": round(confidence, 2),
        "key_words": len(key_words),
        "key_number": bool(_DIGIT.search(key)),
        "key_capitalised": bool(key_words) and all(w[:1].isupper() for w in key_words if w[:1].isalpha()),
        "key_specificity": specificity(key) if key else 0.0,
        "key_headword": bool(key) and term_key(key) in headwords,
        "key_defined": _defines(key, source_sentence),
        "stem_words": len(stem.split()),
        "stem_refers": bool(_REFERRING.search(statement)),
        "statement_names": _names_something(statement),
        "position": round(position, 2),
        "specialist_words": specialist_words(statement),
    }


def specialist_words(text: str) -> int:
    """How many of ``text``'s words (runs of two or more letters, in any case) are specialist words."""
    return sum(1 for w in _WORD.findall(text) if zipf(w.lower()) < SPECIALIST_ZIPF)
