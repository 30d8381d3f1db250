"""Name what "these N" points at, when the sentence before lists it.

"Humanitarian demining is the patient work of finding and removing these hazards ..." after "Anti-personnel mines,
unexploded shells and cluster submunitions do not ..."; "... protects the body against these invaders" after "...
such as bacteria, viruses, fungi and parasites": the plural the definition points with is the kind, the list of three
or more short noun phrases in the sentence before its members.  The definition then reads on its own: "... removing
hazards such as anti-personnel mines, unexploded shells and cluster submunitions ...".  "... to rebuild these
institutions so that ..." two sentences after "... the institutions that are supposed to keep people safe are
often part of the problem" points at the same noun restricted by a relative clause: that phrase replaces it
("... to rebuild the institutions that are supposed to keep people safe so that ...").  "... the work of agreeing
on these common rules", "the use of those absorbed molecules": when an adjective already says which kind of thing
it is, the plural stands for the kind without its demonstrative ("... agreeing on common rules").  Anything less sure (one or
two things, a list of clauses, a list inside a longer phrase, a noun the sentences before do not restrict) is left
as it is, for the publishing gate to cut or
drop (:func:`lessontext.glossary.shapes.demonstrative_outside`).  "... the force of that weight ..." after "... by the
weight of the air above it, ..." names the same noun with the sentence's "of" phrase (:func:`that_of_phrase`).
"""

from __future__ import annotations

import re

from lessontext.glossary.lexicon import NUMBER_WORDS
from lessontext.glossary.phrases import AUXILIARIES
from lessontext.glossary.rephrase import lower_first
from lessontext.words import STOPWORDS, word_pos

__all__ = ["THAT_OF_PHRASE_EXAMPLES", "THESE_AS_EXAMPLES_EXAMPLES", "THESE_QUALIFIED_EXAMPLES", "THESE_RESTRICTED_EXAMPLES",
           "that_of_phrase", "these_as_examples",
           "these_qualified", "these_restricted"]

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


# "this danger", "these institutions": a demonstrative and one noun (never "these two", "this way", "those who").
_POINTER = re.compile(r"\b(?P<det>this|these|those)\s+(?P<noun>[a-z][a-z-]+)\b(?!\s+(?:of|who|which|that)\b)")
_MAX_MODIFIERS = 2
_RELATIVE_CLAUSE = r"(?P<rel>that|which|who|(?!(?:during|according|including|concerning)\b)[a-z]{3,}ing)\s+(?P<clause>[^,;:.()]{5,90}?)(?=\s*[,;:.()]|\s+(?:is|are|was|were|may|can|must|will|have|has|had)\b|$)"


def _restricted_antecedent(noun: str, sentences: list[str]) -> str | None:
    """"the institutions that are supposed to keep people safe": the nearest "the [mods] N that/which/who ..." before."""
    for sentence in reversed(sentences):
        # "the institutions that ...", "a series of treaties dealing with ...": a noun the sentence restricts.
        found = re.search(rf"\b(?:[Tt]he|of|[Mm]any|[Ss]everal)\s+(?P<mods>(?:[a-z][a-z-]*\s+){{0,{_MAX_MODIFIERS}}}?){re.escape(noun)}\s+"
                          + _RELATIVE_CLAUSE, sentence)
        if found and not _POINTER.search(found.group("clause")) and not any(
                w in STOPWORDS for w in found.group("mods").split()):
            return f"the {found.group('mods')}{noun} {found.group('rel')} {found.group('clause').strip()}"
    return None


def these_restricted(definition: str, before: list[str]) -> str:
    """"... to rebuild these institutions ..." -> "... to rebuild the institutions that ... ..." from ``before``.

    ``before`` are the sentences before the defining one, nearest last; only
    a single demonstrative in the definition is resolved, and only by the
    same noun, in the same number, restricted by a relative clause or an "-ing" participle phrase.
    """
    found = [m for m in _POINTER.finditer(definition) if m.group("noun") not in STOPWORDS
             and word_pos(m.group("noun")) & {"NOUN"}]
    if len(found) != 1 or len(list(_POINTER.finditer(definition))) != 1:
        return definition
    pointer = found[0]
    antecedent = _restricted_antecedent(pointer.group("noun"), before)
    if antecedent is None or antecedent.lower() in definition.lower():
        return definition
    return f"{definition[: pointer.start()]}{antecedent}{definition[pointer.end():]}"


THESE_RESTRICTED_EXAMPLES = (
    ("The effort to rebuild these institutions so that they answer to civilian authority.",
     ["When a war ends, the institutions that are meant to protect people are often part of the problem.",
      "Armies may have split along ethnic lines."],
     "The effort to rebuild the institutions that are meant to protect people so that they answer to civilian "
     "authority."),
    ("The work of clearing this debris so that ships can pass.",
     ["After the storm, the debris that blocked the harbour mouth was removed by divers."],
     "The work of clearing the debris that blocked the harbour mouth so that ships can pass."),
    # Another noun, no relative clause, or two demonstratives: left alone.
    ("Arrangements that reduce this danger by making activity predictable.",
     ["Armies that cannot see what their neighbours are doing tend to assume the worst."],
     "Arrangements that reduce this danger by making activity predictable."),
    ("The rule that these pacts oblige a state to act.",
     ["Since 1970 states have signed a series of pacts dealing with smuggling at sea."],
     "The rule that the pacts dealing with smuggling at sea oblige a state to act."),
    ("The effort to rebuild these institutions.", ["The institutions were weak after the war."],
     "The effort to rebuild these institutions."),
    ("The effort to rebuild these institutions with these funds.",
     ["The institutions that keep people safe were weak."],
     "The effort to rebuild these institutions with these funds."),
)


# "these common rules", "those absorbed molecules": a demonstrative, one or two adjectives and a plural noun.
_THESE_QUALIFIED = re.compile(r"\b(?:these|those)\s+(?P<mods>(?:[a-z][a-z-]*\s+){1,2})(?P<noun>[a-z][a-z-]*s)\b"
                              r"(?!\s+(?:of|who|which|that)\b)")
# "these same rules", "those two peaks", "these later measures": words that point or count, not say which kind.
_POINTING_MODIFIERS = frozenset("same other such later earlier former latter last first next above following previous "
                                "remaining very few many several".split())


def _describes_kind(word: str) -> bool:
    return bool(word_pos(word) & {"ADJ"}) and word not in NUMBER_WORDS and word not in _POINTING_MODIFIERS \
        and not word.isdigit()


def these_qualified(definition: str) -> str:
    """"... agreeing on these common rules." -> "... agreeing on common rules.": the adjectives already restrict."""
    if len(re.findall(r"\b(?:this|these|those)\b", definition, re.I)) != 1:
        return definition
    found = _THESE_QUALIFIED.search(definition)
    if not found or not all(_describes_kind(w) for w in found.group("mods").split()) \
            or "NOUN" not in word_pos(found.group("noun")):
        return definition
    return definition[: found.start()] + definition[found.start("mods"):]


THESE_QUALIFIED_EXAMPLES = (
    ("The slow work of agreeing on these common rules.", "The slow work of agreeing on common rules."),
    ("The use of those absorbed nutrients by the cells.", "The use of absorbed nutrients by the cells."),
    # Nothing says which kind, it counts or points again, or a second demonstrative: left alone.
    ("The work of removing these hazards.", "The work of removing these hazards."),
    ("The time between these two peaks.", "The time between these two peaks."),
    ("The work of keeping these same rules.", "The work of keeping these same rules."),
    ("The cost of these national plans in this region.", "The cost of these national plans in this region."),
)


# "the force of that weight": "that" and a noun after a preposition points at the noun in the sentence before.
_THAT_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|to|by|for|with|from|on|at|under|against)\s+(?P<that>that\s+(?P<noun>[a-z][a-z-]+))\b"
                                     r"(?!\s+(?:of|who|which|that)\b)")
_MAX_OF_WORDS = 6


def that_of_phrase(definition: str, previous: str) -> str:
    """"The force of that weight ..." -> "The force of the weight of the air above it ..." after "... by the weight of
    the air above it, so ...": the same noun restricted by an "of" phrase in the sentence before; else unchanged."""
    found = list(_THAT_AFTER_PREPOSITION.finditer(definition))
    if len(found) != 1 or not previous or "NOUN" not in word_pos(found[0].group("noun")):
        return definition
    noun = found[0].group("noun")
    match = re.search(rf"\b[Tt]he\s+{re.escape(noun)}\s+of\s+(?P<of>[^,;:.()]+)", previous)
    if not match:
        return definition
    words = match.group("of").split()
    cut = next((i for i, w in enumerate(words) if w.lower() in AUXILIARIES or w.lower() in {"and", "but", "so", "that",
                                                                                             "which", "who"}), len(words))
    if not 1 <= cut <= _MAX_OF_WORDS or _POINTER.search(" ".join(words[:cut])):
        return definition
    return f"{definition[: found[0].start('that')]}the {noun} of {' '.join(words[:cut])}{definition[found[0].end('that'):]}"


THAT_OF_PHRASE_EXAMPLES = (
    ("The force of that weight pressing on each square metre.",
     "Water is pushed down by the weight of the sea above it, so it is densest at depth.",
     "The force of the weight of the sea above it pressing on each square metre."),
    # No "the N of ..." before, a "that" clause, or two pointers: left as it is.
    ("The force of that weight pressing on each square metre.", "Water is heavy.",
     "The force of that weight pressing on each square metre."),
    ("A process that cells use to make energy.", "The use of oxygen is common.", "A process that cells use to make energy."),
)
