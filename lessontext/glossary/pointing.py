"""Name what "these N" points at, when the sentence before lists it.

"Humanitarian demining is the patient work of finding and removing these hazards ..." after "Anti-personnel mines,
unexploded shells and cluster submunitions do not ..."; "... protects the body against these invaders" after "...
such as bacteria, viruses, fungi and parasites": the plural the definition points with is the kind, the list of three
or more short noun phrases in the sentence before its members.  The definition then reads on its own: "... removing
hazards such as anti-personnel mines, unexploded shells and cluster submunitions ...".  Anything less sure (one or
two things, a list of clauses, a list inside a longer phrase) is left as it is, for the publishing gate to cut or
drop (:func:`lessontext.glossary.shapes.demonstrative_outside`).
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import AUXILIARIES
from lessontext.glossary.rephrase import lower_first
from lessontext.words import STOPWORDS, word_pos

__all__ = ["THESE_AS_EXAMPLES_EXAMPLES", "these_as_examples"]

# "these hazards", "those invaders": a demonstrative and a plural noun (never "these two", "those who").
_THESE_PLURAL = re.compile(r"\b(?:these|those)\s+(?P<noun>[a-z][a-z-]*s)\b(?!\s+(?:of|who|which|that)\b)")
_WORD = r"[A-Za-z][\w'-]*"
# A list opens the sentence or follows "such as", "including", "are", "include" or a colon.
_OPENER = re.compile(r"\b(?:such as|including|are|were|include|includes)\s+|:\s+")
_ITEMS = re.compile(
    rf"(?P<items>{_WORD}(?:\s+{_WORD}){{0,3}}(?:,\s+{_WORD}(?:\s+{_WORD}){{0,3}})+,?\s+(?:and|or)\s+"
    rf"(?P<last>{_WORD}(?:\s+{_WORD}){{0,5}}))(?=\s*[,.;:]|\s*$|\s+(?P<verb>{_WORD}))")
_MAX_LAST_WORDS = 6
# Words that end the last item: the sentence's verb ("... cluster submunitions do not ...").
_AUXILIARIES = AUXILIARIES | {"be", "been"}
_INNER = frozenset("of from in on and".split())


def _head_noun(word: str) -> bool:
    """A plural ("mines") or a word that is only a noun ("spacecraft", "fungi"), never "rise" or "close"."""
    word = word.lower()
    pos = word_pos(word)
    return word.endswith("s") and not word.endswith("ss") or ("NOUN" in pos and "VERB" not in pos) or not pos


def _item_ok(item: str) -> bool:
    """A short noun phrase: no function word but "of", "from", "in", "on", "and"; a noun at its head."""
    words = item.split()
    head = next((i for i, w in enumerate(words) if i and w.lower() in _INNER), len(words)) - 1
    if words[0].lower() in STOPWORDS or any(w.lower() in _AUXILIARIES or w.lower() in STOPWORDS and w.lower() not in _INNER
                                            for w in words):
        return False
    return _head_noun(words[head])


def _plural_verb(words: list[str], at: int) -> bool:
    """"... cluster bombs stay ...": a base-form verb right after a plural noun is the sentence's verb."""
    word, before = words[at].lower(), words[at - 1].lower() if at else ""
    return (before.endswith("s") and not before.endswith("ss") and not word.endswith("s")
            and "VERB" in word_pos(word) and word not in _INNER)


def _listed(previous: str) -> str | None:
    """The first list of three or more short noun phrases in ``previous``, cut before its verb."""
    for start in [0, *(m.end() for m in _OPENER.finditer(previous))]:
        match = _ITEMS.match(previous, start)
        if not match:
            continue
        items = match.group("items")
        last = match.group("last").split()
        cut = next((i for i, w in enumerate(last) if w.lower() in _AUXILIARIES or _plural_verb(last, i) or
                    (word_pos(w.lower()) & {"VERB"} and not word_pos(w.lower()) & {"NOUN", "ADJ"})), None)
        if cut == 0:
            continue
        if cut is not None:
            items = items[: len(items) - len(" ".join(last[cut:]))].rstrip()
        elif match.group("verb") and len(last) >= _MAX_LAST_WORDS:
            continue  # the last item may run on: not sure where it ends
        parts = [p.strip() for p in re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=[^,]*$)", items) if p.strip()]
        if len(parts) >= 3 and all(_item_ok(p) for p in parts):
            return lower_first(items) if start == 0 else items
    return None


def these_as_examples(definition: str, previous: str) -> str:
    """"... removing these hazards ..." -> "... removing hazards such as A, B and C ..." when ``previous`` lists them."""
    found = list(_THESE_PLURAL.finditer(definition))
    if len(found) != 1 or not previous:
        return definition
    listed = _listed(previous)
    if listed is None or listed.lower() in definition.lower():
        return definition
    these = found[0]
    return f"{definition[: these.start()]}{these.group('noun')} such as {listed}{definition[these.end():]}"


THESE_AS_EXAMPLES_EXAMPLES = (
    ("The patient work of finding and removing these hazards so that land can be used.",
     "Anti-personnel mines, unexploded shells and cluster submunitions do not distinguish between soldiers and farmers.",
     "The patient work of finding and removing hazards such as anti-personnel mines, unexploded shells and cluster "
     "submunitions so that land can be used."),
    ("The collection of cells and molecules that protects the body against these invaders.",
     "Some are pathogens: agents that cause disease, such as bacteria, viruses, fungi and parasites.",
     "The collection of cells and molecules that protects the body against invaders such as bacteria, viruses, "
     "fungi and parasites."),
    # Two things are no list of a kind's members; a list of clauses is no list of things.
    ("The work of removing these hazards.", "Mines and shells remain in the ground.", "The work of removing these hazards."),
    ("The theory that explains these patterns.",
     "Mountains rise, oceans open and close, and volcanoes and earthquakes cluster in long belts.",
     "The theory that explains these patterns."),
    ("The set of rules that performs this translation.", "Votes, seats and offices are counted.",
     "The set of rules that performs this translation."),
)
