"""What a one-word bold noun does, told by ", which <verb>" where the author first names it.

"the ends of the bones are covered in smooth **cartilage**, which reduces friction" glosses cartilage by
what it does, the way ``bold_subject`` glosses a bold subject ("**Insulin** causes body cells to ...").
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import AUXILIARIES, word_list
from lessontext.glossary.rule import Context
from lessontext.words import fold, getAllLemmas, getInflection, singular, word_pos

_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|she|his|her|him)\b", re.I)
# "which has ...", "which includes ...": what it owns or holds, not what it does.
_NOT_DOING = frozenset("is are was were has have had becomes seems appears remains includes contains means".split())


def _first_named_here(term: str, sentence: str, context: Context) -> bool:
    """No sentence before ``sentence`` uses ``term``: the bold marks this mention, not a later plain one."""
    wanted = f" {singular(fold(term))} "
    for _, earlier in context.document.sentences():
        if earlier is sentence or earlier == sentence:
            return True
        if wanted in " " + " ".join(singular(fold(w)) for w in word_list(earlier)) + " ":
            return False
    return True


def does_in_present(term: str, rel: str, sentence: str, context: Context) -> bool:
    """"**cartilage**, which reduces friction", "**cones**, which need brighter light": a one-word common noun and a
    present-tense verb agreeing with it, no pronoun, where the term is first named; not "which must be connected"
    (a modal), "which ended the war" (an event), "which has ..." (what it owns)."""
    if not term.islower() or "NOUN" not in word_pos(term) or _PRONOUN.search(rel):
        return False
    verb = word_list(rel)[0]
    if verb != verb.lower() or verb in _NOT_DOING or verb in AUXILIARIES:
        return False
    plural = singular(term) != term
    lemmas = getAllLemmas(verb).get("VERB", ())
    forms = {form for lemma in lemmas for form in (getInflection(lemma, "VBP" if plural else "VBZ") or ())}
    return verb in forms and _first_named_here(term, sentence, context)
