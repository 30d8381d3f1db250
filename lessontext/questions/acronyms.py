"""Acronyms beside names: where a swapped name would contradict, or repeat, the short form the sentence gives.

A false statement swaps one name of a sentence for another (``families.false_statement``).  Where the
sentence also writes the name's acronym ("the Organisation of African Unity (OAU)", "The African Union
(AU)", "NATO (the North Atlantic Treaty Organization)"), the acronym left behind contradicts the swap and
gives the answer away, or names one body twice ("between the North Atlantic Treaty Organization and NATO";
raters on test-e and test-j: nonsense).  These tests read only the sentence's letters.
"""

from __future__ import annotations

import re

__all__ = ["beside_its_acronym", "glossed_acronym", "named_in", "spells_out"]

# The short form in brackets after a name, one to three words with one in capitals: "(OAU)", "(Hybrid CoE)".
_ACRONYM_BESIDE = re.compile(r"^\s*\(\s*(?:[A-Z][\w-]*\s+){0,2}[A-Z][A-Za-z]*[A-Z]\w*\s*\)")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]\w*\s*\(\s*$")
# The name runs on past the mention to an acronym: "the Treaty on Conventional Armed Forces in Europe (CFE)";
# swapped, "OSCE in Europe (CFE)" (raters on test-j: nonsense, and the acronym gives the answer away).
_NAME_RUNS_ON_TO_ACRONYM = re.compile(
    r"^\s+(?:in|on|for|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\s*\(\s*[A-Z][A-Za-z]*[A-Z]\w*\s*\)")
# An acronym in the sentence.
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]\w*\b")
# The mention alone in brackets after a name: the short form of that name.
_IN_BRACKETS_BEFORE = re.compile(r"\w\s*\(\s*$")
# An acronym, then the mention in brackets or between commas: "NATO (the North Atlantic Treaty
# Organization)", "NATO, the North Atlantic Treaty Organization, led ...".
_GLOSSED_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*[A-Z]\w*)\s*([(,])\s*(?:the\s+)?$")


def spells_out(acronym: str, name: str) -> bool:
    """True when ``name`` is ``acronym`` written in full: its capitalised words' initials ("North Atlantic
    Treaty Organization" for NATO, "Organisation of African Unity" for OAU)."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())
    return len(initials) >= 2 and initials.upper() == "".join(ch for ch in acronym if ch.isupper())


def glossed_acronym(sentence: str, start: int, end: int, name: str) -> bool:
    """The mention spells out the acronym just before it, as its gloss: swapped, it would call NATO
    "the Association of Southeast Asian Nations" or "the European Union" (raters' nonsense swaps;
    two test-e essays)."""
    m = _GLOSSED_ACRONYM_BEFORE.search(sentence[:start])
    if not m or not spells_out(m.group(1), name):
        return False
    after = sentence[end:].lstrip()
    return after.startswith(")" if m.group(2) == "(" else (",", ")"))
# The mention closes the brackets it opened after a name: "The African Union (AU)".
_CLOSING = re.compile(r"^\s*\)")


def beside_its_acronym(sentence: str, start: int, end: int) -> bool:
    """The mention at ``start:end`` has its acronym in brackets beside it, or runs on to one ("the Treaty on
    Conventional Armed Forces in Europe (CFE)"), or is the acronym in brackets after its name."""
    after, before = sentence[end:], sentence[:start]
    return bool(_ACRONYM_BESIDE.search(after) or _ACRONYM_BEFORE.search(before) or _NAME_RUNS_ON_TO_ACRONYM.match(after)
                or _IN_BRACKETS_BEFORE.search(before) and _CLOSING.match(after))


def named_in(sentence: str, name: str) -> bool:
    """``name`` is in the sentence already as its acronym, or as the name an acronym ``name`` spells out
    ("NATO" for "the North Atlantic Treaty Organization"): swapped in, one body is named twice (raters on
    test-j: "cooperation between the North Atlantic Treaty Organization and NATO", nonsense)."""
    if any(spells_out(acronym, name) for acronym in _ACRONYM.findall(sentence)):
        return True
    if _ACRONYM.fullmatch(name):
        runs = re.findall(r"(?:[A-Z][\w’'-]*(?:\s+(?:of|for|and|on|the)\s+|\s+))+[A-Z][\w’'-]*", sentence)
        return any(spells_out(name, run) for run in runs)
    return False

