"""The one tokenizer of :mod:`lessontext`: what a word is, and folding case, accents and dashes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["WORD_RE", "first_clause", "fold", "split_words"]

# A word: letters/digits, with inner apostrophes, hyphens, slashes, dots or ampersands
# ("co-operative", "Efes-2022", "HTTP/1.1", "AT&T", "state-of-the-art"), and a trailing
# plus ("C+", "A+").
WORD_RE = re.compile(r"[^\W_]+(?:(?:['’\-/.]|&)[^\W_]+)*\+?")


# A comma that ends a clause, not one inside a figure ("£20,000", "1,850").
_CLAUSE_COMMA = re.compile(r",(?!\d{3}(?!\d))")


def first_clause(text: str) -> str:
    """``text`` up to its first comma, keeping the thousands separators of figures: "up to £20,000 for a method"."""
    return _CLAUSE_COMMA.split(text, maxsplit=1)[0]


@lru_cache(maxsize=4096)
def split_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as written: ``tuple(WORD_RE.findall(text))``, cached."""
    return tuple(WORD_RE.findall(text))


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return text.lower()
