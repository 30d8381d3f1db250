"""Lines whose label gives the author's own verdict on them: "Myth: ...", "Misconception: ...", "Fact: ...".

A myths-and-facts page, a "common misconceptions" box or a "Mistake: ..." line in a maths lesson states a
claim the author calls false.  Lifted without its label, such a line reads as the text's own claim, so a
statement family keys it True (or turns its negation and keys that False, though the text's "Fact" line says
the turned claim).  Every family leaves such a line out (``supported_by_source``) except the one that asks it
with the author's verdict as its key (``families.myths``).
"""

from __future__ import annotations

import re

# The label opens the line and ends with a colon; a number may follow it ("Myth 3:").
_LABEL = r"^\W*(?:(?:common|popular)\s+)?(?P<label>{words})s?(?:\s+\d+)?\s*:\s*(?=\S)"
DISAVOWING = re.compile(_LABEL.format(words="myth|misconception|misbelief|misunderstanding|false belief|fallacy|mistake"),
                        re.I)
AFFIRMING = re.compile(_LABEL.format(words="fact|truth|reality"), re.I)


def disavowed(sentence: str) -> bool:
    """Whether ``sentence`` opens with a label that calls it false ("Myth: We use only 10% of our brains.")."""
    return bool(DISAVOWING.match(sentence))


def disavowed_claim(sentence: str) -> str | None:
    """The claim a "Myth:" line states, without its label (None if the line has no such label)."""
    m = DISAVOWING.match(sentence)
    return sentence[m.end():].strip() if m else None


def affirmed(sentence: str) -> bool:
    """Whether ``sentence`` opens with a label that calls it true ("Fact: ...")."""
    return bool(AFFIRMING.match(sentence))
