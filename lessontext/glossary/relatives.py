"""A definition lifted with the sentence's own way of joining a clause to its noun, made to read as a definition.

Blind raters kept these entries after one edit ("minor") and asked for it in
their notes:

* a noun with a non-restrictive "which" clause, the whole definition ("The
  Cold War body, which had restricted Western exports ..."), points back at
  a thing the lesson named before; a glossary says what kind of thing it is
  and what it does: "A Cold War body that restricted Western exports ..."
  (:func:`which_as_that`).  Only a common head noun with no "of" after it
  and no word that makes it one of a kind ("the first", "the only", "the
  largest") changes; a "which" clause that only says what the thing is ("...,
  which is where ...") is left as it is;
* a noun, its participle phrase, then a comma and a verb in the past with
  its object ("A naval partnership headquartered in Bahrain, created a task
  force for ...") lost the "that" of the second verb: "... headquartered in
  Bahrain that created a task force ..." (:func:`participle_then_verb`);
* a noun, a verb of coming into a state ("entered into force", "came into
  effect", "went into service") and a "that" clause after it ("A treaty
  entered into force in 2014 that requires ...") reads the first verb as a
  participle it cannot be: "enter into force" takes no object.  Both verbs
  are the noun's: "A treaty that entered into force in 2014 and requires ..."
  (:func:`state_entered`); so are they in "A treaty that entered into force
  in 2014, requires ...", which would otherwise be read the same way.

:func:`mend_relatives` applies both; :func:`lessontext.glossary.polish.polish_terms` calls it.
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import finite_verb
from lessontext.glossary.rephrase import article
from lessontext.words import word_pos
from lessontext.words.lemmas import getAllLemmas, getInflection

__all__ = ["STATE_ENTERED_VERB", "mend_relatives", "participle_then_verb", "state_entered", "which_as_that"]

# "The Cold War body, which had restricted ...": capitalised modifiers (a name used as an adjective), then
# lower-case words ending in the head noun, a comma, "which" and the clause to the end.
_THE_NOUN_WHICH = re.compile(r"^The\s+(?P<noun>(?:[A-Z][\w-]*\s+){0,3}[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+which\s+"
                             r"(?P<had>had\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^;:()]+)\.$")
# Words that make the noun one of a kind: "the first ...", "the only ...", "the largest ...".
_ONE_OF_A_KIND = frozenset("first second third last only main same other former latter current present original "
                           "next previous final sole principal".split())
# "A naval partnership headquartered in Bahrain, created Combined Task Force ...": a participle phrase ("in", "at",
# "on", "near", "from", "by" + place), a comma, a verb in -ed and its object (a determiner or a name).
_PARTICIPLE_THEN_VERB = re.compile(
    r"^(?P<head>An?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s+(?P<participle>[a-z]+ed)\s+(?:in|at|on|near|from|by)\s+"
    r"[^,;:()]+?),\s+(?P<verb>[a-z]+ed)\s+(?P<object>(?:[A-Z]|the\s|a\s|an\s|its\s|their\s)[^;:]*)$")
_RELATIVES = re.compile(r"\b(?:that|which|who|whom|whose)\b")
# "entered into force", "came into effect": a verb of coming into a state takes no object, so it is never passive.
_STATE = r"(?P<verb>entered|came|went|passed)\s+into\s+(?P<state>force|effect|being|existence|service|operation|law)\b"
STATE_ENTERED_VERB = re.compile(_STATE)
# "A treaty entered into force in 2014 that requires ...": an intransitive verb of coming into a state, then "that".
_STATE_ENTERED = re.compile(
    r"^(?P<head>An?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+" + _STATE + r"(?P<middle>[^,;:()]*?)\s+that\s+"
    r"(?P<rest>(?P<next>[a-z]+)\s.+)$")
# "A treaty that entered into force in 2014, requires ...": the same two verbs, the second after a comma.
_STATE_ENTERED_COMMA = re.compile(
    r"^(?P<head>An?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+that\s+" + _STATE + r"(?P<middle>[^,;:()]*?),\s+"
    r"(?P<rest>(?P<next>[a-z]+)\s.+)$")


def _past_of(participle: str) -> str | None:
    """"restricted" -> "restricted", "begun" -> "began": the simple past of a past participle."""
    for lemma in getAllLemmas(participle).get("VERB", ()):
        if participle in (getInflection(lemma, "VBN") or ()):
            past = getInflection(lemma, "VBD")
            return past[0] if past else None
    return None


def which_as_that(definition: str) -> str:
    """"The Cold War body, which had restricted Western exports ..." -> "A Cold War body that restricted ..."."""
    match = _THE_NOUN_WHICH.match(definition)
    if not match:
        return definition
    noun, verb = match.group("noun"), match.group("verb")
    words = noun.split()
    head = words[-1]
    if "of" in words or any(w.lower() in _ONE_OF_A_KIND or w.lower().endswith("est") for w in words):
        return definition
    if "NOUN" not in word_pos(head) or _RELATIVES.search(match.group("rest")):
        return definition
    if match.group("had"):
        verb = _past_of(verb) if verb != "been" else None
    elif not finite_verb(verb, plural=False):
        verb = None  # "..., which is where ...": a copula says what the thing is, not what it does
    if not verb:
        return definition
    return f"{article(words[0])} {noun} that {verb} {match.group('rest')}."


def participle_then_verb(definition: str) -> str:
    """"A naval partnership headquartered in Bahrain, created a task force ..." -> "... in Bahrain that created ..."."""
    match = _PARTICIPLE_THEN_VERB.match(definition)
    if not match or _RELATIVES.search(match.group("head")):
        return definition
    participle, verb = match.group("participle"), match.group("verb")
    if not _past_of(participle) or not finite_verb(verb, plural=False) or "VERB" not in word_pos(verb):
        return definition
    return f"{match.group('head')} that {verb} {match.group('object')}"


def state_entered(definition: str) -> str:
    """"A treaty entered into force in 2014 that requires ..." -> "A treaty that entered into force in 2014 and requires ..."."""
    match = _STATE_ENTERED.match(definition) or _STATE_ENTERED_COMMA.match(definition)
    if not match or _RELATIVES.search(match.group("head")):
        return definition
    following = match.group("next")
    if following not in {"is", "was", "has", "had"} and not finite_verb(following, plural=False):
        return definition  # "... that the parties signed": a clause with its own subject, not the noun's second verb
    return (f"{match.group('head')} that {match.group('verb')} into {match.group('state')}{match.group('middle')}"
            f" and {match.group('rest')}")


def mend_relatives(definition: str) -> str:
    """The definition with its relative joins mended."""
    return state_entered(participle_then_verb(which_as_that(definition)))
