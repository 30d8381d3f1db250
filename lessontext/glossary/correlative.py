"""Comparative correlatives: "the sooner the shock is given, the better the chance ...".

Two comparisons, each opened by "the", set side by side: the second half is no appositive of a noun before the comma
and neither half names a term.
"""

from __future__ import annotations

import re

from lessontext.words import word_pos

__all__ = ["comparative_correlative"]

_COMPARATIVE_THE = re.compile(r"\b[Tt]he\s+(?P<word>more|less|fewer|better|worse|further|farther|[a-z]{2,}er)\b")
_IRREGULAR = frozenset("more less fewer better worse further farther".split())


def _comparison(match: re.Match[str]) -> bool:
    """"the sooner", "the better", "the more": a comparison (not "the river", "the user")."""
    word = match.group("word").lower()
    pos = word_pos(word)
    return word in _IRREGULAR or bool(pos & {"ADJ", "ADV"}) and "NOUN" not in pos


def comparative_correlative(before: str, after: str) -> bool:
    """True when ``after`` (what follows a comma) opens "the <comparative>" and ``before`` holds one too."""
    opening = _COMPARATIVE_THE.match(after.strip())
    return bool(opening) and _comparison(opening) and any(_comparison(m) for m in _COMPARATIVE_THE.finditer(before))

