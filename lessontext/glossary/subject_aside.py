"""A gloss set between commas right after a sentence's subject: "X, meaning Y, has become ...".

Briefing essays often define their key concept in passing, in the opening
paragraph: the subject, a comma, "meaning" and what it means, a comma, and
then the sentence's own verb ("Burden sharing, meaning the division of a
common defence's cost among allies, has long divided ..."). The gloss is
the noun phrase between the two commas, never the rest of the sentence;
the subject may carry a possessive ("Members' rights, meaning ...").
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import finite_verb
from lessontext.words import STOPWORDS, word_pos

__all__ = ["ASIDE_EXAMPLES", "aside_example", "aside_gloss", "possessive_subject"]

# The verbs that resume the sentence after the aside: auxiliaries, copulas and modals (finite_verb leaves them out).
_RESUMING = frozenset("is are was were has have had remains remain became become can could may might must will would "
                      "should does do did".split())
# ", has therefore become", ", is", ", now covers": a comma, maybe an adverb, and a finite verb.
_COMMA_WORD = re.compile(r",\s+(?:(?P<adverb>[a-z]+ly|therefore|also|now|still|thus|often|long)\s+)?(?P<verb>[a-z]+)\b")
# "the care, compensation and recognition that ...": an article and a noun open the gloss.
_OPENS_WITH_NOUN_PHRASE = re.compile(r"^(?:the|a|an)\s+(?P<noun>[a-z][\w-]*)\b")
# "Veterans' affairs", "A member's rights", "Burden sharing": one possessive word (after "The" at most), or the
# sentence's capitalised first word, before the noun phrase read back from the comma.
_POSSESSIVE_OPENING = re.compile(r"^(?:The\s+)?(?P<owner>[A-Z]?[a-z]+(?:s['’]|['’]s)|[A-Z][a-z]+)\s+$")


def _opening_word(prefix: str) -> re.Match[str] | None:
    found = _POSSESSIVE_OPENING.match(prefix)
    return found if found and found.group("owner").lower() not in STOPWORDS else None


def possessive_subject(sentence: str, term: str, start: int) -> str:
    """``term`` with the word that opens ``sentence`` before it ("Veterans' affairs", "Burden sharing"), else ``term``."""
    found = _opening_word(sentence[:start])
    return f"{found.group('owner')} {term}" if found else term


def aside_gloss(sentence: str, term_start: int, gloss: str) -> str | None:
    """The noun phrase of "SUBJECT, meaning GLOSS, VERB ..." when the term opens ``sentence``, else None.

    ``gloss`` runs from after "meaning" to the sentence's end; it is cut at
    the last comma followed by a finite verb (the sentence's own verb, after
    the aside), and kept only when it opens with an article and a noun.
    """
    if sentence[:term_start].strip() not in {"", "The", "A", "An"} and not _opening_word(sentence[:term_start]):
        return None
    cut = None
    for match in _COMMA_WORD.finditer(gloss):
        verb = match.group("verb")
        if verb in _RESUMING or finite_verb(verb):
            cut = match.start()
    if cut is None:
        return None
    phrase = gloss[:cut].strip()
    opening = _OPENS_WITH_NOUN_PHRASE.match(phrase)
    if not opening or "NOUN" not in word_pos(opening.group("noun")) or len(phrase.split()) < 3:
        return None
    return phrase


# (sentence, the term before ", meaning", the gloss the aside gives or None)
ASIDE_EXAMPLES = (
    ("Burden sharing, meaning the division of a common defence's cost among allies, has long divided the alliance.",
     "Burden sharing", "the division of a common defence's cost among allies"),
    ("Soil health, meaning the capacity of soil to sustain plants and animals, is now monitored by satellites.",
     "Soil health", "the capacity of soil to sustain plants and animals"),
    # Not the subject of the sentence, no verb after the aside, or a clause rather than a noun phrase.
    ("The bank raised its rates, meaning the price of loans went up.", "rates", None),
    ("Patients value continuity, meaning the same doctor and the same nurse.", "continuity", None),
    ("Trade fell, meaning that ports, which had grown, closed.", "Trade fell", None),
)


def aside_example(sentence: str, term: str) -> str | None:
    """Run :func:`aside_gloss` on one example sentence (the gloss taken after ", meaning ")."""
    return aside_gloss(sentence, sentence.index(term), sentence.split(", meaning ", 1)[1])
