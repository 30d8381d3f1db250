"""Words of a lifted sentence that stand for something only the sentences before it name.

A quantifier used as a noun ("Most work by consensus", "NATO has conducted several, including ...")
and a possessive before anything is named ("At its head stood ...") read as "of what?" once the
sentence stands alone in a stem (raters on test-d and test-e: context lost).  Used by the rubric's
``stem_self_contained``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.words import getAllLemmas

from .prose import is_verb
from .text import STOPWORDS

QUANTIFIERS = frozenset("many most some few several all".split())
# A quantifier standing for a noun not shown, before punctuation: "has conducted several, including ...".
_QUANTIFIER_ALONE = re.compile(r"\b(?:several|many|most|few|both)\s*[,;:]", re.I)
# A sentence that opens on a possessive before naming anything: "At its head stood ...".
_POSSESSIVE_OPENING = re.compile(
    r"^(?:at|in|on|by|from|for|with|under|within|after|before|during|to|of|through)\s+(?:its|their)\b", re.I)
# Plural nouns without -s that a quantifier takes as its noun ("Most people ...").
_PLURAL_NOUNS = frozenset("people children men women staff police".split())


def bare_quantifier(lowered: Sequence[str]) -> bool:
    """A quantifier that opens the sentence as its subject, the word after it a verb and the next no
    verb ("Most work by consensus": most what?). "Most water evaporates" has its noun."""
    if len(lowered) < 3 or lowered[0] not in QUANTIFIERS:
        return False
    after, following = lowered[1], lowered[2]
    if after.endswith("s") or after in STOPWORDS or after in _PLURAL_NOUNS or not getAllLemmas(after).get("VERB"):
        return False
    return not is_verb(following, after) and not getAllLemmas(following).get("VERB")


def refers_outside(text: str, lowered: Sequence[str]) -> bool:
    """``text`` (its words lower-cased in ``lowered``) leans on a noun of another sentence."""
    return bare_quantifier(lowered) or bool(_QUANTIFIER_ALONE.search(text)) or bool(_POSSESSIVE_OPENING.match(text))
