"""Openers a lifted sentence may keep: a determiner before its own noun, not a pronoun for an earlier one.

"Each", "both", "either" and "neither" open many sentences that lean on the one before ("Each has its own
strengths", "Both are measured in volts", "Both of them ..."), so a stem opening with them is rejected
(``rubric.stem_self_contained``).  But as a determiner before the sentence's own noun ("Each possible result
of an experiment is called a(n) _____") or as the first half of "both ... and", "either ... or" ("Both
_____ and deontology focus on individual actions") they point back at nothing.  Raters listed the terms of
such sentences among the ideas no question asks (test-k: outcome; test-j: consequentialism, urbanisation;
test-h: antigen), and the check had rejected the sentences that define them.
"""

from __future__ import annotations

from .prose import is_verb
from .text import BLANK, STOPWORDS, words

# The opener and the word that completes it ("" for a determiner that needs none).
DETERMINER_OPENERS = {"each": "", "both": "and", "either": "or", "neither": "nor"}
# After the opener, a word that makes it a pronoun: "each of", "each one", "both are", "each has".
PRONOUN_AFTER = frozenset({"of", "one", "other", "another", "is", "are", "was", "were", "has", "have", "way"})


def determiner_opener(text: str) -> bool:
    """The sentence's opening "each", "both", "either" or "neither" stands before a noun (or a gap),
    and "both", "either", "neither" meet their "and", "or", "nor" before any verb."""
    first, _, rest = text.strip().partition(" ")
    opener = first.lower()
    if opener not in DETERMINER_OPENERS or not rest:
        return False
    lowered = [w.lower() for w in words(rest)]
    if not rest.startswith(BLANK):
        if not lowered:
            return False
        nxt = lowered[0]
        if nxt in PRONOUN_AFTER or nxt in STOPWORDS or is_verb(nxt):
            return False
    partner = DETERMINER_OPENERS[opener]
    if not partner:
        return True
    for w in lowered:
        if w == partner:
            return True
        if is_verb(w):
            return False  # "Both sides accept ...": a verb before any "and", so "both" stands for two named before
    return False
