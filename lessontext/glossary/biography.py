"""A person's name glossed by who they were: "Joseph Aspdin: A bricklayer from Leeds.", "Toussaint Louverture: A
formerly enslaved coachman who had been fighting for Spain."

Prose tells of people by an appositive or a copula ("Joseph Aspdin, a bricklayer from Leeds, ..."), and the rules
that read those shapes took each name for a term.  Raters rejected such entries as not what the lesson teaches: of
the rated entries read from running prose whose headword is a name and whose definition is a person's occupation
or station (35 entries on the open sets), 45 ratings were reject, 23 minor and 2 accept (``bench/glossary_rerated.py
diff``, session 55).  A lesson's own list of characters or people ("**Friar Laurence**: A Franciscan friar and
Romeo's adviser") is the author's glossary and stays: only the prose rules below are read.
"""

from __future__ import annotations

import re

from lessontext.words import STOPWORDS, word_pos
from lessontext.words.people import OCCUPATIONS, PERSON_NOUNS

__all__ = ["person_described"]

# The rules that read a name and its gloss out of running prose (not an authored list of people).
_PROSE_RULES = frozenset({"appositive", "copula", "called", "named", "named_subject", "named_subject_in_clause",
                          "copula_in_clause", "role", "quoted_name", "dated_subject", "described_salient"})
# Lower-case words a name may hold ("Heinrich von Tschirschky", "Leonardo da Vinci", "Abu Lu'lu'a").
_NAME_PARTICLES = frozenset("von van der de da di du la le al bin ibn of the".split())
_PEOPLE = PERSON_NOUNS | OCCUPATIONS


def _a_name(term: str, sentence: str) -> bool:
    """"Linus Yale Sr.", "Heinrich von Tschirschky", "Fresnel": written in capitals where the sentence gives it (a
    headword's first letter is always a capital: "Glaciologist" is "a glaciologist" in its sentence)."""
    words = term.replace(".", " ").split()
    if not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words):
        return False
    written = term.rstrip(".")
    at = sentence.find(written)
    if at > 0:
        return True
    if at < 0 and written.lower() in sentence.lower():
        return False  # written in lower case: a common noun
    # At the sentence's start (or rebuilt): its other words' capitals, or one word English has no noun for.
    return len(words) > 1 or "NOUN" not in word_pos(words[0].lower())


def person_described(rule: str, term: str, definition: str, sentence: str = "") -> bool:
    """``term``, a name read from ``sentence`` by ``rule``, glossed as a person of some occupation or station."""
    if rule not in _PROSE_RULES or not _a_name(term, sentence):
        return False
    words = re.findall(r"[\w'’-]+", definition)[:7]
    if not words or words[0] not in {"A", "An", "The"}:
        return False
    for word, after in zip(words[1:], [*words[2:], ""]):
        # "A formerly enslaved coachman who ...", "A surgeon turned ...", "An instrument-maker from Saxony" (test-ea),
        # "A glove-maker's son from Grenoble" (test-eb):
        # the person noun heads the phrase ("The general name for ..." is a name's kind, not a general).
        if (word.lower() in _PEOPLE or re.sub(r"['’]s$", "", word.lower()).endswith("-maker")) and (not after or after.lower() in STOPWORDS or "NOUN" not in word_pos(after.lower())):
            return True
        if word.lower() in STOPWORDS:
            return False
    return False
