"""What a comparison lesson says of each thing it compares, that is no definition of it.

A lesson comparing a few things ("solar, wind and tidal power", "three kinds of lens") tells, for each, its
drawbacks ("Tidal power produces nothing at slack water"), its place in the comparison ("Tidal power is the
exception", "... is the odd one out") and where its figures come from ("The cost figures are estimates from
...").  None of these says what the thing is: a definition neither opens on what the thing lacks or cannot do,
nor ranks it among the others, nor is it a note on a table's data.
"""

from __future__ import annotations

import re

__all__ = ["data_note_subject", "limitation", "relative_role"]

# "produces nothing at night", "cannot be switched on", "does not work in ...", "never runs dry".
_LIMITATION = re.compile(r"^(?:[a-z]+\s+)?(?:nothing|none|never|not|cannot|can't|no\s+longer|little|less)\b", re.I)
# "the exception", "the odd one out", "the outlier": a place among the things compared.
_RELATIVE_ROLE = re.compile(r"^(?:the|an?)\s+(?:(?:one|main|only|big|notable|clear)\s+)?(?:exception|odd\s+one\s+out|outlier|"
                            r"anomaly)\b", re.I)
# "The emissions figures", "These cost estimates": a table's data, not a term.
_DATA_HEADS = frozenset("figures values numbers data statistics estimates readings".split())


def limitation(predicate: str) -> bool:
    """True for a predicate that tells what the thing lacks or cannot do ("produces nothing at night")."""
    return bool(_LIMITATION.match(predicate.strip()))


def relative_role(complement: str) -> bool:
    """True for a complement that only places the thing among others ("the exception, since ...")."""
    return bool(_RELATIVE_ROLE.match(complement.strip()))


def data_note_subject(term: str) -> bool:
    """True for a subject headed by a word for data ("emissions figures", "cost estimates")."""
    words = term.lower().split()
    return len(words) > 1 and words[-1] in _DATA_HEADS


def measured_instance(subject: str, complement: str) -> bool:
    """True for "The graph is a straight line ... with a gradient of 7.0 Ω m⁻¹": one thing of a worked example,
    named by a bare "the" and a single word and described by a measured figure, not a term defined (test-dy)."""
    words = subject.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].islower() and bool(re.search(r"\d\.\d", complement.split(",")[0]))
