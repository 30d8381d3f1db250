"""Drop "this" before a mass noun the sentence before used in general: "... exchange this information ...".

An essay often opens on a scene ("A warship holds far more information than its crew can see ...") and then
defines its concept by pointing back at it ("A data link is a connection that lets platforms exchange this
information automatically").  When the noun after "this" is a mass noun that the sentence before used without
any determiner ("more information", "much energy"), it named the kind there, not one thing, and the definition
reads as well and on its own without the demonstrative ("... exchange information automatically").  A noun the
sentence before did not use, or used with an article or a possessive ("the energy", "its data"), is one thing
the reader cannot see: it is left as it is, for the publishing gate to cut or refuse.
"""

from __future__ import annotations

import re

from lessontext.words import word_pos

__all__ = ["MASS_POINTER_EXAMPLES", "this_mass_noun"]

_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those)\b", re.I)
# "this information", never "this information of", "this information that ..." (restricted there).
_THIS_NOUN = re.compile(r"\bthis\s+(?P<noun>[a-z][a-z-]+)\b(?!\s+(?:of|who|which|that|is|was)\b)")
# Words before a noun that make it one thing (or someone's), not the kind.
_DETERMINERS = frozenset("the a an this that these those its their his her our your my each every one another "
                         "which what whose".split())


def _used_as_mass(noun: str, previous: str) -> bool:
    """``previous`` uses ``noun`` at least once after a word that is no determiner ("more information")."""
    found = False
    for match in re.finditer(rf"(?:^|\b(?P<before>[\w'-]+)\s+){re.escape(noun)}\b", previous, re.I):
        before = (match.group("before") or "").lower()
        if before in _DETERMINERS:
            return False
        found = True
    return found


def this_mass_noun(definition: str, previous: str) -> str:
    """``definition`` without the "this" of "this <mass noun>" when ``previous`` used that noun in general."""
    if len(_DEMONSTRATIVE.findall(definition)) != 1 or not previous:
        return definition
    found = _THIS_NOUN.search(definition)
    if not found:
        return definition
    noun = found.group("noun")
    if noun.endswith("s") and not noun.endswith(("ss", "is")) or word_pos(noun) & {"NOUN"} != {"NOUN"}:
        return definition
    if not _used_as_mass(noun, previous):
        return definition
    return definition[: found.start()] + definition[found.start("noun"):]


# (definition, the sentence before, the definition after)
MASS_POINTER_EXAMPLES = (
    ("A network that lets ships exchange this information automatically.",
     "A ship holds far more information than its crew can see.",
     "A network that lets ships exchange information automatically."),
    ("A device that stores this energy until it is needed.", "Solar panels produce most energy at noon.",
     "A device that stores energy until it is needed."),
    # The noun was one thing there, it is not in the sentence before, or a second demonstrative points as well.
    ("A device that stores this energy until it is needed.", "The energy of the flywheel is large.",
     "A device that stores this energy until it is needed."),
    ("The set of rules that performs this translation.", "Votes, seats and offices are counted.",
     "The set of rules that performs this translation."),
    ("A tool that moves this information to those servers.", "Sensors gather more information than ever.",
     "A tool that moves this information to those servers."),
)
