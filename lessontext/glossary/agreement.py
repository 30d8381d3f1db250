"""A headword shown in the number its definition is written in.

Blind raters asked for one edit on these entries ("minor"): the headword and
the definition's head noun disagree in number, and the teacher changes the
headword, not the definition.

* a plural headword defined in the singular ("Indicators: A substance
  that ...", "Deletion anomalies: An anomaly that ...", "Synapses: The tiny
  gap where two neurons meet") is shown in the singular, the plural kept as an
  alias; the head noun after "The" is the last noun of the group that opens
  the definition, after any adjectives ("The tiny gap" is one gap, "The
  smallest blood vessels" several vessels);
* a singular headword defined in the plural ("Need: The costs you must
  pay ...") is shown as the author's plural, when the lesson wrote it.

:func:`lessontext.glossary.polish.polish_terms` applies both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Term
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

__all__ = ["one_of_group", "plural_headword", "singular_headword"]

# "A substance that ...", "The distance between ...": one thing; "A major key and a minor key ..." is two.
_SINGULAR_OPENER = re.compile(r"^(?:An?\s|The\s+[a-z]+est\s+of\s|The\s+(?P<noun>[a-z]+)\b)")
_PAIR = re.compile(r"^(?:\S+\s+){1,4}and\s+(?:an?|the)\s", re.I)
_HEAD_BEFORE = frozenset("of on for in at to with by from".split())
# "The tiny gap where ...", "The smallest blood vessels, linking ...": adjectives, then the noun group.
_OPENING_WORDS = re.compile(r"^The\s+(?P<words>(?:[a-z]+\s+){1,4}[a-z]+)")
_MAX_ADJECTIVES = 2


def _adjective(word: str) -> bool:
    """"tiny", "narrow", "deep": an adjective that is never a noun ("small", "joint" may be)."""
    pos = word_pos(word)
    return "ADJ" in pos and "NOUN" not in pos


def _head_after_the(definition: str) -> str | None:
    """The head noun of the noun group "The" opens, past its adjectives: "The tiny gap where ..." -> "gap"."""
    opening = _OPENING_WORDS.match(definition)
    if not opening:
        return None
    words = opening.group("words").split()
    adjectives = 0
    while adjectives < min(_MAX_ADJECTIVES, len(words) - 1) and _adjective(words[adjectives]):
        adjectives += 1
    nouns = []
    for word in words[adjectives:]:
        if word in STOPWORDS or "NOUN" not in word_pos(word):
            break
        nouns.append(word)
    if not adjectives or not nouns or len(nouns) == len(words) - adjectives:
        return None  # no adjective to pass, or the group may go on past what was read
    return nouns[-1]


def singular_headword(term: Term, text_words: set[str]) -> Term:
    """"Indicators" defined as "A substance that ..." is shown as "Indicator".

    A one-word term changes only when the lesson also writes the singular
    ("damages", a sum of money, is not the plural of "damage").
    """
    words = term.term.split()
    opener = _SINGULAR_OPENER.match(term.definition)
    if not words or not opener or _PAIR.match(term.definition) or set(words) & _HEAD_BEFORE:
        return term  # "Treaty on Open Skies": the head noun comes before the preposition
    noun = opener.group("noun")
    if noun and "NOUN" not in word_pos(noun):
        noun = _head_after_the(term.definition) or noun  # "The tiny gap ...": the adjective is not the head
    if noun and (singular(noun) != noun or "NOUN" not in word_pos(noun)):
        return term
    last = words[-1]
    folded = fold(last)
    if not folded.isalpha() or last.isupper() or not folded.endswith("s"):
        return term
    if len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in STOPWORDS):
        return term  # "Best Management Practices": a proper name keeps the number it is written in
    single = singular(folded)
    stem = single[:-1] if single.endswith("y") and folded.endswith("ies") else single  # "anomalies" -> "anomaly"
    if single == folded or not folded.startswith(stem) or len(words) == 1 and single not in text_words:
        return term
    shown = " ".join([*words[:-1], last[: len(stem)] + single[len(stem):]])
    aliases = tuple(sorted({*term.aliases, term.term} - {shown}, key=str.lower))
    return replace(term, term=shown, key=term_key(shown), aliases=aliases)


# "The costs you must pay ...", "Things that make life enjoyable ...": a definition of several things.
_PLURAL_OPENER = re.compile(r"^(?:The\s+(?P<noun>[a-z]+s)\b|(?P<head>[A-Z][a-z]+s)\s+(?:that|which|who|[a-z]+ed)\b)")


def plural_headword(term: Term) -> Term:
    """"Need" defined as "The costs you must pay ..." is shown as the author's "Needs"."""
    opener = _PLURAL_OPENER.match(term.definition)
    words = term.term.split()
    if not opener or not words or not words[-1].isalpha():
        return term
    noun = (opener.group("noun") or opener.group("head")).lower()
    if singular(noun) == noun or "NOUN" not in word_pos(singular(noun)):
        return term
    last = words[-1]
    plural = next((a for a in term.aliases if len(a.split()) == len(words) and fold(a).lower() != fold(last).lower()
                   and a.split()[-1].lower().startswith(last.lower()) and singular(fold(a.split()[-1]).lower())
                   == fold(last).lower()), None)
    if plural is None:
        return term
    shown = " ".join([*words[:-1], last + plural.split()[-1][len(last):]])
    aliases = tuple(sorted({*term.aliases, term.term} - {shown}, key=str.lower))
    return replace(term, term=shown, key=term_key(shown), aliases=aliases)


# "Groups into which the population is divided", "Cells from which the nervous system is built", "The two arms that
# connect the pedals ...": a plural noun group (no article, or "The" and a count) and what the members make up.
_PLURAL_GROUP = re.compile(
    r"^(?P<group>(?:The\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+)?[A-Za-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3}?)\s+(?P<rest>(?:that|which|who|where|when|(?P<part>into|from|of|among)\s+which|"
    r"(?:in|by|on|through|with|at)\s+which)\s.+)$",
    re.S,
)


def one_of_group(term: Term) -> Term:
    """"Stratum: Groups into which the population is divided." -> "One of the groups into which ...".

    A singular headword defined as the parts a whole is divided into or built from ("into which", "from which"), or
    as a counted set ("The two arms that ..."), names one member: the definition says so, the headword stays (as
    a teacher would edit it).  Other plural definitions of a singular headword ("Gas: Particles that move freely")
    are not one member of a group, and stay as written.
    """
    words = term.term.split()
    found = _PLURAL_GROUP.match(term.definition)
    if not words or not found or not (found.group("part") or found.group("count")):
        return term
    last = fold(words[-1]).lower()
    if not last.isalpha() or words[-1].isupper() or singular(last) != last:
        return term  # a plural headword agrees already
    group = found.group("group").split()
    if any(w.lower() in STOPWORDS - lexicon.SMALL_COUNTS for w in group[1:]):
        return term  # "Microbes and other agents": not one noun group
    head = group[-1].lower()
    if singular(head) == head or "NOUN" not in word_pos(singular(head)) or head in {"things", "ones"}:
        return term
    if group[0] != "The" and group[0][1:] != group[0][1:].lower():
        return term  # "NATO members ...": a name opens it
    opening = " ".join(group[1:]) if group[0] == "The" else " ".join([group[0].lower(), *group[1:]])
    return replace(term, definition=f"One of the {opening} {found.group('rest')}")
