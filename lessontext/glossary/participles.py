"""A gloss that is nouns and the participle that says which: "money, food or clothing given to people in their own
homes", "two complete sentences joined only by a comma", "materials made of very long molecules".

Read by ``rules/bold_inline.py`` after a bold term and its colon ("Much of this help was **outdoor relief**: money,
food or clothing given to ..."): such a gloss has no article to show it is a noun phrase, and the participle must
be one that cannot be read as a past tense ("given", "made of"), or a regular one with its agent ("joined only by"):
"people believed in peace" and "each guarded by one of four gods" are clauses, not what the term is.
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import AUXILIARIES, PREPOSITIONS, word_list
from lessontext.words import word_pos

_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)")
_PAST_PARTICIPLES = frozenset(
    "made given built written known taken grown held kept left found sold paid brought bought caught taught sent "
    "spent set put cut done seen shown drawn worn born chosen frozen broken spoken stolen".split())
_AGENT = frozenset("by only mainly mostly underground".split())
_DETERMINERS = frozenset("the this that these those his her its their our my your we they each every some all both".split())
MAX_HEAD_WORDS = 5


def nouns_then_participle(says: str) -> bool:
    """Whether ``says`` opens with nouns (a number, adjectives, "or"/"and"; no determiner) and then a participle."""
    words = [w.lower() for w in word_list(says)]
    at = next((i for i, w in enumerate(words[:MAX_HEAD_WORDS + 1]) if i + 1 < len(words) and (
        w in _PAST_PARTICIPLES and (words[i + 1] in PREPOSITIONS or words[i + 1] in {"of", *_AGENT})
        or _PARTICIPLE.fullmatch(w) and "VERB" in word_pos(w) and words[i + 1] in _AGENT)), None)
    head = words[:at] if at else []
    return bool(head) and says[:1].islower() and head[0] not in _DETERMINERS and "NOUN" in word_pos(head[-1]) \
        and not any(w in AUXILIARIES or _PARTICIPLE.fullmatch(w) for w in head)
