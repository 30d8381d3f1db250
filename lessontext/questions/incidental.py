"""Where in a sentence a name, date or number is an incidental detail rather than what the sentence says.

Blind raters rejected gaps and swaps on details a sentence only mentions in passing: the
date in a relative or participial aside (", whose model text was approved in 1997,"; ",
signed in Prague in 2010,"), the place of an example (", for example,"), the given numbers of
a worked example ("Suppose 25.0 mL ..."), and a part of a longer name ("The Incidents at Sea
Agreement (INCSEA)" split after "at"; "Paisley, Scotland").  Sentences about the lesson itself
("The examples come mainly from ...") are framing, not content.  These checks read only the
sentence's form (commas, openers, capitals), never particular words of a text.
"""

from __future__ import annotations

import re

__all__ = ["framing_sentence", "in_aside", "illustrative", "splits_a_name"]

# An aside opened by a participle or a relative word and closed by a comma.
_ASIDE_OPENER = re.compile(r"^(?:\w+ed|whose|which|who|whom|where|when)\b", re.I)
_ILLUSTRATIVE = re.compile(r"\b(?:for example|for instance|e\.g\.|such as)\b", re.I)
_GIVEN_OPENERS = frozenset("suppose imagine consider say assume".split())
_FRAMING = re.compile(
    r"^(?:the|these|our) (?:examples?|lessons?|texts?|chapters?|sections?|units?|courses?)\b|"
    r"\bthis (?:lesson|text|chapter|section|unit|course)\b",
    re.I,
)
_NAME_CONNECTORS = frozenset("at of and for de du la von".split())


def in_aside(sentence: str, start: int, end: int) -> bool:
    """The span sits in a comma-delimited aside opened by a participle or relative word (", signed in X,")."""
    before = sentence.rfind(",", 0, start)
    after = sentence.find(",", end)
    if before < 0 or after < 0:
        return False
    return bool(_ASIDE_OPENER.match(sentence[before + 1: start].strip()))


def illustrative(sentence: str, anchor: str = "") -> bool:
    """The sentence gives an example or the givens of a worked example, not a claim of its own."""
    first = sentence.split(maxsplit=1)[0].lower().strip(",") if sentence.strip() else ""
    return bool(_ILLUSTRATIVE.search(sentence)) or first in _GIVEN_OPENERS or "example" in anchor.lower()


def splits_a_name(sentence: str, start: int, end: int) -> bool:
    """The span is part of a longer name or token: a capitalised word runs into it or out of it,
    or a symbol is glued to it ("The Incidents at [Sea Agreement]", "Paisley, [Scotland]", "[OH]⁻")."""
    after = sentence[end:end + 1]
    if after and not (after.isspace() or after in ",.;:)!?'’\"”"):
        return True
    if not sentence[start:end][:1].isupper():
        return False  # a date or number is no part of a name
    rest = sentence[end:].split()
    if rest and rest[0][:1].isupper() and rest[0][:1].isalpha():
        return True
    toks = sentence[:start].split()
    if not toks:
        return False
    prev = toks[-1]
    if prev.endswith(",") and prev[:-1].istitle() and len(toks) > 1:
        return True  # "Paisley, Scotland"
    if prev[:1].isupper() and prev[-1:].isalpha() and len(toks) > 1:
        return True  # "President Ronald Reagan", "NATO Support"
    return len(toks) >= 3 and prev.lower() in _NAME_CONNECTORS and toks[-2][:1].isupper()


def framing_sentence(sentence: str) -> bool:
    """The sentence talks about the lesson itself ("The examples come mainly from ...")."""
    return bool(_FRAMING.search(sentence))
