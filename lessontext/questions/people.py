"""Gaps on people a reader fills without the lesson, or that the lesson only passes by.

A blank on a person is worth asking when the lesson makes the person matter and the stem does not give the
name away.  Three shapes fail (both raters on a biography and a case study of test-ai):

- the protagonist: the person the title names, or whose surname the lesson writes again and again
  ("_____, born in York in 1813, was a London doctor ..." in a lesson about that doctor's work): any
  reader of the lesson fills the gap at once, and the clue is often a detail of their life;
- a leak: the stem writes another form of the name ("In 1891 _____ moved to Paris ..., using the French
  form of her name, Marie" for "Maria");
- a passer-by: in a lesson about one person (a protagonist), another person the lesson names once,
  introduced by an appositive of a role ("_____, a widow living in the suburbs, ..."): a name in an
  anecdote of the story, not what the anecdote shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from .text import BLANK, words

# The lesson writing a surname this often makes its bearer the lesson's subject.
PROTAGONIST_MENTIONS = 5
# Two spellings at least this alike (rapidfuzz ratio) are forms of one name ("Maria", "Marie").
NAME_FORM_RATIO = 75
MIN_NAME_LETTERS = 3
_APPOSITIVE_ROLE = re.compile(rf"^{re.escape(BLANK)},\s+an?\s+[a-z]")


MAX_PERSON_WORDS = 3


def looks_like_a_person(name: str) -> bool:
    """``name`` is written as a person's name: one to three capitalised words, none an acronym ("Mary
    Seacole", "Maria"; not "International Court of Justice", "National IHR Focal Point")."""
    toks = words(name)
    return 1 <= len(toks) <= MAX_PERSON_WORDS and all(t[:1].isupper() and not t.isupper() for t in toks)


def _name_words(name: str) -> list[str]:
    return [w for w in words(name) if w[:1].isupper() and len(w) >= MIN_NAME_LETTERS]


@lru_cache(maxsize=4096)
def _count(word: str, lesson_text: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}\b", lesson_text))


def protagonist(name: str, title: str, lesson_text: str) -> bool:
    """``name`` is the person the lesson is about: a word of it in the title (in any form), or its last
    word written at least ``PROTAGONIST_MENTIONS`` times."""
    parts = _name_words(name)
    if not parts:
        return False
    title_words = _name_words(title)
    if any(fuzz.ratio(p.lower(), t.lower()) >= NAME_FORM_RATIO for p in parts for t in title_words):
        return True
    return _count(parts[-1], lesson_text) >= PROTAGONIST_MENTIONS


def name_form_in_stem(name: str, blanked: str) -> bool:
    """The stem writes a form of the blanked name ("Marie" for "Maria", "Tolstoy's" for "Tolstoy")."""
    parts = [p.lower() for p in _name_words(name)]
    shown = [w.lower() for w in _name_words(blanked.replace(BLANK, " "))]
    return any(fuzz.ratio(p, w) >= NAME_FORM_RATIO or w.startswith(p) for p in parts for w in shown)


def passer_by(name: str, blanked: str, lesson_text: str, people: Sequence[str] = ()) -> bool:
    """``name`` is named once in the lesson, the stem opens with it and a role after it, and another of the
    lesson's ``people`` is its protagonist (``protagonist``, by count)."""
    parts = _name_words(name)
    if not parts or not _APPOSITIVE_ROLE.match(blanked) or _count(parts[-1], lesson_text) > 1:
        return False
    return any(p != name and protagonist(p, "", lesson_text) for p in people)


def person_gap_fails(name: str, blanked: str, title: str, lesson_text: str, people: Sequence[str] = ()) -> bool:
    """A gap on the person ``name`` in ``blanked`` that the lesson's reader needs no lesson for, or that gives
    the name away, or that asks a passer-by of a story about one of ``people``."""
    return protagonist(name, title, lesson_text) or name_form_in_stem(name, blanked) \
        or passer_by(name, blanked, lesson_text, people)
