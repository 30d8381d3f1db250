"""A pronoun in a definition that stands for the thing the term belongs to, written in.

A term that is a property or a part of something ("the perimeter of a room", "a musical sound has a
pitch", "the river is far above its base level") is often glossed with a pronoun for that thing, and the
glossary entry lifts the gloss without it: "Perimeter: The total distance around its walls", "Pitch: How
high or low it is", "Base level: The lowest point to which it can erode".  Blind raters marked these
"minor" in many corpora (test-b, test-x, test-ac, test-as, ...) and named the edit every time: write the
thing in ("a room's walls", "how high or low a musical sound is", "to which a river can erode").

The owner is taken only from the term's own sentence, in three shapes:

* ``OF_OWNER``: "the perimeter of a room", "the rate of photosynthesis";
* ``HAS_OWNER``: "Every musical sound has a pitch", "A triangle has three sides";
* ``ITS_OWNER``: "the river is far above its base level": the subject whose "its" the term takes;
* ``BARE_ITS_OWNER``: "as air cools it eventually reaches its dew point": the same with a subject without
  a determiner (a mass noun or a plural) opening an "as/when/once ..." clause.

The first "it"/"its" (or "they"/"them"/"their" for a plural owner) becomes the owner, written
indefinitely ("a river", "photosynthesis"), only when the definition does not name the owner already
and the pronoun is not in a relative clause about the definition's own head ("A plant that makes its
own food": "its" is the plant's) nor after a noun the definition brings in ("... turn a liquid into a gas
without changing its temperature": the liquid's).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Term
from lessontext.words import STOPWORDS, fold, singular, word_pos

__all__ = ["owner_of", "owner_written_in"]

_WORDS = r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
# "rate of photosynthesis", "speed of a wave": a term that names its owner after "of".
OWN_OF = re.compile(r"^[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+of\s+(?P<det>(?:an?|the)\s+)?(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)$")
# "the perimeter of a room", "the rate of photosynthesis".
OF_OWNER = r"\b{term}\s+of\s+(?P<det>(?:an?|the)\s+)?" + _WORDS
# "Every musical sound has a pitch", "each triangle has three sides".
HAS_OWNER = (r"\b(?P<det>every|each|an?|the)\s+" + _WORDS + r"\s+(?:has|have)\s+(?:[^.;:]{0,80}?,?\s+and\s+)?"
             r"(?:an?|the|its|their)\s+{term}\b")
# "the river is far above its base level": a subject, a few words of its clause, then "its <term>".
ITS_OWNER = r"\b(?P<det>the|an?|every|each)\s+" + _WORDS + r"\s+(?:[a-z]+\s+){1,5}?its\s+{term}\b"

# "as air cools it eventually reaches its dew point": a bare subject (a mass noun or a plural) opening an
# "as/when/once ..." clause, a few words of that clause, then "its <term>".
BARE_ITS_OWNER = (r"\b(?:as|when|whenever|once|while|until|if|because)\s+(?P<det>)(?P<np>[a-z][a-z-]*)\s+"
                  r"(?:[a-z]+\s+){1,5}?its\s+{term}\b")

_SINGULAR_PRONOUN = re.compile(r"\b(?P<p>it|its)\b")
_PLURAL_PRONOUN = re.compile(r"\b(?P<p>they|them|their)\b")
# "A plant that makes its own food", "The cells which line it": the pronoun may be the head's own.
_HEAD_RELATIVE = re.compile(r"^(?:an?|the)?\s*(?:[\w-]+,?\s+){0,4}?(?P<rel>that|which|who|whose)\b", re.I)
# "... to turn a liquid into a gas ...": a noun the definition brings in itself, after its opening.
_INNER_NOUN = re.compile(r"(?<=\S)\s+(?:an?|each|every)\s+[a-z]", re.I)
_PREPOSITIONS = frozenset("to at in on by of from with for into through under over around beyond".split())
_VERBISH = frozenset("is are was were has have had can may will would does do did".split())


def _noun_group(words: list[str]) -> list[str]:
    """The words of a noun group up to its head noun: "a room is the" -> ["room"]."""
    group: list[str] = []
    for word in words:
        pos = word_pos(word)
        if word in STOPWORDS or word in _VERBISH or not pos & {"NOUN", "ADJ"}:
            break
        if group and "NOUN" in word_pos(group[-1]) and "ADJ" not in word_pos(group[-1]) and "VERB" in pos:
            break  # "a car increases": after a noun, a word that can be a verb is the clause's verb
        group.append(word)
    while group and "NOUN" not in word_pos(group[-1]):
        group.pop()
    return group


def owner_of(term: str, sentence: str) -> tuple[str, bool] | None:
    """The thing ``term`` belongs to in ``sentence``, written indefinitely, and whether it is plural."""
    own = OWN_OF.match(fold(term).lower())
    if own:  # "rate of photosynthesis": the term names its owner itself
        group = _noun_group(own.group("np").split())
        if group and group == own.group("np").split():
            return _written(group, own.group("det"))
    lowered = fold(sentence).lower()
    for shape in _owner_shapes(fold(term).lower()):
        match = shape.search(lowered)
        if not match:
            continue
        group = _noun_group(match.group("np").split())
        if group:
            return _written(group, match.group("det"))
    return None


@lru_cache(maxsize=4096)
def _owner_shapes(term: str) -> tuple[re.Pattern[str], ...]:
    """The owner shapes compiled for one term, once (a lesson asks them of the same terms in many sentences)."""
    pattern = re.escape(term).replace(r"\ ", r"\s+")
    return tuple(re.compile(shape.replace("{term}", r"(?:" + pattern + r"s?)"))
                 for shape in (OF_OWNER, HAS_OWNER, ITS_OWNER, BARE_ITS_OWNER))


def _written(group: list[str], det: str | None) -> tuple[str, bool]:
    """The owner's noun group as the definition writes it (indefinite when the sentence gave it a determiner and it
    is singular: "a room"), and whether it is plural."""
    head = group[-1]
    plural = singular(head) != head and head.endswith("s")
    np = " ".join(group)
    if (det or "").strip() and not plural:
        np = f"{rephrase.article(group[0]).lower()} {np}"
    return np, plural


def owner_written_in(term: Term) -> Term:
    """"Perimeter: The total distance around its walls." (of a room) -> "... around a room's walls."."""
    found = owner_of(term.term, term.sentence)
    if found is None:
        return term
    owner, plural = found
    definition = term.definition
    head = owner.split()[-1]
    if re.search(r"\b" + re.escape(singular(head)), fold(definition).lower()):
        return term  # the definition names the owner already: its pronouns have their antecedent
    pronoun = (_PLURAL_PRONOUN if plural else _SINGULAR_PRONOUN).search(definition)
    other = (_SINGULAR_PRONOUN if plural else _PLURAL_PRONOUN).search(definition)
    if pronoun is None or other is not None and other.start() < pronoun.start():
        return term
    if _INNER_NOUN.search(definition[: pronoun.start()]):
        return term  # "... turn a liquid into a gas without changing its temperature": the liquid's
    relative = _HEAD_RELATIVE.match(definition)
    if relative and relative.start("rel") < pronoun.start():
        before = definition[: relative.start("rel")].split()
        if not before or before[-1].lower() not in _PREPOSITIONS:
            return term  # "A plant that makes its own food": "its" is the head's own
    word = pronoun.group("p")
    written = {"its": f"{owner}'s", "their": f"{owner}'", "it": owner, "they": owner, "them": owner}[word]
    if pronoun.start() == 0:
        written = written[:1].upper() + written[1:]
    return replace(term, definition=definition[: pronoun.start()] + written + definition[pronoun.end():])
